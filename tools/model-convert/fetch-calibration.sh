#!/usr/bin/env bash
# Unpacks the calibration photographs for the INT8 models from Debian packages into
# tools/model-convert/work/calib/root and checks every file against calibration-sources.sha256.
# The packages are downloaded with apt-get (not installed): opencv-doc (vtest.avi, messi5.jpg) and
# python3-scipy (ascent.dat). calibration.py says what each image is and its licence.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
calib="$here/work/calib"
mkdir -p "$calib/debs" "$calib/root"
if ! (cd "$calib/root" && sha256sum -c --quiet "$here/calibration-sources.sha256" 2>/dev/null); then
  (cd "$calib/debs" && apt-get download opencv-doc python3-scipy)
  for deb in "$calib"/debs/*.deb; do
    dpkg-deb -x "$deb" "$calib/root"
  done
  (cd "$calib/root" && sha256sum -c --quiet "$here/calibration-sources.sha256") || {
    echo "fetch-calibration: the packaged files differ from calibration-sources.sha256" >&2
    exit 1
  }
fi
