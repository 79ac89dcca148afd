#!/usr/bin/env bash
# Builds the widget with the fixture story (tests/fixtures/example-story.json) instead of the
# bundled one, into target/dist-fixture/. The bundled story gives no deadline to the day, so
# nothing in it ticks by the second; the fixture's south span does (30 Jun 2026), and the
# browser suite tests the ticking countdown and its pause control on this build.
#
# Usage: scripts/build-fixture.sh   (scripts/test.sh runs it; needs scripts/setup.sh first)
set -euo pipefail
ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
PHASE_TRACKER_DATA=tests/fixtures/example-story.json \
  trunk build --release --offline --dist target/dist-fixture
