#!/usr/bin/env bash
# Installs the built .deb, runs the installed launcher (version, a CLI round trip, and the desktop
# app under Xvfb when xvfb-run exists), removes the package and checks nothing is left behind.
# Run as root after packaging/build.sh (or packaging/linux/build.sh); an argument tests another
# .deb instead of target/packages/apikeep_*.deb. Re-runnable: it refuses to
# touch an apikeep package that was already installed, and removes its own even when a check fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

deb=${1:-$(ls target/packages/apikeep_*.deb 2>/dev/null | head -n 1)}
[ -n "$deb" ] || { echo "test-deb.sh: no target/packages/apikeep_*.deb; run packaging/build.sh" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "test-deb.sh: run as root (dpkg -i)" >&2; exit 1; }
if dpkg -s apikeep >/dev/null 2>&1; then
  echo "test-deb.sh: apikeep is already installed; dpkg -r apikeep first" >&2
  exit 1
fi

step() { printf '\n== %s\n' "$*"; }
fail() { echo "test-deb.sh: FAILED: $*" >&2; exit 1; }

work=$(mktemp -d)
installed=no
cleanup() {
  if [ "$installed" = yes ]; then dpkg -P apikeep >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "dependencies of $deb"
# dpkg -i does not fetch dependencies; install the missing ones (xdg-utils, X11 libraries) first.
missing=()
for dep in $(dpkg-deb -f "$deb" Depends | tr ',' ' '); do
  dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
fi

step "dpkg -i"
installed=yes
dpkg -i "$deb"
[ "$(command -v apikeep)" = /usr/bin/apikeep ] || fail "apikeep is not /usr/bin/apikeep on the PATH"
[ "$(readlink /usr/bin/apikeep)" = /opt/apikeep/bin/apikeep ] || fail "/usr/bin/apikeep does not point at the launcher"
ls /usr/share/applications/apikeep-apikeep.desktop /usr/share/metainfo/dev.apikeep.ApiKeep.metainfo.xml

step "apikeep --version"
version=$(dpkg-deb -f "$deb" Version)
out=$(apikeep --version)
echo "$out"
[[ "$out" == *"${version%-*}"* ]] || fail "--version does not name ${version%-*}"

step "CLI round trip from the installed launcher"
vault=$work/x.apikeep
echo pw | apikeep --vault "$vault" init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1
echo pw | apikeep --vault "$vault" list
if apikeep --help | grep -q '^ *add '; then
  printf '%s\n' pw AKtestkey0001 s3cr3t-value | apikeep --vault "$vault" add --exchange bybit --label "Deb test" --permissions read
  echo pw | apikeep --vault "$vault" list
  got=$(echo pw | apikeep --vault "$vault" get "Deb test")
  [ "$got" = s3cr3t-value ] || fail "get returned '$got', not the stored secret"
  echo "get returned the stored secret"
else
  echo "(this build's CLI has no 'add' command yet: init + list only)"
fi
set +e
echo wrong | apikeep --vault "$vault" list >/dev/null 2>&1
code=$?
set -e
[ "$code" = 3 ] || fail "a wrong password exited $code, not 3"
echo "wrong password -> exit 3"

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null && command -v xprop >/dev/null; then
  step "desktop app from the installed launcher (Xvfb)"
  # Without arguments the launcher starts the desktop app: wait up to 60 s for a window whose
  # title has "ApiKeep", check it carries an icon (_NET_WM_ICON) and save a screenshot.
  cat >"$work/probe.sh" <<'PROBE'
#!/bin/sh
/usr/bin/apikeep >"$WORK/gui.log" 2>&1 &
pid=$!
id=
for i in $(seq 1 60); do
  sleep 1
  kill -0 $pid 2>/dev/null || { wait $pid; echo "exited:$?"; exit 0; }
  id=$(xdotool search --onlyvisible --name ApiKeep 2>/dev/null | head -n 1)
  [ -n "$id" ] && break
done
[ -n "$id" ] || { kill $pid; echo "nowindow"; exit 0; }
sleep 2
echo "window:$(xdotool getwindowname "$id")"
xprop -id "$id" _NET_WM_ICON | head -n 2 | grep -q 'Icon (' && echo "icon:yes" || echo "icon:no"
command -v import >/dev/null && import -window root "$WORK/gui.png" 2>/dev/null && echo "screenshot:yes"
kill $pid
PROBE
  chmod +x "$work/probe.sh"
  result=$(WORK=$work HOME=$work timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' "$work/probe.sh" || true)
  cat "$work/gui.log"
  echo "$result"
  case $result in
    *"exited:0"*)
      grep -q 'not built yet' "$work/gui.log" \
        && echo "(this build has no desktop app yet: the launcher printed its message and exited 0)" \
        || fail "the desktop app exited at once" ;;
    *window:*)
      [[ "$result" == *"icon:yes"* ]] || fail "the window has no icon (_NET_WM_ICON)"
      if [ -f "$work/gui.png" ]; then cp "$work/gui.png" target/packages/installed-app.png; echo "screenshot: target/packages/installed-app.png"; fi
      echo "the desktop app showed its window with an icon" ;;
    *) fail "the desktop app showed no window ($result)" ;;
  esac
else
  echo "(no xvfb-run/xdotool/xprop: desktop app not tried; apt-get install xvfb xdotool x11-utils)"
fi

step "sizes"
ls -l "$deb"
echo "package: $(du -h "$deb" | cut -f1)   installed: $(du -sh /opt/apikeep | cut -f1) (du -sh /opt/apikeep)"
for archive in apikeep.jsa window.jsa; do
  if [ -f "/opt/apikeep/lib/app/$archive" ]; then
    echo "of which the start-up archive $archive made by postinst: $(du -h "/opt/apikeep/lib/app/$archive" | cut -f1)"
  else
    fail "postinst did not make the start-up archive /opt/apikeep/lib/app/$archive"
  fi
done

step "dpkg -r apikeep"
dpkg -r apikeep
installed=no
for gone in /opt/apikeep /usr/bin/apikeep /usr/share/applications/apikeep-apikeep.desktop \
    /usr/share/metainfo/dev.apikeep.ApiKeep.metainfo.xml; do
  if [ -e "$gone" ] || [ -L "$gone" ]; then fail "$gone is still there after dpkg -r"; fi
done
echo "removed cleanly: /opt/apikeep, /usr/bin/apikeep, the menu entry and the metainfo are gone"
# dpkg -r keeps the package's postrm for a later purge ("rc" in dpkg -l); purge it so a re-run
# starts from nothing.
dpkg -P apikeep 2>&1 | grep -v "directory '/opt' not empty" || true
if dpkg -s apikeep >/dev/null 2>&1; then fail "dpkg still lists apikeep after the purge"; fi
echo
echo "test-deb.sh: OK"
