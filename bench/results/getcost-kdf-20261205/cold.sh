#!/bin/bash
# cold.sh N dirA dirB ... : alternate KdfProbe with each classes dir first on the class path; medians of main-thread and process CPU
N=$1; shift
cd /tmp/gc
for r in $(seq 1 $N); do for d in "$@"; do echo "$d $(java $JOPTS -cp $d:.:base.jar KdfProbe)"; done; done > /tmp/gc/cold.out
python3 - "$@" <<'PY'
import sys,re,statistics
rows={}
for line in open('/tmp/gc/cold.out'):
    d=line.split()[0]; m=re.findall(r'cpu (\d+) ms',line)
    rows.setdefault(d,[]).append((int(m[0]),int(m[1])))
for d,v in rows.items():
    print(d, 'process', statistics.median([a for a,b in v]), 'main', statistics.median([b for a,b in v]), 'n', len(v))
PY
