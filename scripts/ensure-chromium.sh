#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (tests/browser/). Playwright
# cannot download its own browser here, so the tests launch /usr/bin/chromium instead.
# Idempotent: does nothing when it is already there. Needs root (CI runs as root) or sudo.
set -euo pipefail
CHROMIUM=${BOT_CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: $CHROMIUM is missing and there is no apt-get; install Chromium and set BOT_CHROMIUM" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing chromium (Debian package) ..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "chromium: $("$CHROMIUM" --version 2>/dev/null)"
