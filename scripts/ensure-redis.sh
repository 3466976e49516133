#!/usr/bin/env bash
# Makes sure the Redis server the tracker-store tests use (127.0.0.1:6379) is running.
# Starts the machine's redis-server (in memory only, no files) where it is installed but
# stopped; fails clearly otherwise.
set -u
ready() { redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || \
          (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; }
if ready; then exit 0; fi
if command -v redis-server >/dev/null 2>&1; then
  echo "==> starting Redis"
  redis-server --bind 127.0.0.1 --port 6379 --save "" --appendonly no --daemonize yes >/dev/null || true
  for _ in $(seq 1 20); do ready && exit 0; sleep 0.5; done
fi
echo "error: Redis is not reachable on 127.0.0.1:6379 and could not be started." >&2
echo "       Install and start it (Debian: apt-get install redis-server)." >&2
exit 1
