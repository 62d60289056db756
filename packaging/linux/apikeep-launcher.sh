#!/bin/sh
# ApiKeep's launcher, installed as bin/apikeep: the desktop app without arguments, the command line
# with them. A script instead of jpackage's native launcher, which asks dpkg and rpm which package
# owns it, twice, on every start (≈ 70 ms here, more with a large package database), for the window
# and for every CLI call a bot makes.
# The class-data-sharing archives are made at install (lib/cds-archive.sh): a command maps only the
# small static one (apikeep.jsa), the desktop app the window's dynamic one (window.jsa) on top of it.
# -Xshare:auto starts without them when they are missing or stale, and the log options keep CDS
# warnings off stdout, where the CLI prints secrets. The JVM runs as lib/runtime/bin/apikeep (a link to java) so that process lists
# name the app.
# A command lives for one KDF and a few decryptions: C1 alone, the serial collector and no perf-data
# file halve its CPU time (C2 compiling the KDF's loop costs more than it saves in one run; see
# bench/RESULTS.md). The desktop app runs for hours and keeps the JVM's defaults.
# The archive keeps the JDK's default placement at a random address (ArchiveRelocationMode=1, the
# address-space randomisation JDK 17.0.x and 20+ apply to it): mapping it where it was made saves
# ≈ 20 ms of CPU per start, not worth a fixed address for a process that holds secrets
# (bench/RESULTS.md, kit speed).
app=$(dirname "$(readlink -f "$0")")/..
archive=$app/lib/app/apikeep.jsa
options=
if [ $# -gt 0 ]; then
  options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
elif [ -f "$app/lib/app/window.jsa" ]; then
  archive=$archive:$app/lib/app/window.jsa
fi
# shellcheck disable=SC2086  # options is a list of flags
exec "$app/lib/runtime/bin/apikeep" -Xshare:auto -XX:SharedArchiveFile="$archive" \
  -Xlog:cds*=off -Xlog:class+path=off $options -cp "$app/lib/app/apikeep.jar" dev.apikeep.Main "$@"
