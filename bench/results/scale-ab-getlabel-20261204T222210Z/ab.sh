#!/usr/bin/env bash
# A/B alternated: each round runs every command once (hyperfine --runs 1), order rotating.
set -euo pipefail
cd /tmp/scale; V=/tmp/apikeep-bench-vaults; OUT=$1; ROUNDS=${2:-8}
NAMES=(before-1 after-1 before-10k after-10k)
CMDS=("java -Duser.home=/tmp/scale/ha -jar main.jar --vault a1.apikeep --password-file $V/pw get 'Key 0 bybit' --field key"
 "java -Duser.home=/tmp/scale/hb -jar new2.jar --vault b1.apikeep --password-file $V/pw get 'Key 0 bybit' --field key"
 "java -Duser.home=/tmp/scale/ha -jar main.jar --vault a10k.apikeep --password-file $V/pw get 'Key 5000 bybit' --field key"
 "java -Duser.home=/tmp/scale/hb -jar new2.jar --vault b10k.apikeep --password-file $V/pw get 'Key 5000 bybit' --field key")
mkdir -p "$OUT"
for r in $(seq 0 "$ROUNDS"); do
  args=(); for k in 0 1 2 3; do i=$(( (r + k) % 4 )); args+=(-n "${NAMES[$i]}" "${CMDS[$i]}"); done
  hyperfine -N --runs 1 --style none --export-json "$OUT/round-$r.json" "${args[@]}" >/dev/null 2>&1
done
rm -f "$OUT/round-0.json"   # warm-up
python3 - "$OUT" <<'PY'
import json, glob, statistics, sys
t = {}
for f in glob.glob(sys.argv[1] + "/round-*.json"):
    for r in json.load(open(f))["results"]:
        t.setdefault(r["command"], []).append((r["times"][0], r["user"] + r["system"]))
med = {k: (statistics.median(w for w, _ in v) * 1000, statistics.median(c for _, c in v) * 1000, len(v)) for k, v in t.items()}
for k in ["before-1", "after-1", "before-10k", "after-10k"]:
    print(f"{k}: wall {med[k][0]:.0f} ms, cpu {med[k][1]:.0f} ms (n={med[k][2]})")
for s in ["before", "after"]:
    print(f"{s}: 10,000 − 1 key: wall {med[s+'-10k'][0]-med[s+'-1'][0]:+.0f} ms, cpu {med[s+'-10k'][1]-med[s+'-1'][1]:+.0f} ms")
PY
