#!/usr/bin/env bash
# Publishes the host in Release (trimmed phone app), starts it on a spare port and measures the
# phone's first visit with bench/FirstLoad (Chromium via Playwright) through a slow link of its own
# (bench/FirstLoad/SlowLink.cs). Needs /usr/bin/chromium. Options after the script name go to the
# measurement: --browsers first,nowasm,wasm (a first visit as the host chooses, a browser without
# WebAssembly, the WebAssembly phone by ?mode=wasm), --crowd 60 (phones at once through the shared
# link; 0 skips it), --crowd-browsers nowasm,wasm, --repeat 1 (single-phone timings), -v (every response),
# --timeline (only: one phone per browser kind on Fast 3G, every request and WebSocket frame in time).
set -euo pipefail
cd "$(dirname "$0")/.."
# FIRST_LOAD_PORT: another port when 5199 is taken (others may run this on the same machine).
# FIRST_LOAD_PUBLISHED=dir: measure an app published there before instead of publishing again.
port=${FIRST_LOAD_PORT:-5199}
out=$(mktemp -d)
if [ -n "${FIRST_LOAD_PUBLISHED:-}" ]; then
  cp -r "$FIRST_LOAD_PUBLISHED" "$out/app"
else
  dotnet publish src/Facilitator -c Release -o "$out/app" >/dev/null
fi
dotnet build bench/FirstLoad -c Release >/dev/null
(cd "$out/app" && exec env OffeneVersammlung__DatabasePath="$out/measure.db" OffeneVersammlung__AssembliesPerAddressPerHour=1000 ASPNETCORE_URLS=http://127.0.0.1:$port dotnet OffeneVersammlung.Facilitator.dll >"$out/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 60); do curl -sf http://127.0.0.1:$port/health >/dev/null && break; sleep 1; done
dotnet bench/FirstLoad/bin/Release/net10.0/OffeneVersammlung.Bench.FirstLoad.dll http://127.0.0.1:$port/ "$@"
