#!/usr/bin/env bash
# Builds what a newsroom uploads: dist/, ready for a CDN or any static host.
#
#   bash scripts/publish.sh [URL] [--dist DIR]
#
#   URL         the public address dist/ will be served at, http:// or https:// (a "/" is
#               added at the end), e.g. https://news.example/tracker/. It goes into
#               oembed.json, embed-example.html and _headers. Without it, dist/ works from
#               any folder (embed-example.html frames "./"), but oembed.json names the local
#               preview address, and _headers names paths from the host's root.
#   --dist DIR  where to build (default dist/). Trunk empties it first, so it must be a
#               new or empty folder, or an earlier build.
#
# Steps:
#   1. scripts/setup.sh --publish installs whatever is missing (the pinned trunk,
#      wasm-bindgen and wasm-opt, and Debian's brotli);
#   2. scripts/env.sh puts the pinned tools first on PATH, whatever else is there (Debian's
#      binaryen 108, say);
#   3. trunk build --release --offline (its hooks write the first view, the address, the
#      minified JS and the size report: scripts/post-build.sh);
#   4. beside every text file (wasm, js, css, html, json, svg, csv, txt, ...) a .br (brotli
#      at its best quality, 11) and a .gz (gzip -9); the originals stay;
#   5. DIR/_headers, the response headers for Netlify and Cloudflare Pages, one rule per
#      file (README.md, "Publishing"; deploy/nginx.conf and deploy/Caddyfile say the same).
#
# PHASE_TRACKER_DATA publishes another story file (as build.rs reads it); SOURCE_DATE_EPOCH
# fixes the build's day (the first view's "as of").
#
# Stops with one line on a bad address or a tool that cannot be installed.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"

usage="usage: bash scripts/publish.sh [URL] [--dist DIR]"
url=""
dist=""
while (($#)); do
  case "$1" in
    --dist)
      [[ $# -ge 2 && -n $2 ]] || { echo "publish: --dist needs a folder ($usage)" >&2; exit 2; }
      dist="$2"
      shift 2
      ;;
    --dist=*) dist="${1#--dist=}"; shift ;;
    -h | --help) sed -n '2,31p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "publish: unknown option '$1' ($usage)" >&2; exit 2 ;;
    *)
      [[ -z $url ]] || { echo "publish: one address only, got '$url' and '$1' ($usage)" >&2; exit 2; }
      url="$1"
      shift
      ;;
  esac
done

if [[ -n $url ]]; then
  url="$(bash "$ROOT/scripts/public-url.sh" check "$url")"
fi

# The folder, absolute (relative to where the command was run), and never one that Trunk's
# emptying would hurt.
dist="${dist:-$ROOT/dist}"
[[ $dist == /* ]] || dist="$PWD/$dist"
mkdir -p "$dist"
dist="$(cd -- "$dist" && pwd -P)"
if [[ $dist == / || $dist == "$HOME" || $dist == "$ROOT" || $ROOT == "$dist"/* ]]; then
  echo "publish: Trunk empties the folder it builds into, so it cannot be $dist; choose a new folder" >&2
  exit 2
fi
if [[ -n "$(ls -A "$dist")" && ! -f $dist/index.html ]]; then
  echo "publish: $dist holds files but no earlier build (no index.html); Trunk would delete them: choose a new or empty folder" >&2
  exit 2
fi

cd "$ROOT"
PHASE_TRACKER_SETUP_CALLER=publish bash scripts/setup.sh --publish
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

echo "publish: building ${PHASE_TRACKER_DATA:-the bundled story} into $dist${url:+ for $url}..."
if [[ -n $url ]]; then
  PHASE_TRACKER_URL="$url" trunk build --release --offline --dist "$dist"
else
  env -u PHASE_TRACKER_URL trunk build --release --offline --dist "$dist"
fi

# ---- precompressed copies -------------------------------------------------------------
# Every text file Trunk wrote: what a CDN or nginx's brotli_static/gzip_static serve as is.
mapfile -t files < <(cd "$dist" && find . -type f ! -name '*.br' ! -name '*.gz' ! -name _headers | sed 's#^\./##' | LC_ALL=C sort)
compressed=0
for f in "${files[@]}"; do
  case "${f,,}" in
    *.wasm | *.js | *.mjs | *.css | *.html | *.htm | *.json | *.svg | *.csv | *.txt | *.xml | *.map | *.webmanifest)
      brotli --quality=11 --force --keep --output="$dist/$f.br" "$dist/$f"
      gzip -9 --no-name --force --keep "$dist/$f"
      compressed=$((compressed + 1))
      ;;
  esac
done

# ---- _headers (Netlify, Cloudflare Pages) ---------------------------------------------
# One rule per file, because both hosts join the values of every rule a path matches.
prefix="/"
if [[ -n $url ]]; then
  prefix="/${url#*://*/}"
fi
CSP="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-ancestors *"
rule() {
  local path="$1" file="$2"
  printf '%s\n' "$path"
  # Trunk's hashed names (name-<hash>.css, name-<hash>_bg.wasm) never change.
  if [[ ${file##*/} =~ -[0-9a-f]{8,16}(_bg)?\.[A-Za-z0-9]+$ ]]; then
    printf '  Cache-Control: public, max-age=31536000, immutable\n'
  else
    printf '  Cache-Control: public, max-age=300\n'
  fi
  case "$file" in
    *.js | *.mjs) printf '  Access-Control-Allow-Origin: *\n' ;;
    *.wasm) printf '  Access-Control-Allow-Origin: *\n  Content-Type: application/wasm\n' ;;
    *.csv) printf '  Content-Type: text/csv; charset=utf-8\n' ;;
  esac
  if [[ ${file##*/} == index.html ]]; then
    printf '  Content-Security-Policy: %s\n' "$CSP"
  fi
}
{
  echo "# Response headers for Netlify and Cloudflare Pages, written by scripts/publish.sh."
  echo "# One rule per file (both hosts join the values of every rule that matches a path)."
  echo "# Both read this file only at the root of the site: if dist/ is a folder of a bigger"
  echo "# site, add these lines to the site's own _headers. nginx: deploy/nginx.conf;"
  echo "# Caddy: deploy/Caddyfile."
  # A folder's address is its page (index.html): the widget's, "Get the data"'s.
  for f in "${files[@]}"; do
    if [[ ${f##*/} == index.html ]]; then
      rule "$prefix${f%index.html}" "$f"
    fi
  done
  for f in "${files[@]}"; do
    rule "$prefix$f" "$f"
  done
} >"$dist/_headers.tmp"
rules="$(grep -c '^/' "$dist/_headers.tmp")"
mv "$dist/_headers.tmp" "$dist/_headers"
if ((rules > 100)); then
  echo "publish: warning: _headers has $rules rules; Cloudflare Pages reads at most 100" >&2
fi

# ---- what to upload -------------------------------------------------------------------
echo
echo "publish: $dist is ready to upload: ${#files[@]} files, a .br and a .gz beside $compressed of them, and _headers ($rules rules)"
if [[ -n $url ]]; then
  echo "publish: upload it so that ${url} serves its index.html; the embed snippet (also in oembed.json):"
  node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).html.replace("><script", ">\n<script"))' "$dist/oembed.json"
else
  echo "publish: no address given: dist/ works from any folder, but oembed.json names the local preview address; publish with the public address (bash scripts/publish.sh https://news.example/tracker/) to write it there and into _headers"
fi
echo "publish: serve it with the headers in README.md (\"Publishing\"): Netlify or Cloudflare Pages read dist/_headers; nginx: deploy/nginx.conf; Caddy: deploy/Caddyfile"
