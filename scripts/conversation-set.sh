#!/usr/bin/env bash
# The conversation set written apart (tests/conversations/), run against the real bot as
# `make run` starts it: scripts/run.sh on free ports with a throw-away database of the example
# counsellors, "now" fixed on a working Tuesday morning so every run meets the same free times.
# Fails below CONVERSATION_FLOOR (the conversation pass rate, 0..1). Transcripts and the summary
# go to results/conversations/.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
FLOOR=${CONVERSATION_FLOOR:-0.88}  # measured 0.955 (84/88) locally, 2026-12-01 night
tmp=$(mktemp -d)
port=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
actions_port=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export BOT_PORT=$port BOT_ACTIONS_PORT=$actions_port BOT_DATA_DIR=$tmp BOT_LOG_DIR=$tmp/log \
       BOT_PUBLIC_URL=http://127.0.0.1:$port DATABASE_URL=sqlite:///$tmp/bot.db \
       BOT_NOW=${CONVERSATION_NOW:-2027-03-09T10:00:00+01:00} BOT_REST_ENABLED=1 \
       BOT_ENDPOINTS=$tmp/endpoints.yml
sed "s/5055/$actions_port/" endpoints.yml >"$tmp/endpoints.yml"
$PY -m bot db upgrade >/dev/null
$PY -m bot counsellors sync --file counsellors.example.yml >/dev/null
scripts/run.sh >"$tmp/run.out" 2>&1 &
run_pid=$!
cleanup() { kill -TERM "$run_pid" 2>/dev/null || true; wait "$run_pid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
for _ in $(seq 1 240); do
  grep -q "The bot is running" "$tmp/run.out" 2>/dev/null && break
  kill -0 "$run_pid" 2>/dev/null || { cat "$tmp/run.out"; exit 1; }
  sleep 0.5
done
grep -q "The bot is running" "$tmp/run.out" || { echo "the bot did not start" >&2; exit 1; }
$PY scripts/run_conversations.py "http://127.0.0.1:$port" --floor "$FLOOR"
