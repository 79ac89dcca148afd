// The reader-first layout (issue 11): the answer in one phone screen, default heights, a
// timeline whose marks never overlap and can be reached, deep links that open and focus
// their item inside a cross-origin iframe, a print view with every disclosure open, and
// screenshots of each state at 360 and 1000 px in both colour schemes.
//
//   glance     in Chromium, Firefox and WebKit: at 360 × 740, without scrolling, the selected
//              phase's status (large, with its symbol), its deadline with the countdown, the
//              sources-disagree badge naming the positions, and the other phase's status in
//              its tab
//   heights    the page's height with every disclosure closed, at most 1,480 px at 360 px and
//              900 px at 1000 px, today (29 Nov 2026, a live clock) and at now=2025-09-01
//   timeline   at 280, 360, 600 and 1000 px: no two marks (or quarter labels) overlap, each
//              mark is focusable and named with its date and what happened, and selecting
//              one opens and focuses the evidence it stands for
//   deep links #claim-, #event- and #subject- open the right tab, disclosure and panel and
//              focus the item, in an iframe on another origin; the host page does not move
//   print      every disclosure's content shows, the controls do not
//
// Run: scripts/test.sh, or after `trunk build --release`: cd browser-tests && node --test glance.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoConsoleErrors, openPage, waitForMount } from './lib/browser.mjs';
import { forEachEngine } from './lib/each-engine.mjs';
import { serveStatic } from './lib/server.mjs';
import { appUrl, luminance, openApp, parseRgb, startSuite, waitFor, withFailureShot } from './lib/ui-helpers.mjs';

const TEST_TIMEOUT_MS = 90_000;
/** Today, for these tests: the day the data was last reviewed against the sources. */
const TODAY = '2026-11-29T12:00:00+03:00';
const HEIGHT_LIMITS = { 360: 1480, 1000: 900 };

let suite;

before(async () => {
  suite = await startSuite();
});

after(async () => {
  await suite?.close();
});

/** Where the glance's pieces end (their bottom edge in px) and whether each is displayed. */
function glanceBoxes(page, phase) {
  const other = phase === 1 ? 2 : 1;
  return page.evaluate(
    ({ phase, other }) => {
      const box = (selector) => {
        const el = document.querySelector(selector);
        if (!el || el.getClientRects().length === 0) return null;
        const r = el.getBoundingClientRect();
        return { bottom: Math.round(r.bottom), height: Math.round(r.height), text: el.textContent.trim() };
      };
      const status = document.querySelector(`#phase-panel-${phase} .status-text`);
      return {
        status: box(`#phase-panel-${phase} .status-text`),
        statusSize: status ? parseFloat(getComputedStyle(status).fontSize) : 0,
        symbol: box(`#phase-panel-${phase} .status-symbol`),
        deadline: box(`#phase-panel-${phase} li.deadline .deadline-day`),
        countdown: box(`#phase-panel-${phase} li.deadline .deadline-time`),
        badge: box(`#phase-panel-${phase} .countdown .badge`),
        otherStatus: box(`#tab-${other} .tab-status`),
      };
    },
    { phase, other },
  );
}

forEachEngine(
  'glance: at 360 × 740 the status, deadline, countdown, disagreement and the other phase show without scrolling',
  async ({ engine, openApp: open, t }) => {
    for (const phase of [1, 2]) {
      const page = await open({ phase }, { width: 360, height: 740 });
      await waitFor(() => page.evaluate(() => document.querySelector('.deadline-time')?.textContent.trim() ?? ''), (v) => v !== '', {
        message: 'the countdown to be filled',
      });
      const g = await glanceBoxes(page, phase);
      t.diagnostic(`${engine}, phase ${phase}: ${JSON.stringify(g)}`);
      for (const part of ['status', 'symbol', 'deadline', 'countdown', 'badge', 'otherStatus']) {
        assert.ok(g[part], `${engine}, phase ${phase}: ${part} is displayed`);
        assert.ok(g[part].text.length > 0, `${engine}, phase ${phase}: ${part} says something`);
        assert.ok(g[part].bottom <= 740, `${engine}, phase ${phase}: ${part} ends at ${g[part].bottom} px, below the first 740 px`);
      }
      assert.ok(g.statusSize >= 20, `${engine}: the status is in large type (${g.statusSize} px)`);
      assert.match(g.badge.text, /Sources disagree.*\(\d+ sources?\) · .*\(\d+ sources?\)/, 'the badge names the positions');
      assert.deepEqual(await page.errors(), []);
      // WebKit's driver runs one session at a time.
      await page.close();
    }
  },
  { timeout: TEST_TIMEOUT_MS },
);

test('heights: every disclosure closed, at most 1,480 px at 360 px and 900 px at 1000 px, today and at now=2025-09-01', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const measured = [];
  for (const width of [360, 1000]) {
    for (const [label, params, clock] of [
      ['today', {}, TODAY],
      ['now=2025-09-01', { now: '2025-09-01' }, undefined],
    ]) {
      const rec = await openApp(suite, params, { clock, context: { viewport: { width, height: 800 } } });
      try {
        const { height, open } = await rec.page.evaluate(() => ({
          height: document.documentElement.scrollHeight,
          open: document.querySelectorAll('#phase-tracker details[open]').length,
        }));
        assert.equal(open, 0, 'every disclosure is closed by default');
        measured.push(`${width} px, ${label}: ${height} px`);
        assert.ok(height <= HEIGHT_LIMITS[width], `${width} px, ${label}: ${height} px, over ${HEIGHT_LIMITS[width]}`);
        await rec.screenshot(`glance-height-${width}-${label.replace(/\W+/g, '-')}`);
        assertNoConsoleErrors(rec);
      } finally {
        await rec.close();
      }
    }
  }
  t.diagnostic(measured.join('; '));
});

/** The visible marks and quarter labels of the timeline, with their boxes. */
function timelineBoxes(page) {
  return page.evaluate(() => {
    const shown = (el) => el.getBoundingClientRect().width > 0;
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    return {
      marks: [...document.querySelectorAll('.tl a.mark')].filter(shown).map((a) => ({
        ...rect(a.querySelector('.hit')),
        name: a.getAttribute('aria-label'),
        href: a.getAttribute('href'),
        tabIndex: a.tabIndex,
      })),
      labels: [...document.querySelectorAll('.tl text.quarter')].map(rect),
      width: document.querySelector('.tl').getBoundingClientRect().width,
    };
  });
}

const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test('timeline: at 280, 360, 600 and 1000 px no two marks or quarter labels overlap, and every mark is named and reachable', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  for (const width of [280, 360, 600, 1000]) {
    const rec = await openApp(suite, {}, { clock: TODAY, context: { viewport: { width, height: 800 } } });
    try {
      await withFailureShot(rec, `glance-timeline-${width}`, async () => {
        const { marks, labels } = await timelineBoxes(rec.page);
        assert.ok(marks.length >= 2, `${width} px: marks are drawn (${marks.length})`);
        for (let i = 0; i < marks.length; i++) {
          for (let j = i + 1; j < marks.length; j++) {
            assert.ok(!overlap(marks[i], marks[j]), `${width} px: "${marks[i].name}" overlaps "${marks[j].name}"`);
          }
          assert.ok(marks[i].name && /\d{4}/.test(marks[i].name), `${width} px: a mark is named with its date: ${marks[i].name}`);
          assert.ok(marks[i].tabIndex >= 0, `${width} px: "${marks[i].name}" is reachable by keyboard`);
          assert.match(marks[i].href, /^#(claim|subject|event)-/, 'a mark leads to its evidence');
        }
        assert.ok(labels.length >= 8, `${width} px: a label at every quarter (${labels.length})`);
        for (let i = 1; i < labels.length; i++) {
          assert.ok(!overlap(labels[i - 1], labels[i]), `${width} px: quarter labels ${i - 1} and ${i} overlap`);
        }
        await rec.screenshot(`glance-timeline-${width}`);
      });
    } finally {
      await rec.close();
    }
  }
  // Selecting a mark (here by keyboard) opens and focuses the evidence it stands for.
  const rec = await openApp(suite, {}, { clock: TODAY });
  t.after(() => rec.close());
  const { page } = rec;
  const mark = page.locator('.tl a.mark:visible').first();
  const href = await mark.getAttribute('href');
  await mark.focus();
  await page.keyboard.press('Enter');
  await waitFor(() => page.evaluate(() => document.activeElement?.id ?? ''), (id) => `#${id}` === href, { message: `focus on ${href}` });
  assert.equal(await page.locator(href).isVisible(), true);
  await rec.screenshot('glance-timeline-mark-selected');
});

test('deep links: #claim-, #event- and #subject- select the tab, open the disclosure and focus the item inside a cross-origin iframe', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  // The host page is served from another origin (another port) than the widget.
  const host = await serveStatic(suite.dir, {
    extraFiles: {
      '/host.html': `<!doctype html><title>Article</title><p style="height:300px">Article text</p><iframe id="tracker" width="100%" height="1400" style="border:0" title="Tracker"></iframe>`,
    },
  });
  t.after(() => host.close());
  const cases = [
    // A claim inside a sources-disagree panel: its badge opens too.
    { hash: '#claim-C26', tab: 1, details: 'more-claims-federal', panel: 'disagree-subject-federal-completion' },
    // An event of the second phase.
    { hash: '#event-E13', tab: 2, details: 'more-events-kurdistan' },
    // A story-wide subject.
    { hash: '#subject-troops', tab: 1, details: 'more-context' },
  ];
  for (const c of cases) {
    const rec = await openPage(suite.browser, `${host.url}host.html`);
    try {
      await withFailureShot(rec, `glance-deep-link-${c.hash.slice(1)}`, async () => {
        const { page } = rec;
        assert.notEqual(new URL(host.url).origin, new URL(suite.server.url).origin, 'the widget is on another origin');
        await page.evaluate((src) => (document.getElementById('tracker').src = src), appUrl(suite.server, { now: TODAY }, c.hash));
        const frame = await (await page.waitForSelector('#tracker')).contentFrame();
        await waitForMount(frame, rec, 'the framed widget');
        const id = c.hash.slice(1);
        await waitFor(() => frame.evaluate(() => document.activeElement?.id ?? ''), (v) => v === id, { message: `focus on ${id}` });
        const state = await frame.evaluate(
          ({ tab, details, panel }) => ({
            selected: document.getElementById(`tab-${tab}`).getAttribute('aria-selected'),
            open: document.getElementById(details).open,
            panel: panel ? !document.getElementById(panel).hidden : true,
          }),
          c,
        );
        assert.deepEqual(state, { selected: 'true', open: true, panel: true }, `${c.hash}: ${JSON.stringify(state)}`);
        assert.equal(await frame.locator(c.hash).isVisible(), true, `${c.hash} is shown`);
        assert.equal(page.url(), `${host.url}host.html`, 'the host page did not navigate');
        assert.equal(await frame.evaluate(() => location.hash), c.hash, 'the address keeps the link');
        await rec.screenshot(`glance-deep-link-${id}`);
      });
    } finally {
      await rec.close();
    }
  }
});

test('print: every disclosure is open and the controls are hidden', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openApp(suite, { now: TODAY });
  t.after(() => rec.close());
  const { page } = rec;
  await page.emulateMedia({ media: 'print' });
  const state = await page.evaluate(() => ({
    bodies: [...document.querySelectorAll('#phase-tracker details .more-body')].map((b) => b.getClientRects().length > 0),
    panels: [...document.querySelectorAll('[role=tabpanel]')].map((p) => p.getClientRects().length > 0),
    controls: [...document.querySelectorAll('.tablist, button.badge, .embed-toggle')].filter((c) => c.getClientRects().length > 0).length,
  }));
  assert.ok(state.bodies.length >= 7, `the disclosures (${state.bodies.length})`);
  assert.ok(state.bodies.every(Boolean), `every disclosure's content prints: ${JSON.stringify(state.bodies)}`);
  assert.ok(state.panels.every(Boolean), 'both phases print');
  assert.equal(state.controls, 0, 'no controls print');
  assert.equal(await page.locator('#event-E10').isVisible(), true, 'an event inside a closed disclosure prints');
  await rec.screenshot('glance-print');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('#event-E10').isVisible(), false, 'on screen the disclosure stays closed');
});

test('screenshots of each state at 360 and 1000 px, light and dark', { timeout: TEST_TIMEOUT_MS }, async () => {
  for (const width of [360, 1000]) {
    for (const scheme of ['light', 'dark']) {
      for (const [name, params, prepare] of [
        ['phase-1', { phase: 1 }],
        ['phase-2', { phase: 2 }],
        ['badge-open', { phase: 2 }, (page) => page.locator('#phase-panel-2 .countdown button.badge').click()],
        [
          'disclosures-open',
          { phase: 1 },
          (page) => page.evaluate(() => document.querySelectorAll('#phase-tracker details').forEach((d) => (d.open = true))),
        ],
      ]) {
        const rec = await openApp(suite, params, { clock: TODAY, context: { viewport: { width, height: 740 }, colorScheme: scheme } });
        try {
          if (prepare) await prepare(rec.page);
          await rec.screenshot(`state-${name}-${width}-${scheme}`);
        } finally {
          await rec.close();
        }
      }
    }
  }
});

/** WCAG's contrast ratio of two [r, g, b] colours. */
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('timeline colours meet 3:1 against the background in both schemes (WCAG 1.4.11)', { timeout: TEST_TIMEOUT_MS }, async () => {
  for (const scheme of ['light', 'dark']) {
    const rec = await openApp(suite, { now: TODAY }, { context: { colorScheme: scheme } });
    try {
      const colours = await rec.page.evaluate(() => {
        const style = (selector, prop) => getComputedStyle(document.querySelector(selector))[prop];
        return {
          background: getComputedStyle(document.body).backgroundColor,
          'deadline window': style('.tl .window', 'fill'),
          deadline: style('.tl #tl-d', 'fill'),
          'completion reported': style('.tl #tl-c .done', 'fill'),
          'several marks': style('.tl .cluster, .key .cluster', 'stroke'),
          today: style('.tl .today', 'stroke'),
          track: style('.tl .track', 'stroke'),
        };
      });
      const background = parseRgb(colours.background);
      for (const [name, css] of Object.entries(colours)) {
        if (name === 'background') continue;
        const ratio = contrast(parseRgb(css), background);
        assert.ok(ratio >= 3, `${scheme}: ${name} (${css}) is ${ratio.toFixed(2)}:1 against ${colours.background}`);
      }
    } finally {
      await rec.close();
    }
  }
});
