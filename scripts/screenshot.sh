#!/usr/bin/env bash
# Screenshots of the real AdsDesk window on the demo account, under Xvfb:
#   docs/dashboard-first-sync.png  the first-sync overlay with its progress bar
#   docs/dashboard-light.png       the synced table, light theme
#   docs/dashboard-dark.png        the same, dark theme, a program's details open
#   docs/program-details.png       a current CPC program's details, light theme
#   docs/program-form-validation.png  "New program…" sent with a budget of $10, a past end date and no business
#   docs/program-features.png      the Features section of a CPC program's details
#   docs/feature-editor.png        that program's negative keyword editor
#   docs/reports.png               the Reports window: spend, clicks, impressions over 90 days
#   docs/reports-pacing.png        the Reports window's budget pacing table
#   docs/pending-changes.png       +10% budget queued on ten programs, the Pending changes pane open
#   docs/sync-history-changes.png  History after a second sync that found out-of-band changes, the
#                                  newest run selected so its changes show below
# Arguments name the shots to take (first-sync light dark details form history features reports pacing pending);
# none takes them all. The main window is 1440x900. SKIP_BUILD=1 reuses target/adsdesk.jar.
# Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DISPLAY_NUM=${DISPLAY_NUM:-:98}
# where the History button and the History window's first row sit (window-relative pixels)
HISTORY_X=${HISTORY_X:-920}
HISTORY_Y=${HISTORY_Y:-23}
HISTORY_ROW_Y=${HISTORY_ROW_Y:-110}
# where "Get figures from Yelp" sits in the Reports window at 1440x900
FETCH_X=${FETCH_X:-1340}
FETCH_Y=${FETCH_Y:-26}
# the fifth row of the table: a current CPC program of the demo account
DETAILS_ROW_Y=${DETAILS_ROW_Y:-363}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B package -DskipTests
Xvfb "$DISPLAY_NUM" -screen 0 1440x900x24 >/dev/null 2>&1 &
XVFB=$!
WORK=$(mktemp -d)
trap 'kill $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 1
mkdir -p docs

# wiggle SECONDS: Xvfb has no window manager and no other input: keep the pointer moving while the app
# works, as a desktop session would, so every frame reaches the screen.
wiggle() {
  local end=$(( $(date +%s%N) + $1 * 1000000000 ))
  while [ "$(date +%s%N)" -lt "$end" ]; do
    DISPLAY=$DISPLAY_NUM xdotool mousemove_relative -- 1 0 mousemove_relative -- -1 0
    sleep 0.3
  done
}

# main_window: waits for the main window, puts it at the screen's corner at 1440x900 and prints its id
main_window() {
  local win
  win=$(DISPLAY=$DISPLAY_NUM xdotool search --sync --name AdsDesk | head -1)
  DISPLAY=$DISPLAY_NUM xdotool windowmove "$win" 0 0 windowsize "$win" 1440 900
  echo "$win"
}

# shoot NAME THEME LATENCY_MS SECONDS_AFTER_WINDOW [ROW_Y [FILE]]: fresh data dir per name; the demo syncs
# on open; ROW_Y (window-relative) selects that row and opens its details. FILE defaults to
# docs/dashboard-NAME.png.
shoot() {
  local name=$1 theme=$2 latency=$3 wait=$4 row_y=${5:-} file=${6:-docs/dashboard-$1.png}
  local data="$WORK/$name"
  mkdir -p "$data"
  printf '{"theme":"%s","autoSyncMinutes":0}\n' "$theme" >"$data/settings.json"
  DISPLAY=$DISPLAY_NUM ADSDESK_DEMO_LATENCY_MS=$latency ADSDESK_LOG_DIR="$WORK/logs" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
      -jar target/adsdesk.jar --demo --data-dir "$data" >"$WORK/$name.log" 2>&1 &
  local app=$!
  local win
  win=$(main_window)
  wiggle "${wait%.*}"
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$win")"
  if [ -n "$row_y" ]; then
    # one click selects a row of the table, Enter opens its details; the toast of the sync is gone by now
    DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 300)) $((Y + row_y)) click 1
    wiggle 1
    DISPLAY=$DISPLAY_NUM xdotool key Return
    wiggle 2
  fi
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 5)) $((Y + HEIGHT - 5))
  sleep 1
  DISPLAY=$DISPLAY_NUM import -window "$win" "$file"
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  echo "$file"
}

# shoot_form: the program form after "Create program" with a $10 budget, an end date in the past and no
# business: every error at once, each under its field, and the message naming them.
shoot_form() {
  local data="$WORK/form"
  mkdir -p "$data"
  printf '{"theme":"LIGHT","autoSyncMinutes":0}\n' >"$data/settings.json"
  DISPLAY=$DISPLAY_NUM ADSDESK_DEMO_LATENCY_MS=0 ADSDESK_LOG_DIR="$WORK/logs" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
      -jar target/adsdesk.jar --demo --data-dir "$data" >"$WORK/form.log" 2>&1 &
  local app=$!
  local win
  win=$(main_window)
  # the first sync ends before the form opens, so its business list is full
  wiggle 40
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$win")"
  # "New program…" is the first button of the actions row
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 63)) $((Y + 64)) click 1
  local form
  form=$(DISPLAY=$DISPLAY_NUM xdotool search --sync --name "New program" | head -1)
  wiggle 2
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$form")"
  # a $10 budget, an end date in the past, no business; Enter in the date sends the form
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 350)) $((Y + 103)) click 1
  DISPLAY=$DISPLAY_NUM xdotool type 10
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 250)) $((Y + 339)) click 1
  DISPLAY=$DISPLAY_NUM xdotool type 2020-01-01
  DISPLAY=$DISPLAY_NUM xdotool key Return
  wiggle 2
  DISPLAY=$DISPLAY_NUM import -window "$form" docs/program-form-validation.png
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  echo docs/program-form-validation.png
}

# shoot_history: the first sync, then changes made "out of band" through the demo sandbox's control
# plane (programs added, removed and modified, one paused and one budget raised, as another user in
# Yelp's UI would), a second sync (F5), and History with that sync's run selected.
shoot_history() {
  local data="$WORK/history"
  mkdir -p "$data" "$WORK/history-logs"
  printf '{"theme":"LIGHT","autoSyncMinutes":0}\n' >"$data/settings.json"
  DISPLAY=$DISPLAY_NUM ADSDESK_DEMO_LATENCY_MS=50 ADSDESK_LOG_DIR="$WORK/history-logs" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
      -jar target/adsdesk.jar --demo --data-dir "$data" >"$WORK/history.log" 2>&1 &
  local app=$!
  local win
  win=$(main_window)
  wiggle 25
  # the app logs where its demo sandbox listens
  local base
  base=$(grep -rhoa 'Demo account served at http://[0-9.:]*' "$WORK/history-logs" | tail -1 | sed 's/.* at //')
  if [ -z "$base" ]; then echo "the demo's address is not in the log" >&2; kill $app; return 1; fi
  base="$base/_sandbox"
  local drift modified id paused=""
  drift=$(curl -sf -X POST "$base/drift?added=3&removed=2&modified=4")
  modified=$(printf '%s' "$drift" | tr -d '\n' | sed -n 's/.*"modified" *: *\[\([^]]*\)\].*/\1/p' | tr -d '" ' | tr ',' ' ')
  # only CPC programs can be paused (the sandbox refuses the others): pause the first modified one that can be
  for id in $modified; do
    if curl -sf -o /dev/null -X POST "$base/programs/$id?paused=true"; then paused=$id; break; fi
  done
  if [ -z "$paused" ]; then echo "no modified program could be paused: $drift" >&2; fi
  # and raise the budget of another
  for id in $modified; do
    if [ "$id" != "$paused" ] && curl -sf -o /dev/null -X POST "$base/programs/$id?budget=125000"; then break; fi
  done
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$win")"
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 700)) $((Y + 400)) click 1
  DISPLAY=$DISPLAY_NUM xdotool key F5
  # the sync, then its 7 s toast, both over
  wiggle 20
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + HISTORY_X)) $((Y + HISTORY_Y)) click 1
  local hist
  hist=$(DISPLAY=$DISPLAY_NUM xdotool search --sync --name "Sync history" | head -1)
  DISPLAY=$DISPLAY_NUM xdotool windowmove "$hist" 0 0 windowsize "$hist" 1440 900
  wiggle 2
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$hist")"
  # the newest run is the first row
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 200)) $((Y + HISTORY_ROW_Y)) click 1
  wiggle 3
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 5)) $((Y + HEIGHT - 5))
  sleep 1
  DISPLAY=$DISPLAY_NUM import -window "$hist" docs/sync-history-changes.png
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  echo docs/sync-history-changes.png
}

# shoot_features: the demo synced, a CPC program's details open and scrolled to its Features section
# (docs/program-features.png: the details pane only, down to the last whole feature row), then that
# program's negative keyword editor opened from its Edit button (docs/feature-editor.png).
FEATURES_ROW_Y=${FEATURES_ROW_Y:-531}
FEATURES_EDIT_X=${FEATURES_EDIT_X:-1322}
FEATURES_EDIT_Y=${FEATURES_EDIT_Y:-330}
shoot_features() {
  local data="$WORK/features"
  mkdir -p "$data"
  printf '{"theme":"LIGHT","autoSyncMinutes":0}\n' >"$data/settings.json"
  DISPLAY=$DISPLAY_NUM ADSDESK_DEMO_LATENCY_MS=0 ADSDESK_LOG_DIR="$WORK/logs" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
      -jar target/adsdesk.jar --demo --data-dir "$data" >"$WORK/features.log" 2>&1 &
  local app=$!
  local win
  win=$(main_window)
  wiggle 40
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$win")"
  # the ninth row (sorted by program ID, the demo's account is always the same) is a CPC program with
  # features on; Enter opens its details, which read its features from the demo's Yelp
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 300)) $((Y + FEATURES_ROW_Y)) click 1
  wiggle 1
  DISPLAY=$DISPLAY_NUM xdotool key Return
  wiggle 2
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 1200)) $((Y + 600))
  for _ in $(seq 1 12); do
    DISPLAY=$DISPLAY_NUM xdotool click 5
    sleep 0.1
  done
  wiggle 3
  DISPLAY=$DISPLAY_NUM import -window "$win" "$WORK/features.png"
  convert "$WORK/features.png" -crop 428x715+1012+140 +repage docs/program-features.png
  echo docs/program-features.png
  # the negative keyword row's Edit… button
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + FEATURES_EDIT_X)) $((Y + FEATURES_EDIT_Y)) click 1
  local editor
  editor=$(DISPLAY=$DISPLAY_NUM timeout 30 xdotool search --sync --name "Negative keyword targeting" | head -1)
  if [ -z "$editor" ]; then echo "the negative keyword editor did not open" >&2; kill $app; return 1; fi
  wiggle 2
  DISPLAY=$DISPLAY_NUM import -window "$editor" docs/feature-editor.png
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  echo docs/feature-editor.png
}

# shoot_reports FILE TAB: the demo synced, the Reports window (Ctrl+Shift+R) on the last 90 days, the
# figures asked from the demo's Reporting API ("Get figures from Yelp"; its reports build at once here),
# then the tab TAB (remembered in the settings) shot once they arrived.
shoot_reports() {
  local file=$1 tab=$2
  local data="$WORK/reports-$tab"
  mkdir -p "$data"
  printf '{"theme":"LIGHT","autoSyncMinutes":0,"reportsPreset":"LAST_90_DAYS","reportsTab":"%s"}\n' "$tab" >"$data/settings.json"
  DISPLAY=$DISPLAY_NUM ADSDESK_DEMO_LATENCY_MS=0 ADSDESK_DEMO_REPORT_DELAY_S=0 ADSDESK_LOG_DIR="$WORK/logs" \
      "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
      -jar target/adsdesk.jar --demo --data-dir "$data" >"$WORK/reports-$tab.log" 2>&1 &
  local app=$!
  local win
  win=$(main_window)
  # the first sync ends first, so the report asks for every business of the account
  wiggle 30
  DISPLAY=$DISPLAY_NUM xdotool windowfocus "$win"
  DISPLAY=$DISPLAY_NUM xdotool key ctrl+shift+r
  local rep
  rep=$(DISPLAY=$DISPLAY_NUM timeout 60 xdotool search --sync --name "Reports — AdsDesk" | head -1)
  if [ -z "$rep" ]; then
    echo "the Reports window did not open; see its log:" >&2
    cat "$WORK/reports-$tab.log" >&2
    kill $app 2>/dev/null || true
    return 1
  fi
  DISPLAY=$DISPLAY_NUM xdotool windowmove "$rep" 0 0 windowsize "$rep" 1440 900
  wiggle 2
  # a click on "Get figures from Yelp" (no window manager hands the new window the keyboard for F5)
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$rep")"
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + FETCH_X)) $((Y + FETCH_Y)) click 1
  wiggle "${REPORTS_WAIT:-30}"
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$rep")"
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 5)) $((Y + HEIGHT - 5))
  sleep 1
  DISPLAY=$DISPLAY_NUM import -window "$rep" "$file"
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  echo "$file"
}

# shoot_pending: the demo synced, ten rows selected, +10% budget queued through the bulk change dialog
# (Ctrl+Shift+B), then the Pending changes pane opened with Ctrl+J.
shoot_pending() {
  local data="$WORK/pending"
  mkdir -p "$data"
  printf '{"theme":"LIGHT","autoSyncMinutes":0}\n' >"$data/settings.json"
  DISPLAY=$DISPLAY_NUM ADSDESK_DEMO_LATENCY_MS=0 ADSDESK_LOG_DIR="$WORK/logs" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
      -jar target/adsdesk.jar --demo --data-dir "$data" >"$WORK/pending.log" 2>&1 &
  local app=$!
  local win
  win=$(main_window)
  local end=$(( $(date +%s%N) + 40 * 1000000000 ))
  while [ "$(date +%s%N)" -lt "$end" ]; do
    DISPLAY=$DISPLAY_NUM xdotool mousemove_relative -- 1 0 mousemove_relative -- -1 0
    sleep 0.3
  done
  eval "$(DISPLAY=$DISPLAY_NUM xdotool getwindowgeometry --shell "$win")"
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 300)) $((Y + 262)) click 1
  sleep 0.5
  DISPLAY=$DISPLAY_NUM xdotool key shift+Down shift+Down shift+Down shift+Down shift+Down shift+Down shift+Down shift+Down shift+Down
  sleep 0.5
  DISPLAY=$DISPLAY_NUM xdotool key ctrl+shift+b
  local dialog
  dialog=$(DISPLAY=$DISPLAY_NUM xdotool search --sync --name "Change 10 programs" | head -1)
  sleep 1
  # no window manager: give the dialog the keyboard, then the main window again
  DISPLAY=$DISPLAY_NUM xdotool windowfocus "$dialog"
  DISPLAY=$DISPLAY_NUM xdotool type 10
  DISPLAY=$DISPLAY_NUM xdotool key Return
  sleep 1
  DISPLAY=$DISPLAY_NUM xdotool windowfocus "$win"
  DISPLAY=$DISPLAY_NUM xdotool key ctrl+j
  for _ in 1 2 3 4 5 6 7 8; do
    DISPLAY=$DISPLAY_NUM xdotool mousemove_relative -- 1 0 mousemove_relative -- -1 0
    sleep 0.3
  done
  DISPLAY=$DISPLAY_NUM xdotool mousemove $((X + 5)) $((Y + HEIGHT - 5))
  sleep 1
  DISPLAY=$DISPLAY_NUM import -window "$win" docs/pending-changes.png
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  echo docs/pending-changes.png
}

SHOTS="$*"
if [ -z "$SHOTS" ]; then SHOTS="first-sync light dark details form history features reports pacing pending"; fi
for shot in $SHOTS; do
  case $shot in
    first-sync) shoot first-sync LIGHT 1500 5 ;;
    light) shoot light LIGHT 50 35 ;;
    dark) shoot dark DARK 50 35 "$DETAILS_ROW_Y" ;;
    details) shoot details LIGHT 50 35 "$DETAILS_ROW_Y" docs/program-details.png ;;
    form) shoot_form ;;
    history) shoot_history ;;
    features) shoot_features ;;
    reports) shoot_reports docs/reports.png OVER_TIME ;;
    pacing) shoot_reports docs/reports-pacing.png PACING ;;
    pending) shoot_pending ;;
    *) echo "unknown shot: $shot (first-sync, light, dark, details, form, history, features, reports, pacing, pending)" >&2; exit 2 ;;
  esac
done
