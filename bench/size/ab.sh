#!/usr/bin/env bash
# A/B cold starts alternated: each round runs every command once (hyperfine -N --runs 1, rotating
# order), so load from other processes falls on all of them alike. Reports median wall time, median
# CPU (user + system) and each one's ratio to the first command (the reference, e.g. a bare JVM).
#   bench/size/ab.sh ROUNDS 'name=command' 'name=command' ...
set -euo pipefail
rounds=$1; shift
names=() cmds=()
for a in "$@"; do names+=("${a%%=*}"); cmds+=("${a#*=}"); done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "# load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y%m%dT%H%M%SZ); $rounds rounds"
for ((i = 0; i < ${#names[@]}; i++)); do echo "# ${names[$i]}: ${cmds[$i]}"; done
for ((r = 0; r < rounds; r++)); do
  for ((j = 0; j < ${#names[@]}; j++)); do
    k=$(( (r + j) % ${#names[@]} ))
    hyperfine -N --runs 1 --style none --export-json "$work/$r-$k.json" "${cmds[$k]}" >/dev/null 2>&1 \
      || { echo "failed: ${cmds[$k]}" >&2; exit 1; }
  done
done
python3 - "$work" "$rounds" "${names[@]}" <<'PY'
import json, statistics, sys
work, rounds, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
wall = {n: [] for n in names}; cpu = {n: [] for n in names}
for r in range(rounds):
    for k, n in enumerate(names):
        res = json.load(open(f"{work}/{r}-{k}.json"))["results"][0]
        wall[n].append(res["times"][0] * 1000); cpu[n].append((res["user"] + res["system"]) * 1000)
bw, bc = statistics.median(wall[names[0]]), statistics.median(cpu[names[0]])
print("| command | wall median | ratio | CPU median | ratio |\n|---|---|---|---|---|")
for n in names:
    w, c = statistics.median(wall[n]), statistics.median(cpu[n])
    print(f"| {n} | {w:.0f} ms | {w / bw:.2f}× | {c:.0f} ms | {c / bc:.2f}× |")
PY
