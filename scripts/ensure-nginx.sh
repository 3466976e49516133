#!/usr/bin/env bash
# Makes sure Debian's nginx is installed for the several-servers test (tests/e2e/test_cluster.py,
# scripts/cluster.sh runs deploy/nginx/vp-wegwijzer.conf with it). Only the binary is used: the
# test starts its own nginx on a free loopback port with its own configuration.
# Idempotent: does nothing when it is already there. Needs root (CI runs as root) or sudo.
set -euo pipefail
NGINX=$(command -v nginx || true)
[ -z "$NGINX" ] && [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx
if [ -n "$NGINX" ]; then
  echo "nginx: $("$NGINX" -v 2>&1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: nginx is missing and there is no apt-get; install nginx" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing nginx (Debian package) ..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nginx-light >/dev/null 2>&1 \
  || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nginx >/dev/null
echo "nginx: $(/usr/sbin/nginx -v 2>&1)"
