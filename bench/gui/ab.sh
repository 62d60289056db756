#!/usr/bin/env bash
# A/B of the desktop unlock at 10,000 keys between two builds of the app, alternated in one series
# (the order flips every round), so a loaded machine slows both alike: read the differences.
#   bench/gui/ab.sh NAME_A JAR_A NAME_B JAR_B [rounds=6] [entries=10000]
# Same harness, vault and password as bench/gui/run.sh; raw lines and medians in
# bench/results/gui-unlock-ab-<stamp>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
NA=$1; JA=$2; NB=$3; JB=$4; ROUNDS=${5:-6}; N=${6:-10000}
[[ -f bench/target/classes/dev/apikeep/bench/GuiUnlockHarness.class ]] || mvn -B -q -f bench/pom.xml package
mkdir -p bench/results
OUT=bench/results/gui-unlock-ab-$(date -u +%Y%m%dT%H%M%SZ).txt
VAULTS=${BENCH_VAULTS:-/tmp/apikeep-bench-vaults}
bench/lib/vaults.sh "$VAULTS" "$JA"
HOME_DIR=$(mktemp -d); trap 'rm -rf "$HOME_DIR"' EXIT
run() { # name jar round
  APIKEEP_VAULT="$VAULTS/$N.apikeep" xvfb-run -a -s "-screen 0 1400x900x24" \
    java -Duser.home="$HOME_DIR" -cp "$2:bench/target/classes" dev.apikeep.bench.GuiUnlockHarness \
    "$VAULTS/pw" "$N" 19 2 1 2>/dev/null | sed "s/^/$1 round=$3 /" | tee -a "$OUT"
}
{
  echo "# GUI unlock A/B at $N keys: $NA=$JA vs $NB=$JB, $ROUNDS rounds alternated, commit $(git rev-parse --short HEAD)"
  echo "host: $(nproc) cores; uptime before: $(uptime)"
} | tee "$OUT"
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
for k in ("beyond_ms", "max_pulse_gap_ms", "unlock_ms", "kdf_ms"):
    print(f"median {k}: {a} {med(a, k)}  {b} {med(b, k)}  ratio {b}/{a} {med(b, k) / med(a, k):.2f}")
pairs = [(int(x["beyond_ms"]), int(y["beyond_ms"])) for x, y in zip(by[a], by[b])]
print(f"rounds where {b} was faster (beyond the KDF): {sum(1 for x, y in pairs if y < x)} of {len(pairs)}")
print("empty state seen: " + ", ".join(f"{n} {any(r['empty_state_seen'] == 'true' for r in by[n])}" for n in (a, b)))
PY
echo "written to $OUT"
