// Where the release build under test is, and a clear failure when it is missing.
// PHASE_TRACKER_DIST overrides the directory (default: ../dist).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = path.resolve(
  process.env.PHASE_TRACKER_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url)),
);

/**
 * The build of the fixture story (tests/fixtures/example-story.json), whose south span has a
 * deadline given to the day, so its countdown ticks by the second (scripts/build-fixture.sh).
 * PHASE_TRACKER_FIXTURE_DIST overrides it.
 */
export const FIXTURE_DIST = path.resolve(
  process.env.PHASE_TRACKER_FIXTURE_DIST ?? fileURLToPath(new URL('../../target/dist-fixture/', import.meta.url)),
);

/** Throws, naming the missing file, when `dir` holds no build. */
export function assertBuilt(dir = DIST) {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `${path.join(dir, 'index.html')} is missing: run trunk build --release first ` +
        '(scripts/test.sh does it for you)',
    );
  }
}
