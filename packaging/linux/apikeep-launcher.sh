#!/bin/sh
# ApiKeep's launcher, installed as bin/apikeep: the desktop app without arguments, the command line
# with them. A script instead of jpackage's native launcher, which asks dpkg and rpm which package
# owns it, twice, on every start (≈ 70 ms here, more with a large package database), for the window
# and for every CLI call a bot makes.
# The class-data-sharing archive is made at install (lib/cds-archive.sh); -Xshare:auto starts
# without it when it is missing, and the log options keep CDS warnings off stdout, where the CLI
# prints secrets. The JVM runs as lib/runtime/bin/apikeep (a link to java) so that process lists
# name the app.
# A command lives for one KDF and a few decryptions: C1 alone, the serial collector and no perf-data
# file halve its CPU time (C2 compiling the KDF's loop costs more than it saves in one run; see
# bench/RESULTS.md). The desktop app runs for hours and keeps the JVM's defaults.
# The archive is mapped where it was made (ArchiveRelocationMode=0): this JDK's default (1) maps it
# elsewhere and rewrites every pointer in it on every start, ≈ 150 ms for the 38 MB archive, more
# than a bot's whole kit get. The JVM still relocates it if that address is taken.
app=$(dirname "$(readlink -f "$0")")/..
cli_options=
[ $# -gt 0 ] && cli_options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
# shellcheck disable=SC2086  # cli_options is a list of flags
exec "$app/lib/runtime/bin/apikeep" -Xshare:auto -XX:SharedArchiveFile="$app/lib/app/apikeep.jsa" \
  -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xlog:cds*=off -Xlog:class+path=off $cli_options -cp "$app/lib/app/apikeep.jar" dev.apikeep.Main "$@"
