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

# One fixed time on every jar (jpackage copies them with new ones): the CDS archive records each
# jar's time and size, and ignores itself when they differ at run time.
jar_time='2000-01-01 00:00:00 UTC'
find "$image/lib/app" -name '*.jar' -exec touch -d "$jar_time" {} +

# ---- the CDS archive ----------------------------------------------------------------------------
# JDK 17 checks the jars of a dynamic archive by their absolute paths (and times and sizes), so the
# archive is trained with the image where the .deb installs it: bind-mounted on /opt/exhibit-kiosk in
# a mount namespace of its own, which nothing else on this machine sees. Same runtime, same class
# path (from the launcher's .cfg) and same options as the launcher; a --smoke run: the classes of
# the start up to the first frame go into the archive.
install_dir=/opt/$name
cfg=$image/lib/app/$name.cfg
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$install_dir/lib/app|g" | paste -sd: -)
[ -n "$classpath" ] || die "no app.classpath in $cfg"
mapfile -t java_options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v SharedArchiveFile)

display_works() { [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; }
xvfb_pid=
made_mount_point=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  if [ -n "$made_mount_point" ]; then rmdir "$install_dir" 2>/dev/null || true; fi
}
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

if [ ! -e "$install_dir" ]; then
  mkdir "$install_dir" 2>/dev/null || die "cannot make the mount point $install_dir for the training run (run as root)"
  made_mount_point=yes
fi
unshare_options=(--mount --propagation private)
[ "$(id -u)" -eq 0 ] || unshare_options+=(--map-root-user)
say "training the CDS archive on a --smoke run"
training=$(unshare "${unshare_options[@]}" bash -c 'mount --bind "$1" "$2" && shift 2 && exec "$@"' _ \
    "$(cd "$image" && pwd)" "$install_dir" \
    "$install_dir/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$install_dir/lib/app/kiosk.jsa" \
    "${java_options[@]}" -cp "$classpath" org.exhibitkiosk.app.Main --smoke \
    --content "$root/exhibit-content" --config "$root/kiosk-config" 2>"$work/training.log") \
  || die "the training run failed: $(grep -v '^\[' "$work/training.log" | head -n 1)"
[[ $training == first-frame-ms* ]] || die "the training run printed no first frame: $training"
[ -s "$image/lib/app/kiosk.jsa" ] || die "the training run wrote no CDS archive"

# ---- what goes beside the app -----------------------------------------------------------------
share=$image/lib/kiosk
mkdir -p "$share/linux" "$share/defaults" "$share/legal"
cp installer/linux/* "$share/linux/"
chmod 755 "$share"/linux/exhibit-kiosk*
chmod 644 "$share"/linux/*.service "$share"/linux/*.conf "$share"/linux/pam-exhibit-kiosk

# The shipped exhibit and config, copied to where curators edit them only when absent there.
# Never the repository's staff-pin: it holds the development PIN; the installer sets a new one.
cp -r exhibit-content "$share/defaults/content"
mkdir -p "$share/defaults/config"
sed 's|^  folder: \.\./logs$|  folder: /var/log/exhibit-kiosk|' kiosk-config/kiosk.yaml > "$share/defaults/config/kiosk.yaml"
grep -q '^  folder: /var/log/exhibit-kiosk$' "$share/defaults/config/kiosk.yaml" \
  || die "kiosk-config/kiosk.yaml has no 'logs: folder: ../logs' line to point at /var/log/exhibit-kiosk"

cp installer/README.md "$share/README.md"
bash installer/notices.sh "$work/input" "$share/legal" || die "the licence notices could not be collected"

# ---- the .deb ---------------------------------------------------------------------------------
say "packaging the .deb"
"$jdk/bin/jpackage" --type deb --app-image "$image" --name "$name" --app-version "$app_version" \
  --vendor "Exhibit kiosk" --description "Museum exhibit touchscreen kiosk, as an appliance" \
  --linux-package-name "$name" --linux-deb-maintainer "technician@example.org" \
  --linux-app-category misc --install-dir /opt \
  --linux-package-deps "xserver-xorg-core, xserver-xorg-input-libinput, xinit, xauth, x11-xserver-utils, systemd, fontconfig, kbd, passwd, adduser, util-linux" \
  --license-file "$share/legal/NOTICE" \
  --resource-dir installer/deb \
  --dest "$out" || die "jpackage (deb) failed"

deb=$(ls "$out"/*.deb)
# Repacked with the jars' times as trained (jpackage gives them the time of packaging), and
# with the Depends line tidied.
repack=$work/deb-root
dpkg-deb -R "$deb" "$repack"
find "$repack/opt" -name '*.jar' -exec touch -d "$jar_time" {} +
sed -i 's/ *, */, /g' "$repack/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz -b "$repack" "$deb" >/dev/null || die "dpkg-deb could not repack $deb"
rm -rf "$repack"
say "app-image: $image"
say "package:   $deb"
