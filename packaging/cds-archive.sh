#!/bin/sh
# Creates the class-data-sharing archives that halve the desktop app's cold start and cut a command's
# (see README, Performance). Run where the app is installed, with the app's own runtime and jar, because
# an archive is only valid for that JVM and that class path:
#   packaging/cds-archive.sh /opt/apikeep
# Two layers (packaging/classlist.sh says what is in each):
#   lib/app/apikeep.jsa  static, from commands.classlist: the classes a command starts with; every
#                        start maps it, and a command maps only this one (the JVM relocates an archive
#                        to a random address at a cost in proportion to its size)
#   lib/app/window.jsa   dynamic, on top of it: the rest of a start to the unlock screen
#                        (startup.classlist), loaded by dev.apikeep.ArchiveTraining with no display,
#                        so a server's install makes it too
# Best effort: without an archive the app starts as usual, only slower.
# The archives record the jar's path as given, and the launcher gives an absolute one: a relative
# path here makes an archive the JVM refuses (silently, with -Xshare:auto) from any other directory.
app=$(cd "${1:?usage: cds-archive.sh APP_DIR}" && pwd)
java=$app/lib/runtime/bin/java
dir=$app/lib/app
rm -f "$dir/apikeep.jsa" "$dir/window.jsa"
"$java" -Xshare:dump -Xlog:cds*=off -Xlog:all=off -XX:SharedClassListFile="$dir/commands.classlist" \
  -XX:SharedArchiveFile="$dir/apikeep.jsa" -cp "$dir/apikeep.jar" >/dev/null 2>&1 || rm -f "$dir/apikeep.jsa"
[ -f "$dir/apikeep.jsa" ] || exit 0
"$java" -Xshare:on -Xlog:cds*=off -Xlog:all=off -XX:SharedArchiveFile="$dir/apikeep.jsa" \
  -XX:ArchiveClassesAtExit="$dir/window.jsa" -cp "$dir/apikeep.jar" \
  dev.apikeep.ArchiveTraining "$dir/startup.classlist" >/dev/null 2>&1 || rm -f "$dir/window.jsa"
exit 0
