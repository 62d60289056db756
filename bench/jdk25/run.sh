#!/usr/bin/env bash
# Issue 15's "allowed" option, measured: the installed app on a runtime jlinked from JDK 25 with an
# ahead-of-time cache (JEP 483/514/515), A/B against today's image (JDK 17 runtime + CDS archive).
#   bench/jdk25/run.sh [rounds=8]      (after packaging/build.sh; needs xvfb-run, xdotool, hyperfine)
# Builds under $WORK (default /tmp/apikeep-jdk25), leaving target/ alone:
#   img17/  a copy of target/packages/apikeep, its CDS archive made again at the copy's path
#   img25/  the same jar and launcher script on `jlink` of JDK 25 ($JAVA25_HOME, else Temurin 25's
#           usual path), with two AOT caches, each from a training run with the flags it runs with:
#             gui.aot  the desktop start to the unlock window (under Xvfb, ended with SIGTERM)
#             cli.aot  a bot's `--kit FILE get REF` with the launcher's command flags (C1, serial GC)
#           launchers: bin/gui25 uses gui.aot for everything (one cache, like today's one archive),
#           bin/cli25 uses cli.aot for commands and gui.aot for the window
#           (--enable-native-access=ALL-UNNAMED: JDK 25 warns on stderr when sqlite-jdbc and JavaFX
#           load their natives; the training must pass it too, or the cache is refused)
# Then, alternated in one hyperfine run (CPU user+sys beside wall), a bare JVM and each image's
# --version, --kit get, get on a 1-key vault, list on 10,000 keys; the start to the unlock window
# (wall and the process's CPU when the window maps) beside a bare JavaFX window; du -sm of each image.
# Writes bench/results/jdk25-ab-<stamp>/ (summary.txt, window.txt, size.txt, raw rounds). Figures and the
# verdict (not adopted: size and `list` worse): bench/RESULTS.md, "Fourth session: a Temurin 25 runtime".
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-8}
J25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x $J25/bin/jlink ]] || { echo "needs a JDK 25: set JAVA25_HOME" >&2; exit 2; }
[[ -x target/packages/apikeep/bin/apikeep ]] || { echo "run packaging/build.sh first" >&2; exit 2; }
WORK=${WORK:-/tmp/apikeep-jdk25}
STAMP=$(date -u +%Y%m%dT%H%M%SZ); OUT=bench/results/jdk25-ab-$STAMP
mkdir -p "$OUT" "$WORK"; WORK=$(cd "$WORK" && pwd)
B=$WORK/img17; A=$WORK/img25
rm -rf "$B" "$A"
cp -a target/packages/apikeep "$B"; rm -f "$B/lib/app/apikeep.jsa"; sh packaging/cds-archive.sh "$B"
cp -a "$B" "$A"; rm -rf "$A/lib/runtime" "$A/lib/app/apikeep.jsa"
"$J25/bin/jlink" --add-modules "$(sed -e 's/#.*//' packaging/jlink-modules.txt | xargs | tr ' ' ',')" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$A/lib/runtime"
find "$A/lib/runtime" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
ln -s java "$A/lib/runtime/bin/apikeep"

# Vaults, a kit, a Hello and the launchers
V=$WORK/vaults; bench/lib/vaults.sh "$V"
K=$WORK/kit; mkdir -p "$K"; JAR="java -jar $PWD/target/apikeep.jar"
if [[ ! -f $K/kit.akkit ]]; then
  $JAR --vault "$K/v.apikeep" init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 <"$V/pw" >/dev/null
  printf '%s\n' "$(cat "$V/pw")" AK-jdk25-0001 SK-jdk25-0001 | $JAR --vault "$K/v.apikeep" add --exchange bybit --label 'Grid bot' >/dev/null
  $JAR --vault "$K/v.apikeep" kit create jdk25 --key 'Grid bot' --out "$K/kit.akkit" --token-file "$K/token" <"$V/pw" 2>/dev/null
fi
export APIKEEP_KIT_TOKEN; APIKEEP_KIT_TOKEN=$(cat "$K/token")
mkdir -p "$WORK/hello"; printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"
javac -cp target/apikeep.jar -d "$WORK/bw" bench/src/main/java/dev/apikeep/bench/BareWindow.java   # the bare window
CLI_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
NATIVE=--enable-native-access=ALL-UNNAMED
launcher() {  # $1 = name, $2 = the cache for commands, $3 = the cache for the window
  cat >"$A/bin/$1" <<SH
#!/bin/sh
app=\$(dirname "\$(readlink -f "\$0")")/..
cache=$3; cli_options=
[ \$# -gt 0 ] && { cache=$2; cli_options="$CLI_FLAGS"; }
exec "\$app/lib/runtime/bin/apikeep" -XX:AOTCache="\$app/lib/app/\$cache" $NATIVE -Xlog:aot*=off -Xlog:cds*=off \\
  -Xlog:class+path=off \$cli_options -cp "\$app/lib/app/apikeep.jar" dev.apikeep.Main "\$@"
SH
  chmod +x "$A/bin/$1"
}
launcher gui25 gui.aot gui.aot
launcher cli25 cli.aot gui.aot

# Training runs (stdout to /dev/null: a command prints the secret)
# shellcheck disable=SC2086
"$A/lib/runtime/bin/java" -XX:AOTCacheOutput="$A/lib/app/cli.aot" $NATIVE $CLI_FLAGS -cp "$A/lib/app/apikeep.jar" \
  dev.apikeep.Main --kit "$K/kit.akkit" get 'Grid bot' >/dev/null 2>"$OUT/train-cli.log"
printf 'window\n' | $JAR --vault "$WORK/gui.apikeep" init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 >/dev/null 2>&1 || true
cat >"$WORK/train-gui.sh" <<SH
#!/bin/sh
APIKEEP_VAULT=$WORK/gui.apikeep "$A/lib/runtime/bin/java" -Duser.home=$WORK -XX:AOTCacheOutput="$A/lib/app/gui.aot" $NATIVE \\
  -cp "$A/lib/app/apikeep.jar" dev.apikeep.Main >"$OUT/train-gui.log" 2>&1 &
pid=\$!
xdotool search --sync --onlyvisible --name '^ApiKeep\$' >/dev/null; sleep 2; kill -TERM \$pid; wait \$pid
exit 0
SH
chmod +x "$WORK/train-gui.sh"; xvfb-run -a "$WORK/train-gui.sh"
for f in cli.aot gui.aot; do [[ -f $A/lib/app/$f ]] || { echo "no $f made: see $OUT/train-*.log" >&2; exit 1; }; done

# Commands, alternated
KG="--kit $K/kit.akkit get 'Grid bot'"; G1="--vault $V/1.apikeep --password-file $V/pw get 'Key 0 bybit'"
L10="--vault $V/10000.apikeep --password-file $V/pw list"
NAMES=(bare); CMDS=("java -cp $WORK/hello Hello")
for v in "img17 $B/bin/apikeep" "gui25 $A/bin/gui25" "cli25 $A/bin/cli25"; do
  set -- $v
  NAMES+=("$1-version" "$1-kitget" "$1-get1" "$1-list10k"); CMDS+=("$2 --version" "$2 $KG" "$2 $G1" "$2 $L10")
done
{ echo "# JDK 17 + CDS vs JDK 25 + AOT cache, installed launchers, cold, alternated, $STAMP"
  echo "commit: $(git rev-parse --short HEAD); JDK 25: $("$J25/bin/java" -version 2>&1 | sed -n 2p); uptime before: $(uptime)"
  for i in "${!NAMES[@]}"; do echo "  ${NAMES[$i]}: ${CMDS[$i]}"; done; } >"$OUT/commands.txt"
round() {
  local args=() n=${#CMDS[@]} start=$(( $2 % ${#CMDS[@]} ))
  for k in $(seq 0 $((n - 1))); do local i=$(( (start + k) % n )); args+=(-n "${NAMES[$i]}" "${CMDS[$i]}"); done
  hyperfine -N --runs 1 --style none --export-json "$OUT/round-$1.json" "${args[@]}" >/dev/null
}
round warmup 0; rm -f "$OUT/round-warmup.json"
for r in $(seq 1 "$ROUNDS"); do round "$r" "$r"; done
echo "uptime after: $(uptime)" >>"$OUT/commands.txt"
python3 - "$OUT" <<'PY' | tee "$OUT/summary.txt"
import glob, json, statistics, sys
wall, cpu = {}, {}
for f in sorted(glob.glob(sys.argv[1] + "/round-*.json")):
    for r in json.load(open(f))["results"]:
        wall.setdefault(r["command"], []).extend(t * 1000 for t in r["times"])
        cpu.setdefault(r["command"], []).append((r["user"] + r["system"]) * 1000)
mw = {k: statistics.median(v) for k, v in wall.items()}; mc = {k: statistics.median(v) for k, v in cpu.items()}
print(f"medians over {len(wall['bare'])} alternated rounds\n| command | wall | × bare | CPU user+sys | × bare |\n|---|---|---|---|---|")
for k in sorted(wall, key=lambda k: (k.split("-")[-1], k)):
    print(f"| {k} | {mw[k]:.0f} ms | {mw[k]/mw['bare']:.2f}× | {mc[k]:.0f} ms | {mc[k]/mc['bare']:.2f}× |")
PY

# The start to the unlock window: bare JavaFX window, img17, gui25 (the window uses gui.aot in both launchers)
cat >"$WORK/window.sh" <<SH
#!/usr/bin/env bash
export APIKEEP_VAULT=$WORK/gui.apikeep
one() {  # prints wall ms / CPU ms of the process when the window maps
  local t0 t1 pid title='^ApiKeep\$' n
  t0=\$(date +%s%N)
  case \$1 in
    bare) title='^Bare\$'; java -Duser.home=$WORK -cp $PWD/target/apikeep.jar:$WORK/bw dev.apikeep.bench.BareWindow >/dev/null 2>&1 & ;;
    img17) $B/bin/apikeep >/dev/null 2>&1 & ;;
    gui25) $A/bin/gui25 >/dev/null 2>&1 & ;;
  esac
  pid=\$!; n=0
  until xdotool search --onlyvisible --name "\$title" >/dev/null 2>&1; do sleep 0.02; n=\$((n + 1)); [ \$n -lt 3000 ] || return 1; done
  t1=\$(date +%s%N); cpu=\$(awk '{print (\$14 + \$15) * 1000 / '"\$(getconf CLK_TCK)"'}' /proc/\$pid/stat)
  kill -9 \$pid; wait \$pid 2>/dev/null; sleep 0.3
  echo "\$(( (t1 - t0) / 1000000 ))/\$cpu"
}
kinds=(bare img17 gui25); for k in "\${kinds[@]}"; do one \$k >/dev/null; done
for i in \$(seq 1 $ROUNDS); do
  line="run \$i"; for j in 0 1 2; do k=\${kinds[\$(( (i + j) % 3 ))]}; line="\$line \$k=\$(one \$k)"; done; echo "\$line"
done
SH
chmod +x "$WORK/window.sh"
{ echo "# start to the window (wall ms/CPU ms), load $(cut -d' ' -f1-3 /proc/loadavg)"; xvfb-run -a -s "-screen 0 1280x1024x24" "$WORK/window.sh"; } >"$OUT/window.txt"
python3 - "$OUT/window.txt" <<'PY' | tee -a "$OUT/window.txt"
import re, statistics, sys
w, c = {}, {}
for line in open(sys.argv[1]):
    for k, a, b in re.findall(r"(\w+)=(\d+)/(\d+)", line):
        w.setdefault(k, []).append(int(a)); c.setdefault(k, []).append(int(b))
print("| window | runs | wall | × bare | CPU at the window | × bare |\n|---|---|---|---|---|---|")
for k in w:
    mw, mc = statistics.median(w[k]), statistics.median(c[k])
    print(f"| {k} | {len(w[k])} | {mw:.0f} ms | {mw / statistics.median(w['bare']):.2f}× | {mc:.0f} ms | {mc / statistics.median(c['bare']):.2f}× |")
PY
{ echo "du -sm, one part at a time:"
  for p in "$B" "$B/lib/runtime" "$B"/lib/app/* "$A" "$A/lib/runtime" "$A"/lib/app/*; do du -sm "$p"; done
  echo "installed as one cache (gui25): $(( $(du -sm "$A" | cut -f1) - $(du -sm "$A/lib/app/cli.aot" | cut -f1) )) MB"
} | tee "$OUT/size.txt"
echo "written to $OUT/"
