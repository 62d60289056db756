#!/usr/bin/env bash
# A/B of the desktop unlock's vault side at 10,000 keys between two builds, alternated in one series
# (the order flips every round): Session.unlock with the window's claim and the first list, in a
# fresh JVM after the unlock's warm-up, no window (dev.apikeep.bench.DesktopUnlockProbe). Fewer moving
# parts than bench/gui/ab.sh (no window built beside it), so a smaller difference shows; the window's
# end-to-end figure is still ab.sh's.
#   bench/gui/probe-ab.sh NAME_A JAR_A NAME_B JAR_B [rounds=10] [entries=10000]
# Raw lines and medians in bench/results/unlock-probe-ab-<stamp>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
NA=$1; JA=$2; NB=$3; JB=$4; ROUNDS=${5:-10}; N=${6:-10000}
VAULTS=${BENCH_VAULTS:-/tmp/apikeep-bench-vaults}; bench/lib/vaults.sh "$VAULTS" "$JA"
PROBE=bench/target/classes/dev/apikeep/bench/DesktopUnlockProbe.class
[[ -f $PROBE ]] || mvn -B -q -f bench/pom.xml package
# a config folder of its own: the machine's seen-vaults memory is not what is measured
HOME_DIR=$(mktemp -d); trap 'rm -rf "$HOME_DIR"' EXIT
mkdir -p bench/results; OUT=bench/results/unlock-probe-ab-$(date -u +%Y%m%dT%H%M%SZ).txt
run() { # name jar round
  java -Duser.home="$HOME_DIR" -cp "$2:bench/target/classes" dev.apikeep.bench.DesktopUnlockProbe \
    "$VAULTS/$N.apikeep" "$VAULTS/pw" 2>/dev/null | sed "s/^/$1 round=$3 /" | tee -a "$OUT"
}
{
  echo "# desktop unlock, vault side, A/B at $N keys: $NA=$JA vs $NB=$JB, $ROUNDS rounds alternated, commit $(git rev-parse --short HEAD)"
  echo "host: $(nproc) cores; uptime before: $(uptime)"
} | tee "$OUT"
for i in $(seq 0 "$ROUNDS"); do  # round 0 warms the page cache and is not counted; the order flips each round
  first=("$NA" "$JA"); second=("$NB" "$JB")
  (( i % 2 )) || { first=("$NB" "$JB"); second=("$NA" "$JA"); }
  if (( i == 0 )); then run "${first[@]}" 0 >/dev/null; run "${second[@]}" 0 >/dev/null; sed -i '/ round=0 /d' "$OUT"
  else run "${first[@]}" "$i"; run "${second[@]}" "$i"; fi
done
echo "uptime after: $(uptime)" | tee -a "$OUT"
python3 - "$OUT" "$NA" "$NB" <<'PY' | tee -a "$OUT"
import re, statistics, sys
path, a, b = sys.argv[1:]
runs = {a: [], b: []}
for line in open(path):
    m = re.match(r"(\S+) round=\d+ (.*)", line)
    if m and m.group(1) in runs:
        runs[m.group(1)].append({k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", m.group(2))})
def median(name, key):
    return statistics.median(r[key] for r in runs[name])
print()
for key in ("total_ms", "thread_cpu_ms", "unlock_ms", "list_ms"):
    ma, mb = median(a, key), median(b, key)
    print(f"median {key}: {a} {ma}  {b} {mb}  ratio {b}/{a} {mb / max(1, ma):.2f}")
faster = sum(1 for x, y in zip(runs[a], runs[b]) if y["total_ms"] < x["total_ms"])
print(f"rounds where {b} was faster (total): {faster} of {len(runs[b])}")
PY
echo "written to $OUT"
