#!/usr/bin/env bash
# Times the backup and restore methods of docs/operations.md on a large PostgreSQL database (the 1,000,000-row set
# of `generate`), with the scripts of scripts/backup: base backup, point-in-time restore (extract + verify + WAL
# replay + promote) with writes during and after the backup, the app's /health/ready on the restored cluster, then
# pg_dump -Fc and pg_restore -j 2 into a new database. The cluster must already run with WAL archiving into ARCHIVE
# and fsync on. Heavy steps run under nice. Prints one line per figure; leaves the cluster as it found it, with one
# more database dropped again, and removes what it made under OUT.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
# shellcheck source=scripts/backup/common.sh
source "$root/scripts/backup/common.sh"

if [[ $# -ne 5 ]]; then
  echo "usage: $(basename "$0") HOST PORT DATABASE ARCHIVE OUT   (e.g. 127.0.0.1 54329 caunoi_1m /tmp/benchpg/wal /tmp/benchpg/figures)" >&2
  exit 2
fi
host=$1 port=$2 database=$3 archive=$4 out=$5
server="host=$host port=$port user=postgres"
connection="Host=$host;Port=$port;Username=postgres;Database=$database"
app_dll=$root/src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll
bench_dll=$root/bench/CauNoi.Bench/bin/Release/net10.0/CauNoi.Bench.dll
[[ -f $app_dll && -f $bench_dll ]] || die "build first: dotnet build -c Release bench/CauNoi.Bench"
psql=$(pg_tool psql)
[[ $("$psql" -d "$server dbname=postgres" -Atc "SHOW archive_mode") == on ]] || die "archive_mode is off on $host:$port"
[[ $("$psql" -d "$server dbname=postgres" -Atc "SHOW fsync") == on ]] || die "fsync is off on $host:$port: backup timings need it on"
[[ ! -e $out ]] || die "$out exists"
mkdir -p "$out"; own_folder "$out/pg"
restored_port=$((port + 1))
pids=()
finish() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -f $out/pg/restored/postmaster.pid ]]; then as_server_user "$(pg_tool pg_ctl)" -D "$out/pg/restored" -m fast -w stop >/dev/null 2>&1 || true; fi
  "$psql" -d "$server dbname=postgres" -qc "DROP DATABASE IF EXISTS ${database}_from_dump" 2>/dev/null || true
  rm -rf "$out"
}
trap finish EXIT

app() { # APP_PORT CONNECTION: the Release app in Production mode; sets ready to the seconds until /health/ready
  local started; started=$(now)
  (ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$1" Database__Provider=Postgres ConnectionStrings__CauNoi="$2" \
    Jobs__Enabled=false CauNoi__SignInPermitsPerMinute=100000 Attachments__Path="$out/files" Logging__Json=false \
    exec dotnet "$app_dll" >"$out/app-$1.log" 2>&1) & pids+=($!)
  until curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null; do sleep 0.2; done
  ready=$(elapsed "$started")
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $("$psql" -d "$server dbname=postgres" -Atc "SHOW server_version")"
echo "database $database: $("$psql" -d "$server dbname=postgres" -Atc "SELECT pg_size_pretty(pg_database_size('$database'))"), $("$psql" -d "$server dbname=$database" -Atc 'SELECT count(*) FROM "Recommendations"') recommendations"

app 57101 "$connection"; echo "app on the source: ready in $ready s"
dotnet "$bench_dll" drill-write --provider postgres --connection "$connection" --url http://127.0.0.1:57101 \
  --out "$out/writes.tsv" --concurrency 2 --stop-file "$out/stop" >"$out/writes.log" 2>&1 & writer=$!
sleep 5

nice "$root/scripts/backup/base-backup.sh" -d "$server" -o "$out/base"
sleep 30
target=$(date -u +'%Y-%m-%d %H:%M:%S.%6N+00')
sleep 2
touch "$out/stop"; wait "$writer"; tail -1 "$out/writes.log"
kill "${pids[0]}"
segment=$("$psql" -d "$server dbname=postgres" -Atqc "SELECT pg_walfile_name(pg_switch_wal())")
until [[ -f $archive/$segment ]]; do sleep 0.2; done

nice "$root/scripts/backup/restore-pitr.sh" -b "$out/base" -w "$archive" -D "$out/pg/restored" -p "$restored_port" --time "$target"
restored="Host=127.0.0.1;Port=$restored_port;Username=postgres;Database=$database"
app 57102 "$restored"; echo "app on the restored cluster: ready in $ready s"
dotnet "$bench_dll" drill-verify --provider postgres --connection "$restored" --url http://127.0.0.1:57102 --in "$out/writes.tsv" --target "$target"
kill "${pids[-1]}"
as_server_user "$(pg_tool pg_ctl)" -D "$out/pg/restored" -m fast -w stop >/dev/null
rm -rf "$out/pg/restored" "$out/base"

nice "$root/scripts/backup/dump.sh" "$server dbname=$database" "$out/$database.dump"
nice "$root/scripts/backup/restore-dump.sh" "$out/$database.dump" "$server" "${database}_from_dump" 2
app 57103 "Host=$host;Port=$port;Username=postgres;Database=${database}_from_dump"; echo "app on the restored dump: ready in $ready s"
