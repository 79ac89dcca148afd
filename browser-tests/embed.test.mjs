// Browser tests of the embedding features: the widget framed by an article on another
// origin, its height messages (ours, Pym.js, Datawrapper, AMP, WordPress), dist/embed.js,
// dist/embed-example.html (with a sandboxed sidebar), a strict Content-Security-Policy,
// every URL parameter, links, privacy, and oEmbed. Auto-height and the five message formats
// are tested on each language's page (lib/languages.mjs: dist/, dist/ar/, dist/ckb/).
//
// Run: scripts/test.sh, or after `trunk build --release`: cd browser-tests && node --test embed.test.mjs
// PHASE_TRACKER_DIST overrides the directory served (default: ../dist). The tests serve a
// copy of it taken at start, so a concurrent rebuild cannot change files mid-test.
//
// Servers, all on 127.0.0.1 with different ports (so different origins):
//   widget   the copy of dist/, with Access-Control-Allow-Origin: * on .js and .wasm
//   strict   the same, plus the strict Content-Security-Policy on every response
//   host     the article pages (host.html, and embed-example.html with the widget server's
//            address written in by scripts/public-url.sh, as publish.sh writes the public one)
//   attacker a page that is not the tracker, to post forged height messages

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/server.mjs';
import { launchBrowser, openPage, assertNoConsoleErrors, waitForMount, withFailureShot } from './lib/browser.mjs';
import { DIST, assertBuilt } from './lib/dist.mjs';
import { PAGES } from './lib/languages.mjs';
import {
  ATTACKER_HTML,
  SIDEBAR_SANDBOX,
  STRICT_CSP,
  corsForScripts,
  hostPageHtml,
  installSpies,
  linkTags,
  readSpy,
  scriptTags,
  sleep,
  snapshotDist,
  waitUntil,
} from './lib/embed-helpers.mjs';

const TEST_TIMEOUT_MS = 60_000;
const OWN_TYPE = 'phase-tracker:height';
/** How far the iframe's height may be from the widget's content height. */
const TOLERANCE_PX = 2;

let dist;
let hostRoot;
let widget;
let strict;
let host;
let attacker;
let browser;

before(async () => {
  assertBuilt();
  dist = await snapshotDist(DIST);
  widget = await serveStatic(dist.dir, {
    headersFor: corsForScripts,
    extraFiles: { '/attacker.html': ATTACKER_HTML },
  });
  strict = await serveStatic(dist.dir, {
    headers: { 'Content-Security-Policy': STRICT_CSP },
    headersFor: corsForScripts,
  });
  attacker = await serveStatic(dist.dir, { extraFiles: { '/attacker.html': ATTACKER_HTML } });

  const example = readFileSync(path.join(dist.dir, 'embed-example.html'), 'utf8');
  if (!example.includes('src="./"')) {
    throw new Error(
      'dist/embed-example.html does not frame "./", so the test cannot point it at the test ' +
        'server (was it published with an address?)',
    );
  }
  // The article on another origin: embed-example.html with the widget server's address
  // written in, by the same script publish.sh uses for the public address.
  hostRoot = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-host-'));
  host = await serveStatic(hostRoot, {
    extraFiles: {
      '/host.html': hostPageHtml({ widgetOrigin: widget.origin, attackerOrigin: attacker.origin }),
      '/embed-example.html': withAddress(dist.dir, widget.url),
      '/embed-example-strict.html': withAddress(dist.dir, strict.url),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([widget, strict, host, attacker].map((s) => s?.close()));
  dist?.cleanup();
  if (hostRoot) rmSync(hostRoot, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------
// helpers

/** embed-example.html of `dir` with `address` written in by scripts/public-url.sh. */
function withAddress(dir, address) {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-address-'));
  try {
    for (const f of ['embed-example.html', 'oembed.json']) copyFileSync(path.join(dir, f), path.join(copy, f));
    execFileSync('bash', [fileURLToPath(new URL('../scripts/public-url.sh', import.meta.url)), 'apply', copy, address]);
    const html = readFileSync(path.join(copy, 'embed-example.html'), 'utf8');
    assert.ok(html.includes(`src="${address}"`) && !html.includes('src="./'), `the address ${address} is written in`);
    return html;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Opens a recorded page with the spies in every frame, then goes to `url`. */
async function open(url, { context } = {}) {
  const rec = await openPage(browser, undefined, { context });
  await rec.context.addInitScript(installSpies);
  rec.dialogs = [];
  rec.page.on('dialog', (d) => {
    rec.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  rec.response = await rec.page.goto(url, { waitUntil: 'load' });
  return rec;
}


/** The Frame inside `<iframe id=...>` of the page. */
async function frameOf(page, iframeId) {
  const el = await page.waitForSelector(`iframe#${iframeId}`, { state: 'attached' });
  return waitUntil(() => el.contentFrame(), { what: `the frame of #${iframeId}` });
}


/** Throws unless the page in `frame` is `language`'s (an entry of PAGES): its <html> lang and dir. */
async function assertLanguage(frame, language) {
  const html = await frame.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir || 'ltr' }));
  assert.deepEqual(html, { lang: language.lang, dir: language.dir }, `the framed page is the ${language.code} page (${frame.url()})`);
}

/** Throws unless every stylesheet of `frame` loaded (a blocked sheet has no .sheet). */
async function assertStyled(frame, rec, label) {
  const sheets = await frame.evaluate(() =>
    [...document.querySelectorAll('link[rel~=stylesheet]')].map((l) => ({ href: l.href, loaded: l.sheet !== null })));
  assert.ok(sheets.length > 0, `${label}: no stylesheet link`);
  const blocked = sheets.filter((s) => !s.loaded).map((s) => s.href);
  if (blocked.length) {
    const errors = [...rec.consoleErrors, ...rec.pageErrors];
    throw new Error(
      `${label}: stylesheet not applied: ${blocked.join(', ')}` +
        (errors.length ? `; the page logged:\n  - ${errors.join('\n  - ')}` : ''),
    );
  }
}

/** The iframe's rendered height and the widget's content height inside it. */
async function measure(page, frame, iframeId) {
  const iframe = await page.evaluate(
    (id) => document.getElementById(id).getBoundingClientRect().height,
    iframeId,
  );
  const inner = await frame.evaluate(() => ({
    content: document.getElementById('phase-tracker').getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  return { iframe, ...inner };
}

const fits = (m) =>
  Math.abs(m.iframe - m.content) <= TOLERANCE_PX && m.scrollHeight - m.innerHeight <= TOLERANCE_PX;

/**
 * Waits until the iframe's height is within TOLERANCE_PX of the content height (and the
 * frame has nothing to scroll), on two polls in a row. `extra(m)` may add a condition.
 */
async function waitForFit(page, frame, iframeId, what, extra = () => true) {
  let previous = null;
  let last = null;
  return waitUntil(
    async () => {
      last = await measure(page, frame, iframeId);
      const ok = fits(last) && extra(last);
      const stable = ok && previous && previous.iframe === last.iframe && previous.content === last.content;
      previous = ok ? last : null;
      return stable ? last : null;
    },
    { timeout: 10_000, interval: 150, what, describe: () => last },
  );
}

const isPym = (d, kind = 'height') => typeof d === 'string' && d.startsWith('pymxPYMx') && d.includes(`xPYMx${kind}xPYMx`);
const isOwn = (d) => d?.type === OWN_TYPE;
const isDatawrapper = (d) => d !== null && typeof d === 'object' && 'datawrapper-height' in d;
const isAmp = (d) => d?.sentinel === 'amp' && d?.type === 'embed-size';
const isWordPress = (d) => d?.message === 'height' && 'secret' in d;
const KINDS = { own: isOwn, pym: isPym, datawrapper: isDatawrapper, amp: isAmp, wordpress: isWordPress };
/** The widget's state message (issue 13; host-api.test.mjs tests it), beside the heights. */
const isState = (d) => d?.type === 'phase-tracker:state';

/**
 * The tracker's messages recorded by host.html: all of them, its height messages by kind,
 * and its state messages.
 */
async function trackerMessages(page) {
  const all = await page.evaluate(() => window.__messages);
  const fromTracker = all.filter((m) => m.source === 'tracker');
  const byKind = Object.fromEntries(
    Object.entries(KINDS).map(([k, is]) => [k, fromTracker.filter((m) => is(m.data))]),
  );
  return { all, fromTracker, byKind, states: fromTracker.filter((m) => isState(m.data)) };
}

/** Posts `messages` from a frame to its parent, then a marker, and waits for the marker. */
async function postFrom(page, frame, sourceName, messages) {
  const marker = `marker-${Math.random().toString(36).slice(2)}`;
  await frame.evaluate(
    ([msgs, mark]) => {
      for (const m of msgs) parent.postMessage(m, '*');
      parent.postMessage(mark, '*');
    },
    [messages, marker],
  );
  await waitUntil(
    () => page.evaluate(([mark, src]) => window.__messages.some((m) => m.data === mark && m.source === src), [marker, sourceName]),
    { what: `the marker message from ${sourceName}` },
  );
}

/** Opens the widget page itself (not framed) with `query` and `hash`, mounted. */
async function openWidget(query = '', hash = '', options = {}) {
  const url = `${(options.server ?? widget).url}${query ? `?${query}` : ''}${hash}`;
  const rec = await open(url, options);
  await waitForMount(rec.page, rec, `the widget at ${url}`);
  return rec;
}

/** The state of the widget that the URL parameters decide. */
async function widgetState(page) {
  return page.evaluate(() => ({
    theme: document.documentElement.getAttribute('data-theme'),
    colorScheme: getComputedStyle(document.documentElement).colorScheme,
    background: getComputedStyle(document.body).backgroundColor,
    selectedTab: document.querySelector('[role=tab][aria-selected=true]')?.id ?? null,
    visiblePanels: [...document.querySelectorAll('[role=tabpanel]')].filter((p) => !p.hidden).map((p) => p.id),
    banner: document.querySelector('.preview-banner')?.textContent ?? null,
    events: document.querySelectorAll('details[id^=more-events]').length,
    axis: document.querySelectorAll('figure.timeline').length,
    hash: location.hash,
    imgs: document.querySelectorAll('img').length,
  }));
}

const paramWarnings = (rec) => rec.consoleWarnings.filter((w) => w.includes('ignoring URL parameter'));
const urlQuery = (pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

// ---------------------------------------------------------------------------------------
// 1. auto-height across origins

// Each language's page (lib/languages.mjs), as served: English at the root, the others in
// their folders of the same server.
for (const language of PAGES) {
  test(`a host page on another origin sizes the iframe to the widget, and follows its changes (${language.code} page)`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await open(`${host.url}host.html?src=${encodeURIComponent(`/${language.folder}`)}`);
    t.after(() => rec.close());
    await withFailureShot(rec, `embed-auto-height-${language.code}`, async () => {
      const { page } = rec;
      const frame = await frameOf(page, 'tracker');
      await waitForMount(frame, rec, 'the framed widget');
      await assertLanguage(frame, language);
      assert.equal(new URL(frame.url()).origin, widget.origin, 'the tracker should be served by the widget server');
      assert.notEqual(widget.origin, host.origin);
      const hostUrl = page.url();

      const first = await waitForFit(page, frame, 'tracker', 'the iframe to fit the widget');
      assert.notEqual(first.iframe, 900, 'embed.js should replace the initial 900 px height');

      // Tab 2: different content, the iframe follows.
      await frame.click('#tab-2');
      assert.equal(await frame.getAttribute('#tab-2', 'aria-selected'), 'true');
      const tab2 = await waitForFit(page, frame, 'tracker', 'the iframe to follow tab 2',
        (m) => Math.abs(m.content - first.content) > TOLERANCE_PX);
      assert.equal(await frame.evaluate(() => location.hash), '#phase-2', 'selecting a tab sets #phase-2 in the frame');
      assert.equal(page.url(), hostUrl, "selecting a tab must not change the host page's URL");

      // A sources-disagree badge in tab 2 opens a panel that grows the content.
      const badge = frame.locator('#phase-panel-2 button.badge').first();
      await badge.click();
      assert.equal(await badge.getAttribute('aria-expanded'), 'true', 'the badge should open its panel');
      const opened = await waitForFit(page, frame, 'tracker', 'the iframe to grow with the badge panel',
        (m) => m.content > tab2.content + TOLERANCE_PX);

      // Closing it shrinks the content back; the iframe follows down too.
      await badge.click();
      await waitForFit(page, frame, 'tracker', 'the iframe to shrink when the badge panel closes',
        (m) => m.content < opened.content - TOLERANCE_PX);

      // Without childId or #?secret=, only our own, Datawrapper and AMP messages are sent.
      const { fromTracker, byKind, states } = await trackerMessages(page);
      assert.equal(byKind.pym.length, 0, 'no Pym.js message without childId');
      assert.equal(byKind.wordpress.length, 0, 'no WordPress message without #?secret=');
      // At least the first height, tab 2, the panel opened and closed; not an exact count:
      // the layout may settle through more than one height while the page loads.
      assert.ok(byKind.own.length >= 4, `one own message per height change (got ${byKind.own.length})`);
      const ownHeights = byKind.own.map((m) => m.data.height);
      assert.ok(ownHeights.every((h, i) => i === 0 || h !== ownHeights[i - 1]), `a height is posted only when it changes: ${ownHeights}`);
      assert.ok(byKind.own.every((m) => m.data.id === 'phase-tracker'), 'the default id is "phase-tracker"');
      assert.ok(byKind.datawrapper.every((m) => Object.keys(m.data['datawrapper-height']).join() === 'phase-tracker'));
      assert.equal(byKind.datawrapper.length, byKind.own.length);
      assert.equal(byKind.amp.length, byKind.own.length);
      // Its state: once at mount (tab 1, live), once for tab 2.
      assert.deepEqual(states.map((m) => [m.data.phase, m.data.asOf]), [[1, null], [2, null]]);
      assert.equal(fromTracker.length, 3 * byKind.own.length + states.length, 'no other message from the tracker');
      assertNoConsoleErrors(rec);
    });
  });
}

// ---------------------------------------------------------------------------------------
// 2. every message format

for (const language of PAGES) {
  test(`the widget posts its height in all five formats and answers Pym width requests (${language.code} page)`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const src = `/${language.folder}?childId=c1&id=box#?secret=abc`;
    const rec = await open(`${host.url}host.html?src=${encodeURIComponent(src)}`);
    t.after(() => rec.close());
    await withFailureShot(rec, `embed-message-formats-${language.code}`, async () => {
      const { page } = rec;
      const frame = await frameOf(page, 'tracker');
      await waitForMount(frame, rec, 'the framed widget');
      await assertLanguage(frame, language);
      const fit = await waitForFit(page, frame, 'tracker', 'the iframe to fit the widget');
      const content = Math.ceil(fit.content);

      let msgs = await trackerMessages(page);
      for (const [kind, list] of Object.entries(msgs.byKind)) {
        assert.ok(list.length > 0, `no ${kind} message was posted; the tracker posted:\n${JSON.stringify(msgs.fromTracker)}`);
      }
      const last = Object.fromEntries(Object.entries(msgs.byKind).map(([k, l]) => [k, l.at(-1).data]));
      const plausible = (h, what) => {
        assert.ok(Number.isInteger(h) && h >= 200 && h <= 20000, `${what}: implausible height ${h}`);
        assert.ok(Math.abs(h - content) <= 1, `${what}: height ${h}, but the content is ${content} px`);
      };

      assert.deepEqual(Object.keys(last.own).sort(), ['height', 'id', 'type']);
      assert.equal(last.own.id, 'box');
      plausible(last.own.height, 'own message');

      assert.deepEqual(Object.keys(last.datawrapper), ['datawrapper-height']);
      assert.deepEqual(Object.keys(last.datawrapper['datawrapper-height']), ['box']);
      plausible(last.datawrapper['datawrapper-height'].box, 'Datawrapper message');

      assert.deepEqual(Object.keys(last.amp).sort(), ['height', 'sentinel', 'type']);
      plausible(last.amp.height, 'AMP message');

      assert.deepEqual(Object.keys(last.wordpress).sort(), ['message', 'secret', 'value']);
      assert.equal(last.wordpress.secret, 'abc');
      plausible(last.wordpress.value, 'WordPress message');

      const pym = /^pymxPYMxc1xPYMxheightxPYMx(\d+)$/.exec(last.pym);
      assert.ok(pym, `Pym message has the wrong shape: ${JSON.stringify(last.pym)}`);
      plausible(Number(pym[1]), 'Pym message');

      // Every height change is announced in every format, from the tracker's origin.
      const counts = Object.values(msgs.byKind).map((l) => l.length);
      assert.ok(counts.every((c) => c === counts[0]), `unequal message counts per format: ${JSON.stringify(counts)}`);
      assert.equal(msgs.states.length, 1, 'one state message, at mount');
      assert.equal(msgs.fromTracker.length, 5 * counts[0] + 1, 'no other message from the tracker');
      assert.ok(msgs.fromTracker.every((m) => m.origin === widget.origin), 'messages come from the widget origin');

      // Pym's parent asks for the height with a width message; only a well-formed one for
      // our child id is answered (once, with a full set of height messages).
      const before = msgs.fromTracker.length;
      await page.evaluate(() => {
        const w = document.getElementById('tracker').contentWindow;
        w.postMessage('pymxPYMxc2xPYMxwidthxPYMx600', '*'); // another child
        w.postMessage('pymxPYMxc1xPYMxwidthxPYMx', '*'); // no width
        w.postMessage('pymxPYMxc1xPYMxwidthxPYMxwide', '*'); // not a number
        w.postMessage('pymxPYMxc1xPYMxwidthxPYMx...', '*'); // dots are not a number either
        w.postMessage('pymxPYMxc1xPYMxwidthxPYMx6..0', '*');
        w.postMessage('pymxPYMxc1xPYMxwidthxPYMx600', '*'); // the real request
      });
      await waitUntil(async () => (await trackerMessages(page)).byKind.pym.length > counts[0], {
        what: 'a Pym height message answering the width request',
      });
      await sleep(300);
      msgs = await trackerMessages(page);
      assert.equal(msgs.byKind.pym.length, counts[0] + 1, 'exactly one width request should be answered');
      assert.equal(msgs.fromTracker.length, before + 5, 'the answer posts the height in all five formats');
      assert.equal(msgs.byKind.pym.at(-1).data, `pymxPYMxc1xPYMxheightxPYMx${content}`);
      assertNoConsoleErrors(rec);
    });
  });
}

// ---------------------------------------------------------------------------------------
// 3. embed.js trusts only the tracker's own frame and sane heights

test('embed.js ignores height messages from other frames and out-of-range heights', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const size = gzipSync(readFileSync(path.join(dist.dir, 'embed.js')), { level: 9 }).length;
  assert.ok(size < 1024, `embed.js should stay under 1 KB gzip (is ${size} bytes)`);

  const rec = await open(`${host.url}host.html?attackers=1`);
  t.after(() => rec.close());
  await withFailureShot(rec, 'embed-embed-js-trust', async () => {
    const { page } = rec;
    const frame = await frameOf(page, 'tracker');
    const foreign = await frameOf(page, 'attacker-foreign');
    const sibling = await frameOf(page, 'attacker-sibling');
    await waitForMount(frame, rec, 'the framed widget');
    await foreign.waitForSelector('body');
    await sibling.waitForSelector('body');
    assert.equal(new URL(foreign.url()).origin, attacker.origin);
    assert.equal(new URL(sibling.url()).origin, widget.origin);
    await waitForFit(page, frame, 'tracker', 'the iframe to fit the widget');
    const heightNow = () => page.evaluate(() => document.getElementById('tracker').style.height);
    const settled = await heightNow();
    const setCount = (await page.evaluate(() => window.__heights)).length;
    const forged = { type: OWN_TYPE, height: 3000, id: 'phase-tracker' };

    // A frame on another origin, a frame on the widget's own origin, and the host page itself.
    await postFrom(page, foreign, 'attacker-foreign', [forged]);
    await postFrom(page, sibling, 'attacker-sibling', [forged]);
    await postFrom(page, page.mainFrame(), 'self', [forged]);
    assert.equal(await heightNow(), settled, 'a message from another frame resized the tracker');

    // The real frame, with heights embed.js must refuse.
    const bad = [Infinity, -Infinity, NaN, 0, 49, 49.9, 20000.5, 25000, 1e9, -300, '3000', null, [3000], { h: 3000 }, true];
    await postFrom(page, frame, 'tracker', [
      ...bad.map((height) => ({ type: OWN_TYPE, height, id: 'phase-tracker' })),
      { type: OWN_TYPE }, // no height
      { type: 'phase-tracker:size', height: 3000 }, // wrong type
      { 'datawrapper-height': { 'phase-tracker': 3000 } }, // not embed.js's protocol
    ]);
    assert.equal(await heightNow(), settled, 'an out-of-range or non-numeric height resized the tracker');
    assert.deepEqual(
      (await page.evaluate(() => window.__heights)).slice(setCount),
      [],
      'embed.js changed the height in response to a refused message',
    );

    // Control: the same channel does work for valid heights (50 and 20000 are the bounds).
    await postFrom(page, frame, 'tracker', [
      { type: OWN_TYPE, height: 777.2, id: 'phase-tracker' },
      { type: OWN_TYPE, height: 50, id: 'phase-tracker' },
      { type: OWN_TYPE, height: 20000, id: 'phase-tracker' },
    ]);
    const applied = (await page.evaluate(() => window.__heights)).slice(setCount);
    assert.deepEqual(applied.slice(0, 3), ['778px', '50px', '20000px'], 'valid heights from the tracker are applied (rounded up)');
    assertNoConsoleErrors(rec);
  });
});

// ---------------------------------------------------------------------------------------
// 4. embed-example.html: full width and a sandboxed compact sidebar

test('embed-example.html: both frames, one sandboxed, render and fit with no console error', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const requestsBefore = widget.requests.length;
  const rec = await open(`${host.url}embed-example.html`, { context: { viewport: { width: 1280, height: 900 } } });
  t.after(() => rec.close());
  await withFailureShot(rec, 'embed-embed-example', async () => {
    const { page } = rec;
    assert.equal(await page.getAttribute('#tracker-side', 'sandbox'), SIDEBAR_SANDBOX);
    const main = await frameOf(page, 'tracker-main');
    const side = await frameOf(page, 'tracker-side');
    await waitForMount(main, rec, 'the main frame');
    await waitForMount(side, rec, 'the sandboxed sidebar frame');
    assert.equal(await side.evaluate(() => self.origin), 'null', 'the sidebar should have an opaque origin');
    assert.equal(new URL(main.url()).origin, widget.origin);
    await assertStyled(main, rec, 'the main frame');
    await assertStyled(side, rec, 'the sandboxed sidebar frame');
    assertNoConsoleErrors(rec);

    const mainFit = await waitForFit(page, main, 'tracker-main', 'the main iframe to fit');
    const sideFit = await waitForFit(page, side, 'tracker-side', 'the sidebar iframe to fit');
    assert.notEqual(mainFit.iframe, sideFit.iframe, 'each iframe gets its own height');

    // The sidebar asks for compact=1&phase=2.
    const sideState = await widgetState(side);
    assert.equal(sideState.selectedTab, 'tab-2');
    assert.equal(sideState.events, 0, 'compact hides the events');
    assert.equal(sideState.axis, 0, 'compact hides the axis');
    const mainState = await widgetState(main);
    assert.equal(mainState.selectedTab, 'tab-1');
    assert.ok(mainState.events > 0 && mainState.axis === 1);

    assertNoConsoleErrors(rec);
    assert.deepEqual(rec.failedRequests, []);
    for (const f of [main, side]) assert.deepEqual((await readSpy(f)).csp, []);
    const ours = widget.requests.slice(requestsBefore);
    const wasm = ours.filter((r) => /\.wasm 200$/.test(r));
    assert.equal(wasm.length, 2, `each frame should load the wasm once: ${ours.join(', ')}`);

    // Control: the recorder does hear the frames' consoles (so "no error" above means it).
    await side.evaluate(() => console.warn('embed-test probe from the sandboxed frame'));
    await waitUntil(() => rec.consoleWarnings.some((w) => w.includes('embed-test probe')), {
      what: "the sandboxed frame's console message to reach the recorder",
    });
    await rec.screenshot('embed-example');
  });
});

// ---------------------------------------------------------------------------------------
// 5. strict Content-Security-Policy

test('the widget runs under the strict Content-Security-Policy, alone and framed', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const cspConsole = (rec) =>
    [...rec.consoleErrors, ...rec.consoleWarnings].filter((m) => /content security policy/i.test(m));

  // The raw HTML has no inline script (the build moved Trunk's loader to boot-<hash>.js).
  const html = await (await fetch(strict.url)).text();
  const scripts = scriptTags(html);
  assert.ok(scripts.length > 0);
  assert.deepEqual(scripts.filter((s) => s.code && (!s.src || s.inline)), [], 'index.html should have no inline script');
  assert.ok(scripts.some((s) => !s.code && /\bid="?tracker-states\b/.test(s.attrs)), "the table of the tracker's states (a data block, not a script) is there");
  assert.ok(scripts.some((s) => /boot-[0-9a-f]+\.js/.test(s.attrs)), 'index.html loads boot-<hash>.js');
  assert.ok(!/\sstyle=/i.test(html), 'index.html should have no inline style attribute');

  const rec = await openWidget('', '', { server: strict });
  t.after(() => rec.close());
  await withFailureShot(rec, 'embed-strict-csp', async () => {
    const { page } = rec;
    assert.equal(rec.response.headers()['content-security-policy'], STRICT_CSP);
    await page.waitForSelector('[role=tab]');
    await page.click('#tab-2');
    await page.locator('#phase-panel-2 button.badge').first().click();
    await sleep(300);
    assert.deepEqual((await readSpy(page)).csp, [], 'CSP violations');
    assert.deepEqual(cspConsole(rec), []);
    assertNoConsoleErrors(rec);

    // Control: the policy is enforced and the recorder sees violations.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return window.__inlineRan === true;
    });
    assert.equal(ran, false, 'the CSP header should block inline scripts');
    await waitUntil(async () => (await readSpy(page)).csp.length > 0, { what: 'the control CSP violation' });
  });

  // Framed from another origin (frame-ancestors *), one of the frames sandboxed.
  const framed = await open(`${host.url}embed-example-strict.html`);
  t.after(() => framed.close());
  await withFailureShot(framed, 'embed-strict-csp-framed', async () => {
    const main = await frameOf(framed.page, 'tracker-main');
    const side = await frameOf(framed.page, 'tracker-side');
    assert.equal(new URL(main.url()).origin, strict.origin);
    await waitForMount(main, framed, 'the main frame under CSP');
    await waitForMount(side, framed, 'the sandboxed frame under CSP');
    await assertStyled(main, framed, 'the main frame under CSP');
    await assertStyled(side, framed, 'the sandboxed frame under CSP');
    await waitForFit(framed.page, side, 'tracker-side', 'the sandboxed iframe to fit under CSP');
    for (const f of [main, side]) assert.deepEqual((await readSpy(f)).csp, [], 'CSP violations in a frame');
    assert.deepEqual(cspConsole(framed), []);
    assertNoConsoleErrors(framed);
  });
});

// ---------------------------------------------------------------------------------------
// 6. URL parameters

test('every URL parameter works, and malformed values fall back with one warning each', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const check = async (query, hash, expect, options = {}) => {
    const rec = await openWidget(query, hash, options);
    try {
      return await withFailureShot(rec, `embed-params-${query || hash || 'default'}`, async () => {
        const state = await widgetState(rec.page);
        const where = `?${query}${hash}`;
        for (const [k, v] of Object.entries(expect)) {
          if (typeof v === 'function') assert.ok(v(state[k]), `${where}: ${k} = ${JSON.stringify(state[k])}`);
          else assert.deepEqual(state[k], v, `${where}: ${k}`);
        }
        assertNoConsoleErrors(rec);
        assert.deepEqual(rec.dialogs, [], `${where}: a dialog opened`);
        return { state, warnings: paramWarnings(rec), rec };
      });
    } finally {
      await rec.close();
    }
  };
  const DEFAULTS = {
    theme: 'auto', selectedTab: 'tab-1', visiblePanels: ['phase-panel-1'], banner: null,
    events: (n) => n > 0, axis: 1, imgs: 0,
  };

  // Defaults, and unknown parameters are ignored without a warning.
  const plain = await check('utm_source=x&foo=bar', '', DEFAULTS);
  assert.deepEqual(plain.warnings, []);

  // phase=2 and #phase-2.
  await check('phase=2', '', { selectedTab: 'tab-2', visiblePanels: ['phase-panel-2'] });
  await check('', '#phase-2', { selectedTab: 'tab-2', visiblePanels: ['phase-panel-2'] });

  // theme: data-theme, and the colour scheme follows it (over the reader's preference).
  const dark = await check('theme=dark', '', { theme: 'dark', colorScheme: 'dark' });
  const light = await check('theme=light', '', { theme: 'light', colorScheme: 'light' },
    { context: { colorScheme: 'dark' } });
  assert.notEqual(dark.state.background, light.state.background, 'dark and light should look different');
  await check('theme=auto', '', { theme: 'auto', colorScheme: 'dark' }, { context: { colorScheme: 'dark' } });

  // now=: a frozen clock with a banner.
  await check('now=2025-08-20', '', { banner: (b) => typeof b === 'string' && b.startsWith('Replay: as reported by 20 Aug 2025') });
  await check('now=2025-08-20T12:00:00Z', '', { banner: (b) => b?.startsWith('Replay: as reported by 20 Aug 2025') });

  // compact=1 hides the events and the axis.
  await check('compact=1', '', { events: 0, axis: 0 });

  // Malformed values: the defaults, and exactly one warning naming each.
  const badPairs = [['phase', '9'], ['theme', 'purple'], ['now', 'yesterday'], ['compact', 'maybe'], ['childId', '<script>'], ['id', 'a b']];
  const bad = await check(urlQuery(badPairs), '', DEFAULTS);
  for (const [name, value] of badPairs) {
    const naming = bad.warnings.filter((w) => w.includes(`parameter ${name}=${JSON.stringify(value)};`));
    assert.equal(naming.length, 1, `one warning for ${name}=${value}, got:\n  ${bad.warnings.join('\n  ')}`);
  }
  assert.equal(bad.warnings.length, badPairs.length, `one warning per bad parameter:\n  ${bad.warnings.join('\n  ')}`);
  assert.ok(bad.warnings.some((w) => w.startsWith('phase tracker: ignoring URL parameter theme="purple"; using auto')));
  // Each malformed value alone gives exactly its one warning.
  for (const [name, value] of badPairs.slice(0, 4)) {
    const one = await check(urlQuery([[name, value]]), '', {});
    assert.equal(one.warnings.length, 1, `${name}=${value}: ${one.warnings.join(' | ')}`);
  }
  const badHash = await check('', '#phase-7', { selectedTab: 'tab-1' });
  assert.equal(badHash.warnings.length, 1, `#phase-7: ${badHash.warnings.join(' | ')}`);

  // Values are never rendered as HTML.
  widget.requests.length = 0;
  const xss = '<img src=x onerror=alert(1)>';
  const one = await check(urlQuery([['theme', xss]]), '', { ...DEFAULTS });
  assert.equal(one.warnings.length, 1);
  const all = await check(
    urlQuery(['phase', 'theme', 'now', 'compact', 'id', 'childId'].map((k) => [k, xss.replace('src=x', `src=x-${k}`)])),
    `#?secret=${encodeURIComponent(xss)}`,
    { imgs: 0 },
  );
  assert.equal(all.warnings.length, 7, `one warning per parameter and the secret: ${all.warnings.join(' | ')}`);
  const html = await openWidget(urlQuery([['theme', xss]]), '');
  t.after(() => html.close());
  assert.ok(!(await html.page.content()).includes('<img'), 'the DOM contains an <img> tag');
  assert.deepEqual(widget.requests.filter((r) => r.includes('/x')), [], 'an injected image was requested');

  // Selecting a tab replaces the fragment without adding a history entry.
  const tabs = await openWidget('', '');
  t.after(() => tabs.close());
  const historyLength = await tabs.page.evaluate(() => history.length);
  await tabs.page.click('#tab-2');
  assert.equal(await tabs.page.evaluate(() => location.hash), '#phase-2');
  await tabs.page.click('#tab-1');
  assert.equal(await tabs.page.evaluate(() => location.hash), '#phase-1');
  assert.equal(await tabs.page.evaluate(() => history.length), historyLength, 'history.replaceState, not pushState');
});

test('a malformed childId or id changes what the framed widget posts, as documented', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const src = `/?${urlQuery([['childId', '<script>'], ['id', 'bad id!']])}`;
  const rec = await open(`${host.url}host.html?src=${encodeURIComponent(src)}`);
  t.after(() => rec.close());
  await withFailureShot(rec, 'embed-params-framed', async () => {
    const frame = await frameOf(rec.page, 'tracker');
    await waitForMount(frame, rec, 'the framed widget');
    await waitForFit(rec.page, frame, 'tracker', 'the iframe to fit');
    const { byKind } = await trackerMessages(rec.page);
    assert.equal(byKind.pym.length, 0, 'no Pym.js message for an invalid childId');
    assert.ok(byKind.own.length > 0 && byKind.own.every((m) => m.data.id === 'phase-tracker'), 'the default id is used');
    assert.equal(paramWarnings(rec).length, 2, paramWarnings(rec).join(' | '));
    // No image and no inline script (the page's data blocks, the story's and the table of its
    // states, are not: the browser never runs them).
    assert.deepEqual(await frame.evaluate(() => document.querySelectorAll('img, script:not([src]):not([type="application/octet-stream"]):not([type="text/plain"])').length), 0);
    assertNoConsoleErrors(rec);
  });
});

// ---------------------------------------------------------------------------------------
// 7. links, cookies, storage, foreign requests

test('source links open a new page without touching the host; no cookie, storage or foreign request', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await open(`${host.url}embed-example.html`, { context: { viewport: { width: 1280, height: 900 } } });
  t.after(() => rec.close());
  // Stand-in pages for the news sites, so a click never leaves the machine (registered
  // after openPage's blocker, so it runs first).
  const outbound = [];
  await rec.context.route(
    (u) => !['127.0.0.1', 'localhost'].includes(u.hostname) && /^https?:$/.test(u.protocol),
    (route) => {
      outbound.push({ url: route.request().url(), referer: route.request().headers().referer ?? null });
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>source</title><p>source' });
    },
  );
  await withFailureShot(rec, 'embed-links-privacy', async () => {
    const { page, context } = rec;
    const main = await frameOf(page, 'tracker-main');
    const side = await frameOf(page, 'tracker-side');
    await waitForMount(main, rec, 'the main frame');
    await waitForMount(side, rec, 'the sandboxed sidebar frame');
    await waitForFit(page, main, 'tracker-main', 'the main iframe to fit');
    const requestsBefore = [...rec.requests];
    const hostUrl = page.url();

    for (const [name, frame] of [['main', main], ['sandboxed sidebar', side]]) {
      // Every link leaving the widget opens a new tab, without opener or referrer.
      // Attributes, not properties: the timeline's marks are SVG links, whose href and target
      // properties are not strings (they lead to the widget's own fragments).
      const links = await frame.$$eval('a[href]', (as) =>
        as.map((a) => {
          const url = new URL(a.getAttribute('href'), location.href);
          return {
            href: url.href,
            target: a.getAttribute('target') ?? '',
            rel: (a.getAttribute('rel') ?? '').split(/\s+/),
            external: url.origin !== location.origin,
          };
        }));
      const external = links.filter((l) => l.external);
      assert.ok(external.length > 0, `${name}: no source link found`);
      for (const l of external) {
        assert.equal(l.target, '_blank', `${name}: ${l.href} should open in a new tab`);
        assert.ok(l.rel.includes('noopener') && l.rel.includes('noreferrer'), `${name}: ${l.href} rel=${l.rel.join(' ')}`);
      }

      // A source's link (absolute): "Get the data" opens the widget's own data/ page.
      const link = frame.locator('a[target=_blank][href^="http"]').filter({ visible: true }).first();
      const href = await link.evaluate((a) => a.href);
      const frameUrl = frame.url();
      const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await popup.waitForLoadState('load');
      assert.equal(popup.url(), href, `${name}: the popup should show the source`);
      assert.deepEqual(
        await popup.evaluate(() => ({ opener: window.opener === null, referrer: document.referrer })),
        { opener: true, referrer: '' },
        `${name}: the source page must get no opener and no referrer`,
      );
      assert.equal(outbound.find((o) => o.url === href)?.referer, null, `${name}: a Referer header was sent`);
      await popup.close();
      assert.equal(page.url(), hostUrl, `${name}: the host page navigated`);
      assert.equal(frame.url(), frameUrl, `${name}: the frame navigated`);
      assert.equal(context.pages().length, 1);
    }

    // No cookie, no storage, no request to another host than the host page and the widget.
    assert.deepEqual(await context.cookies(), []);
    for (const f of [page.mainFrame(), main, side]) {
      assert.deepEqual((await readSpy(f)).storage, [], `storage used in ${f.url()}`);
    }
    const allowed = new Set([host.origin, widget.origin]);
    assert.deepEqual(requestsBefore.filter((u) => !u.startsWith('data:') && !allowed.has(new URL(u).origin)), []);
    assert.deepEqual(rec.blockedRequests, []);
    // (Console errors are test 4's concern.)
  });
});

// ---------------------------------------------------------------------------------------
// 8. oEmbed

test('oembed.json is a valid rich response, linked statically from index.html', { timeout: TEST_TIMEOUT_MS }, async () => {
  const page = await fetch(widget.url);
  assert.equal(page.status, 200);
  const html = await page.text();
  const links = linkTags(html).filter(
    (l) => l.rel?.split(/\s+/).includes('alternate') && l.type === 'application/json+oembed',
  );
  assert.equal(links.length, 1, 'index.html should have one <link rel=alternate type=application/json+oembed>');
  assert.ok(links[0].href, 'the oEmbed link needs an href');

  const res = await fetch(new URL(links[0].href, widget.url));
  assert.equal(res.status, 200, `${links[0].href} should be served`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const o = await res.json();
  assert.equal(o.version, '1.0');
  assert.equal(o.type, 'rich');
  for (const k of ['title', 'provider_name', 'html']) {
    assert.equal(typeof o[k], 'string', `${k} should be a string`);
    assert.ok(o[k].trim().length > 0, `${k} should not be empty`);
  }
  for (const k of ['width', 'height']) {
    assert.ok(Number.isInteger(o[k]) && o[k] > 0, `${k} should be a positive integer (is ${o[k]})`);
  }
  assert.match(o.html, /<iframe\b[^>]*\bsrc="http[^"]*"[^>]*\bdata-phase-tracker\b[^>]*><\/iframe>/);
  assert.match(o.html, /<iframe\b[^>]*\btitle="[^"]+"/, 'the iframe needs a title');
  assert.match(o.html, /<script\b[^>]*\bsrc="http[^"]*\/embed\.js"[^>]*><\/script>/);
  const iframeSrc = /<iframe\b[^>]*\bsrc="([^"]*)"/.exec(o.html)[1];
  const scriptSrc = /<script\b[^>]*\bsrc="([^"]*)"/.exec(o.html)[1];
  assert.equal(new URL('embed.js', iframeSrc).href, scriptSrc, 'embed.js comes from beside the widget');
});
