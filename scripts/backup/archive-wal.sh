#!/usr/bin/env bash
# PostgreSQL's archive_command: copies one finished WAL segment into the archive, safely.
#   archive_command = '/opt/caunoi/scripts/backup/archive-wal.sh %p /backups/caunoi/wal/%f'
# Never overwrites: a segment already archived with the same bytes is success (PostgreSQL may ask twice after
# a crash), with other bytes a failure (two clusters writing into one archive). The copy is fsynced, then put
# under its final name by a hard link (atomic, and refused if the name exists), then the folder is fsynced,
# so a segment reported archived survives a power cut. A non-zero exit makes PostgreSQL keep the segment and retry.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $(basename "$0") SEGMENT_PATH ARCHIVE_PATH   (archive_command = '$0 %p /archive/dir/%f')" >&2
  exit 2
fi
source=$1 target=$2
folder=$(dirname "$target")

if [[ -e $target ]]; then
  if cmp -s "$source" "$target"; then exit 0; fi
  echo "archive-wal: $target exists with other contents; refusing to overwrite" >&2
  exit 1
fi

temporary=$(mktemp "$folder/.$(basename "$target").XXXXXX")
trap 'rm -f "$temporary"' EXIT
cp "$source" "$temporary"
sync "$temporary"
ln "$temporary" "$target"
sync "$folder"
