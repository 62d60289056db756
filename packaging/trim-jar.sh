#!/usr/bin/env bash
# Usage: packaging/trim-jar.sh JAR KEEP   e.g. packaging/trim-jar.sh target/jpackage/input/apikeep.jar Linux/x86_64
# Deletes, in place, sqlite-jdbc's native libraries for every platform but KEEP (a folder under
# org/sqlite/native/). The shaded jar carries 20 of them (about 11 MB compressed); a package ships
# its own platform's runtime, so it only ever loads one. Run it on a copy, never on target/apikeep.jar.
set -euo pipefail
jar=$1 keep=$2
command -v zip >/dev/null || { echo "trim-jar.sh: zip is missing (apt-get install zip)" >&2; exit 1; }
entries=$(unzip -Z1 "$jar")
if ! grep -q "^org/sqlite/native/$keep/." <<<"$entries"; then
  echo "trim-jar.sh: no sqlite native for $keep in $jar; leaving every platform's in" >&2
  exit 0
fi
grep '^org/sqlite/native/.' <<<"$entries" | grep -v "^org/sqlite/native/$keep/" \
  | grep -v -x -e 'org/sqlite/native/' -e "org/sqlite/native/${keep%%/*}/" \
  | zip -q -d "$jar" -@
