#!/bin/bash
# Start-up to healthy with the index in place, four starts in a row, as bench/run.sh measures one: bench/startups.sh [SCALE]
# on the database and index a `BENCH_PREPARE_ONLY=1 bench/run.sh SCALE` left (its starts recorded the class-data archive).
cd "$(dirname "$0")/.."
ROOT=$PWD; PORT=18080; SCALE=${1:-1m}; DB=bench_$SCALE; WORK=$ROOT/bench/work/$SCALE; BASE=http://127.0.0.1:$PORT; LOG=$WORK/startups.log
source bench/lib.sh
trap stop_app EXIT
unpack_app
ls "$WORK/cds" 2>/dev/null
for i in 1 2 3 4; do
  l=$(load); start_app "$WORK/startup-$i.log"; ms=$(wait_healthy 600); echo "start $i: $ms ms (load before $l)"
  stop_app; sleep 5
done
