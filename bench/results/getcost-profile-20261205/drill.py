#!/usr/bin/env python3
"""drill.py MARKER DEPTH files...: for samples whose stack holds MARKER, the DEPTH frames called under it, counted."""
import json, subprocess, sys, collections
marker, depth = sys.argv[1], int(sys.argv[2])
c = collections.Counter()
for path in sys.argv[3:]:
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    for ev in json.loads(out)["recording"]["events"]:
        fs = [f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"] for f in ev["values"]["stackTrace"]["frames"]]
        idx = [i for i, f in enumerate(fs) if marker in f]
        if not idx: continue
        i = idx[-1]
        c[" < ".join(reversed(fs[max(0, i - depth):i]))] += 1
for k, n in c.most_common(25): print(n, k)
