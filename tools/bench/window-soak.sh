#!/usr/bin/env bash
# Memory of the coaching window over a long run: opens the real JavaFX window under Xvfb on a video
# (played as a camera delivers it, in real time) with `formcoach screenshot --frames N`, samples the
# process's resident memory every 2 s, and prints the RSS with the first frames drawn, at about a
# tenth of the run, the peak and the end, next to the kernel's maximum (VmHWM).
#
#   tools/bench/window-soak.sh [--frames N] [--exercise ID] [--launcher PATH] [--out DIR] INPUT
#
#   --frames    analysed frames to run for (default 20000)
#   --exercise  what is coached (default floor-pushup)
#   --launcher  the formcoach launcher to run (default: this checkout's), e.g. another version's
#               checkout to compare the two in the same run
#   --out       where the RSS log and the last picture go (default /tmp/formcoach-window-soak)
#
# Needs xvfb-run (apt-get install xvfb libgtk-3-0). See docs/BENCHMARKS.md, Memory of the window.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher="$here/../../formcoach"
frames=20000
exercise=floor-pushup
out=/tmp/formcoach-window-soak
while [ $# -gt 0 ]; do
  case "$1" in
    --frames) frames="$2"; shift 2 ;;
    --exercise) exercise="$2"; shift 2 ;;
    --launcher) launcher="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -*) echo "window-soak.sh: unknown option $1" >&2; exit 2 ;;
    *) input="$1"; shift ;;
  esac
done
[ -n "${input:-}" ] || { echo "window-soak.sh: give a video to play" >&2; exit 2; }
[ -f "$input" ] || { echo "window-soak.sh: $input: no such file" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "window-soak.sh: needs xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 1; }
mkdir -p "$out"
home="$(dirname "$(realpath "$launcher")")"
name="$(basename "${input%.*}")-$(basename "$home")"
log="$out/$name.rss.log"
: >"$log"
# give up after a second a frame (a very busy machine analyses a few a second), plus five minutes
wait_s=$(( frames + 300 ))
xvfb-run -a -s "-screen 0 1400x900x24" "$launcher" screenshot --source "$input" --exercise "$exercise" \
  --frames "$frames" --wait "$wait_s" "$out/$name.png" >"$out/$name.out" 2>&1 &
runner=$!
pid=""
start=$(date +%s)
while kill -0 "$runner" 2>/dev/null; do
  if [ -z "$pid" ]; then
    pid=$(pgrep -n -f "formcoach.home=$home .*FormCoachCommand screenshot" || true)
  fi
  if [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; then
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$rss" ] && echo "$(( $(date +%s) - start )) $rss $hwm" >>"$log"
  fi
  sleep 2
done
wait "$runner" || { echo "window-soak.sh: the window run failed; see $out/$name.out" >&2; exit 1; }
# seconds, RSS KB, HWM KB per line; the first tenth is the warm-up
awk -v name="$name" -v frames="$frames" '
  { t[NR] = $1; r[NR] = $2; h = $3 }
  END {
    if (NR < 10) { print "too few samples"; exit 1 }
    ref = int(NR / 10); peak = 0
    for (i = 1; i <= NR; i++) if (r[i] > peak) { peak = r[i]; pt = t[i] }
    printf "| %s | %d | %d s | %.0f | %.0f (%d s) | %.0f | %+.0f | %.0f |\n", name, frames, t[NR], r[ref] / 1024,
      peak / 1024, pt, r[NR] / 1024, (r[NR] - r[ref]) / 1024, h / 1024
  }' "$log"
