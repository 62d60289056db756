#!/usr/bin/env bash
# Would a sealed per-entry list summary (a format 3) meet issue 15 goals 4 and 5? The per-row work of a
# list over N rows in a cold JVM, one thread (bench/list/ListDecodeCold.java): today's 528-byte rows
# opened into full entries (entry), the same rows decoded into a small record of what list shows
# (record), and made-up 272-byte summaries decoded into that record (summary); each with the JVM's defaults (C2, as `java -jar`) and with the
# installed launcher's options for commands (C1 only). The rows are sealed once by another JVM; each
# run is a fresh JVM; the six variants alternate, their order rotating every round.
#   bench/list/summary-cold.sh [JAR=target/apikeep.jar] [rounds=10] [n=10000]
# Writes bench/results/summary-cold-<stamp>.txt: every run's line, then medians of the thread's CPU and wall.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(readlink -f "${1:-target/apikeep.jar}"); ROUNDS=${2:-10}; N=${3:-10000}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
javac -cp "$JAR" -d "$WORK" bench/list/ListDecodeCold.java
CP="$JAR:$WORK"
java -cp "$CP" dev.apikeep.vault.ListDecodeCold make "$WORK/rows.bin" "$N"
LAUNCHER="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
mkdir -p bench/results; OUT=bench/results/summary-cold-$(date -u +%Y%m%dT%H%M%SZ).txt
NAMES=(entry-c2 record-c2 summary-c2 entry-c1 record-c1 summary-c1)
{
  echo "# list's per-row work, cold, one thread, $N rows: today's entries vs a record of what list shows vs a 272-byte summary"
  echo "# jar $JAR, commit $(git rev-parse --short HEAD), $ROUNDS rounds alternated; c1 = $LAUNCHER"
  echo "host: $(nproc) cores; java: $(java -version 2>&1 | head -1); uptime before: $(uptime)"
} | tee "$OUT"
for r in $(seq 0 "$ROUNDS"); do  # round 0 warms the page cache and is not counted
  for k in $(seq 0 5); do
    name=${NAMES[$(( (r + k) % 6 ))]}; mode=${name%-*}; opts=""
    [[ $name == *-c1 ]] && opts=$LAUNCHER
    line=$(java $opts -cp "$CP" dev.apikeep.vault.ListDecodeCold "$mode" "$WORK/rows.bin")
    (( r == 0 )) || echo "$name round=$r $line" | tee -a "$OUT"
  done
done
echo "uptime after: $(uptime)" | tee -a "$OUT"
python3 - "$OUT" <<'PY' | tee -a "$OUT"
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    m = re.match(r"(\S+) round=\d+ .*wall_ms=(\d+) cpu_ms=(\d+)", line)
    if m: runs.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3))))
print()
for jit in ("c2", "c1"):
    base = statistics.median(c for _, c in runs[f"entry-{jit}"])
    for mode in ("entry", "record", "summary"):
        rs = runs[f"{mode}-{jit}"]
        cpu = statistics.median(c for _, c in rs); wall = statistics.median(w for w, _ in rs)
        print(f"{mode:8s} {jit}: thread CPU median {cpu:5.0f} ms ({cpu - base:+5.0f} vs entry), wall median {wall:5.0f} ms, runs {len(rs)}")
PY
echo "written to $OUT"
