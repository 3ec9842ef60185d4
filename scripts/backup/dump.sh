#!/usr/bin/env bash
# A logical export of one database with pg_dump's custom format (-Fc): compressed, restorable table by table and
# in parallel, readable by a newer PostgreSQL (the way to move across major versions). A snapshot of the moment
# it starts: consistent while the app writes, but nothing after it (no point-in-time recovery).
set -euo pipefail
# shellcheck source=scripts/backup/common.sh
source "$(dirname "$0")/common.sh"

if [[ $# -ne 2 ]]; then
  echo "usage: $(basename "$0") CONNINFO FILE.dump   (e.g. \"host=127.0.0.1 port=5432 user=postgres dbname=caunoi\" /backups/caunoi/dump/\$(date +%F).dump)" >&2
  exit 2
fi
conninfo=$1 file=$2
[[ ! -e $file ]] || die "$file exists"

started=$(now)
# Written beside, then renamed: a dump cut short never looks like a finished one.
"$(pg_tool pg_dump)" --format=custom --compress=6 --no-password --file="$file.partial" "$conninfo"
sync "$file.partial"
mv "$file.partial" "$file"
echo "dump: $file, $(du -h "$file" | cut -f1), $(elapsed "$started") s"
