#!/usr/bin/env bash
# Benchmarks (docs/benchmarks.md): bench/run.sh 10k|100k|1m
# Generates the corpus, bulk-loads it into database bench_<scale> on the PostgreSQL server at 127.0.0.1:5432
# (trust auth), starts the app jar in server mode (the start-up mass-indexes the empty index), measures, runs the
# baselines (PostgreSQL full-text search, raw Lucene, nginx) and prints a markdown table. Every phase is bounded
# with timeout; whatever this script starts it stops again (trap). Needs: java 17, psql, python3, wrk, nginx.
# BENCH_PREPARE_ONLY=1 stops after the corpus, the database and the index (what bench/soak.sh needs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SCALE=${1:?usage: bench/run.sh 10k|100k|1m}
case $SCALE in
  10k) STATEMENTS=10000 ;;
  100k) STATEMENTS=100000 ;;
  1m) STATEMENTS=1000000 ;;
  *) echo "scale: 10k, 100k or 1m" >&2; exit 2 ;;
esac
PORT=${BENCH_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
DURATION=${BENCH_DURATION:-15}          # seconds per wrk run
ROUNDS=${BENCH_ROUNDS:-30}              # rounds of the query mix for the in-JVM and PostgreSQL baselines
PG=postgresql://postgres@127.0.0.1:5432
DB=bench_$SCALE
WORK=$ROOT/bench/work/$SCALE
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"
LOG=$WORK/run.log
: > "$LOG"

APP_PID= NGINX_PID=
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
cleanup() {
  stop_app
  if [[ -n $NGINX_PID ]]; then kill "$NGINX_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

unpack_app

# --- corpus: generated once per scale, then reused ---
CORPUS=$WORK/corpus.ndjson
if [[ ! -s $CORPUS ]]; then
  say "generating $STATEMENTS statements"
  timeout 900 python3 bench/corpus/generate.py --statements "$STATEMENTS" --out "$CORPUS.tmp"
  mv "$CORPUS.tmp" "$CORPUS"
fi

# BENCH_REUSE=1 measures on the database and index a previous run (or BENCH_PREPARE_ONLY=1) left: no load and no
# mass indexing, whose rows in the table then say "reused"
REUSE=
if [[ -n ${BENCH_REUSE:-} && -d $WORK/index ]] && psql -tA "$PG/$DB" -c "select 1" >/dev/null 2>&1; then
  REUSE=1
fi
if [[ -n $REUSE ]]; then
  say "reusing $DB and $WORK/index"
  LOAD_S=reused INDEX_DOCS=reused INDEX_MS=1000 INDEX_RATE=0 INDEX_LOAD= RAW_INDEX_RATE=0 RAW_INDEX_LOAD=
  STATEMENT_ROWS=$(psql -tA "$PG/$DB" -c "select count(*) from statement")
  BRIEFING_ROWS=$(psql -tA "$PG/$DB" -c "select count(*) from briefing")
  INDEX_MB=$(( $(du -sb "$WORK/index" | cut -f1) / 1048576 ))
else
# --- database: fresh, migrated by the app itself (Flyway), then bulk-loaded ---
say "database $DB"
psql -q "$PG/postgres" -c "drop database if exists $DB with (force)" -c "create database $DB"
rm -rf "$WORK/index"
start_app "$WORK/app-migrate.log"
wait_healthy 600 >/dev/null
stop_app
say "bulk load"
t0=$(now_ms)
timeout 900 python3 bench/corpus/bulkload.py "$CORPUS" "$PG/$DB" 2>>"$LOG"
LOAD_S=$(( ($(now_ms) - t0) / 1000 ))
STATEMENT_ROWS=$(psql -tA "$PG/$DB" -c "select count(*) from statement")
BRIEFING_ROWS=$(psql -tA "$PG/$DB" -c "select count(*) from briefing")

# --- mass indexing: the app's own start-up rebuild (SearchIndexAdmin) of the empty index ---
say "mass indexing (app start-up)"
rm -rf "$WORK/index"
start_app "$WORK/app-index.log"
timeout 1500 bash -c "until grep -q 'Search index rebuilt' '$WORK/app-index.log'; do
  kill -0 $APP_PID 2>/dev/null || exit 1; sleep 1; done"
INDEX_LOAD=$(load)
read -r INDEX_DOCS INDEX_MS < <(sed -nE 's/.*Search index rebuilt.*: ([0-9]+) documents in the index after ([0-9]+) ms.*/\1 \2/p' "$WORK/app-index.log" | tail -1)
INDEX_RATE=$(( INDEX_DOCS * 1000 / INDEX_MS ))
INDEX_MB=$(( $(du -sb "$WORK/index" | cut -f1) / 1048576 ))
wait_healthy 600 >/dev/null
# the suggester's vocabulary of a database loaded without the app is built once, in the background, by reading every
# public text (VocabularyStore.buildAll); wait for it here, or the first measuring run builds it while it measures
say "suggester vocabulary (once per database)"
timeout 1200 bash -c "until grep -q 'Suggester vocabulary built' '$WORK/app-index.log'; do
  kill -0 $APP_PID 2>/dev/null || exit 1; sleep 1; done"
stop_app
if [[ -n ${BENCH_PREPARE_ONLY:-} ]]; then # database and index ready for bench/soak.sh; nothing measured
  say "prepared $DB and $WORK/index ($INDEX_DOCS documents)"; exit 0
fi

say "raw Lucene IndexWriter (same texts, same analyzers)"
rm -rf "$WORK/raw-index"
RAW_INDEX=$(timeout 1200 java -cp "$APP/lib/*:$APP_JAR" bench/src/LuceneBaseline.java index "jdbc:postgresql://127.0.0.1:5432/$DB" "$WORK/raw-index" | grep INDEXING)
RAW_INDEX_LOAD=$(load)
RAW_INDEX_RATE=$(sed -E 's/.*docs_per_s=([0-9]+).*/\1/' <<<"$RAW_INDEX")
rm -rf "$WORK/raw-index"
fi

# --- start-up to healthy with the index in place ---
say "start-up"
start_app "$WORK/app.log"
STARTUP_MS=$(wait_healthy 600)
STARTUP_LOAD=$(load)
wait_background_builds "$WORK/app.log"

BRIEFING=$(psql -tA "$PG/$DB" -c "select slug from briefing where slug like 'bench-%' order by id limit 1 offset (select count(*) / 2 from briefing)")
SEARCH_PAGE="/search?q=support+ukraine"
for path in / "/briefings/$BRIEFING" "$SEARCH_PAGE" "/api/v1/search?q=Verteidigung"; do # warm-up
  for _ in 1 2 3 4 5; do curl -sf -o /dev/null "$BASE$path"; done
done

wrk_latency() { # $1 path prefix; one connection, so latency is not queueing
  SEARCH_PATH=$1 QUERIES=bench/queries.tsv timeout $((DURATION + 30)) \
    wrk -t1 -c1 -d"${DURATION}s" -s bench/search-mix.lua "$BASE" | grep LATENCY_MS
}
field() { sed -E "s/.*$1=([0-9.]+).*/\1/" <<<"$2"; }

say "search latency over HTTP (query mix, 1 connection)"
ACCESS_BEFORE=$(wc -l < "$WORK/access.log")
HTTP_LAT=$(wrk_latency /api/v1/search)
HTTP_LOAD=$(load)
PHASES=$(search_phases_p95)
# in-process: Tomcat's own processing time (%D, microseconds) of the same requests, from the access log
IN_LAT=$(tail -n +$((ACCESS_BEFORE + 1)) "$WORK/access.log" | grep ' /api/v1/search' | awk '{print $1}' | sort -n | awk '{a[NR]=$1} END {
  split("50 95 99", p, " "); out="LATENCY_MS";
  for (i = 1; i <= 3; i++) { k = int(NR * p[i] / 100 + 0.999); if (k < 1) k = 1; out = out sprintf(" p%s=%.2f", p[i], a[k] / 1000) }
  print out " requests=" NR }')

page_rps() { # $1 connections, $2 path
  timeout $((DURATION + 30)) wrk -t2 -c"$1" -d"${DURATION}s" "$BASE$2" | sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p'
}
say "page throughput"
declare -A RPS RPS_LOAD
for c in 16 64; do
  for page in home briefing search; do
    case $page in home) p=/ ;; briefing) p=/briefings/$BRIEFING ;; search) p=$SEARCH_PAGE ;; esac
    RPS[$page$c]=$(page_rps "$c" "$p"); RPS_LOAD[$page$c]=$(load)
  done
done

say "memory"
HEAP_MB=$(heap_after_gc_mb)
RSS_MB=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$APP_PID/status")

# --- baseline: nginx serving a static copy of the same briefing page ---
say "nginx"
mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
curl -sf "$BASE/briefings/$BRIEFING" > "$WORK/nginx/html/briefing.html"
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; }
}
EOF
stop_app # the app does not compete with nginx for the two cores
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
NGINX_RPS64=$(timeout $((DURATION + 30)) wrk -t2 -c64 -d"${DURATION}s" "http://127.0.0.1:$NGINX_PORT/briefing.html" | sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p')
NGINX_LOAD=$(load)
kill "$NGINX_PID"; NGINX_PID=

# --- baseline: raw Lucene IndexSearcher on the app's index (app stopped, same queries) ---
say "raw Lucene search"
# the app's own window and bonus queries: LuceneBaseline starts the app on the same database and index to build them
# (with its learned translations), checks that they find what the app's window finds, stops it, then times them
LUCENE_OUT=$(timeout 900 java -cp "$APP/lib/*:$APP_JAR" bench/src/LuceneBaseline.java search "$WORK/index" \
  bench/queries.tsv "$ROUNDS" "jdbc:postgresql://127.0.0.1:5432/$DB" 2>>"$LOG" | tee -a "$LOG")
LUCENE_LAT=$(grep LATENCY_MS <<<"$LUCENE_OUT")
LUCENE_PARITY=$(grep -E '^PARITY [0-9]' <<<"$LUCENE_OUT" | sed 's/^PARITY //')
LUCENE_LOAD=$(load)

# --- baseline: PostgreSQL full-text search (tsvector + GIN per language configuration, ts_rank, top 10) ---
say "PostgreSQL full-text search"
t0=$(now_ms)
timeout 1800 psql -q -v ON_ERROR_STOP=1 "$PG/$DB" -f bench/pg-fts-setup.sql
FTS_BUILD_S=$(( ($(now_ms) - t0) / 1000 ))
timeout 900 python3 bench/pg_fts_queries.py bench/queries.tsv "$ROUNDS" > "$WORK/fts.sql"
PG_LAT=$(timeout 900 psql -X "$PG/$DB" -f "$WORK/fts.sql" 2>&1 | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | sort -n | awk '{a[NR]=$1} END {
  split("50 95 99", p, " "); out="LATENCY_MS";
  for (i = 1; i <= 3; i++) { k = int(NR * p[i] / 100 + 0.999); if (k < 1) k = 1; out = out sprintf(" p%s=%.2f", p[i], a[k]) }
  print out " requests=" NR }')
PG_LOAD=$(load)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }

{
echo
echo "## Scale $SCALE: $BRIEFING_ROWS briefings, $STATEMENT_ROWS statements ($(date -u +%F), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB)"
echo
echo "| measure | value | load avg (1 min) |"
echo "|---|---|---|"
echo "| bulk load (COPY) | ${LOAD_S} s | |"
echo "| mass indexing (app, MassIndexer) | $INDEX_DOCS docs in $((INDEX_MS / 1000)) s = **$INDEX_RATE docs/s** | $INDEX_LOAD |"
echo "| raw Lucene IndexWriter, same texts and analyzers | $RAW_INDEX_RATE docs/s (app/raw = $(ratio "$INDEX_RATE" "$RAW_INDEX_RATE")) | $RAW_INDEX_LOAD |"
echo "| index size | $INDEX_MB MiB | |"
echo "| search in-process (Tomcat %D), p50 / p95 / p99 | $(field p50 "$IN_LAT") / $(field p95 "$IN_LAT") / $(field p99 "$IN_LAT") ms | $HTTP_LOAD |"
echo "| search over HTTP (wrk, 1 conn), p50 / p95 / p99 | $(field p50 "$HTTP_LAT") / $(field p95 "$HTTP_LAT") / $(field p99 "$HTTP_LAT") ms ($(field requests "$HTTP_LAT") requests) | $HTTP_LOAD |"
echo "| search phases in the app (SearchTimings), p95 | $(sed -E 's/=/ /g; s/ ([0-9.?]+)/ \1 ms,/g; s/,$//' <<<"$PHASES") | $HTTP_LOAD |"
echo "| raw Lucene IndexSearcher, p50 / p95 / p99 | $(field p50 "$LUCENE_LAT") / $(field p95 "$LUCENE_LAT") / $(field p99 "$LUCENE_LAT") ms | $LUCENE_LOAD |"
echo "| raw Lucene asks the app's own window query: parity | $LUCENE_PARITY | |"
echo "| PostgreSQL FTS (psql), p50 / p95 / p99 | $(field p50 "$PG_LAT") / $(field p95 "$PG_LAT") / $(field p99 "$PG_LAT") ms (GIN build ${FTS_BUILD_S} s) | $PG_LOAD |"
for page in home briefing search; do
  echo "| $page page, 16 / 64 connections | ${RPS[${page}16]} / ${RPS[${page}64]} req/s | ${RPS_LOAD[${page}16]} / ${RPS_LOAD[${page}64]} |"
done
echo "| nginx, static copy of the briefing page, 64 connections | $NGINX_RPS64 req/s | $NGINX_LOAD |"
echo "| heap after GC / RSS | $HEAP_MB MiB / $RSS_MB MiB | |"
echo "| start-up to healthy (index in place) | $STARTUP_MS ms | $STARTUP_LOAD |"
echo
echo "| target | ratio | goal |"
echo "|---|---|---|"
echo "| search p95 HTTP / PostgreSQL FTS p95 | $(ratio "$(field p95 "$HTTP_LAT")" "$(field p95 "$PG_LAT")") | ≤ 0.2 |"
echo "| search p95 HTTP / raw Lucene p95 | $(ratio "$(field p95 "$HTTP_LAT")" "$(field p95 "$LUCENE_LAT")") | ≤ 2 |"
echo "| search p95 HTTP / the app's own index query (one window query) p95 | $(ratio "$(field p95 "$HTTP_LAT")" "$(field window "$PHASES")") | ≤ 2 |"
echo "| briefing page 64 conn / nginx | $(ratio "${RPS[briefing64]}" "$NGINX_RPS64") | ≥ 0.20 |"
echo "| mass indexing / raw IndexWriter | $(ratio "$INDEX_RATE" "$RAW_INDEX_RATE") | ≥ 0.50 |"
echo "| heap after GC | $HEAP_MB MiB | < 1024 MiB |"
} | tee "$WORK/result.md"
