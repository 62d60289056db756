#!/usr/bin/env bash
# Installs the .deb of packaging/build.sh on a minimal Debian 12 (debootstrap --variant=minbase, no
# desktop) and checks what issue 15 §7 asks, writing the transcript to bench/results/deb-<stamp>.txt:
#   server:  apt install --no-install-recommends ./apikeep_*.deb, then the CLI (init, add, get, a kit)
#            with no display and no GTK; the desktop app says in one line why it cannot open
#   dpkg:    dpkg -i on a machine without xdg-utils leaves the package configured, not half-installed
#   desktop: apt install ./apikeep_*.deb (Recommends included) brings GTK 3 and xdg-utils  (--desktop)
# Needs root, debootstrap and Debian's mirror. Usage: packaging/linux/test-deb-minimal.sh [--desktop]
# (packaging/linux/test-deb.sh checks the install on this machine: window, icon, clean removal.)
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(ls target/packages/apikeep_*.deb 2>/dev/null | head -1)
[[ -n $deb ]] || { echo "test-deb-minimal.sh: no target/packages/apikeep_*.deb; run packaging/build.sh" >&2; exit 2; }
(( EUID == 0 )) || { echo "test-deb-minimal.sh: needs root (chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "test-deb-minimal.sh: needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }
BASE=${APIKEEP_DEB_CHROOT:-/var/tmp/apikeep-deb-test/bookworm}
[[ -x $BASE/bin/sh ]] || debootstrap --variant=minbase bookworm "$BASE" http://deb.debian.org/debian >/dev/null
STAMP=$(date -u +%Y%m%dT%H%M%SZ); OUT=bench/results/deb-$STAMP.txt
mkdir -p bench/results
failures=0

fresh() {  # a scratch copy of the minimal system, with the package and DNS
  local root=$BASE-$1
  umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; cp -a "$BASE" "$root"
  cp "$deb" "$root/tmp/"; cp /etc/resolv.conf "$root/etc/resolv.conf"; mount -t proc proc "$root/proc"
  chroot "$root" apt-get update -qq >/dev/null
  echo "$root"
}
in_root() { chroot "$1" env -u DISPLAY -u WAYLAND_DISPLAY DEBIAN_FRONTEND=noninteractive sh -c "$2"; }
expect() {  # $1 = what, $2 = command status
  if [[ $2 == 0 ]]; then echo "ok: $1"; else echo "FAILED: $1"; failures=$((failures + 1)); fi
}

{
  set +e   # every check runs and is counted; the last line says how many failed
  echo "# .deb on a minimal Debian 12, $STAMP"
  echo "package: $deb ($(du -k "$deb" | cut -f1) KiB), commit $(git rev-parse --short HEAD)"
  dpkg-deb -f "$deb" Depends Recommends Installed-Size

  echo; echo "## server: apt install --no-install-recommends"
  root=$(fresh server)
  in_root "$root" "apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/dev/null"; expect "apt install" $?
  in_root "$root" "dpkg -s apikeep | grep -q '^Status: install ok installed'"; expect "package configured" $?
  in_root "$root" "! dpkg -l libgtk-3-0 xdg-utils 2>/dev/null | grep -q '^ii'"; expect "no GTK 3, no xdg-utils installed" $?
  in_root "$root" "du -sm /opt/apikeep"
  # postinst makes both start-up archives with no display and no GTK (dev.apikeep.ArchiveTraining)
  in_root "$root" "ls -s /opt/apikeep/lib/app/*.jsa && test -s /opt/apikeep/lib/app/apikeep.jsa && test -s /opt/apikeep/lib/app/window.jsa"
  expect "postinst made the start-up archives (commands' and window's)" $?
  in_root "$root" 'set -e; cd /tmp; printf "deb test password\n" >pw
    apikeep --version
    apikeep --vault v.apikeep init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1 <pw
    printf "deb test password\nAK-deb\nSK-deb\n" | apikeep --vault v.apikeep add --exchange bybit --label "Grid bot" >/dev/null
    test "$(apikeep --vault v.apikeep --password-file pw get "Grid bot")" = SK-deb
    apikeep --vault v.apikeep --password-file pw kit create vps --key "Grid bot" --out vps.akkit --token-file tok >/dev/null
    test "$(APIKEEP_KIT_TOKEN=$(cat tok) apikeep --kit vps.akkit get "Grid bot" --field key)" = AK-deb'
  expect "CLI without a display: init, add, get, kit create, --kit get" $?
  message=$(in_root "$root" "apikeep 2>&1; echo exit=\$?")
  echo "desktop app without a display: $message"
  [[ $message == *"no display"*"exit=1" && $(wc -l <<<"$message") -le 2 ]]; expect "one clear line, exit 1" $?
  umount "$root/proc"

  echo; echo "## dpkg -i without xdg-utils (its Depends present, as on a server that has them)"
  root=$(fresh dpkg)
  depends=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/|[^,]*//g; s/,/ /g')
  # shellcheck disable=SC2086  # a list of package names
  in_root "$root" "apt-get install -y -qq --no-install-recommends $depends >/dev/null"
  in_root "$root" "dpkg -i /tmp/$(basename "$deb") >/dev/null"; expect "dpkg -i" $?
  in_root "$root" "dpkg -s apikeep | grep '^Status:'; dpkg -s apikeep | grep -q '^Status: install ok installed'"; expect "configured, not half-installed" $?
  umount "$root/proc"

  if [[ ${1:-} == --desktop ]]; then
    echo; echo "## desktop: apt install (Recommends included)"
    root=$(fresh desktop)
    in_root "$root" "apt-get install -y -qq /tmp/$(basename "$deb") >/dev/null"; expect "apt install" $?
    in_root "$root" "dpkg -l libgtk-3-0 xdg-utils | grep -c '^ii' | grep -q 2"; expect "GTK 3 and xdg-utils came with it" $?
    umount "$root/proc"
  fi
  echo; echo "failures: $failures"
} 2>&1 | tee "$OUT"
echo "written to $OUT"
grep -q '^failures: 0$' "$OUT"
