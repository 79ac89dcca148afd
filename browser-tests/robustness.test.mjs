// Robustness of the release build: the page survives a wasm load failure with its static
// facts readable, and a soak with a fast-forwarded clock crosses every deadline in the
// dataset with the right state at each crossing and no console error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoConsoleErrors } from './lib/browser.mjs';
import { servedBuild } from './lib/suite.mjs';


const suite = servedBuild();

test('a failed wasm load leaves the static facts readable and says the countdown is unavailable', async (t) => {
  const rec = await openPage(suite.browser);
  t.after(() => rec.close());
  await rec.page.route('**/*.wasm', (route) => route.abort('failed'));
  await rec.page.goto(suite.server.url);
  const note = rec.page.locator('#boot-note');
  await note.filter({ hasText: 'live countdown is unavailable' }).waitFor({ timeout: 10_000 });
  const facts = rec.page.locator('.static-facts');
  assert.ok(await facts.isVisible(), 'the static facts stay visible');
  const text = await facts.innerText();
  for (const expected of ['Federal Iraq, 2025', 'Kurdistan Region, 2026', 'Last reviewed']) {
    assert.ok(text.includes(expected), `static facts should include ${expected}: ${text}`);
  }
  assert.equal(await rec.page.locator('[data-app-mounted]').count(), 0);
  assert.equal(await rec.page.locator('#phase-tracker').getAttribute('aria-busy'), 'false');
  await rec.screenshot('robustness-wasm-failed');
});

/** Text of a locator once the app has rendered it. */
const textOf = (page, selector) => page.locator(selector).first().innerText();

/** The deadline rows of a panel as "day|time|passed?" strings. */
async function rows(page, panel) {
  return page.locator(`${panel} li.deadline`).evaluateAll((lis) =>
    lis.map(
      (li) =>
        `${li.querySelector('.deadline-day').textContent}|${li.querySelector('.deadline-time').textContent}|${li.classList.contains('passed')}`,
    ),
  );
}

test('soak: a fast-forwarded clock crosses every deadline with the right state', { timeout: 120_000 }, async (t) => {
  const rec = await openPage(suite.browser);
  t.after(() => rec.close());
  const { page } = rec;
  // Live clock (no now=), installed before the federal deadline.
  await page.clock.install({ time: new Date('2025-09-30T23:59:50+03:00') });
  await page.goto(suite.server.url);
  await page.waitForSelector('[data-app-mounted]', { state: 'attached' });
  await page.clock.runFor(1_000);

  const federal = '#phase-panel-1';
  const kurdistan = '#phase-panel-2';
  assert.equal(await textOf(page, `${federal} .status-text`), 'Under way');
  assert.match((await rows(page, federal))[0], /^30 Sep 2025\|0 days 0 h 00 min (0[89]|10) s left\|false$/);

  // 1. The federal deadline passes at midnight Baghdad time, without a reload.
  await page.clock.runFor(10_000);
  assert.match((await rows(page, federal))[0], /^30 Sep 2025\|passed 0 h 00 min ago\|true$/);
  assert.equal(await textOf(page, `${federal} .status-text`), 'Deadline passed, no completion reported');
  assert.match(
    await page.locator(`${federal} p[role=status]`).innerText(),
    /The deadline of 30 Sep 2025 has now passed\./,
  );

  // 2. Seven simulated days of ticking, an hour at a time.
  for (let hour = 0; hour < 7 * 24; hour++) {
    await page.clock.fastForward('01:00:00');
  }
  await page.clock.runFor(1_000);
  assert.match((await rows(page, federal))[0], /^30 Sep 2025\|passed 7 days ago\|true$/);

  // 3. Rudaw reports the federal phase complete on 26 Nov 2025.
  await page.clock.setSystemTime(new Date('2025-11-25T23:59:58+03:00'));
  await page.clock.runFor(1_000);
  assert.equal(await textOf(page, `${federal} .status-text`), 'Deadline passed, no completion reported');
  await page.clock.runFor(3_000);
  assert.equal(await textOf(page, `${federal} .status-text`), 'Reported completed');
  assert.equal(await textOf(page, `${kurdistan} .status-text`), 'Under way');

  // 4. The Kurdistan deadline most sources give passes on 1 Oct 2026.
  await page.clock.setSystemTime(new Date('2026-09-30T23:59:58+03:00'));
  await page.clock.runFor(1_000);
  assert.equal(await textOf(page, `${kurdistan} .status-text`), 'Under way');
  await page.clock.runFor(3_000);
  assert.equal(await textOf(page, `${kurdistan} .status-text`), 'Deadline passed, no completion reported');
  const afterSeptember = await rows(page, kurdistan);
  assert.match(afterSeptember[0], /^30 Sep 2026\|passed 0 h 00 min ago\|true$/);
  assert.match(afterSeptember[1], /^31 Dec 2026\|91 days 23 h 59 min 5[6-9] s left\|false$/);

  // 5. The last deadline (The New Arab's end of 2026, and "2026") passes on 1 Jan 2027.
  await page.clock.setSystemTime(new Date('2026-12-31T23:59:58+03:00'));
  await page.clock.runFor(3_000);
  const afterAll = await rows(page, kurdistan);
  assert.ok(afterAll.every((r) => r.endsWith('|true')), afterAll.join('\n'));
  assert.match(await textOf(page, `${kurdistan} .status-detail`), /Every reported deadline has passed \(11 claims\)/);

  await rec.screenshot('robustness-soak-end');
  assertNoConsoleErrors(rec);
});
