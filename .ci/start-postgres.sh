#!/usr/bin/env bash
# Start a throw-away PostgreSQL 15 server for the test suite and print the line that points
# the tests at it.  Idempotent: a second call finds the running server and only re-prints.
#   eval "$(.ci/start-postgres.sh)"   → exports RASD_TEST_PG
set -euo pipefail

PORT="${RASD_PG_PORT:-5433}"
DATA="${RASD_PG_DATA:-/tmp/rasd-pg-$PORT}"
DB="${RASD_PG_DB:-rasd_test}"
URL="postgresql://postgres@127.0.0.1:$PORT/$DB"

log() { echo "start-postgres: $*" >&2; }

find_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BINDIR="$(find_bindir || true)"
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/initdb" ]; then
  log "installing postgresql from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BINDIR="$(find_bindir)"
fi

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

if [ ! -s "$DATA/PG_VERSION" ]; then
  log "initdb in $DATA"
  mkdir -p "$DATA"
  chown postgres:postgres "$DATA"
  chmod 700 "$DATA"
  as_postgres "$BINDIR/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
fi

if ! as_postgres "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "starting server on 127.0.0.1:$PORT"
  as_postgres "$BINDIR/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-h 127.0.0.1 -p $PORT -k /tmp -c fsync=off -c synchronous_commit=off" start >&2
fi

if ! as_postgres "$BINDIR/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc \
     "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  log "creating database $DB"
  as_postgres "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi

echo "export RASD_TEST_PG=$URL"
