#!/usr/bin/env bash
# Least-privilege start: migrate a fresh database as the owner (`pnpm migrate`), grant
# trappen_app (scripts/app-role.sql), then run the built server as trappen_app and
# require /readyz, the first-administrator hint and no demo users.
# Needs TEST_DATABASE_URL (a PostgreSQL server URL whose user may create databases and
# roles, e.g. postgres://postgres@127.0.0.1:5433/postgres), psql, and a built server.
set -euo pipefail
cd "$(dirname "$0")/../../.."
: "${TEST_DATABASE_URL:?set TEST_DATABASE_URL to a PostgreSQL server URL}"

suffix=$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
db="trappen_least_$suffix"
base="${TEST_DATABASE_URL%/*}"
owner_url="$base/$db"
app_url=$(node -e 'const u = new URL(process.argv[1]); u.username = "trappen_app"; u.password = ""; console.log(u.toString())' "$owner_url")
log=$(mktemp)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  psql -q "$TEST_DATABASE_URL" -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  rm -f "$log"
}
trap cleanup EXIT

psql -q -v ON_ERROR_STOP=1 "$TEST_DATABASE_URL" -c "create database $db"
MIGRATE_DATABASE_URL="$owner_url" DATABASE_URL="" pnpm --silent migrate
psql -q -v ON_ERROR_STOP=1 "$owner_url" -f apps/server/scripts/app-role.sql >/dev/null

port=$(node -e 'const s = require("net").createServer().listen(0, () => { console.log(s.address().port); s.close(); })')
DATABASE_URL="$app_url" PORT="$port" NODE_ENV=production node apps/server/dist/main.js >"$log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$log"; echo "server as trappen_app did not start"; exit 1; }
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || { cat "$log"; exit 1; }
grep -q "pnpm admin:create" "$log" || { cat "$log"; echo "no first-administrator hint"; exit 1; }
users=$(psql -tA "$owner_url" -c "select count(*) from users")
[ "$users" = "0" ] || { echo "expected no users, found $users"; exit 1; }
echo "server runs as trappen_app on $db: /readyz ok, no demo users, first-administrator hint printed"
