#!/usr/bin/env bash
# Tests of the installers: `bash installer/test.sh` from the repository root, as root, with a display
# (DISPLAY; .ci/test.sh brings up Xvfb). Run by `mvn verify` (skip with -Dinstaller.skip=true).
# Builds both packages with installer/build.sh, then checks:
#   the app-image starts (--smoke) and reports its first frame; installed at /opt/exhibit-kiosk it
#   uses its CDS archive; the .deb's files and control data; the systemd units (systemd-analyze
#   verify, and the settings that restart a killed or frozen kiosk); the crash-loop back-off; screen
#   power from the opening hours; the licence notices.
# Ends with "installer: N passed, N failed"; exits 1 when any failed.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pass() { passed=$((passed + 1)); echo "  ok   $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL $1: $2"; }
# check NAME COMMAND...: passes when COMMAND succeeds; its output is shown when it fails.
check() {
  local name=$1 output
  shift
  if output=$("$@" 2>&1); then pass "$name"; else fail "$name" "$(printf '%s' "$output" | head -n 5)"; fi
}

echo "installer: building (installer/build.sh)"
if ! bash installer/build.sh > "$tmp/build.log" 2>&1; then
  fail "installer/build.sh builds both packages" "$(tail -n 5 "$tmp/build.log")"
  echo "installer: $passed passed, $failed failed"
  exit 1
fi
image=target/installer/app-image/exhibit-kiosk
deb=$(ls target/installer/exhibit-kiosk_*_amd64.deb)
check "build gives the app-image and one .deb" test -x "$image/bin/exhibit-kiosk" -a -f "$deb"

# ---- the app-image ----
smoke() {  # smoke LAUNCHER...: runs it with --smoke on the shipped exhibit, prints its output
  "$@" --smoke --content "$root/exhibit-content" --config "$root/kiosk-config" 2>&1
}
out=$(smoke "$image/bin/exhibit-kiosk")
if [[ $out =~ (^|$'\n')first-frame-ms\ ([0-9]+) ]]; then
  pass "the app-image's launcher reaches its first frame (${BASH_REMATCH[2]} ms)"
else
  fail "the app-image's launcher reaches its first frame" "$(printf '%s' "$out" | head -n 3)"
fi

unpacked=$tmp/deb
dpkg-deb -x "$deb" "$unpacked"
app=$unpacked/opt/exhibit-kiosk
out=$(JAVA_TOOL_OPTIONS='-Xlog:cds=warning -Xlog:class+load=info' \
  smoke bash installer/run-installed.sh "$app")
top=$(grep -c 'shared objects file (top)' <<<"$out")
if grep -q '^first-frame-ms [0-9]' <<<"$out" && ! grep -qi 'unable to use shared archive' <<<"$out" \
   && [ "$top" -gt 1000 ]; then
  pass "installed, the kiosk starts with its CDS archive ($top classes from it)"
else
  fail "installed, the kiosk starts with its CDS archive" \
    "$(grep -iE 'first-frame|shared archive|error' <<<"$out" | head -n 3) ($top classes from it)"
fi

# ---- the .deb's control data ----
info=$(dpkg-deb -I "$deb")
check "control: package exhibit-kiosk, amd64" grep -qE '^ Package: exhibit-kiosk$' <<<"$info"
check "control: architecture amd64" grep -qE '^ Architecture: amd64$' <<<"$info"
check "control: a version" grep -qE '^ Version: [0-9]+\.[0-9]+\.[0-9]+-[0-9]+$' <<<"$info"
for dep in xserver-xorg-core xserver-xorg-input-libinput xinit xauth x11-xserver-utils systemd fontconfig kbd adduser; do
  check "control: depends on $dep" grep -qE "^ Depends: (.*, )?$dep(,|$)" <<<"$info"
done
for script in postinst prerm postrm; do
  check "control: has a $script" dpkg-deb -I "$deb" "$script"
done
postinst=$(dpkg-deb -I "$deb" postinst)
check "postinst copies the exhibit only into an empty folder" grep -q 'if \[ -z "$(ls -A "$content")" \]' <<<"$postinst"
check "postinst copies a config file only where it is absent" grep -q 'if \[ ! -e "$target" \]' <<<"$postinst"
check "postinst sets a staff PIN when there is none" grep -q 'set-pin' <<<"$postinst"
for script in postinst prerm postrm; do
  check "$script is valid sh" sh -n <(dpkg-deb -I "$deb" "$script")
done

# ---- installing, upgrading, removing (in a throwaway overlay of this machine) ----
facts=$(bash installer/sandbox-install.sh "$deb" 2>"$tmp/sandbox.err")
fact() { sed -n "s/^fact $1 //p" <<<"$facts"; }
expect() {  # expect NAME VALUE DESCRIPTION
  if [ "$(fact "$1")" = "$2" ]; then pass "$3"; else fail "$3" "$1 is '$(fact "$1")', not '$2' $(head -n 2 "$tmp/sandbox.err")"; fi
}
expect install-status 0 "dpkg -i: the package installs (postinst succeeds)"
expect kiosk-user kiosk "install: the system user kiosk"
expect content copied "install: the shipped exhibit into /var/lib/exhibit-kiosk/content"
expect config copied "install: the shipped config into /etc/exhibit-kiosk"
expect logs-folder /var/log/exhibit-kiosk "install: logs to /var/log/exhibit-kiosk"
expect pin-owner kiosk "install: a staff PIN, readable by the kiosk"
expect pin-not-development yes "install: not the development PIN"
expect pin-shown 8-digits "install: a random PIN shown once in a root-only file"
expect pin-note-mode 600 "install: that file is for root only"
expect command /opt/exhibit-kiosk/lib/kiosk/linux/exhibit-kiosk "install: the exhibit-kiosk command"
expect unit installed "install: the kiosk unit"
expect enabled yes "install: the kiosk starts at boot (enabled in graphical.target)"
expect no-screen-timer yes "install: no screen timer (the kiosk owns the screen's power)"
expect xorg-conf 2 "install: Xorg with VT switching and Ctrl+Alt+Backspace off"
expect validate-as-kiosk ok "install: the user kiosk can read content and config (validate)"
expect upgrade-status 0 "upgrade: the package installs over itself"
expect old-screen-timer-gone yes "upgrade: an older version's screen timer and its unit are removed"
expect config-edit-kept yes "upgrade: keeps a technician's config edit"
expect content-edit-kept yes "upgrade: keeps a curator's content edit"
expect content-removal-kept yes "upgrade: does not bring back a file a curator removed"
expect pin-kept yes "upgrade: keeps the staff PIN"
expect set-pin-status 0 "sudo exhibit-kiosk set-pin: sets a new PIN"
expect new-pin-owner kiosk "sudo exhibit-kiosk set-pin: the kiosk can still read it"
expect remove-status 0 "remove: succeeds"
expect removed-unit yes "remove: takes the unit away"
expect remove-keeps-config yes "remove: keeps the config"
expect purge-status 0 "purge: succeeds"
expect purged yes "purge: config, content, logs and the user kiosk are gone"

# ---- the .deb's files ----
files=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
for path in opt/exhibit-kiosk/bin/exhibit-kiosk opt/exhibit-kiosk/lib/app/kiosk.jar \
    opt/exhibit-kiosk/lib/app/kiosk.jsa opt/exhibit-kiosk/lib/app/exhibit-kiosk.cfg \
    opt/exhibit-kiosk/lib/runtime/lib/server/classes.jsa \
    opt/exhibit-kiosk/lib/kiosk/README.md \
    opt/exhibit-kiosk/lib/kiosk/linux/exhibit-kiosk.service \
    opt/exhibit-kiosk/lib/kiosk/linux/exhibit-kiosk-session \
    opt/exhibit-kiosk/lib/kiosk/linux/xorg-exhibit-kiosk.conf \
    opt/exhibit-kiosk/lib/kiosk/defaults/content/exhibit.yaml \
    opt/exhibit-kiosk/lib/kiosk/defaults/content/fonts/OFL.txt \
    opt/exhibit-kiosk/lib/kiosk/defaults/config/kiosk.yaml \
    opt/exhibit-kiosk/lib/kiosk/legal/NOTICE opt/exhibit-kiosk/lib/kiosk/legal/fonts/OFL.txt \
    opt/exhibit-kiosk/share/doc/copyright; do
  check "the .deb has $path" grep -qx "\./$path" <<<"$files"
done
check "the .deb holds no staff PIN (the repository's is the development PIN)" \
  bash -c '! grep -q "staff-pin" <<<"$1"' _ "$files"
check "every file of the .deb is under /opt/exhibit-kiosk" \
  bash -c '! grep -vE "^\./(opt/(exhibit-kiosk(/.*)?)?)?/?$" <<<"$1"' _ "$files"
check "every jar keeps the time the CDS archive was trained on" \
  bash -c '! dpkg-deb -c "$1" | grep "\.jar$" | grep -v " 2000-01-01 00:00 "' _ "$deb"
check "the shipped config logs to /var/log/exhibit-kiosk" \
  grep -qx '  folder: /var/log/exhibit-kiosk' "$app/lib/kiosk/defaults/config/kiosk.yaml"
modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$app/lib/runtime/release")
check "the runtime has the kiosk's modules" bash -c 'for m in java.desktop java.logging java.naming java.sql jdk.localedata; do grep -qw "$m" <<<"$1" || exit 1; done' _ "$modules"
check "the runtime has no compiler nor tools (jlink picked modules)" \
  bash -c '! grep -qwE "java.compiler|jdk.compiler|jdk.jshell" <<<"$1"' _ "$modules"

# ---- licence notices ----
notice=$app/lib/kiosk/legal/NOTICE
for jar in "$app"/lib/app/lib/*.jar; do
  check "NOTICE names $(basename "$jar")" grep -q "^$(basename "$jar") " "$notice"
done
check "NOTICE says the app's licence is still to be chosen" grep -q 'no licence chosen yet' "$notice"
check "the libraries' own licence files travel along" test -s "$app/lib/kiosk/legal/libraries/flatlaf-3.8/LICENSE"

# ---- the systemd units ----
linux=$app/lib/kiosk/linux
verify=$(bash installer/run-installed.sh --command "$app" bash -c 'cd /opt/exhibit-kiosk/lib/kiosk/linux &&
  systemd-analyze verify ./exhibit-kiosk.service' 2>&1)
if [ $? -eq 0 ] && [ -z "$verify" ]; then
  pass "systemd-analyze verify: the units, with no warning"
else
  fail "systemd-analyze verify: the units, with no warning" "$(head -n 5 <<<"$verify")"
fi
unit=$linux/exhibit-kiosk.service
setting() { sed -n "s/^$1=//p" "$unit"; }
check "a killed or crashed kiosk restarts (Restart=always)" test "$(setting Restart)" = always
check "a crash loop never gives up (StartLimitIntervalSec=0)" test "$(setting StartLimitIntervalSec)" = 0
check "staff leaving kiosk mode (exit 10) is not restarted" test "$(setting RestartPreventExitStatus)" = 10
check "exit 10 is the app's Main.LEFT_KIOSK_MODE" \
  grep -q 'LEFT_KIOSK_MODE = 10;' src/main/java/org/exhibitkiosk/app/Main.java
check "a frozen kiosk is restarted (WatchdogSec, NotifyAccess=all)" \
  bash -c '[[ $1 =~ ^[0-9]+$ ]] && [ "$1" -gt 0 ] && [ "$2" = all ]' _ "$(setting WatchdogSec)" "$(setting NotifyAccess)"
check "the back-off runs before each start" test "$(setting ExecStartPre)" = /opt/exhibit-kiosk/lib/kiosk/linux/exhibit-kiosk-backoff
check "the back-off's longest wait fits the start timeout" test "$(setting TimeoutStartSec)" -gt 300

# ---- the crash-loop back-off ----
backoff() { RUNTIME_DIRECTORY=$tmp/run EXHIBIT_KIOSK_NOW=$1 "$linux/exhibit-kiosk-backoff" --dry-run; }
mkdir -p "$tmp/run"
waits=""
t=1000
for _ in 1 2 3 4 5 6 7 8 9; do
  w=$(backoff "$t")
  waits="$waits $w"
  t=$((t + w + 30))     # each run lasts 30 s: a crash loop
done
check "a crash loop waits 0, 5, 10, 20 ... at most 300 s" test "$waits" = " 0 5 10 20 40 80 160 300 300"
check "after a run of 120 s or more, no wait" test "$(backoff $((t + 300 + 120)))" = 0

# ---- screen power: the kiosk's alone (ops.ScreenPower, tested in ScreenPowerTest) ----
check "no screen timer nor script ships (one owner of the screen's power)" \
  bash -c '! ls "$1"/exhibit-kiosk-screen* >/dev/null 2>&1' _ "$linux"
check "the X client keeps DPMS on with no idle blanking, for the kiosk to switch" \
  grep -q 'xset s off s noblank +dpms dpms 0 0 0' "$linux/exhibit-kiosk-x-client"
check "the X client leaves the screen's power to the kiosk" bash -c '! grep -q "exhibit-kiosk-screen" "$1"' _ "$linux/exhibit-kiosk-x-client"
check "postinst enables no screen timer" bash -c '! grep -q "enable.*exhibit-kiosk-screen" installer/deb/postinst'
check "kiosk.yaml documents display.power" grep -q '^  # power: always-on' kiosk-config/kiosk.yaml

echo "installer: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
