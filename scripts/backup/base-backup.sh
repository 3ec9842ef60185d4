#!/usr/bin/env bash
# A base backup with pg_basebackup: the whole cluster as compressed tar files with a manifest (backup_manifest,
# SHA-256 of every file), plus the WAL needed to make it consistent (pg_wal.tar.*). Taken online, while the app
# writes. With the WAL archive it is the starting point of a point-in-time restore (restore-pitr.sh).
set -euo pipefail
# shellcheck source=scripts/backup/common.sh
source "$(dirname "$0")/common.sh"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") -d CONNINFO -o FOLDER [--compress zstd|gzip|lz4|none] [--verify]
  -d CONNINFO   how to reach the server, as a replication-capable user ("host=127.0.0.1 port=5432 user=postgres")
  -o FOLDER     the new backup's folder; created, must not exist (e.g. /backups/caunoi/base/\$(date +%F))
  --compress    client-side compression of the tar files (default zstd, fast on few cores)
  --verify      afterwards, extract into a scratch folder and check it against the manifest with pg_verifybackup
USAGE
  exit 2
}

conninfo="" folder="" compress=zstd verify=false
while [[ $# -gt 0 ]]; do
  case $1 in
    -d) conninfo=$2; shift 2 ;;
    -o) folder=$2; shift 2 ;;
    --compress) compress=$2; shift 2 ;;
    --verify) verify=true; shift ;;
    *) usage ;;
  esac
done
[[ -n $conninfo && -n $folder ]] || usage
[[ ! -e $folder ]] || die "$folder exists: a backup goes into a new folder"

started=$(now)
# --checkpoint=fast: start at once instead of after a spread checkpoint; -X stream: the WAL written during the
# backup comes with it, so the backup is usable even without the archive.
"$(pg_tool pg_basebackup)" -d "$conninfo" -D "$folder" --format=tar --compress="client-$compress" \
  --wal-method=stream --checkpoint=fast --manifest-checksums=SHA256 --label="caunoi $(date -u +%FT%TZ)" --no-password
echo "base backup: $folder, $(du -sh "$folder" | cut -f1), $(elapsed "$started") s"

if $verify; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  "$(dirname "$0")/extract-base-backup.sh" "$folder" "$scratch/data"
fi
