#!/usr/bin/env bash
# Memory soak: runs `formcoach bench pipeline` for each input with each model, one run at a time
# (each in a fresh process), and prints a Markdown table of the resident memory (with the model
# loaded, at frame 1,000, the peak and the end) and the speed. See docs/BENCHMARKS.md, Memory.
#
#   tools/bench/soak.sh [--frames N] [--models "lightning thunder"] [--precision P] [--file] [--out DIR] [INPUT...]
#
#   INPUT      any video FormCoach reads (e.g. real-person clips in src/test/resources/clips/);
#              without one, the camera-like inputs of make-inputs.sh are made (once) in OUT/inputs:
#              640x480 and 1280x720 MJPEG at 30 fps
#   --frames   frames to read from each input, looping it (default 100000: about 56 minutes a run)
#   --models   default "lightning thunder"
#   --precision auto (default: INT8 where proven, else FP32), int8 or fp32
#   --file     analyse as fast as possible instead of replaying at the input's frame rate as a
#              camera delivers it (newest frame wins, drops counted)
#   --out      where results go (default /tmp/formcoach-soak): results.jsonl (one JSON line per
#              run, appended to), NAME-MODEL.rss.log (RSS every 1,000 frames) and table.md
#
# The machine should be otherwise quiet for the speed columns; memory does not depend on it.
# On a shared machine: nice -n 10 tools/bench/soak.sh ...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
frames=100000
models="lightning thunder"
precision=auto
mode=--live
out=/tmp/formcoach-soak
inputs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --frames) frames="$2"; shift 2 ;;
    --models) models="$2"; shift 2 ;;
    --precision) precision="$2"; shift 2 ;;
    --file) mode=""; shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "soak.sh: unknown option $1" >&2; exit 2 ;;
    *) inputs+=("$1"); shift ;;
  esac
done
command -v jq >/dev/null || { echo "soak.sh: needs jq (apt-get install jq)" >&2; exit 1; }
mkdir -p "$out"
if [ ${#inputs[@]} -eq 0 ]; then
  if [ ! -f "$out/inputs/hd-30fps.avi" ]; then
    "$here/make-inputs.sh" "$out/inputs" >/dev/null
  fi
  inputs=("$out/inputs/vga-30fps.avi" "$out/inputs/hd-30fps.avi")
fi

for input in "${inputs[@]}"; do
  [ -f "$input" ] || { echo "soak.sh: $input: no such file" >&2; exit 2; }
done

results="$out/results.jsonl"
for input in "${inputs[@]}"; do
  for model in $models; do
    name="$(basename "${input%.*}")-$model-$precision"
    echo "soak: $name, $frames frames ${mode:-(file)} ($(date -u +%H:%M:%S) UTC)" >&2
    if ! "$root/formcoach" bench pipeline $mode --frames "$frames" --model "$model" --precision "$precision" --rss-every 1000 --json \
        "$input" >"$out/$name.json" 2>"$out/$name.rss.log"; then
      echo "soak: $name failed; see $out/$name.rss.log" >&2
      continue
    fi
    jq -c --arg date "$(date -u +%F)" '. + {date: $date}' "$out/$name.json" >>"$results"
  done
done

{
  echo "| input | model | precision | mode | frames | RSS with model | at frame ~1,000 (frame) | peak (at frame) | end | end − frame ~1,000 | max RSS | fps | dropped |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  jq -r '"| \(.input | split("/") | last) (\(.width)×\(.height)) | \(.model) | \(.precision) | \(.mode) | \(.frames_read) | \(.rss_mib_model_loaded | round) MiB | \(.rss_mib_reference | round) (\(.rss_frame_reference)) | \(.rss_mib_peak | round) (\(.rss_frame_peak)) | \(.rss_mib_end | round) | \(.rss_growth_mib | round | if . >= 0 then "+\(.)" else "\(.)" end) MiB | \(.rss_mib_max | round) | \(.sustained_fps) | \(.drop_percent) % |"' "$results"
} | tee "$out/table.md"
