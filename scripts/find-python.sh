#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 supports 3.8-3.10; we use 3.10).
# Looks at, in order: $PYTHON, python3.10 on PATH, pyenv's installs. Exits 1 with advice otherwise.
set -u
ok() { "$1" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

if [ -n "${PYTHON:-}" ]; then
  if ok "$PYTHON"; then command -v "$PYTHON" || echo "$PYTHON"; exit 0; fi
  echo "error: PYTHON=$PYTHON is not a working Python 3.10 with venv." >&2
  exit 1
fi
if command -v python3.10 >/dev/null 2>&1 && ok python3.10; then
  command -v python3.10; exit 0
fi
root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
for p in $(ls -d "$root"/versions/3.10.*/bin/python 2>/dev/null | sort -V -r); do
  if ok "$p"; then echo "$p"; exit 0; fi
done
cat >&2 <<'MSG'
error: Python 3.10 not found. Rasa 3.6 (the last open-source Rasa) needs Python 3.8-3.10.
Install one of:
  - pyenv:   pyenv install 3.10        (found automatically under $(pyenv root)/versions/3.10.*)
  - Debian/Ubuntu: apt-get install python3.10 python3.10-venv (deadsnakes on Ubuntu)
  - or point to it: make run PYTHON=/path/to/python3.10
MSG
exit 1
