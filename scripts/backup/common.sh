# Sourced by the backup scripts: where PostgreSQL's programs are, and how to run the server's as its own user.
# shellcheck shell=bash

# The program NAME: from $PG_BIN if set, else the PATH, else the usual install folders.
pg_tool() {
  local name=$1 dir
  if [[ -n ${PG_BIN:-} ]]; then echo "$PG_BIN/$name"; return; fi
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for dir in /usr/local/bin /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
    if [[ -x $dir/$name ]]; then echo "$dir/$name"; return; fi
  done
  echo "$name not found: set PG_BIN to the folder of PostgreSQL's programs" >&2
  return 1
}

# The server (postgres, pg_ctl, initdb) refuses to run as root: as root, run it as the postgres user.
as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u "${PG_OS_USER:-postgres}" -- "$@"; else "$@"; fi
}

# Makes a folder the server user owns (as root) or the caller owns (otherwise).
own_folder() {
  mkdir -p "$1"
  if [[ $(id -u) -eq 0 ]]; then chown -R "${PG_OS_USER:-postgres}:" "$1"; fi
}

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# Seconds since the epoch, with milliseconds, for timing steps.
now() { date +%s.%3N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
