#!/usr/bin/env bash
# Quick start 2 (and CI): install what is missing (step 1, scripts/setup.sh --test), then
# run every check in order, stopping at the first failure:
#
#   1. cargo fmt --check
#   2. cargo clippy --all-targets -- -D warnings                    (host)
#   3. cargo clippy --target wasm32-unknown-unknown -- -D warnings  (the UI code as wasm)
#   4. cargo test                                                   (host)
#   5. trunk build --release --offline                              (dist/, size report)
#   6. node --test in browser-tests/                                (against dist/ in chromium)
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
  "trunk build --release --offline"
  "browser tests (node --test in browser-tests/)"
)
TOTAL=${#STEP_NAMES[@]}
RESULTS=()
TESTS_PASSED=0
TESTS_FAILED=0
RAN_TESTS=0

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
  # Last line: the tests counted from cargo test and node --test.
  if ((RAN_TESTS)); then
    echo "tests: $TESTS_PASSED passed, $TESTS_FAILED failed"
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
  case "$n" in 5 | 7) count_tests "$log" ;; esac
  if [[ $n == 7 && $rc == 0 && $((LAST_PASSED + LAST_FAILED)) == 0 ]]; then
    echo "${RED}the browser suite ran no test${RESET}"
    rc=1
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
step 6 trunk build --release --offline
in_dir() { (cd "$1" && shift && "$@"); }
SHOW="(cd browser-tests && node --test --test-reporter=spec)" \
  step 7 in_dir browser-tests node --test --test-reporter=spec
summary 0
