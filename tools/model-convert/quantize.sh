#!/usr/bin/env bash
# Regenerates models/movenet-{lightning,thunder}-int8.pt from the original TensorFlow.js models and
# photographs shipped by Debian packages, then measures them. Run from anywhere:
#
#   tools/model-convert/quantize.sh [--sensitivity OUT.md]
#
# Needs Debian's python3-torch, python3-skimage and ffmpeg (apt-get install python3-torch
# python3-skimage ffmpeg), Node.js and npm; downloads only from the npm registry and Debian.
# Prints the SHA-256 of each file: copy them into models/README.md and
# src/main/java/org/formcoach/pose/MoveNetModel.java. Then run fidelity.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python=/usr/bin/python3   # Debian's interpreter, where python3-torch lives
"$here/fetch-models.sh"
"$here/fetch-calibration.sh"
# oneDNN 2.6 (torch 1.13) crashes in its AMX int8 kernels for some shapes; its AVX-512 VNNI kernels
# are correct. The variable only limits what oneDNN may use on a newer CPU.
export ONEDNN_MAX_CPU_ISA=AVX512_CORE_VNNI
(cd "$here" && "$python" quantize.py --package-dir "$here/work/package" --calib-root "$here/work/calib/root" \
  --out-dir "$root/models" "$@")
(cd "$root/models" && sha256sum movenet-lightning-int8.pt movenet-thunder-int8.pt \
  && stat -c '%n %s bytes' movenet-*-int8.pt)
