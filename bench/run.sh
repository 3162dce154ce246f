#!/usr/bin/env bash
# Runs the benchmarks (bench/README.md): builds Release, starts the real app and a bare SignalR hub
# pinned to core 0, runs the load generator pinned to core 1, prints the tables; then the phone's
# first load in Chromium. Options:
#   --quick             N = 100 and 1,000, short windows, fewer throughput levels (a few minutes)
#   --no-first-load     skip the Chromium measurement
#   anything else goes to the load generator, e.g. --sizes 2000 --rate 20 --seconds 15
#   --levels 1,16,500 --only fanout,throughput,recovery --out results.md
#   --only wall         issue 16: the console's clustering wall as a real circuit, 150 cards, 500 phones
#   --store postgresql --nodes 2   issue 15: a throwaway PostgreSQL and redis-server, two app nodes (all on core 0)
#   --only assemblies   100 assemblies × 40 phones voting at once, each assembly's vote → board p99
#   --only idle         issue 20's memory rows: N phones joined, then idle (--idle-sizes, --idle-assemblies)
set -euo pipefail
cd "$(dirname "$0")/.."
first_load=1
args=()
for a in "$@"; do
  if [ "$a" = "--no-first-load" ]; then first_load=0; else args+=("$a"); fi
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -r)"
dotnet build src/Facilitator -c Release -nologo -v q >/dev/null
dotnet build bench/BareHub -c Release -nologo -v q >/dev/null
dotnet build bench/ConsoleHost -c Release -nologo -v q >/dev/null
dotnet build bench/Load -c Release -nologo -v q >/dev/null
# Every socket is a descriptor on both sides: lift the limit as far as the machine lets (50,000 idle phones want more
# than 50,000 in the server; where the hard limit is lower, e.g. 20,000, and cannot be raised, the idle step spreads its
# phones over generator processes and the app over nodes: bench/README.md, "Idle phones").
ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "descriptors per process: $(ulimit -n); ephemeral ports: $(tr '\t' '-' </proc/sys/net/ipv4/ip_local_port_range); somaxconn: $(cat /proc/sys/net/core/somaxconn)"
generator_cores=1
if [ "$(nproc)" -lt 2 ]; then generator_cores=0; fi
nice -n -10 true 2>/dev/null && nice=(nice -n -10) || nice=()
"${nice[@]}" taskset -c "$generator_cores" dotnet bench/Load/bin/Release/net10.0/OffeneVersammlung.Bench.Load.dll "${args[@]}"

if [ "$first_load" = 1 ]; then
  ./bench/first-load.sh
fi
