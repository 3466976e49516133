#!/usr/bin/env bash
# Prints the config to train with: config.yml, or the variant for the full Dutch spaCy model
# when nl_core_news_md/sm is installed in .venv (see README, "Better Dutch model").
# Override with CONFIG=path.
set -eu
cd "$(dirname "$0")/.."
if [ -n "${CONFIG:-}" ]; then echo "$CONFIG"; exit 0; fi
for m in nl_core_news_md nl_core_news_sm; do
  if .venv/bin/python -c "import $m" 2>/dev/null; then echo "pipelines/$m.yml"; exit 0; fi
done
echo config.yml
