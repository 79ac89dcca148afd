#!/usr/bin/env bash
# Trunk post_build hook (see Trunk.toml). Trunk runs the hooks of one stage in parallel, so
# the steps that must run in order live here:
# 1. the first view rendered by the widget's components (ssr) and the file loader
#    (src/ui/first_view.rs, src/prerender.rs);
# 2. "Get the data": the story being built as the spreadsheet files editors use
#    (`story export`, docs/spreadsheet.md) in data/;
# 3. with PHASE_TRACKER_URL set (the address the widget is published at; scripts/publish.sh
#    sets it), that address goes into oembed.json and embed-example.html
#    (scripts/public-url.sh);
# 4. on release builds, wasm-bindgen's JS glue minified (scripts/minify-glue.mjs), since
#    Trunk cannot minify it;
# 5. the size report (release builds only).
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."
staging="${TRUNK_STAGING_DIR:?Trunk sets TRUNK_STAGING_DIR}"
cargo run --quiet --bin prerender -- "$staging"
cargo run --quiet --bin story -- export "$staging/data" \
  --data "${PHASE_TRACKER_DATA:-data/iraq-coalition.json}" >/dev/null
if [[ -n ${PHASE_TRACKER_URL:-} ]]; then
  bash scripts/public-url.sh apply "$staging" "$PHASE_TRACKER_URL"
fi
if [[ ${TRUNK_PROFILE:-} == release ]]; then
  node scripts/minify-glue.mjs "$staging"
fi
bash scripts/size-report.sh
