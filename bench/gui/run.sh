#!/usr/bin/env bash
# The desktop app at 10,000 keys: from the Unlock button to the list drawn, and the longest FX pulse
# gap (targets: ≤ 400 ms beyond the KDF, ≤ 100 ms), driving the real app (GuiUnlockHarness) in a
# new JVM per run under one Xvfb display.
#   bench/gui/run.sh [runs=5] [entries=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}; N=${2:-10000}
[[ -f target/apikeep.jar ]] || mvn -B -q install -DskipTests
[[ -f bench/target/classes/dev/apikeep/bench/GuiUnlockHarness.class ]] || mvn -B -q -f bench/pom.xml package
mkdir -p bench/results
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench/results/gui-unlock-$STAMP.txt
VAULTS=${BENCH_VAULTS:-/tmp/apikeep-bench-vaults}
bench/lib/vaults.sh "$VAULTS"
HOME_DIR=$(mktemp -d); trap 'rm -rf "$HOME_DIR"' EXIT
{
  echo "# GUI unlock at $N keys, $STAMP, commit $(git rev-parse --short HEAD)"
  echo "host: $(nproc) cores; uptime before: $(uptime)"
  echo "command: APIKEEP_VAULT=$VAULTS/$N.apikeep java -cp target/apikeep.jar:bench/target/classes dev.apikeep.bench.GuiUnlockHarness pw $N 19 2 1"
} | tee "$OUT"
for i in $(seq 1 "$RUNS"); do
  APIKEEP_VAULT="$VAULTS/$N.apikeep" xvfb-run -a -s "-screen 0 1400x900x24" \
    java -Duser.home="$HOME_DIR" -cp target/apikeep.jar:bench/target/classes dev.apikeep.bench.GuiUnlockHarness \
    "$VAULTS/pw" "$N" 19 2 1 2>>"$OUT.stderr" | sed "s/^/run $i /" | tee -a "$OUT"
done
echo "uptime after: $(uptime)" | tee -a "$OUT"
python3 - "$OUT" <<'PY' | tee -a "$OUT"
import re, statistics, sys
rows = [dict(re.findall(r"(\w+)=(\S+)", l)) for l in open(sys.argv[1]) if l.startswith("run ")]
med = lambda k: statistics.median(int(r[k]) for r in rows)
beyond, gap, worst = med('beyond_ms'), med('max_pulse_gap_ms'), max(int(r['max_pulse_gap_ms']) for r in rows)
empty_seen = any(r['empty_state_seen'] == 'true' for r in rows)
verdict = lambda figure, limit: "met" if figure <= limit else f"NOT met, {figure - limit:+.0f} ms over"
print(f"\nmedian of {len(rows)}: unlock {med('unlock_ms')} ms, KDF {med('kdf_ms')} ms, beyond the KDF {beyond} ms "
      f"(target ≤ 400), longest pulse gap {gap} ms, worst {worst} ms "
      f"(target ≤ 100); empty state seen: {empty_seen}")
print(f"verdicts: beyond the KDF {verdict(beyond, 400)}; longest pulse gap (median) {verdict(gap, 100)}; "
      f"empty state while loading {'NOT met' if empty_seen else 'met'}")
if beyond > 400:
    print("why beyond the KDF misses: after the KDF the vault thread runs one serial chain (whole-set check, read and "
          "decrypt of every entry, the first rows' styling and layout) in a cold JVM on two cores shared with the "
          "JIT and the window's helper thread; per-step CPU in bench/RESULTS.md ('where the desktop unlock's time goes')")
PY
[[ -s "$OUT.stderr" ]] || rm -f "$OUT.stderr"
echo "written to $OUT"
