#!/usr/bin/env bash
# Runs the PostgreSQL restart test N times in a row (default 30) with both cores kept busy by stress-ng,
# as docs/reliability.md §7 reports. Needs stress-ng (apt-get install stress-ng) and the PostgreSQL binaries.
# Usage: bench/restart-test-under-load.sh [N] [log folder]
set -uo pipefail
cd "$(dirname "$0")/.."
n=${1:-30}; logs=${2:-$(mktemp -d)}; mkdir -p "$logs"
dotnet build tests/CauNoi.Tests >/dev/null || exit 1
stress-ng --cpu "$(nproc)" --timeout 3h >/dev/null 2>&1 &
load=$!
trap 'kill $load 2>/dev/null' EXIT
passed=0
for i in $(seq 1 "$n"); do
  if CI=true dotnet tests/CauNoi.Tests/bin/Debug/net10.0/CauNoi.Tests.dll -method "*SubmissionsWhilePostgresRestarts*" >"$logs/run-$i.log" 2>&1; then
    passed=$((passed + 1))
  else
    echo "run $i failed: $logs/run-$i.log"
  fi
done
echo "$passed of $n passed; logs in $logs"
[ "$passed" = "$n" ]
