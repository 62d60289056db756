#!/usr/bin/env bash
# Renders icons/apikeep.svg into every icon file the app and the installers use, and copies the
# window-icon sizes into the app's resources. The outputs are committed, so the normal build
# (mvn package, packaging/build.sh) never needs these tools; re-run this only after editing the SVG.
#
# Needs (Debian): apt-get install librsvg2-bin icoutils icnsutils
#   rsvg-convert  SVG -> PNG
#   icotool       PNGs -> multi-size Windows .ico
#   png2icns      PNGs -> macOS .icns
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || {
    echo "icons/build.sh: $tool is missing; apt-get install librsvg2-bin icoutils icnsutils" >&2
    exit 1
  }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" apikeep.svg --output "png/apikeep-$size.png"
done

# Windows: classic BMP-style entries up to 128 px, the 256 px one stored as PNG (-r), as Windows
# Vista and later expect for large sizes.
icotool --create --output apikeep.ico \
  png/apikeep-16.png png/apikeep-24.png png/apikeep-32.png png/apikeep-48.png \
  png/apikeep-64.png png/apikeep-128.png --raw=png/apikeep-256.png

# macOS: png2icns picks the icns type from each PNG's size (16, 32, 48, 128, 256, 512 supported).
png2icns apikeep.icns \
  png/apikeep-16.png png/apikeep-32.png png/apikeep-48.png \
  png/apikeep-128.png png/apikeep-256.png png/apikeep-512.png >/dev/null

# Window icons for the desktop app: pom.xml packs png/apikeep-{16,32,64,128}.png into the jar as
# dev/apikeep/icons/ (one copy of each icon). No 256 px: decoding it was a third of the icons' cost
# at start-up; docks and task switchers take the larger sizes from the installed desktop entry's icon.

echo "icons: png/ (16-512), apikeep.ico, apikeep.icns"
