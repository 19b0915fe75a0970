#!/usr/bin/env bash
# Times TorchScript pose model files against each other in one process, call by call in turn, on
# FormCoach's libtorch (ModelFilesAB.java): the way to tell whether a change to a model file made it
# faster on a shared machine whose speed drifts from minute to minute.
#
#   tools/bench/models-ab.sh [--size 192|256] [--calls N] [--threads N] REFERENCE.pt OTHER.pt...
#
# --size is the model's input side (192 Lightning, 256 Thunder). Builds FormCoach first if needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
props=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) props+=("-Dsize=$2"); shift 2 ;;
    --calls) props+=("-Dcalls=$2"); shift 2 ;;
    --threads) props+=("-Dthreads=$2"); shift 2 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { echo "usage: models-ab.sh [--size S] [--calls N] [--threads N] REFERENCE.pt OTHER.pt..." >&2; exit 2; }
"$root/formcoach" --version >/dev/null   # builds target/ when the sources changed
exec java ${props[@]+"${props[@]}"} -cp "$root/target/formcoach.jar:$root/target/lib/*" \
  "$here/ModelFilesAB.java" "$@" 2> >(grep -v -e '^WARNING' -e 'SLF4J' >&2)
