#!/bin/sh
# Starts the newsroom from its extracted jar (java -Djarmode=tools -jar newsroom.jar extract) with a class-data-sharing
# archive, as a server deployment runs it (Dockerfile) and as bench/run.sh measures it (docs/benchmarks.md, start-up).
# Why: two thirds of a start-up is the JVM loading, verifying and linking some 30 000 classes of Spring, Hibernate
# and Lucene; a CDS archive maps them from one file instead (at 1 M statements, start-up to healthy 20-22 s without,
# 15-16 s with). The JVM writes the archive when the first run ends (-XX:ArchiveClassesAtExit, also on SIGTERM);
# every later start of the same jar maps it. The archive is named after the jar's checksum: the thin jar's manifest
# lists every library with its version, so a new build or a changed dependency records a new archive. A stale or
# damaged archive is not an error: the JVM says so in one warning line and loads the classes as usual.
#
#   start-newsroom.sh <extracted app dir> [app arguments...]
#   NEWSROOM_CDS_DIR  where the archive lives (default: <app dir>/cds); JAVA_OPTS  extra JVM options
set -eu
APP_DIR=${1:?usage: start-newsroom.sh <extracted app dir> [app arguments...]}
shift
JAR=$(ls "$APP_DIR"/*.jar | head -1)
CDS_DIR=${NEWSROOM_CDS_DIR:-$APP_DIR/cds}
ARCHIVE=$CDS_DIR/newsroom-$(cksum < "$JAR" | cut -d' ' -f1).jsa
mkdir -p "$CDS_DIR"
if [ -s "$ARCHIVE" ]; then
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  exec java -XX:SharedArchiveFile="$ARCHIVE" ${JAVA_OPTS:-} -jar "$JAR" "$@"
fi
rm -f "$CDS_DIR"/newsroom-*.jsa # archives of earlier builds
# the dump lists classes it cannot keep (generated accessors) as warnings: they are not errors, so not shown
# shellcheck disable=SC2086
exec java -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=error -Xlog:cds+dynamic=error ${JAVA_OPTS:-} -jar "$JAR" "$@"
