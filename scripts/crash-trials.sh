#!/usr/bin/env bash
# More SIGKILL trials than the test suite runs, for the command-line sync and the dashboard's sync.
#   scripts/crash-trials.sh [cli-trials] [app-trials]     (default: 60 and 20; the suite runs 20 and 5)
# Runs CrashSafetyTest and AppCrashSafetyTest with those trial counts (headless, offline Maven) and
# prints each test's summary line and the test totals. Exits non-zero if any trial failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
CLI_TRIALS=${1:-60}
APP_TRIALS=${2:-20}
OUT=target/crash-trials.txt
mkdir -p target

echo "Crash trials: $CLI_TRIALS command-line syncs, $APP_TRIALS dashboard syncs (full output: $OUT)"
env -u DISPLAY ./mvnw -o -B test -Dtest='CrashSafetyTest,AppCrashSafetyTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dadsdesk.cliCrashTrials="$CLI_TRIALS" -Dadsdesk.appCrashTrials="$APP_TRIALS" >"$OUT" 2>&1
STATUS=$?

echo
grep '^crash-trials:' "$OUT" | sed 's/^crash-trials: /  /'
grep -E '^\[(ERROR|INFO)\] Tests run:' "$OUT" | tail -1 | sed 's/^\[[A-Z]*\] /  /'
if [ $STATUS -ne 0 ]; then
  echo
  echo "FAILED:"
  grep -E 'trial [0-9]+|AssertionFailedError|<<< (FAILURE|ERROR)' "$OUT" | head -20 | cut -c1-300
  exit $STATUS
fi
echo "  all trials passed"
