#!/usr/bin/env bash
# A/B of `list` between two builds of the app, cold (a new JVM per run), on the 1-key and the
# 10,000-key bench vaults (bench/lib/vaults.sh, fast KDF): each round runs the four commands once,
# in an order that rotates, through hyperfine (`-N --runs 1`), so a loaded machine slows both alike.
#   bench/list/ab.sh NAME_A JAR_A NAME_B JAR_B [rounds=8]
# Another command than `list`: AB_WHAT names it, AB_ARGS1 / AB_ARGS10K are its arguments on each vault
# (get by label, issue 15 goal 3):
#   AB_WHAT=getlabel AB_ARGS1="get 'Key 0 bybit' --field key" AB_ARGS10K="get 'Key 5000 bybit' --field key" \
#     bench/list/ab.sh NAME_A JAR_A NAME_B JAR_B 10
# Writes bench/results/list-ab-<stamp>.txt (commands, load, medians of wall and CPU = user + sys,
# and each build's 10,000 − 1 key difference) with the raw hyperfine JSON per round beside it.
# Under load read the CPU column and the differences; the lead's idle bench/cli/run.sh gives the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
NA=$1; JA=$2; NB=$3; JB=$4; ROUNDS=${5:-8}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WHAT=${AB_WHAT:-list}; ARGS1=${AB_ARGS1:-list}; ARGS10K=${AB_ARGS10K:-list}
OUT=bench/results/$WHAT-ab-$STAMP.txt; RAW=bench/results/$WHAT-ab-$STAMP
mkdir -p "$RAW"
VAULTS=${BENCH_VAULTS:-/tmp/apikeep-bench-vaults}
bench/lib/vaults.sh "$VAULTS" "$JA"
PW="--password-file $VAULTS/pw"
NAMES=("$NA-${WHAT}1" "$NB-${WHAT}1" "$NA-${WHAT}10k" "$NB-${WHAT}10k")
CMDS=("java -jar $JA --vault $VAULTS/1.apikeep $PW $ARGS1" "java -jar $JB --vault $VAULTS/1.apikeep $PW $ARGS1"
      "java -jar $JA --vault $VAULTS/10000.apikeep $PW $ARGS10K" "java -jar $JB --vault $VAULTS/10000.apikeep $PW $ARGS10K")
{
  echo "# $WHAT A/B, cold, alternated: $NA=$JA vs $NB=$JB, $ROUNDS rounds, commit $(git rev-parse --short HEAD)"
  echo "host: $(nproc) cores; java: $(java -version 2>&1 | head -1); uptime before: $(uptime)"
  for i in "${!NAMES[@]}"; do echo "  ${NAMES[$i]}: ${CMDS[$i]}"; done
} | tee "$OUT"
for r in $(seq 0 "$ROUNDS"); do  # round 0 is a warm-up, not counted
  args=()
  for k in 0 1 2 3; do i=$(( (r + k) % 4 )); args+=(-n "${NAMES[$i]}" "${CMDS[$i]}"); done
  hyperfine -N --runs 1 --style none --export-json "$RAW/round-$r.json" "${args[@]}" >/dev/null
done
rm -f "$RAW/round-0.json"
echo "uptime after: $(uptime)" | tee -a "$OUT"
python3 - "$RAW" "$NA" "$NB" "$WHAT" <<'PY' | tee -a "$OUT"
import glob, json, statistics, sys
raw, a, b, what = sys.argv[1:]
wall, cpu = {}, {}
for f in sorted(glob.glob(raw + "/round-*.json")):
    for r in json.load(open(f))["results"]:
        wall.setdefault(r["command"], []).append(r["times"][0] * 1000)
        cpu.setdefault(r["command"], []).append((r["user"] + r["system"]) * 1000)
med = lambda xs: statistics.median(xs)
print(f"{'command':16s} {'runs':>4s} {'wall ms':>8s} {'cpu ms':>8s}")
for name in (f"{a}-{what}1", f"{b}-{what}1", f"{a}-{what}10k", f"{b}-{what}10k"):
    print(f"{name:16s} {len(wall[name]):4d} {med(wall[name]):8.0f} {med(cpu[name]):8.0f}")
for n in (a, b):
    one, many = f"{n}-{what}1", f"{n}-{what}10k"
    print(f"{n}: 10,000 − 1 key: wall {med(wall[many]) - med(wall[one]):+.0f} ms, "
          f"cpu {med(cpu[many]) - med(cpu[one]):+.0f} ms")
PY
