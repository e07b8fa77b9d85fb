#!/usr/bin/env bash
# npm run bench:ops — the operator's figures: backup size and time for BENCH_ROWS (default 100,000) seeded
# submissions on PostgreSQL and on PGlite, restore time into a fresh database of the same kind, and db:move time
# for BENCH_MOVE_ROWS (default 10,000) from PGlite to PostgreSQL. Uses TEST_DATABASE_URL's server (databases
# named ${BENCH_DB_PREFIX:-spine_bench_ops}_*) and a temporary directory; removes both afterwards. Each step's
# own output (rows, bytes, ms) is printed as the npm scripts print it, then a summary with wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${BENCH_ROWS:-100000}
move_rows=${BENCH_MOVE_ROWS:-10000}
server=${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}
prefix=${BENCH_DB_PREFIX:-spine_bench_ops}
tmp=$(mktemp -d)
export AUTH_SECRET=${AUTH_SECRET:-bench-ops-secret-0123456789-0123456789-0123}
export NEXT_TELEMETRY_DISABLED=1
url_of() { node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$server" "$1"; }
psql_server() { node -e 'const pg = require("pg"); const c = new pg.Client({ connectionString: process.argv[1] });
  c.connect().then(() => c.query(process.argv[2])).then(() => c.end(), (e) => { console.error(e.message); process.exit(1); })' "$server" "$1"; }
fresh_db() { psql_server "DROP DATABASE IF EXISTS $1 WITH (FORCE)"; psql_server "CREATE DATABASE $1"; }
cleanup() {
  for db in "${prefix}_pg" "${prefix}_pg_restored" "${prefix}_moved"; do psql_server "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { node -e 'console.log((Number(process.argv[2]) - Number(process.argv[1])).toFixed(1))' "$1" "$(now)"; }
size_of() { stat -c %s "$1"; }
summary=()

prepare() { # migrate, publish the default question set, seed $2 submissions into DATABASE_URL=$1
  DATABASE_URL=$1 node --conditions=react-server --import tsx scripts/bootstrap.ts >/dev/null
  DATABASE_URL=$1 node --import tsx scripts/seed-demo-submissions.ts --count "$2" >&2
}

backup_and_restore() { # $1 label, $2 source DATABASE_URL, $3 restore target DATABASE_URL
  local file="$tmp/$1.jsonl.gz" t
  t=$(now); DATABASE_URL=$2 npm run --silent backup -- "$file"; local backup_s; backup_s=$(since "$t")
  t=$(now); DATABASE_URL=$3 npm run --silent restore -- "$file"; local restore_s; restore_s=$(since "$t")
  DATABASE_URL=$3 npm run --silent audit:verify | tail -1
  summary+=("$1: $rows submissions, backup $(size_of "$file") bytes in ${backup_s} s, restore ${restore_s} s (wall clock, with process start)")
}

echo "── PostgreSQL: seeding $rows submissions" >&2
fresh_db "${prefix}_pg"; fresh_db "${prefix}_pg_restored"
prepare "$(url_of "${prefix}_pg")" "$rows"
backup_and_restore PostgreSQL "$(url_of "${prefix}_pg")" "$(url_of "${prefix}_pg_restored")"

echo "── PGlite: seeding $rows submissions" >&2
prepare "pglite:$tmp/pglite" "$rows"
backup_and_restore PGlite "pglite:$tmp/pglite" "pglite:$tmp/pglite-restored"

echo "── db:move: $move_rows submissions from PGlite to PostgreSQL" >&2
fresh_db "${prefix}_moved"
prepare "pglite:$tmp/pglite-move" "$move_rows"
t=$(now); DATABASE_URL="pglite:$tmp/pglite-move" npm run --silent db:move -- "$(url_of "${prefix}_moved")"
summary+=("db:move: $move_rows submissions in $(since "$t") s (wall clock)")

echo
printf '%s\n' "${summary[@]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
