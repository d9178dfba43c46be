#!/usr/bin/env bash
# Launch-to-populated-table time of the packaged app against `java -jar`, median of N runs each.
#
#   packaging/measure-startup.sh [RUNS]     (default 5)
#   VARIANTS="deb deb-noaot jar" packaging/measure-startup.sh
#
# Variants: "deb" = the launcher of the newest target/installers/*.deb extracted with dpkg -x
# (so what an installed user runs, AOT cache included if the build made one), "jar" =
# $JAVA_HOME/bin/java -jar target/adsdesk.jar (full JDK 25, JavaFX on the class path),
# "deb-noaot" = the same installed files with the -XX:AOTCache lines taken out of the launcher .cfg.
# Every run: fresh ADSDESK_DATA_DIR, `--demo` (first sync of the built-in demo account), one
# shared Xvfb screen. Method: t0 = just before the process starts; "window" = first time
# `xdotool search --onlyvisible --name ^AdsDesk` finds the window; "populated" = the last time the
# screen's pixels changed before they stayed unchanged for 4 s (the table replacing the first-sync
# progress is the last change). Variants are interleaved run by run. One unmeasured warm-up run per variant first (page cache, and
# JavaFX extracting its natives to ~/.openjfx/cache for the jlinked runtime).
# Needs: apt-get install -y xvfb xauth libgtk-3-0 xdotool x11-apps x11-utils bc
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/x11.sh
RUNS=${1:-5}
VARIANTS=${VARIANTS:-deb jar}
QUIET=4
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DEB=$(ls -t target/installers/*.deb | head -1)
[[ -f target/adsdesk.jar ]] || { echo "build first: ./mvnw -q -B package -DskipTests" >&2; exit 1; }
ROOT=$(mktemp -d /tmp/adsdesk-measure.XXXXXX)
dpkg -x "$DEB" "$ROOT"
PKG=$(dpkg-deb -f "$DEB" Package)
mkdir -p "$ROOT/noaot" && dpkg -x "$DEB" "$ROOT/noaot"
sed -i '/AOTCache\|Xlog:aot/d' "$ROOT"/noaot/opt/"$PKG"/lib/app/*.cfg
OUT=target/measure
mkdir -p "$OUT"
start_xvfb
trap 'kill $XVFB_PID 2>/dev/null || true; rm -rf "$ROOT"' EXIT

launch() { # variant data-dir (exec: the background PID is the app itself, so kill reaches it)
  case $1 in
    deb) ADSDESK_DATA_DIR=$2 DISPLAY=$XDISPLAY exec "$ROOT/opt/$PKG/bin/AdsDesk" --demo ;;
    deb-noaot) ADSDESK_DATA_DIR=$2 DISPLAY=$XDISPLAY exec "$ROOT/noaot/opt/$PKG/bin/AdsDesk" --demo ;;
    jar) ADSDESK_DATA_DIR=$2 DISPLAY=$XDISPLAY exec "$JAVA_HOME/bin/java" -jar target/adsdesk.jar --demo ;;
  esac
}

one_run() { # variant run -> prints "window populated"
  local data pid t0 tw ts
  data=$(mktemp -d /tmp/adsdesk-data.XXXXXX)
  t0=$(now)
  launch "$1" "$data" >"$OUT/$1-$2.log" 2>&1 &
  pid=$!
  wait_window "$XDISPLAY" 90 >/dev/null || { echo "no window ($1 run $2)" >&2; kill $pid; return 1; }
  tw=$(now)
  ts=$(wait_settled "$XDISPLAY" "$QUIET" 120) || echo "screen still changing ($1 run $2)" >&2
  DISPLAY=$XDISPLAY import -window root "$OUT/$1-$2.png" 2>/dev/null || true
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
  echo "$(echo "$tw - $t0" | bc) $(echo "$ts - $t0" | bc)"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "deb: $DEB ($(du -h "$DEB" | cut -f1)), app image installed: $(du -sh "$ROOT/opt/$PKG" | cut -f1)"
for v in $VARIANTS; do
  one_run "$v" 0 >/dev/null # warm-up
  : >"$OUT/$v.times"
done
# Interleaved (run 1 of each variant, then run 2 …) so that load from other processes hits all alike.
for i in $(seq "$RUNS"); do
  for v in $VARIANTS; do
    r=$(one_run "$v" "$i")
    echo "$r" >>"$OUT/$v.times"
    printf '%-9s run %d: window %5.2f s, populated %5.2f s\n' "$v" "$i" $r
  done
done
echo
printf '%-10s %-18s %-18s\n' "" "window (median)" "populated (median)"
for v in $VARIANTS; do
  printf '%-10s %-18s %-18s\n' "$v" "$(cut -d' ' -f1 "$OUT/$v.times" | median | xargs printf %.2f) s" "$(cut -d' ' -f2 "$OUT/$v.times" | median | xargs printf %.2f) s"
done
