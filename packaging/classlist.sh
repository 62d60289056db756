#!/usr/bin/env bash
# Regenerates the class lists of the installed app's two class-data-sharing archives, which
# packaging/cds-archive.sh makes on install. Run after changing the start-up path (needs xvfb-run
# and xdotool):  packaging/classlist.sh
#   packaging/commands.classlist  the static archive every start maps: what `--version`, `--help` and
#                                 `--kit FILE get REF` load, plus the window's method-handle holders
#                                 and its lambdas in JDK classes (below). Not a vault's `get`: its
#                                 SQLite, Argon2id and vault classes would add 7 MB to the archive
#                                 every start maps (and the 80 MB the installed app may take)
#   packaging/startup.classlist   a start to the unlock screen: the window's dynamic archive, layered
#                                 on the static one, holds the classes of it the static one lacks
# A command maps only the small static archive: relocating an archive at its random address costs
# in proportion to its size, and one archive of everything made `--version` 1.6x a bare JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/apikeep.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
ak() { java -XX:DumpLoadedClassList="$work/$1.classlist" -jar target/apikeep.jar "${@:2}"; }
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

# The commands' starts: a bot's `--kit FILE get REF` (picocli, the kit format, AES-GCM and HMAC),
# --version and --help.
ak version --version >/dev/null
ak help --help >/dev/null
printf 'classlist\nAK-classlist-0001\nSK-classlist-0001\n' | java -jar target/apikeep.jar --vault "$work/v.apikeep" \
  add --exchange bybit --label 'Class list' >/dev/null
printf 'classlist\n' | java -jar target/apikeep.jar --vault "$work/v.apikeep" kit create classlist --key 'Class list' \
  --out "$work/kit.akkit" --token-file "$work/kit-token" 2>/dev/null
APIKEEP_KIT_TOKEN=$(cat "$work/kit-token") ak kit --kit "$work/kit.akkit" get 'Class list' >/dev/null

# ArchiveTraining, which makes the window's dynamic archive, may not look into JDK classes: the
# window's lambdas hosted there (with their host classes) and its method-handle holders go here.
jdk='(java|javax|jdk|sun)/'
{
  echo "# The static start-up archive's classes (packaging/classlist.sh): every start maps it."
  cat "$work"/{version,help,kit}.classlist | grep -v '^[#@]' | cut -d' ' -f1 | awk '!seen[$0]++'
  grep -E "^@lambda-proxy $jdk" packaging/startup.classlist | cut -d' ' -f2
  cat "$work"/{version,help,kit}.classlist | grep '^@' | awk '!seen[$0]++'
  grep -E "^@lambda-form-invoker|^@lambda-proxy $jdk" packaging/startup.classlist
} | awk '!seen[$0]++' >packaging/commands.classlist
echo "packaging/commands.classlist: $(grep -vc '^#' packaging/commands.classlist) lines;" \
  "packaging/startup.classlist: $(grep -vc '^#' packaging/startup.classlist) lines"
