#!/usr/bin/env bash
# Retention: keeps the KEEP newest base backups of BASE_FOLDER (one sub-folder each, as base-backup.sh makes them,
# named so that they sort by date, e.g. 2026-12-06), deletes the older ones, then removes from the WAL archive the
# segments older than the oldest backup kept, with PostgreSQL's pg_archivecleanup. Assumes 16 MB WAL segments.
set -euo pipefail
# shellcheck source=scripts/backup/common.sh
source "$(dirname "$0")/common.sh"

if [[ $# -ne 3 || ! $1 =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $(basename "$0") KEEP BASE_FOLDER WAL_ARCHIVE   (e.g. 7 /backups/caunoi/base /backups/caunoi/wal)" >&2
  exit 2
fi
keep=$1 base=$2 archive=$3

mapfile -t backups < <(find "$base" -mindepth 1 -maxdepth 1 -type d -exec test -f {}/backup_manifest \; -print | sort)
[[ ${#backups[@]} -gt 0 ]] || die "no base backup in $base"
expired=$(( ${#backups[@]} > keep ? ${#backups[@]} - keep : 0 ))
for backup in "${backups[@]:0:expired}"; do echo "deleting $backup"; rm -rf "$backup"; done
oldest=${backups[expired]}

# The first WAL segment the oldest kept backup needs, from its manifest: "WAL-Ranges": [{ "Timeline": 1, "Start-LSN": "0/2000028", …
range=$(tr -d '\n ' < "$oldest/backup_manifest" | grep -o '"WAL-Ranges":\[{[^}]*}' | head -1)
timeline=$(grep -o '"Timeline":[0-9]*' <<<"$range" | cut -d: -f2)
lsn=$(grep -o '"Start-LSN":"[0-9A-F/]*"' <<<"$range" | cut -d'"' -f4)
segment=$(( (16#${lsn%/*} << 32 | 16#${lsn#*/}) / (16 * 1024 * 1024) ))
first=$(printf "%08X%08X%08X" "$timeline" $((segment / 256)) $((segment % 256)))
echo "oldest kept: $oldest (from WAL $first); removing older archived WAL"
"$(pg_tool pg_archivecleanup)" "$archive" "$first"
