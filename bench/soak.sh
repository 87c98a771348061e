#!/usr/bin/env bash
# Soak (issue 8, docs/reliability.md): bench/soak.sh [SCALE] — 10 minutes (SOAK_SECONDS) of mixed traffic at
# 64 connections (bench/soak-mix.lua: pages, searches, feeds, a few imports) against the app on the database
# bench/run.sh SCALE left (bench_10k by default). Prints the requests, errors, latency percentiles and the heap
# after a full GC once a minute; the answer is also kept in bench/work/soak-<scale>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCALE=${1:-10k}
SECONDS_TOTAL=${SOAK_SECONDS:-600}
CONNECTIONS=${SOAK_CONNECTIONS:-64}
PORT=${BENCH_PORT:-18080}
DB=bench_$SCALE
WORK=$ROOT/bench/work/$SCALE
BASE=http://127.0.0.1:$PORT
LOG=$WORK/soak.log
[[ -d $WORK/index ]] || { echo "run bench/run.sh $SCALE first (it loads $DB and builds the index)" >&2; exit 2; }
: > "$LOG"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
WRK_PID=
trap 'stop_app; [[ -n $WRK_PID ]] && kill "$WRK_PID" 2>/dev/null || true' EXIT

unpack_app
say "starting the app on $DB"
start_app "$WORK/app-soak.log"
wait_healthy 600 >/dev/null
wait_background_builds "$WORK/app-soak.log"
psql -tA "postgresql://postgres@127.0.0.1:5432/$DB" -c "select slug from briefing where status = 'PUBLISHED'
  and (embargo_until is null or embargo_until < now()) order by random() limit 2000" > "$WORK/soak-slugs.txt"
# warm-up: each kind of request of the mix, so that the first minute does not measure class loading and the
# first compilations under 64 connections (the first import in a cold JVM took 20 s); the import's external id
# is not one of the soak's edits
AUTH_HEADER="Authorization: Basic $(printf '%s' "chief@bench.example:a-long-benchmark-password" | base64 -w0)"
curl -sf -o /dev/null -X POST -H "$AUTH_HEADER" -H 'Content-Type: application/x-ndjson' --data-binary \
  '{"externalId":"soak-warm-up","lang":"en","kind":"press-release","title":"Soak warm-up","date":"2026-11-29","body":"Warm-up."}' \
  "$BASE/api/v1/import"
for i in $(seq 20); do
  for path in / "/briefings/$(sed -n "${i}p" "$WORK/soak-slugs.txt")" "/statements?page=$i" /initiatives \
      /feeds/briefings.atom "/api/v1/search?q=defence" "/search?q=support+ukraine"; do
    curl -sf -o /dev/null "$BASE$path"
  done
done

say "soak: $SECONDS_TOTAL s at $CONNECTIONS connections"
SLUGS=$WORK/soak-slugs.txt QUERIES=bench/queries.tsv \
  AUTH=$(printf '%s' "chief@bench.example:a-long-benchmark-password" | base64 -w0) \
  timeout $((SECONDS_TOTAL + 60)) wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" --timeout 10s \
  -s bench/soak-mix.lua "$BASE" > "$WORK/soak-wrk.txt" 2>&1 &
WRK_PID=$!
HEAP=()
START_S=$(date +%s)
for minute in $(seq 1 $((SECONDS_TOTAL / 60))); do
  # 5 s before the end of each minute of the run: a GC and jstat take seconds on a busy machine, so a fixed sleep
  # between readings drifted, and the last readings were taken after wrk had stopped
  wait_s=$((START_S + minute * 60 - 5 - $(date +%s)))
  if ((wait_s > 0)); then sleep "$wait_s"; fi
  HEAP+=("$(heap_after_gc_mb)")
  say "minute $minute: heap after GC ${HEAP[-1]} MiB, load $(load)"
done
wait "$WRK_PID" || true
WRK_PID=
RESULT=$(grep '^SOAK' "$WORK/soak-wrk.txt" || { cat "$WORK/soak-wrk.txt" >&2; exit 1; })
field() { sed -E "s/.*$1=([0-9.]+).*/\1/" <<<"$RESULT"; }
IMPORTS=$(psql -tA "postgresql://postgres@127.0.0.1:5432/$DB" -c "select count(*) from briefing where external_id like 'soak-edit-%'")
{
echo
echo "## Soak at $SCALE: $SECONDS_TOTAL s, $CONNECTIONS connections ($(date -u +%F), $(nproc) cores)"
echo
echo "| measure | value |"
echo "|---|---|"
echo "| requests | $(field requests) ($(awk -v n="$(field requests)" -v s="$SECONDS_TOTAL" 'BEGIN {printf "%.0f", n/s}') req/s) |"
echo "| errors: HTTP status ≥ 400 / socket | $(field errors_status) / $(field errors_socket) |"
echo "| latency p50 / p95 / p99 / max | $(field p50) / $(field p95) / $(field p99) / $(field max) ms |"
echo "| heap after GC, each minute (MiB) | ${HEAP[*]} |"
echo "| heap after GC, first → last minute | ${HEAP[0]} → ${HEAP[-1]} MiB |"
echo "| briefings the soak's imports wrote (20 external ids, updated in turn) | $IMPORTS |"
} | tee "$ROOT/bench/work/soak-$SCALE.md"
