#!/usr/bin/env bash
# Makes sure axe-core (the accessibility rule engine the browser tests inject into the page) is
# installed at the version pinned in tests/browser/package.json and package-lock.json, from the
# npm registry with the machine's node/npm (nothing from a CDN). Idempotent: does nothing when
# tests/browser/node_modules/axe-core already has the locked version. Installs node and npm
# with apt-get when they are missing (needs root, as CI runs, or sudo).
set -euo pipefail
cd "$(dirname "$0")/../tests/browser"
want=$(python3 -c "import json; print(json.load(open('package-lock.json'))['packages']['node_modules/axe-core']['version'])")
have=$(python3 -c "import json; print(json.load(open('node_modules/axe-core/package.json'))['version'])" 2>/dev/null || true)
if [ "$have" = "$want" ] && [ -s node_modules/axe-core/axe.min.js ]; then
  echo "axe-core: $have"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: npm is missing and there is no apt-get; install node and npm" >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "installing node and npm (Debian packages) ..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "installing axe-core $want (npm ci) ..."
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
echo "axe-core: $(python3 -c "import json; print(json.load(open('node_modules/axe-core/package.json'))['version'])")"
