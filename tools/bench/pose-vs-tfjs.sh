#!/usr/bin/env bash
# Measures FormCoach's pose inference against the original MoveNet on @tensorflow/tfjs in Node,
# on the same machine, in the same run, on the same input tensor. Prints one JSON line per
# measurement and a summary with the speed ratios (see docs/BENCHMARKS.md).
#
#   tools/bench/pose-vs-tfjs.sh [ITERATIONS] [IMAGE]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
convert="$root/tools/model-convert"
iterations="${1:-200}"
image="${2:-$root/src/main/resources/samples/basketball1.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$convert/fetch-models.sh"
(cd "$convert" && npm ci --no-audit --no-fund --silent)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "image: $image"
for model in lightning thunder; do
  "$root/formcoach" pose --model "$model" --dump-input "$work/$model" "$image" >/dev/null 2>&1
  java_line="$("$root/formcoach" bench pose --model "$model" --iterations "$iterations" --json "$image" 2>/dev/null)"
  echo "java  $java_line"
  # tfjs's plain JavaScript "cpu" backend is shown for completeness with a few runs: it is 20-50x
  # slower than wasm (SIMD) and would take an hour at full length
  for backend in wasm cpu; do
    n="$iterations"; warm=20
    [ "$backend" = cpu ] && n=10 && warm=2
    ref_line="$(node "$convert/reference.mjs" bench --model-dir "$convert/work/package/models" --model "$model" \
      --backend "$backend" --iterations "$n" --warmup "$warm" "$work/$model"/*.rgb 2>/dev/null)"
    echo "tfjs  $ref_line"
    echo "$ref_line" >>"$work/$model.ref"
  done
  node -e '
    const java = JSON.parse(process.argv[1]);
    const refs = require("fs").readFileSync(process.argv[2], "utf8").trim().split("\n").map(JSON.parse);
    const best = refs.reduce((a, b) => (a.inference_ms_median <= b.inference_ms_median ? a : b));
    console.log(`${java.model}: FormCoach ${java.inference_ms_median.toFixed(2)} ms median inference (p95 ${java.inference_ms_p95.toFixed(2)}, ${java.threads} thread), ` +
      `tfjs-${best.backend} ${best.inference_ms_median.toFixed(2)} ms (p95 ${best.inference_ms_p95.toFixed(2)}): ` +
      `${(best.inference_ms_median / java.inference_ms_median).toFixed(2)}x faster`);
  ' "$java_line" "$work/$model.ref"
done
