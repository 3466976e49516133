#!/usr/bin/env bash
# Makes sure the PostgreSQL server the integration tests use (127.0.0.1:5432) is running.
# Starts the machine's cluster where it is installed but stopped; fails clearly otherwise.
set -u
ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || \
          (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if ready; then exit 0; fi
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "==> starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
fi
echo "error: PostgreSQL is not reachable on 127.0.0.1:5432 and could not be started." >&2
echo "       Install and start it (Debian: apt-get install postgresql), or set TEST_POSTGRES_ADMIN_URL." >&2
exit 1
