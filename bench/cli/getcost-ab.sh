#!/usr/bin/env bash
# A/B of a vault command's fixed cost (issue 15 goal 2): `get` on a 1-key vault with the fast KDF
# (m=19 MiB, t=2, p=1), cold, two jars side by side with a bare JVM, alternated in one hyperfine run.
#   bench/cli/getcost-ab.sh OLD.jar NEW.jar [rounds=10]
# Each jar runs twice: with the JVM's defaults (`java -jar`), and with the installed launcher's
# options for commands (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData; no start-up
# archive). Both jars read the same vault (made by OLD.jar) and the same password file, with a
# fresh config folder.
# Writes bench/results/getcost-ab-<stamp>/ (raw hyperfine JSON per round) and summary.txt beside it:
# wall and CPU (user + sys) medians, and each one's ratio to the bare JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."
OLD=$(readlink -f "$1"); NEW=$(readlink -f "$2"); ROUNDS=${3:-10}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RAW=bench/results/getcost-ab-$STAMP; mkdir -p "$RAW"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
# A fresh seen-vaults memory, as on a user's machine: this machine's holds hundreds of test vaults
# (59 KB read and rewritten by every command).
export APIKEEP_CONFIG_DIR=$WORK/config
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$WORK/Hello.java"
javac -d "$WORK" "$WORK/Hello.java"
printf 'bench password 1\n' >"$WORK/pw"
printf 'exchange,label,account,api_key,secret,passphrase,notes\nbybit,Key 0 bybit,sub-0,%s,%s,,note\n' \
  0123456789abcdef0123456789abcdef 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef >"$WORK/one.csv"
java -jar "$OLD" --vault "$WORK/1.apikeep" init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 <"$WORK/pw" >/dev/null
java -jar "$OLD" --vault "$WORK/1.apikeep" import "$WORK/one.csv" <"$WORK/pw" >/dev/null
LAUNCHER="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
GET="--vault $WORK/1.apikeep --password-file $WORK/pw get 'Key 0 bybit'"
NAMES=(bare old new old-launcher-flags new-launcher-flags)
CMDS=("java -cp $WORK Hello" "java -jar $OLD $GET" "java -jar $NEW $GET"
      "java $LAUNCHER -jar $OLD $GET" "java $LAUNCHER -jar $NEW $GET")
{
  echo "# get on a 1-key vault (fast KDF), cold, A/B alternated, $STAMP"
  echo "old: $OLD; new: $NEW; host: $(nproc) cores; java: $(java -version 2>&1 | head -1)"
  echo "uptime before: $(uptime)"
  for i in "${!NAMES[@]}"; do echo "  ${NAMES[$i]}: ${CMDS[$i]}"; done
} >"$RAW/summary.txt"
for r in warmup $(seq 1 "$ROUNDS"); do
  args=(); n=${#CMDS[@]}; start=$(( ${r/warmup/0} % n ))
  for k in $(seq 0 $((n - 1))); do i=$(( (start + k) % n )); args+=(-n "${NAMES[$i]}" "${CMDS[$i]}"); done
  hyperfine -N --runs 1 --style none --export-json "$RAW/round-$r.json" "${args[@]}" >/dev/null
done
rm -f "$RAW/round-warmup.json"
echo "uptime after: $(uptime)" >>"$RAW/summary.txt"
python3 - "$RAW" >>"$RAW/summary.txt" <<'PY'
import glob, json, statistics, sys
wall, cpu = {}, {}
for f in sorted(glob.glob(sys.argv[1] + "/round-*.json")):
    for r in json.load(open(f))["results"]:
        wall.setdefault(r["command"], []).extend(t * 1000 for t in r["times"])
        cpu.setdefault(r["command"], []).append((r["user"] + r["system"]) * 1000)
mw = {k: statistics.median(v) for k, v in wall.items()}
mc = {k: statistics.median(v) for k, v in cpu.items()}
print(f"\nmedians over {len(wall['bare'])} alternated rounds\n")
print("| command | wall | × bare | CPU user+sys | × bare |")
print("|---|---|---|---|---|")
for k in wall:
    print(f"| {k} | {mw[k]:.0f} ms | {mw[k] / mw['bare']:.2f} | {mc[k]:.0f} ms | {mc[k] / mc['bare']:.2f} |")
for a, b in (("old", "new"), ("old-launcher-flags", "new-launcher-flags")):
    print(f"\n{b} − {a}: wall {mw[b] - mw[a]:+.0f} ms, CPU {mc[b] - mc[a]:+.0f} ms")
print("\nper-run wall / CPU (ms), round order:")
for k in wall:
    print(f"  {k}: " + " ".join(f"{w:.0f}/{c:.0f}" for w, c in zip(wall[k], cpu[k])))
PY
cat "$RAW/summary.txt"
