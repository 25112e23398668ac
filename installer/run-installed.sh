#!/usr/bin/env bash
# Runs an unpacked kiosk app (a .deb's opt/exhibit-kiosk) as if installed: bind-mounted on
# /opt/exhibit-kiosk in a mount namespace of its own, where its CDS archive is valid. For tests and
# benchmarks on a build machine; needs root (or unprivileged user namespaces).
#   bash installer/run-installed.sh APP_DIR [KIOSK ARGUMENTS...]   run its launcher
#   bash installer/run-installed.sh --command APP_DIR COMMAND...    run a command there instead
#   bash installer/run-installed.sh --check APP_DIR                 only check that it can
set -euo pipefail
check=
command=
if [ "${1:-}" = --check ]; then check=yes; shift; fi
if [ "${1:-}" = --command ]; then command=yes; shift; fi
app=$(cd "${1:?usage: run-installed.sh [--check] APP_DIR [ARGS...]}" && pwd)
shift
install_dir=/opt/exhibit-kiosk
made=
if [ ! -d "$install_dir" ]; then
  mkdir "$install_dir" 2>/dev/null \
    || { echo "run-installed: $install_dir is missing and cannot be made (run as root)" >&2; exit 1; }
  made=yes
fi
# The empty mount point goes again afterwards, when this made it.
trap '[ -z "$made" ] || rmdir "$install_dir" 2>/dev/null || true' EXIT
options=(--mount --propagation private)
[ "$(id -u)" -eq 0 ] || options+=(--map-root-user)
if [ -n "$check" ]; then
  unshare "${options[@]}" true || { echo "run-installed: cannot make a mount namespace (run as root)" >&2; exit 1; }
  exit 0
fi
[ -n "$command" ] || set -- "$install_dir/bin/exhibit-kiosk" "$@"
unshare "${options[@]}" bash -c 'mount --bind "$1" "$2" && shift 2 && exec "$@"' _ "$app" "$install_dir" "$@"
