#!/usr/bin/env bash
# Builds the benchmark videos from a test photograph (camera.png: a standing person, CC0) with
# Debian's ffmpeg (apt-get install ffmpeg): a slow zoom and pan, so every frame differs and the crop
# tracker has something to follow.
#   tools/bench/make-inputs.sh OUT_DIR
#     OUT_DIR/vga-30fps.avi   640x480, 30 fps, 20 s, MJPEG (a USB webcam's format)
#     OUT_DIR/hd-30fps.avi    1280x720, 30 fps, 20 s, MJPEG (a USB webcam at 720p)
#     OUT_DIR/hd-30fps.mp4    1280x720, 30 fps, 20 s, H.264 (a phone recording)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:?usage: make-inputs.sh OUT_DIR}"
mkdir -p "$out"
photo="$root/src/test/resources/photos/camera.png"
motion="zoompan=z='1.15+0.1*sin(on/40)':x='(iw-iw/zoom)/2+20*sin(on/25)':y='(ih-ih/zoom)/2':d=600"
ffmpeg -v error -y -loop 1 -i "$photo" -frames:v 600 \
  -vf "pad=ceil(ih*4/3):ih:(ow-iw)/2:0:gray,$motion:s=640x480:fps=30,format=yuvj420p" \
  -c:v mjpeg -q:v 4 "$out/vga-30fps.avi"
ffmpeg -v error -y -loop 1 -i "$photo" -frames:v 600 \
  -vf "pad=ceil(ih*16/9):ih:(ow-iw)/2:0:gray,$motion:s=1280x720:fps=30,format=yuvj420p" \
  -c:v mjpeg -q:v 4 "$out/hd-30fps.avi"
ffmpeg -v error -y -loop 1 -i "$photo" -frames:v 600 \
  -vf "pad=ceil(ih*16/9):ih:(ow-iw)/2:0:gray,$motion:s=1280x720:fps=30,format=yuv420p" \
  -c:v libx264 -preset medium -crf 20 "$out/hd-30fps.mp4"
ls -la "$out"
