#!/usr/bin/env bash
# Trunk pre_build hook (Trunk.toml): stops a release build that would use the wrong tools,
# before it starts, with one line saying which command to use. Trunk finds wasm-opt on PATH
# only; in a shell that has not sourced scripts/env.sh, PATH has no wasm-opt, or Debian's
# binaryen 108, whose wasm crashes at load. (Trunk.toml's [tools] pin refuses any other
# version too, but with a message that names no way out.) Debug builds run no wasm-opt.
#
# Trunk runs the hooks of one stage in parallel: keep this the only pre_build hook.
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."
[[ ${TRUNK_PROFILE:-} == release ]] || exit 0

# The pinned version, from Trunk.toml's [tools] wasm_opt = "version_N".
want="$(sed -n 's/^wasm_opt *= *"version_\([0-9]*\)".*/\1/p' Trunk.toml)"
how='use "bash scripts/publish.sh [URL]" (it installs and uses the pinned tools), or run "source scripts/env.sh" first'

path="$(command -v wasm-opt || true)"
if [[ -z $path ]]; then
  echo "trunk build --release: no wasm-opt on PATH (the pinned one is npm binaryen $want); $how" >&2
  exit 1
fi
line="$(wasm-opt --version 2>/dev/null | head -n 1 || true)"
# "wasm-opt version 132 (version_132)"
found="$(awk '{ print $3 }' <<<"$line")"
if [[ $found != "$want" ]]; then
  echo "trunk build --release: the wasm-opt on PATH ($path) is version ${found:-unknown}, not the pinned $want (Debian's 108 breaks the wasm); $how" >&2
  exit 1
fi
# The post_build hook minifies the JS glue with terser from browser-tests/node_modules.
if [[ ! -f browser-tests/node_modules/terser/package.json ]]; then
  echo "trunk build --release: no terser in browser-tests/node_modules (run \"bash scripts/setup.sh\"); $how" >&2
  exit 1
fi
