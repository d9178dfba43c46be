#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's postgresql package (installed if missing),
# a cluster in a temporary directory run by an unprivileged user on a free port.
# Usage: source .ci/postgres.sh; pg_start; ...; pg_stop
# pg_start exports ADSDESK_TEST_PG_URL, ADSDESK_TEST_PG_USER and ADSDESK_TEST_PG_PASSWORD_ENV
# (the name of the variable holding the password, ADSDESK_TEST_PG_PASSWORD).

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

pg_start() {
  if ! pg_bin >/dev/null; then
    echo "Installing PostgreSQL (Debian package postgresql)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local bin; bin="$(pg_bin)"
  local run_as=""
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    run_as="postgres"
  fi
  PG_DIR="$(mktemp -d /tmp/adsdesk-pg.XXXXXX)"
  PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  ADSDESK_TEST_PG_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  printf '%s\n' "$ADSDESK_TEST_PG_PASSWORD" > "$PG_DIR/pw"
  [ -n "$run_as" ] && chown -R "$run_as" "$PG_DIR"
  pg_as() { if [ -n "$run_as" ]; then runuser -u "$run_as" -- "$@"; else "$@"; fi; }
  pg_as "$bin/initdb" -D "$PG_DIR/data" -U adsdesk --pwfile="$PG_DIR/pw" -A scram-sha-256 >/dev/null
  pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  PG_CTL="$bin/pg_ctl"
  PG_RUN_AS="$run_as"
  export ADSDESK_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
  export ADSDESK_TEST_PG_USER=adsdesk
  export ADSDESK_TEST_PG_PASSWORD
  export ADSDESK_TEST_PG_PASSWORD_ENV=ADSDESK_TEST_PG_PASSWORD
  echo "PostgreSQL for the tests at $ADSDESK_TEST_PG_URL"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    if [ -n "$PG_RUN_AS" ]; then
      runuser -u "$PG_RUN_AS" -- "$PG_CTL" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    else
      "$PG_CTL" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
  fi
}
