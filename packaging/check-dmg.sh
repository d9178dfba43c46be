#!/usr/bin/env bash
# Smoke test of the macOS installer: mounts target/installers/AdsDesk-*.dmg, copies AdsDesk.app into a
# temporary Applications folder (as a user's drag does), checks the bundle ID, version and signature,
# runs the installed command line on the demo account (sync, then export: 2,000 programs, exit 0),
# checks the AOT cache is used, and takes a screenshot of the window when a display is available.
#
#   packaging/check-dmg.sh            # after: java packaging/Package.java   (macOS)
#
# Output in target/check: sync.json, export.json, aot.log, check.log, installed-window.png (if any).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/smoke.sh

DMG=$(ls -t target/installers/*.dmg 2>/dev/null | head -1) || true
[[ -n "$DMG" ]] || fail "no .dmg in target/installers; run: java packaging/Package.java"
OUT=target/check
rm -rf "$OUT" && mkdir -p "$OUT"
BUNDLE_ID=$(sed -n 's/.*"bundleId": *"\([^"]*\)".*/\1/p' jlink.json)
VERSION=$(sed -n 's:.*<app.version>\(.*\)</app.version>.*:\1:p' pom.xml)

WORK=$(mktemp -d /tmp/adsdesk-dmg.XXXXXX)
MOUNT="$WORK/mount"
APPS="$WORK/Applications"
DATA="$WORK/data"
APP_PID=""
mkdir -p "$MOUNT" "$APPS" "$DATA"
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
  hdiutil detach "$MOUNT" -quiet 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $DMG ($(du -h "$DMG" | cut -f1))"
hdiutil verify -quiet "$DMG" || fail "hdiutil verify: the disk image is damaged"
pass "disk image checksum"
hdiutil attach "$DMG" -readonly -nobrowse -noautoopen -mountpoint "$MOUNT" -quiet || fail "hdiutil attach failed"
[[ -d "$MOUNT/AdsDesk.app" ]] || fail "no AdsDesk.app in the disk image: $(ls "$MOUNT")"
cp -R "$MOUNT/AdsDesk.app" "$APPS/"
hdiutil detach "$MOUNT" -quiet
APP="$APPS/AdsDesk.app"
pass "AdsDesk.app copied to $APPS"

PLIST="$APP/Contents/Info.plist"
plutil -lint -s "$PLIST" || fail "Info.plist is not valid"
ID=$(plutil -extract CFBundleIdentifier raw -o - "$PLIST")
[[ "$ID" == "$BUNDLE_ID" ]] || fail "bundle ID is '$ID', expected '$BUNDLE_ID' (jlink.json mac.bundleId)"
pass "bundle ID $ID"
SHORT=$(plutil -extract CFBundleShortVersionString raw -o - "$PLIST")
[[ "$SHORT" == "$VERSION" ]] || fail "bundle version is '$SHORT', expected '$VERSION' (pom.xml app.version)"
pass "bundle version $SHORT"
codesign --verify --deep --strict "$APP" 2>"$OUT/codesign.log" || { cat "$OUT/codesign.log" >&2; fail "the bundle's (ad-hoc) signature does not verify"; }
pass "signature verifies (ad-hoc)"
[[ -f "$APP/Contents/app/adsdesk.aot" ]] || fail "no AOT cache in the bundle (Contents/app/adsdesk.aot)"

LAUNCHER="$APP/Contents/MacOS/AdsDesk"
[[ -x "$LAUNCHER" ]] || fail "no launcher at $LAUNCHER"
echo "   launcher: $("$LAUNCHER" version)"
"$LAUNCHER" version | grep -q "^AdsDesk " || fail "'AdsDesk version' did not print the version"

echo "== the installed command line (demo account)"
export ADSDESK_DATA_DIR="$DATA"
JAVA_TOOL_OPTIONS=$(aot_log_options "$PWD/$OUT/aot.log") cli_checks "$LAUNCHER"
aot_check "$OUT/aot.log"

# The window, where the runner has a logged-in desktop (GitHub's macOS runners do).
if screencapture -x "$OUT/probe.png" 2>/dev/null; then
  rm -f "$OUT/probe.png"
  "$LAUNCHER" --demo >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  sleep 20
  kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log" >&2; fail "the app exited within 20 s (see $OUT/app.log)"; }
  screencapture -x "$OUT/installed-window.png"
  pass "window open after 20 s; screenshot $OUT/installed-window.png"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
else
  echo "   (no display to capture: window check skipped)"
fi
echo "PASS"
