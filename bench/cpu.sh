#!/usr/bin/env bash
# CPU per search, two jars side by side (issue 22, round 9; docs/benchmarks.md):
#   bench/cpu.sh 100k BEFORE.jar AFTER.jar [REPEATS]
# On the database and index of `BENCH_PREPARE_ONLY=1 bench/run.sh <scale>`: each jar is extracted and started as
# bench/lib.sh starts the app (its own port and its own copy of the index, the same database), both wait for their
# background builds; then, REPEATS times (3), each app in turn is asked the query mix of bench/queries.tsv through
# /api/v1/search and through the page /search (10 rounds, 140 requests each), and /search?q=support+ukraine 100
# times (bench/cpu.py): CPU milliseconds per request of the app process and of its request threads. The two apps
# alternate, so that load from other work on the machine falls on both alike. Last, each app's JSON answers to the
# mix are written (bench/cpu.py --dump) and compared: a change of CPU must not change the results.
# BENCH_JAVA_OPTS applies to both, BENCH_JFR=1 records a profile of each; results under bench/work/cpu/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCALE=${1:?usage: bench/cpu.sh 10k|100k|1m BEFORE.jar AFTER.jar [REPEATS]}
JARS=("${2:?before jar}" "${3:?after jar}")
REPEATS=${4:-3}
DB=bench_$SCALE
OUT=$ROOT/bench/work/cpu
mkdir -p "$OUT"
LOG=$OUT/cpu.log
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

for i in 0 1; do
  WORK=$OUT/app$i PORT=$((18290 + i)) BASE=http://127.0.0.1:$((18290 + i))
  mkdir -p "$WORK"
  APP=$WORK/app
  rm -rf "$APP" "$WORK/index" "$WORK/cds"
  java -Djarmode=tools -jar "${JARS[$i]}" extract --destination "$APP" >/dev/null
  cp -r "$ROOT/bench/work/$SCALE/index" "$WORK/index"
  : > "$WORK/access.log"
  # both apps map a class-data archive of their jar (and a JFR recording needs one: the JVM records none while it
  # writes an archive): kept per jar, recorded by a start that stops once the context is refreshed
  mkdir -p "$OUT/cds-$(cksum < "${JARS[$i]}" | cut -d' ' -f1)"
  ln -s "$OUT/cds-$(cksum < "${JARS[$i]}" | cut -d' ' -f1)" "$WORK/cds"
  if ! compgen -G "$WORK/cds/*.jsa" >/dev/null; then
    say "app$i: recording the class-data archive"
    BENCH_JAVA_OPTS=-Dspring.context.exit=onRefresh start_app "$WORK/app-cds.log"
    timeout 600 tail --pid="$APP_PID" -f /dev/null || stop_app
    APP_PID=
  fi
  say "app$i: ${JARS[$i]} on port $PORT"
  # BENCH_JFR=1: a CPU profile of each app (jfr print --events jdk.ExecutionSample $WORK/profile.jfr)
  BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-}${BENCH_JFR:+ -XX:StartFlightRecording=filename=$WORK/profile.jfr,settings=profile -XX:FlightRecorderOptions=stackdepth=256}" \
    start_app "$WORK/app.log"
  PIDS[i]=$APP_PID
  APP_PID=
done
for i in 0 1; do
  WORK=$OUT/app$i BASE=http://127.0.0.1:$((18290 + i))
  wait_healthy 600 >/dev/null
  # an index of another analysis version than the jar's (a mapping change between the jars) is rebuilt at start:
  # measured once it is complete
  if grep -q 'it will be rebuilt' "$WORK/app.log"; then
    if ! timeout 1500 bash -c "until grep -q 'Search index rebuilt' '$WORK/app.log'; do sleep 1; done"; then
      # measuring an app still rebuilding would compare half an index with a whole one
      say "app$i: the index rebuild did not finish within 25 min ($WORK/app.log): stopped"
      exit 1
    fi
    say "app$i: index rebuilt ($(du -sh "$WORK/index" | cut -f1))"
  fi
  wait_background_builds "$WORK/app.log"
  # the start's background builds are done; the JVM pid is the start script's (it execs java)
  say "app$i ready (pid ${PIDS[$i]})"
done

# the addresses measured (BENCH_CPU_PATHS, space-separated): the mix through the API and the page, and the page of
# bench/run.sh's throughput rows; a young JVM's CPU is mostly its JIT compiler's, so one pass of each is not counted
read -r -a PATHS <<<"${BENCH_CPU_PATHS:-/api/v1/search /search /search?q=support+ukraine}"
for i in 0 1; do
  for path in "${PATHS[@]}"; do
    python3 bench/cpu.py "${PIDS[$i]}" "http://127.0.0.1:$((18290 + i))" "$path" 10 1 >/dev/null
  done
done
for r in $(seq "$REPEATS"); do
  for i in 0 1; do
    for path in "${PATHS[@]}"; do
      python3 bench/cpu.py "${PIDS[$i]}" "http://127.0.0.1:$((18290 + i))" "$path" 10 1 \
        | sed "s/^/app$i run$r load=$(load) /" | grep -v MEDIAN | tee -a "$LOG"
    done
  done
done
for i in 0 1; do
  python3 bench/cpu.py --dump "http://127.0.0.1:$((18290 + i))" "$OUT/answers$i.json"
done
# the entries, their order, statements, snippets, totals, facets and notices must be the same (scores are not compared:
# their last bits may differ between two runs of the same query)
python3 bench/cpu.py --compare "$OUT/answers0.json" "$OUT/answers1.json" | tee -a "$LOG"
python3 bench/cpu.py --summary "$LOG" "$REPEATS"
