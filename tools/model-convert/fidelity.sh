#!/usr/bin/env bash
# Measures how far the INT8 models stray from the float32 models and from the original TensorFlow.js
# MoveNet, on real images, through FormCoach's own Java path (the libtorch that the app runs).
#
#   tools/model-convert/fidelity.sh [--int8-dir DIR] [--int8-cpu CPU] [--models "lightning thunder"] [--out DIR]
#                                   [IMAGE|FOLDER]...
#
# Without images: the held-out test photographs (src/test/resources/photos), which were never used to
# calibrate the INT8 models. A FOLDER means every PNG/JPEG in it (e.g. frames of a clip). --int8-dir
# takes movenet-<model>-int8.pt from DIR without the checksum check (a fresh quantisation). Prints one
# markdown table row per comparison (fidelity.py explains the columns); --out keeps the raw outputs.
# --int8-cpu runs the INT8 model on an emulated processor (emulated-cpu.sh; e.g. Haswell, an AVX2
# CPU without VNNI; about 9 s a Lightning image), the float32 model and the original natively.
# Needs Node.js + npm (the original model) and Debian's python3-numpy.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
int8_dir=""
int8_cpu=""
models="lightning thunder"
out=""
images=()
while [ $# -gt 0 ]; do
  case "$1" in
    --int8-dir) int8_dir="$(cd "$2" && pwd)"; shift 2 ;;
    --int8-cpu) int8_cpu="$2"; shift 2 ;;
    --models) models="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) if [ -d "$1" ]; then
         while IFS= read -r f; do images+=("$f"); done < <(find "$1" -maxdepth 1 -type f \
           \( -iname '*.png' -o -iname '*.jpg' -o -iname '*.jpeg' \) | sort)
       else images+=("$1"); fi
       shift ;;
  esac
done
if [ ${#images[@]} -eq 0 ]; then
  while IFS= read -r f; do images+=("$f"); done < <(find "$root/src/test/resources/photos" -maxdepth 1 -type f \
    \( -name '*.png' -o -name '*.jpg' \) | sort)
fi
work="${out:-$(mktemp -d)}"
mkdir -p "$work"
[ -z "$out" ] && trap 'rm -rf "$work"' EXIT
"$here/fetch-models.sh"
(cd "$here" && npm ci --no-audit --no-fund --silent)

python=/usr/bin/python3
header=--header
for model in $models; do
  int8_args=(--precision int8)
  [ -n "$int8_dir" ] && int8_args=(--model-file "$int8_dir/movenet-$model-int8.pt")
  rm -rf "$work/in-$model"
  "$root/formcoach" pose --json --model "$model" --precision fp32 --dump-input "$work/in-$model" "${images[@]}" \
    >"$work/$model-fp32.jsonl" 2>/dev/null
  int8_name="$model INT8"
  if [ -n "$int8_cpu" ]; then
    int8_name="$model INT8 on $int8_cpu"
    "$here/emulated-cpu.sh" "$int8_cpu" pose --json --model "$model" --threads 1 "${int8_args[@]}" "${images[@]}" \
      >"$work/$model-int8.jsonl" 2>/dev/null
  else
    "$root/formcoach" pose --json --model "$model" "${int8_args[@]}" "${images[@]}" >"$work/$model-int8.jsonl" 2>/dev/null
  fi
  node "$here/reference.mjs" golden --model-dir "$here/work/package/models" --model "$model" \
    --out "$work/$model-tfjs.json" "$work/in-$model"/*.json
  "$python" "$here/fidelity.py" $header --name "$int8_name vs FP32" --json "$work/fidelity.jsonl" \
    "$work/$model-int8.jsonl" "$work/$model-fp32.jsonl"
  header=""
  "$python" "$here/fidelity.py" --name "$int8_name vs tfjs" --json "$work/fidelity.jsonl" \
    "$work/$model-int8.jsonl" "$work/$model-tfjs.json"
  "$python" "$here/fidelity.py" --name "$model FP32 vs tfjs" --json "$work/fidelity.jsonl" \
    "$work/$model-fp32.jsonl" "$work/$model-tfjs.json"
done
