// Browser tests of the host page's side of issue 13's message protocol (README: "Driving the
// tracker from the article"): dist/embed.js's phaseTracker.show() and the
// "phase-tracker:state" events it dispatches on the tracker's iframe, first against a
// stand-in tracker page (embed.js alone: the message it posts, to which origin, which state
// messages it accepts), then against the real widget framed by a page on another origin
// (show() drives it, its state comes back, a forged or malformed message changes nothing),
// and dist/scrollytelling-example.html driving the tracker as the reader scrolls.
//
// Run: scripts/test.sh, or after `trunk build --release`: cd browser-tests && node --test host-api.test.mjs
// PHASE_TRACKER_DIST overrides the directory served (default: ../dist); the tests serve a
// copy of it taken at start.
//
// Servers, all on 127.0.0.1 with different ports (so different origins):
//   widget  the copy of dist/ (CORS on .js and .wasm), plus the stand-in tracker and a page
//           that is not the tracker (attacker.html)
//   host    the article pages: host.html (lib/embed-helpers.mjs) and the scrollytelling example
//   third   another origin: attacker.html, and the stand-in tracker for a frame that navigated

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from './lib/server.mjs';
import { launchBrowser, openPage, assertNoConsoleErrors, waitForMount, withFailureShot } from './lib/browser.mjs';
import { DIST, assertBuilt } from './lib/dist.mjs';
import { ATTACKER_HTML, corsForScripts, hostPageHtml, sleep, snapshotDist, waitUntil } from './lib/embed-helpers.mjs';
import { describeViolations, runAxe } from './lib/ui-helpers.mjs';

const TEST_TIMEOUT_MS = 90_000;
const SHOW = 'phase-tracker:show';
const STATE = 'phase-tracker:state';
/** embed.js's warning for a state message it drops. */
const DROPPED_STATE = 'ignoring a malformed state message';
/** How long to wait for a message that must not arrive (or change anything). */
const QUIET_MS = 600;

/** A page that pretends to be the tracker: it records every message it receives. */
const STAND_IN_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>stand-in tracker</title>
<script>
  window.__received = [];
  addEventListener('message', (e) => {
    window.__received.push({ data: e.data, origin: e.origin, fromParent: e.source === parent });
  });
</script></head><body><p>stand-in tracker</p></body></html>`;

let dist;
let hostRoot;
let widget;
let host;
let third;
let browser;

before(async () => {
  assertBuilt();
  dist = await snapshotDist(DIST);
  const extraFiles = { '/stand-in.html': STAND_IN_HTML, '/attacker.html': ATTACKER_HTML };
  widget = await serveStatic(dist.dir, { headersFor: corsForScripts, extraFiles });
  third = await serveStatic(dist.dir, { extraFiles });

  // The scrollytelling example, served by the host with its frame and embed.js on the widget's
  // origin (it names them relative to itself: "./").
  const example = readFileSync(path.join(dist.dir, 'scrollytelling-example.html'), 'utf8');
  for (const ref of ['src="./?id=story"', 'src="./embed.js"']) {
    assert.ok(example.includes(ref), `scrollytelling-example.html should contain ${ref}`);
  }
  const read = (f) => readFileSync(path.join(dist.dir, f));
  hostRoot = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-host-api-'));
  host = await serveStatic(hostRoot, {
    extraFiles: {
      '/host.html': hostPageHtml({ widgetOrigin: widget.origin, attackerOrigin: third.origin }),
      '/scrollytelling-example.html': example.replaceAll('src="./', `src="${widget.url}`),
      '/scrollytelling-example.js': read('scrollytelling-example.js'),
      '/scrollytelling-example.css': read('scrollytelling-example.css'),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([widget, host, third].map((s) => s?.close()));
  dist?.cleanup();
  if (hostRoot) rmSync(hostRoot, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------
// helpers

/** Opens `url` in a new recorded page (after 'load'); `viewport` defaults to 1000 × 800. */
async function open(url, viewport = { width: 1000, height: 800 }) {
  const rec = await openPage(browser, undefined, { context: { viewport } });
  await rec.page.goto(url, { waitUntil: 'load' });
  return rec;
}

/** Opens host.html with `query`, once embed.js (loaded async, as the snippet does) has run. */
async function openHost(query) {
  const rec = await open(`${host.url}host.html?${query}`);
  await rec.page.waitForFunction(() => typeof window.phaseTracker?.show === 'function').catch(async (err) => {
    await rec.close();
    throw new Error(`embed.js did not define phaseTracker.show (${err.message.split('\n')[0]})`);
  });
  return rec;
}

/** The Frame inside `<iframe id=...>` of the page, once it has a document with a body. */
async function frameOf(page, iframeId) {
  const el = await page.waitForSelector(`iframe#${iframeId}`, { state: 'attached' });
  const frame = await waitUntil(() => el.contentFrame(), { what: `the frame of #${iframeId}` });
  await frame.waitForSelector('body', { state: 'attached' });
  return frame;
}

/** The messages the stand-in tracker in `frame` has received. */
const received = (frame) => frame.evaluate(() => window.__received);

/** The phase-tracker:state events the host page has seen. */
const states = (page) => page.evaluate(() => window.__states);

/** Calls phaseTracker.show(<iframe #id, or the id itself when byId>, options) in the host page. */
function show(page, options, { id = 'tracker', byId = false } = {}) {
  return page.evaluate(
    ([frameId, opts, asId]) => window.phaseTracker.show(asId ? frameId : document.getElementById(frameId), opts),
    [id, options, byId],
  );
}

/** Posts each message from `frame` (a Frame or the page's main frame) to its parent. */
function postToParent(frame, messages) {
  return frame.evaluate((msgs) => {
    for (const m of msgs) parent.postMessage(m, '*');
  }, messages);
}

/**
 * Posts a marker from `frame` to the host page and waits until the host has received it:
 * messages from one window are delivered in order, each in its own task, so every message
 * `frame` posted before it has been handled by then.
 */
async function flushFrom(page, frame) {
  const marker = `marker-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((m) => {
    window.__markers ??= [];
    addEventListener('message', (e) => e.data === m && window.__markers.push(m));
  }, marker);
  await frame.evaluate((m) => parent.postMessage(m, '*'), marker);
  await waitUntil(() => page.evaluate((m) => window.__markers.includes(m), marker), { what: 'the marker message' });
}

/** What the tracker in `frame` shows: the blocks a replay day or a phase changes. */
function trackerView(frame) {
  return frame.evaluate(() => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    const panel = document.querySelector('[role=tabpanel]:not([hidden])');
    return {
      header: text(document.querySelector('.tracker-header')),
      tabs: [...document.querySelectorAll('[role=tab]')].map((t) => `${t.getAttribute('aria-selected')}: ${text(t)}`),
      panel: panel?.id ?? null,
      glance: text(panel?.querySelector('.glance')),
      evidence: [...(panel?.querySelectorAll('.evidence summary') ?? [])].map(text),
    };
  });
}

/** The selected tab's id in the tracker. */
const selectedTab = (frame) =>
  frame.evaluate(() => document.querySelector('[role=tab][aria-selected=true]')?.id ?? null);

/** Opens the widget itself (not framed) with `query` and returns what it shows. */
async function viewAt(query) {
  const rec = await open(`${widget.url}?${query}`);
  try {
    await waitForMount(rec.page, rec, `the widget at ?${query}`);
    return await trackerView(rec.page.mainFrame());
  } finally {
    await rec.close();
  }
}

/** Waits until the host has seen `count` state events and returns them. */
const waitForStates = (page, count, what) =>
  waitUntil(async () => {
    const s = await states(page);
    return s.length >= count ? s : null;
  }, { what: `${count} phase-tracker:state event(s) (${what})`, describe: () => states(page) });

// ---------------------------------------------------------------------------------------
// 1. embed.js alone, with a stand-in tracker

/**
 * Registers a test on host.html framing the stand-in tracker as #tracker (`query` adds host
 * page options): `body({ rec, page, frame })` runs once the stand-in listens, with a failure
 * screenshot named `shot`; the page must log no error.
 */
function standInTest(name, query, shot, body) {
  test(name, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await openHost(`src=/stand-in.html${query}`);
    t.after(() => rec.close());
    await withFailureShot(rec, shot, async () => {
      const frame = await frameOf(rec.page, 'tracker');
      await frame.waitForFunction(() => Array.isArray(window.__received));
      await body({ rec, page: rec.page, frame });
      assertNoConsoleErrors(rec);
    });
  });
}

/** Waits until the stand-in in `frame` has received a message `done(list)` accepts; returns them. */
const waitForReceived = (frame, done, what) =>
  waitUntil(async () => {
    const r = await received(frame);
    return done(r) ? r : null;
  }, { what, describe: () => received(frame) });

/** The show messages the stand-in in `frame` has received. */
const showsAt = async (frame) => (await received(frame)).filter((m) => m.data?.type === SHOW).map((m) => m.data);

standInTest('phaseTracker.show posts the protocol message to the tracker, at its origin only', '', 'host-api-show', async ({ page, frame }) => {
  // By element and by id; only the keys given are sent; null and "today" pass as they are.
  await show(page, { phase: 2, asOf: '2026-01-17' });
  await show(page, { asOf: null }, { byId: true });
  await show(page, { phase: 1 });
  await show(page, { asOf: 'today' }, { byId: true });
  const got = await waitForReceived(frame, (r) => r.length >= 4, 'four show messages at the stand-in');
  assert.deepEqual(got.map((m) => m.data), [
    { type: SHOW, phase: 2, asOf: '2026-01-17' },
    { type: SHOW, asOf: null },
    { type: SHOW, phase: 1 },
    { type: SHOW, asOf: 'today' },
  ]);
  assert.ok(got.every((m) => m.fromParent && m.origin === host.origin), `sent by the host page: ${JSON.stringify(got)}`);

  // The frame navigates to another origin: its src still names the widget's origin, so a
  // show() is not delivered there (a message to "*" is, as the control shows).
  await frame.evaluate((url) => { location.href = url; }, `${third.url}stand-in.html`).catch(() => {}); // the context goes away
  const moved = await waitUntil(async () => {
    const f = await frameOf(page, 'tracker');
    return new URL(f.url()).origin === third.origin ? f : null;
  }, { what: 'the frame to reach the third origin' });
  await moved.waitForFunction(() => Array.isArray(window.__received));
  assert.match(await page.evaluate(() => document.getElementById('tracker').src), new RegExp(`^${widget.origin}/`));
  await show(page, { phase: 2 });
  await page.evaluate(() => document.getElementById('tracker').contentWindow.postMessage('control', '*'));
  const after = await waitForReceived(moved, (r) => r.some((m) => m.data === 'control'), 'the control message at the navigated frame');
  assert.deepEqual(after.map((m) => m.data), ['control'], 'show() must target the origin of the iframe\'s src, not "*"');
});

standInTest('phaseTracker.show reaches a sandboxed tracker (an opaque origin)', '&sandbox=allow-scripts', 'host-api-show-sandboxed', async ({ page, frame }) => {
  assert.equal(await frame.evaluate(() => self.origin), 'null', 'the sandboxed frame should have an opaque origin');
  await show(page, { phase: 2, asOf: null });
  const got = await waitForReceived(frame, (r) => r.length > 0, 'the show message at the sandboxed stand-in');
  assert.deepEqual(got.map((m) => m.data), [{ type: SHOW, phase: 2, asOf: null }]);
});

standInTest("a tracker's state messages become phase-tracker:state events on its iframe; others are dropped", '&others=1&attackers=1', 'host-api-state', async ({ rec, page, frame }) => {
  const second = await frameOf(page, 'tracker-b');
  const plain = await frameOf(page, 'plain');
  const forger = await frameOf(page, 'attacker-foreign');
  const stateOf = (id) => page.evaluate((i) => document.getElementById(i).phaseTrackerState ?? null, id);
  assert.equal(await stateOf('tracker'), null, 'no state before the tracker reports one');

  // A valid state, with junk beside it that the event does not carry.
  await postToParent(frame, [{ type: STATE, id: 'phase-tracker', phase: 2, asOf: '2026-01-17', html: '<b>x</b>' }]);
  await postToParent(second, [{ type: STATE, id: 'tracker_2', phase: 1, asOf: null }]);
  await flushFrom(page, frame);
  await flushFrom(page, second);
  assert.deepEqual(await states(page), [
    { target: 'tracker', bubbles: true, detail: { phase: 2, asOf: '2026-01-17', id: 'phase-tracker' } },
    { target: 'tracker-b', bubbles: true, detail: { phase: 1, asOf: null, id: 'tracker_2' } },
  ]);
  assert.deepEqual(await stateOf('tracker'), { phase: 2, asOf: '2026-01-17', id: 'phase-tracker' });
  assert.deepEqual(await stateOf('tracker-b'), { phase: 1, asOf: null, id: 'tracker_2' });

  // The same message from a frame that is not a tracker, a third origin, or the page itself.
  const forged = { type: STATE, id: 'phase-tracker', phase: 1, asOf: '2025-01-01' };
  for (const f of [plain, forger, page.mainFrame()]) {
    await postToParent(f, [forged]);
    await flushFrom(page, f);
  }
  assert.equal((await states(page)).length, 2, 'a state message from another window made an event');
  assert.deepEqual(await stateOf('tracker'), { phase: 2, asOf: '2026-01-17', id: 'phase-tracker' });

  // Malformed state messages from the tracker itself: no event, one warning each.
  const ok = { type: STATE, id: 'phase-tracker', phase: 1, asOf: null };
  const malformed = [
    ...[0, -1, 1.5, '2', 100, 1e9, NaN, Infinity, null, [1], true].map((phase) => ({ ...ok, phase })),
    { type: STATE, id: 'phase-tracker', asOf: null },
    ...['2026-1-17', '<b>2026-01-17</b>', '2026-01-17T00:00', ['2026-01-17'], 20260117, '', 'today', 'x'.repeat(100_000)].map((asOf) => ({ ...ok, asOf })),
    { type: STATE, id: 'phase-tracker', phase: 1 },
    ...[123, '', 'a'.repeat(65), '<img src=x onerror=alert(1)>', 'a b', ['phase-tracker'], null].map((id) => ({ ...ok, id })),
    { type: STATE, phase: 1, asOf: null },
  ];
  const warningsBefore = rec.consoleWarnings.length;
  await postToParent(frame, malformed);
  await flushFrom(page, frame);
  const warnings = rec.consoleWarnings.slice(warningsBefore);
  assert.equal((await states(page)).length, 2, `a malformed state message made an event: ${JSON.stringify((await states(page)).slice(2))}`);
  assert.deepEqual(await stateOf('tracker'), { phase: 2, asOf: '2026-01-17', id: 'phase-tracker' });
  assert.equal(warnings.length, malformed.length, `one warning per malformed message:\n${warnings.join('\n')}`);
  assert.ok(warnings.every((w) => w.includes(DROPPED_STATE)), warnings.join('\n'));

  // Messages of other kinds pass silently; the bounds of a valid state are accepted.
  const quietBefore = rec.consoleWarnings.length;
  await postToParent(frame, ['pymxPYMxc1xPYMxheightxPYMx600', { 'datawrapper-height': { x: 600 } }, null, 42, { type: 'phase-tracker:other' }]);
  await postToParent(frame, [{ ...ok, phase: 99, asOf: '2099-12-31', id: 'a'.repeat(64) }]);
  await flushFrom(page, frame);
  assert.deepEqual(rec.consoleWarnings.slice(quietBefore), [], 'messages of other kinds are ignored without a warning');
  assert.deepEqual((await states(page)).at(-1).detail, { phase: 99, asOf: '2099-12-31', id: 'a'.repeat(64) });
});

standInTest("a show() sent before the tracker's first state is sent again when it arrives, once", '', 'host-api-pending', async ({ page, frame }) => {
  const want = { type: SHOW, phase: 2, asOf: '2025-08-18' };
  await show(page, { phase: 2, asOf: '2025-08-18' });
  await waitUntil(async () => (await showsAt(frame)).length === 1, { what: 'the first show' });
  // The tracker mounts: its first state. embed.js sends the show again (the first copy
  // may have reached a page that was not listening yet).
  await postToParent(frame, [{ type: STATE, id: 'phase-tracker', phase: 1, asOf: null }]);
  await waitUntil(async () => (await showsAt(frame)).length === 2, { what: 'the show sent again' });
  assert.deepEqual(await showsAt(frame), [want, want]);
  // Later states do not send it again; later shows are sent once.
  await postToParent(frame, [{ type: STATE, id: 'phase-tracker', phase: 2, asOf: '2025-08-18' }]);
  await flushFrom(page, frame);
  await show(page, { asOf: null });
  await waitUntil(async () => (await showsAt(frame)).length >= 3, { what: 'the third show' });
  await sleep(QUIET_MS);
  assert.deepEqual(await showsAt(frame), [want, want, { type: SHOW, asOf: null }]);
});

standInTest('embed.js included twice acts once', '&twice=1', 'host-api-twice', async ({ page, frame }) => {
  await page.waitForFunction(() => window.__secondEmbedRan === true);
  assert.equal(await page.locator('script[src$="/embed.js"]').count(), 2);
  await postToParent(frame, [{ type: STATE, id: 'phase-tracker', phase: 2, asOf: null }]);
  await flushFrom(page, frame);
  assert.equal((await states(page)).length, 1, 'one event per state message');
  await show(page, { phase: 1 });
  await waitForReceived(frame, (r) => r.length >= 1, 'the show');
  await sleep(QUIET_MS);
  assert.equal((await received(frame)).length, 1, 'one message per show()');
});

// ---------------------------------------------------------------------------------------
// 2. the real widget, framed by a page on another origin

/** Opens host.html framing the real widget (with `query`), mounted, after its first state. */
async function openFramedWidget(query = '') {
  const rec = await openHost(`src=${encodeURIComponent('/?id=api-test')}${query}`);
  const frame = await frameOf(rec.page, 'tracker');
  await waitForMount(frame, rec, 'the framed widget');
  await waitForStates(rec.page, 1, 'at mount');
  return { rec, page: rec.page, frame };
}

test('the host API drives a cross-origin tracker: a phase, a replay day, back to live; its state comes back', { timeout: 180_000 }, async (t) => {
  const { rec, page, frame } = await openFramedWidget();
  t.after(() => rec.close());
  await withFailureShot(rec, 'host-api-drive', async () => {
    assert.notEqual(new URL(frame.url()).origin, host.origin);
    const hostUrl = page.url();
    // Room to scroll whatever the tracker's height, then scroll a little.
    await page.evaluate(() => {
      document.getElementById('after').style.height = '3000px';
      window.scrollTo(0, 200);
    });
    const scrollY = () => page.evaluate(() => window.scrollY);
    assert.equal(await scrollY(), 200);

    // Once at mount, with the widget's id.
    await sleep(QUIET_MS);
    let seen = await states(page);
    assert.deepEqual(seen, [{ target: 'tracker', bubbles: true, detail: { phase: 1, asOf: null, id: 'api-test' } }]);

    // Each step: the tracker shows what the same parameters show loaded directly, one state
    // event reports it, and the host page neither scrolls nor changes its address.
    const steps = [
      { show: { phase: 2 }, state: { phase: 2, asOf: null }, query: 'phase=2' },
      { show: { asOf: '2026-01-17' }, state: { phase: 2, asOf: '2026-01-17' }, query: 'phase=2&now=2026-01-17' },
      { show: { phase: 1 }, state: { phase: 1, asOf: '2026-01-17' }, query: 'phase=1&now=2026-01-17' },
      { show: { asOf: '2025-08-18' }, state: { phase: 1, asOf: '2025-08-18' }, query: 'phase=1&now=2025-08-18' },
      { show: { asOf: null }, state: { phase: 1, asOf: null }, query: 'phase=1' },
      { show: { phase: 2, asOf: '2024-09-30' }, state: { phase: 2, asOf: '2024-09-30' }, query: 'phase=2&now=2024-09-30' },
      { show: { asOf: 'today' }, state: { phase: 2, asOf: null }, query: 'phase=2' },
    ];
    for (const step of steps) {
      const before = seen.length;
      await show(page, step.show);
      seen = await waitUntil(async () => {
        const s = await states(page);
        return s.length > before && JSON.stringify(s.at(-1).detail) === JSON.stringify({ ...step.state, id: 'api-test' }) ? s : null;
      }, { what: `the state after show(${JSON.stringify(step.show)})`, describe: () => states(page) });
      await sleep(QUIET_MS);
      seen = await states(page);
      assert.equal(seen.length, before + 1, `one state event per show(${JSON.stringify(step.show)}): ${JSON.stringify(seen.slice(before))}`);
      assert.equal(await selectedTab(frame), `tab-${step.state.phase}`);
      assert.deepEqual(await trackerView(frame), await viewAt(step.query), `after show(${JSON.stringify(step.show)}) the tracker should show what ?${step.query} shows`);
      assert.deepEqual(await page.evaluate(() => document.getElementById('tracker').phaseTrackerState), { ...step.state, id: 'api-test' });
      assert.equal(await scrollY(), 200, `show(${JSON.stringify(step.show)}) scrolled the host page`);
      assert.equal(page.url(), hostUrl);
    }

    // Asking for what it already shows changes nothing and reports nothing.
    await show(page, { phase: 2, asOf: null });
    await sleep(QUIET_MS);
    assert.equal((await states(page)).length, seen.length, 'a show() that changes nothing posts no state');
    assertNoConsoleErrors(rec);
  });
});

test('the reader replaying inside the frame: the host hears each step and neither scrolls nor changes address', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const { rec, page, frame } = await openFramedWidget();
  t.after(() => rec.close());
  await withFailureShot(rec, 'host-api-reader-replay', async () => {
    const hostUrl = page.url();
    await page.evaluate(() => {
      document.getElementById('after').style.height = '3000px';
      window.scrollTo(0, 120);
    });
    const count = (await states(page)).length;
    // The slider by keyboard, then the buttons, in the frame. Focusing the slider is the
    // test's doing (Playwright scrolls it into view): the host's scroll is taken after it.
    await frame.focus('#replay-day');
    await page.evaluate(() => window.scrollTo(0, 120));
    const click = (selector) => frame.evaluate((sel) => document.querySelector(sel).click(), selector);
    await page.keyboard.press('Home');
    await waitForStates(page, count + 1, 'Home');
    await page.keyboard.press('PageUp');
    await waitForStates(page, count + 2, 'Page Up');
    await click('.replay-step[data-step=next]');
    await waitForStates(page, count + 3, 'next change');
    // The banner's "Back to today" at the top of the frame: focus moves to the selected
    // tab, without scrolling the host to it.
    await click('.preview-banner button');
    const seen = await waitForStates(page, count + 4, 'back to today');
    await waitUntil(async () => (await frame.evaluate(() => document.activeElement?.id)) === 'tab-1', { what: 'focus on the selected tab' });
    assert.deepEqual(seen.slice(count).map((s) => s.detail.asOf), ['2024-09-27', '2024-10-27', '2025-03-31', null]);
    assert.ok(seen.slice(count).every((s) => s.detail.phase === 1 && s.detail.id === 'api-test'));
    assert.equal(await frame.evaluate(() => location.search), '?id=api-test', 'live again: no now= in the frame');
    assert.equal(await page.evaluate(() => window.scrollY), 120, 'the host page scrolled');
    assert.equal(page.url(), hostUrl, "the host page's address changed");
    assertNoConsoleErrors(rec);
  });
});

test('a forged show from another frame is ignored', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const { rec, page, frame } = await openFramedWidget('&attackers=1');
  t.after(() => rec.close());
  await withFailureShot(rec, 'host-api-forged', async () => {
    const forger = await frameOf(page, 'attacker-foreign');
    const sibling = await frameOf(page, 'attacker-sibling');
    assert.equal(new URL(forger.url()).origin, third.origin);
    const view = await trackerView(frame);
    const count = (await states(page)).length;

    // Each sibling gets the tracker's window through parent.frames and posts to it.
    for (const f of [forger, sibling]) {
      const posted = await f.evaluate((type) => {
        let n = 0;
        for (let i = 0; i < parent.frames.length; i++) {
          if (parent.frames[i] === window) continue;
          parent.frames[i].postMessage({ type, phase: 2, asOf: '2026-01-17' }, '*');
          n++;
        }
        return n;
      }, SHOW);
      assert.ok(posted >= 2, `the forger reached ${posted} frames`);
    }
    await sleep(2 * QUIET_MS);
    assert.equal((await states(page)).length, count, 'a forged show changed the tracker');
    assert.deepEqual(await trackerView(frame), view, 'a forged show changed what the tracker shows');

    // Control: the host's own show() works.
    await show(page, { phase: 2 });
    await waitForStates(page, count + 1, 'the host show');
    assert.equal(await selectedTab(frame), 'tab-2');
    assertNoConsoleErrors(rec);
  });
});

test('malformed show messages change nothing and log one warning each', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const { rec, page, frame } = await openFramedWidget();
  t.after(() => rec.close());
  await withFailureShot(rec, 'host-api-malformed', async () => {
    const view = await trackerView(frame);
    const count = (await states(page)).length;
    const post = (messages) =>
      page.evaluate((msgs) => {
        const w = document.getElementById('tracker').contentWindow;
        for (const m of msgs) w.postMessage(m, '*');
      }, messages);

    // Not ours: ignored silently.
    let before = rec.consoleWarnings.length;
    await post(['pymxPYMxapi-testxPYMxwidthxPYMx600', 'hello', null, 42, [SHOW], { type: 'embed-size', height: 300 }, { type: 2 }]);
    await sleep(2 * QUIET_MS);
    assert.deepEqual(rec.consoleWarnings.slice(before), [], 'messages of other libraries are ignored without a warning');

    // Ours, malformed.
    const html = '<img src=x onerror="window.__pwned=1">';
    const malformed = [
      { type: SHOW },
      { type: 'phase-tracker:jump', phase: 2 },
      ...['2', 2.5, 0, -1, 3, 1e308, NaN, null, [2], { n: 2 }, true, html].map((phase) => ({ type: SHOW, phase })),
      ...['2026-02-30', '2026-1-17', '17/01/2026', 'yesterday', html, `2026-01-17${' '.repeat(60)}`, 'x'.repeat(100_000), 20260117, ['2026-01-17'], { d: 1 }, true].map((asOf) => ({ type: SHOW, asOf })),
      { type: SHOW, phase: 2, asOf: '2026-01-17', extra: 'junk' },
      { type: SHOW, phase: 2, asOf: html },
    ];
    before = rec.consoleWarnings.length;
    await post(malformed);
    const warnings = await waitUntil(async () => {
      const w = rec.consoleWarnings.slice(before);
      return w.length >= malformed.length ? w : null;
    }, { what: `${malformed.length} warnings`, describe: () => rec.consoleWarnings.slice(before) });
    await sleep(2 * QUIET_MS);
    assert.equal(rec.consoleWarnings.length - before, malformed.length, `one warning per malformed message:\n${rec.consoleWarnings.slice(before).join('\n')}`);
    assert.equal((await states(page)).length, count, 'a malformed show changed the state');
    assert.deepEqual(await trackerView(frame), view, 'a malformed show changed what the tracker shows');
    assert.equal(await frame.evaluate(() => window.__pwned ?? null), null, 'a message was rendered as HTML');
    assert.equal(await frame.evaluate(() => document.querySelectorAll('img[src=x]').length), 0, 'a message was rendered as HTML');

    // Control: a valid message on the same channel works.
    await post([{ type: SHOW, phase: 2 }]);
    await waitForStates(page, count + 1, 'the valid show');
    assert.equal(await selectedTab(frame), 'tab-2');
    assertNoConsoleErrors(rec);
  });
});

// ---------------------------------------------------------------------------------------
// 3. the scrollytelling example

/** The example's sections: their phase and day, as the page declares them. */
const sectionsOf = (page) =>
  page.$$eval('.step[data-phase]', (els) =>
    els.map((s, i) => ({ index: i, phase: Number(s.dataset.phase), asOf: s.dataset.asOf === 'today' ? null : s.dataset.asOf })));

/** Scrolls the host page so that section `index`'s top sits at 40% of the window; returns scrollY. */
const scrollToSection = (page, index) =>
  page.evaluate((i) => {
    const s = document.querySelectorAll('.step[data-phase]')[i];
    window.scrollTo(0, window.scrollY + s.getBoundingClientRect().top - 0.4 * window.innerHeight);
    return window.scrollY;
  }, index);

for (const viewport of [{ width: 1000, height: 800 }, { width: 360, height: 740 }]) {
  test(`the scrollytelling example drives the tracker as the reader scrolls (${viewport.width} px)`, { timeout: 240_000 }, async (t) => {
    const rec = await open(`${host.url}scrollytelling-example.html`, viewport);
    t.after(() => rec.close());
    await withFailureShot(rec, `host-api-scrollytelling-${viewport.width}`, async () => {
      const { page } = rec;
      const frame = await frameOf(page, 'tracker');
      assert.equal(new URL(frame.url()).origin, widget.origin, 'the example frames the widget (rewritten to its server)');
      await waitForMount(frame, rec, 'the framed widget');
      const caption = () => page.textContent('#tracker-caption');
      const state = () => page.evaluate(() => document.getElementById('tracker').phaseTrackerState ?? null);
      await waitUntil(async () => (await state())?.id === 'story', { what: 'the tracker\'s first state' });
      assert.deepEqual(await state(), { phase: 1, asOf: null, id: 'story' }, 'above the sections the tracker is live');
      assert.match(await caption(), /Federal Iraq, 2025, as it stands today/);
      // The article itself (the widget has its own axe tests).
      const violations = await runAxe(page, undefined, { iframes: false });
      assert.deepEqual(violations, [], `axe found violations in the example article:\n${describeViolations(violations)}`);

      const sections = await sectionsOf(page);
      assert.ok(sections.length >= 5, `the example has ${sections.length} sections`);
      // On the phone, every other section (the scroll is long); on the wide screen, all.
      const visit = viewport.width < 600 ? sections.filter((s, i) => i % 2 === 0 || i === sections.length - 1) : sections;
      for (const s of visit) {
        const y = await scrollToSection(page, s.index);
        const want = { phase: s.phase, asOf: s.asOf, id: 'story' };
        await waitUntil(async () => JSON.stringify(await state()) === JSON.stringify(want), {
          what: `the tracker to follow section ${s.index + 1} (${JSON.stringify(want)})`,
          describe: state,
        });
        assert.equal(await selectedTab(frame), `tab-${s.phase}`);
        assert.equal(await page.evaluate((i) => document.querySelectorAll('.step[data-phase]')[i].classList.contains('active'), s.index), true);
        const words = await caption();
        assert.ok(words.includes(s.phase === 1 ? 'Federal Iraq, 2025' : 'Kurdistan Region, 2026'), words);
        if (s.asOf) {
          const [yy, mm, dd] = s.asOf.split('-').map(Number);
          const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mm - 1];
          assert.ok(words.includes(`as reported by ${dd} ${month} ${yy}`), words);
        } else {
          assert.ok(words.includes('as it stands today'), words);
        }
        await sleep(QUIET_MS);
        assert.equal(await page.evaluate(() => window.scrollY), y, `the host page moved while the tracker followed section ${s.index + 1}`);
      }

      // One replay day checked against the widget loaded with now= that day.
      const replayed = visit.find((s) => s.asOf);
      await scrollToSection(page, replayed.index);
      await waitUntil(async () => (await state())?.asOf === replayed.asOf, { what: 'the replayed section again' });
      assert.deepEqual(await trackerView(frame), await viewAt(`phase=${replayed.phase}&now=${replayed.asOf}`));

      // Back above the first section: live again.
      await page.evaluate(() => window.scrollTo(0, 0));
      await waitUntil(async () => JSON.stringify(await state()) === JSON.stringify({ phase: 1, asOf: null, id: 'story' }), {
        what: 'the tracker live again at the top',
        describe: state,
      });
      assertNoConsoleErrors(rec);
    });
  });
}
