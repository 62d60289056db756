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
# A bot's start: `apikeep --kit FILE get REF` (picocli, the kit format, the JDK's AES-GCM and HMAC),
# appended as class names the window's start did not load, so the installed CLI shares them too.
printf 'classlist\nAK-classlist-0001\nSK-classlist-0001\n' | java -jar target/apikeep.jar --vault "$work/v.apikeep" \
  add --exchange bybit --label 'Class list' >/dev/null
printf 'classlist\n' | java -jar target/apikeep.jar --vault "$work/v.apikeep" kit create classlist --key 'Class list' \
  --out "$work/kit.akkit" --token-file "$work/kit-token" 2>/dev/null
APIKEEP_KIT_TOKEN=$(cat "$work/kit-token") java -XX:DumpLoadedClassList="$work/kit.classlist" \
  -cp target/apikeep.jar dev.apikeep.Main --kit "$work/kit.akkit" get 'Class list' >/dev/null
echo "# apikeep --kit FILE get REF (a bot's start): the classes beyond the window's, appended by packaging/classlist.sh" \
  >>packaging/startup.classlist
grep -v '^[#@]' "$work/kit.classlist" | cut -d' ' -f1 | sort -u \
  | comm -23 - <(grep -v '^[#@]' packaging/startup.classlist | cut -d' ' -f1 | sort -u) >>packaging/startup.classlist
echo "packaging/startup.classlist: $(grep -vc '^#' packaging/startup.classlist) classes"
