// The reader's time zone changes nothing: deadlines are counted in the story's fixed offset
// (+03:00), so the widget shows the same countdowns, statuses, announcements and markup at
// the same instant whether the browser is in the machine's zone, America/Los_Angeles or
// Asia/Kolkata. Each zone's view is compared with the machine zone's, which ui.test.mjs
// checks against hand-derived text; nothing here hard-codes the widget's wording.
//
// Run: scripts/test.sh, or after `trunk build --release`: cd browser-tests && node --test timezones.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoConsoleErrors } from './lib/browser.mjs';
import { INSTANTS, openApp, startSuite, withFailureShot } from './lib/ui-helpers.mjs';

const TEST_TIMEOUT_MS = 90_000;

/** The machine's zone (no emulation: the reference), then the zones compared with it. */
const ZONES = [null, 'America/Los_Angeles', 'Asia/Kolkata'];
const zoneName = (zone) => zone ?? 'the machine zone';

let suite;

before(async () => {
  suite = await startSuite();
});

after(async () => {
  await suite?.close();
});

/**
 * What the widget shows: its markup (without the embed snippet's text area, which holds the
 * page's address), every deadline row, status and announcement; and, apart, the zone the
 * page runs in and its offset from UTC at `instant`, to prove the emulation took effect.
 */
function shown(page, instant) {
  return page.evaluate((at) => {
    const root = document.getElementById('phase-tracker');
    const copy = root.cloneNode(true);
    copy.querySelectorAll('textarea').forEach((el) => el.remove());
    const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      view: {
        html: copy.innerHTML,
        rows: [...root.querySelectorAll('li.deadline')].map(
          (li) => `${text(li.querySelector('.deadline-day'))} | ${text(li.querySelector('.deadline-time'))} | ${li.classList.contains('passed') ? 'passed' : 'ahead'}`,
        ),
        statuses: [...root.querySelectorAll('p.status')].map((p) => `${p.className} | ${text(p)}`),
        announced: [...root.querySelectorAll('p[role=status]')].map(text),
        banner: text(document.querySelector('.preview-banner')),
      },
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      offset: new Date(at).getTimezoneOffset(),
    };
  }, instant);
}

/** Opens the widget in `zone` (null: no emulation) with URL parameters and options. */
function openIn(zone, params, options = {}) {
  const context = zone ? { timezoneId: zone } : {};
  return openApp(suite, params, { ...options, context });
}

/** Asserts that every zone saw what the machine zone saw, and that the zones did differ. */
function assertSameEverywhere(seen, what) {
  const [reference, ...others] = seen;
  for (let i = 0; i < others.length; i++) {
    const zone = ZONES[i + 1];
    // (ICU may name a zone by its older alias, e.g. Asia/Calcutta; node and Chromium agree.)
    const canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    assert.equal(others[i].zone, canonical, `the page runs in ${zone}`);
    assert.deepEqual(others[i].view.rows, reference.view.rows, `${what}: deadline rows in ${zone}`);
    assert.deepEqual(others[i].view.statuses, reference.view.statuses, `${what}: statuses in ${zone}`);
    assert.deepEqual(others[i].view.announced, reference.view.announced, `${what}: announcements in ${zone}`);
    assert.equal(others[i].view.banner, reference.view.banner, `${what}: preview banner in ${zone}`);
    const [a, b] = [others[i].view.html, reference.view.html];
    if (a !== b) {
      let at = 0;
      while (a[at] === b[at]) at++;
      const around = (t) => JSON.stringify(t.slice(Math.max(0, at - 80), at + 80));
      assert.fail(`${what}: the markup in ${zone} differs at character ${at}:\n  ${zone}: ${around(a)}\n  machine zone: ${around(b)}`);
    }
  }
  // Los Angeles and Kolkata are never at the same offset, so at least one of them differs
  // from the machine's zone too: a view that followed the reader's zone would differ.
  assert.notEqual(others[0].offset, others[1].offset, `${what}: the emulated zones have different offsets`);
  assert.ok(reference.view.rows.length > 0, `${what}: the widget shows deadline rows`);
}

test('frozen instants: the same countdown and statuses in every time zone', { timeout: TEST_TIMEOUT_MS }, async () => {
  // (The seconds around the federal deadline are the live test's, below.)
  const cases = [
    [{ now: INSTANTS.lateNov2026, phase: 2 }, INSTANTS.lateNov2026],
    // A bare day is midnight in the story's zone, not the reader's.
    [{ now: '2025-10-01', phase: 1 }, INSTANTS.federalDeadline],
  ];
  for (const [params, instant] of cases) {
    // The zones side by side (one browser context each).
    const seen = await Promise.all(
      ZONES.map(async (zone) => {
        const rec = await openIn(zone, params);
        try {
          return await withFailureShot(rec, `timezones-${params.now}-${zoneName(zone)}`, async () => {
            const view = await shown(rec.page, instant);
            assertNoConsoleErrors(rec);
            return view;
          });
        } finally {
          await rec.close();
        }
      }),
    );
    assertSameEverywhere(seen, `now=${params.now}`);
  }
});

test('a live clock crosses the federal deadline at the same instant in every time zone', { timeout: TEST_TIMEOUT_MS }, async () => {
  // The steps of ui.test.mjs's live-clock test: 5 s and 1 s before midnight Baghdad time,
  // the crossing (announced), and 5 s after.
  const steps = [
    ['23:59:55', 300],
    ['23:59:59', 4_000],
    ['00:00:00', 1_000],
    ['00:00:05', 5_000],
  ];
  // Each zone's page, side by side, seen at each step.
  const byZone = await Promise.all(
    ZONES.map(async (zone) => {
      const rec = await openIn(zone, { phase: 1 }, { clock: '2025-09-30T23:59:30+03:00' });
      try {
        return await withFailureShot(rec, `timezones-live-${zoneName(zone)}`, async () => {
          await rec.page.clock.pauseAt(new Date('2025-09-30T23:59:55+03:00'));
          const views = [];
          for (const [, ms] of steps) {
            await rec.page.clock.runFor(ms);
            views.push(await shown(rec.page, INSTANTS.federalDeadline));
          }
          assertNoConsoleErrors(rec);
          return views;
        });
      } finally {
        await rec.close();
      }
    }),
  );
  const seen = steps.map((_, i) => byZone.map((views) => views[i]));
  for (let i = 0; i < steps.length; i++) assertSameEverywhere(seen[i], `live clock at ${steps[i][0]}`);
  // The crossing happened, in the machine zone and so in every zone (ui.test.mjs checks its
  // exact words): the federal panel's first deadline row is ahead at 23:59:59 and passed at
  // midnight Baghdad time, when the crossing is announced.
  const machine = (i) => seen[i][0].view;
  const firstRow = (i) => machine(i).rows[0].split(' | ').at(-1);
  assert.equal(firstRow(1), 'ahead', `23:59:59: ${machine(1).rows[0]}`);
  assert.equal(firstRow(2), 'passed', `00:00:00: ${machine(2).rows[0]}`);
  assert.ok(machine(1).announced.every((a) => a === ''), `nothing announced before: ${machine(1).announced}`);
  assert.ok(machine(2).announced.some((a) => a !== ''), 'the crossing is announced');
});
