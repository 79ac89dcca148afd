#!/usr/bin/env bash
# What the wasm's bytes are (issue 15): a size profile of one language's release build with
# twiggy, on wasm-bindgen's output before wasm-opt (every function still has its name; the
# shipped wasm is this one optimised, so the order of the items is what counts, not their
# exact bytes). Prints, and writes to target/size-profile-<lang>.txt:
#   - the largest functions and sections (twiggy top);
#   - the bytes by crate (the same rows added up by the crate that names them);
#   - what keeps the largest items in (twiggy dominators, a few levels deep).
#
# Usage: scripts/size-profile.sh [--lang en|ar|ckb] [-n N]
#   --lang L   the page's language (default en; ar and ckb build with their strings)
#   -n N       rows of each table (default 25)
#
# It installs twiggy itself (scripts/setup.sh --profile) and builds the release with trunk
# into target/size-profile-dist/ (dist/ is left alone).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

LANG_CODE=en
ROWS=25
while (($#)); do
  case "$1" in
    --lang) LANG_CODE="${2:-}"; shift 2 ;;
    -n) ROWS="${2:-}"; shift 2 ;;
    -h | --help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "size-profile: unknown argument '$1' (usage: scripts/size-profile.sh [--lang en|ar|ckb] [-n N])" >&2; exit 2 ;;
  esac
done
case "$LANG_CODE" in
  en | ar | ckb) ;;
  *) echo "size-profile: --lang must be en, ar or ckb (got '$LANG_CODE')" >&2; exit 2 ;;
esac
[[ $ROWS =~ ^[1-9][0-9]*$ ]] || { echo "size-profile: -n must be a positive number (got '$ROWS')" >&2; exit 2; }

PHASE_TRACKER_SETUP_CALLER=1 bash scripts/setup.sh --profile >/dev/null
# shellcheck source=scripts/env.sh
source scripts/env.sh

log="$ROOT/target/size-profile-build.log"
mkdir -p "$ROOT/target"
if ! PHASE_TRACKER_LANG="$LANG_CODE" trunk build --release --offline --dist target/size-profile-dist >"$log" 2>&1; then
  echo "size-profile: the release build failed (see $log)" >&2
  exit 1
fi
WASM="$ROOT/target/wasm-bindgen/release/phase-tracker_bg.wasm"
[[ -f $WASM ]] || { echo "size-profile: no $WASM after the build" >&2; exit 1; }
OUT="$ROOT/target/size-profile-$LANG_CODE.txt"

{
  echo "Size profile of the $LANG_CODE page's wasm: $(wc -c <"$WASM") bytes before wasm-opt (twiggy $(twiggy --version | awk '{print $NF}'))"
  echo
  echo "== largest items (twiggy top -n $ROWS)"
  twiggy top -n "$ROWS" "$WASM"
  echo
  echo "== bytes by crate (every function's shallow bytes, by the crate its name starts with)"
  twiggy top -f json "$WASM" | node -e '
    // Each item by the crate its name starts with; <T as crate::Trait>::f counts for the
    // trait'"'"'s crate; sections, data and imports apart.
    let text = "";
    process.stdin.on("data", (d) => (text += d)).on("end", () => {
      const total = new Map();
      for (const item of JSON.parse(text)) {
        const name = item.name;
        let crate;
        const trait = / as ([A-Za-z_0-9]+)(?:\[[0-9a-f]+\])?::/.exec(name);
        if (name.startsWith("import ")) crate = "(imports from the JS glue)";
        else if (/section|segment/.test(name)) crate = "(sections and data)";
        else if (!name.includes("::")) crate = "(other)";
        else if (name.startsWith("<") && trait) crate = trait[1];
        else crate = name.replace(/^<+/, "").split("::")[0].replace(/\[.*$/, "") || "(other)";
        total.set(crate, (total.get(crate) ?? 0) + item.shallow_size);
      }
      const rows = [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[1]));
      for (const [crate, bytes] of rows) console.log(`${String(bytes).padStart(10)}  ${crate}`);
    });' "$ROWS"
  echo
  echo "== what keeps the largest items in (twiggy dominators -d 3 -r $ROWS)"
  twiggy dominators -d 3 -r "$ROWS" "$WASM"
} | tee "$OUT"
echo "size-profile: written to ${OUT#"$ROOT"/}"
