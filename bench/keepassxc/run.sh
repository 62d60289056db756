#!/usr/bin/env bash
# KeePassXC side by side with ApiKeep's CLI, in the same run (issue 7).
#   bench/keepassxc/run.sh [sizes="100 10000"] [runs=10]
# Installs keepassxc (keepassxc-cli) and hyperfine from Debian. For each size it builds, from the
# same generated entries, a KDBX4 vault (KeePass XML through `keepassxc-cli import`, its KDF tuned
# to ~200 ms) and an ApiKeep vault (`apikeep import keys.csv`, Argon2id m=64 MiB, t=3, p=4, about
# the same time here); the KDF line of each is printed. Then it times with hyperfine:
#   read one entry:  keepassxc-cli show   vs  apikeep get <id>        (open + read; KDBX parses the whole file)
#   edit one entry:  keepassxc-cli edit   vs  apikeep edit <id> --notes x  (KDBX rewrites the whole file)
# Every command is a fresh process (JVM start included for ApiKeep, as a script or bot would pay).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${1:-"100 10000"}; RUNS=${2:-10}
need=()
command -v keepassxc-cli >/dev/null || need+=(keepassxc)
command -v hyperfine >/dev/null || need+=(hyperfine)
if ((${#need[@]})); then DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null; fi
[[ -f target/apikeep.jar ]] || mvn -B -q package -DskipTests
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench/results/keepassxc-$STAMP
mkdir -p bench/results
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PW='side by side bench password'
printf '%s\n' "$PW" > "$WORK/pw"
# The packaged launcher (jlink runtime + start-up archive) when packaging/build.sh has run: what a
# user's bot calls; otherwise the plain jar.
if [[ -x target/packages/apikeep/bin/apikeep ]]; then APIKEEP="$PWD/target/packages/apikeep/bin/apikeep"
else APIKEEP="java -jar $PWD/target/apikeep.jar"; fi
{
  echo "# KeePassXC vs ApiKeep $STAMP, commit $(git rev-parse --short HEAD)"
  echo "host: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); $(keepassxc-cli --version 2>/dev/null | head -1 | sed 's/^/keepassxc-cli /'); java: $(java -version 2>&1 | head -1)"
} | tee "$OUT.txt"

for n in $SIZES; do
  D="$WORK/$n"; mkdir -p "$D"
  # the same entries for both: label, account, api key, secret, notes
  /usr/bin/python3 - "$n" "$D" "$PW" <<'PY' | tee -a "$OUT.txt"
import csv, random, sys
n, d, pw = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rnd = random.Random(n)
hexs = lambda k: "".join(rnd.choice("0123456789abcdef") for _ in range(k))
ex = ["bybit", "binance", "kraken", "okx", "custom"]
rows = []
for i in range(n):
    e = ex[i % len(ex)]
    rows.append(dict(exchange=e, label=f"Key {i} {e}", account=f"sub-{i % 40}", api_key=hexs(32), secret=hexs(64),
                     passphrase=hexs(12) if e == "okx" else "", notes=f"note for key {i}"))
with open(f"{d}/keys.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
# KeePass 2 XML of the same entries, turned into a KDBX by keepassxc-cli import below (pykeepass
# builds 10,000 entries too slowly, and cannot set the KDF either)
import base64, uuid
from xml.sax.saxutils import escape
def kv(k, v, protect=False):
    return "<String><Key>%s</Key><Value%s>%s</Value></String>" % (k, ' ProtectInMemory="True"' if protect else "", escape(v))
with open(f"{d}/vault.xml", "w") as x:
    x.write('<?xml version="1.0" encoding="UTF-8"?><KeePassFile><Meta><Generator>apikeep-bench</Generator></Meta>'
            '<Root><Group><UUID>%s</UUID><Name>Root</Name>' % base64.b64encode(uuid.uuid4().bytes).decode())
    for r in rows:
        x.write("<Entry><UUID>%s</UUID>%s%s%s%s</Entry>" % (base64.b64encode(uuid.uuid4().bytes).decode(),
                kv("Title", r["label"]), kv("UserName", r["account"]), kv("Password", r["secret"], True), kv("Notes", r["notes"])))
    x.write("</Group></Root></KeePassFile>")
PY
  # KDBX4 by KeePassXC itself; its KDF tuned to ~200 ms, about ApiKeep's Argon2id (64 MiB, t=3, p=4) here
  printf '%s\n%s\n' "$PW" "$PW" | keepassxc-cli import -q -p -t 200 "$D/vault.xml" "$D/vault.kdbx"
  echo "n=$n: KDBX $(keepassxc-cli db-info -q "$D/vault.kdbx" < "$WORK/pw" | grep -E '^(KDF|Cipher)' | tr '\n' ' ')(ApiKeep: argon2id m=64MiB t=3 p=4)" | tee -a "$OUT.txt"
  printf '%s\n' "$PW" | $APIKEEP --vault "$D/vault.apikeep" init --kdf-memory 64 --kdf-iterations 3 --kdf-parallelism 4 >/dev/null
  printf '%s\n' "$PW" | $APIKEEP --vault "$D/vault.apikeep" import "$D/keys.csv" | tee -a "$OUT.txt"
  MID=$((n / 2))
  TITLE=$(python3 -c "e=['bybit','binance','kraken','okx','custom']; print(f'Key $MID {e[$MID % 5]}')")
  ID=$(printf '%s\n' "$PW" | $APIKEEP --vault "$D/vault.apikeep" get "$TITLE" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' 2>/dev/null \
       || printf '%s\n' "$PW" | $APIKEEP --vault "$D/vault.apikeep" list | awk -v k="$TITLE" 'index($0,k){print $1; exit}')
  echo "n=$n: entry '$TITLE', ApiKeep id $ID" | tee -a "$OUT.txt"
  keepassxc-cli show -q "$D/vault.kdbx" "$TITLE" < "$WORK/pw" >/dev/null || { echo "keepassxc-cli show failed" >&2; exit 1; }
  $APIKEEP --vault "$D/vault.apikeep" get "$ID" < "$WORK/pw" >/dev/null || { echo "apikeep get failed" >&2; exit 1; }
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$OUT-$n.json" \
    -n "keepassxc-cli show n=$n" "keepassxc-cli show -q '$D/vault.kdbx' '$TITLE' < '$WORK/pw' > /dev/null" \
    -n "apikeep get n=$n" "$APIKEEP --vault '$D/vault.apikeep' get '$ID' < '$WORK/pw' > /dev/null" \
    -n "keepassxc-cli edit n=$n" "keepassxc-cli edit -q -u \"u\$RANDOM\" '$D/vault.kdbx' '$TITLE' < '$WORK/pw' > /dev/null" \
    -n "apikeep edit n=$n" "$APIKEEP --vault '$D/vault.apikeep' edit '$ID' --notes \"x\$RANDOM\" < '$WORK/pw' > /dev/null" \
    | tee -a "$OUT.txt"
done

python3 - "$OUT" $SIZES <<'PY' | tee -a "$OUT.txt"
import json, sys
out, sizes = sys.argv[1], sys.argv[2:]
t = {}
for n in sizes:
    for r in json.load(open(f"{out}-{n}.json"))["results"]:
        t[r["command"]] = r["median"] * 1000
print("\n| operation | entries | KeePassXC (keepassxc-cli) | ApiKeep (CLI) | ApiKeep / KeePassXC |")
print("|---|---|---|---|---|")
for op, (k, a) in {"open + read one entry": ("keepassxc-cli show", "apikeep get"),
                   "edit one entry (durable save)": ("keepassxc-cli edit", "apikeep edit")}.items():
    for n in sizes:
        kv, av = t[f"{k} n={n}"], t[f"{a} n={n}"]
        print(f"| {op} | {n} | {kv:.0f} ms | {av:.0f} ms | {av/kv:.2f}× |")
if len(sizes) >= 2:
    lo, hi = sizes[0], sizes[-1]
    print(f"\nGrowth from {lo} to {hi} entries (cancels process start and the KDF):")
    for name in ("keepassxc-cli show", "apikeep get", "keepassxc-cli edit", "apikeep edit"):
        print(f"- {name}: +{t[f'{name} n={hi}'] - t[f'{name} n={lo}']:.0f} ms")
PY
echo "written to $OUT.txt"
