#!/usr/bin/env bash
# Where a cold `list` on the 1-key and the 10,000-key bench vaults spends its CPU, by part, from JFR's
# execution samples (1 ms): RUNS recordings each, with the JVM's defaults (C2, `java -jar`) and with the
# installed launcher's options for commands (C1 only). Samples are put in the first part whose
# package or class appears in the stack, looked for from the top frame down (so a decryption called
# from the vault's code counts as decryption), and counted per thread group (main, the decrypting
# helpers, the row reader, the warm-up, other).
#   bench/list/jfr-cold.sh [JAR=target/apikeep.jar] [runs=3]
# Uses BENCH_VAULTS (bench/lib/vaults.sh) like bench/list/ab.sh. Writes bench/results/list-jfr-<stamp>.txt
# (mean samples per run, by part and by thread; 10,000 − 1 key per part).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(readlink -f "${1:-target/apikeep.jar}"); RUNS=${2:-3}
VAULTS=${BENCH_VAULTS:-/tmp/apikeep-bench-vaults}; bench/lib/vaults.sh "$VAULTS" "$JAR"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
mkdir -p bench/results; OUT=bench/results/list-jfr-$(date -u +%Y%m%dT%H%M%SZ).txt
LAUNCHER="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
{
  echo "# cold list, JFR execution samples at 1 ms, $RUNS runs per variant, jar $JAR, commit $(git rev-parse --short HEAD)"
  echo "host: $(nproc) cores; java: $(java -version 2>&1 | head -1); uptime before: $(uptime)"
} | tee "$OUT"
for r in $(seq 1 "$RUNS"); do
  for v in c2-1 c2-10000 c1-1 c1-10000; do
    opts=""; [[ $v == c1-* ]] && opts=$LAUNCHER
    java $opts -XX:StartFlightRecording:filename="$WORK/$v-$r.jfr",settings=profile,jdk.ExecutionSample#period=1ms \
      -jar "$JAR" --vault "$VAULTS/${v#*-}.apikeep" --password-file "$VAULTS/pw" list >/dev/null 2>&1
    jfr print --json --events jdk.ExecutionSample "$WORK/$v-$r.jfr" >"$WORK/$v-$r.json"
  done
done
echo "uptime after: $(uptime)" | tee -a "$OUT"
python3 - "$WORK" "$RUNS" <<'PY' | tee -a "$OUT"
import collections, glob, json, sys
work, runs = sys.argv[1], int(sys.argv[2])
PARTS = [  # first match from the top frame down
    ("kdf (Argon2id)", ("ParallelArgon2id", "bouncycastle.crypto.generators.Argon2", "crypto.Kdf")),
    ("AES-GCM decrypt", ("com.sun.crypto.provider.GHASH", "GaloisCounterMode", "com.sun.crypto.provider.AES",
                         "CounterMode", "javax.crypto.Cipher")),
    ("HMAC / SHA-256 (set-MAC, index, log)", ("sun.security.provider.SHA", "com.sun.crypto.provider.Hmac",
                                             "javax.crypto.Mac", "crypto.SetMac", "crypto.HmacSha256")),
    ("entry decode (JsonReader, EntryCodec, ApiKeyEntry)", ("vault.JsonReader", "vault.EntryCodec", "domain.ApiKeyEntry",
                                                         "java.util.UUID")),
    ("SQLite (JDBC, native)", ("org.sqlite",)),
    ("list's table, sort, output", ("cli.TextTable", "cli.ListCommand", "app.EntryOrder", "java.io.PrintStream",
                                    "cli.InertPrintStream", "domain.KeyLifecycle")),
    ("vault: other (EntryOpening, EntryReads, Integrity)", ("dev.apikeep.vault",)),
    ("picocli, catalog, app start", ("picocli", "dev.apikeep.cli", "dev.apikeep.app", "dev.apikeep.domain", "dev.apikeep.Main")),
]
def part(frames):
    for name, keys in PARTS:
        for f in frames:
            if any(k in f for k in keys):
                return name
    return "other (class loading, JIT-less JDK code, GC)"
def group(thread):
    if thread == "main": return "main"
    if thread.startswith("apikeep-decrypt"): return "decrypt helpers"
    if thread == "apikeep-rows": return "row reader"
    if "warm" in thread: return "warm-up"
    return "other threads"
totals = {}
for path in glob.glob(work + "/*.json"):
    variant = path.rsplit("/", 1)[1].rsplit("-", 1)[0]
    events = json.load(open(path))["recording"]["events"]
    c = totals.setdefault(variant, collections.Counter())
    for e in events:
        st = e["values"].get("stackTrace") or {}
        frames = [fr['method']['type']['name'].replace('/', '.') + '.' + fr['method']['name'] for fr in st.get('frames', [])]
        t = e["values"].get("sampledThread") or {}
        name = t.get("javaName") or t.get("osName") or "?"
        c[(part(frames), group(name))] += 1
for jit in ("c2", "c1"):
    one, many = totals.get(f"{jit}-1", collections.Counter()), totals.get(f"{jit}-10000", collections.Counter())
    print(f"\n== {jit}: mean samples (ms of CPU) per run; 1 key, 10,000 keys, difference ==")
    parts = sorted({p for p, _ in one} | {p for p, _ in many}, key=lambda p: -sum(v for (q, _), v in many.items() if q == p))
    for p in parts:
        a = sum(v for (q, _), v in one.items() if q == p) / runs
        b = sum(v for (q, _), v in many.items() if q == p) / runs
        by = ", ".join(f"{g} {v / runs:.0f}" for (q, g), v in sorted(many.items(), key=lambda kv: -kv[1]) if q == p)
        print(f"  {p:52s} {a:6.0f} {b:6.0f} {b - a:+6.0f}   (10,000: {by})")
    a, b = sum(one.values()) / runs, sum(many.values()) / runs
    print(f"  {'all':52s} {a:6.0f} {b:6.0f} {b - a:+6.0f}")
PY
echo "written to $OUT"
