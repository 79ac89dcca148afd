// Debian's chromium driven by playwright-core, launched like browser-tests/lib/browser.mjs
// (never a downloaded browser). Requests to anything but loopback are aborted.

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../browser-tests/lib/chromium.mjs';

export { CHROMIUM_PATH, CHROMIUM_ARGS };

/**
 * A phone-sized viewport, the one Lighthouse's mobile preset emulates (Moto G Power).
 * isMobile stays false: chromium's mobile emulation marks the layout shifts of the first
 * half second as "had recent input", which would hide them from CLS. The page's
 * width=device-width viewport gives the same 412 px layout either way.
 */
export const MOBILE_CONTEXT = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: false,
  hasTouch: true,
  locale: 'en-US',
  timezoneId: 'UTC',
};

export async function launchBrowser(extraArgs = []) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`chromium not found at ${CHROMIUM_PATH} (scripts/setup.sh --test installs it)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

function isLoopback(url) {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * A new context (cold: empty cache, no cookies) that never reaches past this machine: every
 * request for anything but loopback is aborted, and its URL pushed to
 * `context.blockedRequests`, so the run can say what tried to leave.
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ ...MOBILE_CONTEXT, ...options });
  const blocked = (context.blockedRequests = []);
  await context.route(
    (u) => !['data:', 'blob:', 'about:'].includes(u.protocol) && !isLoopback(u),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return context;
}

/**
 * Page-side probe, added with addInitScript before anything of the page runs:
 * - the moment the tracker is interactive: the page's own performance.mark
 *   ('tracker-interactive', set by its loader once the wasm's start has mounted the tracker),
 *   read once <main id="phase-tracker"> gets data-app-mounted (a MutationObserver on
 *   attributes only, so it costs nothing per node); under Playwright's fake clock, which
 *   replaces the page's performance object, the probe sets the mark itself at that moment;
 * - paint, largest-contentful-paint and layout-shift entries, collected as they come;
 * - the wasm Memory the page instantiates (WebAssembly.instantiate* wrapped), so its size
 *   can be read; window.__bench.wasmMemories holds every exported Memory.
 * The widget's source is not changed.
 */
export const PROBE_SCRIPT = `(() => {
  if (window.__bench) return;
  const perf = () => (window.__pwClock && window.__pwClock.builtins.performance) || performance;
  const b = (window.__bench = { paints: {}, lcp: 0, shifts: [], wasmMemories: [], interactiveAt: null });
  const markMounted = () => {
    if (b.interactiveAt !== null) return;
    const el = document.getElementById('phase-tracker');
    if (!el || !el.hasAttribute('data-app-mounted')) return;
    const p = perf();
    p.mark('tracker-interactive');
    const entry = p.getEntriesByName('tracker-interactive', 'mark')[0];
    b.interactiveAt = entry ? entry.startTime : p.now();
    mo.disconnect();
  };
  const mo = new MutationObserver(markMounted);
  mo.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app-mounted'] });
  const observe = (type, fn) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); }
    catch (e) { b['no_' + type] = String(e); }
  };
  observe('paint', (e) => { b.paints[e.name] = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = Math.max(b.lcp, e.renderTime || e.loadTime || e.startTime); });
  observe('layout-shift', (e) => {
    b.shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, startTime: e.startTime,
      sources: (e.sources || []).map((s) => s.node ? (s.node.id ? '#' + s.node.id : (s.node.className ? s.node.nodeName.toLowerCase() + '.' + String(s.node.className).split(' ')[0] : s.node.nodeName)) : '?') });
  });
  const W = WebAssembly;
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const orig = W[name];
    if (typeof orig !== 'function') continue;
    W[name] = function (...args) {
      return orig.apply(this, args).then((r) => {
        const inst = r instanceof W.Instance ? r : r && r.instance;
        if (inst) for (const v of Object.values(inst.exports)) if (v instanceof W.Memory) b.wasmMemories.push(v);
        return r;
      });
    };
  }
})();`;
