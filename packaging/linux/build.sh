#!/usr/bin/env bash
# Linux packages from target/apikeep.jar, into target/packages/:
#   apikeep/                    the app image (runs in place: target/packages/apikeep/bin/apikeep)
#   apikeep_<version>-1_<arch>.deb
#   apikeep-<version>-1.<arch>.rpm   only where rpmbuild exists
# Installed to /opt/apikeep with /usr/bin/apikeep -> /opt/apikeep/bin/apikeep (one launcher: the
# desktop app without arguments, the CLI with them) and a menu entry.
# Needs: JDK 17 (jlink, jpackage), zip, dpkg-deb and fakeroot for the .deb, rpmbuild for the .rpm.
# Usually run through packaging/build.sh, which builds the jar first.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
here=packaging/linux
jar=target/apikeep.jar
[ -f "$jar" ] || { echo "linux/build.sh: $jar is missing; run packaging/build.sh" >&2; exit 1; }

# The version comes from the jar being packaged (its manifest carries the pom's version).
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: *//p')
version=${version%-SNAPSHOT}   # installers accept only numeric versions
description="Vault for crypto-exchange API keys"
vendor=ApiKeep
maintainer=${APIKEEP_DEB_MAINTAINER:-maintainers@apikeep.invalid}
modules=$(sed -e 's/#.*//' packaging/jlink-modules.txt | xargs | tr ' ' ',')

work=target/jpackage/linux
out=target/packages
rm -rf "$work" "$out/apikeep"
mkdir -p "$work/input" "$work/resources" "$out"

# 1. The jar, with only this machine's sqlite native library (saves ~11 MB).
cp "$jar" "$work/input/apikeep.jar"
case "$(uname -m)" in
  x86_64) sqlite_arch=x86_64 ;;
  aarch64 | arm64) sqlite_arch=aarch64 ;;
  *) sqlite_arch=$(uname -m) ;;   # trim-jar.sh keeps everything if it has no such folder
esac
packaging/trim-jar.sh "$work/input/apikeep.jar" "Linux/$sqlite_arch"

# 2. A runtime with only the JDK modules the app uses (JavaFX is inside the jar).
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$work/runtime"
# Debian's JDK ships its native libraries with their symbol tables (libjvm.so: 24 MB, 20 MB without).
if command -v strip >/dev/null; then
  find "$work/runtime" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
fi

# 3. The app image, plus the AppStream file the package scripts install.
common=(--name apikeep --app-version "$version" --vendor "$vendor" --description "$description")
cp packaging/startup.classlist packaging/commands.classlist "$work/input/"
# Class-data sharing: the archive (made on install by postinst, or below for the image) holds the
# start-up classes already parsed and verified; the launcher script passes the JVM options.
jpackage --type app-image "${common[@]}" \
  --input "$work/input" --main-jar apikeep.jar --main-class dev.apikeep.Main \
  --runtime-image "$work/runtime" --icon icons/png/apikeep-256.png --dest "$out"
# jpackage's native launcher queries dpkg and rpm on every start; a script takes its place (it says why).
rm "$out/apikeep/bin/apikeep" "$out/apikeep/lib/libapplauncher.so" "$out/apikeep/lib/app/apikeep.cfg"
cp "$here/apikeep-launcher.sh" "$out/apikeep/bin/apikeep"
ln -s java "$out/apikeep/lib/runtime/bin/apikeep"
# (In lib/: jpackage's .deb keeps the image's bin/ and lib/ but makes its own share/.)
cp "$here/dev.apikeep.ApiKeep.metainfo.xml" "$out/apikeep/lib/"
cp packaging/cds-archive.sh "$out/apikeep/lib/"

# 4. Packages. jpackage takes the menu entry, maintainer scripts and RPM spec from the resource dir.
cp "$here/apikeep.desktop" "$here/postinst" "$here/prerm" "$here/apikeep.spec" "$work/resources/"
pkg=(--app-image "$out/apikeep" "${common[@]}" --dest "$out" --resource-dir "$work/resources"
  --icon icons/png/apikeep-256.png --linux-package-name apikeep --linux-shortcut
  --linux-menu-group "Office;Finance" --linux-app-category utils)
[ -f LICENSE ] && pkg+=(--license-file LICENSE)

rm -f "$out"/apikeep_*.deb "$out"/apikeep-*.rpm
jpackage --type deb "${pkg[@]}" --linux-deb-maintainer "$maintainer"
# jpackage makes xdg-utils a hard dependency (for the menu entry) and does not see JavaFX's need
# for GTK 3 (its natives are inside the jar). A server without a desktop needs neither: the command
# line runs headless, and postinst falls back to copying the menu file. So: xdg-utils and GTK 3 are
# Recommends (apt installs them on a desktop by default), and `dpkg -i` on a server without them
# configures the package instead of leaving it half-installed.
deb=$(ls "$out"/apikeep_*.deb)
fakeroot sh -c '
  set -e
  dpkg-deb -R "$1" "$2/deb"
  control="$2/deb/DEBIAN/control"
  sed -i -E "/^Depends:/{s/(, *)?xdg-utils//; s/Depends: *, */Depends: /; s/ +$//}" "$control"
  sed -i -E "/^Depends: *$/d" "$control"
  sed -i "/^Depends:/a Recommends: libgtk-3-0 | libgtk-3-0t64, xdg-utils" "$control"
  grep -q "^Recommends:" "$control" || echo "Recommends: libgtk-3-0 | libgtk-3-0t64, xdg-utils" >>"$control"
  dpkg-deb -Zxz -b "$2/deb" "$1" >/dev/null
' sh "$deb" "$work"
echo "deb control: $(dpkg-deb -f "$deb" Depends Recommends | tr '\n' ' ')"
if command -v rpmbuild >/dev/null; then
  jpackage --type rpm "${pkg[@]}"
else
  echo "linux/build.sh: no rpmbuild here, so no .rpm (apt-get install rpm / dnf install rpm-build)"
fi

# The image in target/ runs in place, so it gets its start-up archive now (packages make theirs on install).
sh packaging/cds-archive.sh "$out/apikeep"
ls -l "$out"
echo "app image: $(du -sh "$out/apikeep" | cut -f1)"
