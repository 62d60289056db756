#!/usr/bin/env bash
# Runs every ApiKeep benchmark and prints one table. Results land in bench/results/.
#   bench/run.sh            full JMH settings (several minutes; run on an otherwise idle machine)
#   bench/run.sh --quick    smoke run: 1 warm-up and 2 measured iterations of 1 s each
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=bench/results
mkdir -p "$OUT"
JMH_OPTS=()
if [[ "${1:-}" == "--quick" ]]; then JMH_OPTS=(-wi 1 -i 2 -w 1s -r 1s -f 1); fi

mvn -B -q install -DskipTests
mvn -B -q -f bench/pom.xml package
JAR=bench/target/benchmarks.jar
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

{
  echo "# ApiKeep benchmarks $STAMP"
  echo "host: $(nproc) cores, $(grep MemTotal /proc/meminfo | awk '{print $2/1024 " MiB"}'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD)"
} > "$OUT/env-$STAMP.txt"

java -jar "$JAR" "${JMH_OPTS[@]}" -rf json -rff "$OUT/jmh-$STAMP.json" \
  'Argon2Bench|UnlockBench|SaveGetBench|SearchBench' | tee "$OUT/jmh-$STAMP.txt"

# side by side with the reference C library in-process (Debian's libargon2-1), native timed before and after ours
if ! python3 -c 'import ctypes.util,sys; sys.exit(0 if ctypes.util.find_library("argon2") else 1)'; then
  echo "libargon2 not found: apt-get install libargon2-1 for the native figure" >&2
fi
{ python3 bench/argon2_native.py 15 || true
  java -cp "$JAR" dev.apikeep.bench.Argon2Compare 15
  python3 bench/argon2_native.py 15 || true; } | tee "$OUT/argon2-$STAMP.txt"

java -cp "$JAR" dev.apikeep.bench.MemoryHarness 10000 | tee "$OUT/memory-$STAMP.txt"
java -XX:+UseSerialGC -cp "$JAR" dev.apikeep.bench.MemoryHarness 10000 | sed 's/^/serialgc /' | tee -a "$OUT/memory-$STAMP.txt"

python3 - "$OUT/jmh-$STAMP.json" "$OUT/memory-$STAMP.txt" "$OUT/argon2-$STAMP.txt" <<'PY' | tee "$OUT/table-$STAMP.md"
import json, sys, re
runs = json.load(open(sys.argv[1]))
score = {}
for r in runs:
    name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
    params = ",".join(f"{k}={v}" for k, v in sorted(r.get("params", {}).items()))
    score[(name, params)] = (float(r["primaryMetric"]["score"]), float(r["primaryMetric"]["scoreError"]))
def g(name, params):
    return score.get((name, params), (float("nan"), float("nan")))
rows = []
par = g("Argon2Bench.argon2idDefault", "engine=PARALLEL")
bc = g("Argon2Bench.argon2idDefault", "engine=BOUNCY_CASTLE")
rows.append(("Argon2id m=64MiB t=3 p=4, parallel (ours)", f"{par[0]:.1f} ± {par[1]:.1f} ms", "≥0.8× libargon2 (≈87 ms → ≤109 ms)"))
rows.append(("Argon2id m=64MiB t=3 p=4, BouncyCastle", f"{bc[0]:.1f} ± {bc[1]:.1f} ms", f"speed-up parallel/BC {bc[0]/par[0]:.2f}×"))
ks = g("UnlockBench.keyServiceOpen", "keys=10000"); vo = g("UnlockBench.vaultOpen", "keys=10000"); kdf = g("UnlockBench.kdfOnly", "keys=10000")
rows.append(("unlock 10k keys beyond KDF (KeyService.open − KDF)", f"{ks[0]-kdf[0]:.1f} ms", "≤50 ms"))
rows.append(("unlock 10k keys beyond KDF (Vault.open − KDF, no unlock event)", f"{vo[0]-kdf[0]:.1f} ms", "≤50 ms"))
v = g("UnlockBench.verifySetMac", "keys=10000")
rows.append(("  of which set-MAC verification", f"{v[0]:.1f} ± {v[1]:.1f} ms", ""))
l = g("UnlockBench.listAll", "keys=10000")
rows.append(("first list view after unlock (decrypt 10k)", f"{l[0]:.1f} ± {l[1]:.1f} ms", "(info)"))
for b, label, target in [("SaveGetBench.saveEdit", "durable save (edit)", "≤10 ms, flat"),
                         ("SaveGetBench.saveAdd", "durable save (add)", "≤10 ms, flat"),
                         ("SaveGetBench.getById", "get by id (find)", "flat"),
                         ("SaveGetBench.resolveById", "get by id text (resolve)", "flat")]:
    a = g(b, "keys=100"); z = g(b, "keys=10000")
    rows.append((f"{label} at 100 / 10,000 keys", f"{a[0]:.3f} / {z[0]:.3f} ms (ratio {z[0]/a[0]:.2f})", target))
native = [float(m.group(1)) for m in (re.search(r"^libargon2 .*best ([0-9.]+) ms", l) for l in open(sys.argv[3])) if m]
ours = {m.group(1): (float(m.group(2)), float(m.group(3)), float(m.group(4))) for m in
        (re.search(r"^java (\w+) .*first call ([0-9.]+) ms, best ([0-9.]+) ms, median ([0-9.]+)", l) for l in open(sys.argv[3])) if m}
if native:
    rows.append(("libargon2 in-process (best of two series)", f"{min(native):.1f} ms", "peer (≈87 ms on the issue's machine)"))
for engine, (first, best, median) in ours.items():
    ratio = f"{min(native)/best:.2f}× libargon2's speed" if native else ""
    rows.append((f"Argon2id {engine}, same harness: first call / best / median", f"{first:.0f} / {best:.1f} / {median:.1f} ms", ratio))
for line in open(sys.argv[2]):
    m = re.search(r"rss_unlocked_kib=(\d+).*heap_used_kib=(\d+)", line)
    if m:
        tag = "SerialGC" if line.startswith("serialgc") else "default GC"
        rows.append((f"RSS with 10k keys unlocked ({tag})", f"{int(m.group(1))/1024:.0f} MB (heap used {int(m.group(2))/1024:.0f} MB)", "≤250 MB"))
print("| figure | measured | target |")
print("|---|---|---|")
for r in rows:
    print(f"| {r[0]} | {r[1]} | {r[2]} |")
PY
