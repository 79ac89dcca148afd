// Debian's chromium driven by playwright-core (no browser download, ever).
//
//   import { launchBrowser, openPage, assertNoConsoleErrors, assertSameOrigin } from './lib/browser.mjs';
//   const browser = await launchBrowser();
//   const rec = await openPage(browser, server.url);    // page is loaded ('load' event)
//   await rec.page.waitForSelector('[data-app-mounted]');
//   assertNoConsoleErrors(rec);                         // console.error + uncaught exceptions
//   assertSameOrigin(rec);                               // every request to the page's origin
//   await rec.close(); await browser.close();
//
// Requests to any host other than loopback are aborted (and still recorded),
// so a test never sends traffic off this machine.
// CHROMIUM_PATH overrides /usr/bin/chromium.

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { CHROMIUM_PATH, CHROMIUM_ARGS } from './chromium.mjs';

export { CHROMIUM_PATH, CHROMIUM_ARGS };

/** browser-tests/artifacts/: screenshots and other leftovers of failed tests (git-ignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Launch headless Debian chromium. Extra playwright launch options may be passed. */
export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `chromium not found at ${CHROMIUM_PATH}: run scripts/setup.sh --test ` +
        '(it installs the Debian packages chromium and chromium-driver)',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

function isLoopback(url) {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function describeConsole(msg) {
  const loc = msg.location();
  const where = loc?.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
  return `${msg.text()}${where}`;
}

/**
 * Open a new context + page, start recording, and go to `url` (when given).
 * @param {import('playwright-core').Browser} browser
 * @param {string} [url]
 * @param {object} [options]
 * @param {object} [options.context] options for browser.newContext (viewport, locale, timezoneId, ...)
 * @param {'load'|'domcontentloaded'|'networkidle'|'commit'} [options.waitUntil='load']
 * @param {boolean} [options.httpCache=false] keep the browser's HTTP cache (no request
 *   blocking then: requests to other hosts are only recorded in blockedRequests)
 * @returns {Promise<{page, context, consoleErrors: string[], consoleWarnings: string[],
 *   pageErrors: string[], requests: string[], failedRequests: string[], blockedRequests: string[],
 *   screenshot: (name: string) => Promise<string>, close: () => Promise<void>}>}
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options.context ?? {});
  const rec = {
    page: null,
    context,
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    requests: [],
    failedRequests: [],
    blockedRequests: [],
  };

  // Never reach past this machine. Playwright turns the browser's HTTP cache off in a
  // context with routes, so a test of caching (options.httpCache) cannot block: it records
  // requests to other hosts in blockedRequests instead, for the test to assert none.
  const foreign = (u) => !['data:', 'blob:', 'about:'].includes(u.protocol) && !isLoopback(u);
  if (options.httpCache) {
    context.on('request', (req) => {
      if (foreign(new URL(req.url()))) rec.blockedRequests.push(req.url());
    });
  } else {
    await context.route(foreign, (route) => {
      rec.blockedRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
  }
  context.on('request', (req) => rec.requests.push(req.url()));
  context.on('requestfailed', (req) =>
    rec.failedRequests.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`),
  );

  const page = await context.newPage();
  rec.page = page;
  page.on('console', (msg) => {
    if (msg.type() === 'error') rec.consoleErrors.push(describeConsole(msg));
    else if (msg.type() === 'warning') rec.consoleWarnings.push(describeConsole(msg));
  });
  page.on('pageerror', (err) => rec.pageErrors.push(String(err?.stack ?? err)));

  rec.screenshot = async (name) => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
  rec.close = () => context.close();

  if (url) await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return rec;
}

const list = (items) => items.map((s) => `  - ${s}`).join('\n');

/** Throws when the page logged a console error or threw an uncaught exception. */
export function assertNoConsoleErrors(rec, { allowWarnings = true } = {}) {
  const problems = [
    ...rec.consoleErrors.map((s) => `console.error: ${s}`),
    ...rec.pageErrors.map((s) => `uncaught: ${s}`),
    ...(allowWarnings ? [] : rec.consoleWarnings.map((s) => `console.warn: ${s}`)),
  ];
  if (problems.length) {
    throw new Error(`the page logged ${problems.length} error(s):\n${list(problems)}`);
  }
}

/**
 * Throws when any request went to another origin than `origin`
 * (default: the page's own). data: URLs are not requests and are ignored.
 */
export function assertSameOrigin(rec, origin = new URL(rec.page.url()).origin) {
  const foreign = rec.requests.filter((u) => {
    const parsed = new URL(u);
    return parsed.protocol !== 'data:' && parsed.origin !== origin;
  });
  if (foreign.length) {
    throw new Error(
      `${foreign.length} request(s) went to another host than ${origin}:\n${list(foreign)}`,
    );
  }
}

/** How long a page may take to mount the widget. */
export const MOUNT_TIMEOUT_MS = 20_000;

/**
 * Waits until the widget in `frame` (a Page or Frame) has mounted (`selector`, by default
 * `#phase-tracker[data-app-mounted]`) and returns that element; on timeout, throws naming
 * `label` and what the page logged.
 */
export async function waitForMount(frame, rec, label = 'the widget', selector = '#phase-tracker[data-app-mounted]') {
  return frame.waitForSelector(selector, { state: 'attached', timeout: MOUNT_TIMEOUT_MS }).catch((err) => {
    const errors = [...rec.consoleErrors, ...rec.pageErrors, ...rec.failedRequests];
    throw new Error(
      `${label} did not mount within ${MOUNT_TIMEOUT_MS / 1000}s (no ${selector})` +
        (errors.length ? `; the page logged:\n  - ${errors.join('\n  - ')}` : '') +
        `\n(${err.message.split('\n')[0]})`,
    );
  });
}

/**
 * Wraps a test body: on failure, saves a screenshot named `name-failure` and adds its path
 * to the error message.
 */
export async function withFailureShot(rec, name, body) {
  try {
    return await body();
  } catch (err) {
    const shot = await rec.screenshot(`${name}-failure`).catch(() => null);
    if (shot && err && typeof err === 'object') err.message += `\n(screenshot: ${shot})`;
    throw err;
  }
}
