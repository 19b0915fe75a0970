#!/usr/bin/env bash
# The speed figures of docs/BENCHMARKS.md in one run, for a quiet machine (nothing else running):
#   1. pose inference: FP32, INT8 and the original tfjs model, both models, 1 and 2 threads
#      (pose-vs-tfjs.sh, three rounds);
#   2. the pipeline: a 640x480 camera at 30 fps (live replay) and a 720p H.264 file analysed as fast
#      as it goes, both models, 1 and 2 inference threads;
#   3. desk mode's CPU use: the posture watch at its 5 frames a second against every frame, from a
#      camera-like replay of a real desk clip, in turn, three times.
# Each part prints its JSON lines into OUT and a table on stdout.
#
#   tools/bench/speed-run.sh [OUT]        (default /tmp/formcoach-speed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-/tmp/formcoach-speed}"
fc="$root/formcoach"
command -v jq >/dev/null || { echo "speed-run.sh: needs jq (apt-get install jq)" >&2; exit 1; }
command -v ffmpeg >/dev/null || { echo "speed-run.sh: needs ffmpeg (apt-get install ffmpeg)" >&2; exit 1; }
mkdir -p "$out/inputs"
[ -f "$out/inputs/hd-30fps.mp4" ] || "$here/make-inputs.sh" "$out/inputs" >/dev/null
desk="$out/inputs/real-desk-640x480.avi"
[ -f "$desk" ] || ffmpeg -v error -y -stream_loop 5 -i "$root/src/test/resources/clips/desk-slump-01.mp4" \
  -vf scale=640:480 -r 30 -c:v mjpeg -q:v 4 -pix_fmt yuvj420p "$desk"
echo "speed-run: $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/when.txt"

echo "## 1. Pose inference"
"$here/pose-vs-tfjs.sh" 100 "" 3 | tee "$out/pose.txt" | sed -n '/^|/p'

echo "## 2. The pipeline"
pipeline="$out/pipeline.jsonl"
: >"$pipeline"
for model in lightning thunder; do
  for threads in 1 2; do
    "$fc" bench pipeline --live --frames 900 --model "$model" --threads "$threads" --json \
      "$out/inputs/vga-30fps.avi" 2>/dev/null >>"$pipeline"
    "$fc" bench pipeline --frames 900 --model "$model" --threads "$threads" --json \
      "$out/inputs/hd-30fps.mp4" 2>/dev/null >>"$pipeline"
  done
done
echo "| input | mode | model | precision | threads | fps analysed | × real time | dropped | inference p50 / p95 ms | capture to result p50 / p95 ms | CPU % of a core |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
jq -r '"| \(.input | split("/") | last) | \(.mode) | \(.model) | \(.precision) | \(.threads) | \(.sustained_fps) | \(.realtime_factor) | \(.drop_percent) % | \(.inference_ms_p50) / \(.inference_ms_p95) | \(.total_ms_p50 // "-") / \(.total_ms_p95 // "-") | \(.cpu_percent) |"' "$pipeline"

echo "## 3. Desk mode"
deskrun="$out/desk.jsonl"
: >"$deskrun"
for round in 1 2 3; do
  for pacing in "" "--every-frame"; do
    "$fc" bench pipeline --live --frames 1800 --exercise desk-posture $pacing --json "$desk" 2>/dev/null \
      | jq -c --arg round "$round" --arg pacing "${pacing:-5 a second}" '. + {round: $round, pacing: $pacing}' >>"$deskrun"
  done
done
echo "| round | analysed | frames analysed a second | frames left out | CPU % of a core | inference p50 ms |"
echo "|---|---|---|---|---|---|"
jq -r '"| \(.round) | \(.pacing) | \(.sustained_fps) | \(.frames_skipped) | \(.cpu_percent) | \(.inference_ms_p50) |"' "$deskrun"
