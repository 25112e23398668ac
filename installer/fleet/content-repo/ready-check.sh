#!/usr/bin/env bash
# The content repository's ready check: is this version of the exhibit ready for the kiosks? Runs the
# kiosk's own `validate` on the content, with the config the kiosks use, and exits 0 only when it is
# clean. For the content repository's CI (any CI that runs a shell command), and used by the hooks
# (hooks/pre-commit, hooks/pre-receive).
#
#   ready-check.sh [--strict] [--jar KIOSK_JAR] [--config DIR] [CONTENT_DIR]
#
#   CONTENT_DIR  the exhibit's folder (default: the repository's kiosk.contentPath, else ".")
#   --config     the kiosk config folder to check against: kiosk.yaml and the files it names (default:
#                $KIOSK_CONFIG, else the repository's `git config kiosk.config`)
#   --jar        the kiosk's jar (default: $KIOSK_JAR, else `git config kiosk.jar`, else the
#                installed launcher /opt/exhibit-kiosk/bin/exhibit-kiosk)
#   --strict     the editor's warnings fail the check too (also $KIOSK_STRICT=true or
#                `git config kiosk.strict true`)
#
# Prints validate's report (each problem as FILE:LINE:COLUMN: message, paths relative to the content
# folder), then one line: "ready-check: ready" or "ready-check: NOT ready". Exit 0 ready, 1 not
# ready, 2 a usage or set-up error (no kiosk, no config).
set -uo pipefail

usage() { echo "usage: ready-check.sh [--strict] [--jar KIOSK_JAR] [--config DIR] [CONTENT_DIR]" >&2; exit 2; }
setup_error() { echo "ready-check: $*" >&2; exit 2; }
git_setting() { git config --get "$1" 2>/dev/null || true; }

jar=${KIOSK_JAR:-}
config=${KIOSK_CONFIG:-}
strict=${KIOSK_STRICT:-}
content=
while [ $# -gt 0 ]; do
  case $1 in
    --strict) strict=true ;;
    --jar) [ $# -ge 2 ] || usage; jar=$2; shift ;;
    --jar=*) jar=${1#--jar=} ;;
    --config) [ $# -ge 2 ] || usage; config=$2; shift ;;
    --config=*) config=${1#--config=} ;;
    -h|--help) sed -n '2,20s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) usage ;;
    *) [ -z "$content" ] || usage; content=$1 ;;
  esac
  shift
done
[ -n "$jar" ] || jar=$(git_setting kiosk.jar)
[ -n "$config" ] || config=$(git_setting kiosk.config)
[ -n "$strict" ] || strict=$(git_setting kiosk.strict)
if [ -z "$content" ]; then
  top=$(git rev-parse --show-toplevel 2>/dev/null || pwd)
  content=$top/$(git_setting kiosk.contentPath)
fi

if [ -n "$jar" ]; then
  [ -f "$jar" ] || setup_error "no kiosk jar at $jar"
  command -v java >/dev/null 2>&1 || setup_error "java (17 or later) is not on PATH"
  kiosk=(java -jar "$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")")
elif [ -x /opt/exhibit-kiosk/bin/exhibit-kiosk ]; then
  kiosk=(/opt/exhibit-kiosk/bin/exhibit-kiosk)
else
  setup_error "no kiosk to check with: give --jar KIOSK_JAR, \$KIOSK_JAR or 'git config kiosk.jar', or install the kiosk's package"
fi
[ -n "$config" ] || setup_error "no config to check against: give --config DIR, \$KIOSK_CONFIG or 'git config kiosk.config' (a copy of a kiosk's config folder)"
[ -f "$config/kiosk.yaml" ] || setup_error "no kiosk.yaml in the config folder $config"
[ -d "$content" ] || setup_error "no content folder $content"
config=$(cd "$config" && pwd)

args=(validate --content . --config "$config")
case $strict in true|yes|1) args+=(--strict) ;; esac
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
# From inside the content folder, the report names files as curators know them (sections/1.yaml:3:5).
# (validate says ./sections/1.yaml: the ./ goes)
(cd "$content" && "${kiosk[@]}" "${args[@]}" --state "$state") 2>&1 | sed -u 's#^\./##'
rc=${PIPESTATUS[0]}
case $rc in
  0) echo "ready-check: ready" ;;
  1) echo "ready-check: NOT ready: fix the problems above (validate, in the kiosk's own words)"; exit 1 ;;
  *) echo "ready-check: NOT ready: the kiosk's validate ended with exit code $rc"; exit 1 ;;
esac
