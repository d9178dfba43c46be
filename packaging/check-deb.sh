#!/usr/bin/env bash
# Launch check for the Linux installer: installs target/installers/adsdesk_*.deb, starts the installed
# AdsDesk with --demo (fresh data dir) on a virtual screen, waits for the window and for the first
# sync to fill the table, screenshots it to target/check/installed-window.png, then uninstalls.
#
#   packaging/check-deb.sh            # install into a temporary root with dpkg -x (no root needed)
#   packaging/check-deb.sh --system   # apt-get install ./the.deb for real (as root), then dpkg -r
#
# Build the .deb first: java packaging/Package.java --types deb
# Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick xdotool x11-apps x11-utils bc
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/x11.sh

MODE=${1:---temp-root}
DEB=$(ls -t target/installers/*.deb 2>/dev/null | head -1) || true
[[ -n "$DEB" ]] || { echo "no .deb in target/installers; run: java packaging/Package.java --types deb" >&2; exit 1; }
OUT=target/check
rm -rf "$OUT" && mkdir -p "$OUT"
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== $DEB ($(du -h "$DEB" | cut -f1))"
dpkg-deb -f "$DEB" Package Version Architecture Depends Installed-Size | sed 's/^/   /'
dpkg-deb -f "$DEB" Depends | grep -q 'libgtk-3-0' || fail "Depends lacks libgtk-3-0"
PKG=$(dpkg-deb -f "$DEB" Package)

DATA=$(mktemp -d /tmp/adsdesk-data.XXXXXX)
APP_PID=""
ROOT=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
  [[ -n "${XVFB_PID:-}" ]] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$DATA"
  if [[ "$MODE" == "--system" ]]; then
    dpkg -r "$PKG" >/dev/null && echo "== removed with dpkg -r $PKG"
    [[ ! -e "/opt/$PKG/bin/AdsDesk" ]] || echo "FAIL: /opt/$PKG still has the launcher after dpkg -r" >&2
  else
    [[ -n "${ROOT:-}" ]] && rm -rf "$ROOT" && echo "== removed the temporary root"
  fi
}
trap cleanup EXIT

# -- install
if [[ "$MODE" == "--system" ]]; then
  # apt installs the Depends (GTK, xdg-utils) too; plain dpkg -i would stop at missing ones.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$PWD/$DEB" >"$OUT/apt.log" 2>&1 \
    || { cat "$OUT/apt.log"; fail "apt-get install failed"; }
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
  ROOT=$(mktemp -d /tmp/adsdesk-root.XXXXXX)
  dpkg -x "$DEB" "$ROOT"
  echo "== extracted with dpkg -x into $ROOT"
fi
APP="$ROOT/opt/$PKG"
LAUNCHER="$APP/bin/AdsDesk"
[[ -x "$LAUNCHER" ]] || fail "no launcher at $LAUNCHER"
[[ -f "$APP/lib/$PKG-AdsDesk.desktop" ]] || fail "no .desktop file"
grep -q '^Icon=' "$APP/lib/$PKG-AdsDesk.desktop" || fail ".desktop file has no icon"
[[ -f "$APP/lib/app/adsdesk.aot" ]] && echo "   AOT cache: $(du -h "$APP/lib/app/adsdesk.aot" | cut -f1)" || echo "   (no AOT cache in this build)"
echo "   launcher: $("$LAUNCHER" version)"


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
