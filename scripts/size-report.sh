#!/usr/bin/env bash
# Size report of a release build, run by Trunk as a post_build hook (Trunk.toml):
#
#   [[hooks]]
#   stage = "post_build"
#   command = "bash"
#   command_arguments = ["scripts/size-report.sh"]
#
# Trunk sets TRUNK_PROFILE ("release" or "debug") and TRUNK_STAGING_DIR (the
# build's output before it is moved to dist/). On a release build this prints,
# for every file in the staging dir, its raw, gzip -9 and brotli -q 11 sizes in
# bytes, a TOTAL row, and the total of the first-view files (index.html, *.js
# but embed.js, *.wasm, *.css but static.css, at the top level). Both name the language the
# page was built in (PHASE_TRACKER_LANG, as scripts/publish.sh sets it; en when unset), so
# publish.sh's reports of dist/, dist/ar/ and dist/ckb/ tell which is which. The same table is
# written to target/size-report.txt (English), target/size-report-<lang>.txt (another
# language). On a debug build it does nothing.
#
# By hand, on an existing build:
#   TRUNK_PROFILE=release TRUNK_STAGING_DIR=dist bash scripts/size-report.sh
#
# It never fails the build: any problem is reported and the exit code is 0.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"

report() {
  local dir="${TRUNK_STAGING_DIR:?TRUNK_STAGING_DIR is not set}"
  [[ -d $dir ]] || { echo "size-report: $dir is not a directory" >&2; return 1; }

  local have_brotli=1
  command -v brotli >/dev/null 2>&1 || have_brotli=0

  local files=() f
  while IFS= read -r -d '' f; do
    files+=("${f#./}")
  done < <(cd "$dir" && find . -type f -print0 | LC_ALL=C sort -z)

  local lang="${PHASE_TRACKER_LANG:-en}"
  local out="$ROOT/target/size-report.txt"
  [[ $lang == en ]] || out="$ROOT/target/size-report-$lang.txt"
  mkdir -p "$ROOT/target"

  local raw gz br
  local t_raw=0 t_gz=0 t_br=0 fv_raw=0 fv_gz=0 fv_br=0 fv_n=0 width=5
  for f in "${files[@]}"; do ((${#f} > width)) && width=${#f}; done
  ((width < 22)) && width=22

  {
    echo "size report of the $lang page (release build; bytes)"
    if ((have_brotli)); then
      printf "%-${width}s %11s %11s %11s\n" "file" "raw" "gzip -9" "brotli -q11"
    else
      echo "(brotli not found: gzip only; install it with apt-get install -y brotli)"
      printf "%-${width}s %11s %11s\n" "file" "raw" "gzip -9"
    fi

    for f in "${files[@]}"; do
      raw=$(wc -c <"$dir/$f")
      gz=$(gzip -9 -n -c <"$dir/$f" | wc -c)
      br=0
      ((have_brotli)) && br=$(brotli -q 11 -c <"$dir/$f" | wc -c)
      raw=$((raw)) gz=$((gz)) br=$((br))
      t_raw=$((t_raw + raw)) t_gz=$((t_gz + gz)) t_br=$((t_br + br))
      local base="${f##*/}" first_view=0
      case "$f" in
        */*) ;; # a folder's files (data/: "Get the data") are not the widget's page
        index.html) first_view=1 ;;
        *-example.*) ;; # the example articles (embed-example.html, scrollytelling-example.*)
        *.js) [[ $base != embed.js ]] && first_view=1 ;;
        static.css) ;; # loaded only without JavaScript or when the wasm fails
        *.wasm | *.css) first_view=1 ;;
      esac
      if ((first_view)); then
        fv_raw=$((fv_raw + raw)) fv_gz=$((fv_gz + gz)) fv_br=$((fv_br + br)) fv_n=$((fv_n + 1))
      fi
      if ((have_brotli)); then
        printf "%-${width}s %11d %11d %11d\n" "$f" "$raw" "$gz" "$br"
      else
        printf "%-${width}s %11d %11d\n" "$f" "$raw" "$gz"
      fi
    done

    local sep
    sep="$(printf '%*s' $((width + (have_brotli ? 36 : 24))) '' | tr ' ' '-')"
    echo "$sep"
    local label_all="TOTAL (${#files[@]} files)"
    local label_fv="FIRST VIEW, $lang (${fv_n} files)"
    if ((have_brotli)); then
      printf "%-${width}s %11d %11d %11d\n" "$label_all" "$t_raw" "$t_gz" "$t_br"
      printf "%-${width}s %11d %11d %11d\n" "$label_fv" "$fv_raw" "$fv_gz" "$fv_br"
    else
      printf "%-${width}s %11d %11d\n" "$label_all" "$t_raw" "$t_gz"
      printf "%-${width}s %11d %11d\n" "$label_fv" "$fv_raw" "$fv_gz"
    fi
    echo "first view = index.html, *.js except embed.js, *.wasm, *.css except static.css (top level)"
  } | tee "$out"
  echo "size-report: written to ${out#"$ROOT"/}"
}

if [[ ${1:-} == --report ]]; then
  report
  exit 0
fi

[[ ${TRUNK_PROFILE:-} == release ]] || exit 0

# Run the report in its own process so that `set -e` applies inside it, and
# whatever goes wrong there never fails Trunk's build.
if ! bash "${BASH_SOURCE[0]}" --report; then
  echo "size-report: could not make the size report (ignored; the build is fine)" >&2
fi
exit 0
