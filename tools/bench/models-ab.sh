#!/usr/bin/env bash
# Times TorchScript pose model files against each other in one process, call by call in turn, on
# FormCoach's libtorch (ModelFilesAB.java): the way to tell whether a change to a model file made it
# faster on a shared machine whose speed drifts from minute to minute.
#
#   tools/bench/models-ab.sh [--size 192|256] [--calls N] [--threads N] REFERENCE.pt OTHER.pt...
#
# --size is the model's input side (192 Lightning, 256 Thunder).
#
#   tools/bench/models-ab.sh --app-path [--calls N] [--threads N] [lightning|thunder [MODEL.pt [IMAGE]]]
#
# instead times one file through FormCoach's own path (its estimator, a photograph decoded before each
# call, OpenCV's threads) against the bare model call, with the formcoach launcher's JVM settings
# (EstimatorPathAB.java); defaults: lightning, its INT8 file, the bundled 640x480 photograph.
# Builds FormCoach first if needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
props=()
app_path=0
while [ $# -gt 0 ]; do
  case "$1" in
    --app-path) app_path=1; shift ;;
    --size) props+=("-Dsize=$2"); shift 2 ;;
    --calls) props+=("-Dcalls=$2"); shift 2 ;;
    --threads) props+=("-Dthreads=$2"); shift 2 ;;
    *) break ;;
  esac
done
"$root/formcoach" --version >/dev/null   # builds target/ when the sources changed
classpath="$root/target/formcoach.jar:$root/target/lib/*"
if [ "$app_path" = 1 ]; then
  model="${1:-lightning}"
  file="${2:-$root/models/movenet-$model-int8.pt}"
  image="${3:-$root/src/main/resources/samples/basketball1.png}"
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
  exec java -Xms32m -Xmx384m -XX:+UseSerialGC ${props[@]+"${props[@]}"} -Dformcoach.home="$root" \
    -cp "$classpath" "$here/EstimatorPathAB.java" "$model" "$file" "$image" \
    2> >(grep -v -e '^WARNING' -e 'SLF4J' -e ' INFO ' >&2)
fi
[ $# -ge 1 ] || { echo "usage: models-ab.sh [--size S] [--calls N] [--threads N] REFERENCE.pt OTHER.pt..." >&2; exit 2; }
exec java ${props[@]+"${props[@]}"} -cp "$classpath" \
  "$here/ModelFilesAB.java" "$@" 2> >(grep -v -e '^WARNING' -e 'SLF4J' >&2)
