#!/usr/bin/env bash
# The public address the widget is published at (scripts/publish.sh, scripts/post-build.sh).
#
#   scripts/public-url.sh check URL       prints URL normalised (http:// or https://, a host,
#                                         an optional port and path, ending in "/"), or stops
#                                         with one line saying what is wrong (exit 2)
#   scripts/public-url.sh apply DIR URL   writes the (checked) URL into DIR/oembed.json, in
#                                         place of the local preview address, and into
#                                         DIR/embed-example.html, in place of its "./" URLs
#
# Without an address, embed-example.html frames "./" (the folder it is served from), so it
# works wherever dist/ is served, and oembed.json names the local preview address.
set -euo pipefail

PREVIEW_ADDRESS="http://127.0.0.1:8080/"

# Characters a path may hold here: no quote, space, <, >, &, ?, # or backslash, so the
# address goes into HTML attributes, JSON strings and sed as it is.
check() {
  local url="$1" rest
  local usage="expected http:// or https://, a host and an optional path, like https://news.example/tracker/"
  if [[ ! $url =~ ^[Hh][Tt][Tt][Pp][Ss]?:// ]]; then
    echo "publish: \"$url\" is not a public address: $usage" >&2
    exit 2
  fi
  rest="${url#*://}"
  if [[ $rest == *[?#]* ]]; then
    echo "publish: \"$url\" has a query or fragment: give the folder's address alone, like https://news.example/tracker/" >&2
    exit 2
  fi
  if [[ ! $rest =~ ^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?(/[A-Za-z0-9._~%!$\(\)*+,\;=:@/-]*)?$ ]]; then
    echo "publish: \"$url\" is not a public address: $usage" >&2
    exit 2
  fi
  local scheme="${url%%://*}"
  scheme="${scheme,,}"
  [[ $rest == */ ]] || rest="$rest/"
  printf '%s://%s\n' "$scheme" "$rest"
}

apply() {
  local dir="$1" url
  url="$(check "$2")"
  sed -i "s#${PREVIEW_ADDRESS//./\\.}#${url}#g" "$dir/oembed.json"
  sed -i "s#=\"\\./#=\"${url}#g" "$dir/embed-example.html"
}

case "${1:-}" in
  check) [[ $# == 2 ]] || { echo "usage: scripts/public-url.sh check URL" >&2; exit 2; }; check "$2" ;;
  apply) [[ $# == 3 ]] || { echo "usage: scripts/public-url.sh apply DIR URL" >&2; exit 2; }; apply "$2" "$3" ;;
  *) echo "usage: scripts/public-url.sh check URL | apply DIR URL" >&2; exit 2 ;;
esac
