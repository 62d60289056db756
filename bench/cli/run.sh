#!/usr/bin/env bash
# Every user-level speed goal of issue 15, cold (a new JVM per run), side by side with a bare JVM in
# the same run, alternated: each round runs every command once, in turn, through hyperfine.
#   bench/cli/run.sh [rounds=10] [--gui] [--startup]
# Goals (ratios are medians over the bare JVM's median in the same run):
#   --version, --help                       ≤ 1.5× a bare JVM (java -cp DIR Hello)
#   get on a 1-key vault (fast KDF)          ≤ 3× a bare JVM; beside it, one cold Argon2id at the same
#                                            parameters in a JVM of its own (ColdKdf): the KDF's floor
#   get by label, 10,000 keys − 1 key        ≤ 50 ms   (the blind index is the vault work's; reported)
#   list, 10,000 keys − 1 key                ≤ 300 ms
#   --gui: the desktop app at 10,000 keys (bench/gui/run.sh): unlock ≤ 400 ms beyond the KDF, pulse gap ≤ 100 ms
#   --startup: start-up windows (bench/startup/run.sh): packaged ≤ 1.2×, java -jar ≤ 1.5× a bare window,
#              and the installed size (≤ 80 MB) of target/packages/apikeep (packaging/build.sh)
# With the app image of packaging/build.sh present, the installed launcher's get and list run too.
# Writes bench/results/cli-<stamp>.txt (per-run times, load before and after, the table) and the
# raw hyperfine JSON of every round under bench/results/cli-<stamp>/.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-10}; shift || true
GUI=0; STARTUP=0
for a in "$@"; do case $a in --gui) GUI=1 ;; --startup) STARTUP=1 ;; esac; done
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
[[ -f target/apikeep.jar ]] || mvn -B -q package -DskipTests
[[ -f bench/target/classes/dev/apikeep/bench/ColdKdf.class ]] || mvn -B -q -f bench/pom.xml package -DskipTests
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench/results/cli-$STAMP.txt; RAW=bench/results/cli-$STAMP
mkdir -p "$RAW"
VAULTS=${BENCH_VAULTS:-/tmp/apikeep-bench-vaults}
bench/lib/vaults.sh "$VAULTS"
HELLO=$(mktemp -d)
# A config folder of its own, as a user with these vaults has: the machine's own seen-vaults memory
# holds every vault its tests and harnesses ever opened (200+), which each command reads and rewrites.
export APIKEEP_CONFIG_DIR=${APIKEEP_CONFIG_DIR:-$(mktemp -d)}
trap 'rm -rf "$HELLO"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$HELLO/Hello.java"
javac -d "$HELLO" "$HELLO/Hello.java"

JAR="java -jar target/apikeep.jar"
PW="--password-file $VAULTS/pw"
NAMES=(bare kdf version help get1 getlabel1 getlabel10k list1 list10k)
CMDS=(
  "java -cp $HELLO Hello"
  "java -cp target/apikeep.jar:bench/target/classes dev.apikeep.bench.ColdKdf"
  "$JAR --version"
  "$JAR --help"
  "$JAR --vault $VAULTS/1.apikeep $PW get 'Key 0 bybit'"
  "$JAR --vault $VAULTS/1.apikeep $PW get 'Key 0 bybit' --field key"
  "$JAR --vault $VAULTS/10000.apikeep $PW get 'Key 5000 bybit' --field key"
  "$JAR --vault $VAULTS/1.apikeep $PW list"
  "$JAR --vault $VAULTS/10000.apikeep $PW list"
)
# The installed launcher (packaging/build.sh), where it exists: the JVM options a package can give.
IMAGE=target/packages/apikeep/bin/apikeep
if [[ -x $IMAGE ]]; then
  NAMES+=(img-version img-get1 img-list1 img-list10k)
  CMDS+=("$IMAGE --version"
         "$IMAGE --vault $VAULTS/1.apikeep $PW get 'Key 0 bybit'"
         "$IMAGE --vault $VAULTS/1.apikeep $PW list"
         "$IMAGE --vault $VAULTS/10000.apikeep $PW list")
fi
{
  echo "# user-level figures, cold, alternated, $STAMP"
  echo "config folder: $APIKEEP_CONFIG_DIR (fresh unless set)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ uncommitted changes)')"
  echo "host: $(nproc) cores; java: $(java -version 2>&1 | head -1); hyperfine: $(hyperfine --version)"
  echo "uptime before: $(uptime)"
  echo "rounds: $ROUNDS, each runs every command once (hyperfine -N --runs 1, one warm-up round not counted)"
  for i in "${!NAMES[@]}"; do echo "  ${NAMES[$i]}: ${CMDS[$i]}"; done
} | tee "$OUT"

round() {  # $1 = round number or "warmup"; the order rotates each round
  local args=() n=${#CMDS[@]} start=$(( ${2:-0} % ${#CMDS[@]} ))
  for k in $(seq 0 $((n - 1))); do
    local i=$(( (start + k) % n ))
    args+=(-n "${NAMES[$i]}" "${CMDS[$i]}")
  done
  hyperfine -N --runs 1 --style none --export-json "$RAW/round-$1.json" "${args[@]}" >/dev/null
}
round warmup 0; rm -f "$RAW/round-warmup.json"
for r in $(seq 1 "$ROUNDS"); do round "$r" "$r"; echo "round $r done" >>"$OUT"; done
echo "uptime after: $(uptime)" | tee -a "$OUT"

python3 bench/cli/summarize.py "$RAW" | tee -a "$OUT"
if (( GUI )); then
  bench/gui/run.sh 5 | tee -a "$OUT"
fi
if (( STARTUP )); then
  bench/startup/run.sh 10 | tee -a "$OUT"
  if [[ -d target/packages/apikeep ]]; then
    echo "installed size (goal ≤ 80 MB with the start-up archive), du -sm of the app image:" | tee -a "$OUT"
    for part in target/packages/apikeep target/packages/apikeep/lib/runtime target/packages/apikeep/lib/app/*; do
      du -sm "$part"   # one at a time: du counts a folder once, inside the first argument that holds it
    done | tee -a "$OUT"
  fi
fi
echo "written to $OUT and $RAW/"
