#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server: TEST_DATABASE_URL points at it.
#
# Debian's postgresql package is installed if missing. The cluster lives in a temporary
# folder owned by the unprivileged `postgres` user (created by the package), listens on
# 127.0.0.1 on a free port with trust authentication, and is stopped and removed when the
# command ends, whatever its outcome. Usage: .ci/with-postgres.sh COMMAND [ARG...]
set -euo pipefail

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(bindir)" ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(bindir)"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
DIR="$(mktemp -d /tmp/crisis-pg.XXXXXX)"
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
chown postgres: "$DIR" 2>/dev/null || $SUDO chown postgres: "$DIR"
stop() {
  as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR" 2>/dev/null || $SUDO rm -rf "$DIR"
}
trap stop EXIT
as_postgres "$BIN/initdb" -D "$DIR/data" -A trust -U postgres --encoding=UTF8 >/dev/null
as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (throw-away)"
"$@"
