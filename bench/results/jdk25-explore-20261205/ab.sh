#!/usr/bin/env bash
# ab.sh OUTDIR ROUNDS name1 'cmd1' name2 'cmd2' ...   (first name is the reference)
set -euo pipefail
OUT=$1; ROUNDS=$2; shift 2
mkdir -p "$OUT"
NAMES=(); CMDS=()
while [ $# -gt 0 ]; do NAMES+=("$1"); CMDS+=("$2"); shift 2; done
{ echo "# A/B, $(date -u +%Y%m%dT%H%M%SZ), rounds $ROUNDS, hyperfine -N --runs 1 per command, order rotating"; echo "uptime before: $(uptime)"
  for i in "${!NAMES[@]}"; do echo "  ${NAMES[$i]}: ${CMDS[$i]}"; done; } > "$OUT/commands.txt"
round() { local args=() n=${#CMDS[@]} start=$(( $2 % ${#CMDS[@]} ))
  for k in $(seq 0 $((n - 1))); do local i=$(( (start + k) % n )); args+=(-n "${NAMES[$i]}" "${CMDS[$i]}"); done
  hyperfine -N --runs 1 --style none --export-json "$OUT/round-$1.json" "${args[@]}" >/dev/null; }
round warmup 0; rm -f "$OUT/round-warmup.json"
for r in $(seq 1 "$ROUNDS"); do round "$r" "$r"; done
echo "uptime after: $(uptime)" >> "$OUT/commands.txt"
python3 - "$OUT" "${NAMES[0]}" <<'PY' | tee "$OUT/summary.txt"
import glob, json, statistics, sys
wall, cpu = {}, {}
for f in sorted(glob.glob(sys.argv[1] + "/round-*.json")):
    for r in json.load(open(f))["results"]:
        wall.setdefault(r["command"], []).extend(t * 1000 for t in r["times"])
        cpu.setdefault(r["command"], []).append((r["user"] + r["system"]) * 1000)
ref = sys.argv[2]
mw = {k: statistics.median(v) for k, v in wall.items()}; mc = {k: statistics.median(v) for k, v in cpu.items()}
print(f"| command | runs | wall median | × {ref} | CPU median | × {ref} |")
print("|---|---|---|---|---|---|")
for k in wall:
    print(f"| {k} | {len(wall[k])} | {mw[k]:.0f} ms | {mw[k]/mw[ref]:.2f}× | {mc[k]:.0f} ms | {mc[k]/mc[ref]:.2f}× |")
PY
