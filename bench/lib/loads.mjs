// Cold loads under a throttled CPU and a throttled mobile network, through CDP:
// Emulation.setCPUThrottlingRate and Network.emulateNetworkConditions. Each load gets a
// new browser context (empty cache). The widget's and the reference's loads alternate, so
// both see the same machine state.

import { newContext, PROBE_SCRIPT } from './browser.mjs';

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

/**
 * One cold load of `url`; resolves with what the probe saw.
 * `waitForMount`: wait for the tracker-interactive mark (the widget) before settling.
 */
export async function coldLoad(browser, url, { waitForMount, conditions = LOAD_CONDITIONS, screenshot } = {}) {
  const context = await newContext(browser);
  try {
    await context.addInitScript(PROBE_SCRIPT);
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
    if (waitForMount) {
      await page
        .waitForFunction(() => window.__bench && window.__bench.interactiveAt !== null, null, { timeout: 30_000, polling: 50 })
        .catch(() => {
          throw new Error(`the widget did not set data-app-mounted within 30 s of the load event${consoleErrors.length ? ` (console: ${consoleErrors[0]})` : ''}`);
        });
    }
    // Let late shifts (the mount replacing the build-time first view, the first ticks) land.
    await sleep(conditions.settleMs);
    const probe = await page.evaluate(() => {
      const b = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fcp: b.paints['first-contentful-paint'] ?? null,
        fp: b.paints['first-paint'] ?? null,
        lcp: b.lcp || null,
        interactive: b.interactiveAt,
        cls: b.shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0),
        shifts: b.shifts,
        pageHeight: document.documentElement.scrollHeight,
        domNodes: document.getElementsByTagName('*').length,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd : null,
        resources: [nav, ...performance.getEntriesByType('resource')]
          .filter(Boolean)
          .map((e) => ({ name: e.name, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize })),
        noObserver: Object.keys(b).filter((k) => k.startsWith('no_')),
      };
    });
    if (screenshot) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    await cdp.detach().catch(() => {});
    return { ...probe, encodedBytes, wallMs: Date.now() - t0, consoleErrors };
  } finally {
    await context.close();
  }
}

/**
 * `runs` cold loads of each page, alternating which goes first.
 * @param {{widget: string, reference: string}} urls
 */
export async function loadRuns(browser, urls, { runs, log, screenshots = {} }) {
  const out = { widget: [], reference: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['widget', 'reference'] : ['reference', 'widget'];
    for (const which of order) {
      const r = await coldLoad(browser, urls[which], {
        waitForMount: which === 'widget',
        screenshot: i === runs - 1 ? screenshots[which] : undefined,
      });
      out[which].push(r);
      log(
        `  load ${i + 1}/${runs} ${which.padEnd(9)} FCP ${r.fcp?.toFixed(0)} ms` +
          (which === 'widget' ? `, interactive ${r.interactive?.toFixed(0)} ms` : '') +
          `, CLS ${r.cls.toFixed(4)}, ${r.encodedBytes} B over the wire`,
      );
    }
  }
  return out;
}
