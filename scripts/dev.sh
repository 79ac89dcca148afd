#!/usr/bin/env bash
# Quick start 1: install what is missing, then serve the widget with live reload
# at http://127.0.0.1:8080/ (address and port come from Trunk.toml).
#
#   scripts/dev.sh [extra trunk serve arguments]
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

PHASE_TRACKER_SETUP_CALLER=dev bash "$ROOT/scripts/setup.sh"
echo "dev: serving the widget at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --offline "$@"
