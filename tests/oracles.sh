#!/usr/bin/env bash
# Installs the two offline test oracles (github-app.md §8.2, slim variant) into .oracles/:
#   .oracles/openapi/package/generated/api.github.com.json   GitHub's OpenAPI description
#   .oracles/webhooks/package/api.github.com/index.json      real example webhook payloads
# Idempotent: does nothing when both files are already there. Versions are pinned on purpose:
# the fake GitHub and the e2e tests validate against exactly these.
set -euo pipefail

OPENAPI_VERSION=23.0.2
WEBHOOKS_VERSION=7.6.1

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${WARDEN_ORACLES_DIR:-$root/.oracles}"
spec="$dest/openapi/package/generated/api.github.com.json"
examples="$dest/webhooks/package/api.github.com/index.json"

if [[ -s "$spec" && -s "$examples" ]]; then
  echo "oracles: already installed in $dest"
  exit 0
fi

mkdir -p "$dest/openapi" "$dest/webhooks"
cd "$dest"
npm pack --silent "@octokit/openapi@$OPENAPI_VERSION" "@octokit/webhooks-examples@$WEBHOOKS_VERSION" >/dev/null
tar -xzf "octokit-openapi-$OPENAPI_VERSION.tgz" -C openapi package/generated/api.github.com.json
tar -xzf "octokit-webhooks-examples-$WEBHOOKS_VERSION.tgz" -C webhooks
rm -f "octokit-openapi-$OPENAPI_VERSION.tgz" "octokit-webhooks-examples-$WEBHOOKS_VERSION.tgz"

[[ -s "$spec" && -s "$examples" ]] || { echo "oracles: extraction failed in $dest" >&2; exit 1; }
echo "oracles: installed @octokit/openapi@$OPENAPI_VERSION and @octokit/webhooks-examples@$WEBHOOKS_VERSION in $dest"
