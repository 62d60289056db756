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
[[ -f bench/target/classes/dev/apikeep/bench/DesktopUnlockProbe.class ]] || mvn -B -q -f bench/pom.xml package
mkdir -p bench/results
OUT=bench/results/unlock-probe-ab-$(date -u +%Y%m%dT%H%M%SZ).txt
VAULTS=${BENCH_VAULTS:-/tmp/apikeep-bench-vaults}
bench/lib/vaults.sh "$VAULTS" "$JA"
HOME_DIR=$(mktemp -d); trap 'rm -rf "$HOME_DIR"' EXIT
run() { # name jar round
  java -Duser.home="$HOME_DIR" -cp "$2:bench/target/classes" dev.apikeep.bench.DesktopUnlockProbe \
    "$VAULTS/$N.apikeep" "$VAULTS/pw" 2>/dev/null | sed "s/^/$1 round=$3 /" | tee -a "$OUT"
}
{
  echo "# desktop unlock, vault side, A/B at $N keys: $NA=$JA vs $NB=$JB, $ROUNDS rounds alternated, commit $(git rev-parse --short HEAD)"
  echo "host: $(nproc) cores; uptime before: $(uptime)"
} | tee "$OUT"
run "$NA" "$JA" 0 >/dev/null; run "$NB" "$JB" 0 >/dev/null  # warm-up round (page cache), not counted
sed -i '/ round=0 /d' "$OUT"
for i in $(seq 1 "$ROUNDS"); do
  if (( i % 2 )); then run "$NA" "$JA" "$i"; run "$NB" "$JB" "$i"; else run "$NB" "$JB" "$i"; run "$NA" "$JA" "$i"; fi
done
echo "uptime after: $(uptime)" | tee -a "$OUT"
python3 - "$OUT" "$NA" "$NB" <<'PY' | tee -a "$OUT"
import re, statistics, sys
path, a, b = sys.argv[1:]
rows = [l.split(" ", 1) for l in open(path) if re.match(r"\S+ round=", l)]
by = {n: [dict(re.findall(r"(\w+)=(\S+)", rest)) for name, rest in rows if name == n] for n in (a, b)}
med = lambda n, k: statistics.median(int(r[k]) for r in by[n])
print()
for k in ("total_ms", "thread_cpu_ms", "unlock_ms", "list_ms"):
    print(f"median {k}: {a} {med(a, k)}  {b} {med(b, k)}  ratio {b}/{a} {med(b, k) / max(1, med(a, k)):.2f}")
pairs = [(int(x["total_ms"]), int(y["total_ms"])) for x, y in zip(by[a], by[b])]
print(f"rounds where {b} was faster (total): {sum(1 for x, y in pairs if y < x)} of {len(pairs)}")
PY
echo "written to $OUT"
