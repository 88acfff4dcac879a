#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for tests/bot/test_queue_postgres.py and prints the line to eval:
#   eval "$(.ci/postgres.sh)"   # -> export WARDEN_TEST_POSTGRES_URL=postgresql://warden:warden@127.0.0.1:54329/warden_test
# Installs the Debian `postgresql` package when no server binaries exist (needs root), runs its own
# cluster in $WARDEN_PG_DIR on 127.0.0.1:$WARDEN_PG_PORT (not the distribution's cluster), and is
# idempotent: a second run reuses the running server. Logs go to stderr; stdout is only the export line.
# Stop it with: .ci/postgres.sh stop
set -euo pipefail

PG_DIR="${WARDEN_PG_DIR:-/tmp/warden-pg}"
PG_PORT="${WARDEN_PG_PORT:-54329}"
PG_USER=warden
PG_PASSWORD=warden
PG_DB=warden_test

say() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bindir="$(find_bindir)"
if [[ -z "$bindir" || ! -x "$bindir/pg_ctl" ]]; then
  if [[ "$(id -u)" != 0 ]]; then
    say "no PostgreSQL server installed and not root: install the 'postgresql' package first"
    exit 1
  fi
  say "installing postgresql (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bindir="$(find_bindir)"
fi

# The server refuses to run as root: use the `postgres` account when we are root.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

if [[ "${1:-}" == "stop" ]]; then
  as_pg "$bindir/pg_ctl" -D "$PG_DIR/data" -m fast stop >&2 || true
  exit 0
fi

mkdir -p "$PG_DIR"
if [[ "$(id -u)" == 0 ]]; then chown postgres:postgres "$PG_DIR"; fi

if [[ ! -s "$PG_DIR/data/PG_VERSION" ]]; then
  say "initdb in $PG_DIR/data"
  as_pg "$bindir/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2
fi

if ! as_pg "$bindir/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
  say "starting on 127.0.0.1:$PG_PORT"
  as_pg "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off -c max_connections=200" start >&2
fi

psql_pg() { as_pg "$bindir/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [[ "$(psql_pg -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != 1 ]]; then
  psql_pg -d postgres -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'" >&2
fi
if [[ "$(psql_pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != 1 ]]; then
  psql_pg -d postgres -c "CREATE DATABASE $PG_DB OWNER $PG_USER" >&2
fi

say "ready"
echo "export WARDEN_TEST_POSTGRES_URL=postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
