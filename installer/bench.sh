#!/usr/bin/env bash
# First frame of the installed kiosk against `java -jar target/kiosk.jar`, both with --smoke on the
# shipped exhibit: `bash installer/bench.sh [RUNS]` (default 5), as root, after installer/build.sh.
# "Installed" is the .deb's /opt/exhibit-kiosk, bind-mounted there in a mount namespace of its own
# (the CDS archive is valid only at that path). Runs alternate (jar, installed, jar, ...) so that a
# busy machine hurts both alike; prints each run, the medians and their ratio. Needs a display
# (DISPLAY), e.g. Xvfb.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${1:-5}
deb=$(ls target/installer/exhibit-kiosk_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "bench: no .deb; run installer/build.sh first" >&2; exit 1; }
unpacked=target/installer/bench-root
rm -rf "$unpacked"
dpkg-deb -x "$deb" "$unpacked"
trap 'rm -rf "$unpacked"' EXIT
bash installer/run-installed.sh --check "$unpacked/opt/exhibit-kiosk" || exit 1
[ -n "${DISPLAY:-}" ] || { echo "bench: no DISPLAY; start Xvfb and set DISPLAY" >&2; exit 1; }
java=${JAVA:-java}
folders=(--content exhibit-content --config kiosk-config)

frame() {
  local line
  line=$("$@" --smoke "${folders[@]}" 2>/dev/null | grep '^first-frame-ms ' || true)
  [ -n "$line" ] || { echo "bench: no first frame from: $*" >&2; exit 1; }
  echo "${line#first-frame-ms }"
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

jar=()
image=()
for i in $(seq "$runs"); do
  jar+=("$(frame "$java" -jar target/kiosk.jar)")
  image+=("$(frame bash installer/run-installed.sh "$unpacked/opt/exhibit-kiosk")")
  echo "run $i: java -jar ${jar[-1]} ms, app-image ${image[-1]} ms"
done
jar_median=$(median "${jar[@]}")
image_median=$(median "${image[@]}")
echo "median: java -jar $jar_median ms, app-image $image_median ms, ratio $(awk -v a="$image_median" -v b="$jar_median" 'BEGIN { printf "%.2f", a / b }')"
