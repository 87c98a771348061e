# Shared by bench/run.sh and bench/soak.sh (sourced). Expects ROOT, WORK, LOG, PORT, BASE and DB to be set.

APP_PID=
stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; timeout 60 tail --pid="$APP_PID" -f /dev/null || kill -9 "$APP_PID"
  fi
  APP_PID=
}

say() { echo "[$(date -u +%T)] $*" | tee -a "$LOG" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }
now_ms() { date +%s%3N; }

# The app jar (built when missing), unpacked under $WORK/app so that the baselines can use its libraries
# (Lucene, the JDBC driver); sets APP and APP_JAR.
unpack_app() {
  local jar
  jar=$(ls "$ROOT"/target/defence-newsroom-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  if [[ -z $jar ]]; then
    say "building the app jar"
    timeout 600 ./mvnw -B -q -DskipTests package
    jar=$(ls "$ROOT"/target/defence-newsroom-*.jar | grep -v plain | head -1)
  fi
  APP=$WORK/app
  if [[ ! -d $APP || $jar -nt $APP ]]; then
    rm -rf "$APP"
    java -Djarmode=tools -jar "$jar" extract --destination "$APP" >/dev/null
  fi
  APP_JAR=$(ls "$APP"/*.jar | head -1)
}

start_app() { # $1: log file; the app in server mode on database $DB, index under $WORK/index, no rate limits;
  # started as a deployment starts it (src/main/docker/start-newsroom.sh: the first start records the class-data-sharing
  # archive under $WORK/cds when it stops, every later start maps it)
  # Access log: Tomcat's time (%D, µs) first (bench/run.sh reads it), then status, address with query, the
  # time the request began and the thread: enough to list the slow requests of a soak by time and address.
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= NEWSROOM_BOOTSTRAP_ADMIN_USERNAME=chief@bench.example \
  NEWSROOM_BOOTSTRAP_ADMIN_PASSWORD=a-long-benchmark-password \
  JAVA_OPTS="${BENCH_JAVA_OPTS:-}" NEWSROOM_CDS_DIR="$WORK/cds" \
    "$ROOT/src/main/docker/start-newsroom.sh" "$APP" --server.port="$PORT" \
      --newsroom.search.index-directory="$WORK/index" --newsroom.rate-limits.enabled=false \
      --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK" \
      --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
      --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
      "--server.tomcat.accesslog.pattern=%D %s %U%q %{begin:yyyy-MM-dd'T'HH:mm:ss.SSS}t %I" >"$1" 2>&1 &
  APP_PID=$!
}

wait_healthy() { # prints ms until /actuator/health answers UP
  local start; start=$(now_ms)
  timeout "${1:-300}" bash -c "until curl -sf $BASE/actuator/health | grep -q UP; do sleep 0.2; done"
  echo $(( $(now_ms) - start ))
}

wait_background_builds() { # $1: the app's log; the start-up's background builds done before measuring: the
  # translation lexicon (newest translation groups, re-learned at every start) takes 10 to 60 s at 1 M and a core
  timeout "${2:-300}" bash -c "until grep -q 'Translation lexicon rebuilt' '$1'; do sleep 0.5; done" || true
  # and FreeDict's dictionaries (Debian's dict-freedict-*), when installed: their first build starts with the first
  # search and reads every file (15-35 s of a core)
  if compgen -G '/usr/share/dictd/freedict-*.index' >/dev/null; then
    curl -sf -o /dev/null "$BASE/api/v1/search?q=defence" || true
    timeout "${2:-300}" bash -c "until grep -qE 'Dictionar(ies read from|ies could not be read|y .* could not be read)' '$1'; do
      curl -sf -o /dev/null '$BASE/api/v1/search?q=defence'; sleep 2; done" || true
  fi
}

search_phases_p95() { # the app's own timing of a search's phases (SearchTimings: the window is its exact index
  # query), p95 in ms over the last minutes, as "window=… correction=… rows=… bonus=… snippets=… search=…"; the
  # metrics are for chief editors, so a session is signed in first (form and CSRF token, as a browser does)
  local jar=$WORK/cookies.txt csrf out="" phase value
  csrf=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1)
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=chief@bench.example" \
    --data-urlencode "password=a-long-benchmark-password" --data-urlencode "_csrf=$csrf" "$BASE/login" || true
  for phase in window correction rows bonus snippets search; do
    value=$(curl -sf -b "$jar" "$BASE/actuator/metrics/newsroom.search.phase.percentile?tag=phase:$phase&tag=phi:0.95" \
      | python3 -c 'import json, sys; print("%.1f" % (json.load(sys.stdin)["measurements"][0]["value"] * 1000))' \
      2>/dev/null || echo "?")
    out="$out $phase=$value"
  done
  echo "${out# }"
}

heap_after_gc_mb() { # live heap after a full GC of the app, in MiB: G1's old generation right after the GC (the
  # young generation fills again at once under load, so "used heap" a moment later would count new garbage)
  jcmd "$APP_PID" GC.run >/dev/null
  jstat -gc "$APP_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "OU") c = i } NR == 2 { printf "%d", $c / 1024 }'
}
