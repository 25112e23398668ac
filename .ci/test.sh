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
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT

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
