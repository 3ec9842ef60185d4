#!/usr/bin/env bash
# Restores a dump made by dump.sh into a NEW database (created here, refused if it exists), with JOBS parallel
# workers; the roles the dump names must exist on the server (the app's owner role). Stops at the first error.
set -euo pipefail
# shellcheck source=scripts/backup/common.sh
source "$(dirname "$0")/common.sh"

if [[ $# -lt 3 || $# -gt 4 ]]; then
  echo "usage: $(basename "$0") FILE.dump SERVER_CONNINFO NEW_DATABASE [JOBS]   (e.g. x.dump \"host=127.0.0.1 port=5432 user=postgres\" caunoi_restored 2)" >&2
  exit 2
fi
file=$1 server=$2 database=$3 jobs=${4:-2}
[[ $database =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name '$database': lower-case letters, digits and _ only"

started=$(now)
"$(pg_tool psql)" -d "$server dbname=postgres" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $database"
"$(pg_tool pg_restore)" --dbname="$server dbname=$database" --jobs="$jobs" --exit-on-error --no-password "$file"
"$(pg_tool psql)" -d "$server dbname=$database" -qc "ANALYZE"
echo "restored: database $database, $(elapsed "$started") s"
