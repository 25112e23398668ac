#!/usr/bin/env bash
# Builds the kiosk's installers: `bash installer/build.sh` from anywhere in the repository.
#
#   target/installer/app-image/exhibit-kiosk/   the app-image (launcher, jlink runtime, jars, CDS archive)
#   target/installer/exhibit-kiosk_VERSION_amd64.deb
#
# Steps: build the app when target/kiosk.jar is stale; jlink a runtime with only the modules the jars
# need; jpackage an app-image; train a class-data-sharing archive on a --smoke run under a virtual
# display; add the kiosk session files, the default content and config, and the licence notices;
# jpackage the .deb from that image. Installs missing build tools with apt-get (as root). Safe to run
# again: it starts each time from an empty target/installer.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

jdk=${KIOSK_BUILD_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}
name=exhibit-kiosk
out=target/installer
work=$out/work
image=$out/app-image/$name

die() { echo "build: $*" >&2; exit 1; }
say() { echo "build: $*"; }

# ---- build tools ------------------------------------------------------------------------------
[ -x "$jdk/bin/jpackage" ] || die "no jpackage in $jdk (set KIOSK_BUILD_JDK to a JDK 17)"
"$jdk/bin/java" -version 2>&1 | grep -q '"17\.' || die "$jdk is not a JDK 17; the kiosk is built and trained on 17"
packages=()
[ -d "$jdk/jmods" ] || packages+=(openjdk-17-jdk-headless)
command -v fakeroot >/dev/null 2>&1 || packages+=(fakeroot)
command -v dpkg-deb >/dev/null 2>&1 || packages+=(dpkg)
command -v dpkg-shlibdeps >/dev/null 2>&1 || packages+=(dpkg-dev)
command -v objcopy >/dev/null 2>&1 || packages+=(binutils)   # jlink --strip-debug
command -v Xvfb >/dev/null 2>&1 || packages+=(xvfb)          # the CDS training run
command -v xdpyinfo >/dev/null 2>&1 || packages+=(x11-utils)
dpkg -s fontconfig >/dev/null 2>&1 || packages+=(fontconfig)
command -v mvn >/dev/null 2>&1 || packages+=(maven)
if [ ${#packages[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || die "missing ${packages[*]}; run once as root, or install them with apt-get"
  say "installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# ---- the app ----------------------------------------------------------------------------------
if [ ! -f target/kiosk.jar ] || [ ! -d target/lib ] \
   || [ -n "$(find pom.xml src/main -newer target/kiosk.jar -print -quit)" ]; then
  say "building the app (mvn package)"
  JAVA_HOME=$jdk mvn -B -q package -DskipTests || die "the app did not build (mvn package failed)"
else
  say "target/kiosk.jar is up to date"
fi

version=$(sed -n 's:.*<Implementation-Version>\(.*\)</Implementation-Version>.*:\1:p' \
  <(unzip -p target/kiosk.jar META-INF/MANIFEST.MF | tr -d '\r'))
[ -z "$version" ] && version=$(unzip -p target/kiosk.jar META-INF/MANIFEST.MF | tr -d '\r' \
  | sed -n 's/^Implementation-Version: //p')
# jpackage wants a numeric version; a snapshot build is packaged as its release number.
app_version=${version%%-*}
[[ $app_version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot package version '$version'"

rm -rf "$out"
mkdir -p "$work/input/lib" "$out/app-image"
cp target/kiosk.jar "$work/input/"
cp target/lib/*.jar "$work/input/lib/"
# One fixed time on every jar: the CDS archive records the jars' times, and the .deb keeps them.
find "$work/input" -name '*.jar' -exec touch -d '2000-01-01 00:00:00 UTC' {} +

# ---- the runtime ------------------------------------------------------------------------------
found=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$work/input/lib/*" "$work/input/kiosk.jar" "$work/input"/lib/*.jar 2>/dev/null | tail -1)
[[ $found == java.base* ]] || die "jdeps did not list the modules: $found"
# What jdeps cannot see: java.logging (JUL, reached by reflection from commons-logging),
# jdk.unsupported (sun.misc.Unsafe for libraries that probe for it), jdk.localedata (dates and
# numbers in Azerbaijani and Armenian, limited to the kiosk's languages below), jdk.zipfs
# (reading jars as file systems).
modules="$found,java.logging,jdk.unsupported,jdk.localedata,jdk.zipfs"
say "runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales en,az,hy \
  --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$work/runtime" || die "jlink failed"

# ---- the app-image ----------------------------------------------------------------------------
# $APPDIR is the image's lib/app. -Xshare:auto: should the archive not match, the kiosk still starts.
"$jdk/bin/jpackage" --type app-image --name "$name" --app-version "$app_version" \
  --vendor "Exhibit kiosk" --description "Museum exhibit touchscreen kiosk" \
  --input "$work/input" --main-jar kiosk.jar --main-class org.exhibitkiosk.app.Main \
  --runtime-image "$work/runtime" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/kiosk.jsa' \
  --java-options '-Xshare:auto' \
  --java-options '-XX:+UseSerialGC' \
  --java-options '-XX:TieredStopAtLevel=1' \
  --java-options '-Dfile.encoding=UTF-8' \
  --dest "$out/app-image" || die "jpackage (app-image) failed"

# ---- the CDS archive --------------------------------------------------------------------------
# Trained with the same runtime and the same class path as the launcher (read from its .cfg), on a
# --smoke run: the classes of the start up to the first frame go into the archive.
cfg=$image/lib/app/$name.cfg
appdir=$(cd "$image/lib/app" && pwd)
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$appdir|g" | paste -sd: -)
[ -n "$classpath" ] || die "no app.classpath in $cfg"

display_works() { [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; }
xvfb_pid=
cleanup() { if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT
if ! display_works; then
  for n in $(seq 150 199); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 100); do display_works && break; sleep 0.1; done
  display_works || die "the virtual display :$n did not come up"
fi

say "training the CDS archive on a --smoke run"
training=$("$image/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$appdir/kiosk.jsa" \
  -Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
  -cp "$classpath" org.exhibitkiosk.app.Main --smoke \
  --content exhibit-content --config kiosk-config 2>"$work/training.log") \
  || die "the training run failed: $(grep -v '^\[' "$work/training.log" | head -1)"
[[ $training == first-frame-ms* ]] || die "the training run printed no first frame: $training"
[ -s "$appdir/kiosk.jsa" ] || die "the training run wrote no CDS archive"

# ---- what goes beside the app -----------------------------------------------------------------
share=$image/lib/kiosk
mkdir -p "$share/linux" "$share/defaults" "$share/legal"
cp installer/linux/* "$share/linux/"
chmod 755 "$share"/linux/exhibit-kiosk*
chmod 644 "$share"/linux/*.service "$share"/linux/*.timer "$share"/linux/*.conf "$share"/linux/pam-exhibit-kiosk

# The shipped exhibit and config, copied to where curators edit them only when absent there.
# Never the repository's staff-pin: it holds the development PIN; the installer sets a new one.
cp -r exhibit-content "$share/defaults/content"
mkdir -p "$share/defaults/config"
sed 's|^  folder: \.\./logs$|  folder: /var/log/exhibit-kiosk|' kiosk-config/kiosk.yaml > "$share/defaults/config/kiosk.yaml"
grep -q '^  folder: /var/log/exhibit-kiosk$' "$share/defaults/config/kiosk.yaml" \
  || die "kiosk-config/kiosk.yaml has no 'logs: folder: ../logs' line to point at /var/log/exhibit-kiosk"

bash installer/notices.sh "$work/input" "$share/legal" || die "the licence notices could not be collected"

# ---- the .deb ---------------------------------------------------------------------------------
say "packaging the .deb"
"$jdk/bin/jpackage" --type deb --app-image "$image" --name "$name" --app-version "$app_version" \
  --vendor "Exhibit kiosk" --description "Museum exhibit touchscreen kiosk, as an appliance" \
  --linux-package-name "$name" --linux-deb-maintainer "technician@example.org" \
  --linux-app-category misc --install-dir /opt \
  --linux-package-deps "xserver-xorg-core, xserver-xorg-input-libinput, xinit, xauth, x11-xserver-utils, systemd, fontconfig, passwd, util-linux" \
  --license-file "$share/legal/NOTICE" \
  --resource-dir installer/deb \
  --dest "$out" || die "jpackage (deb) failed"

deb=$(ls "$out"/*.deb)
say "app-image: $image"
say "package:   $deb"
