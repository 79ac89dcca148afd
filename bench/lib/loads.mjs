// Cold loads under a throttled CPU and a throttled mobile network, through CDP:
// Emulation.setCPUThrottlingRate and Network.emulateNetworkConditions. Each load gets a
// new browser context (empty cache). The pages' loads take turns (widget, TimelineJS,
// reference, in a rotating order), so all see the same machine state.

import { TIMELINE_READY_MARK } from '../make-timelinejs.mjs';
import { newContext, PROBE_SCRIPT } from './browser.mjs';

/**
 * Added to the cold loads only (the tick and memory runs keep PROBE_SCRIPT alone, so their
 * figures do not carry it):
 * - every long task (PerformanceObserver 'longtask'), in window.__bench.longTasks;
 * - "countdown live": the moment the first .deadline-clock cell of <main id=phase-tracker>
 *   has text (the build-time first view leaves them blank, a no-break space, until the wasm
 *   fills them), in window.__bench.countdownAt. A MutationObserver on that element alone
 *   (child lists and text), attached once the HTML is parsed (so it sees none of the
 *   parser's work) and disconnected at the first filled cell; pages without the element
 *   attach nothing.
 */
export const LOAD_PROBE_SCRIPT = `(() => {
  const b = window.__bench;
  if (!b || b.longTasks) return;
  b.longTasks = [];
  b.countdownAt = null;
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => b.longTasks.push({ startTime: e.startTime, duration: e.duration })))
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { b.no_longtask = String(e); }
  const filled = (root) => {
    for (const cell of root.querySelectorAll('.deadline-clock')) if (cell.textContent.trim() !== '') return true;
    return false;
  };
  const watch = () => {
    const root = document.getElementById('phase-tracker');
    if (!root || b.countdownWatched) return;
    b.countdownWatched = true;
    if (filled(root)) { b.countdownAt = performance.now(); return; }
    const mo = new MutationObserver(() => {
      if (!filled(root)) return;
      b.countdownAt = performance.now();
      mo.disconnect();
    });
    mo.observe(root, { childList: true, characterData: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('readystatechange', watch, { once: true });
  else watch();
})();`;

export const LOAD_CONDITIONS = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadKbps: 1600,
  uploadKbps: 750,
  settleMs: 2000,
};

async function sleep(ms) {
  await new Promise((r) => setTimeout(r, ms));
}

/** What each page's "ready" is, and how a load waits for it. */
const READY = {
  // The tracker: its tracker-interactive mark, read when data-app-mounted is set (PROBE_SCRIPT).
  widget: {
    until: () => window.__bench && window.__bench.interactiveAt !== null,
    read: () => window.__bench.interactiveAt,
    missing: 'the widget did not set data-app-mounted',
  },
  // TimelineJS: its first slide painted (make-timelinejs.mjs marks it).
  timelinejs: {
    until: (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
    read: (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null,
    arg: TIMELINE_READY_MARK,
    missing: `TimelineJS's first slide was not painted (no ${TIMELINE_READY_MARK} mark)`,
  },
};

/**
 * One cold load of `url`; resolves with what the probe saw.
 * `ready`: 'widget' or 'timelinejs', to wait for that page's ready moment before settling
 * (see READY); none for the static reference, which settles from its load event.
 */
export async function coldLoad(browser, url, { ready, conditions = LOAD_CONDITIONS, screenshot } = {}) {
  const context = await newContext(browser);
  try {
    await context.addInitScript(PROBE_SCRIPT);
    await context.addInitScript(LOAD_PROBE_SCRIPT);
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: conditions.latencyMs,
      downloadThroughput: (conditions.downloadKbps * 1000) / 8,
      uploadThroughput: (conditions.uploadKbps * 1000) / 8,
      connectionType: 'cellular4g',
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpuSlowdown });
    let encodedBytes = 0;
    cdp.on('Network.loadingFinished', (e) => {
      encodedBytes += e.encodedDataLength;
    });

    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const r = ready ? READY[ready] : null;
    if (r) {
      await page.waitForFunction(r.until, r.arg, { timeout: 30_000, polling: 50 }).catch(() => {
        throw new Error(`${r.missing} within 30 s of the load event${consoleErrors.length ? ` (console: ${consoleErrors[0]})` : ''}`);
      });
    }
    // Let late shifts (the mount replacing the build-time first view, the first ticks) land.
    await sleep(conditions.settleMs);
    const readyAt = r ? await page.evaluate(r.read, r.arg) : null;
    const probe = await page.evaluate(() => {
      const b = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fcp: b.paints['first-contentful-paint'] ?? null,
        fp: b.paints['first-paint'] ?? null,
        lcp: b.lcp || null,
        interactive: b.interactiveAt,
        countdownLive: b.countdownAt,
        longTasks: b.longTasks,
        cls: b.shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0),
        shifts: b.shifts,
        pageHeight: document.documentElement.scrollHeight,
        domNodes: document.getElementsByTagName('*').length,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd : null,
        resources: [nav, ...performance.getEntriesByType('resource')]
          .filter(Boolean)
          .map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize })),
        noObserver: Object.keys(b).filter((k) => k.startsWith('no_')),
      };
    });
    probe.ready = readyAt;
    // Long tasks until the end of the settle time after ready (or after the load event).
    probe.longTaskSum = probe.longTasks.reduce((sum, t) => sum + t.duration, 0);
    probe.longTaskCount = probe.longTasks.length;
    probe.longTaskSumToReady = readyAt == null ? null : probe.longTasks.filter((t) => t.startTime < readyAt).reduce((sum, t) => sum + t.duration, 0);
    if (screenshot) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    await cdp.detach().catch(() => {});
    return { ...probe, encodedBytes, wallMs: Date.now() - t0, consoleErrors, blocked: [...context.blockedRequests] };
  } finally {
    await context.close();
  }
}

/**
 * `runs` cold loads of each page, the order rotating from one round to the next.
 * @param {Record<string, string>} urls by page: widget, timelinejs, reference (any subset)
 */
export async function loadRuns(browser, urls, { runs, log, screenshots = {} }) {
  const pages = Object.keys(urls);
  const out = Object.fromEntries(pages.map((p) => [p, []]));
  for (let i = 0; i < runs; i++) {
    const order = pages.map((_, k) => pages[(k + i) % pages.length]);
    for (const which of order) {
      const r = await coldLoad(browser, urls[which], {
        ready: READY[which] ? which : undefined,
        screenshot: i === runs - 1 ? screenshots[which] : undefined,
      });
      out[which].push(r);
      log(
        `  load ${i + 1}/${runs} ${which.padEnd(10)} FCP ${r.fcp?.toFixed(0)} ms` +
          (r.ready != null ? `, ready ${r.ready.toFixed(0)} ms` : '') +
          (r.countdownLive != null ? `, countdown live ${r.countdownLive.toFixed(0)} ms` : '') +
          `, long tasks ${r.longTaskSum.toFixed(0)} ms, CLS ${r.cls.toFixed(4)}, ${r.encodedBytes} B over the wire` +
          (r.blocked.length ? `, ${r.blocked.length} request(s) blocked` : ''),
      );
    }
  }
  return out;
}
