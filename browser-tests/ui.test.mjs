// UI tests of the release build (dist/) in Debian chromium: the phase tabs (mouse and
// keyboard), the countdown's exact text at known instants, a live clock crossing a deadline
// without a reload (and the pause control), the sources-disagree badge, layout at three
// widths, both colour schemes, and compact mode.
//
// Every test fixes the instant, with now= or Playwright's fake clock, so nothing depends on
// today's date. Screenshots of the states tested go to browser-tests/artifacts/ui-*.png.
//
// Run: scripts/test.sh, or after `trunk build --release`: cd browser-tests && node --test ui.test.mjs
// PHASE_TRACKER_DIST overrides the directory served (default: ../dist); the tests serve a
// copy of it taken at start, so a concurrent rebuild cannot change files mid-run.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoConsoleErrors, assertSameOrigin } from './lib/browser.mjs';
import { FIXTURE_DIST } from './lib/dist.mjs';
import {
  INSTANTS,
  activeElement,
  assertSelected,
  brokenWords,
  deadlineRows,
  horizontalOverflow,
  luminance,
  openApp,
  openEvery,
  panelStatus,
  parseRgb,
  pressTabKeys,
  startSuite,
  tabKeySteps,
  tabState,
  waitFor,
  withFailureShot,
} from './lib/ui-helpers.mjs';

const TEST_TIMEOUT_MS = 60_000;
const FEDERAL = '#phase-panel-1';
const KURDISTAN = '#phase-panel-2';

let suite;

before(async () => {
  suite = await startSuite();
});

after(async () => {
  await suite?.close();
});

test('tabs: the tab list is wired, deep links open a tab, and a click selects', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openApp(suite, { now: INSTANTS.lateNov2026 });
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'ui-tabs-click', async () => {
    // Structure.
    const wiring = await page.evaluate(() => {
      const list = document.querySelector('#phase-tracker [role=tablist]');
      return {
        tabs: [...list.querySelectorAll('[role=tab]')].map((b) => ({
          id: b.id,
          text: b.querySelector('.tab-name')?.textContent.trim(),
          status: b.querySelector('.tab-status')?.textContent.trim(),
          controls: b.getAttribute('aria-controls'),
          panelRole: document.getElementById(b.getAttribute('aria-controls'))?.getAttribute('role'),
          panelLabelledBy: document.getElementById(b.getAttribute('aria-controls'))?.getAttribute('aria-labelledby'),
        })),
      };
    });
    assert.deepEqual(wiring.tabs, [
      // Each tab names its phase and that phase's status, so both statuses show at a glance.
      { id: 'tab-1', text: 'Federal Iraq, 2025', status: '✓ Completion reported', controls: 'phase-panel-1', panelRole: 'tabpanel', panelLabelledBy: 'tab-1' },
      { id: 'tab-2', text: 'Kurdistan Region, 2026', status: '! No completion reported', controls: 'phase-panel-2', panelRole: 'tabpanel', panelLabelledBy: 'tab-2' },
    ]);

    // Default: the first tab, and the fragment is not set until the reader selects.
    const initial = await tabState(page);
    assert.equal(initial.tab1.selected, 'true');
    assert.equal(initial.tab2.panelHidden, true);
    assert.equal(initial.hash, '', 'no fragment before any selection');

    // Click the second tab: selected, its panel shown, the other hidden, #phase-2 replaced
    // into the URL without a new history entry.
    const historyBefore = await page.evaluate(() => history.length);
    await page.click('#tab-2');
    assertSelected(await tabState(page), 2);
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'replaceState, not pushState');
    assert.ok(await page.locator(`${KURDISTAN} .countdown`).isVisible());
    assert.ok(!(await page.locator(`${FEDERAL} .countdown`).isVisible()));
    await rec.screenshot('ui-tabs-kurdistan-selected');

    // And back.
    await page.click('#tab-1');
    assertSelected(await tabState(page), 1);
    await rec.screenshot('ui-tabs-federal-selected');
    assertNoConsoleErrors(rec);
  });

  // Deep links: #phase-2 and phase=2 open the second tab.
  for (const [params, hash] of [
    [{ now: INSTANTS.lateNov2026 }, '#phase-2'],
    [{ now: INSTANTS.lateNov2026, phase: 2 }, ''],
  ]) {
    const deep = await openApp(suite, params, { hash });
    try {
      const state = await tabState(deep.page);
      assert.equal(state.tab2.selected, 'true', `${deep.page.url()} should open tab 2: ${JSON.stringify(state)}`);
      assert.equal(state.tab1.panelHidden, true);
      assert.equal(state.tab2.panelHidden, false);
      assertNoConsoleErrors(deep);
    } finally {
      await deep.close();
    }
  }
});

test('tabs: arrow keys, Home and End move selection and focus, wrapping around', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openApp(suite, { now: INSTANTS.lateNov2026 });
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'ui-tabs-keyboard', async () => {
    await page.focus('#tab-1');
    assert.equal((await activeElement(page)).id, 'tab-1');

    await pressTabKeys(page, tabKeySteps('ltr'));

    // Tab leaves the tab list (roving tabindex: only the selected tab is a tab stop).
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    const next = await activeElement(page);
    assert.notEqual(next.id, 'tab-1', 'Tab must not stop on the unselected tab');
    assert.notEqual(next.id, 'tab-2', 'Tab moves out of the tab list');
    assert.equal(next.body, false, `focus went to <body> after the tab list: ${JSON.stringify(next)}`);
    await rec.screenshot('ui-tabs-keyboard-end');
    assertNoConsoleErrors(rec);
  });
});

test('countdown: exact text for both phases at frozen instants, at the precision the sources gave', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  // Late November 2026.
  const rec = await openApp(suite, { now: INSTANTS.lateNov2026, phase: 2 });
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'ui-countdown-nov-2026', async () => {
    assert.match(
      await page.locator('.preview-banner').innerText(),
      /^Replay: as reported by 25 Nov 2026\b/,
      'a replayed day (now=) shows the replay banner',
    );
    assert.deepEqual(await panelStatus(page, KURDISTAN), { text: 'No completion reported', kind: ['deadline-passed'] });
    // Which deadline passed and which is still ahead, with their sources, and the line that
    // says coverage has gone quiet.
    assert.equal(
      (await page.locator(`${KURDISTAN} .status-detail`).innerText()).trim(),
      'Deadline passed: September 2026 (8 sources). Still ahead: end of 2026 (2 sources).\nNo report on this phase since 12 Mar 2026.',
    );
    // A month and a year, never a day: windows counted in days.
    assert.deepEqual(await deadlineRows(page, KURDISTAN), [
      { day: 'September 2026', precision: 'month given, no day', time: 'window closed 55 days ago', passed: true },
      { day: 'end of 2026', precision: 'year given, no day', time: 'window closes in 36 days', passed: false },
    ]);
    // The floor is listed apart, never counted down.
    assert.match(await page.locator(`${KURDISTAN} .floors`).innerText(), /^at least until September 2026 \(a floor, not a deadline\) Rudaw/);
    assert.deepEqual(await panelStatus(page, FEDERAL), { text: 'Completion reported', kind: ['completed'] });
    assert.deepEqual(
      (await deadlineRows(page, FEDERAL)).map((r) => r.time),
      ['window closed 420 days ago', 'window closed 328 days ago'],
    );
    assert.deepEqual(
      await page.locator(`${FEDERAL} .finish`).allInnerTexts(),
      ['completion reported 57 to 110 days after', 'completion reported between 35 days before and 18 days after'],
    );

    // Timer semantics; no pause control, since no deadline of this story ticks by the second.
    const timer = page.locator(`${KURDISTAN} .countdown [role=timer]`);
    assert.equal(await timer.count(), 1);
    assert.equal(await page.locator('#phase-tracker button.pause').count(), 0, 'no pause button without a ticking countdown');
    assert.equal((await page.locator(`${KURDISTAN} p[role=status]`).textContent()).trim(), '', 'nothing announced on load');
    // A row with more than two sources folds them away; each names its sources with links.
    const folded = page.locator(`${KURDISTAN} li.deadline`).first().locator('details.row-sources');
    assert.equal((await folded.locator('summary').innerText()).trim(), '8 sources');
    assert.equal(await folded.locator('.source a').count(), 8);
    assert.ok((await page.locator(`${KURDISTAN} li.deadline`).nth(1).locator('.sources a').count()) > 0);

    await rec.screenshot('ui-countdown-kurdistan-2026-11-25');
    assertNoConsoleErrors(rec);
  });

  // Two seconds before September 2025 ends, and the instant it has.
  const cases = [
    [INSTANTS.federalMinus2s, { day: 'September 2025', precision: 'month given, no day', time: 'window closes today', passed: false }, 'Start reported', 'started'],
    [INSTANTS.federalDeadline, { day: 'September 2025', precision: 'month given, no day', time: 'window closed today', passed: true }, 'No completion reported', 'deadline-passed'],
  ];
  for (const [now, row, status, kind] of cases) {
    const r = await openApp(suite, { now, phase: 1 });
    try {
      await withFailureShot(r, `ui-countdown-federal-${now}`, async () => {
        assert.deepEqual(await deadlineRows(r.page, FEDERAL), [row], `federal countdown at ${now}`);
        assert.deepEqual(await panelStatus(r.page, FEDERAL), { text: status, kind: [kind] }, `federal status at ${now}`);
        await r.screenshot(`ui-countdown-federal-${now.slice(0, 19)}`);
        assertNoConsoleErrors(r);
      });
    } finally {
      await r.close();
    }
  }
});

test('live clock: a month-level deadline passes without a reload and is announced once', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  // No now=: the widget follows the (fake) wall clock, from 30 s before September 2026 ends.
  const rec = await openApp(suite, { phase: 2 }, { clock: '2026-09-30T23:59:30+03:00' });
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'ui-live-clock', async () => {
    await page.clock.pauseAt(new Date('2026-09-30T23:59:55+03:00'));
    await page.clock.runFor(300);
    assert.equal(await page.locator('.preview-banner').count(), 0, 'a live clock shows no preview banner');
    assert.deepEqual((await deadlineRows(page, KURDISTAN)).map((r) => r.time), ['window closes today', 'window closes in 92 days']);
    assert.deepEqual(await panelStatus(page, KURDISTAN), { text: 'No start reported', kind: ['no-start'] });
    const announcer = page.locator(`${KURDISTAN} p[role=status].sr-only`);
    assert.equal(await announcer.count(), 1, 'one polite status region per countdown');
    assert.equal((await announcer.textContent()).trim(), '');
    assert.equal(await page.locator(`${KURDISTAN} [role=timer]`).getAttribute('aria-live'), 'off');

    // Midnight in Baghdad: the window has closed, the status flips, the crossing is
    // announced once, by the deadline's name (never a day no source gave).
    await page.clock.runFor(6_000);
    assert.deepEqual((await deadlineRows(page, KURDISTAN)).map((r) => [r.time, r.passed]), [
      ['window closed today', true],
      ['window closes in 91 days', false],
    ]);
    assert.deepEqual(await panelStatus(page, KURDISTAN), { text: 'No completion reported', kind: ['deadline-passed'] });
    assert.equal((await announcer.textContent()).trim(), 'The September 2026 deadline has now passed.');
    await rec.screenshot('ui-live-deadline-passed');
    await page.clock.runFor(5_000);
    assert.equal((await announcer.textContent()).trim(), 'The September 2026 deadline has now passed.');
    assertNoConsoleErrors(rec);
  });
});

test('live clock (fixture story): a deadline given to the day ticks by the second, and pause stops it', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  // The fixture's south span closes on 30 Jun 2026 (a day), in its own zone (-05:00).
  const fixture = await startSuite(FIXTURE_DIST);
  t.after(() => fixture.close());
  const rec = await openApp(fixture, { phase: 2 }, { clock: '2026-06-30T23:59:30-05:00' });
  t.after(() => rec.close());
  const { page } = rec;
  const SOUTH = '#phase-panel-2';
  await withFailureShot(rec, 'ui-live-fixture', async () => {
    await page.clock.pauseAt(new Date('2026-06-30T23:59:55-05:00'));
    await page.clock.runFor(300);
    assert.deepEqual(await deadlineRows(page, SOUTH), [
      { day: '30 Jun 2026', precision: '', time: '0 days 0 h 00 min 05 s left', passed: false },
      { day: 'end of 2026', precision: 'year given, no day', time: 'window closes in 184 days', passed: false },
    ]);
    await page.clock.runFor(4_000);
    assert.equal((await deadlineRows(page, SOUTH))[0].time, '0 days 0 h 00 min 01 s left');
    await page.clock.runFor(1_000);
    assert.deepEqual((await deadlineRows(page, SOUTH))[0], { day: '30 Jun 2026', precision: '', time: 'passed 0 h 00 min ago', passed: true });
    assert.equal((await page.locator(`${SOUTH} p[role=status]`).textContent()).trim(), 'The 30 Jun 2026 deadline has now passed.');

    // Pause: the text stops while the wall clock moves on; resume jumps to the wall clock.
    const pause = page.locator(`${SOUTH} button.pause`);
    assert.equal(await pause.count(), 1, 'a ticking countdown has a pause control');
    assert.equal((await pause.innerText()).trim(), 'Pause countdown');
    assert.equal(await pause.getAttribute('aria-pressed'), 'false');
    await page.clock.runFor(65_000);
    assert.equal((await deadlineRows(page, SOUTH))[0].time, 'passed 0 h 01 min ago');
    await pause.click();
    await waitFor(() => pause.getAttribute('aria-pressed'), (v) => v === 'true', { message: 'aria-pressed=true' });
    assert.equal((await pause.innerText()).trim(), 'Resume countdown');
    await page.clock.runFor(60_000);
    assert.equal((await deadlineRows(page, SOUTH))[0].time, 'passed 0 h 01 min ago', 'paused: no tick');
    await rec.screenshot('ui-live-fixture-paused');
    await pause.click();
    await waitFor(async () => (await deadlineRows(page, SOUTH))[0].time, (v) => v === 'passed 0 h 02 min ago', {
      message: 'the countdown to jump to the wall clock on resume',
    });
    assert.equal(await pause.getAttribute('aria-pressed'), 'false');
    assertNoConsoleErrors(rec);
  });
});

/** What the open panel lists: for each group, its value and its claims' outlets. */
function panelContents(page, panelSelector) {
  return page.locator(panelSelector).evaluate((panel) => {
    const outletOf = (source) => {
      const link = source.querySelector('a');
      if (link) return [...link.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      return source.textContent.split(' (no link found)')[0].trim();
    };
    return {
      groups: [...panel.querySelectorAll('section.group')].map((g) => ({
        value: g.querySelector('h3.group-value')?.childNodes[0]?.textContent.trim(),
        claims: [...g.querySelectorAll('li.claim')].map((li) => ({
          outlet: outletOf(li.querySelector('.claim-source .source')),
          key: li.querySelector('.claim-source a')?.getAttribute('href') ?? li.querySelector('.claim-source .source')?.textContent.trim(),
          speaker: li.querySelector('.speaker')?.textContent.trim() ?? '',
          summary: li.querySelector('.claim-summary')?.textContent.trim() ?? '',
          published: li.querySelector('.published')?.textContent.trim() ?? '',
        })),
      })),
      links: [...panel.querySelectorAll('a')].map((a) => ({
        href: a.getAttribute('href'),
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel'),
        newTabHint: a.querySelector('.sr-only')?.textContent.trim() ?? null,
      })),
    };
  });
}

test('badge: opens on click, lists the sources side by side, Escape and Close return focus', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openApp(suite, { now: INSTANTS.lateNov2026, phase: 2 });
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'ui-badge', async () => {
    const badge = page.locator(`${KURDISTAN} .countdown button.badge`);
    assert.equal(await badge.count(), 1, 'the Kurdistan deadline has one sources-disagree badge');
    // Its name is its text: the subject (visually under its heading) and every position with
    // how many sources hold it.
    const label = (await badge.textContent()).trim();
    assert.equal(label, '≠Sources disagree on the deadline: September 2026 (8 sources) · end of 2026 (2 sources)');
    const sourceCount = 10;
    assert.equal(await badge.getAttribute('aria-expanded'), 'false');
    const panelId = await badge.getAttribute('aria-controls');
    assert.ok(panelId, 'the badge names the panel it controls');
    const panel = page.locator(`#${panelId}`);
    // A disclosure's panel, not a landmark (the same disagreement's panel also sits in its
    // subject's section, and landmarks must be unique).
    assert.equal(await panel.getAttribute('role'), null);
    assert.ok(await panel.evaluate((p) => p.classList.contains('disagree-panel')));
    assert.equal(await panel.isVisible(), false, 'closed at first');

    // Open by click.
    await badge.click();
    assert.equal(await badge.getAttribute('aria-expanded'), 'true');
    assert.equal(await panel.isVisible(), true);
    assert.equal((await panel.locator('.panel-title').innerText()).trim(), 'What sources say about the deadline');

    const { groups, links } = await panelContents(page, `#${panelId}`);
    const values = groups.map((g) => g.value);
    assert.deepEqual(values, ['September 2026', 'end of 2026'], 'one group per position, named as the badge names it');
    for (const v of ['September 2026', 'end of 2026']) {
      assert.ok(values.includes(v), `the panel has a group "${v}": ${JSON.stringify(values)}`);
    }
    assert.equal(new Set(values).size, values.length, `one group per value: ${JSON.stringify(values)}`);
    const outletsOf = (value) => groups.find((g) => g.value === value).claims.map((c) => c.outlet);
    assert.deepEqual(outletsOf('end of 2026'), ['The New Arab', 'Rudaw']);
    for (const outlet of ['Rudaw', 'The Defense Post (via AFP)', 'ISWNews', 'Peregraf', 'Kurdistan24', 'Shafaq News']) {
      assert.ok(outletsOf('September 2026').includes(outlet), `"September 2026" is claimed by ${outlet}: ${JSON.stringify(outletsOf('September 2026'))}`);
    }
    const allOutlets = new Set(groups.flatMap((g) => g.claims.map((c) => c.outlet)));
    assert.deepEqual(
      [...allOutlets].sort(),
      ['ISWNews', 'Kurdistan24', 'Peregraf', 'Rudaw', 'Shafaq News', 'The Defense Post (via AFP)', 'The New Arab'],
    );
    const distinctSources = new Set(groups.flatMap((g) => g.claims.map((c) => c.key)));
    assert.equal(distinctSources.size, sourceCount, `the badge's count (${sourceCount}) is the number of distinct sources listed`);
    for (const g of groups) {
      assert.ok(g.claims.length > 0, `group ${g.value} has claims`);
      for (const c of g.claims) {
        assert.ok(c.summary && c.speaker && /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(c.published), `claim is complete: ${JSON.stringify(c)}`);
      }
    }
    // One link per claim whose source has an address (the others say "no link found").
    const linked = groups.flatMap((g) => g.claims).filter((c) => /^https?:/.test(c.key)).length;
    assert.ok(linked > 0, 'some claims link their source');
    assert.equal(links.length, linked, 'the panel links each linked claim\'s source, and nothing else');
    for (const link of links) {
      assert.equal(link.target, '_blank', `${link.href} opens in a new tab`);
      assert.equal(link.rel, 'noopener noreferrer', `${link.href} has rel="noopener noreferrer"`);
      assert.equal(link.newTabHint, '(opens in a new tab)', `${link.href} says it opens a new tab`);
      assert.match(link.href, /^https:\/\//, 'source links are absolute https');
    }
    await rec.screenshot('ui-badge-kurdistan-deadline-open');

    // Escape from inside the panel: closes, focus back on the badge.
    await panel.locator('a').first().focus();
    await page.keyboard.press('Escape');
    assert.equal(await badge.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.isVisible(), false);
    assert.equal((await activeElement(page)).id, 'badge-glance-kurdistan-deadline', 'Escape returns focus to the badge');

    // Escape on the badge itself (after opening by click).
    await badge.click();
    assert.equal(await badge.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await badge.getAttribute('aria-expanded'), 'false');
    assert.equal((await activeElement(page)).id, 'badge-glance-kurdistan-deadline');

    // The Close button.
    await badge.click();
    await panel.locator('button.close').click();
    assert.equal(await badge.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.isVisible(), false);
    assert.equal((await activeElement(page)).id, 'badge-glance-kurdistan-deadline', 'Close returns focus to the badge');

    // A second click toggles it shut.
    await badge.click();
    await badge.click();
    assert.equal(await badge.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.isVisible(), false);
    assertNoConsoleErrors(rec);
    assertSameOrigin(rec, suite.server.origin);
  });
});

for (const width of [320, 600, 1000]) {
  test(`layout at ${width} px: no horizontal overflow, with badge panels and the embed code open`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await openApp(suite, { now: INSTANTS.lateNov2026, phase: 2 }, { context: { viewport: { width, height: 900 } } });
    t.after(() => rec.close());
    const { page } = rec;
    await withFailureShot(rec, `ui-layout-${width}`, async () => {
      const check = async (state) => {
        const o = await horizontalOverflow(page);
        assert.ok(
          o.scrollWidth <= o.clientWidth,
          `${state} at ${width} px: the page scrolls sideways (scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}); ` +
            `elements past the edge: ${o.offenders.join(', ') || 'none found'}`,
        );
      };
      assert.equal(await page.evaluate(() => document.documentElement.clientWidth), width);
      await check('Kurdistan tab');
      await rec.screenshot(`ui-layout-${width}-kurdistan`);

      await page.click(`${KURDISTAN} .countdown button.badge`);
      assert.ok(await page.locator(`${KURDISTAN} .countdown .disagree-panel`).isVisible());
      await page.click('button.embed-toggle');
      assert.ok(await page.locator('#embed-snippet').isVisible());
      await check('Kurdistan deadline panel and embed code open');
      await rec.screenshot(`ui-layout-${width}-kurdistan-badge-open`);

      await page.click('#tab-1');
      await openEvery(page);
      const federalBadges = page.locator(`${FEDERAL} button.badge`);
      for (let i = 0; i < (await federalBadges.count()); i++) await federalBadges.nth(i).click();
      await check('federal tab with every badge open');
      await rec.screenshot(`ui-layout-${width}-federal-badges-open`);
      assertNoConsoleErrors(rec);
    });
  });
}

test('layout: button labels, tab names and headings are never broken mid-word at 320, 600 and 1000 px', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  // body has overflow-wrap: anywhere, so a squeezed flex item can wrap a one-word label
  // letter by letter ("Clo" / "se"). Breaks at spaces, hyphens and dashes are fine.
  const SELECTOR = [
    '#phase-tracker button',
    '#phase-tracker h1',
    '#phase-tracker h2',
    '#phase-tracker h3',
    '#phase-tracker .panel-title',
    '#phase-tracker .deadline-day',
    '#phase-tracker .deadline-time',
    '#phase-tracker .status-text',
  ].join(', ');
  const problems = [];
  for (const width of [320, 600, 1000]) {
    const rec = await openApp(suite, { now: INSTANTS.lateNov2026, phase: 2 }, { context: { viewport: { width, height: 900 } } });
    t.after(() => rec.close());
    const { page } = rec;
    for (const phase of [2, 1]) {
      await page.click(`#tab-${phase}`);
      await openEvery(page);
      const badges = page.locator(`#phase-panel-${phase} button.badge`);
      for (let i = 0; i < (await badges.count()); i++) await badges.nth(i).click();
      const broken = await brokenWords(page, SELECTOR);
      problems.push(...new Set(broken.map((b) => `${width} px, tab ${phase}: ${b}`)));
    }
    if (problems.some((p) => p.startsWith(`${width} px`))) await rec.screenshot(`ui-layout-${width}-broken-words`);
  }
  assert.deepEqual(problems, [], `${problems.length} label(s) or heading(s) wrap in the middle of a word`);
});

const DARK_MAX = 0.05;
const LIGHT_MIN = 0.8;

test('colour schemes: prefers-color-scheme and theme=light|dark set light or dark colours', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const cases = [
    { name: 'light-auto', media: 'light', theme: undefined, dataTheme: 'auto', dark: false },
    { name: 'dark-auto', media: 'dark', theme: undefined, dataTheme: 'auto', dark: true },
    { name: 'dark-media-theme-light', media: 'dark', theme: 'light', dataTheme: 'light', dark: false },
    { name: 'light-media-theme-dark', media: 'light', theme: 'dark', dataTheme: 'dark', dark: true },
  ];
  const colours = {};
  for (const c of cases) {
    const rec = await openApp(suite, { now: INSTANTS.lateNov2026, phase: 2, theme: c.theme });
    t.after(() => rec.close());
    const { page } = rec;
    await withFailureShot(rec, `ui-theme-${c.name}`, async () => {
      await page.emulateMedia({ colorScheme: c.media });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), c.dataTheme);
      const css = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const status = getComputedStyle(document.querySelector('#phase-panel-2 .status'));
        return { bg: body.backgroundColor, fg: body.color, scheme: getComputedStyle(document.documentElement).colorScheme, statusBg: status.backgroundColor };
      });
      const bg = luminance(parseRgb(css.bg));
      const fg = luminance(parseRgb(css.fg));
      if (c.dark) {
        assert.ok(bg < DARK_MAX, `${c.name}: body background ${css.bg} should be dark (luminance ${bg.toFixed(3)})`);
        assert.ok(fg > LIGHT_MIN, `${c.name}: body text ${css.fg} should be light`);
        assert.equal(css.scheme, 'dark');
      } else {
        assert.ok(bg > LIGHT_MIN, `${c.name}: body background ${css.bg} should be light (luminance ${bg.toFixed(3)})`);
        assert.ok(fg < DARK_MAX, `${c.name}: body text ${css.fg} should be dark`);
        assert.equal(css.scheme, 'light');
      }
      colours[c.name] = css;
      await rec.screenshot(`ui-theme-${c.name}`);
      assertNoConsoleErrors(rec);
    });
  }
  assert.notEqual(colours['light-auto'].bg, colours['dark-auto'].bg, 'the two schemes differ');
  assert.equal(colours['dark-auto'].bg, colours['light-media-theme-dark'].bg, 'theme=dark matches the dark scheme');
  assert.equal(colours['light-auto'].bg, colours['dark-media-theme-light'].bg, 'theme=light matches the light scheme');
  assert.notEqual(colours['light-auto'].statusBg, colours['dark-auto'].statusBg, 'surfaces follow the scheme too');

  // theme=auto follows a change of the reader's preference without a reload.
  const rec = await openApp(suite, { now: INSTANTS.lateNov2026, theme: 'auto' });
  t.after(() => rec.close());
  const bgNow = () => rec.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await rec.page.emulateMedia({ colorScheme: 'light' });
  const light = await bgNow();
  await rec.page.emulateMedia({ colorScheme: 'dark' });
  const dark = await bgNow();
  assert.ok(luminance(parseRgb(light)) > LIGHT_MIN && luminance(parseRgb(dark)) < DARK_MAX, `auto: ${light} then ${dark}`);
});

test('compact=1 hides the events and the timeline, and keeps the countdown', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const full = await openApp(suite, { now: INSTANTS.lateNov2026 });
  t.after(() => full.close());
  assert.ok((await full.page.locator('#phase-tracker details[id^=more-events]').count()) > 0, 'the full layout has events');
  assert.equal(await full.page.locator('#phase-tracker figure.timeline').count(), 1, 'the full layout has the timeline');

  const rec = await openApp(suite, { now: INSTANTS.lateNov2026, compact: 1 });
  t.after(() => rec.close());
  const { page } = rec;
  await withFailureShot(rec, 'ui-compact', async () => {
    assert.equal(await page.locator('#phase-tracker details[id^=more-events]').count(), 0, 'compact: no events section');
    assert.equal(await page.locator('#phase-tracker figure.timeline').count(), 0, 'compact: no timeline');
    assert.equal(await page.locator('#phase-tracker .countdown').count(), 2, 'compact: both countdowns stay');
    assert.ok(await page.locator(`${FEDERAL} .countdown`).isVisible());
    assert.ok(await page.locator('#tab-1').isVisible());
    const fullHeight = await full.page.evaluate(() => document.getElementById('phase-tracker').getBoundingClientRect().height);
    const compactHeight = await page.evaluate(() => document.getElementById('phase-tracker').getBoundingClientRect().height);
    assert.ok(compactHeight < fullHeight, `compact is shorter (${compactHeight} < ${fullHeight})`);
    // Still compact after switching tabs.
    await page.click('#tab-2');
    assert.equal(await page.locator('#phase-tracker details[id^=more-events]').count(), 0);
    await rec.screenshot('ui-compact');
    assertNoConsoleErrors(rec);
  });
});
