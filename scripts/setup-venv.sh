#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs exactly requirements.lock; fails if `pip check` does.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(scripts/find-python.sh)
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  rm -rf .venv
  echo "==> creating .venv with $py"
  "$py" -m venv .venv
fi
echo "==> installing requirements.lock into .venv (first time: about 3 minutes)"
# Only the lock's pins: --no-deps keeps pip from resolving anything the lock does not name,
# and `pip check` proves the locked set is consistent (Rasa's own pins included).
SECONDS=0
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
.venv/bin/python -m pip check
echo "    installed in ${SECONDS} s"
