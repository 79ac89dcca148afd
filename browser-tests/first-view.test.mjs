// The first view rendered at build time (src/ui/first_view.rs: the widget's own Leptos
// components, run with the ssr feature by the post_build hook): it is in dist/index.html
// before any script runs, it is the tracker the live widget draws, and the live widget
// replaces it without moving anything.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, assertNoConsoleErrors } from './lib/browser.mjs';
import { servedBuild } from './lib/suite.mjs';

const suite = servedBuild();

/**
 * The instant the build under test was made as of: scripts/test.sh builds with a fixed
 * SOURCE_DATE_EPOCH and passes it on to this suite, so the first view's facts do not depend
 * on the day the suite runs.
 */
function buildInstant() {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  assert.ok(
    Number.isInteger(epoch) && epoch > 0,
    `SOURCE_DATE_EPOCH (${process.env.SOURCE_DATE_EPOCH}) must be the build's instant: build with it and run this suite with it (scripts/test.sh does both)`,
  );
  return new Date(epoch * 1000);
}

/** The build's day in the story's zone (the data file's utc_offset), as the widget writes days. */
function buildDay() {
  const data = JSON.parse(readFileSync(new URL('../data/iraq-coalition.json', import.meta.url), 'utf8'));
  const [, sign, h, m] = /^([+-])(\d\d):(\d\d)$/.exec(data.meta.utc_offset);
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m)) * 60_000;
  const local = new Date(buildInstant().getTime() + offsetMs);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][local.getUTCMonth()];
  return `${local.getUTCDate()} ${month} ${local.getUTCFullYear()}`;
}

/** What the layout comparison measures: every visible block of the first view. */
const MEASURED = [
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

for (const width of [320, 600, 1000]) {
  test(`at ${width} px the live widget replaces the first view without moving anything`, { timeout: 60_000 }, async (t) => {
    const rec = await openPage(suite.browser, null, { context: { viewport: { width, height: 900 } } });
    t.after(() => rec.close());
    // The live widget starts at the build's instant, so both show the same facts.
    await rec.page.clock.install({ time: buildInstant() });
    // Hold the wasm back until the first view has been measured.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await rec.page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await rec.page.goto(suite.server.url, { waitUntil: 'domcontentloaded' });
    await rec.page.waitForSelector('#phase-panel-1 .status-box');
    assert.equal(await rec.page.locator('[data-app-mounted]').count(), 0, 'measured before the mount');
    const before = await boxes(rec.page);
    for (const [selector, found] of Object.entries(before)) {
      assert.ok(found.length > 0, `${selector} is in the first view`);
    }
    assert.match(await rec.page.locator('.today-label').innerText(), /^as of \d/);
    const textBefore = await trackerText(rec.page);
    await rec.screenshot(`first-view-${width}-before-mount`);

    release();
    await rec.page.waitForSelector('[data-app-mounted]', { state: 'attached', timeout: 20_000 });
    // The live countdown has filled its cells.
    await rec.page.waitForFunction(() =>
      [...document.querySelectorAll('#phase-panel-1 .deadline-time')].every((el) => el.textContent.trim() !== ''),
    );
    const after = await boxes(rec.page);
    assert.deepEqual(after, before);
    assert.match(await rec.page.locator('.today-label').innerText(), /^today \d/);
    assert.equal(await trackerText(rec.page), textBefore);
    assertNoConsoleErrors(rec);
  });
}

test('the first view is in index.html as served, with no countdown shown as live', async () => {
  const res = await fetch(suite.server.url);
  const html = await res.text();
  for (const expected of [
    'role="tablist"',
    '<span class="tab-name">Federal Iraq, 2025</span>',
    '<span class="tab-name">Kurdistan Region, 2026</span>',
    'class="deadline-day"',
    'id="more-claims-federal"',
  ]) {
    assert.ok(html.includes(expected), `index.html should hold ${expected}`);
  }
  assert.match(html, /class="deadline-clock" data-target="\d+" data-precision="(day|week|month|year)">\u00a0<\/span>/);
  assert.doesNotMatch(html, /class="deadline-clock"[^>]*>[^\u00a0<]/, 'every clock cell is empty');
  assert.doesNotMatch(html, /days? left|\d+ h \d+ min/);
  assert.ok(
    html.includes(`The facts above are as of ${buildDay()}, when this page was built`),
    `index.html should give the facts as of the build's day, ${buildDay()}: ${/The facts above are as of [^,<]*/.exec(html)?.[0]}`,
  );
});
