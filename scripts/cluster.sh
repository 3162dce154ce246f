#!/usr/bin/env bash
# Several nodes on one machine, for trying it out (no Docker): a throwaway PostgreSQL cluster and a
# redis-server from the Debian packages on loopback, NODES app nodes (default 2) on ports 5101, 5102, …,
# and nginx in front on port 8080 with sticky sessions (ip_hash; see README "Running on several nodes").
# Everything lives in one temp folder and is stopped and removed on Ctrl+C (or SIGTERM).
# Other ports: PROXY_PORT, PG_PORT, REDIS_PORT, NODE_PORT_BASE (node i listens on NODE_PORT_BASE + i);
# APP=path/to/OffeneVersammlung.Facilitator.dll runs that build instead of building Release first.
set -euo pipefail
cd "$(dirname "$0")/.."

NODES=${NODES:-2}
PROXY_PORT=${PROXY_PORT:-8080}
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
NODE_PORT_BASE=${NODE_PORT_BASE:-5100}

need_apt=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need_apt+=(postgresql)
[ -x /usr/bin/redis-server ] || need_apt+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    # Wait for another apt-get (a shared machine's other installs) instead of failing on its lock.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Please install: ${need_apt[*]} (e.g. sudo apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
fi

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
# Debian puts nginx in /usr/sbin, which is not on every user's PATH.
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
work=$(mktemp -d /tmp/ov-cluster-XXXXXX)
chmod 755 "$work"
echo "Data and logs in $work (removed when stopped)"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "PostgreSQL on 127.0.0.1:$PG_PORT"
mkdir -p "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
as_pg "$pg_bin/initdb" -D "$work/pg" -U versammlung --auth=trust >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $work/pg" -w start >/dev/null
"$pg_bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U versammlung versammlung

echo "Redis on 127.0.0.1:$REDIS_PORT"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
pids+=($!)

if [ -n "${APP:-}" ]; then
  app=$APP
else
  dotnet build src/Facilitator -c Release -nologo -v q
  app=src/Facilitator/bin/Release/net10.0/OffeneVersammlung.Facilitator.dll
fi
upstream=""
node_pids=()
for i in $(seq 1 "$NODES"); do
  port=$((NODE_PORT_BASE + i))
  echo "Node $i on 127.0.0.1:$port"
  ASPNETCORE_ENVIRONMENT=Production \
  OffeneVersammlung__Storage=PostgreSQL \
  OffeneVersammlung__Backplane=Redis \
  OffeneVersammlung__PublicUrl="http://127.0.0.1:$PROXY_PORT" \
  OffeneVersammlung__TrustedProxies__0=127.0.0.1 \
  ConnectionStrings__PostgreSQL="Host=127.0.0.1;Port=$PG_PORT;Database=versammlung;Username=versammlung" \
  ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" \
    dotnet "$app" --urls "http://127.0.0.1:$port" >"$work/node$i.log" 2>&1 &
  pids+=($!)
  node_pids+=($!)
  upstream+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
done

cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  upstream nodes {
    # Sticky by client address: a Blazor circuit lives in one node's memory, and SignalR's negotiate and
    # its WebSocket must reach the same node. When a node dies, its clients land on another by themselves.
    ip_hash;
$upstream  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://nodes;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout;
    }
  }
}
NGINX
for i in $(seq 1 "$NODES"); do
  port=$((NODE_PORT_BASE + i))
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null; do
    if ! kill -0 "${node_pids[$((i - 1))]}" 2>/dev/null; then
      echo "Node $i did not start:" >&2
      tail -n 30 "$work/node$i.log" >&2
      exit 1
    fi
    sleep 0.5
  done
done
# -e: the error log from the start, before the config is read (the default one is root's only).
"$nginx_bin" -e "$work/nginx-error.log" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
pids+=("$nginx_pid")
# Say "open" only once nginx listens and reaches a node.
until curl -fs "http://127.0.0.1:$PROXY_PORT/health" >/dev/null; do
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    echo "nginx did not start:" >&2
    cat "$work/nginx-error.log" >&2
    exit 1
  fi
  sleep 0.2
done
echo "Open http://127.0.0.1:$PROXY_PORT/ (health of node i: http://127.0.0.1:$((NODE_PORT_BASE + 1))/health, …). Ctrl+C stops everything."
wait
