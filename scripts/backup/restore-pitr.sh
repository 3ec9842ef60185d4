#!/usr/bin/env bash
# Point-in-time restore into a NEW cluster: the base backup, then the archived WAL replayed up to the chosen
# moment, then the cluster promoted (it leaves recovery and takes writes on a new timeline). The old cluster and
# the archive are not touched. Archiving is off on the restored cluster, so a drill never writes into the
# production archive; a cluster that replaces production gets archive_mode back on and a new base backup.
set -euo pipefail
# shellcheck source=scripts/backup/common.sh
source "$(dirname "$0")/common.sh"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") -b BASE_BACKUP -w WAL_ARCHIVE -D NEW_DATA -p PORT TARGET [-o SERVER_OPTIONS] [--timeout SECONDS]
  TARGET is one of:
    --time 'YYYY-MM-DD HH:MM:SS.ffffff+00'  replay every transaction committed at or before this moment
    --name RESTORE_POINT                    up to a point made by SELECT pg_create_restore_point('...')
    --lsn LSN                               up to a WAL position
    --latest                                everything in the archive
  -D NEW_DATA   the new cluster's data folder (must not exist); its log is NEW_DATA/restore.log
  -p PORT       the port it listens on, on 127.0.0.1 (and its socket in NEW_DATA)
  -o OPTIONS    more options for the server, e.g. "-c max_connections=200": settings the old server had from its
                command line are not in the backup, and max_connections, max_worker_processes, max_wal_senders,
                max_prepared_transactions and max_locks_per_transaction must be at least the old server's
USAGE
  exit 2
}

backup="" archive="" data="" port="" options="" timeout=3600 target=()
while [[ $# -gt 0 ]]; do
  case $1 in
    -b) backup=$2; shift 2 ;;
    -w) archive=$(realpath "$2"); shift 2 ;;
    -D) data=$(realpath -m "$2"); shift 2 ;;
    -p) port=$2; shift 2 ;;
    -o) options=$2; shift 2 ;;
    --time) target=("recovery_target_time = '$2'"); shift 2 ;;
    --name) target=("recovery_target_name = '$2'"); shift 2 ;;
    --lsn) target=("recovery_target_lsn = '$2'"); shift 2 ;;
    --latest) target=("# recovery_target: none, replay the whole archive"); shift ;;
    --timeout) timeout=$2; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n $backup && -n $archive && -n $data && -n $port && ${#target[@]} -eq 1 ]] || usage
[[ -d $archive ]] || die "no WAL archive at $archive"

started=$(now)
"$(dirname "$0")/extract-base-backup.sh" "$backup" "$data"

# restore_command fetches each segment from the archive; cp fails for a segment not there, which tells
# PostgreSQL the archive ends. recovery.signal asks for targeted recovery, then promotion at the target.
cat >> "$data/postgresql.auto.conf" <<CONF
# Added by restore-pitr.sh $(date -u +%FT%TZ)
restore_command = 'cp "$archive/%f" "%p"'
${target[0]}
recovery_target_action = 'promote'
archive_mode = off
CONF
touch "$data/recovery.signal"
own_folder "$data"

replay=$(now)
pg_ctl=$(pg_tool pg_ctl)
# -w returns once the server takes connections: during recovery, as soon as the backup is consistent.
as_server_user "$pg_ctl" -D "$data" -l "$data/restore.log" -w -t "$timeout" \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 $options" start >/dev/null \
  || { tail -20 "$data/restore.log" >&2; die "the restored server did not start; see $data/restore.log"; }

# Then wait for the promotion at the target (pg_is_in_recovery() turns false). A target the archive does not
# reach stops the server with "recovery ended before configured recovery target was reached".
psql=$(pg_tool psql)
until [[ $("$psql" -h 127.0.0.1 -p "$port" -U "${PGUSER:-postgres}" -d postgres -Atqc "SELECT pg_is_in_recovery()" 2>/dev/null || true) == f ]]; do
  as_server_user "$pg_ctl" -D "$data" status >/dev/null || { tail -20 "$data/restore.log" >&2; die "the restored server stopped; see $data/restore.log"; }
  [[ $(elapsed "$replay" | cut -d. -f1) -lt $timeout ]] || die "not promoted within $timeout s; see $data/restore.log"
  sleep 0.2
done
echo "replayed and promoted: $(elapsed "$replay") s"
echo "restored: port $port, data $data, $(elapsed "$started") s in all"
