#!/usr/bin/env bash
# Starts VP-wegwijzer as an organisation installs it (deploy/), on this machine, every listener on
# 127.0.0.1: nginx with deploy/nginx/vp-wegwijzer.conf in front of N Rasa servers
# (deploy/systemd/vp-wegwijzer-rasa@.service), the action server (vp-wegwijzer-actions.service),
# Redis with deploy/redis/vp-wegwijzer.conf (nothing on disk) and a throw-away PostgreSQL database
# on 127.0.0.1:5432. The deploy files are used as they are, rendered only with this run's ports
# and paths (/srv/vp-wegwijzer -> this checkout, the ports, the log folder): what `make test`
# tests is what is installed. Used by tests/e2e/test_cluster.py; also by hand (`make cluster`).
#
# Settings (environment; all optional):
#   BOT_CLUSTER_SERVERS  number of Rasa servers (default 2)
#   BOT_CLUSTER_DIR      run folder: rendered files, logs, pid files, cluster.env (default var/cluster)
#   BOT_PROXY_PORT       nginx's port (default: a free one)
#   BOT_REDIS_URL        use this Redis instead of starting one from deploy/redis/
#   BOT_CLUSTER_START_SECONDS  how long each process may take to answer (default 300)
#   DATABASE_URL         use this database instead of creating (and at the end dropping) one on
#                        127.0.0.1:5432 as user postgres (trust authentication)
#   Every other setting of deploy/vp-wegwijzer.env.example: from the environment, else that file.
# When all is up it prints "The cluster is running" and writes $BOT_CLUSTER_DIR/cluster.env
# (ports and process ids). Ctrl-C or SIGTERM stops everything it started.
set -euo pipefail
umask 077
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${BOT_CLUSTER_SERVERS:-2}
DIR=${BOT_CLUSTER_DIR:-var/cluster}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
LOG=$DIR/log
mkdir -p "$LOG" "$DIR/nginx"
PY=$ROOT/.venv/bin/python

die() { echo "error: $*" >&2; exit 1; }

NGINX=$(command -v nginx || true)
[ -z "$NGINX" ] && [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx
[ -n "$NGINX" ] || die "nginx is not installed (Debian: apt-get install nginx); the cluster runs behind it"
command -v redis-server >/dev/null 2>&1 || [ -n "${BOT_REDIS_URL:-}" ] || \
  die "redis-server is not installed (Debian: apt-get install redis-server), and BOT_REDIS_URL is not set"
[ -f models/current.tar.gz ] || die "models/current.tar.gz is missing: run \`make train\`"
[[ $N =~ ^[1-9][0-9]?$ ]] || die "BOT_CLUSTER_SERVERS must be 1-99, got '$N'"

# Free ports for nginx, the action server, Redis and the Rasa servers.
read -r -a PORTS <<<"$(python3 - "$((N + 3))" <<'PYEOF'
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
PYEOF
)"
PROXY_PORT=${BOT_PROXY_PORT:-${PORTS[0]}}
ACTIONS_PORT=${PORTS[1]}
REDIS_PORT=${PORTS[2]}
RASA_PORTS=("${PORTS[@]:3}")

# The environment file of deploy/ (EnvironmentFile=/etc/vp-wegwijzer/env): its values where the
# caller set none, except what this run decides itself (ports, folders, secrets, services).
OWN="BOT_REDIS_URL DATABASE_URL BOT_ACTIONS_SECRET BOT_WEBCHAT_SECRET BOT_ACTIONS_PORT BOT_ACTIONS_HOST BOT_PUBLIC_URL BOT_LOG_DIR BOT_DATA_DIR"
while IFS='=' read -r key value; do
  [[ $key =~ ^[A-Z][A-Z0-9_]*$ ]] || continue
  [[ " $OWN " == *" $key "* ]] && continue
  if [ -z "${!key+x}" ]; then export "$key=$value"; fi
done <deploy/vp-wegwijzer.env.example
secret() { python3 -c 'import secrets; print(secrets.token_hex(32))'; }
export BOT_ACTIONS_SECRET=${BOT_ACTIONS_SECRET:-$(secret)}
export BOT_WEBCHAT_SECRET=${BOT_WEBCHAT_SECRET:-$(secret)}
export BOT_ACTIONS_HOST=127.0.0.1 BOT_ACTIONS_PORT=$ACTIONS_PORT
export BOT_PUBLIC_URL=${BOT_PUBLIC_URL:-http://127.0.0.1:$PROXY_PORT}
export BOT_LOG_DIR=$LOG BOT_DATA_DIR=$DIR
# The REST webhook without a token only because everything listens on loopback (as `make run`).
[ -z "${BOT_REST_TOKEN:-}" ] && export BOT_REST_ENABLED=${BOT_REST_ENABLED:-1}

pids=() names=() created_db="" redis_pid=""
stop() {
  trap "" INT TERM; trap - EXIT  # a second signal must not cut the clean-up short
  local pid tenths=0 running
  for pid in "${pids[@]}" $redis_pid; do kill -TERM "$pid" 2>/dev/null || true; done
  while [ $tenths -lt $(( ${BOT_STOP_GRACE_SECONDS:-6} * 10 )) ]; do
    running=0
    for pid in "${pids[@]}" $redis_pid; do kill -0 "$pid" 2>/dev/null && running=1; done
    [ $running = 1 ] || break
    sleep 0.1; tenths=$((tenths + 1))
  done
  for pid in "${pids[@]}" $redis_pid; do kill -KILL "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}" $redis_pid; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$created_db" ]; then
    psql -q -h 127.0.0.1 -p 5432 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $created_db WITH (FORCE)" \
      >/dev/null 2>&1 || echo "warning: could not drop database $created_db" >&2
  fi
  echo "Cluster stopped."
}
trap stop INT TERM EXIT

# Redis: deploy/redis/vp-wegwijzer.conf with this run's port; its working folder holds nothing.
if [ -z "${BOT_REDIS_URL:-}" ]; then
  mkdir -p "$DIR/redis"
  sed -e "s/^port 6379$/port $REDIS_PORT/" deploy/redis/vp-wegwijzer.conf >"$DIR/redis/redis.conf"
  printf 'dir %s\nlogfile %s\ndaemonize no\n' "$DIR/redis" "$LOG/redis.log" >>"$DIR/redis/redis.conf"
  redis-server "$DIR/redis/redis.conf" >/dev/null 2>&1 &
  redis_pid=$!
  export BOT_REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
fi

# PostgreSQL: a new database for this run, migrated and loaded with the counsellors.
if [ -z "${DATABASE_URL:-}" ]; then
  command -v psql >/dev/null 2>&1 || die "psql is not installed (Debian: apt-get install postgresql-client)"
  created_db=vpbot_cluster_$(python3 -c 'import secrets; print(secrets.token_hex(6))')
  psql -q -h 127.0.0.1 -p 5432 -U postgres -d postgres -c "CREATE DATABASE $created_db" >/dev/null \
    || { created_db=""; die "could not create a database on 127.0.0.1:5432 as postgres (scripts/ensure-postgres.sh)"; }
  export DATABASE_URL=postgresql+psycopg2://postgres@127.0.0.1:5432/$created_db
fi
"$PY" -m bot db upgrade >"$LOG/db.log" 2>&1 || die "database migration failed; see $LOG/db.log"
"$PY" -m bot counsellors sync --file "${BOT_COUNSELLORS_FILE:-counsellors.example.yml}" >>"$LOG/db.log" 2>&1 \
  || die "loading the counsellors failed; see $LOG/db.log"

# endpoints.yml with this run's action server port (installed: 5055).
sed "s#http://127.0.0.1:5055/webhook#http://127.0.0.1:$ACTIONS_PORT/webhook#" endpoints.yml >"$DIR/endpoints.yml"

# A systemd unit's Environment= and ExecStart=, rendered: the checkout for /srv/vp-wegwijzer,
# the instance for %i, this run's endpoints file. Runs in the background; its pid joins `pids`.
start_unit() {  # unit file, instance, name
  local unit=$1 instance=$2 line cmd="" envs=()
  while IFS= read -r line; do
    line=${line//\/srv\/vp-wegwijzer/$ROOT}
    line=${line//%i/$instance}
    case "$line" in
      Environment=*) read -r -a more <<<"${line#Environment=}"; envs+=("${more[@]}") ;;
      ExecStart=*) cmd=${line#ExecStart=} ;;
    esac
  done <"$unit"
  [ -n "$cmd" ] || die "$unit has no ExecStart"
  cmd=${cmd//--endpoints endpoints.yml/--endpoints $DIR/endpoints.yml}
  ( cd "$ROOT" && export "${envs[@]}" && eval "exec $cmd" ) >"$LOG/$3-console.log" 2>&1 &
  pids+=($!) names+=("$3")
}
start_unit deploy/systemd/vp-wegwijzer-actions.service "" actions
for port in "${RASA_PORTS[@]}"; do
  start_unit deploy/systemd/vp-wegwijzer-rasa@.service "$port" "rasa-$port"
done

# nginx: the site file of deploy/ inside a minimal main configuration (Debian's nginx.conf does
# the same with /etc/nginx/sites-enabled/), with this run's ports and log folder.
upstream=""
for port in "${RASA_PORTS[@]}"; do upstream+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'; done
awk -v servers="$upstream" '
  /# BEGIN rasa servers/ { print; printf "%s", servers; skip = 1; next }
  /# END rasa servers/ { skip = 0 }
  !skip' deploy/nginx/vp-wegwijzer.conf \
  | sed -e "s#listen 127.0.0.1:8080;#listen 127.0.0.1:$PROXY_PORT;#" -e "s#/var/log/nginx/#$LOG/nginx-#" \
  >"$DIR/nginx/vp-wegwijzer.conf"
grep -q "listen 127.0.0.1:$PROXY_PORT;" "$DIR/nginx/vp-wegwijzer.conf" || die "deploy/nginx/vp-wegwijzer.conf: no 'listen 127.0.0.1:8080;' to render"
mkdir -p "$DIR/nginx/tmp"
{
  [ "$(id -u)" = 0 ] && echo "user root;"  # as root (CI): workers may use this run's folder
  echo "worker_processes 1;"
  echo "pid $DIR/nginx/nginx.pid;"
  echo "error_log $LOG/nginx-error.log warn;"
  echo "events { worker_connections 512; }"
  echo "http {"
  for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $DIR/nginx/tmp/$temp;"; done
  echo "  include $DIR/nginx/vp-wegwijzer.conf;"
  echo "}"
} >"$DIR/nginx/nginx.conf"
nginx_args=(-p "$DIR/nginx" -e "$LOG/nginx-error.log" -c "$DIR/nginx/nginx.conf")
"$NGINX" -t -q "${nginx_args[@]}" 2>"$LOG/nginx-test.log" || die "nginx refuses the configuration: $(cat "$LOG/nginx-test.log")"
"$NGINX" "${nginx_args[@]}" -g "daemon off;" >"$LOG/nginx-console.log" 2>&1 &
pids+=($!) names+=(nginx)

wait_for() {  # url, name, pid[, secret]
  local config="" tries
  [ -n "${4:-}" ] && config="header = \"Authorization: Bearer $4\""
  for tries in $(seq 1 $(( ${BOT_CLUSTER_START_SECONDS:-300} * 2 ))); do
    if printf '%s\n' "$config" | curl -fsS -m 2 -K - "$1" >/dev/null 2>&1; then return 0; fi
    kill -0 "$3" 2>/dev/null || die "$2 stopped; see $LOG/"
    sleep 0.5
  done
  die "$2 did not answer within ${BOT_CLUSTER_START_SECONDS:-300} s; see $LOG/"
}
start=$(date +%s.%N)
if [ -n "$redis_pid" ]; then
  wait_for_redis() { for _ in $(seq 1 40); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0; sleep 0.25; done; die "Redis did not start; see $LOG/redis.log"; }
  wait_for_redis
fi
wait_for "http://127.0.0.1:$ACTIONS_PORT/health" "action server" "${pids[0]}" "$BOT_ACTIONS_SECRET"
for i in "${!RASA_PORTS[@]}"; do
  wait_for "http://127.0.0.1:${RASA_PORTS[$i]}/" "Rasa server ${RASA_PORTS[$i]}" "${pids[$((i + 1))]}"
done
wait_for "http://127.0.0.1:$PROXY_PORT/webhooks/webchat/" "nginx" "${pids[-1]}"

{
  echo "PROXY_PORT=$PROXY_PORT"
  echo "RASA_PORTS=${RASA_PORTS[*]}"
  echo "RASA_PIDS=${pids[*]:1:$N}"
  echo "ACTIONS_PORT=$ACTIONS_PORT"
  echo "ACTIONS_PID=${pids[0]}"
  echo "NGINX_PID=${pids[-1]}"
  echo "REDIS_URL=$BOT_REDIS_URL"
  echo "DATABASE_URL=$DATABASE_URL"
  echo "LOG_DIR=$LOG"
} >"$DIR/cluster.env"
cat <<MSG

  The cluster is running: nginx on http://127.0.0.1:$PROXY_PORT/ in front of $N Rasa servers
  (${RASA_PORTS[*]}), the action server ($ACTIONS_PORT), Redis ($BOT_REDIS_URL) and PostgreSQL.
  Web chat: http://127.0.0.1:$PROXY_PORT/webhooks/webchat/
  Ports and process ids: $DIR/cluster.env   Logs: $LOG/   Ctrl-C stops everything.

MSG
# Runs until stopped; a Rasa server that dies (or is killed) leaves the others running.
while kill -0 "${pids[-1]}" 2>/dev/null; do
  kill -0 "${pids[0]}" 2>/dev/null || die "the action server stopped; see $LOG/"
  alive=0
  for i in $(seq 1 "$N"); do kill -0 "${pids[$i]}" 2>/dev/null && alive=1; done
  [ $alive = 1 ] || die "every Rasa server stopped; see $LOG/"
  sleep 0.5
done
die "nginx stopped; see $LOG/"
