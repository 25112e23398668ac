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

# ---- fleet: three kiosks, Prometheus and the dashboard, Ansible ------------------------------------
# make_config DIR PORT LANGUAGES: a kiosk config: the shipped one open all week, its health endpoint
# on every address with a token (health-token), in the given languages (en,az or en,az,hy)
make_config() {
  cp -r "$root/kiosk-config" "$1" && cp "$tmp/fleet/token" "$1/health-token" && python3 - "$1/kiosk.yaml" "$2" "$3" <<'PY'
import re, sys
path, port, languages = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
text = open(path, encoding="utf-8").read()
text = re.sub(r"(?m)^(  (?:mon|tues|wednes|thurs|fri|satur|sun)day): .*$", r"\1: 00:00-24:00", text)
text = text.replace("  reducedMotion: false\n", "  reducedMotion: true\n", 1)   # less work for the build machine
text = text.replace("  httpPort: 0\n", f"  httpPort: {port}\n  bind: 0.0.0.0\n  tokenFile: health-token\n", 1)
if "hy" not in languages:
    text = text.replace("  - code: hy\n    name: Հայերեն\n", "", 1)
open(path, "w", encoding="utf-8").write(text)
PY
}
# status N: kiosk N's /status (with the token: its endpoint listens beyond loopback)
status() { curl -sf -m 5 -H "Authorization: Bearer $(cat "$tmp/fleet/token")" "http://127.0.0.1:${ports[$1]}/status"; }
status_field() { status "$1" | python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, d))" "$2" 2>/dev/null; }
# wait_for SECONDS COMMAND...: until COMMAND succeeds
wait_for() {
  local deadline=$(( $(date +%s) + $1 ))
  shift
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

if wants fleet && need_jar "three kiosks"; then
  read -r -a displays <<<"${FLEET_TEST_DISPLAYS:-31 32 33}"
  read -r -a ports <<<"${FLEET_TEST_PORTS:-18931 18932 18933 18934}"
  prometheus_port=${ports[3]}
  mkdir -p "$tmp/fleet"
  python3 -c 'import secrets; print(secrets.token_hex(32))' > "$tmp/fleet/token"
  echo "fleet: three kiosks on displays :${displays[*]}, health ports ${ports[*]:0:3}"

  # the content repository: v1 the shipped exhibit, v2 a new version, v3 broken (validate refuses
  # it), v4 valid in the fleet's languages (en, az) but missing an Armenian text that kiosk 1 shows
  content_repo=$tmp/fleet/content-repo
  make_content_repo "$content_repo"
  set_version "$content_repo" "2026.12-1"; git_quiet -C "$content_repo" commit -qam v1; git_quiet -C "$content_repo" tag v1
  set_version "$content_repo" "2026.12-2"; git_quiet -C "$content_repo" commit -qam v2; git_quiet -C "$content_repo" tag v2
  break_content "$content_repo"; git_quiet -C "$content_repo" commit -qam v3; git_quiet -C "$content_repo" tag v3
  git_quiet -C "$content_repo" checkout -q v2
  set_version "$content_repo" "2026.12-4"
  python3 - "$content_repo/exhibit.yaml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = text.replace("  hy: Զանգեզուր 1919\n", "", 1)
open(path, "w", encoding="utf-8").write(text)
PY
  git_quiet -C "$content_repo" commit -qam v4; git_quiet -C "$content_repo" tag v4
  git_quiet -C "$content_repo" checkout -q main

  # the config the control machine checks content with: the fleet's languages
  make_config "$tmp/fleet/check-config" 0 en,az
  for i in 0 1 2; do
    k=$tmp/fleet/kiosk$((i + 1))
    mkdir -p "$k/content" "$k/state"
    git -C "$content_repo" archive v1 | tar -x -C "$k/content"
    if [ "$i" -eq 0 ]; then make_config "$k/config" "${ports[$i]}" en,az,hy; else make_config "$k/config" "${ports[$i]}" en,az; fi
    d=${displays[$i]}
    if [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; then
      fail "display :$d is free for kiosk $((i + 1))" "it is in use (FLEET_TEST_DISPLAYS picks others)"
      continue
    fi
    Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    pids+=($!)
  done
  for i in 0 1 2; do
    d=${displays[$i]}
    wait_for 20 test -e "/tmp/.X11-unix/X$d" || fail "display :$d comes up" "no X socket after 20 s"
    k=$tmp/fleet/kiosk$((i + 1))
    DISPLAY=":$d" java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" --windowed \
      --content "$k/content" --config "$k/config" --state "$k/state" > "$k/kiosk.log" 2>&1 &
    pids+=($!)
  done
  for i in 0 1 2; do
    if wait_for 150 bash -c "curl -sf -m 5 -H 'Authorization: Bearer $(cat "$tmp/fleet/token")' http://127.0.0.1:${ports[$i]}/status | grep -q '\"contentVersion\":\"2026.12-1\"'"; then
      pass "kiosk $((i + 1)) answers /status on port ${ports[$i]} ($(status_field "$i" contentVersion))"
    else
      fail "kiosk $((i + 1)) answers /status on port ${ports[$i]}" "$(tail -n 5 "$tmp/fleet/kiosk$((i + 1))/kiosk.log")"
    fi
  done
  check "beyond loopback, /metrics without the token is refused (401)" \
    test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[0]}/metrics")" = 401

  # ---- Prometheus scraping the three, with the example's scrape config -------------------------------
  prom=$tmp/fleet/prometheus
  mkdir -p "$prom/kiosks"
  cp "$tmp/fleet/token" "$prom/kiosk-token"
  cp "$fleet/prometheus/kiosk-alerts.yml" "$prom/"
  # kiosk 1 without a kiosk label (named by its host), the others with one
  printf -- '- targets: ["127.0.0.1:%s"]\n  labels: {gallery: ground-floor}\n- targets: ["127.0.0.1:%s"]\n  labels: {gallery: ground-floor, kiosk: map-room}\n- targets: ["127.0.0.1:%s"]\n  labels: {gallery: first-floor, kiosk: timeline}\n' \
    "${ports[0]}" "${ports[1]}" "${ports[2]}" > "$prom/kiosks/test.yml"
  python3 - "$fleet/prometheus/prometheus.yml" "$prom" <<'PY'
import sys, yaml
example, folder = sys.argv[1], sys.argv[2]
config = yaml.safe_load(open(example).read().replace("/etc/prometheus/", folder + "/"))
config["global"]["scrape_interval"] = "2s"
config["global"]["evaluation_interval"] = "2s"
config.pop("alerting")
job = config["scrape_configs"][0]
job["scrape_interval"] = "2s"
job["scrape_timeout"] = "2s"
job["file_sd_configs"][0]["refresh_interval"] = "1s"
yaml.safe_dump(config, open(folder + "/prometheus.yml", "w"))
PY
  prometheus --config.file="$prom/prometheus.yml" --storage.tsdb.path="$prom/data" \
    --web.listen-address="127.0.0.1:$prometheus_port" --log.level=warn > "$prom/prometheus.log" 2>&1 &
  pids+=($!)
  prom_url=http://127.0.0.1:$prometheus_port
  prom_query() { curl -sf -m 5 --data-urlencode "query=$1" "$prom_url/api/v1/query"; }
  three_up() { prom_query 'sum(up{job="kiosk"}) == 3 and sum(count_over_time(up{job="kiosk"}[1m])) > 15' | grep -q '"result":\[{'; }
  if wait_for 60 three_up; then
    pass "Prometheus scrapes the three kiosks with the bearer token (the example's scrape config)"
  else
    fail "Prometheus scrapes the three kiosks with the bearer token" \
      "$(curl -s "$prom_url/api/v1/targets" | head -c 600; tail -n 3 "$prom/prometheus.log")"
  fi
  check "the relabelling names each kiosk (its kiosk label, or its host)" \
    test "$(prom_query 'count by (kiosk) (up{job="kiosk"})' | grep -o '"kiosk":"[^"]*"' | sort | tr '\n' ' ')" \
      = '"kiosk":"127.0.0.1" "kiosk":"map-room" "kiosk":"timeline" '
  while IFS=$'\t' read -r verdict name why; do
    case $verdict in
      ok) pass "$name" ;;
      FAIL) fail "$name" "$why" ;;
      *) fail "check-dashboard.py" "$verdict $name $why" ;;
    esac
  done < <(python3 "$fleet/grafana/check-dashboard.py" "$fleet/grafana/kiosk-fleet.json" "$prom_url" \
             --may-be-empty "Printer state reasons" 2>&1)

  # ---- Ansible: content rollouts to the three, local connection --------------------------------------
  inventory=$tmp/fleet/inventory.yml
  {
    echo "all:"
    echo "  vars:"
    echo "    ansible_connection: local"
    echo "    ansible_python_interpreter: $(command -v python3)"
    echo "    content_repo: $content_repo"
    echo "    kiosk_jar: $jar"
    echo "    content_check_config: $tmp/fleet/check-config"
    echo "    kiosk_token_file: $tmp/fleet/token"
    echo "    rollout_work: $tmp/fleet/rollout"
    echo "    rollout_wait_seconds: 90"
    echo "  children:"
    echo "    kiosks:"
    echo "      hosts:"
    for i in 0 1 2; do
      k=$tmp/fleet/kiosk$((i + 1))
      echo "        kiosk$((i + 1)):"
      echo "          kiosk_content_dir: $k/content"
      echo "          kiosk_config_dir: $k/config"
      echo "          kiosk_state_dir: $k/state"
      echo "          kiosk_health_url: http://127.0.0.1:${ports[$i]}"
    done
  } > "$inventory"
  export ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=false ANSIBLE_LOCAL_TEMP=$tmp/fleet/ansible-tmp \
    ANSIBLE_REMOTE_TEMP=$tmp/fleet/ansible-tmp ANSIBLE_HOME=$tmp/fleet/ansible-home ANSIBLE_FORKS=5
  playbook() {  # playbook NAME.yml ARGS...: its output in $tmp/fleet/NAME-N.log, its exit code
    local log=$tmp/fleet/${1%.yml}-$(date +%s%N).log
    ansible-playbook -i "$inventory" "$fleet/ansible/$1" "${@:2}" > "$log" 2>&1
    local rc=$?
    cat "$log" > "$tmp/fleet/last.log"
    return "$rc"
  }
  hash_of() { java -jar "$jar" content-hash "$1"; }
  v2=$tmp/fleet/v2; mkdir -p "$v2"; git -C "$content_repo" archive v2 | tar -x -C "$v2"
  v2_hash=$(hash_of "$v2")
  on_screen() { status_field "$1" contentHash; }
  same_files() { git -C "$content_repo" show "$1:$2" | cmp -s - "$tmp/fleet/kiosk$(( $3 + 1 ))/content/$2"; }

  t0=$(date +%s)
  if playbook rollout-content.yml -e content_version=v2 -e '{"rollout_batches": [1, 2]}'; then
    pass "rollout of v2 to the three kiosks (one, then two) succeeds ($(( $(date +%s) - t0 )) s)"
  else
    fail "rollout of v2 to the three kiosks succeeds" "$(grep -E 'FAILED|fatal|msg' "$tmp/fleet/last.log" | head -n 8)"
  fi
  for i in 0 1 2; do
    check "kiosk $((i + 1)) shows v2: its /status hash is content-hash of v2, its version 2026.12-2" \
      test "$(on_screen "$i") $(status_field "$i" contentVersion)" = "$v2_hash 2026.12-2"
  done
  # the copy task's hosts, batch by batch: kiosk1, then kiosk2 and kiosk3 together
  batches=$(awk '/^TASK \[Copy v2/ {b++; on=1; next} /^TASK/ {on=0} on && match($0, /\[kiosk[0-9]/) {print b ":" substr($0, RSTART + 1, 7)}' \
    "$tmp/fleet/last.log" | awk -F: '{h[$1] = h[$1] " " $2} END {for (b in h) print b h[b]}' | sort -n | cut -d' ' -f2-)
  first=$(sed -n 1p <<<"$batches" | xargs)
  second=$(sed -n 2p <<<"$batches" | xargs -n 1 | sort | xargs)
  check "the rollout went kiosk 1 first, then kiosks 2 and 3 ($first | $second)" \
    test "$first | $second" = "kiosk1 | kiosk2 kiosk3"

  t0=$(date +%s)
  check_fails "rollout of v3 (broken) fails" playbook rollout-content.yml -e content_version=v3
  check "v3 stops on the control machine before any kiosk, saying why (FILE:LINE:COLUMN)" \
    grep -qE 'v3 is not ready; no kiosk was touched|timeline\.yaml:[0-9]+:[0-9]+' "$tmp/fleet/last.log"
  check "v3 took $(( $(date +%s) - t0 )) s and no rsync ran" bash -c "! grep -q 'Copy v3' '$tmp/fleet/last.log'"
  for i in 0 1 2; do
    check "after v3, kiosk $((i + 1)) still shows v2 and has v2's files" \
      bash -c "[ '$(on_screen "$i")' = '$v2_hash' ] && git -C '$content_repo' show v2:timeline.yaml | cmp -s - '$tmp/fleet/kiosk$((i + 1))/content/timeline.yaml'"
  done

  t0=$(date +%s)
  reload_2=$(status_field 1 "lastReload['at']")
  reload_3=$(status_field 2 "lastReload['at']")
  check_fails "rollout of v4 (valid for the fleet's languages, not for kiosk 1's Armenian) fails" \
    playbook rollout-content.yml -e content_version=v4 -e '{"rollout_batches": [1, 2]}'
  check "v4 passed the control machine's check and reached kiosk 1, which refused it" \
    grep -q 'kiosk1 refused v4' "$tmp/fleet/last.log"
  check "the rollout says it stopped at kiosk 1 ($(( $(date +%s) - t0 )) s)" grep -q 'rollout of v4 stopped at kiosk1' "$tmp/fleet/last.log"
  check "kiosk 1's files are put back (v2's exhibit.yaml)" same_files v2 exhibit.yaml 0
  check "kiosk 1 shows v2 and has read its files back cleanly" \
    test "$(on_screen 0) $(status_field 0 "lastReload['clean']")" = "$v2_hash True"
  untouched="$(cmp -s "$tmp/fleet/kiosk2/content/exhibit.yaml" "$v2/exhibit.yaml" && echo same) \
$(cmp -s "$tmp/fleet/kiosk3/content/exhibit.yaml" "$v2/exhibit.yaml" && echo same) \
$([ "$(status_field 1 "lastReload['at']")" = "$reload_2" ] && echo unread) \
$([ "$(status_field 2 "lastReload['at']")" = "$reload_3" ] && echo unread) $(on_screen 1) $(on_screen 2)"
  check "kiosks 2 and 3 were not touched: v2's files, no new reading, v2 on screen" \
    test "$untouched" = "same same unread unread $v2_hash $v2_hash"

  # ---- Ansible: a notice to the whole fleet, and away again -----------------------------------------
  # (notice.yaml is written with a line per key: a Jinja "\n" once left one comment line, refused as empty)
  t0=$(date +%s)
  check "push-notice.yml puts kiosk.yaml's closing-soon notice on the three" \
    playbook push-notice.yml -e notice=closing-soon
  for i in 0 1 2; do
    check "kiosk $((i + 1)) shows the notice ($(( $(date +%s) - t0 )) s after the push began)" \
      test "$(status_field "$i" noticeActive)" = True
  done
  check "push-notice.yml -e notice_state=absent takes it away" playbook push-notice.yml -e notice_state=absent
  for i in 0 1 2; do
    check "kiosk $((i + 1)) shows no notice, and notice.yaml is gone" \
      test "$(status_field "$i" noticeActive)" = False -a ! -e "$tmp/fleet/kiosk$((i + 1))/config/notice.yaml"
  done

  # ---- Ansible: the application package, in check mode (no systemd, nothing installed here) --------
  deb_root=$tmp/fleet/deb/exhibit-kiosk-fleet-test
  mkdir -p "$deb_root/DEBIAN" "$deb_root/usr/share/doc/exhibit-kiosk-fleet-test"
  printf 'Package: exhibit-kiosk-fleet-test\nVersion: 9.9.9-1\nArchitecture: all\nMaintainer: fleet test <fleet-test@localhost>\nDescription: a package update-package.yml is tried with (check mode)\n' \
    > "$deb_root/DEBIAN/control"
  echo "fleet test" > "$deb_root/usr/share/doc/exhibit-kiosk-fleet-test/README"
  deb=$tmp/fleet/deb/exhibit-kiosk-fleet-test_9.9.9-1_all.deb
  dpkg-deb --root-owner-group --build "$deb_root" "$deb" >/dev/null
  # with a local connection the package is already where the kiosk keeps it: check mode can look into it
  check "update-package.yml --check succeeds on the three" \
    playbook update-package.yml --check -e "kiosk_package=$deb" -e "kiosk_package_dest=$deb"
  check "in check mode it would install the package on each kiosk" \
    test "$(grep -A4 'TASK \[Install it' "$tmp/fleet/last.log" | grep -c '^changed: \[kiosk')" -eq 3
  check "and installed nothing" bash -c "! dpkg -s exhibit-kiosk-fleet-test >/dev/null 2>&1"
  check "update-package.yml --check with the package not yet on the kiosks says it would copy it" \
    playbook update-package.yml --check -e "kiosk_package=$deb" -e "kiosk_package_dest=$tmp/fleet/not-there/x.deb"
  check "(each kiosk: would be copied and installed)" \
    test "$(grep -c 'would be copied to kiosk[123] and installed there' "$tmp/fleet/last.log")" -eq 3
fi

echo "fleet: took $(( $(date +%s) - started )) s"
echo "fleet: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
