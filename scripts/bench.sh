#!/usr/bin/env bash
# Performance benchmark of the phase tracker's release build against two references:
# TimelineJS 3.9.11 (npm @knight-lab/timelinejs) showing the same story, and a static
# reference page (the same first view as plain HTML + CSS, no script: the physical limit).
#
# Usage: scripts/bench.sh [--lang en|ar|ckb|all] [--build] [--quick] [--no-lighthouse]
#                         [--runs N] [--ticks N] [--hours N] [--at RFC3339]
#
#   --lang L         bench that language's page (en: dist/, ar: dist/ar/, ckb: dist/ckb/)
#                    against a static reference made from THAT page's first view (its lang,
#                    dir, texts and stylesheet); TimelineJS stays in English (it has no
#                    Sorani), and the table names each column's language. The results go to
#                    bench/out/results-L.md and .json (working files in bench/out/L/); the
#                    table adds the CI gate on the first view (browser-tests/budget.json,
#                    per language) and starts with a one-row summary. --lang all benches
#                    en, ar and ckb in turn (a full run each), then prints their summary,
#                    one row per language (bench/summary.mjs, written to
#                    bench/out/results-languages.md).
#                    Without --lang: the English page, output as before (bench/out/results.md)
#   --build          rebuild the release first (bash scripts/publish.sh: every language);
#                    without it the build is made only when the page to bench is missing
#   --quick          a smoke run (2 loads, 60 ticks, 1 simulated hour, no Lighthouse); its
#                    figures are marked QUICK and are not the benchmark
#   --no-lighthouse  skip the three Lighthouse runs (about 45 s)
#   --runs N         cold loads of each page (default 7; the benchmark wants >= 5)
#   --ticks N        timed 1 s countdown ticks (default 600)
#   --hours N        simulated hours of ticking for the memory figure (default 24)
#   --at TIME        start the fake clock of the tick/memory runs at TIME (default: now)
#   -h, --help       this text
#
# It installs what is missing (npm ci in bench/, skipped while bench/package-lock.json is
# unchanged; npm is the only download), makes the two reference pages (bench/out/timelinejs/:
# data/iraq-coalition.json's title and 17 events as TimelineJS slides, its JS and CSS served
# from this machine, no webfonts; bench/out/reference/), then prints the results table, with
# the tracker's ratio to each reference, and writes it to bench/out/results.md, with every
# sample in bench/out/results.json:
#   - first-view bytes (index.html, boot JS, wasm-bindgen JS, .wasm, CSS; for TimelineJS
#     what its page fetched before its first slide was painted): raw, gzip -9, brotli -q 11
#                                                     target: <= 60 KB brotli
#   - cold loads in headless chromium, 4x CPU throttling, 150 ms RTT, 1.6/0.75 Mbps,
#     median of N: first contentful paint             target: <= 1.2x the static reference
#     ready (the tracker-interactive mark; TimelineJS's first slide painted), countdown
#     live (the tracker's first clock cell with text), long tasks, cumulative layout shift
#                                                     target: CLS 0
#   - requests that would leave 127.0.0.1: blocked and counted (the bench never reaches
#     the internet)
#   - main-thread time per countdown tick under Playwright's fake clock, median and p99
#                                                     target: median < 0.1 ms
#   - JS heap and wasm memory before and after 24 simulated hours of ticking (after 5
#     warm-up hours), with a heap snapshot diff of the two instants per class (what grew:
#     bench/lib/heap-diff.mjs; the snapshots in bench/out/[L/]heap/)
#                                                     target: growth < 1 %
#   - Lighthouse (mobile) performance, accessibility, best practices, of all three pages
#                                                     target: 100 / 100 / 100
# A missed target is reported, not an error: the exit code is 0 unless nothing could be
# measured (no build, or every measurement failed). Takes about 3 to 6 minutes on 2 cores.
# Needs node >= 20 and Debian's chromium (scripts/setup.sh --test installs it); it never
# downloads a browser.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
BENCH="$ROOT/bench"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

BUILD=0
LANGS=()
RUN_ARGS=()
while (($#)); do
  case "$1" in
    --build) BUILD=1 ;;
    --lang)
      [[ $# -ge 2 ]] || { echo "bench: $1 needs a value" >&2; usage >&2; exit 2; }
      case "$2" in
        en | ar | ckb) LANGS=("$2") ;;
        all) LANGS=(en ar ckb) ;;
        *) echo "bench: --lang $2: not one of en, ar, ckb, all" >&2; usage >&2; exit 2 ;;
      esac
      shift
      ;;
    --quick | --no-lighthouse) RUN_ARGS+=("$1") ;;
    --runs | --ticks | --hours | --at)
      [[ $# -ge 2 ]] || { echo "bench: $1 needs a value" >&2; usage >&2; exit 2; }
      RUN_ARGS+=("$1" "$2")
      shift
      ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

say() { printf '[bench] %s\n' "$*" >&2; }
started=$(date +%s)

command -v node >/dev/null || { echo "bench: node not found (install Node.js >= 20)" >&2; exit 1; }
command -v npm >/dev/null || { echo "bench: npm not found" >&2; exit 1; }

# 1. bench/node_modules, from the lock file; a stamp holds the lock's hash and node's version.
STAMP="$BENCH/node_modules/.bench-stamp"
want="$(sha256sum "$BENCH/package-lock.json" | cut -d' ' -f1) node $(node --version)"
if [[ ! -f $STAMP || "$(cat "$STAMP")" != "$want" ]]; then
  say "npm ci in bench/"
  (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error) >&2
  printf '%s\n' "$want" >"$STAMP"
else
  say "bench/node_modules is up to date"
fi

# 2. The release build, when asked for or when a page to bench is missing: publish.sh, the
# one way (it builds every language: English in dist/, the others in dist/<lang>/).
missing=0
for lang in "${LANGS[@]:-en}"; do
  page="$ROOT/dist/index.html"
  [[ $lang == en ]] || page="$ROOT/dist/$lang/index.html"
  [[ -f $page ]] || missing=1
done
if ((BUILD || missing)); then
  say "release build (bash scripts/publish.sh: every language)"
  bash "$ROOT/scripts/publish.sh" >&2 || { echo "bench: the release build failed (see above); nothing measured" >&2; exit 1; }
fi

# 3. Measure. run.mjs makes the reference pages, prints the table and writes the results.
status=0
if ((${#LANGS[@]} == 0)); then
  node "$BENCH/run.mjs" ${RUN_ARGS[@]+"${RUN_ARGS[@]}"} || status=$?
else
  for lang in "${LANGS[@]}"; do
    say "the $lang page"
    node "$BENCH/run.mjs" --lang "$lang" ${RUN_ARGS[@]+"${RUN_ARGS[@]}"} || status=$?
  done
  if ((${#LANGS[@]} > 1)); then
    node "$BENCH/summary.mjs" "${LANGS[@]}" || status=$?
  fi
fi
say "finished in $(($(date +%s) - started)) s (exit $status)"
exit "$status"
