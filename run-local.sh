#!/bin/sh
# The README's first command: builds the project, then runs the whole system locally -- a Kafka
# broker process, the cloud emulator with demo customers, the worker and the producer -- and the
# demo scenarios. Ctrl-C stops everything. Options: ./run-local.sh --help
set -eu
ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Options are checked here, before the build, so a typo costs no build; --skip-build may come
# anywhere. The launcher checks values again (StackOptions; a test keeps both lists in step).
usage() { echo "Usage: ./run-local.sh [options]; ./run-local.sh --help lists them" >&2; exit 2; }
skip_build=false
help=false
expect_value=""
for arg in "$@"; do
  shift
  if [ -n "$expect_value" ]; then
    expect_value=""
    set -- "$@" "$arg"
    continue
  fi
  case "$arg" in
    --skip-build) skip_build=true; continue ;;
    --help|-h) help=true ;;
    --clean|--no-demo|--exit-after-demo) ;;
    --work-dir|--kafka-port|--emulator-port|--producer-port|--worker-port) expect_value="$arg" ;;
    *) echo "unknown option $arg" >&2; usage ;;
  esac
  set -- "$@" "$arg"
done
if [ -n "$expect_value" ]; then echo "$expect_value needs a value" >&2; usage; fi

if [ "$help" = false ] && [ "$skip_build" = false ]; then
  echo "Building with ./mvnw -q install -DskipTests (the first run downloads dependencies: a few minutes)..."
  ./mvnw -q -B install -DskipTests
fi

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
