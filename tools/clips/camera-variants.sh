#!/usr/bin/env bash
# Re-films the corpus's push-up clips the ways a phone or laptop camera differs from the originals,
# so `formcoach eval` can show whether counting holds up on the same real people filmed otherwise.
# Needs FFmpeg with libx264 and python3.
#
#   tools/clips/camera-variants.sh [OUT]        # then, for each folder V in OUT:
#   ./formcoach eval OUT/V --model lightning     # (and --model thunder)
#
# Each variant folder holds the push-up clips changed one way and their labels (times unchanged; a
# mirrored picture swaps the side seen). The variants:
#   mirror    the picture mirrored (a front camera's preview)
#   portrait  a phone held upright: the picture padded to 9:16
#   small     the person smaller, off-centre in a 1280x720 picture (the clip scaled to 360 px high)
#   rot8      the camera tilted 8° (rotm8: -8°), corners black
#   fps15     15 frames a second
#   dimnoisy  darker, flatter and grainy (a dim room)
#   lowres    a quarter of the width, heavily compressed
#   third     the person smaller still: the clip scaled to 240 px high in a 1280x720 picture
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$here/src/test/resources/clips"
out="${1:-$(mktemp -d)}"
declare -A filter=(
  [mirror]="hflip"
  [portrait]="pad=iw:trunc(iw*16/9/2)*2:0:(oh-ih)/2"
  [small]="scale=-2:360,pad=1280:720:(ow-iw)*0.3:(oh-ih)*0.6"
  [rot8]="rotate=8*PI/180"
  [rotm8]="rotate=-8*PI/180"
  [fps15]="fps=15"
  [dimnoisy]="eq=brightness=-0.15:contrast=0.7,noise=alls=12:allf=t"
  [lowres]="scale=trunc(iw/4)*2:-2"
  [third]="scale=-2:240,pad=1280:720:(ow-iw)*0.6:(oh-ih)*0.7"
)
clips=$(cd "$corpus" && ls pushup-*.mp4)
for v in "${!filter[@]}"; do
  mkdir -p "$out/$v"
  crf=23
  [ "$v" = lowres ] && crf=32
  for c in $clips; do
    ffmpeg -v error -y -threads 1 -i "$corpus/$c" -vf "${filter[$v]},format=yuv420p" -c:v libx264 -preset veryfast \
      -crf "$crf" -an -threads 1 "$out/$v/$c"
  done
  # the push-up clips' labels; a mirrored picture shows the other side
  python3 - "$corpus/labels.yaml" "$out/$v/labels.yaml" "$v" <<'EOF'
import sys
src, dst, variant = sys.argv[1:]
text = open(src, encoding="utf-8").read()
head, *entries = text.split("\n  - clip: ")
kept = [e for e in entries if e.startswith("pushup-")]
body = head + "".join("\n  - clip: " + e.rstrip("\n") for e in kept) + "\n"
if variant == "mirror":
    body = body.replace("view: side-right", "view: side-left").replace("view: three-quarter-right", "view: three-quarter-left")
open(dst, "w", encoding="utf-8").write(body)
EOF
done
echo "$out"
