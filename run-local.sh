#!/bin/sh
# The README's first command: builds the project, then runs the whole system locally -- a Kafka
# broker process, the cloud emulator with demo customers, the worker and the producer -- and the
# demo scenarios. Ctrl-C stops everything. Options: ./run-local.sh --help
set -eu
ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

case "${1:-}" in
  --skip-build) shift ;;
  --help|-h) ;;
  *)
    echo "Building with ./mvnw -q install -DskipTests (the first run downloads dependencies: a few minutes)..."
    ./mvnw -q -B install -DskipTests
    ;;
esac

# The launcher runs in its own process group (set -m), so Ctrl-C reaches only this script, which
# asks the launcher to stop; the launcher then stops producer, worker, emulator and broker in
# that order. (Were Ctrl-C to reach every process at once, Kafka could go before its clients.)
if [ -t 0 ]; then set -m; fi
# A plain classpath, not a fat jar: the broker's child JVM reuses it.
"$JAVA" -Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider -Dslf4j.internal.verbosity=WARN \
  -cp "$ROOT/local-stack/target/classes:$ROOT/local-stack/target/lib/*" \
  io.storageintegrations.localstack.LocalStack "$@" &
launcher=$!
set +m # the launcher keeps its own group; no job notices from here on
trap 'kill -TERM "$launcher" 2>/dev/null || true' INT TERM
status=0
wait "$launcher" || status=$?
# A trapped signal ends the first wait early; wait for the launcher to finish stopping.
while kill -0 "$launcher" 2>/dev/null; do
  status=0
  wait "$launcher" || status=$?
done
exit "$status"
