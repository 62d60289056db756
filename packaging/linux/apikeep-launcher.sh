#!/bin/sh
# ApiKeep's launcher, installed as bin/apikeep: the desktop app without arguments, the command line
# with them. A script instead of jpackage's native launcher, which asks dpkg and rpm which package
# owns it, twice, on every start (≈ 70 ms here, more with a large package database), for the window
# and for every CLI call a bot makes.
# The class-data-sharing archive is made at install (lib/cds-archive.sh); -Xshare:auto starts
# without it when it is missing, and the log options keep CDS warnings off stdout, where the CLI
# prints secrets. The JVM runs as lib/runtime/bin/apikeep (a link to java) so that process lists
# name the app.
app=$(dirname "$(readlink -f "$0")")/..
exec "$app/lib/runtime/bin/apikeep" -Xshare:auto -XX:SharedArchiveFile="$app/lib/app/apikeep.jsa" \
  -Xlog:cds*=off -Xlog:class+path=off -cp "$app/lib/app/apikeep.jar" dev.apikeep.Main "$@"
