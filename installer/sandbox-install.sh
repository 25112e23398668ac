#!/usr/bin/env bash
# Installs, upgrades and purges a kiosk .deb on this machine without changing it: inside a mount
# namespace of its own, /etc, /var, /usr, /root and /opt are overlays on temporary folders, dropped
# when it ends. For installer/test.sh; needs root.
#   bash installer/sandbox-install.sh DEB
# Prints what it finds as "fact NAME VALUE" lines for the test to check.
set -uo pipefail
deb=$(readlink -f "${1:?usage: sandbox-install.sh DEB}")
if [ "${SANDBOX_INSIDE:-}" != yes ]; then
  [ "$(id -u)" -eq 0 ] || { echo "sandbox-install: needs root" >&2; exit 1; }
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  SANDBOX_INSIDE=yes SANDBOX_SCRATCH=$scratch unshare --mount --propagation private bash "$0" "$deb"
  exit $?
fi

for d in etc var usr root opt; do
  mkdir -p "$SANDBOX_SCRATCH/$d.up" "$SANDBOX_SCRATCH/$d.work"
  mount -t overlay overlay -o "lowerdir=/$d,upperdir=$SANDBOX_SCRATCH/$d.up,workdir=$SANDBOX_SCRATCH/$d.work" "/$d" \
    || { echo "sandbox-install: cannot overlay /$d" >&2; exit 1; }
done
# No running systemd in here: the maintainer scripts only enable units.
mount -t tmpfs tmpfs /run/systemd 2>/dev/null || true
fact() { echo "fact $1 $2"; }
install_deb() { DEBIAN_FRONTEND=noninteractive dpkg -i --force-depends "$deb" > "$SANDBOX_SCRATCH/dpkg.log" 2>&1; }

install_deb; fact install-status $?
grep -i 'error\|warning' "$SANDBOX_SCRATCH/dpkg.log" | grep -v 'dependency problems\|depends on\|not installed\|Package .* is not' | sed 's/^/dpkg: /' >&2
fact kiosk-user "$(id -un kiosk 2>/dev/null || echo none)"
fact content "$( [ -f /var/lib/exhibit-kiosk/content/exhibit.yaml ] && echo copied || echo missing)"
fact config "$( [ -f /etc/exhibit-kiosk/kiosk.yaml ] && echo copied || echo missing)"
fact logs-folder "$(sed -n 's/^  folder: //p' /etc/exhibit-kiosk/kiosk.yaml)"
fact pin-owner "$(stat -c %U /etc/exhibit-kiosk/staff-pin 2>/dev/null || echo none)"
pin=$(sed -n 's/^Staff PIN of this kiosk: //p' /root/exhibit-kiosk-staff-pin.txt 2>/dev/null)
fact pin-shown "$( [[ $pin =~ ^[0-9]{8}$ ]] && echo 8-digits || echo no)"
fact pin-note-mode "$(stat -c %a /root/exhibit-kiosk-staff-pin.txt 2>/dev/null || echo none)"
fact pin-not-development "$(cmp -s /etc/exhibit-kiosk/staff-pin kiosk-config/staff-pin && echo no || echo yes)"
fact command "$(readlink /usr/bin/exhibit-kiosk || echo none)"
fact unit "$( [ -f /etc/systemd/system/exhibit-kiosk.service ] && echo installed || echo missing)"
fact enabled "$( [ -L /etc/systemd/system/graphical.target.wants/exhibit-kiosk.service ] && echo yes || echo no)"
fact no-screen-timer "$( [ -e /etc/systemd/system/exhibit-kiosk-screen.timer ] && echo present || echo yes)"
fact xorg-conf "$(grep -c 'DontVTSwitch\|DontZap' /etc/X11/xorg.conf.d/50-exhibit-kiosk.conf 2>/dev/null || echo 0)"
fact validate-as-kiosk "$(runuser -u kiosk -- /usr/bin/exhibit-kiosk validate 2>&1 | tail -n 1 | grep -q '^No problems' && echo ok || echo failed)"

# Curators and technicians edit; an upgrade (the same package again) keeps their edits.
sed -i 's/^  idleSeconds: .*/  idleSeconds: 80/' /etc/exhibit-kiosk/kiosk.yaml
echo "# edited by a curator" >> /var/lib/exhibit-kiosk/content/glossary.yaml
rm /var/lib/exhibit-kiosk/content/attract.yaml
hash_before=$(sha256sum < /etc/exhibit-kiosk/staff-pin)
# An older version's screen timer, as it left it: the upgrade takes it away (the kiosk owns the screen).
echo '[Timer]' > /etc/systemd/system/exhibit-kiosk-screen.timer
echo '[Service]' > /etc/systemd/system/exhibit-kiosk-screen.service
mkdir -p /etc/systemd/system/timers.target.wants
ln -sf /etc/systemd/system/exhibit-kiosk-screen.timer /etc/systemd/system/timers.target.wants/exhibit-kiosk-screen.timer
install_deb; fact upgrade-status $?
fact old-screen-timer-gone "$( [ -e /etc/systemd/system/exhibit-kiosk-screen.timer ] || [ -e /etc/systemd/system/exhibit-kiosk-screen.service ] || [ -L /etc/systemd/system/timers.target.wants/exhibit-kiosk-screen.timer ] && echo no || echo yes)"
fact config-edit-kept "$(grep -q '^  idleSeconds: 80$' /etc/exhibit-kiosk/kiosk.yaml && echo yes || echo no)"
fact content-edit-kept "$(tail -n 1 /var/lib/exhibit-kiosk/content/glossary.yaml | grep -q 'edited by a curator' && echo yes || echo no)"
fact content-removal-kept "$( [ -e /var/lib/exhibit-kiosk/content/attract.yaml ] && echo no || echo yes)"
fact pin-kept "$( [ "$(sha256sum < /etc/exhibit-kiosk/staff-pin)" = "$hash_before" ] && echo yes || echo no)"

# A technician changes the PIN as root; the kiosk (user kiosk) must still read it.
echo 24681357 | /usr/bin/exhibit-kiosk set-pin >/dev/null 2>&1; fact set-pin-status $?
fact new-pin-owner "$(stat -c %U /etc/exhibit-kiosk/staff-pin)"

dpkg --remove exhibit-kiosk > "$SANDBOX_SCRATCH/dpkg.log" 2>&1; fact remove-status $?
fact removed-unit "$( [ -e /etc/systemd/system/exhibit-kiosk.service ] && echo no || echo yes)"
fact remove-keeps-config "$( [ -f /etc/exhibit-kiosk/kiosk.yaml ] && echo yes || echo no)"
dpkg --purge exhibit-kiosk > "$SANDBOX_SCRATCH/dpkg.log" 2>&1; fact purge-status $?
fact purged "$( [ -e /etc/exhibit-kiosk ] || [ -e /var/lib/exhibit-kiosk ] || id kiosk >/dev/null 2>&1 && echo no || echo yes)"
