#!/usr/bin/env bash
# Launch check for the Linux installer: installs target/installers/adsdesk_*.deb, runs the installed
# command line on the demo account (sync, then export: 2,000 programs, exit 0; the AOT cache used),
# starts the installed AdsDesk with --demo (fresh data dir) on a virtual screen, waits for the window
# and for the first sync to fill the table, screenshots it (installed-window.png), then
# uninstalls. Logs and the screenshot go to target/check/deb (target/check/deb-upgrade with --previous).
#
#   packaging/check-deb.sh            # install into a temporary root with dpkg -x (no root needed)
#   packaging/check-deb.sh --system   # apt-get install ./the.deb for real (as root), then dpkg -r
#   packaging/check-deb.sh [--system] --previous OLD.deb
#                                     # upgrade first: install OLD.deb, sync the demo account and
#                                     # write settings, install the new .deb over it, then check the
#                                     # data directory, settings and registry survived (migrated)
#
# Build the .deb first: java packaging/Package.java --types deb
# Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick xdotool x11-apps x11-utils bc
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/x11.sh
source packaging/smoke.sh

MODE=--temp-root
PREVIOUS=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --system|--temp-root) MODE=$1 ;;
    --previous) PREVIOUS=${2:?--previous needs a .deb}; shift ;;
    *) echo "usage: packaging/check-deb.sh [--system | --temp-root] [--previous OLD.deb]" >&2; exit 2 ;;
  esac
  shift
done
[[ -z "$PREVIOUS" || -f "$PREVIOUS" ]] || { echo "no such file: $PREVIOUS" >&2; exit 2; }
DEB=$(ls -t target/installers/*.deb 2>/dev/null | head -1) || true
[[ -n "$DEB" ]] || { echo "no .deb in target/installers; run: java packaging/Package.java --types deb" >&2; exit 1; }
OUT=target/check/deb${PREVIOUS:+-upgrade}
rm -rf "$OUT" && mkdir -p "$OUT"

echo "== $DEB ($(du -h "$DEB" | cut -f1))"
dpkg-deb -f "$DEB" Package Version Architecture Depends Installed-Size | sed 's/^/   /'
dpkg-deb -f "$DEB" Depends | grep -q 'libgtk-3-0' || fail "Depends lacks libgtk-3-0"
PKG=$(dpkg-deb -f "$DEB" Package)

DATA=$(mktemp -d /tmp/adsdesk-data.XXXXXX)
CLI_DATA=$(mktemp -d /tmp/adsdesk-cli-data.XXXXXX)
UPGRADE_DATA=$(mktemp -d /tmp/adsdesk-upgrade-data.XXXXXX)
APP_PID=""
ROOT=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
  [[ -n "${XVFB_PID:-}" ]] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$DATA" "$CLI_DATA" "$UPGRADE_DATA"
  if [[ "$MODE" == "--system" ]]; then
    dpkg -r "$PKG" >/dev/null && echo "== removed with dpkg -r $PKG"
    [[ ! -e "/opt/$PKG/bin/AdsDesk" ]] || echo "FAIL: /opt/$PKG still has the launcher after dpkg -r" >&2
  else
    [[ -n "${ROOT:-}" ]] && rm -rf "$ROOT" && echo "== removed the temporary root"
  fi
}
trap cleanup EXIT

# install_deb FILE: apt-get install (--system; over an installed version it is an upgrade) or, for
# the temporary root, replace /opt/PKG with the package's files as dpkg would.
install_deb() {
  local deb=$1 path
  path=$(realpath "$deb")
  if [[ "$MODE" == "--system" ]]; then
    # apt installs the Depends (GTK, xdg-utils) too; plain dpkg -i would stop at missing ones.
    # --reinstall: a release built with the same version number still replaces the installed files.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall --allow-downgrades "$path" >>"$OUT/apt.log" 2>&1 \
      || { cat "$OUT/apt.log"; fail "apt-get install $deb failed"; }
  else
    [[ -n "$ROOT" ]] || ROOT=$(mktemp -d /tmp/adsdesk-root.XXXXXX)
    rm -rf "${ROOT:?}/opt/$PKG"
    dpkg -x "$path" "$ROOT"
  fi
}

# -- upgrade: the previous release installed and used, then the new one installed over it
if [[ -n "$PREVIOUS" ]]; then
  echo "== upgrade from $PREVIOUS ($(dpkg-deb -f "$PREVIOUS" Version)) to $(dpkg-deb -f "$DEB" Version)"
  install_deb "$PREVIOUS"
  OLD_LAUNCHER="$ROOT/opt/$PKG/bin/AdsDesk"
  OLD_VERSION=$("$OLD_LAUNCHER" version)
  echo "   previous launcher: $OLD_VERSION"
  ADSDESK_DATA_DIR="$UPGRADE_DATA" "$OLD_LAUNCHER" sync --demo --json >"$OUT/upgrade-old-sync.json" 2>"$OUT/upgrade-old-sync.err" \
    || { cat "$OUT/upgrade-old-sync.json" "$OUT/upgrade-old-sync.err" >&2; fail "the previous release's sync --demo failed"; }
  OLD_COUNT=$(json_number "$OUT/upgrade-old-sync.json" total_db_after)
  # Settings as a user leaves them (what the window writes): a dark theme, a 7-minute auto-sync.
  printf '{\n  "theme" : "DARK",\n  "autoSyncMinutes" : 7,\n  "lastAccountDemo" : true\n}\n' >"$UPGRADE_DATA/settings.json"
  cp "$UPGRADE_DATA/settings.json" "$OUT/upgrade-settings-before.json"
  find "$UPGRADE_DATA" -name '*.mv.db' | sort >"$OUT/upgrade-registries-before.txt"
  [[ -s "$OUT/upgrade-registries-before.txt" ]] || fail "the previous release wrote no registry"
  pass "previous release synced $OLD_COUNT programs into $(wc -l <"$OUT/upgrade-registries-before.txt") registry"

  install_deb "$DEB"
  NEW_VERSION=$("$ROOT/opt/$PKG/bin/AdsDesk" version)
  [[ "$NEW_VERSION" != "$OLD_VERSION" ]] || echo "   (both releases report the same version)"
  pass "new release installed over it: $NEW_VERSION"
  cmp -s "$UPGRADE_DATA/settings.json" "$OUT/upgrade-settings-before.json" || fail "installing changed settings.json"
  find "$UPGRADE_DATA" -name '*.mv.db' | sort | cmp -s - "$OUT/upgrade-registries-before.txt" \
    || fail "installing changed the registries in the data directory"
  pass "data directory and settings.json untouched by the install"
  # The new release opens the old registry (migrating it if its schema is older) without syncing...
  ADSDESK_DATA_DIR="$UPGRADE_DATA" "$ROOT/opt/$PKG/bin/AdsDesk" export --demo --format json >"$OUT/upgrade-export.json" \
    2>"$OUT/upgrade-export.err" || { cat "$OUT/upgrade-export.err" >&2; fail "the new release could not export the old registry"; }
  KEPT=$(grep -o '"program_id"' "$OUT/upgrade-export.json" | wc -l | tr -d '[:space:]')
  [[ "$KEPT" == "$OLD_COUNT" ]] || fail "after the upgrade the registry has $KEPT programs, before it had $OLD_COUNT"
  pass "the new release reads the old registry: $KEPT programs, no sync needed"
  BACKUPS=$(find "$UPGRADE_DATA" -name 'registry-schema-v*-backup.zip' | wc -l)
  [[ "$BACKUPS" -eq 0 ]] || pass "registry schema migrated ($BACKUPS backup(s) of the old schema kept)"
  # ...and syncs on top of it: the registry it starts from is the old one.
  ADSDESK_DATA_DIR="$UPGRADE_DATA" "$ROOT/opt/$PKG/bin/AdsDesk" sync --demo --json >"$OUT/upgrade-sync.json" 2>"$OUT/upgrade-sync.err" \
    || { cat "$OUT/upgrade-sync.json" "$OUT/upgrade-sync.err" >&2; fail "the new release's sync on the old registry failed"; }
  BEFORE=$(json_number "$OUT/upgrade-sync.json" total_db_before)
  [[ "$BEFORE" == "$OLD_COUNT" ]] || fail "the new release's first sync started from $BEFORE programs, not the $OLD_COUNT kept"
  pass "the new release's sync starts from the kept registry ($BEFORE programs)"
  grep -q '"theme" : "DARK"' "$UPGRADE_DATA/settings.json" && grep -q '"autoSyncMinutes" : 7' "$UPGRADE_DATA/settings.json" \
    || fail "settings.json lost the user's settings"
  pass "settings survive the upgrade"
fi

# -- install
if [[ "$MODE" == "--system" ]]; then
  [[ -n "$PREVIOUS" ]] || install_deb "$DEB"
  ROOT=""
  echo "== installed with apt-get install"
  if [[ -f /usr/share/applications/$PKG-AdsDesk.desktop ]]; then
    echo "   menu entry: /usr/share/applications/$PKG-AdsDesk.desktop"
  elif [[ ! -d /etc/xdg/menus ]]; then
    echo "   (no menu entry: this system has no XDG menu directory, so xdg-desktop-menu skipped it)"
  else
    fail "menu entry not installed"
  fi
else
  [[ -n "$PREVIOUS" ]] || install_deb "$DEB"
  echo "== extracted with dpkg -x into $ROOT"
fi
APP="$ROOT/opt/$PKG"
LAUNCHER="$APP/bin/AdsDesk"
[[ -x "$LAUNCHER" ]] || fail "no launcher at $LAUNCHER"
[[ -f "$APP/lib/$PKG-AdsDesk.desktop" ]] || fail "no .desktop file"
grep -q '^Icon=' "$APP/lib/$PKG-AdsDesk.desktop" || fail ".desktop file has no icon"
[[ -f "$APP/lib/app/adsdesk.aot" ]] && echo "   AOT cache: $(du -h "$APP/lib/app/adsdesk.aot" | cut -f1)" || echo "   (no AOT cache in this build)"
echo "   launcher: $("$LAUNCHER" version)"

# -- the installed command line on the demo account (fresh data directory)
if [[ -f "$APP/lib/app/adsdesk.aot" ]]; then
  ADSDESK_DATA_DIR="$CLI_DATA" JAVA_TOOL_OPTIONS=$(aot_log_options "$PWD/$OUT/aot.log") cli_checks "$LAUNCHER"
  aot_check "$OUT/aot.log"
else
  ADSDESK_DATA_DIR="$CLI_DATA" cli_checks "$LAUNCHER"
fi


# -- launch on a virtual screen
start_xvfb
DISPLAY_NUM=$XDISPLAY
T0=$(now)
ADSDESK_DATA_DIR="$DATA" DISPLAY=$DISPLAY_NUM "$LAUNCHER" --demo >"$OUT/app.log" 2>&1 &
APP_PID=$!
WIN=$(wait_window "$DISPLAY_NUM" 60) || fail "no AdsDesk window within 60 s (see $OUT/app.log)"
T_WIN=$(now)
T_SETTLED=$(wait_settled "$DISPLAY_NUM" 4 120) || echo "   (screen still changing after 120 s)"
DISPLAY=$DISPLAY_NUM import -window root "$OUT/installed-window.png"
kill -0 "$APP_PID" 2>/dev/null || fail "the app exited (see $OUT/app.log)"
printf '== window %s "%s": shown after %.1f s, settled after %.1f s\n' "$WIN" \
  "$(DISPLAY=$DISPLAY_NUM xdotool getwindowname "$WIN")" "$(echo "$T_WIN - $T0" | bc)" "$(echo "$T_SETTLED - $T0" | bc)"
echo "   screenshot: $OUT/installed-window.png"
if grep -E 'Exception|ERROR' "$OUT/app.log" >/dev/null; then
  echo "   errors in the app output:"; grep -E -m5 'Exception|ERROR' "$OUT/app.log" | sed 's/^/     /'
  fail "errors in $OUT/app.log"
fi
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
echo "PASS"
