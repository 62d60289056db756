#!/usr/bin/env bash
# Cold start to the unlock screen vs a bare JavaFX window, measured in the same run (target: ≤ 1.2×).
#   bench/startup/run.sh [runs=10]
# Under one Xvfb display, alternately launches
#   (a) java -cp target/apikeep.jar:bench/target/classes dev.apikeep.bench.BareWindow  (empty 800x600 "Bare")
#   (b) java -jar target/apikeep.jar, APIKEEP_VAULT pointing at an existing vault  (window "ApiKeep",
#       showing the Unlock screen)
# and, when built, the packaged launcher; in the first three rounds also `mvn -o javafx:run` and, as its
# like-for-like reference, the same bare window by `mvn -o javafx:run` of bench/startup/bare-fx
# and times, from the outside, process start to the window being mapped: `date +%s%N` just before
# the launch and again when `xdotool search --sync --onlyvisible --name` returns. No probe in the app.
# Both sides use the same JVM flags and the same jar (BareWindow loads JavaFX from the app's jar).
# "Cold" here means a fresh JVM each time; the OS page cache stays warm (drop it with
# `sync; echo 3 > /proc/sys/vm/drop_caches` before each launch if you want disk-cold, root only).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-10}
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb)" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "needs xdotool (apt-get install xdotool)" >&2; exit 2; }
[[ -f target/apikeep.jar ]] || mvn -B -q install -DskipTests
[[ -d bench/target/classes/dev/apikeep/bench ]] || mvn -B -q -f bench/pom.xml package
mkdir -p bench/results
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench/results/startup-$STAMP.txt
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# an existing vault, so the app opens on Unlock (cheapest KDF: opening it is not part of start-up)
printf 'startup bench password\n' | java -jar target/apikeep.jar --vault "$WORK/vault.apikeep" init \
  --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 >/dev/null
export APIKEEP_VAULT="$WORK/vault.apikeep"

cat > "$WORK/inner.sh" <<'INNER'
#!/usr/bin/env bash
# runs inside xvfb-run: one display for every launch
set -uo pipefail
RUNS=$1; WORK=$2
mkdir -p "$WORK/home"; JAVA_OPTS=(-Duser.home="$WORK/home")
IMAGE=target/packages/apikeep/bin/apikeep
wait_for() {  # polls every 20 ms: xdotool's own --sync polls every 500 ms, too coarse here
  local title=$1 deadline=$(( $(date +%s) + 60 ))
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    (( $(date +%s) < deadline )) || return 1
    sleep 0.02
  done
}
one() {  # $1 = bare|app|image; prints ms from launch to the window being mapped
  local kind=$1 title pid t0 t1
  t0=$(date +%s%N)
  case $kind in
    bare) title='^Bare$'
      java "${JAVA_OPTS[@]}" -cp target/apikeep.jar:bench/target/classes dev.apikeep.bench.BareWindow >"$WORK/$kind.log" 2>&1 & ;;
    app) title='^ApiKeep$'
      java "${JAVA_OPTS[@]}" -jar target/apikeep.jar >"$WORK/$kind.log" 2>&1 & ;;
    image) title='^ApiKeep$'
      "$IMAGE" >"$WORK/$kind.log" 2>&1 & ;;
    mvn) title='^ApiKeep$'   # the README's first command, Maven's own start included
      mvn -B -q -o javafx:run >"$WORK/$kind.log" 2>&1 & ;;
    mvnbare) title='^Bare$'   # the same bare window started the same way (bench/startup/bare-fx)
      mvn -B -q -o -f bench/startup/bare-fx/pom.xml javafx:run >"$WORK/$kind.log" 2>&1 & ;;
  esac
  pid=$!
  if ! wait_for "$title"; then
    echo "no window '$title' within 60 s; log:" >&2; cat "$WORK/$kind.log" >&2
    kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; return 1
  fi
  t1=$(date +%s%N)
  pkill -9 -P "$pid" 2>/dev/null   # javafx:run's app is a child of Maven's JVM
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  sleep 0.3
  echo $(( (t1 - t0) / 1000000 ))
}
# one unmeasured launch of each first (fills the page cache and JavaFX's native-library cache)
one bare >/dev/null; one app >/dev/null
[[ -x $IMAGE ]] && one image >/dev/null
for i in $(seq 1 "$RUNS"); do
  if (( i % 2 )); then b=$(one bare) && a=$(one app); else a=$(one app) && b=$(one bare); fi || exit 1
  img=-; [[ -x $IMAGE ]] && { img=$(one image) || exit 1; }
  mvn=-; mvnbare=-   # three rounds: each costs Maven's start
  if (( i <= 3 )); then
    if (( i % 2 )); then mvn=$(one mvn) && mvnbare=$(one mvnbare); else mvnbare=$(one mvnbare) && mvn=$(one mvn); fi || exit 1
  fi
  echo "run $i bare_ms=$b app_ms=$a image_ms=$img mvn_ms=$mvn mvnbare_ms=$mvnbare"
done
INNER
chmod +x "$WORK/inner.sh"

{
  echo "# cold start to the window, $STAMP"
  echo "host: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD)"
} | tee "$OUT"
xvfb-run -a -s "-screen 0 1280x1024x24" "$WORK/inner.sh" "$RUNS" "$WORK" | tee -a "$OUT"

python3 - "$OUT" <<'PY' | tee -a "$OUT"
import re, statistics, sys
rows = {"bare": [], "app": [], "image": [], "mvn": [], "mvnbare": []}
for line in open(sys.argv[1]):
    m = re.match(r"run \d+ bare_ms=(\d+) app_ms=(\d+) image_ms=(\d+|-)(?: mvn_ms=(\d+|-))?(?: mvnbare_ms=(\d+|-))?", line)
    if not m: continue
    rows["bare"].append(int(m.group(1))); rows["app"].append(int(m.group(2)))
    if m.group(3) != "-": rows["image"].append(int(m.group(3)))
    if m.group(4) not in (None, "-"): rows["mvn"].append(int(m.group(4)))
    if m.group(5) not in (None, "-"): rows["mvnbare"].append(int(m.group(5)))
names = {"bare": "bare JavaFX window (BareWindow, java -cp)",
         "app": "ApiKeep unlock screen, java -jar target/apikeep.jar (no start-up archive)",
         "image": "ApiKeep unlock screen, packaged launcher with its CDS start-up archive",
         "mvn": "ApiKeep unlock screen, mvn -o javafx:run (Maven's start included)",
         "mvnbare": "bare JavaFX window, mvn -o javafx:run of bench/startup/bare-fx (Maven's start included)"}
bare = statistics.median(rows["bare"])
print()
print("| window | runs | median | min | max | ratio to bare |")
print("|---|---|---|---|---|---|")
for kind, values in rows.items():
    if not values: continue
    med = statistics.median(values)
    print(f"| {names[kind]} | {len(values)} | {med:.0f} ms | {min(values)} ms | {max(values)} ms | {med/bare:.2f}× |")
if rows["mvn"] and rows["mvnbare"]:
    mvn, mvnbare = statistics.median(rows["mvn"]), statistics.median(rows["mvnbare"])
    print(f"mvn javafx:run, the app vs the bare window started the same way: {mvn/mvnbare:.2f}×"
          f" ({mvn - mvnbare:+.0f} ms); vs the bare window started by java: {mvn/bare:.2f}× (the issue's ratio)")
print("targets: packaged launcher at most 1.20× the bare window; java -jar and mvn javafx:run at most 1.50×")
def verdict(kind, limit, base, how):
    if not rows[kind]: return
    ratio = statistics.median(rows[kind]) / base
    print(f"verdict {names[kind].split(',')[1].strip()}, {how}: {ratio:.2f}× — "
          + ("met" if ratio <= limit else f"NOT met, {ratio - limit:+.2f}× over"))
verdict("app", 1.5, bare, "vs the bare window")
verdict("image", 1.2, bare, "vs the bare window")
if rows["mvnbare"]:
    verdict("mvn", 1.5, statistics.median(rows["mvnbare"]), "vs the bare window started by mvn javafx:run too (like for like)")
PY
echo "written to $OUT"
