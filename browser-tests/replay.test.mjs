// The replay (issue 13) in Debian chromium: the "reported by" slider by keyboard (arrows a
// day, Page Up and Page Down a month, Home and End the first report and today; mirrored on
// the right-to-left pages) and by pointer (snapped to the days on which something changed),
// the previous- and next-change buttons, "Back to today" resuming the live countdown, the
// tracker at three replayed days equal to the tracker loaded with now= those days, one polite
// announcement per step, the day in the URL, and axe with no violation while replaying.
//
// Every test fixes "today" with Playwright's fake clock, so nothing depends on the date.
//
// Run: scripts/test.sh, or after `bash scripts/publish.sh`: cd browser-tests && node --test replay.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoConsoleErrors } from './lib/browser.mjs';
import { FIXTURE_DIST } from './lib/dist.mjs';
import { LANGUAGES, pageSuite, westernDigits } from './lib/languages.mjs';
import {
  INSTANTS,
  assertNoViolations,
  deadlineRows,
  openApp,
  runAxe,
  startSuite,
  waitFor,
  withFailureShot,
} from './lib/ui-helpers.mjs';

const TEST_TIMEOUT_MS = 90_000;
/** Today for these tests: 25 Nov 2026, 12:00 in Baghdad. */
const TODAY = INSTANTS.lateNov2026;
const SLIDER = '#replay-day';

let suite;

before(async () => {
  suite = await startSuite();
});

after(async () => {
  await suite?.close();
});

/** Opens the widget with "today" fixed at TODAY (or `clock`), with URL `params`. */
function openAt(params = {}, { clock = TODAY, on = suite, viewport } = {}) {
  return openApp(on, params, { clock, ...(viewport ? { context: { viewport } } : {}) });
}

/**
 * Counts the changes of the replay's polite region (each is one announcement), from the
 * moment it is called; read them with `announcements(page)`.
 */
function listen(page) {
  return page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector('.replay-say');
    new MutationObserver(() => window.__said.push(region.textContent)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}
const announcements = (page) => page.evaluate(() => window.__said);

/** The control's state: the slider's value text, range and value, the URL, the banner, the note. */
function replayState(page) {
  return page.evaluate((selector) => {
    const slider = document.querySelector(selector);
    const back = document.querySelector('.replay .replay-back');
    return {
      valueText: slider.getAttribute('aria-valuetext'),
      value: Number(slider.value),
      max: Number(slider.max),
      search: location.search,
      banner: document.querySelector('.preview-banner')?.textContent.trim() ?? null,
      backHidden: back.hidden,
      note: document.querySelector('.replay-note').textContent,
    };
  }, SLIDER);
}

/**
 * The change days the page carries (the build's notes, the "notes" entry of the table of the
 * tracker's states: a head of "key i,i*n,…" entries, each ended by U+E101, then the strings,
 * each after U+E100; src/core/regions.rs), as YYYY-MM-DD.
 */
const changeDays = (page) =>
  page.evaluate(() => {
    const [head, ...strings] = document.getElementById('tracker-states').textContent.split('\ue100');
    const entry = head.split('\ue101').find((e) => e.startsWith('notes '));
    // Its first state's string ("i,…", or "i*n,…" for a run of n states).
    const notes = strings[Number(entry.split(' ')[1].split(/[,*]/)[0])];
    return [...notes.matchAll(/^(\d{4}-\d\d-\d\d)\t/gm)].map((m) => m[1]);
  });

/** What the tracker shows: the blocks a replayed day changes, as text. */
function trackerView(page) {
  return page.evaluate(() => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    return {
      header: text(document.querySelector('.tracker-header')),
      tabs: [...document.querySelectorAll('[role=tab]')].map((t) => `${t.getAttribute('aria-selected')}: ${text(t)}`),
      panels: [...document.querySelectorAll('[role=tabpanel]')].map((p) => text(p.querySelector('.glance'))),
      countdowns: [...document.querySelectorAll('.timer')].map(text),
      evidence: [...document.querySelectorAll('.evidence summary, .tail summary')].map(text),
      timeline: text(document.querySelector('.timeline')),
      replay: {
        value: document.querySelector('#replay-day').getAttribute('aria-valuetext'),
        note: text(document.querySelector('.replay-note')),
      },
    };
  });
}

/** Presses `key` on the focused slider and waits until the slider's value text changes. */
async function press(page, key) {
  const before = await page.locator(SLIDER).getAttribute('aria-valuetext');
  await page.keyboard.press(key);
  return waitFor(() => replayState(page), (s) => s.valueText !== before, { message: `${key} to move the replay` });
}

test('the slider: arrows move a day, Page Up and Page Down a month, Home and End the first report and today', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openAt();
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'replay-keyboard', async () => {
    // Live: at today, named, nothing replayed.
    const slider = page.getByRole('slider', { name: 'Replay the reporting' });
    assert.equal(await slider.count(), 1, 'one slider, named by its label');
    let s = await replayState(page);
    assert.equal(s.valueText, 'today (live)');
    assert.equal(s.value, s.max);
    // 27 Sep 2024 (the first report) to 25 Nov 2026.
    assert.equal(s.max, 789);
    assert.equal(s.banner, null);
    assert.equal(s.backHidden, true);
    assert.equal(s.note, '', 'no note while live');
    await listen(page);

    await slider.focus();
    s = await press(page, 'Home');
    assert.equal(s.valueText, 'as reported by 27 Sep 2024');
    assert.equal(s.value, 0);
    assert.equal(s.search, '?now=2024-09-27');
    assert.match(s.banner, /^Replay: as reported by 27 Sep 2024\. Not live/);
    assert.equal(s.backHidden, false);
    assert.match(s.note, /^27 Sep 2024: A US–Iraq joint statement says/);

    s = await press(page, 'ArrowRight');
    assert.equal(s.valueText, 'as reported by 28 Sep 2024');
    assert.equal(s.note, '28 Sep 2024: no new report and no change of status that day.');
    s = await press(page, 'ArrowUp');
    assert.equal(s.valueText, 'as reported by 29 Sep 2024');
    s = await press(page, 'ArrowDown');
    assert.equal(s.valueText, 'as reported by 28 Sep 2024');
    s = await press(page, 'ArrowLeft');
    assert.equal(s.valueText, 'as reported by 27 Sep 2024');
    // Kept at the first report.
    await page.keyboard.press('ArrowLeft');
    assert.equal((await replayState(page)).valueText, 'as reported by 27 Sep 2024');
    s = await press(page, 'PageUp');
    assert.equal(s.valueText, 'as reported by 27 Oct 2024');
    assert.equal(s.search, '?now=2024-10-27');
    s = await press(page, 'PageDown');
    assert.equal(s.valueText, 'as reported by 27 Sep 2024');
    s = await press(page, 'End');
    assert.equal(s.valueText, 'today (live)');
    assert.equal(s.search, '', 'live again: no now= in the URL');
    assert.equal(s.banner, null);
    assert.equal(s.backHidden, true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'replay-day', 'focus stays on the slider');

    // One announcement per step (the refused ArrowLeft at the first day says it again):
    // Home, 5 arrows, Page Up, Page Down, End.
    const said = await announcements(page);
    assert.equal(said.length, 9, said.join('\n'));
    assert.match(said[0], /^27 Sep 2024: A US–Iraq joint statement/);
    assert.equal(said.at(-1), 'today (live)');
    assertNoConsoleErrors(rec);
  });
});

test('previous and next change, and "Back to today" in the control and in the banner', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openAt();
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'replay-buttons', async () => {
    const days = await changeDays(page);
    assert.ok(days.includes('2026-01-17') && days.includes('2026-10-01'), days.join(' '));
    await listen(page);
    const previous = page.locator('.replay-step[data-step=previous]');
    const next = page.locator('.replay-step[data-step=next]');
    // From today, the last change before it: the Kurdistan Region deadline passing.
    await previous.click();
    let s = await replayState(page);
    assert.equal(s.valueText, 'as reported by 1 Oct 2026');
    assert.equal(s.note, '1 Oct 2026: Kurdistan Region, 2026: No completion reported.');
    await previous.click();
    s = await replayState(page);
    assert.equal(s.valueText, 'as reported by 12 Mar 2026');
    await next.click();
    assert.equal((await replayState(page)).valueText, 'as reported by 1 Oct 2026');
    // After the last change, next is today.
    await next.click();
    assert.equal((await replayState(page)).valueText, 'today (live)');
    assert.equal((await announcements(page)).length, 4, 'one announcement per press');

    // Back to today, from the control and from the banner.
    await previous.click();
    const back = page.locator('.replay .replay-back');
    assert.equal(await back.isVisible(), true);
    await back.click();
    s = await replayState(page);
    assert.equal(s.valueText, 'today (live)');
    assert.equal(await back.isVisible(), false);
    // Focus goes to the slider, not lost with the hidden button (one task later).
    await waitFor(() => page.evaluate(() => document.activeElement?.id), (id) => id === 'replay-day', { message: 'focus on the slider' });
    await previous.click();
    await page.locator('.preview-banner button').click();
    s = await replayState(page);
    assert.equal(s.valueText, 'today (live)');
    assert.equal(s.banner, null);
    // The banner's button gives focus to the selected tab as the banner goes.
    await waitFor(() => page.evaluate(() => document.activeElement?.id), (id) => id === 'tab-1', { message: 'focus on the selected tab' });
    assertNoConsoleErrors(rec);
  });
});

test('a drag comes to rest on the nearest change day, announced once when released', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openAt();
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'replay-pointer', async () => {
    await listen(page);
    await page.locator(SLIDER).scrollIntoViewIfNeeded();
    let box = await page.locator(SLIDER).boundingBox();
    const { max } = await replayState(page);
    // Where the thumb's centre sits for a value (the thumb travels the track less its width).
    const thumb = 16;
    const xOf = (value) => box.x + thumb / 2 + ((box.width - thumb) * value) / max;
    let y = box.y + box.height / 2;
    const valueOf = (day) => Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse('2024-09-27T00:00:00Z')) / 86_400_000);
    // Grab the thumb at today and drag it to the middle of the quiet spring of 2025 (between
    // the reports of 31 Mar and 17 Aug 2025), nearer 31 Mar, through other days.
    await page.mouse.move(xOf(max), y);
    await page.mouse.down();
    for (const day of ['2026-06-15', '2025-12-01', '2025-05-10']) {
      await page.mouse.move(xOf(valueOf(day)), y, { steps: 4 });
    }
    let s = await replayState(page);
    assert.equal(s.valueText, 'as reported by 31 Mar 2025', 'the drag shows the nearest change day');
    assert.equal((await announcements(page)).length, 0, 'nothing is announced while dragging');
    await page.mouse.up();
    s = await waitFor(() => announcements(page), (a) => a.length > 0, { message: 'the announcement on release' });
    await page.waitForTimeout(200);
    const said = await announcements(page);
    assert.equal(said.length, 1, said.join('\n'));
    assert.match(said[0], /^31 Mar 2025: Iraq's Security Media Cell says/);
    assert.equal((await replayState(page)).search, '?now=2025-03-31');

    // Dragged back to the end: live. (The banner above has moved the slider down.)
    await page.locator(SLIDER).scrollIntoViewIfNeeded();
    box = await page.locator(SLIDER).boundingBox();
    y = box.y + box.height / 2;
    await page.mouse.move(xOf(valueOf('2025-03-31')), y);
    await page.mouse.down();
    await page.mouse.move(xOf(max) + 20, y, { steps: 6 });
    await page.mouse.up();
    s = await waitFor(() => replayState(page), (v) => v.valueText === 'today (live)', { message: 'live after dragging to the end' });
    assert.equal(s.search, '');
    assertNoConsoleErrors(rec);
  });
});

test('the tracker at three replayed days is the tracker loaded with now= those days', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openAt();
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'replay-matches-now', async () => {
    await page.locator(SLIDER).focus();
    await press(page, 'Home');
    // Stepped to each day with the next-change button from the first report.
    for (const [day, label] of [['2025-08-18', '18 Aug 2025'], ['2025-12-31', '31 Dec 2025'], ['2026-01-18', '18 Jan 2026']]) {
      while ((await replayState(page)).valueText !== `as reported by ${label}`) {
        await page.locator('.replay-step[data-step=next]').click();
      }
      const replayed = await trackerView(page);
      const loaded = await openAt({ now: day });
      try {
        assert.deepEqual(replayed, await trackerView(loaded.page), `the replay of ${day} against ?now=${day}`);
      } finally {
        await loaded.close();
      }
    }
    // And a reload keeps the replayed day (it is in the URL).
    const view = await trackerView(page);
    await page.reload({ waitUntil: 'load' });
    await waitFor(() => page.evaluate(() => document.getElementById('phase-tracker').hasAttribute('data-app-mounted')), Boolean, { message: 'the remount' });
    assert.deepEqual(await trackerView(page), view);
    assertNoConsoleErrors(rec);
  });
});

test('"Back to today" resumes the live countdown (fixture story, a deadline given to the day)', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const fixture = await startSuite(FIXTURE_DIST);
  t.after(() => fixture.close());
  const rec = await openAt({ phase: 2 }, { on: fixture, clock: '2026-06-30T23:59:30-05:00' });
  t.after(() => rec.close());
  const { page } = rec;
  const SOUTH = '#phase-panel-2';
  await withFailureShot(rec, 'replay-back-ticks', async () => {
    await page.clock.pauseAt(new Date('2026-06-30T23:59:40-05:00'));
    await page.clock.runFor(300);
    assert.equal((await deadlineRows(page, SOUTH))[0].time, '0 days 0 h 00 min 20 s left');
    // A replayed day stands still: the countdown as at its first second, no pause control.
    await page.locator('.replay-step[data-step=previous]').click();
    const frozen = (await deadlineRows(page, SOUTH))[0].time;
    assert.notEqual(frozen, '0 days 0 h 00 min 20 s left');
    assert.equal(await page.locator(`${SOUTH} button.pause`).count(), 0, 'no pause control while replaying');
    await page.clock.runFor(5_000);
    assert.equal((await deadlineRows(page, SOUTH))[0].time, frozen, 'a replay does not tick');
    // Back to today: the wall clock at once, ticking again.
    await page.locator('.replay .replay-back').click();
    await waitFor(async () => (await deadlineRows(page, SOUTH))[0].time, (v) => v === '0 days 0 h 00 min 15 s left', { message: 'the live countdown on return' });
    await page.clock.runFor(3_000);
    assert.equal((await deadlineRows(page, SOUTH))[0].time, '0 days 0 h 00 min 12 s left');
    assert.equal(await page.locator(`${SOUTH} button.pause`).count(), 1, 'the pause control is back');
    assertNoConsoleErrors(rec);
  });
});

test('axe finds no violation while replaying, at 360 and 1000 px', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1000, height: 800 }]) {
    const rec = await openAt({ now: '2026-01-18' }, { viewport });
    t.after(() => rec.close());
    await withFailureShot(rec, `replay-axe-${viewport.width}`, async () => {
      const { page } = rec;
      assert.match((await replayState(page)).note, /^18 Jan 2026: /);
      await page.locator('.replay-step[data-step=previous]').focus();
      assertNoViolations(await runAxe(page), `while replaying 17 Jan 2026 at ${viewport.width} px`);
      await rec.screenshot(`replay-${viewport.width}`);
      assertNoConsoleErrors(rec);
    });
  }
});

for (const language of LANGUAGES) {
  test(`right to left (${language.code} page): the slider runs from the right, so the left arrow goes forward`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await openAt({ now: '2026-01-17' }, { on: pageSuite(suite, language) });
    t.after(() => rec.close());
    const { page } = rec;
    await withFailureShot(rec, `replay-rtl-${language.code}`, async () => {
      const value = async () => (await replayState(page)).value;
      const start = await value();
      assert.equal(start, 477, '17 Jan 2026 is 477 days after the first report');
      await page.locator(SLIDER).focus();
      await page.keyboard.press('ArrowLeft');
      await waitFor(value, (v) => v === start + 1, { message: 'ArrowLeft to move a day forward' });
      await page.keyboard.press('ArrowRight');
      await waitFor(value, (v) => v === start, { message: 'ArrowRight to move a day back' });
      const s = await replayState(page);
      assert.equal(await page.locator(SLIDER).evaluate((el) => getComputedStyle(el).direction), 'rtl');
      // The value text in the page's language and digits names the day.
      assert.match(westernDigits(s.valueText), /17/);
      assert.notEqual(s.valueText, 'as reported by 17 Jan 2026');
      assertNoConsoleErrors(rec);
    });
  });
}
