// Smoke test of the release build in dist/: the page loads in Debian chromium,
// the Leptos app mounts (it sets data-app-mounted on its root #phase-tracker),
// nothing is logged as an error, and no request leaves the page's origin.
//
// Run: scripts/test.sh (builds dist/ first), or after `trunk build --release`:
//   cd browser-tests && node --test
// PHASE_TRACKER_DIST overrides the directory served (default: ../dist).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoConsoleErrors, assertSameOrigin } from './lib/browser.mjs';
import { servedBuild } from './lib/suite.mjs';

const MOUNT_TIMEOUT_MS = 20_000;

const suite = servedBuild();

test('the widget mounts with no console error and no foreign request', { timeout: 60_000 }, async (t) => {
  const rec = await openPage(suite.browser, suite.server.url);
  t.after(() => rec.close());
  try {
    const root = await rec.page
      .waitForSelector('[data-app-mounted]', { state: 'attached', timeout: MOUNT_TIMEOUT_MS })
      .catch((err) => {
        const errors = [...rec.consoleErrors, ...rec.pageErrors];
        throw new Error(
          `the app did not mount within ${MOUNT_TIMEOUT_MS / 1000}s ` +
            '(no element with [data-app-mounted])' +
            (errors.length ? `; the page logged:\n  - ${errors.join('\n  - ')}` : '') +
            `\n(${err.message.split('\n')[0]})`,
        );
      });
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
  } catch (err) {
    const shot = await rec.screenshot('smoke-failure').catch(() => null);
    if (shot) err.message += `\n(screenshot: ${shot})`;
    throw err;
  }
});
