#!/usr/bin/env bash
# Measures FormCoach's pose inference (FP32 and INT8 models, 1 and 2 intra-op threads) against the
# original MoveNet on @tensorflow/tfjs (wasm with SIMD, one thread) in Node, on the same machine, in
# the same run, on the same input tensor. The configurations are run in turn, ROUNDS times over (every
# other round in the reverse order), so that a busy spell of the machine hits all of them and none
# always runs first; each ratio is taken within one round and the
# median over the rounds is reported. Prints one JSON line per measurement and a markdown table
# (see docs/BENCHMARKS.md).
#
#   tools/bench/pose-vs-tfjs.sh [ITERATIONS] [IMAGE] [ROUNDS]
#
# Environment: MODELS (default "lightning thunder"), THREADS (default "1 2"), TFJS_CPU=1 to add
# tfjs's plain JavaScript backend (10 runs: 20-50x slower than wasm).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
convert="$root/tools/model-convert"
iterations="${1:-200}"
image="${2:-$root/src/main/resources/samples/basketball1.png}"
rounds="${3:-3}"
models="${MODELS:-lightning thunder}"
threads_list="${THREADS:-1 2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$convert/fetch-models.sh"
(cd "$convert" && npm ci --no-audit --no-fund --silent)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "flags: $(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -E '^(avx2|avx512f|avx512_vnni|avx_vnni|amx_int8)$' | xargs)"
echo "image: $image; $iterations timed runs after 20 warm-up runs per measurement; $rounds rounds"
results="$work/results.jsonl"
for model in $models; do
  "$root/formcoach" pose --model "$model" --precision fp32 --dump-input "$work/$model" "$image" >/dev/null 2>&1
done
backends=wasm
[ "${TFJS_CPU:-0}" = 1 ] && backends="wasm cpu"
measure() {  # ROUND MODEL CONFIG: one measurement, CONFIG "java:THREADS:PRECISION" or "tfjs:BACKEND"
  local round="$1" model="$2" config="$3" line n warm
  IFS=: read -r side a b <<<"$config"
  if [ "$side" = java ]; then
    line="$("$root/formcoach" bench pose --model "$model" --precision "$b" --threads "$a" \
      --iterations "$iterations" --json "$image" 2>/dev/null)"
  else
    n="$iterations"; warm=20
    [ "$a" = cpu ] && n=10 && warm=2
    line="$(node "$convert/reference.mjs" bench --model-dir "$convert/work/package/models" --model "$model" \
      --backend "$a" --iterations "$n" --warmup "$warm" "$work/$model"/*.rgb 2>/dev/null)"
  fi
  printf '%-5s %s\n' "$side" "$line"
  echo "{\"round\":$round,\"side\":\"$side\",\"data\":$line}" >>"$results"
}
for round in $(seq 1 "$rounds"); do
  for model in $models; do
    configs=()
    for threads in $threads_list; do
      for precision in fp32 int8; do configs+=("java:$threads:$precision"); done
    done
    for backend in $backends; do configs+=("tfjs:$backend"); done
    # every other round in the reverse order, so that no configuration always runs first or last
    if [ $((round % 2)) = 0 ]; then
      reversed=(); for ((i = ${#configs[@]} - 1; i >= 0; i--)); do reversed+=("${configs[i]}"); done
      configs=("${reversed[@]}")
    fi
    for config in "${configs[@]}"; do measure "$round" "$model" "$config"; done
  done
done
python3 "$here/pose-table.py" "$results"
