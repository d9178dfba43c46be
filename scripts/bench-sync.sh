#!/usr/bin/env bash
# Sync benchmark against the sandbox: first sync and no-change re-sync, medians of several runs.
#   scripts/bench-sync.sh [programs businesses latency_ms runs [concurrency]]
# With no arguments: the two sizes the project tracks.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/test.classpath)"
run() { java -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$CP" io.adsdesk.bench.SyncBenchmark "$@"; }
if [ $# -gt 0 ]; then
  run "$@"
else
  run 2000 40 250 5
  run 100000 2000 50 3
fi
