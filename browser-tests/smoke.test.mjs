// Smoke test of the release build in dist/: the page loads in Debian chromium,
// the Leptos app mounts (it sets data-app-mounted on its root #phase-tracker),
// nothing is logged as an error, and no request leaves the page's origin.
//
// Run: scripts/test.sh (builds dist/ first), or after `trunk build --release`:
//   cd browser-tests && node --test
// PHASE_TRACKER_DIST overrides the directory served (default: ../dist).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoConsoleErrors, assertSameOrigin, waitForMount, withFailureShot } from './lib/browser.mjs';
import { servedBuild } from './lib/suite.mjs';


const suite = servedBuild();

test('the widget mounts with no console error and no foreign request', { timeout: 60_000 }, async (t) => {
  const rec = await openPage(suite.browser, suite.server.url);
  t.after(() => rec.close());
  await withFailureShot(rec, 'smoke', async () => {
    const root = await waitForMount(rec.page, rec, 'the app', '[data-app-mounted]');
    assert.equal(
      await root.getAttribute('id'),
      'phase-tracker',
      'data-app-mounted should be set on the root element #phase-tracker',
    );
    assertNoConsoleErrors(rec);
    assertSameOrigin(rec, suite.server.origin);
    assert.ok(
      rec.requests.some((u) => u.endsWith('.wasm')),
      `the page should have loaded its .wasm; requests were:\n  - ${rec.requests.join('\n  - ')}`,
    );
  });
});
