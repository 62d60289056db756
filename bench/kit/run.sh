#!/usr/bin/env bash
# Bot kits, cold (a new JVM per run), alternated with a bare JVM in the same run (issue 14, Speed):
#   bench/kit/run.sh [rounds=20]
# Each round runs every command once, in a rotating order, through hyperfine (--runs 1; through a shell
# for the stdin redirect, hyperfine subtracting the shell's start as it measures it):
#   bare      java -cp DIR Hello
#   kit-jar   java -jar target/apikeep.jar --kit K get 'Grid bot'          target ≤ 3× bare
#   kit-pkg   target/packages/apikeep/bin/apikeep --kit K get 'Grid bot'    target ≤ 2.5× bare (when packaging/build.sh ran;
#             its class-data archive is made here with lib/cds-archive.sh, as the .deb's postinst does)
#   vault-get java -jar target/apikeep.jar --vault V get 'Grid bot', password on stdin (Argon2id m=64 MiB t=3 p=4)
#   kpxc-show keepassxc-cli show on a 100-entry KDBX4 (KDF tuned to ~200 ms by keepassxc-cli), password on stdin
# Writes bench/results/kit-<stamp>.txt (per-run times, load, the table) and raw JSON under bench/results/kit-<stamp>/.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-20}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
command -v keepassxc-cli >/dev/null || { echo "needs keepassxc-cli (apt-get install keepassxc)" >&2; exit 2; }
[[ -f target/apikeep.jar ]] || mvn -B -q package -DskipTests
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench/results/kit-$STAMP.txt; RAW=bench/results/kit-$STAMP
mkdir -p "$RAW"
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$W/Hello.java"
javac -d "$W" "$W/Hello.java"
PW='kit bench master password'
printf '%s\n' "$PW" >"$W/pw"
JAR="java -jar $PWD/target/apikeep.jar"

# A vault with default KDF settings, one OKX key, and a kit holding it (made through the real CLI).
$JAR --vault "$W/v.apikeep" init <"$W/pw" >/dev/null
printf '%s\n' "$PW" AK-bench-0001 SK-bench-0001 PP-bench | $JAR --vault "$W/v.apikeep" add --exchange okx --label 'Grid bot' >/dev/null
$JAR --vault "$W/v.apikeep" kit create bench-vps --key 'Grid bot' --out "$W/kit.akkit" --token-file "$W/token" <"$W/pw" 2>/dev/null
export APIKEEP_KIT_TOKEN; APIKEEP_KIT_TOKEN=$(cat "$W/token")

# 100 entries in a KDBX4 made by keepassxc-cli itself
python3 - "$W/kpxc.xml" <<'PY'
import base64, sys, uuid
from xml.sax.saxutils import escape
kv = lambda k, v: "<String><Key>%s</Key><Value>%s</Value></String>" % (k, escape(v))
with open(sys.argv[1], "w") as x:
    x.write('<?xml version="1.0" encoding="UTF-8"?><KeePassFile><Meta><Generator>kit-bench</Generator></Meta><Root><Group>'
            '<UUID>%s</UUID><Name>Root</Name>' % base64.b64encode(uuid.uuid4().bytes).decode())
    for i in range(100):
        x.write("<Entry><UUID>%s</UUID>%s%s%s</Entry>" % (base64.b64encode(uuid.uuid4().bytes).decode(),
                kv("Title", f"Key {i}"), kv("UserName", f"sub-{i}"), kv("Password", f"secret-{i:04d}-" + "x" * 40)))
    x.write("</Group></Root></KeePassFile>")
PY
printf '%s\n%s\n' "$PW" "$PW" | keepassxc-cli import -q -p -t 200 "$W/kpxc.xml" "$W/kpxc.kdbx"

NAMES=(bare kit-jar vault-get kpxc-show)
CMDS=("java -cp $W Hello" "$JAR --kit $W/kit.akkit get 'Grid bot'" "$JAR --vault $W/v.apikeep get 'Grid bot'"
      "keepassxc-cli show -q $W/kpxc.kdbx 'Key 50'")
INPUTS=(/dev/null /dev/null "$W/pw" "$W/pw")
PKG=target/packages/apikeep
if [[ -x $PKG/bin/apikeep ]]; then
  [[ -f $PKG/lib/app/apikeep.jsa ]] || sh "$PKG/lib/cds-archive.sh" "$PWD/$PKG"
  NAMES+=(kit-pkg); CMDS+=("$PWD/$PKG/bin/apikeep --kit $W/kit.akkit get 'Grid bot'"); INPUTS+=(/dev/null)
fi
for i in "${!NAMES[@]}"; do   # every command must work before it is timed
  eval "${CMDS[$i]}" <"${INPUTS[$i]}" >/dev/null || { echo "${NAMES[$i]} failed" >&2; exit 1; }
done
{
  echo "# bot kit vs vault vs keepassxc-cli, cold, alternated, $STAMP"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ uncommitted changes)')"
  echo "host: $(nproc) cores; java: $(java -version 2>&1 | head -1); hyperfine: $(hyperfine --version); $(keepassxc-cli --version | head -1 | sed 's/^/keepassxc-cli /')"
  echo "uptime before: $(uptime)"
  echo "rounds: $ROUNDS, each runs every command once (hyperfine --runs 1, shell start subtracted; one warm-up round not counted)"
  for i in "${!NAMES[@]}"; do echo "  ${NAMES[$i]}: ${CMDS[$i]} < ${INPUTS[$i]}"; done
} | tee "$OUT"

round() {  # $1 = round name, $2 = rotation; one hyperfine call per command, so each gets its own stdin
  local n=${#CMDS[@]} start=$(( ${2:-0} % ${#CMDS[@]} ))
  for k in $(seq 0 $((n - 1))); do
    local i=$(( (start + k) % n ))
    hyperfine --runs 1 --style none --export-json "$RAW/round-$1-${NAMES[$i]}.json" \
      -n "${NAMES[$i]}" "${CMDS[$i]} < ${INPUTS[$i]}" >/dev/null
  done
}
round warmup 0; rm -f "$RAW"/round-warmup-*.json
for r in $(seq 1 "$ROUNDS"); do round "$r" "$r"; echo "round $r done" >>"$OUT"; done
echo "uptime after: $(uptime)" | tee -a "$OUT"

python3 - "$RAW" <<'PY' | tee -a "$OUT"
import glob, json, statistics, sys
times = {}
for f in sorted(glob.glob(sys.argv[1] + "/round-*.json")):
    for r in json.load(open(f))["results"]:
        times.setdefault(r["command"], []).extend(t * 1000 for t in r["times"])
print("\nper-run wall times (ms):")
for name, ts in times.items(): print(f"  {name}: " + " ".join(f"{t:.0f}" for t in ts))
med = {k: statistics.median(v) for k, v in times.items()}
bare = med["bare"]
print("\n| command | median | × bare JVM | target |")
print("|---|---|---|---|")
targets = {"kit-jar": 3.0, "kit-pkg": 2.5}
for k in ("bare", "kit-pkg", "kit-jar", "vault-get", "kpxc-show"):
    if k not in med: continue
    t = targets.get(k)
    verdict = "" if t is None else f"≤ {t}× — {'met' if med[k] / bare <= t else 'NOT met'}"
    print(f"| {k} | {med[k]:.0f} ms | {med[k] / bare:.2f}× | {verdict} |")
PY
echo "written to $OUT and $RAW/"
