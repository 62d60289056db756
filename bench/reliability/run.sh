#!/usr/bin/env bash
# Reliability harness at full size. The same harness classes run with small counts in `mvn verify`
# (src/test/java/dev/apikeep/reliability). Output lands in bench/results/reliability-*.txt.
#   bench/reliability/run.sh [crash-runs=500] [tamper-cases=1000] [plaintext-ops=1000] [heap-keys=200]
# ONLY="CliCrashHarness" (names separated by spaces) runs only those harnesses. The crash runs come
# twice: CrashHarness kills a JVM doing four KeyService writes, CliCrashHarness kills real
# `apikeep` CLI writes (add, edit, rotate, rm, passwd), one JVM each.
set -euo pipefail
cd "$(dirname "$0")/../.."
CRASH=${1:-500}; TAMPER=${2:-1000}; OPS=${3:-1000}; HEAP=${4:-200}
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
OUT=bench/results/reliability-$(date -u +%Y%m%dT%H%M%SZ).txt
mkdir -p bench/results
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# a snapshot of the classes, so a rebuild during the long crash run cannot feed a child half a class file
cp -r target/classes "$WORK/classes"; cp -r target/test-classes "$WORK/test-classes"
CP="$WORK/classes:$WORK/test-classes:$(cat target/test-classpath.txt)"
status=0
for step in "TamperHarness $TAMPER" "PlaintextHarness $OPS" "HeapDumpHarness $HEAP" "CrashHarness $CRASH" "CliCrashHarness $CRASH"; do
  set -- $step
  [[ -z ${ONLY:-} || " $ONLY " == *" $1 "* ]] || continue
  mkdir -p "$WORK/$1"
  echo "== $1 $2" | tee -a "$OUT"
  java -Xmx1g -cp "$CP" "dev.apikeep.reliability.$1" "$2" "$WORK/$1" 2>&1 | grep -v '^SLF4J' | tee -a "$OUT" || status=1
done
echo "written to $OUT"
exit $status
