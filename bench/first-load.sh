#!/usr/bin/env bash
# Publishes the host in Release (trimmed phone app), starts it on a spare port and measures the
# phone's first visit with bench/FirstLoad (Chromium via Playwright). Needs /usr/bin/chromium.
# Options after the script name go to the measurement (-v lists every response).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
dotnet publish src/Facilitator -c Release -o "$out/app" >/dev/null
dotnet build bench/FirstLoad -c Release >/dev/null
(cd "$out/app" && exec env OffeneVersammlung__DatabasePath="$out/measure.db" ASPNETCORE_URLS=http://127.0.0.1:5199 dotnet OffeneVersammlung.Facilitator.dll >"$out/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 60); do curl -sf http://127.0.0.1:5199/health >/dev/null && break; sleep 1; done
dotnet bench/FirstLoad/bin/Release/net10.0/OffeneVersammlung.Bench.FirstLoad.dll http://127.0.0.1:5199/ "$@"
