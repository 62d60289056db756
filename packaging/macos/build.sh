#!/usr/bin/env bash
# macOS installer: target/packages/ApiKeep-<version>.dmg from target/apikeep.jar.
# NOT TRIED: written on Linux, where jpackage cannot build a .dmg; see the README's Install section.
# Needs: JDK 17 (jlink, jpackage), Xcode command line tools (zip, PlistBuddy, hdiutil are part of
# macOS). Not signed or notarized: Gatekeeper asks the user to confirm the first start.
# Usually run through packaging/build.sh, which builds the jar first.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
here=packaging/macos
jar=target/apikeep.jar
[ -f "$jar" ] || { echo "macos/build.sh: $jar is missing; run packaging/build.sh" >&2; exit 1; }

version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: *//p')
version=${version%-SNAPSHOT}
modules=$(sed -e 's/#.*//' packaging/jlink-modules.txt | xargs | tr ' ' ',')
work=target/jpackage/macos
out=target/packages
rm -rf "$work"
mkdir -p "$work/input" "$out"

# The jar with only this Mac's sqlite native library (arm64 or x86_64).
cp "$jar" "$work/input/apikeep.jar"
arch=$(uname -m); [ "$arch" = arm64 ] && arch=aarch64
packaging/trim-jar.sh "$work/input/apikeep.jar" "Mac/$arch"

jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$work/runtime"

common=(--name ApiKeep --app-version "$version" --vendor ApiKeep
  --description "Vault for crypto-exchange API keys" --copyright "ApiKeep")
jpackage --type app-image "${common[@]}" \
  --input "$work/input" --main-jar apikeep.jar --main-class dev.apikeep.Main \
  --runtime-image "$work/runtime" --icon icons/apikeep.icns \
  --mac-package-identifier dev.apikeep.ApiKeep --mac-package-name ApiKeep \
  --mac-app-category public.app-category.finance --dest "$work/image"
/usr/libexec/PlistBuddy -c "Merge $here/Info-additions.plist" "$work/image/ApiKeep.app/Contents/Info.plist"

rm -f "$out"/ApiKeep-*.dmg
jpackage --type dmg --app-image "$work/image/ApiKeep.app" "${common[@]}" --dest "$out"
ls -l "$out"/ApiKeep-*.dmg
echo "CLI: sudo ln -sf /Applications/ApiKeep.app/Contents/MacOS/ApiKeep /usr/local/bin/apikeep"
