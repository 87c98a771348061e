#!/usr/bin/env bash
# Search-page throughput of cluster mode with one app node and with two (docs/scaling.md), on loopback:
#   bench/cluster.sh
# Builds the app jar and the cluster test classes if missing, starts OpenSearch 2.19 (StandaloneOpenSearch, from
# the cluster profile's test classes: in-process runner, ICU/Stempel names over the Lucene classes) in a JVM of its
# own, creates database cluster_bench on the PostgreSQL server at 127.0.0.1:5432 (trust auth, dropped first), starts
# app node 1 (profile cluster, loads the demo corpus), then node 2, each behind nginx (round robin, as
# docker/cluster/nginx.conf), and measures the search page (/search, the query mix of bench/queries.tsv) with
# wrk -t2 -c16 after a warm-up. Whatever it starts it stops again (trap), by process id.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/bench/work/cluster
mkdir -p "$WORK"
DURATION=${BENCH_DURATION:-15}
OS_PORT=${BENCH_OPENSEARCH_PORT:-19200}
NODE_PORTS=(18091 18092)
LB_PORT=${BENCH_NGINX_PORT:-18090}
DB=cluster_bench
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do timeout 60 tail --pid="$pid" -f /dev/null || kill -9 "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
say() { echo "[$(date -u +%T)] $*" >&2; }

JAR=$(ls "$ROOT"/target/defence-newsroom-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [[ -z $JAR ]]; then
  timeout 900 ./mvnw -B -q -DskipTests package
  JAR=$(ls "$ROOT"/target/defence-newsroom-*.jar | grep -v plain | head -1)
fi
if [[ ! -f target/test-classes/eu/newsroom/cluster/StandaloneOpenSearch.class || ! -s $WORK/classpath.txt ]]; then
  timeout 900 ./mvnw -B -q -Pcluster test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/classpath.txt"
fi

say "OpenSearch on $OS_PORT"
java -Xmx1g -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory \
  -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" eu.newsroom.cluster.StandaloneOpenSearch \
  "$OS_PORT" > "$WORK/opensearch.log" 2>&1 &
PIDS+=($!)
timeout 180 bash -c "until curl -sf http://127.0.0.1:$OS_PORT/_cluster/health >/dev/null; do sleep 1; done"

psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB" postgres
createdb -h 127.0.0.1 -U postgres "$DB"

start_node() { # $1 index into NODE_PORTS; $2 load the demo corpus
  local port=${NODE_PORTS[$1]}
  say "app node $(($1 + 1)) on $port"
  java -Xmx1g -jar "$JAR" --spring.profiles.active=cluster --server.port="$port" \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
    --NEWSROOM_OPENSEARCH_URL=http://127.0.0.1:$OS_PORT --newsroom.import.load-demo-corpus="$2" \
    --newsroom.bootstrap-admin.username=chief@bench.example \
    --newsroom.bootstrap-admin.password=a-long-benchmark-password \
    --newsroom.rate-limits.enabled=false > "$WORK/node-$(($1 + 1)).log" 2>&1 &
  PIDS+=($!)
  timeout 300 bash -c "until curl -sf http://127.0.0.1:$port/actuator/health/readiness >/dev/null; do sleep 1; done"
}

balance() { # $@: node ports; (re)starts nginx with them as its upstream
  mkdir -p "$WORK/nginx/logs"
  {
    echo "worker_processes 1; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/logs/error.log;"
    echo "events {} http { access_log off; upstream newsroom {"
    for port in "$@"; do echo "server 127.0.0.1:$port;"; done
    echo "keepalive 32; } server { listen 127.0.0.1:$LB_PORT; location / { proxy_pass http://newsroom;"
    echo "proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$host; } } }"
  } > "$WORK/nginx/nginx.conf"
  if [[ -f $WORK/nginx/nginx.pid ]] && kill -0 "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null; then
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s reload
    sleep 2
  else
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
    PIDS+=($!)
    sleep 1
  fi
}

measure() { # $1 label
  local before
  before=$(cut -d' ' -f1 /proc/loadavg)
  SEARCH_PATH=/search timeout 60 wrk -t2 -c16 -d5s --timeout 30s -s bench/search-mix.lua "http://127.0.0.1:$LB_PORT" >/dev/null
  local out
  out=$(SEARCH_PATH=/search timeout $((DURATION + 45)) wrk -t2 -c16 -d"${DURATION}s" --timeout 30s -s bench/search-mix.lua \
    "http://127.0.0.1:$LB_PORT")
  echo "$out" > "$WORK/wrk-$1.txt"
  echo "| $1 | $(echo "$out" | sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p') | $(echo "$out" | grep LATENCY_MS) |" \
    "$before / $(cut -d' ' -f1 /proc/loadavg) |"
}

start_node 0 true
balance "${NODE_PORTS[0]}"
say "one node"
ONE=$(measure one-node)
start_node 1 false
balance "${NODE_PORTS[@]}"
say "two nodes"
TWO=$(measure two-nodes)
echo "| nodes | search page req/s | latency (ms) | 1-min load before / after |"
echo "|---|---|---|---|"
echo "$ONE"
echo "$TWO"
echo "($(nproc) cores shared with other work, see the load; $(date -u +%F), wrk -t2 -c16 -d${DURATION}s --timeout 30s through nginx on loopback)"
