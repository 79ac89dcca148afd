#!/usr/bin/env bash
# Publishes the widget with the fixture story (tests/fixtures/example-story.json) instead of
# the bundled one, into target/dist-fixture/ (scripts/publish.sh: the release build, its .br
# and .gz files and _headers). The bundled story gives no deadline to the day, so nothing in
# it ticks by the second; the fixture's south span does (30 Jun 2026), and the browser suite
# tests the ticking countdown and its pause control on this build; nginx.test.mjs uploads it
# over the bundled story's publish to show a republished story reaching readers.
#
# Usage: scripts/build-fixture.sh [URL]   (scripts/test.sh runs it)
set -euo pipefail
ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
PHASE_TRACKER_DATA=tests/fixtures/example-story.json \
  bash scripts/publish.sh "$@" --dist target/dist-fixture
