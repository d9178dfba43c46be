#!/usr/bin/env bash
# Smoke test of the Fedora/RHEL installer: installs target/installers/adsdesk-*.rpm, runs the installed
# command line on the demo account (sync, then export: 2,000 programs, exit 0; the AOT cache used),
# then removes it.
#
#   packaging/check-rpm.sh            # rpm -i --root into a temporary root (payload only: --nodeps
#                                     # --noscripts; the host provides the libraries); as root
#   packaging/check-rpm.sh --system   # dnf install ./the.rpm for real, then dnf remove (a Fedora
#                                     # container: docker run -v "$PWD:/src" -w /src fedora packaging/check-rpm.sh --system)
#
# Build the .rpm first: java packaging/Package.java --types rpm (needs rpmbuild: apt-get install rpm)
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/smoke.sh

MODE=${1:---temp-root}
RPM=$(ls -t target/installers/*.rpm 2>/dev/null | head -1) || true
[[ -n "$RPM" ]] || fail "no .rpm in target/installers; run: java packaging/Package.java --types rpm"
OUT=target/check/rpm
rm -rf "$OUT" && mkdir -p "$OUT"
PKG=$(rpm -qp --queryformat '%{NAME}' "$RPM" 2>/dev/null)
echo "== $RPM ($(du -h "$RPM" | cut -f1))"
rpm -qp --queryformat '   %{NAME} %{VERSION}-%{RELEASE} %{ARCH}\n' "$RPM"
rpm -qpR "$RPM" | grep -q '^gtk3' || fail "Requires lacks gtk3"
pass "Requires gtk3"

DATA=$(mktemp -d /tmp/adsdesk-data.XXXXXX)
ROOT=""
cleanup() {
  rm -rf "$DATA"
  if [[ "$MODE" == "--system" ]]; then
    dnf remove -y -q "$PKG" >/dev/null 2>&1 && echo "== removed with dnf remove $PKG"
  elif [[ -n "$ROOT" ]]; then
    rm -rf "$ROOT" && echo "== removed the temporary root"
  fi
}
trap cleanup EXIT

if [[ "$MODE" == "--system" ]]; then
  dnf install -y -q "$PWD/$RPM" >"$OUT/dnf.log" 2>&1 || { cat "$OUT/dnf.log"; fail "dnf install failed"; }
  pass "installed with dnf install (dependencies and scriptlets included)"
else
  ROOT=$(mktemp -d /tmp/adsdesk-rpmroot.XXXXXX)
  rpm --root "$ROOT" --initdb
  rpm --root "$ROOT" -i --nodeps --noscripts "$PWD/$RPM" >"$OUT/rpm.log" 2>&1 || { cat "$OUT/rpm.log"; fail "rpm -i --root failed"; }
  rpm --root "$ROOT" -q "$PKG" >/dev/null || fail "rpm does not list $PKG as installed in $ROOT"
  pass "installed with rpm -i --root $ROOT"
fi
APP="$ROOT/opt/$PKG"
LAUNCHER="$APP/bin/AdsDesk"
[[ -x "$LAUNCHER" ]] || fail "no launcher at $LAUNCHER"
[[ -f "$APP/lib/app/adsdesk.aot" ]] && echo "   AOT cache: $(du -h "$APP/lib/app/adsdesk.aot" | cut -f1)" || echo "   (no AOT cache in this build)"
echo "   launcher: $("$LAUNCHER" version)"
if [[ -f "$APP/lib/app/adsdesk.aot" ]]; then
  ADSDESK_DATA_DIR="$DATA" JAVA_TOOL_OPTIONS=$(aot_log_options "$PWD/$OUT/aot.log") cli_checks "$LAUNCHER"
  aot_check "$OUT/aot.log"
else
  ADSDESK_DATA_DIR="$DATA" cli_checks "$LAUNCHER"
fi
echo "PASS"
