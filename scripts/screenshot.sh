#!/usr/bin/env bash
# Screenshots of the real AdsDesk window on the demo account, under Xvfb:
#   docs/dashboard-first-sync.png  the first-sync overlay with its progress bar
#   docs/dashboard-light.png       the synced table, light theme, details pane
#   docs/dashboard-dark.png        the same, dark theme
# Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DISPLAY_NUM=${DISPLAY_NUM:-:98}
./mvnw -q -B package -DskipTests
Xvfb "$DISPLAY_NUM" -screen 0 1400x900x24 >/dev/null 2>&1 &
XVFB=$!
WORK=$(mktemp -d)
trap 'kill $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 1
mkdir -p docs

# shoot NAME THEME LATENCY_MS SECONDS_AFTER_WINDOW [click]: fresh data dir per name; the demo syncs on
# open; "click" selects the third row and opens its details.
shoot() {
  local name=$1 theme=$2 latency=$3 wait=$4 click=${5:-}
  local data="$WORK/$name"
  mkdir -p "$data"
  printf '{"theme":"%s","autoSyncMinutes":0}\n' "$theme" >"$data/settings.json"
  DISPLAY=$DISPLAY_NUM ADSDESK_DEMO_LATENCY_MS=$latency ADSDESK_LOG_DIR="$WORK/logs" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
      -jar target/adsdesk.jar --demo --data-dir "$data" >"$WORK/$name.log" 2>&1 &
  local app=$!
  local win
  win=$(DISPLAY=$DISPLAY_NUM xdotool search --sync --name AdsDesk | head -1)
  # Xvfb has no window manager and no other input: keep the pointer moving while the app works, as a
  # desktop session would, so every frame reaches the screen.
  local end=$(( $(date +%s%N) + ${wait%.*} * 1000000000 ))
  while [ "$(date +%s%N)" -lt "$end" ]; do
    DISPLAY=$DISPLAY_NUM xdotool mousemove_relative -- 1 0 mousemove_relative -- -1 0
    sleep 0.3
  done
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$win")"
  if [ -n "$click" ]; then
    DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 300)) $((Y + 262)) click --repeat 2 --delay 80 1
    sleep 1
  fi
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 5)) $((Y + HEIGHT - 5))
  sleep 1
  DISPLAY=$DISPLAY_NUM import -window "$win" "docs/dashboard-$name.png"
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  echo "docs/dashboard-$name.png"
}

shoot first-sync LIGHT 1500 5
shoot light LIGHT 250 20 click
shoot dark DARK 250 20 click
