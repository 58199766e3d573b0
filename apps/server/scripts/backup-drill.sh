#!/usr/bin/env bash
# Backup drill: seed a fresh database, pg_dump it, pg_restore into another fresh
# database, and require equal row counts and checksums for every table.
# Needs TEST_DATABASE_URL (a PostgreSQL server URL, e.g. postgres://postgres@127.0.0.1:5433/postgres)
# and pg_dump/pg_restore/psql on PATH. Exit 0 = the backup restores to identical data.
set -euo pipefail
cd "$(dirname "$0")/../../.."
: "${TEST_DATABASE_URL:?set TEST_DATABASE_URL to a PostgreSQL server URL}"

suffix=$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
source_db="trappen_drill_src_$suffix"
restore_db="trappen_drill_dst_$suffix"
base="${TEST_DATABASE_URL%/*}"
work=$(mktemp -d)
cleanup() {
  psql -q "$TEST_DATABASE_URL" -c "drop database if exists $source_db with (force)" >/dev/null 2>&1 || true
  psql -q "$TEST_DATABASE_URL" -c "drop database if exists $restore_db with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

psql -q -v ON_ERROR_STOP=1 "$TEST_DATABASE_URL" -c "create database $source_db" -c "create database $restore_db"
echo "seeding $source_db …"
DATABASE_URL="$base/$source_db" pnpm --silent --filter @trappen/db seed --municipalities 2 --scale 0.1 --seed 42 >/dev/null

echo "pg_dump → pg_restore …"
pg_dump --format=custom --no-owner --file="$work/backup.dump" "$base/$source_db"
pg_restore --no-owner --exit-on-error --dbname="$base/$restore_db" "$work/backup.dump"

# One line per table: name, row count, and an md5 over its rows in a stable order.
fingerprint() {
  psql -At -v ON_ERROR_STOP=1 "$1" <<'SQL'
select string_agg(format('select %L || '' '' || count(*) || '' '' || coalesce(md5(string_agg(t::text, ''|'' order by t::text)), ''-'') from %I.%I t',
                         schemaname || '.' || tablename, schemaname, tablename), ' union all ' order by schemaname, tablename)
from pg_tables where schemaname in ('public', 'drizzle')
\gset
:string_agg
SQL
}
fingerprint "$base/$source_db" | sort >"$work/source.txt"
fingerprint "$base/$restore_db" | sort >"$work/restore.txt"
tables=$(wc -l <"$work/source.txt")
rows=$(awk '{ n += $2 } END { print n }' "$work/source.txt")
if ! diff -u "$work/source.txt" "$work/restore.txt"; then
  echo "backup drill FAILED: the restored database differs" >&2
  exit 1
fi
if [ "$tables" -lt 10 ] || [ "$rows" -lt 1000 ]; then
  echo "backup drill FAILED: too little data to prove anything ($tables tables, $rows rows)" >&2
  exit 1
fi
echo "backup drill passed: $tables tables, $rows rows, counts and checksums equal"
