// The first view rendered at build time, against the live widget that replaces it: the boxes
// of every visible block, the text, and the layout shifts Chromium records, measured with the
// wasm held back and again once the widget has mounted. first-view.test.mjs runs it on the
// English page, languages.test.mjs on each other language's.
//
//   const run = await firstViewThenLive(browser, url, { width: 320, shot: 'first-view-320' });
//   assertNothingMoved(run.before, run.after, '320 px');   // nothing moved
//   assert.equal(run.textAfter, run.textBefore);     // the same strings
//   await run.rec.close();

import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';

/**
 * The instant the build under test was made as of: scripts/test.sh builds with a fixed
 * SOURCE_DATE_EPOCH and passes it on to the suite, so the first view's facts do not depend
 * on the day the suite runs.
 */
export function buildInstant() {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  assert.ok(
    Number.isInteger(epoch) && epoch > 0,
    `SOURCE_DATE_EPOCH (${process.env.SOURCE_DATE_EPOCH}) must be the build's instant: build with it and run this suite with it (scripts/test.sh does both)`,
  );
  return new Date(epoch * 1000);
}

/** What the layout comparison measures: every visible block of the first view. */
export const MEASURED = [
  '.title', '.dek', '.tracker-header .dates', '#tab-1', '#tab-2', '.timeline', '.tl a.mark',
  '#phase-panel-1 .status-row', '#phase-panel-1 .countdown h2', '#phase-panel-1 li.deadline',
  '#phase-panel-1 .deadline-day', '#phase-panel-1 .deadline-time', '#phase-panel-1 .badge',
  '#phase-panel-1 details.more', '#phase-panel-1 .subject', '#more-context', '.tracker-footer',
];

/** Boxes of every element MEASURED matches, rounded to half a pixel. */
function boxes(page) {
  return page.evaluate((selectors) => {
    const r = (n) => Math.round(n * 2) / 2;
    const out = {};
    for (const s of selectors) {
      out[s] = [...document.querySelectorAll(s)].map((el) => {
        const b = el.getBoundingClientRect();
        return `${r(b.x)},${r(b.y)} ${r(b.width)}x${r(b.height)}`;
      });
    }
    return out;
  }, MEASURED);
}

/**
 * The tracker's text, leaving out what only the live widget can know: the countdown cells,
 * the axis's "today" label ("as of" before), the embed snippet (the page's own address) and
 * the loading note.
 */
function trackerText(page) {
  return page.evaluate(() => {
    const copy = document.getElementById('phase-tracker').cloneNode(true);
    copy.querySelectorAll('.deadline-time, .today-label, textarea, #boot-note, noscript').forEach((el) => el.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

/**
 * Every clock cell's text in the tracker, keyed by its deadline and precision
 * ("1759266000/month"), in document order: the loader's countdown fills them before the
 * wasm, the wasm's ticker after.
 */
export function clockTexts(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#phase-tracker .deadline-clock')].map((c) => [`${c.dataset.target}/${c.dataset.precision}`, c.textContent]),
    ),
  );
}

/**
 * Throws unless `after` (the live widget's boxes) equals `before` (the first view's), naming
 * each block that moved or changed size and its box before and after ("x,y wxh").
 */
export function assertNothingMoved(before, after, where) {
  const moved = Object.keys({ ...before, ...after })
    .filter((s) => JSON.stringify(before[s]) !== JSON.stringify(after[s]))
    .map((s) => `  ${s}: ${(before[s] ?? []).join(' | ')}  ->  ${(after[s] ?? []).join(' | ')}`);
  assert.deepEqual(
    moved,
    [],
    `${where}: the live widget moved ${moved.length} block(s) of the first view when it replaced it (a layout shift):\n${moved.join('\n')}`,
  );
}

/** Records every layout shift from the start of the page (run before any script). */
function recordLayoutShifts() {
  window.__layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__layoutShifts.push({
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        sources: (e.sources ?? []).map((s) => {
          const n = s.node;
          const name = n?.nodeType === 1 ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}` : String(n?.nodeName);
          return `${name} moved from ${JSON.stringify(s.previousRect)} to ${JSON.stringify(s.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Opens `url` at `width` px with the page's clock at the build's instant (so the live widget
 * shows the facts the first view shows) and the wasm held back; measures the first view
 * (`before`, `textBefore`, `todayBefore`: the axis's today label, `clocksBefore`: the
 * clock cells' texts, [`clockTexts`], which the loader's countdown has filled), saves a screenshot named
 * `shot` when given, releases the wasm, waits for the mount and the countdown, and measures
 * again (`after`, `textAfter`, `todayAfter`, `clocksAfter`). `shifts`: the layout shifts recorded from the
 * start, with their sum `cls`. The caller closes `rec`.
 */
export async function firstViewThenLive(browser, url, { width, height = 900, shot } = {}) {
  const rec = await openPage(browser, null, { context: { viewport: { width, height } } });
  try {
    await rec.context.addInitScript(recordLayoutShifts);
    // The live widget starts at the build's instant, so both show the same facts.
    await rec.page.clock.install({ time: buildInstant() });
    // Hold the wasm back until the first view has been measured.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await rec.page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await rec.page.goto(url, { waitUntil: 'domcontentloaded' });
    await rec.page.waitForSelector('#phase-panel-1 .status-box');
    assert.equal(await rec.page.locator('[data-app-mounted]').count(), 0, 'measured before the mount');
    const before = await boxes(rec.page);
    for (const [selector, found] of Object.entries(before)) {
      assert.ok(found.length > 0, `${selector} is in the first view`);
    }
    const todayBefore = await rec.page.locator('.today-label').innerText();
    const textBefore = await trackerText(rec.page);
    const clocksBefore = await clockTexts(rec.page);
    if (shot) await rec.screenshot(shot);

    release();
    await rec.page.waitForSelector('[data-app-mounted]', { state: 'attached', timeout: 20_000 });
    // Every phase drawn (the phases not open at start come one task after the mount: as many
    // clock cells as the first view has), and the live countdown has filled its cells.
    await rec.page.waitForFunction(
      (cells) => {
        const times = [...document.querySelectorAll('#phase-tracker .deadline-time')];
        return document.querySelectorAll('#phase-tracker .deadline-clock').length === cells && times.every((el) => el.textContent.trim() !== '');
      },
      Object.keys(clocksBefore).length,
    );
    const after = await boxes(rec.page);
    const todayAfter = await rec.page.locator('.today-label').innerText();
    const textAfter = await trackerText(rec.page);
    const clocksAfter = await clockTexts(rec.page);
    // Layout shift entries arrive in a task of their own: a moment of real time.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const shifts = await rec.page.evaluate(() => window.__layoutShifts);
    const cls = shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
    return { rec, before, after, textBefore, textAfter, todayBefore, todayAfter, clocksBefore, clocksAfter, shifts, cls };
  } catch (err) {
    await rec.close().catch(() => {});
    throw err;
  }
}
