#!/usr/bin/env bash
# Runs every CLI command once against a jar, each with -Xlog:class+load, and reports per command its
# exit status, the classes it loaded and how many came from the packages PATTERN names (a regex on
# class names). Used to check that what the shaded jar leaves out (pom.xml's shade filters) is never
# loaded: run it on a jar built without the filters (every class there) and on the shipped jar.
#   bench/size/commands.sh JAR [PATTERN] [OUT_DIR]
# e.g. bench/size/commands.sh target/apikeep.jar 'org\.bouncycastle\.(pqc|jcajce|jce|x509)\.|javafx\.scene\.chart\.'
# `compare` runs against a closed port on loopback (HTTPS_PROXY), so it loads the exchange client and
# reports the exchange unreachable (exit 1) without talking to any host; the test suite's loopback
# servers cover the answers. Put a packaged runtime's bin/ first on the PATH to try the jar on it.
set -uo pipefail
jar=$(readlink -f "${1:?usage: commands.sh JAR [PATTERN] [OUT_DIR]}")
pattern=${2:-'org\.bouncycastle\.(pqc|jcajce|jce|x509)\.|javafx\.scene\.chart\.|org\.controlsfx\.'}
out=${3:-$(mktemp -d)}
mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
v="$work/v.apikeep"; pw=pw-commands-sh
n=0
run() {  # run NAME STDIN ARGS...: one command, its class-load log in $out/NAME.log
  local name=$1 input=$2; shift 2
  n=$((n + 1))
  printf '%b' "$input" | java -Xlog:class+load=info:file="$out/$name.log" -jar "$jar" "$@" >"$out/$name.out" 2>&1
  local rc=$? loaded hits
  loaded=$(grep -c 'source:' "$out/$name.log")
  hits=$(grep -cE " ($pattern)" "$out/$name.log")
  printf '%-14s exit %-3s %5s classes, %s from the pattern\n' "$name" "$rc" "$loaded" "$hits"
}
run version '' --version
run help '' --help
run init "$pw\n" --vault "$v" init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1
run add "$pw\nAK-bybit-0001\nSK-bybit-0001\n" --vault "$v" add --exchange bybit --label 'Grid bot' --permissions read,spot-trade --ip 203.0.113.7
run add-okx "$pw\nAK-okx-0001\nSK-okx-0001\nphrase\n" --vault "$v" add --exchange okx --label 'OKX bot' --permissions read,trade
openssl genpkey -algorithm ed25519 -out "$work/ed.pem" 2>/dev/null
run add-pem "$pw\nAK-binance-0001\n" --vault "$v" add --exchange binance --label 'Ed key' --key-type ed25519 --secret-file "$work/ed.pem"
run list "$pw\n" --vault "$v" list
run list-json "$pw\n" --vault "$v" list --json
run show "$pw\n" --vault "$v" show 'Grid bot' --json
run get "$pw\n" --vault "$v" get 'Grid bot'
run get-ccxt "$pw\n" --vault "$v" get 'OKX bot' --format ccxt
run edit "$pw\n" --vault "$v" edit 'Grid bot' --notes 'edited' --tag bots
run rotate "$pw\nAK-bybit-0002\nSK-bybit-0002\n" --vault "$v" rotate 'Grid bot'
run revoke "$pw\n" --vault "$v" revoke 'OKX bot'
run audit "$pw\n" --vault "$v" audit --json
run reminders "$pw\n" --vault "$v" reminders --json
run log "$pw\n" --vault "$v" log --json
run check "$pw\n" --vault "$v" check
HTTPS_PROXY=http://127.0.0.1:9 run compare "$pw\n" --vault "$v" compare 'Ed key'
run exchanges '' exchanges --json
run export "$pw\nbundle-pw\n" --vault "$v" export "$work/b.akbundle"
run import "$pw\nbundle-pw\n" --vault "$v" import "$work/b.akbundle"
printf 'exchange,label,account,api_key,secret,passphrase,permissions,ip_whitelist,created,expires,notes\nkraken,CSV key,,AK-k,SK-k,,query-funds,,2026-01-01,,\n' >"$work/k.csv"
run import-csv "$pw\n" --vault "$v" import "$work/k.csv" --format csv
run exec "$pw\n" --vault "$v" exec --env S='CSV key':secret -- sh -c 'test -n "$S"'
printf 'key: "{{ apikeep://CSV key/secret }}"\n' >"$work/t.yml"
run inject "$pw\n" --vault "$v" inject --in "$work/t.yml" --out "$work/o.yml"
run kit-create "$pw\n" --vault "$v" kit create commands --key 'CSV key' --out "$work/k.akkit" --token-file "$work/token"
APIKEEP_KIT_TOKEN=$(cat "$work/token" 2>/dev/null); export APIKEEP_KIT_TOKEN
run kit-get '' --kit "$work/k.akkit" get 'CSV key'
run kit-list '' --kit "$work/k.akkit" list
run passwd "$pw\nnew-$pw\n" --vault "$v" passwd
run rm "new-$pw\n" --vault "$v" rm 'CSV key' --yes
echo "$n commands; logs and outputs in $out"
