// Accessibility tests of the release build (dist/) in Debian chromium:
//   - axe-core (browser-tests/node_modules/axe-core, injected into the page) over both tabs,
//     every sources-disagree panel open, the dark theme (by parameter and by the reader's
//     preference), compact mode, a 320 px viewport and the live clock with its pause
//     control, and the first view rendered at build time (before the wasm starts, and after
//     it failed): zero violations expected; a failure lists each violation's id, impact and
//     target.
//   - A keyboard-only walkthrough of each tab: Tab from the top of the page reaches every
//     interactive element in reading order with a visible focus indicator, focus never
//     drops to <body> inside the widget, the tabs answer the arrow keys, a badge opens with
//     Enter and closes with Escape (focus back on it), the pause control and the embed
//     button work from the keyboard.
//
// Every test fixes the instant (now= or Playwright's fake clock). Screenshots go to
// browser-tests/artifacts/a11y-*.png.
//
// Run: scripts/test.sh, or after `trunk build --release`: cd browser-tests && node --test a11y.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoConsoleErrors, openPage } from './lib/browser.mjs';
import { FIXTURE_DIST } from './lib/dist.mjs';
import {
  INSTANTS,
  activeElement,
  assertNoViolations,
  openAllBadges,
  openApp,
  runAxe,
  startSuite,
  waitFor,
  withFailureShot,
} from './lib/ui-helpers.mjs';

const TEST_TIMEOUT_MS = 60_000;

let suite;
let fixture;

before(async () => {
  suite = await startSuite();
});

after(async () => {
  await suite?.close();
  await fixture?.close();
});

/** The build of the fixture story, whose south span's countdown ticks (started on first use). */
async function fixtureSuite() {
  fixture ??= await startSuite(FIXTURE_DIST);
  return fixture;
}

/**
 * The axe states: URL parameters, page options and what to do before the scan.
 * `prepare` returns a description of the state, for messages.
 */
const AXE_STATES = [
  { name: 'federal tab', params: { now: INSTANTS.lateNov2026, phase: 1 } },
  { name: 'Kurdistan tab', params: { now: INSTANTS.lateNov2026, phase: 2 } },
  {
    name: 'federal tab, every badge panel and the embed code open',
    params: { now: INSTANTS.lateNov2026, phase: 1 },
    prepare: async (page) => {
      await openAllBadges(page);
      await page.click('button.embed-toggle');
    },
  },
  {
    name: 'Kurdistan tab, every badge panel and the embed code open',
    params: { now: INSTANTS.lateNov2026, phase: 2 },
    prepare: async (page) => {
      await openAllBadges(page);
      await page.click('button.embed-toggle');
    },
  },
  {
    name: 'theme=dark, Kurdistan tab, badge panels open',
    params: { now: INSTANTS.lateNov2026, phase: 2, theme: 'dark' },
    prepare: openAllBadges,
  },
  {
    name: 'prefers-color-scheme: dark (theme=auto), federal tab, badge panels open',
    params: { now: INSTANTS.lateNov2026, phase: 1 },
    options: { context: { colorScheme: 'dark' } },
    prepare: openAllBadges,
  },
  { name: 'compact=1', params: { now: INSTANTS.lateNov2026, compact: 1 } },
  {
    name: '320 px wide, Kurdistan tab, badge panels open',
    params: { now: INSTANTS.lateNov2026, phase: 2 },
    options: { context: { viewport: { width: 320, height: 800 } } },
    prepare: openAllBadges,
  },
  {
    name: '320 px wide, dark, federal tab, every disclosure and badge panel open',
    params: { now: INSTANTS.lateNov2026, phase: 1, theme: 'dark' },
    options: { context: { viewport: { width: 320, height: 800 } } },
    prepare: openAllBadges,
  },
  {
    name: 'a timeline mark selected (its evidence opened and focused)',
    params: { now: INSTANTS.lateNov2026, phase: 1 },
    prepare: async (page) => {
      await page.locator('#phase-tracker a.mark:visible').first().click();
      await waitFor(() => page.evaluate(() => document.activeElement?.id ?? ''), (id) => id.startsWith('subject-') || id.startsWith('claim-'), {
        message: 'the mark to focus its evidence',
      });
    },
  },
  {
    name: 'fixture story: live clock with the pause control, paused',
    fixture: true,
    params: { phase: 2 },
    options: { clock: '2026-06-30T23:59:30-05:00' },
    prepare: async (page) => {
      const pause = page.locator('#phase-panel-2 button.pause');
      assert.equal(await pause.count(), 1, 'a ticking countdown has a pause control');
      await pause.click();
      await waitFor(() => pause.getAttribute('aria-pressed'), (v) => v === 'true', { message: 'paused' });
    },
  },
];

for (const state of AXE_STATES) {
  test(`axe: no violations with the ${state.name}`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await openApp(state.fixture ? await fixtureSuite() : suite, state.params, state.options ?? {});
    t.after(() => rec.close());
    const { page } = rec;
    await withFailureShot(rec, `a11y-axe-${state.name}`, async () => {
      if (state.prepare) await state.prepare(page);
      await rec.screenshot(`a11y-axe-${state.name}`);
      const violations = await runAxe(page);
      assertNoViolations(violations, `with the ${state.name}`);
      assertNoConsoleErrors(rec);
    });
  });
}

// The first view rendered at build time is what readers get before the wasm starts, and
// all they get when it cannot load (static.css then shows every phase): zero violations
// there too.
for (const wasm of ['held back', 'failed']) {
  test(`axe: no violations in the build-time first view, wasm ${wasm}`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await openPage(suite.browser, undefined, { context: { viewport: { width: 1000, height: 800 } } });
    t.after(() => rec.close());
    const { page } = rec;
    let release = () => {};
    const held = new Promise((resolve) => (release = resolve));
    t.after(() => release());
    await page.route('**/*.wasm', async (route) => {
      if (wasm === 'failed') return route.abort('failed');
      await held;
      return route.continue().catch(() => {});
    });
    await page.goto(suite.server.url, { waitUntil: 'domcontentloaded' });
    await withFailureShot(rec, `a11y-axe-first-view-wasm-${wasm}`, async () => {
      if (wasm === 'failed') {
        await page.locator('#boot-note').filter({ hasText: 'unavailable' }).waitFor();
        await page.waitForFunction(() => getComputedStyle(document.querySelector('.tablist')).display === 'none');
      }
      assert.equal(await page.locator('[data-app-mounted]').count(), 0, 'scanned before any mount');
      const violations = await runAxe(page);
      assertNoViolations(violations, `in the build-time first view (wasm ${wasm})`);
    });
  });
}

/**
 * Tags every tab stop of the widget (visible, focusable, tabIndex >= 0) with data-ui-key =
 * its position in document order and describes it.
 */
function tagTabStops(page) {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll(
      '#phase-tracker :is(a[href], button, input, select, textarea, summary, [tabindex], [contenteditable=true])',
    );
    const stops = [];
    for (const el of candidates) {
      if (el.tabIndex < 0 || el.disabled || !el.checkVisibility({ visibilityProperty: true })) continue;
      // checkVisibility misses an SVG link inside a group that is display: none (a timeline
      // mark of another width band); such a link has no box.
      if (el instanceof SVGElement && el.getBoundingClientRect().width === 0) continue;
      el.dataset.uiKey = String(stops.length);
      const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ');
      stops.push({
        key: String(stops.length),
        kind: el.matches('[role=tab]')
          ? 'tab'
          : el.matches('[role=tabpanel]')
            ? 'tabpanel'
            : el.matches('button.badge')
              ? 'badge'
              : el.matches('button.pause')
                ? 'pause'
                : el.matches('button.embed-toggle')
                  ? 'embed'
                  : el.matches('a[target=_blank]')
                    ? 'source-link'
                    : el.matches('a.mark')
                      ? 'mark'
                      : el.tagName.toLowerCase(),
        label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text.slice(0, 60)}"`,
      });
    }
    return stops;
  });
}

/** Whether the focused element shows a focus indicator (WCAG 2.4.7). */
function focusIndicator(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    return { focusVisible: el.matches(':focus-visible'), outline, style: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
  });
}

// The bundled story's two tabs, and the fixture story's second tab, whose countdown ticks
// by the second and so has a pause control.
for (const [name, isFixture, phase, clock] of [
  ['tab 1', false, 1, INSTANTS.lateNov2026],
  ['tab 2', false, 2, INSTANTS.lateNov2026],
  ['the fixture story\'s tab 2 (ticking, with pause)', true, 2, '2026-06-30T23:59:30-05:00'],
]) {
  test(`keyboard: Tab from the top reaches every control of ${name} without losing focus`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    // A live clock, stopped at a fixed instant.
    const rec = await openApp(isFixture ? await fixtureSuite() : suite, { phase }, { clock });
    t.after(() => rec.close());
    const { page } = rec;
    await withFailureShot(rec, `a11y-keyboard-${isFixture ? 'fixture-' : ''}tab-${phase}`, async () => {
      await page.clock.pauseAt(new Date(Date.parse(clock) + 5_000));
      const stops = await tagTabStops(page);
      const kinds = new Set(stops.map((s) => s.kind));
      const expected = isFixture
        ? ['tab', 'pause', 'summary', 'embed']
        : ['tab', 'badge', 'summary', 'mark', 'source-link', 'embed'];
      for (const kind of expected) {
        assert.ok(kinds.has(kind), `the widget has a ${kind} to reach (kinds: ${[...kinds].join(', ')})`);
      }

      // From the top: nothing focused.
      await page.evaluate(() => document.activeElement?.blur());
      assert.equal((await activeElement(page)).body, true);

      const visited = [];
      const lostAt = [];
      const noIndicator = [];
      let entered = false;
      let badgeChecked = false;
      let pauseChecked = !isFixture;
      let tabsChecked = false;
      let embedChecked = false;
      let summaryChecked = false;
      const pressTab = async () => {
        await page.keyboard.press('Tab');
        return activeElement(page);
      };

      // Opening a disclosure adds the tab stops inside it, so allow for many more presses.
      for (let presses = 0; presses < stops.length + 150; presses++) {
        const el = await pressTab();
        if (el.body || !el.inWidget) {
          if (entered && visited.length < stops.length) lostAt.push(`after ${visited.at(-1)?.label ?? 'the start'}`);
          if (entered) break;
          continue;
        }
        entered = true;
        const stop = stops.find((s) => s.key === el.key);
        visited.push(stop ?? { key: null, kind: el.tag, label: `${el.tag}#${el.id} (not a tab stop at start)` });
        const indicator = await focusIndicator(page);
        if (!indicator.focusVisible || !indicator.outline) noIndicator.push(`${stop?.label ?? el.id}: ${indicator.style}`);

        // The tab list: arrows reach the other tab, keyboard only.
        if (stop?.kind === 'tab' && !tabsChecked) {
          tabsChecked = true;
          const other = phase === 1 ? 'tab-2' : 'tab-1';
          await page.keyboard.press(phase === 1 ? 'ArrowRight' : 'ArrowLeft');
          const moved = await activeElement(page);
          assert.equal(moved.id, other, `an arrow key moves focus to ${other}`);
          assert.equal(await page.locator(`#${other}`).getAttribute('aria-selected'), 'true');
          await page.keyboard.press(phase === 1 ? 'ArrowLeft' : 'ArrowRight');
          assert.equal((await activeElement(page)).id, `tab-${phase}`, 'and back');
          assert.equal(await page.locator(`#tab-${phase}`).getAttribute('aria-selected'), 'true');
        }

        // The first badge: Enter opens it, Tab enters the panel, Escape closes it and
        // focus returns to the badge.
        if (stop?.kind === 'badge' && !badgeChecked) {
          badgeChecked = true;
          const badge = page.locator(`#${el.id}`);
          const panel = page.locator(`#${await badge.getAttribute('aria-controls')}`);
          await page.keyboard.press('Enter');
          assert.equal(await badge.getAttribute('aria-expanded'), 'true', `Enter opens ${stop.label}`);
          assert.ok(await panel.isVisible(), 'its panel shows');
          assert.equal((await activeElement(page)).id, el.id, 'focus stays on the badge after Enter');
          await rec.screenshot(`a11y-keyboard-${isFixture ? 'fixture-' : ''}tab-${phase}-badge-open`);
          const inside = await pressTab();
          assert.ok(
            await page.evaluate(() => !!document.activeElement.closest('.disagree-panel')),
            `Tab after an open badge goes into its panel (went to ${JSON.stringify(inside)})`,
          );
          await page.keyboard.press('Escape');
          assert.equal(await badge.getAttribute('aria-expanded'), 'false', 'Escape closes the panel');
          assert.equal(await panel.isVisible(), false);
          const back = await activeElement(page);
          assert.equal(back.id, el.id, `Escape returns focus to the badge (focus is on ${JSON.stringify(back)})`);
        }

        // The pause control: Enter and Space toggle it and focus stays on it.
        if (stop?.kind === 'pause' && !pauseChecked) {
          pauseChecked = true;
          const pause = page.locator('[data-ui-key="' + stop.key + '"]');
          await page.keyboard.press('Enter');
          await waitFor(() => pause.getAttribute('aria-pressed'), (v) => v === 'true', { message: 'Enter pauses' });
          assert.equal((await activeElement(page)).key, stop.key, 'focus stays on the pause control after Enter');
          await page.keyboard.press('Space');
          await waitFor(() => pause.getAttribute('aria-pressed'), (v) => v === 'false', { message: 'Space resumes' });
          assert.equal((await activeElement(page)).key, stop.key, 'focus stays on the pause control after Space');
        }

        // The first disclosure: Enter opens it, and Tab then goes into what it holds.
        if (stop?.kind === 'summary' && !summaryChecked) {
          summaryChecked = true;
          const details = page.locator('[data-ui-key="' + stop.key + '"]').locator('xpath=..');
          await page.keyboard.press('Enter');
          assert.equal(await details.evaluate((d) => d.open), true, `Enter opens ${stop.label}`);
          await rec.screenshot(`a11y-keyboard-${isFixture ? 'fixture-' : ''}tab-${phase}-disclosure-open`);
        }

        // The embed button: Enter reveals the snippet, and Tab reaches it.
        if (stop?.kind === 'embed' && !embedChecked) {
          embedChecked = true;
          await page.keyboard.press('Enter');
          assert.equal(await page.locator('button.embed-toggle').getAttribute('aria-expanded'), 'true', 'Enter opens the embed code');
          const snippet = await pressTab();
          assert.equal(snippet.id, 'embed-snippet', `Tab then reaches the snippet (went to ${JSON.stringify(snippet)})`);
          visited.push({ key: null, kind: 'textarea', label: 'textarea#embed-snippet' });
          await rec.screenshot(`a11y-keyboard-${isFixture ? 'fixture-' : ''}tab-${phase}-embed-open`);
        }
      }

      assert.ok(entered, 'Tab reached the widget');
      assert.deepEqual(lostAt, [], `focus dropped to <body> inside the widget: ${lostAt.join('; ')}`);
      const seen = new Set(visited.map((v) => v.key).filter((k) => k !== null));
      const missed = stops.filter((s) => !seen.has(s.key));
      assert.deepEqual(
        missed.map((s) => s.label),
        [],
        `${missed.length} of ${stops.length} controls were never reached with Tab`,
      );
      if (isFixture) badgeChecked = true;
      for (const [name, done] of Object.entries({ tabsChecked, badgeChecked, pauseChecked, embedChecked, summaryChecked })) {
        assert.ok(done, `the walkthrough exercised ${name.replace('Checked', '')}`);
      }
      const order = visited.map((v) => v.key).filter((k) => k !== null).map(Number);
      const outOfOrder = order.filter((k, i) => i > 0 && k <= order[i - 1]);
      assert.deepEqual(outOfOrder, [], `Tab follows the reading order: ${order.join(' ')}`);
      assert.deepEqual(noIndicator, [], 'every focused control shows a focus outline');
      assertNoConsoleErrors(rec);
    });
  });
}
