#!/usr/bin/env bash
# Disk full during a save, on a real tiny filesystem (not SQLite's max_page_count, which
# src/test/java/dev/apikeep/vault/VaultDiskFullTest.java covers in `mvn verify`).
#   bench/reliability/diskfull.sh        (needs root for `mount -t tmpfs`)
# A vault with a few keys is put on a 512 KiB tmpfs, the rest of the filesystem is filled with a
# filler file that leaves 48 KiB, then the real CLI saves: an add with a 100 KB note (does not fit),
# and an edit. Each must fail with a clear message (exit code and stderr shown), leave no journal,
# and the vault must still open: `check` passes and `list` shows the same keys. Phase 2 fills the
# disk completely and reports whether the vault can still be read (opening logs an "unlock" event)
# and that its bytes are unchanged. Then space is freed: check, list and an add must succeed.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ $(id -u) == 0 ]] || { echo "needs root for mount -t tmpfs; without it see VaultDiskFullTest (max_page_count)" >&2; exit 2; }
[[ -f target/apikeep.jar ]] || mvn -B -q package -DskipTests
OUT=bench/results/diskfull-$(date -u +%Y%m%dT%H%M%SZ).txt
mkdir -p bench/results
MNT=$(mktemp -d)
mount -t tmpfs -o size=512k tmpfs "$MNT"
trap 'umount "$MNT"; rmdir "$MNT"' EXIT
PW='disk full bench password'
V="$MNT/vault.apikeep"
ak() { java -jar target/apikeep.jar --vault "$V" "$@"; }
status=0
{
  echo "# disk full on a real tmpfs ($(df -h "$MNT" | tail -1 | awk '{print $2}')), commit $(git rev-parse --short HEAD)"
  printf '%s\n' "$PW" | ak init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 >/dev/null
  for i in 1 2 3; do printf '%s\nAK%05dabcdef\nSK%05dsecret\n' "$PW" $i $i | ak add --exchange bybit --label "Bot $i" >/dev/null; done
  ID=$(printf '%s\n' "$PW" | ak list | awk 'NR==2{print $1}')
  list_before=$(printf '%s\n' "$PW" | ak list)
  big=$(head -c 100000 /dev/zero | tr '\0' 'n')
  dd if=/dev/zero of="$MNT/filler" bs=1k 2>/dev/null || true   # fills the filesystem (ENOSPC ends dd)
  # phase 1: nearly full. 48 KiB free: opening (which logs an "unlock" event) fits, a 100 KB note does not
  truncate -s -48K "$MNT/filler"
  echo "phase 1, nearly full: $(df -k "$MNT" | tail -1 | awk '{print $4}') KiB free"
  for op in add edit; do
    set +e
    if [[ $op == add ]]; then
      err=$(printf '%s\nAK99999abcdef\nSK99999secret\n' "$PW" | ak add --exchange bybit --label "Too big" --notes "$big" 2>&1 >/dev/null); code=$?
    else
      err=$(printf '%s\n' "$PW" | ak edit "$ID" --notes "$big" 2>&1 >/dev/null); code=$?
    fi
    set -e
    journal=$(ls "$MNT" | grep -c -- '-journal\|-wal' || true)
    echo "$op of a 100 KB note: exit $code; stderr: $err"
    [[ $code != 0 ]] || { echo "  FAIL: the save reported success"; status=1; }
    echo "$err" | grep -qi "disk is full" || { echo "  FAIL: the message does not say the disk is full"; status=1; }
    echo "  journals left: $journal"
    check=$(printf '%s\n' "$PW" | ak check 2>&1) && echo "  vault still opens, check: $check" || { echo "  FAIL check: $check"; status=1; }
    list=$(printf '%s\n' "$PW" | ak list 2>&1) && [[ "$list" == "$list_before" ]] && echo "  list: the same keys as before" || { echo "  FAIL list: $list"; status=1; }
  done
  # phase 2: completely full. Report what happens: opening itself needs to write its "unlock" event
  dd if=/dev/zero of="$MNT/filler2" bs=1k 2>/dev/null || true
  echo "phase 2, completely full: $(df -k "$MNT" | tail -1 | awk '{print $4}') KiB free"
  before=$(sha256sum "$V" | cut -d' ' -f1)
  set +e; err=$(printf '%s\n' "$PW" | ak list 2>&1 >/dev/null); code=$?; set -e
  echo "list on a completely full disk: exit $code; stderr: ${err:-none}"
  echo "  vault file unchanged (sha256): $([[ $before == "$(sha256sum "$V" | cut -d' ' -f1)" ]] && echo yes || { echo NO; status=1; })"
  [[ $code == 0 ]] && echo "  ok: a completely full disk still lets the user read their keys" || { echo "  FAIL: a full disk blocks reading"; status=1; }
  rm "$MNT/filler2"
  rm "$MNT/filler"
  check=$(printf '%s\n' "$PW" | ak check 2>&1) && echo "check after freeing space: ok ($check)" || { echo "FAIL check after freeing space: $check"; status=1; }
  [[ "$(printf '%s\n' "$PW" | ak list)" == "$list_before" ]] && echo "list after freeing space: same keys as before" || { echo "FAIL: list differs"; status=1; }
  printf '%s\nAK99999abcdef\nSK99999secret\n' "$PW" | ak add --exchange bybit --label "After space" >/dev/null && echo "after freeing space: add succeeds" || { echo "FAIL: add after freeing space"; status=1; }
  echo "result: $([[ $status == 0 ]] && echo PASS || echo FAIL)"
} 2>&1 | tee "$OUT"
exit "${PIPESTATUS[0]}"
