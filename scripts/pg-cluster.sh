# Starts and stops a throwaway PostgreSQL cluster for tests (sourced by .ci/run and
# scripts that need one). Exports TEST_DATABASE_URL.
# The first free port from 5433 up, unless PG_PORT is set.
pg_free_port() {
  local port=5433
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

pg_cluster_start() {
  PG_PORT=${PG_PORT:-$(pg_free_port)}
  PG_ROOT=$(mktemp -d)
  chmod 755 "$PG_ROOT"
  PGDATA="$PG_ROOT/pg"
  install -d -o postgres -g postgres -m 700 "$PGDATA"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1" start >/dev/null
  export PGDATA PG_ROOT
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

pg_cluster_stop() {
  [ -n "${PGDATA:-}" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
}
