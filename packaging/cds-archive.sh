#!/bin/sh
# Creates the class-data-sharing archive that halves the desktop app's cold start (see README,
# Performance). Run where the app is installed, with the app's own runtime and jar, because the
# archive is only valid for that JVM and that class path:
#   packaging/cds-archive.sh /opt/apikeep
# Best effort: without an archive the app starts as usual, only slower.
# The archive records the jar's path as given, and the launcher gives an absolute one: a relative
# path here makes an archive the JVM refuses (silently, with -Xshare:auto) from any other directory.
app=$(cd "${1:?usage: cds-archive.sh APP_DIR}" && pwd)
"$app/lib/runtime/bin/java" -Xshare:dump -Xlog:cds*=off -Xlog:all=off \
  -XX:SharedClassListFile="$app/lib/app/startup.classlist" \
  -XX:SharedArchiveFile="$app/lib/app/apikeep.jsa" \
  -cp "$app/lib/app/apikeep.jar" >/dev/null 2>&1 || rm -f "$app/lib/app/apikeep.jsa"
exit 0
