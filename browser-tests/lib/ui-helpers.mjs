// Helpers shared by ui.test.mjs, a11y.test.mjs, glance.test.mjs and languages.test.mjs: a
// private copy of dist/ served on 127.0.0.1, Debian chromium, URLs with the widget's
// parameters, opening the app with or without Playwright's fake clock, polling from node (so
// a fake clock in the page never stalls a wait), the tabs' state and keys, opening every
// disclosure and badge, reading the countdown, colours, and axe-core.
//
//   const suite = await startSuite();          // in before()
//   const rec = await openApp(suite, { now: KURDISTAN_NOW, phase: 2 });
//   ...
//   await suite.close();                       // in after()

import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serveStatic } from './server.mjs';
import { launchBrowser, openPage, waitForMount, withFailureShot } from './browser.mjs';
import { DIST, assertBuilt } from './dist.mjs';

export { DIST, withFailureShot };


/** axe-core's browser bundle, injected with page.addScriptTag. */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Instants the data file gives known answers for (Asia/Baghdad is UTC+3). */
export const INSTANTS = {
  /** Kurdistan: past September 2026 (its window closed 55 days before), end of 2026 36 days ahead. */
  lateNov2026: '2026-11-25T12:00:00+03:00',
  /** Federal: two seconds before September 2025 ends (its deadline). */
  federalMinus2s: '2025-09-30T23:59:58+03:00',
  /** Federal: the instant September 2025 has passed. */
  federalDeadline: '2025-10-01T00:00:00+03:00',
};

/**
 * Copies dist/ (so another engineer's rebuild cannot change files mid-run), serves the
 * copy and launches chromium. close() undoes all three.
 */
export async function startSuite(dist = DIST) {
  assertBuilt(dist);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-ui-'));
  cpSync(dist, dir, { recursive: true });
  if (!existsSync(path.join(dir, 'index.html')) || !readdirSync(dir).some((f) => f.endsWith('.wasm'))) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${dist} has no index.html or no .wasm: was it being rebuilt? Run trunk build --release again`);
  }
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  return {
    server,
    browser,
    dir,
    close: async () => {
      await browser.close().catch(() => {});
      await server.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The widget's address with URL parameters ({ now, phase, theme, compact }) and a fragment.
 * URLSearchParams encodes the "+" of an offset as %2B (a bare "+" would decode as a space).
 */
export function appUrl(server, params = {}, hash = '') {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const query = search.toString();
  return `${server.url}${query ? `?${query}` : ''}${hash}`;
}

/**
 * Opens the widget and waits for it to mount.
 * @param {{server, browser}} suite
 * @param {object} [params] URL parameters (now, phase, theme, compact)
 * @param {object} [options]
 * @param {string} [options.hash] a fragment such as '#phase-2'
 * @param {object} [options.context] browser.newContext options (viewport, colorScheme, ...)
 * @param {string|Date} [options.clock] installs Playwright's fake clock at this instant first
 * @param {boolean} [options.pauseClock] with `clock`: pause it right after mounting
 */
export async function openApp(suite, params = {}, options = {}) {
  const rec = await openPage(suite.browser, undefined, {
    context: { viewport: { width: 1000, height: 800 }, ...(options.context ?? {}) },
  });
  try {
    if (options.clock) await rec.page.clock.install({ time: new Date(options.clock) });
    await rec.page.goto(appUrl(suite.server, params, options.hash ?? ''), { waitUntil: 'load' });
    await waitForMount(rec.page, rec, 'the app');
  } catch (err) {
    await rec.close().catch(() => {});
    throw err;
  }
  return rec;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `read` until `ok(value)` holds, polling from node (never from the page, whose timers
 * may be faked). Returns the last value; throws with `message` and that value on timeout.
 */
export async function waitFor(read, ok, { timeout = 5_000, interval = 25, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message}; last value: ${JSON.stringify(value)}`);
    }
    await sleep(interval);
  }
}

/** The selection state of both tabs and panels, the URL's fragment and the focused element's id. */
export function tabState(page) {
  return page.evaluate(() => {
    const tab = (n) => {
      const t = document.getElementById(`tab-${n}`);
      const p = document.getElementById(`phase-panel-${n}`);
      return {
        selected: t.getAttribute('aria-selected'),
        tabindex: t.getAttribute('tabindex'),
        controls: t.getAttribute('aria-controls'),
        panelHidden: p.hidden,
        panelDisplayed: p.getClientRects().length > 0,
      };
    };
    return { tab1: tab(1), tab2: tab(2), hash: location.hash, focused: document.activeElement?.id ?? null };
  });
}

/**
 * Throws unless tab `n` is selected in `state` (tabState): aria-selected, the roving
 * tabindex, its panel shown and the other hidden, the fragment; with `focused`, focus on it.
 */
export function assertSelected(state, n, { focused } = {}) {
  const [on, off] = n === 1 ? [state.tab1, state.tab2] : [state.tab2, state.tab1];
  const msg = `tab ${n} should be selected: ${JSON.stringify(state)}`;
  assert.equal(on.selected, 'true', msg);
  assert.equal(off.selected, 'false', msg);
  assert.equal(on.tabindex, '0', `the selected tab is the one in the tab order (roving tabindex): ${JSON.stringify(state)}`);
  assert.equal(off.tabindex, '-1', `the other tab is out of the tab order: ${JSON.stringify(state)}`);
  assert.equal(on.panelHidden, false, msg);
  assert.equal(on.panelDisplayed, true, msg);
  assert.equal(off.panelHidden, true, msg);
  assert.equal(off.panelDisplayed, false, msg);
  assert.equal(state.hash, `#phase-${n}`, `the URL fragment deep-links the selected tab: ${JSON.stringify(state)}`);
  if (focused) assert.equal(state.focused, `tab-${n}`, `focus should move with the selection: ${JSON.stringify(state)}`);
}

/**
 * The keys of the tabs pattern and the tab each selects, from the first tab of two, for a
 * page written in `dir`: the arrow towards the reading direction's end (Right in English,
 * Left in Arabic and Sorani) is the next tab, the other the previous one, both wrapping;
 * Home and End the first and last; Down and Up the next and previous in any direction.
 */
export function tabKeySteps(dir) {
  const [next, previous] = dir === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
  return [
    [next, 2],
    [next, 1], // wraps from the last to the first
    [previous, 2], // wraps from the first to the last
    [previous, 1],
    ['End', 2],
    ['End', 2],
    ['Home', 1],
    ['Home', 1],
    ['ArrowDown', 2],
    ['ArrowUp', 1],
  ];
}

/**
 * Presses each key of `steps` ([key, tab expected], ...) on the focused tab and throws, naming
 * the key, unless the expected tab is then selected and focused.
 */
export async function pressTabKeys(page, steps) {
  for (const [key, expected] of steps) {
    await page.keyboard.press(key);
    const state = await tabState(page);
    try {
      assertSelected(state, expected, { focused: true });
    } catch (err) {
      err.message = `after ${key}: ${err.message}`;
      throw err;
    }
  }
}

/** Opens every disclosure in the tracker, so every badge in them can be clicked. */
export function openEvery(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('#phase-tracker details')) d.open = true;
  });
}

/**
 * Opens every disclosure, then every sources-disagree panel that is displayed and closed (the
 * visible tab, its evidence and the story-wide section, which stays open across tabs).
 * Returns how many badges are displayed.
 */
export async function openAllBadges(page) {
  await openEvery(page);
  const badges = page.locator('#phase-tracker button.badge:visible');
  const n = await badges.count();
  assert.ok(n > 0, 'there are badges to open');
  for (let i = 0; i < n; i++) {
    const badge = badges.nth(i);
    if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
    assert.equal(await badge.getAttribute('aria-expanded'), 'true');
  }
  return n;
}

/**
 * The deadline rows of a panel (e.g. '#phase-panel-2'), hidden or not: each deadline's name
 * (at the precision its sources gave), what that precision leaves out, and its clock text.
 */
export function deadlineRows(page, panel) {
  return page.locator(`${panel} li.deadline`).evaluateAll((lis) =>
    lis.map((li) => ({
      day: li.querySelector('.deadline-day')?.textContent.trim(),
      precision: li.querySelector('.precision')?.textContent.trim() ?? '',
      time: li.querySelector('.deadline-time')?.textContent.trim(),
      passed: li.classList.contains('passed'),
    })),
  );
}

/** The status of a panel: its words and its class (no-start, started, deadline-passed, completed). */
export function panelStatus(page, panel) {
  return page.locator(`${panel} p.status`).evaluate((p) => ({
    text: p.querySelector('.status-text')?.textContent.trim(),
    kind: ['no-start', 'started', 'deadline-passed', 'completed'].filter((c) => p.classList.contains(c)),
  }));
}

/** A description of document.activeElement, for assertions and messages. */
export function activeElement(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) {
      return { tag: el ? el.tagName.toLowerCase() : null, body: true, key: 'body' };
    }
    const tag = el.tagName.toLowerCase();
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ');
    return {
      tag,
      body: false,
      id: el.id || null,
      className: typeof el.className === 'string' ? el.className : '',
      text: text.slice(0, 80),
      href: el.getAttribute('href'),
      inWidget: !!el.closest('#phase-tracker'),
      key: el.dataset.uiKey ?? null,
    };
  });
}

/** Parses "rgb(r, g, b)" / "rgba(r, g, b, a)" into [r, g, b]. */
export function parseRgb(css) {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return m.slice(1, 4).map(Number);
}

/** WCAG relative luminance of an [r, g, b] colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Horizontal overflow of the document: scrollWidth, clientWidth and the widest offenders. */
export function horizontalOverflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const offenders = [];
    for (const el of document.querySelectorAll('#phase-tracker *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5) {
        // Skip visually hidden text (.sr-only is 1px and clipped).
        if (el.closest('.sr-only')) continue;
        offenders.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
            typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
          } [${Math.round(r.left)}, ${Math.round(r.right)}]`,
        );
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, offenders: offenders.slice(0, 8) };
  });
}

/**
 * Runs axe-core in the page (injecting it once) and returns its violations.
 * `context` defaults to the whole document.
 */
export async function runAxe(page, context = undefined, options = {}) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(
    async ([ctx, opts]) => {
      const result = await window.axe.run(ctx ?? document, opts);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 300),
        })),
      }));
    },
    [context ?? null, options],
  );
}

/** One line per violation and node: "id (impact): target — summary". */
export function describeViolations(violations) {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) => `  - ${v.id} (${v.impact}): ${n.target} — ${v.help}. ${n.summary}`),
    )
    .join('\n');
}


/** Throws, listing each violation (describeViolations), unless axe found none; `state` says where. */
export function assertNoViolations(violations, state) {
  const count = violations.reduce((sum, v) => sum + v.nodes.length, 0);
  assert.equal(
    violations.length,
    0,
    `axe-core found ${violations.length} rule violation(s) on ${count} element(s) ${state}:\n${describeViolations(violations)}`,
  );
}

/**
 * Words broken across two lines inside the visible elements matching `selector` (e.g. a
 * button label wrapped mid-word as "Clo" / "se"). Returns "selector-ish: word" strings.
 */
export function brokenWords(page, selector) {
  return page.evaluate((sel) => {
    const found = [];
    for (const el of document.querySelectorAll(sel)) {
      if (!el.checkVisibility() || el.closest('.sr-only')) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.sr-only')) continue;
        // Words, split where a line may break anyway (spaces, hyphens, dashes, slashes).
        for (const m of node.textContent.matchAll(/[^\s\-\u2010-\u2015/]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) {
            const where = el.parentElement?.closest('[id]:not(#phase-tracker)')?.id;
            const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}${where ? ` in #${where}` : ''}`;
            found.push(`${name}: "${m[0]}" (${Math.round(range.getBoundingClientRect().width)} px wide, on ${lines.size} lines)`);
          }
        }
      }
    }
    return found;
  }, selector);
}
