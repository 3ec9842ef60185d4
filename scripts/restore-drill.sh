#!/usr/bin/env bash
# The restore drill (issue 16), repeatable: a fresh PostgreSQL cluster with WAL archiving and the app on it; a base
# backup taken while localities submit recommendations with an attachment each; more writing; a point-in-time
# restore into a new cluster at a moment in between; the app started on the restored cluster; then every submission
# acknowledged before that moment must be there, whole, attachment bytes included, and none started after it.
# Exit 0 when the drill passed. Everything runs on 127.0.0.1 in a scratch folder, removed at the end unless --keep.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
# shellcheck source=scripts/backup/common.sh
source "$here/backup/common.sh"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") [--writers 4] [--before-backup 5] [--after-backup 10] [--after-target 5] [--keep] [--no-build]
  --writers N        concurrent submitters (each: a recommendation, then its PDF attachment)
  --before-backup S  seconds of writing before the base backup starts (writing goes on during it)
  --after-backup S   seconds of writing between the end of the backup and the moment restored to
  --after-target S   seconds of writing after that moment (must not come back)
  --keep             keep the scratch folder (clusters stopped) for a look afterwards
  --no-build         use the Release builds as they are
USAGE
  exit 2
}
writers=4 before_backup=5 after_backup=10 after_target=5 keep=false build=true
while [[ $# -gt 0 ]]; do
  case $1 in
    --writers) writers=$2; shift 2 ;;
    --before-backup) before_backup=$2; shift 2 ;;
    --after-backup) after_backup=$2; shift 2 ;;
    --after-target) after_target=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --no-build) build=false; shift ;;
    *) usage ;;
  esac
done

app_dll=$root/src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll
bench_dll=$root/bench/CauNoi.Bench/bin/Release/net10.0/CauNoi.Bench.dll
if $build; then dotnet build -c Release "$root/bench/CauNoi.Bench" -v q -nologo | grep -E "error|Warn|Elapsed" || true; fi
[[ -f $app_dll && -f $bench_dll ]] || die "build first: dotnet build -c Release bench/CauNoi.Bench"

work=$(mktemp -d /tmp/caunoi-drill.XXXXXX)
chmod 755 "$work"
own_folder "$work/pg"
source_port=$((55700 + RANDOM % 100)) restored_port=$((55800 + RANDOM % 100))
pids=()
finish() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for data in "$work/pg/source" "$work/pg/restored"; do
    if [[ -f $data/postmaster.pid ]]; then as_server_user "$(pg_tool pg_ctl)" -D "$data" -m fast -w stop >/dev/null 2>&1 || true; fi
  done
  if $keep; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap finish EXIT
step() { echo "== $(date +%T) $*"; }

step "1. a fresh cluster with WAL archiving, port $source_port ($work)"
own_folder "$work/pg/wal"
as_server_user "$(pg_tool initdb)" -D "$work/pg/source" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >> "$work/pg/source/postgresql.conf" <<CONF
wal_level = replica
archive_mode = on
archive_command = '$here/backup/archive-wal.sh %p $work/pg/wal/%f'
archive_timeout = 60
CONF
as_server_user "$(pg_tool pg_ctl)" -D "$work/pg/source" -l "$work/pg/source.log" -w \
  -o "-p $source_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
server="host=127.0.0.1 port=$source_port user=postgres"
"$(pg_tool psql)" -d "$server dbname=postgres" -qc "CREATE DATABASE caunoi_drill"
connection="Host=127.0.0.1;Port=$source_port;Username=postgres;Database=caunoi_drill"

# The app of this build in Production mode, with the demo accounts, its attachments in a folder of the drill's.
start_app() { # PORT CONNECTION ATTACHMENTS LOG [ARGS...]
  local port=$1 conn=$2 files=$3 log=$4; shift 4
  # From the app's own folder, as a service runs it: its appsettings.json is read from there.
  cd "$(dirname "$app_dll")"
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Database__Provider=Postgres \
    ConnectionStrings__CauNoi="$conn" CauNoi__DemoData=true CauNoi__SignInPermitsPerMinute=100000 Jobs__Enabled=false \
    Attachments__Store=Folder Attachments__Path="$files" Attachments__TempPath="$work/uploads" Logging__Json=false \
    exec dotnet "$app_dll" "$@" >"$log" 2>&1
}
wait_ready() { # URL PID
  local started; started=$(now)
  until curl -sf "$1/health/ready" >/dev/null; do
    kill -0 "$2" 2>/dev/null || die "the app stopped; see its log in $work"
    [[ $(elapsed "$started" | cut -d. -f1) -lt 300 ]] || die "the app was not ready in 300 s"
    sleep 0.2
  done
  echo "  /health/ready answered 200 after $(elapsed "$started") s"
}
app_port=$((56000 + RANDOM % 500))
start_app "$app_port" "$connection" "$work/files" "$work/app.log" & pids+=($!)
wait_ready "http://127.0.0.1:$app_port" "${pids[-1]}"

step "2. $writers writers submit recommendations with an attachment each"
dotnet "$bench_dll" drill-write --provider postgres --connection "$connection" --url "http://127.0.0.1:$app_port" \
  --out "$work/writes.tsv" --concurrency "$writers" --stop-file "$work/stop" & writer=$!; pids+=("$writer")
sleep "$before_backup"

step "3. a base backup while they write"
"$here/backup/base-backup.sh" -d "$server" -o "$work/base"
sleep "$after_backup"

target=$(date -u +'%Y-%m-%d %H:%M:%S.%6N+00')
step "4. the moment to restore to: $target; writing goes on $after_target s"
sleep "$after_target"
touch "$work/stop"
wait "$writer" || die "drill-write failed"

# The files: write-once under generated names, so a copy taken after the moment restored to holds every file the
# restored rows name (and some later ones, harmless: orphans the sweep removes).
step "5. the attachments folder copied (after the moment), the last WAL segment archived"
cp -a "$work/files" "$work/files-copy"
segment=$("$(pg_tool psql)" -d "$server dbname=postgres" -Atqc "SELECT pg_walfile_name(pg_switch_wal())")
until [[ -f $work/pg/wal/$segment ]]; do sleep 0.2; done

step "6. point-in-time restore into a new cluster, port $restored_port"
"$here/backup/restore-pitr.sh" -b "$work/base" -w "$work/pg/wal" -D "$work/pg/restored" -p "$restored_port" --time "$target"
restored="Host=127.0.0.1;Port=$restored_port;Username=postgres;Database=caunoi_drill"

step "7. the app on the restored cluster"
restored_app_port=$((56500 + RANDOM % 500))
start_app "$restored_app_port" "$restored" "$work/files-copy" "$work/app-restored.log" & pids+=($!)
wait_ready "http://127.0.0.1:$restored_app_port" "${pids[-1]}"

step "8. every submission acknowledged before the moment there and whole, none started after it"
passed=true
dotnet "$bench_dll" drill-verify --provider postgres --connection "$restored" --url "http://127.0.0.1:$restored_app_port" \
  --in "$work/writes.tsv" --target "$target" || passed=false

step "9. dotnet CauNoi.Web.dll --check-files on the restored cluster and the copied folder"
if (start_app 0 "$restored" "$work/files-copy" "$work/check-files.log" --check-files); then tail -3 "$work/check-files.log"
else tail -20 "$work/check-files.log"; passed=false; fi

if $passed; then step "PASSED"; else step "FAILED"; exit 1; fi
