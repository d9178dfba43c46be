#!/usr/bin/env bash
# More SIGKILL trials than the test suite runs: the command-line sync, the dashboard's sync, and large
# registry writes on their own.
#   scripts/crash-trials.sh [cli-trials] [app-trials] [storage-trials] [team-storage-trials]
#   (default: 60, 20, 100 and 30; the suite runs 20, 5, 20 and 10). The team-registry writes need a
#   PostgreSQL: without ADSDESK_TEST_PG_URL, a throwaway one is started (.ci/postgres.sh).
# Runs CrashSafetyTest, AppCrashSafetyTest and RegistryKillTest with those trial counts (headless, offline Maven) and
# prints each test's summary line and the test totals. Exits non-zero if any trial failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
CLI_TRIALS=${1:-60}
APP_TRIALS=${2:-20}
STORAGE_TRIALS=${3:-100}
TEAM_TRIALS=${4:-30}
if [ -z "${ADSDESK_TEST_PG_URL:-}" ]; then
  source .ci/postgres.sh
  trap pg_stop EXIT
  pg_start
fi
OUT=target/crash-trials.txt
mkdir -p target

echo "Crash trials: $CLI_TRIALS command-line syncs, $APP_TRIALS dashboard syncs, $STORAGE_TRIALS registry writes (full output: $OUT)"
env -u DISPLAY ./mvnw -o -B test -Dtest='CrashSafetyTest,AppCrashSafetyTest,RegistryKillTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dadsdesk.cliCrashTrials="$CLI_TRIALS" -Dadsdesk.appCrashTrials="$APP_TRIALS" -Dadsdesk.registryKillTrials="$STORAGE_TRIALS" \
    -Dadsdesk.teamKillTrials="$TEAM_TRIALS" >"$OUT" 2>&1
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
