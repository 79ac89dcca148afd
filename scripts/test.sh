#!/usr/bin/env bash
# Quick start 2 (and CI): install what is missing (step 1, scripts/setup.sh --test), then
# run every check in order, stopping at the first failure:
#
#   1. cargo fmt --check
#   2. cargo clippy --all-targets -- -D warnings                    (host)
#   3. cargo clippy --target wasm32-unknown-unknown -- -D warnings  (the UI code as wasm)
#   4. cargo test                                                   (host)
#   5. scripts/publish.sh: trunk build --release --offline           (dist/, size report, .br,
#                                                                     .gz, _headers; first
#                                                                     scripts/build-fixture.sh:
#                                                                     target/dist-fixture)
#   6. trunk build --features test-hooks --dist target/dist-test    (the test build: debug,
#                                                                     with ?test-panic=1)
#   7. node --test in browser-tests/                                (against both, in chromium)
#
# The build and the browser suite run with a fixed SOURCE_DATE_EPOCH (SUITE_BUILD_INSTANT
# below), so the first view's facts are those of that instant whatever the day.
#
# A test step fails when it ran no test, and when any test was skipped, ignored (#[ignore])
# or left as todo, unless that test is allowed: listed by name, one a line, in
# scripts/allowed-skips.txt, or PHASE_TRACKER_ALLOW_SKIPS=1 for a local run. Every such test
# is printed. Checks that a test could not make (it passed without checking, e.g. the
# verbatim quotes without ../shared/sources) are printed in the summary as "not checked".
#
# Usage: scripts/test.sh        Exit code 0 only when every step passed.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

if [[ -t 1 ]]; then
  export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-always}"
  BOLD=$'\e[1m' RED=$'\e[31m' GREEN=$'\e[32m' RESET=$'\e[0m'
else
  BOLD="" RED="" GREEN="" RESET=""
fi

LOG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/phase-tracker-test.XXXXXX")"
trap 'rm -rf "$LOG_DIR"' EXIT

STEP_NAMES=(
  "setup (scripts/setup.sh --test)"
  "cargo fmt --check"
  "cargo clippy --all-targets -- -D warnings (host)"
  "cargo clippy --target wasm32-unknown-unknown -- -D warnings (wasm)"
  "cargo test (host)"
  "scripts/publish.sh (trunk build --release; the fixture story, then the bundled one)"
  "trunk build --features test-hooks (the test build, debug)"
  "browser tests (node --test in browser-tests/)"
)
# The steps that run tests (cargo test, the browser suite): counted, checked for skips.
TEST_STEPS=" 5 8 "
TOTAL=${#STEP_NAMES[@]}
RESULTS=()
TESTS_PASSED=0
TESTS_FAILED=0
TESTS_SKIPPED=0
RAN_TESTS=0
SKIPPED_LIST=()

# The instant the suite's build is "built" at (SOURCE_DATE_EPOCH): the first view shows the
# facts as of then. The browser tests read SOURCE_DATE_EPOCH to know it.
SUITE_BUILD_INSTANT="2026-11-25T12:00:00+03:00"
SUITE_BUILD_EPOCH="$(date -d "$SUITE_BUILD_INSTANT" +%s)"
ALLOWED_SKIPS_FILE="$ROOT/scripts/allowed-skips.txt"
# Checks that did not run, one line each, appended by the tests (see tests/quotes.rs).
export PHASE_TRACKER_TEST_NOTES="$LOG_DIR/not-checked.txt"
: >"$PHASE_TRACKER_TEST_NOTES"

strip_ansi() { sed -e $'s/\e\\[[0-9;]*[A-Za-z]//g'; }

# Adds up the test counts that cargo test and node --test print.
count_tests() {
  local log="$1" p f
  p=$(strip_ansi <"$log" | awk '
      /^test result: / { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed;?$/) s += $i }
      /^(ℹ|#) pass [0-9]+$/ { s += $3 }
      END { print s + 0 }')
  f=$(strip_ansi <"$log" | awk '
      /^test result: / { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed;?$/) s += $i }
      /^(ℹ|#) fail [0-9]+$/ { s += $3 }
      END { print s + 0 }')
  TESTS_PASSED=$((TESTS_PASSED + p))
  TESTS_FAILED=$((TESTS_FAILED + f))
  RAN_TESTS=1
  LAST_PASSED=$p
  LAST_FAILED=$f
}

# The tests a step skipped, ignored or left as todo, one "kind: name" a line: from cargo
# test's "test NAME ... ignored" lines, and from the TAP copy of node --test's report
# ("ok 3 - NAME # SKIP reason", "# TODO").
skipped_tests() {
  local log="$1" tap="${2:-}"
  strip_ansi <"$log" | sed -n -E 's/^test (.+) \.\.\. ignored(, .*)?$/ignored: \1/p'
  if [[ -n $tap && -f $tap ]]; then
    sed -n -E 's/^[[:space:]]*(not )?ok [0-9]+ - (.*) # (SKIP|TODO)([[:space:]].*)?$/\3: \2/p' "$tap" |
      sed -E 's/^SKIP:/skipped:/; s/^TODO:/todo:/'
  fi
}

# True when the test named in "kind: name" is allowed to be skipped.
skip_allowed() {
  local name="${1#*: }"
  [[ ${PHASE_TRACKER_ALLOW_SKIPS:-} == 1 ]] && return 0
  [[ -f $ALLOWED_SKIPS_FILE ]] && grep -v '^[[:space:]]*#' "$ALLOWED_SKIPS_FILE" | grep -qxF -- "$name"
}

# check_skips LOG [TAP]: prints every skipped, ignored or todo test; returns 1 when one of
# them is not allowed.
check_skips() {
  local line bad=0 lines
  mapfile -t lines < <(skipped_tests "$@")
  for line in "${lines[@]}"; do
    TESTS_SKIPPED=$((TESTS_SKIPPED + 1))
    if skip_allowed "$line"; then
      SKIPPED_LIST+=("$line (allowed)")
      echo "${BOLD}$line (allowed)${RESET}"
    else
      SKIPPED_LIST+=("$line (NOT allowed)")
      echo "${RED}$line: not allowed (list it in scripts/allowed-skips.txt to allow it)${RESET}"
      bad=1
    fi
  done
  return $bad
}

summary() {
  local status="$1" i
  echo
  echo "${BOLD}==================== test summary ====================${RESET}"
  for ((i = 0; i < TOTAL; i++)); do
    printf '  %-70s %s\n' "$((i + 1)). ${STEP_NAMES[i]}" "${RESULTS[i]:-not run}"
  done
  if [[ $status == 0 ]]; then
    echo "${GREEN}${BOLD}result: all $TOTAL steps passed${RESET}"
  else
    echo "${RED}${BOLD}result: FAILED at step $status/$TOTAL: ${STEP_NAMES[status - 1]}${RESET}"
  fi
  local item
  for item in "${SKIPPED_LIST[@]}"; do
    echo "  $item"
  done
  if [[ -s $PHASE_TRACKER_TEST_NOTES ]]; then
    echo "${BOLD}checks that did not run:${RESET}"
    sed 's/^/  /' "$PHASE_TRACKER_TEST_NOTES"
  fi
  # Last line: the tests counted from cargo test and node --test.
  if ((RAN_TESTS)); then
    echo "tests: $TESTS_PASSED passed, $TESTS_FAILED failed, $TESTS_SKIPPED skipped/ignored/todo, $(grep -c . "$PHASE_TRACKER_TEST_NOTES" || true) not checked"
  fi
}

# step N COMMAND...: runs one step with banners; on failure prints the summary and exits.
step() {
  local n="$1"
  shift
  local name="${STEP_NAMES[n - 1]}" log="$LOG_DIR/step$n.log" start rc
  echo
  echo "${BOLD}==> [$n/$TOTAL] $name${RESET}"
  echo "    \$ ${SHOW:-$*}"
  start=$SECONDS
  set +e
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  local took=$((SECONDS - start))
  if [[ $TEST_STEPS == *" $n "* ]]; then
    count_tests "$log"
    if [[ $rc == 0 && $((LAST_PASSED + LAST_FAILED)) == 0 ]]; then
      echo "${RED}the step ran no test${RESET}"
      rc=1
    fi
    if ! check_skips "$log" ${TAP_LOG:+"$TAP_LOG"} && [[ $rc == 0 ]]; then
      echo "${RED}a test was skipped, ignored or left as todo without being allowed${RESET}"
      rc=1
    fi
  fi
  if [[ $rc != 0 ]]; then
    RESULTS[n - 1]="FAILED (exit $rc, ${took}s)"
    echo "${RED}${BOLD}<== [$n/$TOTAL] FAILED: $name (exit $rc, ${took}s)${RESET}"
    summary "$n"
    exit 1
  fi
  RESULTS[n - 1]="ok (${took}s)"
  echo "${GREEN}<== [$n/$TOTAL] ok: $name (${took}s)${RESET}"
}

export PHASE_TRACKER_SETUP_CALLER=test
step 1 bash scripts/setup.sh --test
step 2 cargo fmt --check
step 3 cargo clippy --all-targets -- -D warnings
step 4 cargo clippy --target wasm32-unknown-unknown -- -D warnings
step 5 cargo test
export SOURCE_DATE_EPOCH="$SUITE_BUILD_EPOCH"
# The fixture story first (target/dist-fixture: its countdown ticks by the second), then the
# bundled one into dist/, so dist/ and the cache end on the bundled story. Both are published
# as a newsroom publishes (scripts/publish.sh: the release build, .br and .gz, _headers), so
# this step is also publish.sh's test from a clean clone (CI).
build_release() { bash scripts/build-fixture.sh && bash scripts/publish.sh; }
SHOW="SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH ($SUITE_BUILD_INSTANT) bash scripts/build-fixture.sh && bash scripts/publish.sh" \
  step 6 build_release
SHOW="SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH trunk build --features test-hooks --dist target/dist-test --offline" \
  step 7 trunk build --features test-hooks --dist target/dist-test --offline
in_dir() { (cd "$1" && shift && "$@"); }
TAP_LOG="$LOG_DIR/browser.tap"
SHOW="(cd browser-tests && SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH node --test --test-reporter=spec)" \
  step 8 in_dir browser-tests node --test \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$TAP_LOG"
summary 0
