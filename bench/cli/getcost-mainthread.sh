#!/usr/bin/env bash
# The critical path of a cold vault `get` (issue 15 goal 2) when the machine is busy: the CPU time of
# the command's main thread, which on an idle 2-core machine is about its wall time less the JVM's
# start and the waits for the disk, beside the whole process's CPU. Wall time under load is mostly
# waiting for a core; CPU (user + sys) alone cannot show work moved off the main thread.
#   bench/cli/getcost-mainthread.sh OLD.jar NEW.jar [rounds=10]
# A tiny agent (compiled here) prints both at exit, from ThreadMXBean and the OS bean. Same vault,
# password file and command as getcost-ab.sh, alternated old/new; a fresh config folder so the
# seen-vaults memory holds one vault, as on a user's machine (not this machine's hundreds).
# Writes bench/results/getcost-mainthread-<stamp>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
OLD=$(readlink -f "$1"); NEW=$(readlink -f "$2"); ROUNDS=${3:-10}
OUT=bench/results/getcost-mainthread-$(date -u +%Y%m%dT%H%M%SZ).txt
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
export APIKEEP_CONFIG_DIR=$WORK/config
cat >"$WORK/CpuAgent.java" <<'JAVA'
import java.lang.management.ManagementFactory;
public class CpuAgent {
    public static void premain(String args) {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long thread = ManagementFactory.getThreadMXBean().getThreadCpuTime(main.getId());
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            System.err.printf("CPUAGENT %d %d%n", thread / 1_000_000, process / 1_000_000);
        }));
    }
}
JAVA
javac -d "$WORK" "$WORK/CpuAgent.java"
printf 'Premain-Class: CpuAgent\n' >"$WORK/manifest"
jar cfm "$WORK/agent.jar" "$WORK/manifest" -C "$WORK" CpuAgent.class
printf 'bench password 1\n' >"$WORK/pw"
printf 'exchange,label,account,api_key,secret,passphrase,notes\nbybit,Key 0 bybit,sub-0,%s,%s,,note\n' \
  0123456789abcdef0123456789abcdef 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef >"$WORK/one.csv"
java -jar "$OLD" --vault "$WORK/1.apikeep" init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 <"$WORK/pw" >/dev/null
java -jar "$OLD" --vault "$WORK/1.apikeep" import "$WORK/one.csv" <"$WORK/pw" >/dev/null
{
  echo "# get on a 1-key vault (fast KDF), cold: main-thread and process CPU (ms), alternated, $(date -u)"
  echo "old: $OLD; new: $NEW; host: $(nproc) cores; java: $(java -version 2>&1 | head -1)"
  echo "uptime before: $(uptime)"
} >"$OUT"
for r in warmup $(seq 1 "$ROUNDS"); do
  for name in old new; do
    jar=$OLD; [[ $name == new ]] && jar=$NEW
    line=$(java -javaagent:"$WORK/agent.jar" -jar "$jar" --vault "$WORK/1.apikeep" --password-file "$WORK/pw" get 'Key 0 bybit' 2>&1 >/dev/null | grep CPUAGENT)
    [[ $r == warmup ]] || echo "$name $line" >>"$OUT"
  done
done
echo "uptime after: $(uptime)" >>"$OUT"
python3 - "$OUT" >>"$OUT.summary" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    f = line.split()
    if len(f) == 4 and f[1] == "CPUAGENT": rows.setdefault(f[0], []).append((int(f[2]), int(f[3])))
print(f"\nmedians over {len(rows['old'])} alternated rounds (ms)\n")
print("| jar | main thread CPU | process CPU |")
print("|---|---|---|")
for k, v in rows.items():
    print(f"| {k} | {statistics.median(a for a, _ in v):.0f} | {statistics.median(b for _, b in v):.0f} |")
PY
cat "$OUT.summary" >>"$OUT"; rm "$OUT.summary"
cat "$OUT"
