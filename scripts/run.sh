#!/usr/bin/env bash
# Starts the action server (5055) and the Rasa server (5005, REST channel), waits until both
# answer, prints how to talk to the bot, and stops both on Ctrl-C. Logs go to var/log/.
set -euo pipefail
cd "$(dirname "$0")/.."
HOST=${BOT_HOST:-127.0.0.1}
PORT=${BOT_PORT:-5005}
ACTIONS_PORT=${BOT_ACTIONS_PORT:-5055}
LOG_DIR=${BOT_LOG_DIR:-var/log}
mkdir -p "$LOG_DIR"

pids=()
stop() {
  # Asks both servers to stop (TERM), gives them BOT_STOP_GRACE_SECONDS (default 6) and then
  # kills whatever still runs: a server whose event loop is stuck cannot handle TERM, and the
  # bot must be gone within 10 s of a TERM or Ctrl-C.
  trap - INT TERM EXIT
  local pid running tenths=0 grace=${BOT_STOP_GRACE_SECONDS:-6}
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  while [ "$tenths" -lt $((grace * 10)) ]; do
    running=0
    for pid in "${pids[@]}"; do
      if kill -0 "$pid" 2>/dev/null; then running=1; fi
    done
    [ "$running" = 1 ] || break
    sleep 0.1
    tenths=$((tenths + 1))
  done
  for pid in "${pids[@]}"; do
    if kill -KILL "$pid" 2>/dev/null; then echo "warning: process $pid did not stop within ${grace} s; killed" >&2; fi
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "Stopped."
}
trap stop INT TERM EXIT

start=$(date +%s.%N)
.venv/bin/rasa run actions --actions actions --port "$ACTIONS_PORT" \
  >"$LOG_DIR/actions.log" 2>&1 &
pids+=($!)
.venv/bin/rasa run --model models/current.tar.gz --endpoints "${BOT_ENDPOINTS:-endpoints.yml}" \
  --credentials "${BOT_CREDENTIALS:-credentials.yml}" --interface "$HOST" --port "$PORT" \
  --log-file "$LOG_DIR/rasa.log" >"$LOG_DIR/rasa-console.log" 2>&1 &
pids+=($!)

wait_for() {  # url, name, pid
  for _ in $(seq 1 240); do
    if curl -fsS -m 2 "$1" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then echo "error: $2 stopped; see $LOG_DIR/" >&2; exit 1; fi
    sleep 0.5
  done
  echo "error: $2 did not answer within 120 s; see $LOG_DIR/" >&2; exit 1
}
wait_for "http://127.0.0.1:$ACTIONS_PORT/health" "action server" "${pids[0]}"
wait_for "http://$HOST:$PORT/" "Rasa server" "${pids[1]}"
ready=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)")

public=${BOT_PUBLIC_URL:-http://$HOST:$PORT}
cat <<MSG

  The bot is running (ready in ${ready} s). Talk to it in your browser:

    ${public%/}/webhooks/webchat/

  or over HTTP:

    curl -s -X POST http://$HOST:$PORT/webhooks/rest/webhook \\
         -H 'Content-Type: application/json' \\
         -d '{"sender": "x", "message": "hallo"}'

  Logs: $LOG_DIR/ (no message text is logged). Ctrl-C stops both servers.

MSG
wait -n "${pids[@]}"
