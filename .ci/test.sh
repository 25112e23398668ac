#!/usr/bin/env bash
# Runs every test of the kiosk: `bash .ci/test.sh` from the repository root.
# Installs what the tests need when it is missing (needs root for that: apt-get), brings up a
# virtual display when there is none, then runs `mvn -B verify`. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v Xvfb >/dev/null 2>&1 || packages+=(xvfb)
command -v xdpyinfo >/dev/null 2>&1 || packages+=(x11-utils)
command -v mvn >/dev/null 2>&1 || packages+=(maven)
# Java 2D needs fontconfig to start, even though the kiosk draws with its own bundled fonts.
dpkg -s fontconfig >/dev/null 2>&1 || packages+=(fontconfig)
# Printing tests print through a real CUPS queue whose printer, cups-pdf, writes each job as a PDF.
# The kiosk speaks IPP to CUPS itself; the script sets the queues up with CUPS's client tools.
command -v cupsd >/dev/null 2>&1 || packages+=(cups)
command -v lpadmin >/dev/null 2>&1 || packages+=(cups-client)
dpkg -s printer-driver-cups-pdf >/dev/null 2>&1 || packages+=(printer-driver-cups-pdf)
# ---- lockdown GUI tests (LockdownGuiIT, KioskEndGuiIT) -------------------------------------------
# Each starts a virtual display of its own (Xvfb, numbers from -Dkiosk.test.displays, default
# 120-159, outside this script's :90-:119) with openbox, xfwm4 (under dbus-run-session: it reads its
# settings over D-Bus) or no window manager, and attacks the kiosk with xdotool and wmctrl; xprop
# and xwininfo (x11-utils, above) read the window's state. The kiosk itself needs none of these.
lockdown_tool() { command -v "$1" >/dev/null 2>&1 || packages+=("${2:-$1}"); }
lockdown_tool openbox
lockdown_tool xfwm4
lockdown_tool dbus-run-session dbus
lockdown_tool xdotool
lockdown_tool wmctrl
# ---- end of the lockdown block -------------------------------------------------------------------
# ---- fleet tools (installer/fleet/test.sh) --------------------------------------------------------
# promtool and a local Prometheus (Debian's prometheus), Ansible with a local connection, rsync.
command -v promtool >/dev/null 2>&1 || packages+=(prometheus)
command -v ansible-playbook >/dev/null 2>&1 || packages+=(ansible-core)
command -v rsync >/dev/null 2>&1 || packages+=(rsync)
command -v curl >/dev/null 2>&1 || packages+=(curl)
command -v git >/dev/null 2>&1 || packages+=(git)
# update-package.yml in check mode looks into the .deb with apt's Python module
dpkg -s python3-apt >/dev/null 2>&1 || packages+=(python3-apt)
# ---- end of the fleet block ----------------------------------------------------------------------

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test: missing ${packages[*]}; run as root once, or install them with apt-get" >&2
    exit 1
  fi
  echo "test: installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

display_works() { [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; }

xvfb_pid=
cupsd_pid=
cups_queues=()
cleanup() {
  local rc=$?
  cups_cleanup
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  exit "$rc"
}
trap cleanup EXIT

# ---- CUPS: the test queues ---------------------------------------------------------------------
# Three cups-pdf queues: one that prints, one stopped, one rejecting jobs; a fourth name must not
# exist. Made on the cupsd that runs, or on one started here; removed again at the end, and a cupsd
# started here is stopped. Any step that fails stops the run and says what CUPS answered.
test_queues=(kiosk-test kiosk-test-stopped kiosk-test-rejecting)
cups_fail() { echo "test: CUPS setup failed: $*" >&2; exit 1; }
# Runs one CUPS admin command; shows what it said (but for lpadmin's notice that printer drivers are
# deprecated, which it gives on every call) and stops the run when it fails.
cups_step() {
  local out
  out=$("$@" 2>&1) || cups_fail "'$*' answered: ${out:-nothing}"
  out=$(grep -v 'Printer drivers are deprecated' <<<"$out" || true)
  [ -z "$out" ] || echo "test: $1: $out" >&2
}
cups_cleanup() {
  local queue
  for queue in "${cups_queues[@]}"; do
    lpadmin -x "$queue" || echo "test: the test queue $queue could not be removed (see above)" >&2
  done
  cups_queues=()
  if [ -n "$cupsd_pid" ]; then
    kill "$cupsd_pid" 2>/dev/null || true
    wait "$cupsd_pid" 2>/dev/null || true
    cupsd_pid=
    echo "test: stopped the cupsd started for the tests"
  fi
}

cups_up() { lpstat -r 2>/dev/null | grep -q 'is running'; }
if ! cups_up; then
  cupsd -f &
  cupsd_pid=$!
  for _ in $(seq 100); do cups_up && break; sleep 0.1; done
  cups_up || cups_fail "cupsd did not start (its log: /var/log/cups/error_log)"
  echo "test: started cupsd"
fi
ppd_dir=/usr/share/ppd/cups-pdf
ppd=$ppd_dir/CUPS-PDF_opt.ppd
if [ ! -f "$ppd" ]; then
  ppd=$(find "$ppd_dir" -maxdepth 1 -name '*.ppd' 2>/dev/null | sort | head -n 1 || true)
fi
[ -n "$ppd" ] && [ -f "$ppd" ] \
  || cups_fail "no cups-pdf PPD in $ppd_dir (is printer-driver-cups-pdf installed whole? dpkg -L printer-driver-cups-pdf)"
for queue in "${test_queues[@]}"; do
  cups_step lpadmin -p "$queue" -E -v cups-pdf:/ -P "$ppd"
  cups_queues+=("$queue")
done
cups_step cupsenable kiosk-test
cups_step cupsaccept kiosk-test
cups_step cupsdisable kiosk-test-stopped
cups_step cupsaccept kiosk-test-stopped
cups_step cupsenable kiosk-test-rejecting
cups_step cupsreject kiosk-test-rejecting
if lpstat -p kiosk-test-missing >/dev/null 2>&1; then
  cups_step lpadmin -x kiosk-test-missing
fi
# cups-pdf writes into the folder its configuration names ('Out', ${HOME} being the job owner's).
pdf_out=$(sed -n 's/^[[:space:]]*Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf 2>/dev/null | tail -n 1)
pdf_out=${pdf_out:-'${HOME}/PDF'}
export KIOSK_TEST_QUEUE=kiosk-test
owner_home=$(getent passwd "$(id -un)" | cut -d: -f6)
export KIOSK_TEST_PDF_DIR=${pdf_out//'${HOME}'/${owner_home:-$HOME}}
echo "test: CUPS queues ${test_queues[*]} ready (removed at the end); cups-pdf writes to $KIOSK_TEST_PDF_DIR"

if ! display_works; then
  for n in $(seq 90 119); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 100); do display_works && break; sleep 0.1; done
  display_works || { echo "test: the virtual display :$n did not come up" >&2; exit 1; }
  echo "test: virtual display $DISPLAY (1920x1080)"
fi

mvn -B verify "$@"
