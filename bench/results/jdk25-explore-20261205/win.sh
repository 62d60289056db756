#!/usr/bin/env bash
# runs inside xvfb-run: alternates bare window, img17, img25 (gui AOT cache); prints per run ms
set -uo pipefail
RUNS=$1; shift
export APIKEEP_VAULT=/tmp/jdk25/gui.apikeep
W=/tmp/jdk25/winwork; mkdir -p $W/home
wait_for() { local title=$1 deadline=$(( $(date +%s) + 60 ))
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do (( $(date +%s) < deadline )) || return 1; sleep 0.02; done; }
one() { local kind=$1 title pid t0 t1
  t0=$(date +%s%N)
  case $kind in
    bare) title='^Bare$'; java -Duser.home=$W/home -cp /work/wt/jdk25/target/apikeep.jar:/tmp/jdk25/bw dev.apikeep.bench.BareWindow >$W/$kind.log 2>&1 & ;;
    img17) title='^ApiKeep$'; /tmp/jdk25/img17/bin/apikeep >$W/$kind.log 2>&1 & ;;
    *) title='^ApiKeep$'; /tmp/jdk25/img25/bin/$kind >$W/$kind.log 2>&1 & ;;
  esac
  pid=$!
  wait_for "$title" || { echo "no window $kind" >&2; cat $W/$kind.log >&2; kill -9 $pid; return 1; }
  t1=$(date +%s%N); cpu=$(awk '{print ($14+$15)*10}' /proc/$pid/stat); kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; sleep 0.3
  echo "$(( (t1 - t0) / 1000000 ))/$cpu"; }
KINDS=(bare img17 "$@")
for k in "${KINDS[@]}"; do one $k >/dev/null; done
for i in $(seq 1 $RUNS); do
  line="run $i"; n=${#KINDS[@]}
  for j in $(seq 0 $((n-1))); do k=${KINDS[$(( (i + j) % n ))]}; line="$line $k=$(one $k)"; done
  echo "$line"
done
