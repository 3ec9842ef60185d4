#!/usr/bin/env bash
# Unpacks a base backup made by base-backup.sh into a new data folder and checks every file against the
# backup's manifest (pg_verifybackup: sizes, SHA-256, and that the WAL it needs is there and readable).
set -euo pipefail
# shellcheck source=scripts/backup/common.sh
source "$(dirname "$0")/common.sh"

if [[ $# -ne 2 ]]; then
  echo "usage: $(basename "$0") BACKUP_FOLDER NEW_DATA_FOLDER" >&2
  exit 2
fi
backup=$1 data=$2
[[ -f $backup/backup_manifest ]] || die "$backup has no backup_manifest: not a base backup"
[[ ! -e $data ]] || die "$data exists: restore into a new folder"

untar() { # ARCHIVE FOLDER: tar picks the decompressor from the name (.gz, .zst, .lz4)
  case $1 in
    *.tar) tar -xf "$1" -C "$2" ;;
    *.tar.gz) tar -xzf "$1" -C "$2" ;;
    *.tar.zst) tar --use-compress-program=zstd -xf "$1" -C "$2" ;;
    *.tar.lz4) tar --use-compress-program=lz4 -xf "$1" -C "$2" ;;
    *) die "unknown archive $1" ;;
  esac
}

started=$(now)
mkdir -p "$data"
untar "$(ls "$backup"/base.tar*)" "$data"
mkdir -p "$data/pg_wal"
if ls "$backup"/pg_wal.tar* >/dev/null 2>&1; then untar "$(ls "$backup"/pg_wal.tar*)" "$data/pg_wal"; fi
for tablespace in "$backup"/[0-9]*.tar*; do
  [[ -e $tablespace ]] || continue
  die "the backup has a tablespace ($tablespace): extract it by hand to the path in $data/tablespace_map"
done
chmod 700 "$data"
echo "extracted: $data, $(du -sh "$data" | cut -f1), $(elapsed "$started") s"

started=$(now)
"$(pg_tool pg_verifybackup)" --quiet --manifest-path="$backup/backup_manifest" "$data"
echo "verified against the manifest: $(elapsed "$started") s"
own_folder "$data"
