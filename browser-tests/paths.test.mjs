// Paths no other browser test takes: the clock re-reading the wall clock when a hidden tab
// becomes visible again (a sleeping tab fires no timer); the height messages posted only
// when the widget's height in whole pixels changes, not on every resize callback; and the
// panic hook, which names the panic in the console and shows the reader the fallback note
// (the strings table's `broken`, src/text/en.rs) instead of a frozen tracker.
//
// A reader cannot make the widget panic, so the panic test runs against the test build
// (scripts/test.sh builds it with `trunk build --features test-hooks --dist
// target/dist-test`, a debug build: the feature refuses a release build), whose
// `?test-panic=1` panics one task after the widget has mounted. The release build in dist/
// is checked to ignore that parameter. PHASE_TRACKER_TEST_DIST overrides the test build's
// directory (default: ../target/dist-test).
//
// Run: scripts/test.sh, or after both builds: cd browser-tests && node --test paths.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoConsoleErrors, openPage, waitForMount, withFailureShot } from './lib/browser.mjs';
import { hostPageHtml } from './lib/embed-helpers.mjs';
import { serveStatic } from './lib/server.mjs';
import { INSTANTS, deadlineRows, openApp, panelStatus, startSuite, waitFor } from './lib/ui-helpers.mjs';

const TEST_TIMEOUT_MS = 60_000;
const PANELS = ['#phase-panel-1', '#phase-panel-2'];

const TEST_DIST = path.resolve(
  process.env.PHASE_TRACKER_TEST_DIST ?? fileURLToPath(new URL('../target/dist-test/', import.meta.url)),
);

/** The fallback note, as the English strings table (src/text/en.rs) writes it. */
const BROKEN = (() => {
  const source = readFileSync(new URL('../src/text/en.rs', import.meta.url), 'utf8');
  const m = /broken:\s*"((?:[^"\\]|\\.)*)",/.exec(source);
  if (!m) throw new Error('src/text/en.rs has no `broken: "...",`');
  return JSON.parse(`"${m[1]}"`);
})();

let suite;
let hostDir;
let host;
let testBuild;

before(async () => {
  if (!existsSync(path.join(TEST_DIST, 'index.html'))) {
    throw new Error(
      `${TEST_DIST}/index.html is missing: build the test build first with ` +
        '`trunk build --features test-hooks --dist target/dist-test` (scripts/test.sh does it)',
    );
  }
  suite = await startSuite();
  testBuild = await serveStatic(TEST_DIST);
  hostDir = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-paths-'));
  host = await serveStatic(hostDir, {
    extraFiles: { '/host.html': hostPageHtml({ widgetOrigin: suite.server.origin }) },
  });
});

after(async () => {
  await host?.close();
  await testBuild?.close();
  await suite?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** Every deadline row and status of both panels. */
async function view(page) {
  const out = {};
  for (const panel of PANELS) {
    out[panel] = { rows: await deadlineRows(page, panel), status: await panelStatus(page, panel) };
  }
  return out;
}

/**
 * Fakes the page becoming hidden or visible, as a browser does for a background tab (headless
 * Chromium keeps every page visible): the document's state, and the event as the HTML
 * standard fires it, at the document, bubbling.
 */
function setVisibility(page, state) {
  return page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
    Object.defineProperty(document, 'hidden', { value: s === 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, state);
}

test('a tab that becomes visible again shows the wall clock at once, without waiting for a tick', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openApp(suite, { phase: 1 }, { clock: '2025-09-30T23:59:30+03:00' });
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'paths-visibility', async () => {
    await page.clock.pauseAt(new Date('2025-09-30T23:59:50+03:00'));
    await page.clock.runFor(300);
    const shown = await view(page);

    // The tab is hidden; three hours later (the federal deadline passed meanwhile) no timer
    // has fired, as in a sleeping tab: the clock is paused, and setSystemTime fires none.
    await setVisibility(page, 'hidden');
    const later = '2025-10-01T03:25:07+03:00';
    await page.clock.setSystemTime(new Date(later));
    assert.deepEqual(await view(page), shown, 'nothing moves while no timer fires');

    // Visible again: the widget re-reads the wall clock at once and shows what a page
    // frozen at that instant shows.
    await setVisibility(page, 'visible');
    const frozen = await openApp(suite, { phase: 1, now: later });
    t.after(() => frozen.close());
    const expected = await view(frozen.page);
    assert.notDeepEqual(expected, shown, 'the instants differ in what they show');
    await waitFor(() => view(page), (v) => JSON.stringify(v) === JSON.stringify(expected), {
      message: `the widget to show ${later} once visible`,
    });
    assertNoConsoleErrors(rec);
  });
});

test('heights are posted when the height in whole pixels changes, and only then', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const src = `/?childId=c1&now=${encodeURIComponent(INSTANTS.lateNov2026)}`;
  const rec = await openPage(suite.browser, `${host.url}host.html?src=${encodeURIComponent(src)}`);
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'paths-heights', async () => {
    const frame = await (await page.waitForSelector('iframe#tracker', { state: 'attached' })).contentFrame();
    await waitForMount(frame, rec, 'the framed widget');
    const ownHeights = async () =>
      (await page.evaluate(() => window.__messages))
        .filter((m) => m.source === 'tracker' && m.data?.type === 'phase-tracker:height')
        .map((m) => m.data.height);
    const allCount = () => page.evaluate(() => window.__messages.filter((m) => m.source === 'tracker').length);
    // Wait until the widget has settled: its last message gives its height.
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.getElementById('phase-tracker').getBoundingClientRect().height));
    await waitFor(async () => [(await ownHeights()).at(-1), await contentHeight()], ([posted, h]) => posted === h, {
      message: 'the posted height to match the content',
    });

    // Our own observer on the same element counts the resize callbacks the widget gets. No
    // scroll bar may come and go while the frame catches up with the height (it would resize
    // the tracker's width too).
    await frame.evaluate(() => {
      document.documentElement.style.overflow = 'hidden';
      window.__resizes = 0;
      new ResizeObserver(() => window.__resizes++).observe(document.getElementById('phase-tracker'));
    });
    await waitFor(() => frame.evaluate(() => window.__resizes), (n) => n === 1, { message: 'the first resize callback' });
    const base = (await contentHeight()) + 10;
    const ownBefore = (await ownHeights()).length;
    const allBefore = await allCount();

    // Heights of the tracker's box, in CSS pixels: three within one whole pixel, then two
    // within the next. Each is a resize; only the first of each pixel changes the height
    // the widget reports (rounded up).
    const steps = [0.25, 0.5, 0.75, 1.25, 1.75];
    for (const [i, step] of steps.entries()) {
      await frame.evaluate((h) => {
        const root = document.getElementById('phase-tracker');
        root.style.boxSizing = 'border-box';
        root.style.height = `${h}px`;
      }, base + step);
      await waitFor(() => frame.evaluate(() => window.__resizes), (n) => n === i + 2, {
        message: `the resize callback for ${base + step} px`,
      });
      assert.equal(
        await frame.evaluate(() => document.getElementById('phase-tracker').getBoundingClientRect().height),
        base + step,
      );
    }
    // Let any message on its way arrive, then compare.
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    await waitFor(ownHeights, (h) => h.length >= ownBefore + 2, { message: 'the two height changes to be posted' });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual((await ownHeights()).slice(ownBefore), [base + 1, base + 2], 'one message per whole-pixel change');
    // ...in each of the four formats this URL asks for (ours, Pym, Datawrapper, AMP).
    assert.equal((await allCount()) - allBefore, 2 * 4);
    assertNoConsoleErrors(rec);
  });
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

test('a panic shows the fallback note and names the panic in the console; nothing else does', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const open = async (name, url) => {
    const rec = await openPage(suite.browser, url);
    t.after(() => rec.close());
    await waitForMount(rec.page, rec, name);
    return rec;
  };
  // The panic, and two controls side by side: the test build without the parameter, and
  // the release build with it.
  const [rec, plain, release] = await Promise.all([
    open('the test build', `${testBuild.url}?test-panic=1`),
    open('the test build without ?test-panic', testBuild.url),
    open('the release build', `${suite.server.url}?test-panic=1`),
  ]);
  await withFailureShot(rec, 'paths-panic', async () => {
    await rec.page.waitForFunction(
      (text) => [...document.querySelectorAll('#phase-tracker .boot-note')].some((n) => n.textContent.trim() === text),
      BROKEN,
      { timeout: 10_000 },
    );
    assert.deepEqual(await fallback(rec.page), { notes: [BROKEN], busy: 'false' });
    assert.ok(await rec.page.locator('#phase-tracker .boot-note').isVisible(), 'the note is shown');
    // The tracker drawn before the panic stays (its facts, as of the page's clock).
    assert.equal(await rec.page.locator('#phase-tracker [role=tablist]').count(), 1, 'the tracker stays');
    const panics = rec.consoleErrors.filter((e) => e.startsWith('phase tracker panicked: '));
    assert.equal(panics.length, 1, `one console error names the panic: ${rec.consoleErrors.join(' | ')}`);
    assert.match(panics[0], /test panic \(\?test-panic=1/);
    await rec.screenshot('paths-panic');
  });
  for (const [name, control] of [['the test build without ?test-panic', plain], ['the release build with it', release]]) {
    // One task more than the panic takes.
    await control.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    assert.deepEqual((await fallback(control.page)).notes, [], `${name}: no fallback note`);
    assertNoConsoleErrors(control);
  }
});
