// The countdown before the wasm (src/early_countdown.js, put into the loader by the build):
// while the wasm loads, the first view's clock cells already count, with the very text the
// wasm writes once it has mounted, so a reader never sees a blank cell and nothing changes
// when the wasm takes over. Checked at instants chosen around the deadlines (seconds before,
// on it, hours and days after, years on: numbers with a group separator) on the fixture
// story's page (English only: a deadline to the day, and windows of a week, a month and a
// year), and on the bundled story's Arabic and Sorani pages (windows of a month and a year).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForMount } from './lib/browser.mjs';
import { DIST, FIXTURE_DIST } from './lib/dist.mjs';
import { startSuite } from './lib/ui-helpers.mjs';
import { buildInstant, clockTexts } from './lib/first-view.mjs';

const NBSP = '\u00a0';
const DAY = 86_400;

let fixture;
let bundled;
before(async () => {
  [fixture, bundled] = await Promise.all([startSuite(FIXTURE_DIST), startSuite(DIST)]);
});
after(() => Promise.all([fixture?.close(), bundled?.close()]));

/**
 * The page at `url` with Date fixed at `at` (Unix seconds; timers still run), either with
 * the wasm held back for good (`wasm: false`: what the loader's countdown shows) or mounted
 * and its countdown filled (`wasm: true`). Returns the clock cells' texts.
 */
async function cellsAt(suite, url, at, { wasm }) {
  const rec = await openPage(suite.browser);
  try {
    await rec.page.clock.setFixedTime(new Date(at * 1000));
    if (!wasm) await rec.page.route('**/*.wasm', () => new Promise(() => {}));
    await rec.page.goto(url, { waitUntil: 'domcontentloaded' });
    if (wasm) await waitForMount(rec.page, rec);
    await rec.page.waitForFunction(
      (nbsp) => [...document.querySelectorAll('#phase-tracker .deadline-clock')].every((c) => c.textContent !== nbsp && c.textContent.trim() !== ''),
      NBSP,
      { timeout: 10_000 },
    );
    if (!wasm) assert.equal(await rec.page.locator('[data-app-mounted]').count(), 0, 'read before the wasm mounted');
    assert.deepEqual(rec.pageErrors, []);
    return await clockTexts(rec.page);
  } finally {
    await rec.close();
  }
}

/** The instants to compare at, from the cells in the page as served. */
async function instantsFor(url) {
  const html = await (await fetch(url)).text();
  const cells = [...html.matchAll(/class="deadline-clock" data-target="(\d+)" data-precision="(\w+)"/g)].map((m) => ({ target: Number(m[1]), precision: m[2] }));
  const day = cells.find((c) => c.precision === 'day');
  const windows = cells.filter((c) => c.precision !== 'day');
  assert.ok(windows.length, `${url}: the first view has a window: ${JSON.stringify(cells)}`);
  const w = windows[windows.length - 1].target;
  const built = Math.floor(buildInstant().getTime() / 1000);
  return [
    ...(day
      ? [
          day.target - (100 * DAY + 3 * 3600 + 4 * 60 + 5), // 100 days 3 h 04 min 05 s left
          day.target - 5, // 0 days … 05 s left
          day.target + 2 * 3600 + 3 * 60, // passed 2 h 03 min ago
          day.target + DAY + 1, // passed 1 day ago
        ]
      : []),
    w - 3 * DAY, // the window closes in 2 days (its last day is the one before w)
    w - 1, // closes today
    w, // closed today
    built, // the build's instant
    built + 1234 * DAY, // years on: four-digit counts
  ];
}

const PAGES = [
  { code: 'en', folder: '', suite: () => fixture },
  { code: 'ar', folder: 'ar/', suite: () => bundled },
  { code: 'ckb', folder: 'ckb/', suite: () => bundled },
];

for (const { code, folder, suite: which } of PAGES) {
  test(`${code}: before the wasm, the clock cells count with the wasm's own texts`, { timeout: 180_000 }, async () => {
    const suite = which();
    const url = `${suite.server.url}${folder}`;
    const seen = new Set();
    for (const at of await instantsFor(url)) {
      const [early, live] = await Promise.all([cellsAt(suite, url, at, { wasm: false }), cellsAt(suite, url, at, { wasm: true })]);
      const common = Object.keys(early).filter((k) => k in live);
      assert.ok(common.length > 0, `at ${at}: no clock cell in both (${Object.keys(early)} / ${Object.keys(live)})`);
      const when = new Date(at * 1000).toISOString();
      for (const key of common) {
        assert.equal(early[key], live[key], `${code} at ${when}, cell ${key}: the loader's countdown and the wasm's differ`);
        seen.add(early[key]);
      }
    }
    const texts = [...seen];
    if (code === 'en') {
      // Every kind of reading was compared.
      for (const kind of [/^\d+ days 3 h 04 min 05 s left$/, /^0 days 0 h 00 min 05 s left$/, /^passed 2 h 03 min ago$/, /^passed 1 day ago$/, /^window closes in 2 days$/, /^window closes today$/, /^window closed today$/, /^window closed \d{4} days ago$/]) {
        assert.ok(texts.some((s) => kind.test(s)), `no reading like ${kind} among ${JSON.stringify(texts)}`);
      }
    } else {
      // Windows closing and closed, in the language's own digits, grouped (U+066C) where a
      // count has four.
      assert.ok(texts.length >= 4, JSON.stringify(texts));
      assert.ok(texts.every((s) => !/[0-9]/.test(s)), `Western digits in ${JSON.stringify(texts)}`);
      assert.ok(texts.some((s) => /[\u0660-\u0669]\u066c[\u0660-\u0669]{3}/.test(s)), `no grouped four-digit count in ${JSON.stringify(texts)}`);
    }
  });
}

test('while a day is replayed (now=), the loader leaves the cells to the wasm', async (t) => {
  const rec = await openPage(fixture.browser);
  t.after(() => rec.close());
  await rec.page.route('**/*.wasm', () => new Promise(() => {}));
  await rec.page.goto(`${fixture.server.url}?now=2026-01-10`, { waitUntil: 'load' });
  await rec.page.waitForTimeout(1_200);
  const texts = Object.values(await clockTexts(rec.page));
  assert.ok(texts.length > 0 && texts.every((s) => s === NBSP), JSON.stringify(texts));
});
