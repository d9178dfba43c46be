#!/usr/bin/env bash
# Screenshots of the real dashboard window under Xvfb: docs/dashboard-light.png, -dark.png, -first-sync.png.
# Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DISPLAY_NUM=${DISPLAY_NUM:-:99}
mvn -B -q test-compile -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
Xvfb "$DISPLAY_NUM" -screen 0 1400x900x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 2
mkdir -p docs
for mode in light dark first-sync; do
  DISPLAY=$DISPLAY_NUM "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dprism.order=sw \
      -cp "$CP" io.adsdesk.ui.shell.ScreenshotLauncher "$mode" >target/screenshot-$mode.log 2>&1 &
  APP=$!
  sleep "${SHOT_DELAY:-12}"
  DISPLAY=$DISPLAY_NUM import -window root "docs/dashboard-$mode.png"
  kill $APP 2>/dev/null || true
  wait $APP 2>/dev/null || true
  echo "docs/dashboard-$mode.png"
done
