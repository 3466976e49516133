#!/usr/bin/env bash
# Starts the action server (127.0.0.1:5055) and the Rasa server (5005, REST channel), waits until
# both answer, prints how to talk to the bot, and stops both on Ctrl-C. Logs go to var/log/.
# The action server answers only requests with the shared secret BOT_ACTIONS_SECRET, which the
# Rasa server sends (endpoints.yml); when it is not set, a new one is made for this run. It is
# passed to both through the environment only, never on a command line.
set -euo pipefail
# Everything this run creates (logs, the SQLite database, the data directory) is for this user only.
umask 077
cd "$(dirname "$0")/.."
HOST=${BOT_HOST:-127.0.0.1}
PORT=${BOT_PORT:-5005}
# The address people use: calendar links and the web chat's own origin. Default: where it listens.
case "$HOST" in *:*) host_in_url="[$HOST]" ;; *) host_in_url=$HOST ;; esac
export BOT_PUBLIC_URL=${BOT_PUBLIC_URL:-http://$host_in_url:$PORT}
ACTIONS_PORT=${BOT_ACTIONS_PORT:-5055}
ACTIONS_HOST=${BOT_ACTIONS_HOST:-127.0.0.1}
if [ -z "${BOT_ACTIONS_SECRET:-}" ]; then
  BOT_ACTIONS_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
fi
export BOT_ACTIONS_SECRET BOT_ACTIONS_HOST="$ACTIONS_HOST" BOT_ACTIONS_PORT="$ACTIONS_PORT"
LOG_DIR=${BOT_LOG_DIR:-var/log}
DATA_DIR=${BOT_DATA_DIR:-var}
mkdir -p "$LOG_DIR"
# Directories and logs from before this umask (0755/0644) are closed too.
for dir in "$DATA_DIR" "$LOG_DIR"; do [ -d "$dir" ] && chmod 700 "$dir"; done
find "$LOG_DIR" -maxdepth 1 -type f -exec chmod go-rwx {} +
# The REST webhook: whoever reaches it without a token talks as anyone they name. So without
# BOT_REST_TOKEN it is on by default only when the bot listens on a loopback address
# (development); on any other address only with an explicit BOT_REST_ENABLED=1, with a warning.
is_loopback() { case "$1" in 127.*|::1|"[::1]"|localhost) return 0 ;; *) return 1 ;; esac; }
if [ -z "${BOT_REST_TOKEN:-}" ]; then
  if [ -z "${BOT_REST_ENABLED:-}" ]; then
    if is_loopback "$HOST"; then export BOT_REST_ENABLED=1; else export BOT_REST_ENABLED=0; fi
  else
    case "$BOT_REST_ENABLED" in
      1|true|yes|on|TRUE|Yes|YES|ON|True|On)
        is_loopback "$HOST" || echo "warning: the REST webhook is on WITHOUT a token on $HOST (BOT_REST_ENABLED=1): anyone who reaches it can talk as anyone; set BOT_REST_TOKEN" >&2 ;;
    esac
  fi
fi

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

# Every setting is read and checked first: a wrong value stops the start here, with one line.
.venv/bin/python -m bot settings check

start=$(date +%s.%N)
.venv/bin/python -m actions.server >"$LOG_DIR/actions.log" 2>&1 &
pids+=($!)
.venv/bin/rasa run --model models/current.tar.gz --endpoints "${BOT_ENDPOINTS:-endpoints.yml}" \
  --credentials "${BOT_CREDENTIALS:-credentials.yml}" --interface "$HOST" --port "$PORT" \
  --log-file "$LOG_DIR/rasa.log" >"$LOG_DIR/rasa-console.log" 2>&1 &
pids+=($!)

wait_for() {  # url, name, pid[, secret: sent as a bearer token through curl's stdin config]
  local config=""
  if [ -n "${4:-}" ]; then
    local escaped=${4//\\/\\\\}
    config="header = \"Authorization: Bearer ${escaped//\"/\\\"}\""
  fi
  # BOT_START_SECONDS (default 120): how long each server may take to answer (a busy machine
  # needs more; `make bench` gives it 600).
  for _ in $(seq 1 $(( ${BOT_START_SECONDS:-120} * 2 ))); do
    if printf '%s\n' "$config" | curl -fsS -m 2 -K - "$1" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then echo "error: $2 stopped; see $LOG_DIR/" >&2; exit 1; fi
    sleep 0.5
  done
  echo "error: $2 did not answer within ${BOT_START_SECONDS:-120} s; see $LOG_DIR/" >&2; exit 1
}
case "$ACTIONS_HOST" in 0.0.0.0|::|"") actions_probe=127.0.0.1 ;; *) actions_probe=$ACTIONS_HOST ;; esac
wait_for "http://$actions_probe:$ACTIONS_PORT/health" "action server" "${pids[0]}" "$BOT_ACTIONS_SECRET"
wait_for "http://$HOST:$PORT/" "Rasa server" "${pids[1]}"
ready=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)")

public=$BOT_PUBLIC_URL
rest_auth=""
[ -n "${BOT_REST_TOKEN:-}" ] && rest_auth="-H \"Authorization: Bearer \$BOT_REST_TOKEN\" "
rest_help="
  or over HTTP:

    curl -s -X POST http://$HOST:$PORT/webhooks/rest/webhook ${rest_auth}\\
         -H 'Content-Type: application/json' \\
         -d '{\"sender\": \"x\", \"message\": \"hallo\"}'
"
case "${BOT_REST_ENABLED:-}" in 1|true|yes|on|TRUE|Yes|YES|ON|True|On) ;; *) [ -z "${BOT_REST_TOKEN:-}" ] && rest_help="";; esac
cat <<MSG

  The bot is running (ready in ${ready} s). Talk to it in your browser:

    ${public%/}/webhooks/webchat/
${rest_help}
  Logs: $LOG_DIR/ (no message text is logged). Ctrl-C stops both servers.

MSG
wait -n "${pids[@]}"
