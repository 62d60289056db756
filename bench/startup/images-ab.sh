#!/usr/bin/env bash
# Start-up archive A/B: cold start to the unlock screen of several app images (each its own
# start-up archive, or none) beside a bare JavaFX window, alternated in rotating order in one run.
#   bench/startup/images-ab.sh RUNS BARE_CLASSES IMAGE_DIR...
# BARE_CLASSES holds dev/apikeep/bench/BareWindow.class (bench/target/classes after the bench build);
# the bare window runs on the machine's JDK with the image's jar (as bench/startup/run.sh does).
# Prints one line per round (wall/CPU ms) and a median table (ms from launch to the window being mapped,
# and the process's CPU time until then, each with its ratio to the bare window).
set -euo pipefail
runs=$1 bare=$2; shift 2
images=("$@")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf 'images ab\n' | java -jar "${images[0]}/lib/app/apikeep.jar" --vault "$work/v.apikeep" init \
  --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 >/dev/null
cat >"$work/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -uo pipefail
runs=$1 bare=$2 work=$3; shift 3
images=("$@")
export APIKEEP_VAULT="$work/v.apikeep"
mkdir -p "$work/home"
wait_for() {
  local deadline=$(( $(date +%s) + 60 ))
  until xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; do
    (( $(date +%s) < deadline )) || return 1
    sleep 0.02
  done
}
one() {  # one bare|IMAGE_DIR: ms to the window
  local t0 t1 pid title
  t0=$(date +%s%N)
  if [[ $1 == bare ]]; then title='^Bare$'
    java -Duser.home="$work/home" -cp "${images[0]}/lib/app/apikeep.jar:$bare" dev.apikeep.bench.BareWindow >/dev/null 2>&1 &
  else title='^ApiKeep$'
    HOME="$work/home" "$1/bin/apikeep" >/dev/null 2>&1 &
  fi
  pid=$!
  wait_for "$title" || { kill -9 $pid; echo fail; return; }
  t1=$(date +%s%N)
  # CPU time so far (user + system, all threads), in clock ticks: under load, wall time is mostly waiting for a core
  local cpu; cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  sleep 0.3
  echo "$(( (t1 - t0) / 1000000 ))/$(( cpu * 1000 / $(getconf CLK_TCK) ))"
}
kinds=(bare "${images[@]}")
for k in "${kinds[@]}"; do one "$k" >/dev/null; done   # page cache, JavaFX's native cache
for ((i = 0; i < runs; i++)); do
  line="round $i"
  for ((j = 0; j < ${#kinds[@]}; j++)); do
    k=${kinds[$(( (i + j) % ${#kinds[@]} ))]}
    line+=" $(basename "$k")=$(one "$k")"
  done
  echo "$line"
done
INNER
chmod +x "$work/inner.sh"
echo "# load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y%m%dT%H%M%SZ)"
for d in "${images[@]}"; do
  echo "# $(basename "$d"): $(du -sm "$d" | cut -f1) MB, archives: $(cd "$d/lib/app" && du -m -- *.jsa 2>/dev/null | tr "\t\n" "  " || echo none)"
done
xvfb-run -a -s "-screen 0 1280x1024x24" "$work/inner.sh" "$runs" "$bare" "$work" "${images[@]}" | tee "$work/rounds"
python3 - "$work/rounds" <<'PY'
import re, statistics, sys
wall, cpu = {}, {}
for line in open(sys.argv[1]):
    for k, w, c in re.findall(r"(\S+)=(\d+)/(\d+)", line):
        wall.setdefault(k, []).append(int(w)); cpu.setdefault(k, []).append(int(c))
bw, bc = statistics.median(wall["bare"]), statistics.median(cpu["bare"])
print("| start | runs | wall median | ratio | CPU median | ratio |\n|---|---|---|---|---|---|")
for k in wall:
    w, c = statistics.median(wall[k]), statistics.median(cpu[k])
    print(f"| {k} | {len(wall[k])} | {w:.0f} ms | {w / bw:.2f}× | {c:.0f} ms | {c / bc:.2f}× |")
PY
