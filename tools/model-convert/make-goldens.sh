#!/usr/bin/env bash
# Regenerates src/test/resources/golden/movenet-<model>.json: the ORIGINAL MoveNet (TensorFlow.js
# graph model, run by @tensorflow/tfjs in Node) on the exact input tensors FormCoach's Java
# preprocessing builds for every test photograph. Never edit the goldens by hand; run this.
#
#   tools/model-convert/make-goldens.sh
#
# Needs: Node.js + npm, a JDK and Maven (for ./formcoach). Downloads only from the npm registry.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/work"
"$here/fetch-models.sh"
(cd "$here" && npm ci --no-audit --no-fund --silent)

photos="$root/src/test/resources/photos"
golden="$root/src/test/resources/golden"
mkdir -p "$golden"
for model in lightning thunder; do
  dump="$work/inputs-$model"
  rm -rf "$dump"
  "$root/formcoach" pose --model "$model" --dump-input "$dump" \
    $(find "$photos" -maxdepth 1 -type f \( -name '*.png' -o -name '*.jpg' \) | sort) >/dev/null
  node "$here/reference.mjs" golden --model-dir "$work/package/models" --model "$model" \
    --out "$golden/movenet-$model.json" "$dump"/*.json
  echo "wrote $golden/movenet-$model.json"
done
