// The panic hook: when the widget panics, the console names the panic and the reader gets the
// fallback note (src/text.rs's BROKEN) instead of a frozen tracker.
//
// A reader cannot make the widget panic, so this runs against the test build (scripts/test.sh
// builds it with `trunk build --features test-hooks --dist target/dist-test`, a debug build:
// the feature refuses a release build), whose `?test-panic=1` panics one task after the
// widget has mounted. The release build in dist/ is checked to ignore that parameter.
// PHASE_TRACKER_TEST_DIST overrides the test build's directory (default: ../target/dist-test).
//
// Run: scripts/test.sh, or after both builds: cd browser-tests && node --test panic.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoConsoleErrors, launchBrowser, openPage, waitForMount, withFailureShot } from './lib/browser.mjs';
import { DIST, assertBuilt } from './lib/dist.mjs';
import { serveStatic } from './lib/server.mjs';

const TEST_DIST = path.resolve(
  process.env.PHASE_TRACKER_TEST_DIST ?? fileURLToPath(new URL('../target/dist-test/', import.meta.url)),
);

/** The fallback note, as src/text.rs writes it. */
const BROKEN = (() => {
  const source = readFileSync(new URL('../src/text.rs', import.meta.url), 'utf8');
  const m = /pub const BROKEN: &str =\s*"((?:[^"\\]|\\.)*)";/.exec(source);
  if (!m) throw new Error('src/text.rs has no `pub const BROKEN: &str = "...";`');
  return JSON.parse(`"${m[1]}"`);
})();

let browser;
let testBuild;
let release;

before(async () => {
  if (!existsSync(path.join(TEST_DIST, 'index.html'))) {
    throw new Error(
      `${TEST_DIST}/index.html is missing: build the test build first with ` +
        '`trunk build --features test-hooks --dist target/dist-test` (scripts/test.sh does it)',
    );
  }
  assertBuilt();
  testBuild = await serveStatic(TEST_DIST);
  release = await serveStatic(DIST);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await testBuild?.close();
  await release?.close();
});

/** The texts of the tracker's fallback notes, and whether it is still marked busy. */
function fallback(page) {
  return page.evaluate(() => {
    const root = document.getElementById('phase-tracker');
    return {
      notes: [...root.querySelectorAll('.boot-note')].map((n) => n.textContent.trim()),
      busy: root.getAttribute('aria-busy'),
    };
  });
}

test('a panic shows the fallback note and names the panic in the console', { timeout: 60_000 }, async (t) => {
  const rec = await openPage(browser, `${testBuild.url}?test-panic=1`);
  t.after(() => rec.close());
  await withFailureShot(rec, 'panic-fallback', async () => {
    await waitForMount(rec.page, rec, 'the test build');
    await rec.page.waitForFunction(
      (text) => [...document.querySelectorAll('#phase-tracker .boot-note')].some((n) => n.textContent.trim() === text),
      BROKEN,
      { timeout: 10_000 },
    );
    assert.deepEqual(await fallback(rec.page), { notes: [BROKEN], busy: 'false' });
    assert.ok(await rec.page.locator('#phase-tracker .boot-note').isVisible(), 'the note is shown');
    // The tracker drawn before the panic stays (its facts, as of the page's clock).
    assert.ok(await rec.page.locator('#phase-tracker [role=tablist]').count(), 'the tracker stays');
    const panics = rec.consoleErrors.filter((e) => e.startsWith('phase tracker panicked: '));
    assert.equal(panics.length, 1, `one console error names the panic: ${rec.consoleErrors.join(' | ')}`);
    assert.match(panics[0], /test panic \(\?test-panic=1/);
    await rec.screenshot('panic-fallback');
  });
});

test('without the parameter the test build mounts cleanly, and the release build ignores it', { timeout: 60_000 }, async (t) => {
  for (const [name, url] of [
    ['the test build', testBuild.url],
    ['the release build', `${release.url}?test-panic=1`],
  ]) {
    const rec = await openPage(browser, url);
    t.after(() => rec.close());
    await waitForMount(rec.page, rec, name);
    // One task more than the panic would take.
    await rec.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    const notes = (await fallback(rec.page)).notes;
    assert.deepEqual(notes, [], `${name}: no fallback note`);
    assertNoConsoleErrors(rec);
  }
});
