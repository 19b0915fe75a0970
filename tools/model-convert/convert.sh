#!/usr/bin/env bash
# Regenerates models/movenet-{lightning,thunder}.pt from the original TensorFlow.js models and
# proves the result against them. Run from anywhere:
#
#   tools/model-convert/convert.sh
#
# Needs Debian's python3-torch, python3-skimage (apt-get install python3-torch python3-skimage),
# Node.js and npm. Downloads only from the npm registry. Prints the SHA-256 of each file: copy them
# into models/README.md and src/main/java/org/formcoach/pose/MoveNetModel.java.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python=/usr/bin/python3   # Debian's interpreter, where python3-torch lives
"$here/fetch-models.sh"
(cd "$here" && npm ci --no-audit --no-fund --silent)
(cd "$here" && "$python" convert.py --package-dir "$here/work/package" --out-dir "$root/models")
(cd "$here" && "$python" verify.py --package-dir "$here/work/package" --models-dir "$root/models" \
  --photos "$root/src/test/resources/photos")
(cd "$root/models" && sha256sum movenet-lightning.pt movenet-thunder.pt && stat -c '%n %s bytes' movenet-*.pt)
