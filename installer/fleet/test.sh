#!/usr/bin/env bash
# Tests of the fleet tools (installer/fleet/): `bash installer/fleet/test.sh [PART...]` from the
# repository root, after `mvn package` (it runs target/kiosk.jar). `mvn verify` runs it after the
# integration tests (-Dfleet.skip=true, or -Dinstaller.skip=true, leaves it out). Needs promtool and
# prometheus (Debian's `prometheus`), ansible-playbook (`ansible-core`), rsync, git, Xvfb, curl and
# python3; `.ci/test.sh` installs them when missing.
# Parts (all when none is named):
#   prometheus  the scrape config (promtool check config), the alert rules (check rules, test rules)
#   hooks       the content repository's ready check: the CI script, pre-commit and pre-receive hooks
#   fleet       three kiosks on this machine, each with its own folders, health port and virtual
#               display: a local Prometheus scrapes them and every dashboard panel's query must
#               answer; then the Ansible playbooks roll content out, push a notice, and update the
#               application package in check mode
# Displays and ports: FLEET_TEST_DISPLAYS (default "31 32 33") and FLEET_TEST_PORTS (default
# "18931 18932 18933 18934": three kiosks, then Prometheus). Ends with "fleet: N passed, N failed";
# exits 1 when any failed.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root" || exit 1
fleet=$root/installer/fleet
jar=$root/target/kiosk.jar
passed=0
failed=0
tmp=$(mktemp -d /tmp/fleet-test.XXXXXX)
started=$(date +%s)
pids=()

pass() { passed=$((passed + 1)); echo "  ok   $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL $1: $2"; }
# check NAME COMMAND...: passes when COMMAND succeeds; its output is shown when it fails.
check() {
  local name=$1 output
  shift
  if output=$("$@" 2>&1); then pass "$name"; else fail "$name" "$(printf '%s' "$output" | tail -n 12)"; fi
}
# check_fails NAME COMMAND...: passes when COMMAND fails.
check_fails() {
  local name=$1 output
  shift
  if output=$("$@" 2>&1); then fail "$name" "it succeeded: $(printf '%s' "$output" | tail -n 5)"; else pass "$name"; fi
}
finish() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$failed" -gt 0 ] && [ -n "${FLEET_TEST_KEEP:-}" ]; then
    echo "fleet: kept $tmp"
  else
    rm -rf "$tmp"
  fi
}
trap finish EXIT

parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(prometheus hooks fleet)
wants() { local p; for p in "${parts[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }

# ---- prometheus: the scrape config and the alert rules ----------------------------------------------
if wants prometheus; then
  echo "fleet: Prometheus config and alert rules (promtool)"
  # The example names files under /etc/prometheus: check a copy whose paths point into $tmp.
  prom=$tmp/prometheus-check
  mkdir -p "$prom/kiosks"
  sed "s|/etc/prometheus/|$prom/|g" "$fleet/prometheus/prometheus.yml" > "$prom/prometheus.yml"
  cp "$fleet/prometheus/kiosk-alerts.yml" "$prom/"
  cp "$fleet/prometheus/kiosks.yml" "$prom/kiosks/"
  printf 'a-token\n' > "$prom/kiosk-token"
  check "promtool check config: the scrape config example, its targets file and rules" \
    promtool check config "$prom/prometheus.yml"
  check "promtool check rules: kiosk-alerts.yml" promtool check rules "$fleet/prometheus/kiosk-alerts.yml"
  check "promtool test rules: every alert raised when it must be and not otherwise" \
    promtool test rules "$fleet/prometheus/kiosk-alerts.test.yml"
  # every alert of the rules has a test of its own
  for alert in $(sed -n 's/^ *- alert: *//p' "$fleet/prometheus/kiosk-alerts.yml"); do
    check "alert $alert has a unit test" grep -q "alertname: $alert\$" "$fleet/prometheus/kiosk-alerts.test.yml"
  done
fi

echo "fleet: took $(( $(date +%s) - started )) s"
echo "fleet: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
