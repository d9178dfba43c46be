#!/usr/bin/env bash
# The whole benchmark suite in one run (about 12 minutes on 2 cores): syncs against the sandbox,
# the programs screen, and starts of the packaged app at 2,000 / 20,000 / 100,000 programs.
# Prints the tables and writes them to target/bench/results.md (docs/performance.md shows the latest).
#   scripts/bench.sh
# Needs Java 25 (JAVA_HOME, or the usual JVM directory), and for the app starts a display: without
# DISPLAY it starts Xvfb (apt-get install -y xvfb xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >/dev/null
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "No DISPLAY and no Xvfb: apt-get install -y xvfb xauth libgtk-3-0" >&2; exit 1; }
  export DISPLAY=:$(( 50 + RANDOM % 40 ))
  Xvfb "$DISPLAY" -screen 0 1400x900x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB 2>/dev/null || true' EXIT
  sleep 1
fi
# The syncs run in this JVM, with the JIT setting of the installed launcher (jlink.json jvmOptions);
# the sandbox shares it, which can only make the sync figures worse.
java -Xmx3g -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED -cp "target/classes:target/test-classes:$(cat target/test.classpath)" \
    io.adsdesk.bench.BenchSuite
