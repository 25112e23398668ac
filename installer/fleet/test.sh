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

# ---- the content repository: a git repository whose root is the exhibit's folder ------------------
git_quiet() { git -c user.name=fleet-test -c user.email=fleet-test@localhost -c init.defaultBranch=main "$@" >/dev/null 2>&1; }
# make_content_repo DIR: a repository of the shipped exhibit, one commit on main
make_content_repo() {
  mkdir -p "$1" && cp -r "$root/exhibit-content/." "$1/" && git_quiet -C "$1" init -q && git_quiet -C "$1" add -A \
    && git_quiet -C "$1" commit -q -m "the shipped exhibit"
}
# set_version DIR VERSION: the content version in exhibit.yaml
set_version() { sed -i "s/^contentVersion: .*/contentVersion: \"$2\"/" "$1/exhibit.yaml"; }
# break_content DIR: a syntax error at the end of timeline.yaml (validate: timeline.yaml:LINE:1: syntax error)
break_content() { printf 'oops: [\n' >> "$1/timeline.yaml"; }

need_jar() {
  [ -f "$jar" ] && return 0
  fail "$1" "no $jar: build it first (mvn package)"
  return 1
}

# ---- hooks: the ready check of the content repository ----------------------------------------------
if wants hooks && need_jar "the content repository's ready check"; then
  echo "fleet: the content repository's ready check (ready-check.sh, pre-receive, pre-commit)"
  repo=$tmp/hooks/work
  central=$tmp/hooks/central.git
  make_content_repo "$repo"
  git_quiet clone -q --bare "$repo" "$central"
  cp "$fleet/content-repo/hooks/pre-receive" "$fleet/content-repo/ready-check.sh" "$central/hooks/"
  git -C "$central" config kiosk.jar "$jar"
  git -C "$central" config kiosk.config "$root/kiosk-config"
  git_quiet -C "$repo" remote add central "$central"

  out=$(bash "$fleet/content-repo/ready-check.sh" --jar "$jar" "$repo" 2>&1)
  check "ready-check.sh without a config says so and exits 2" \
    test "$?" -eq 2 -a -n "$(grep 'no config to check against' <<<"$out")"

  set_version "$repo" "2026.12-1"
  git_quiet -C "$repo" commit -q -am "version 2026.12-1"
  out=$(git -C "$repo" push central main 2>&1)
  check "pre-receive: a ready version is accepted" test "$(git -C "$central" rev-parse main)" = "$(git -C "$repo" rev-parse main)"
  check "pre-receive: and says it checked it" grep -q 'ready-check: ready' <<<"$out"

  good=$(git -C "$repo" rev-parse main)
  break_content "$repo"
  git_quiet -C "$repo" commit -q -am "a broken timeline"
  git_quiet -C "$repo" tag v-broken
  out=$(git -C "$repo" push central main v-broken 2>&1)
  check "pre-receive: a broken version is refused" test "$(git -C "$central" rev-parse main)" = "$good"
  check "pre-receive: its tag is refused too" test -z "$(git -C "$central" tag -l v-broken)"
  check "pre-receive: the pusher sees the problem as FILE:LINE:COLUMN" \
    grep -qE '^remote: timeline\.yaml:[0-9]+:[0-9]+: ' <<<"$out"
  check "pre-receive: and which ref was refused" grep -q 'refs/heads/main refused' <<<"$out"
  git_quiet -C "$repo" push central "$good:refs/heads/old"
  git_quiet -C "$repo" push central --delete old
  check "pre-receive: deleting a branch needs no check" test -z "$(git -C "$central" branch -l old)"

  # pre-commit, in a curator's clone: what is staged counts
  git_quiet -C "$repo" reset -q --hard "$good"
  cp "$fleet/content-repo/hooks/pre-commit" "$repo/.git/hooks/"
  git -C "$repo" config kiosk.readyCheck "$fleet/content-repo/ready-check.sh"
  git -C "$repo" config kiosk.jar "$jar"
  git -C "$repo" config kiosk.config "$root/kiosk-config"
  break_content "$repo"
  git -C "$repo" add timeline.yaml
  out=$(git -c user.name=t -c user.email=t@localhost -C "$repo" commit -q -m "broken" 2>&1)
  check "pre-commit: a broken change is not committed" test "$(git -C "$repo" rev-parse HEAD)" = "$good"
  check "pre-commit: the curator sees the problem as FILE:LINE:COLUMN" grep -qE '^timeline\.yaml:[0-9]+:[0-9]+: ' <<<"$out"
  git -C "$repo" checkout -q HEAD -- timeline.yaml
  set_version "$repo" "2026.12-2"
  git -C "$repo" add exhibit.yaml
  break_content "$repo"          # on disk only, not staged
  out=$(git -c user.name=t -c user.email=t@localhost -C "$repo" commit -q -m "version 2026.12-2" 2>&1)
  check "pre-commit: a ready change is committed (unstaged edits do not count)" \
    test "$(git -C "$repo" rev-parse HEAD)" != "$good"
fi

echo "fleet: took $(( $(date +%s) - started )) s"
echo "fleet: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
