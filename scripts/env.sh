# shellcheck shell=bash
# Source this file (do not run it) to get the project's tools on PATH:
#
#   source scripts/env.sh
#
# It puts cargo's bin directory (trunk, wasm-bindgen) and
# browser-tests/node_modules/.bin (wasm-opt from the npm package binaryen)
# in front of PATH, so Trunk finds the pinned wasm-opt before any other one
# (Debian's binaryen 108 produces a broken wasm). Safe to source more than once.
# It also sets PHASE_TRACKER_ROOT to the repository root.

PHASE_TRACKER_ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
export PHASE_TRACKER_ROOT

_pt_path_prepend() {
  case ":${PATH}:" in
    *":$1:"*) PATH=":${PATH}:"; PATH="${PATH//:$1:/:}"; PATH="${PATH#:}"; PATH="${PATH%:}" ;;
  esac
  PATH="$1${PATH:+:${PATH}}"
}
_pt_path_prepend "${CARGO_HOME:-${HOME}/.cargo}/bin"
_pt_path_prepend "${PHASE_TRACKER_ROOT}/browser-tests/node_modules/.bin"
unset -f _pt_path_prepend
export PATH
