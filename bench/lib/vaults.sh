#!/usr/bin/env bash
# Creates the benches' vaults with the fast KDF (m=19 MiB, t=2, p=1: the KDF is not what is measured):
#   bench/lib/vaults.sh DIR [JAR]   ->  DIR/1.apikeep (1 key), DIR/10000.apikeep (10,000 keys), DIR/pw
# Reuses vaults already in DIR. Entries as in bench/keepassxc/run.sh: labels "Key <i> <exchange>",
# 5 exchanges, 40 accounts, random API keys and secrets of equal length (the worst case for a
# secret-length hash), a passphrase on OKX keys.
set -euo pipefail
DIR=$1; JAR=${2:-target/apikeep.jar}
PW='bench password 1'
mkdir -p "$DIR"; printf '%s\n' "$PW" >"$DIR/pw"
for n in 1 10000; do
  [[ -f "$DIR/$n.apikeep" ]] && continue
  python3 - "$n" "$DIR/$n.csv" <<'PY'
import csv, random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(n)
hexs = lambda k: "".join(rnd.choice("0123456789abcdef") for _ in range(k))
ex = ["bybit", "binance", "kraken", "okx", "custom"]
with open(path, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["exchange", "label", "account", "api_key", "secret", "passphrase", "notes"])
    w.writeheader()
    for i in range(n):
        e = ex[i % len(ex)]
        w.writerow(dict(exchange=e, label=f"Key {i} {e}", account=f"sub-{i % 40}", api_key=hexs(32), secret=hexs(64),
                        passphrase=hexs(12) if e == "okx" else "", notes=f"note for key {i}"))
PY
  java -jar "$JAR" --vault "$DIR/$n.apikeep" init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 <"$DIR/pw" >/dev/null
  java -jar "$JAR" --vault "$DIR/$n.apikeep" import "$DIR/$n.csv" <"$DIR/pw" >/dev/null
  rm -f "$DIR/$n.csv"
done
