#!/usr/bin/env bash
# Regenerates packaging/startup.classlist: the classes a start to the unlock screen loads, which
# packaging/cds-archive.sh puts in the installed app's class-data-sharing archive. Run after
# changing the start-up path (needs xvfb-run and xdotool):  packaging/classlist.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/apikeep.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf 'classlist\n' | java -jar target/apikeep.jar --vault "$work/v.apikeep" init \
  --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 >/dev/null
cat >"$work/run.sh" <<RUN
#!/bin/sh
APIKEEP_VAULT="$work/v.apikeep" java -XX:DumpLoadedClassList=packaging/startup.classlist \
  -jar target/apikeep.jar >/dev/null 2>&1 &
pid=\$!
xdotool search --sync --onlyvisible --name '^ApiKeep$' >/dev/null
sleep 2
kill -9 \$pid
RUN
chmod +x "$work/run.sh"
xvfb-run -a "$work/run.sh"
echo "packaging/startup.classlist: $(grep -vc '^#' packaging/startup.classlist) classes"
