// The release build (dist/) in Chromium, Firefox (firefox-esr) and WebKit (WebKitGTK's
// MiniBrowser): many readers are on iPhones, so the widget must work in WebKit too.
// In each engine, at the live clock (as a reader sees it):
//   smoke    the widget mounts, nothing reports an error, every resource came from the page's
//            origin (the .wasm among them); both phase tabs are there; a click and ArrowRight
//            each select the second tab and show its panel; each phase's status text and a
//            countdown cell are visible and not empty (within 3 s of selecting its tab: the
//            live clock may fill a panel just shown on its next tick)
//   replay   the replay slider's Home, Page Up and ArrowRight keys, the next-change button and
//            "Back to today" (the day in the URL, the banner while replaying)
//   layout   no horizontal overflow at 360 and 1000 px; the page's height at each width
//            (printed as a diagnostic, and all engines' heights written to
//            artifacts/engine-page-heights.json); screenshots artifacts/<engine>-<width>.png
// Structure only, never wording (the copy changes).
//
// Run: scripts/test.sh, or after `trunk build --release`: cd browser-tests && node --test engines.test.mjs
// PHASE_TRACKER_ENGINES=firefox,webkit runs only those engines; PHASE_TRACKER_DIST overrides
// the directory served (default: ../dist). lib/each-engine.mjs runs a body in every engine.

import { after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { forEachEngine } from './lib/each-engine.mjs';
import { ARTIFACTS_DIR } from './lib/engines.mjs';
import { horizontalOverflow, waitFor } from './lib/ui-helpers.mjs';

const WIDTHS = [360, 1000];
const VIEWPORT_HEIGHT = 800;
/** How long a panel just selected may take to show its status and countdown (the clock ticks each second). */
const FILL_TIMEOUT_MS = 3_000;

/** The tabs and panels: which tab is selected and focused, and which panels are displayed. */
function tabState(page) {
  return page.evaluate(() => {
    const tabs = [...document.querySelectorAll('#phase-tracker [role=tablist] [role=tab]')];
    return {
      tabs: tabs.map((tab) => {
        const panel = document.getElementById(tab.getAttribute('aria-controls'));
        return {
          id: tab.id,
          selected: tab.getAttribute('aria-selected'),
          named: tab.textContent.trim().length > 0,
          panel: panel?.id ?? null,
          panelRole: panel?.getAttribute('role') ?? null,
          panelShown: !!panel && !panel.hidden && panel.getClientRects().length > 0,
        };
      }),
      focused: document.activeElement?.id || null,
    };
  });
}

function assertSelected(engine, state, n, how) {
  const msg = `${engine}: after ${how}, tab ${n} should be selected and only its panel shown: ${JSON.stringify(state)}`;
  state.tabs.forEach((tab, i) => {
    const on = i === n - 1;
    assert.equal(tab.selected, on ? 'true' : 'false', msg);
    assert.equal(tab.panelShown, on, msg);
  });
}

/**
 * What a reader sees of the panel of the selected tab: its status text and its countdown
 * cells (.deadline-time), each with its visibility and whether it has text.
 */
function visiblePanel(page) {
  return page.evaluate(() => {
    const shown = (el) => !!el && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
    const panel = [...document.querySelectorAll('#phase-tracker [role=tabpanel]')].find(shown);
    if (!panel) return null;
    const status = panel.querySelector('.status-text');
    return {
      id: panel.id,
      status: { shown: shown(status), text: status?.textContent.trim() ?? null },
      countdown: [...panel.querySelectorAll('.countdown .deadline-time')].map((cell) => ({
        shown: shown(cell),
        text: cell.textContent.trim(),
      })),
    };
  });
}

/**
 * Waits (up to FILL_TIMEOUT_MS) until the panel `id` is shown with its status text and a
 * countdown cell filled in, then asserts it, naming what is missing. The live clock fills a
 * panel's cells on its next tick, so a tab just selected may show them empty for up to a second.
 */
async function assertPanelReadable(page, engine, id, t) {
  const started = Date.now();
  const readable = (p) =>
    p?.id === id && p.status.shown && !!p.status.text && p.countdown.some((cell) => cell.shown && cell.text);
  const panel = await waitFor(() => visiblePanel(page), readable, { timeout: FILL_TIMEOUT_MS }).catch(() =>
    visiblePanel(page),
  );
  const waited = Date.now() - started;
  if (readable(panel) && waited > 250) t.diagnostic(`${engine}: ${id} was readable ${waited} ms after it was selected`);
  const msg = `${engine}: ${id} after ${waited} ms: ${JSON.stringify(panel)}`;
  assert.equal(panel?.id, id, `${engine}: the panel shown should be ${id}: ${JSON.stringify(panel)}`);
  assert.ok(panel.status.shown && panel.status.text, `the status text should be visible and not empty: ${msg}`);
  assert.ok(
    panel.countdown.some((cell) => cell.shown && cell.text),
    `a countdown cell (.countdown .deadline-time) should be visible and not empty: ${msg}`,
  );
}

forEachEngine('smoke: mounts with no error, both phase tabs by click and by ArrowRight', async ({ engine, openApp, server, t }) => {
  const page = await openApp({}, { width: WIDTHS[1], height: VIEWPORT_HEIGHT });

  // Both tabs, each naming its phase and controlling a tab panel.
  const initial = await tabState(page);
  assert.deepEqual(
    initial.tabs.map((tab) => [tab.id, tab.named, tab.panel, tab.panelRole]),
    [
      ['tab-1', true, 'phase-panel-1', 'tabpanel'],
      ['tab-2', true, 'phase-panel-2', 'tabpanel'],
    ],
    `${engine}: the two phase tabs: ${JSON.stringify(initial)}`,
  );
  assertSelected(engine, initial, 1, 'loading');
  await assertPanelReadable(page, engine, 'phase-panel-1', t);

  // A click selects the second tab.
  await page.click('#tab-2');
  assertSelected(engine, await tabState(page), 2, 'a click on #tab-2');
  await assertPanelReadable(page, engine, 'phase-panel-2', t);

  // Back, then the keyboard: ArrowRight on the first tab selects (and focuses) the second.
  await page.click('#tab-1');
  assertSelected(engine, await tabState(page), 1, 'a click on #tab-1');
  await page.focus('#tab-1');
  await page.press('ArrowRight');
  const keyed = await tabState(page);
  assertSelected(engine, keyed, 2, 'ArrowRight on #tab-1');
  assert.equal(keyed.focused, 'tab-2', `${engine}: focus should move with the selection: ${JSON.stringify(keyed)}`);
  await assertPanelReadable(page, engine, 'phase-panel-2', t);

  // Nothing reported as an error; every resource from the page's origin, the .wasm among them.
  assert.deepEqual(await page.errors(), [], `${engine}: the page reported errors`);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const foreign = resources.filter((u) => new URL(u).origin !== server.origin);
  assert.deepEqual(foreign, [], `${engine}: requests to another origin than ${server.origin}`);
  assert.ok(
    resources.some((u) => new URL(u).pathname.endsWith('.wasm')),
    `${engine}: the page should have loaded its .wasm; resources were:\n  - ${resources.join('\n  - ')}`,
  );
});

/** The replay control's state: the slider's value and range, the URL's query, the banner, "Back to today". */
function replayState(page) {
  return page.evaluate(() => {
    const slider = document.getElementById('replay-day');
    return {
      value: Number(slider.value),
      max: Number(slider.max),
      valueText: slider.getAttribute('aria-valuetext'),
      search: location.search,
      banner: !!document.querySelector('.preview-banner'),
      back: !document.querySelector('.replay .replay-back').hidden,
      focused: document.activeElement?.id || null,
    };
  });
}

forEachEngine('replay: the slider by keyboard, the next-change and back-to-today buttons', async ({ engine, openApp }) => {
  const page = await openApp({}, { width: WIDTHS[1], height: VIEWPORT_HEIGHT });
  const live = await replayState(page);
  assert.ok(live.max > 0 && live.value === live.max && !live.banner && !live.back && live.search === '', `${engine}: live at first: ${JSON.stringify(live)}`);

  // Home: the first report, replayed (a banner, Back to today, now= in the URL).
  await page.focus('#replay-day');
  await page.press('Home');
  const first = await waitFor(() => replayState(page), (s) => s.value === 0, { message: `${engine}: Home to reach the first report` });
  assert.ok(
    first.banner && first.back && /^\?now=\d{4}-\d\d-\d\d$/.test(first.search) && first.valueText !== live.valueText,
    `${engine}: replaying the first report: ${JSON.stringify(first)}`,
  );
  // Page Up: a month later (28 to 31 days).
  await page.press('PageUp');
  const month = await waitFor(() => replayState(page), (s) => s.value > 0, { message: `${engine}: Page Up to move a month` });
  assert.ok(month.value >= 28 && month.value <= 31, `${engine}: Page Up moved ${month.value} days`);
  assert.equal(month.focused, 'replay-day', `${engine}: focus stays on the slider`);
  // ArrowRight: a day later (the pages here are left to right).
  await page.press('ArrowRight');
  await waitFor(() => replayState(page), (s) => s.value === month.value + 1, { message: `${engine}: ArrowRight to move a day` });
  // Next change: later still; Back to today: live again.
  await page.click('.replay-step[data-step=next]');
  await waitFor(() => replayState(page), (s) => s.value > month.value + 1, { message: `${engine}: the next-change button` });
  await page.click('.replay .replay-back');
  const back = await waitFor(() => replayState(page), (s) => s.value === s.max && !s.banner, { message: `${engine}: Back to today` });
  assert.ok(!back.back && back.search === '' && back.valueText === live.valueText, `${engine}: live again: ${JSON.stringify(back)}`);
  assert.deepEqual(await page.errors(), [], `${engine}: the page reported errors`);
});

/** engine -> width -> { document, widget } heights in CSS px. */
const heights = {};

after(() => {
  if (!Object.keys(heights).length) return;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(path.join(ARTIFACTS_DIR, 'engine-page-heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
});

forEachEngine(`layout: no horizontal overflow at ${WIDTHS.join(' and ')} px, page heights, screenshots`, async ({ engine, openApp, t }) => {
  // Loaded at the phone's width, as a reader on a phone would, then widened.
  const page = await openApp({}, { width: WIDTHS[0], height: VIEWPORT_HEIGHT });
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: VIEWPORT_HEIGHT });
    const viewport = await page.evaluate(() => [innerWidth, document.documentElement.clientWidth]);
    assert.deepEqual(viewport, [width, width], `${engine}: [innerWidth, clientWidth] at ${width} px`);

    const o = await horizontalOverflow(page);
    assert.ok(
      o.scrollWidth <= o.clientWidth,
      `${engine} at ${width} px: the page scrolls sideways (scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}); ` +
        `elements past the edge: ${o.offenders.join(', ') || 'none found'}`,
    );

    const h = await page.evaluate(() => ({
      document: document.documentElement.scrollHeight,
      widget: Math.round(document.getElementById('phase-tracker').getBoundingClientRect().height),
    }));
    (heights[engine] ??= {})[width] = h;
    const shot = await page.screenshot(`${engine}-${width}`);
    t.diagnostic(`${engine} at ${width} px: page ${h.document} px high (widget ${h.widget} px); ${path.basename(shot)}`);
  }
  assert.deepEqual(await page.errors(), [], `${engine}: the page reported errors`);
});
