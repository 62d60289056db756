#!/usr/bin/env bash
# One entry point for installers: builds target/apikeep.jar, then what this OS can build, into
# target/packages/. Not part of `mvn verify` (CI stays fast); run it by hand or in a release job.
#   Linux:   app image, .deb, .rpm where rpmbuild exists      (packaging/linux/build.sh)
#   macOS:   .dmg                                               (packaging/macos/build.sh)
#   Windows: .msi: run packaging\windows\build.ps1 in PowerShell instead (needs WiX 3)
# Options: --skip-jar reuses an existing target/apikeep.jar; MVN_ARGS adds Maven flags (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != --skip-jar ]; then
  # shellcheck disable=SC2086  # MVN_ARGS is a list of flags
  mvn -B -q ${MVN_ARGS:-} package -DskipTests
fi

case "$(uname -s)" in
  Linux) packaging/linux/build.sh ;;
  Darwin) packaging/macos/build.sh ;;
  MINGW* | MSYS* | CYGWIN*)
    powershell -NoProfile -ExecutionPolicy Bypass -File packaging/windows/build.ps1 -SkipJar ;;
  *) echo "packaging/build.sh: no installer recipe for $(uname -s)" >&2; exit 1 ;;
esac
