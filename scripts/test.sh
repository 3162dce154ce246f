#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the browser and interop tests need,
# then every test project of the solution.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# Debian packages npm apart from nodejs: a machine may have node without npm.
{ command -v node && command -v npm; } >/dev/null 2>&1 || need_apt+=(nodejs npm)
# The invitation's poster and flyer (PDFsharp) are set in DejaVu Sans, read from Debian's package at run time.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || need_apt+=(fonts-dejavu-core)
# The store tests start a throwaway PostgreSQL cluster from the Debian binaries (no system service is used).
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need_apt+=(postgresql)
# The several-nodes tests start a throwaway redis-server on loopback (tests/Testing/RedisServer.cs).
[ -x /usr/bin/redis-server ] || need_apt+=(redis-server)
# The cluster script's test runs scripts/cluster.sh with nginx in front of two nodes.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Please install: ${need_apt[*]} (e.g. sudo apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
fi

for dir in tests/*/js; do
  if [ -f "$dir/package.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --silent)
  fi
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test OffeneVersammlung.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?

# One plain closing line over all test projects.
awk '/^(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
  gsub(",", ""); failed += $4; passed += $6
} END { printf "tests: %d passed, %d failed\n", passed, failed }' "$log"
exit "$status"
