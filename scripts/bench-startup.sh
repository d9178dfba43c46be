#!/usr/bin/env bash
# Launch-to-populated-table time of the dashboard on a synced registry, offline.
#   scripts/bench-startup.sh [programs] [runs]     (default: 100000 programs, 5 runs)
# Builds the registry once (sandbox + command-line sync) under target/startup-<programs>, then starts
# the app that many times under Xvfb with the partner API unreachable, and reads the time the app
# logs when its first rows are on screen. Prints each run and the median.
# Needs: apt-get install -y xvfb xauth libgtk-3-0 xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED"
PROGRAMS=${1:-100000}
RUNS=${2:-5}
BUSINESSES=$(( PROGRAMS / 50 > 40 ? PROGRAMS / 50 : 40 ))
DATA=target/startup-$PROGRAMS
PORT=18${RANDOM:0:3}
[ -f target/adsdesk.jar ] || ./mvnw -q -B package -DskipTests

if [ ! -f "$DATA/ready" ]; then
  rm -rf "$DATA" && mkdir -p "$DATA"
  $JAVA -jar target/adsdesk.jar sandbox --port "$PORT" --programs "$PROGRAMS" --businesses "$BUSINESSES" >"$DATA/sandbox.log" 2>&1 &
  SANDBOX=$!
  sleep 3
  PW=demo-password ADSDESK_LOG_DIR="$DATA/logs" $JAVA -jar target/adsdesk.jar sync --base-url "http://127.0.0.1:$PORT" \
      --username demo --password-env PW --data-dir "$DATA" --json
  kill $SANDBOX
  wait $SANDBOX 2>/dev/null || true
  # The sandbox is gone now: the account's API is unreachable, as on a plane.
  printf '{"theme":"LIGHT","autoSyncMinutes":0,"lastAccountUsername":"demo","lastAccountBaseUrl":"http://127.0.0.1:%s"}\n' "$PORT" \
      >"$DATA/settings.json"
  touch "$DATA/ready"
fi

DISPLAY_NUM=:$(( 90 + RANDOM % 9 ))
Xvfb "$DISPLAY_NUM" -screen 0 1400x900x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
times=()
for run in $(seq 1 "$RUNS"); do
  LOGS=$(mktemp -d)
  DISPLAY=$DISPLAY_NUM ADSDESK_LOG_DIR="$LOGS" $JAVA -jar target/adsdesk.jar --data-dir "$DATA" >/dev/null 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    grep -q "First programs on screen" "$LOGS/adsdesk.log" 2>/dev/null && break
    sleep 0.25
  done
  ms=$(grep -o "rows, [0-9]* ms after launch" "$LOGS/adsdesk.log" | grep -o "[0-9]* ms" | grep -o "[0-9]*")
  rows=$(grep -o "screen: [0-9]* rows" "$LOGS/adsdesk.log" | grep -o "[0-9]*")
  echo "run $run: $rows rows on screen $ms ms after launch"
  times+=("$ms")
  kill $APP 2>/dev/null || true
  wait $APP 2>/dev/null || true
  rm -rf "$LOGS"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median launch to populated table: $median ms ($PROGRAMS programs, offline, $RUNS runs)"
