#!/usr/bin/env bash
# Renders icons/adsdesk.svg into everything the installers and the window need:
#   icons/png/adsdesk-<N>.png  (16 … 1024)   Linux (.deb/.rpm menu icon uses 256), window icon
#   icons/adsdesk.ico                          Windows (.msi, launcher .exe): 16, 24, 32, 48, 64, 128, 256
#   icons/adsdesk.icns                         macOS (.app/.dmg): 16, 32, 48, 128, 256, 512, 1024
#   src/main/resources/io/adsdesk/app/icon-<N>.png (16, 32, 48, 64, 128, 256) for Stage.getIcons()
# The outputs are committed, so building the installers (and CI) never needs these tools.
# Needs (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
SRC=adsdesk.svg
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

mkdir -p png
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$n" -h "$n" "$SRC" -o "png/adsdesk-$n.png"
done

# Strip time stamps and other metadata so regenerating gives identical files.
convert png/adsdesk-{16,24,32,48,64,128,256}.png -strip adsdesk.ico
png2icns adsdesk.icns png/adsdesk-{16,32,48,128,256,512,1024}.png >/dev/null

res=../src/main/resources/io/adsdesk/app
mkdir -p "$res"
for n in 16 32 48 64 128 256; do
  cp "png/adsdesk-$n.png" "$res/icon-$n.png"
done
ls -l png adsdesk.ico adsdesk.icns
