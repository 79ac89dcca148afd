// The countdown under Playwright's fake clock: main-thread time per tick, and memory
// before and after many simulated hours of ticking.
//
// How a tick is timed. Playwright's clock (context.clock.install) replaces setInterval,
// setTimeout, requestAnimationFrame, Date and performance in the page; clock.runFor(1000)
// then fires the widget's once-a-second timer (aimed at the wall clock's next whole second),
// which moves the displayed second.
// TICK_PROBE, added after the clock, wraps the (fake) timer functions so every callback the
// page schedules is timed inside the page with the real performance.now():
//   start = before the callback;
//   end   = in a MessageChannel task posted by the callback's wrapper, i.e. after the
//           callback AND every microtask it queued (Leptos runs its effects, and so its DOM
//           updates, in microtasks), and after a forced style + layout
//           (getBoundingClientRect), so the tick's re-layout is counted too. Paint is not.
// One tick's figure is the sum over the callbacks fired by one runFor(1000). The page is
// served cross-origin isolated (COOP/COEP) so performance.now() has 5 µs resolution.
// An empty 1 s interval, timed the same way in the same ticks, gives the harness floor
// (the wrapper, its message hop and an empty layout): net = widget - floor. An untimed
// primer fires first in every tick, so the tick's cold start is charged to neither.
//
// The clock is paused (pauseAt) before measuring, so only runFor fires timers.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newContext, PROBE_SCRIPT } from './browser.mjs';
import { describeGrowers, diffHeap, parseSnapshot, takeHeapSnapshot } from './heap-diff.mjs';

/** Simulated hours of ticking before the memory run's start (see the memory step). */
export const WARMUP_HOURS = 5;

export const TICK_PROBE = `(() => {
  const pw = window.__pwClock;
  if (!pw || window.__benchTicks) return;
  const perf = pw.builtins.performance;
  const now = () => perf.now();
  const s = (window.__benchTicks = { app: 0, appLayout: 0, appCalls: 0, noop: 0, noopLayout: 0, noopCalls: 0, snap: {} });
  const ch = new MessageChannel();
  const q = [];
  ch.port1.onmessage = () => q.shift()();
  const after = (f) => { q.push(f); ch.port2.postMessage(0); };
  const timed = (cb, bucket) => function (...args) {
    const t0 = now();
    try {
      return typeof cb === 'function' ? cb.apply(this, args) : (0, eval)(String(cb));
    } finally {
      after(() => {
        const t1 = now();
        document.documentElement.getBoundingClientRect();
        const t2 = now();
        s[bucket] += t2 - t0;
        s[bucket + 'Layout'] += t2 - t1;
        s[bucket + 'Calls']++;
      });
    }
  };
  const originals = {};
  for (const name of ['setInterval', 'setTimeout', 'requestAnimationFrame']) {
    const orig = (originals[name] = window[name]);
    window[name] = function (cb, ...rest) { return orig.call(this, timed(cb, 'app'), ...rest); };
  }
  s.startNoop = () => {
    // One call per tick, as the widget's timer makes, so the floor is that of one callback.
    s.noopId = originals.setInterval.call(window, timed(() => {}, 'noop'), 1000);
    // An untimed primer 1 ms into every runFor(1000) window takes the window's cold start
    // (the first task after the harness's CDP round trip), so neither the widget nor the
    // floor is charged for it, whichever of them happens to fire first.
    originals.setTimeout.call(window, () => originals.setInterval.call(window, () => {}, 1000), 1);
  };
  s.take = () => {
    const r = { appCalls: s.appCalls, noopCalls: s.noopCalls };
    for (const k of ['app', 'appLayout', 'noop', 'noopLayout']) { r[k] = s[k] - (s.snap[k] || 0); s.snap[k] = s[k]; }
    return r;
  };
})();`;

function quantile(sorted, q) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { n: s.length, median: quantile(s, 0.5), p99: quantile(s, 0.99), max: s[s.length - 1] ?? null, mean };
}

async function memorySnapshot(cdp, page) {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const pageSide = await page.evaluate(() => {
    const m = window.__pwClock ? window.__pwClock.builtins.performance.memory : performance.memory;
    return {
      wasmBytes: window.__bench.wasmMemories.reduce((sum, mem) => sum + mem.buffer.byteLength, 0),
      wasmMemories: window.__bench.wasmMemories.length,
      performanceMemory: m ? { usedJSHeapSize: m.usedJSHeapSize, totalJSHeapSize: m.totalJSHeapSize } : null,
      fakeNow: Date.now(),
      layoutShiftsSeen: window.__bench.shifts.length,
    };
  });
  return { ...heap, ...dom, ...pageSide };
}

const pct = (a, b) => (a ? ((b - a) / a) * 100 : null);

/**
 * Ticks and memory of the widget at `url` (served cross-origin isolated).
 * @param {object} o
 * @param {number} o.ticks     number of 1 s ticks to time
 * @param {number} o.hours     simulated hours of ticking for the memory figure
 * @param {number} o.startTime fake clock start (ms since epoch)
 * @param {string} [o.heapDir] where to write the memory run's two heap snapshots
 *   (start.heapsnapshot, end.heapsnapshot, for DevTools' Comparison view); none if absent
 */
export async function clockRuns(browser, url, { ticks, hours, startTime, log, heapDir }) {
  const context = await newContext(browser);
  try {
    await context.clock.install({ time: startTime });
    await context.addInitScript(PROBE_SCRIPT);
    await context.addInitScript(TICK_PROBE);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench && window.__bench.interactiveAt !== null, null, { timeout: 60_000 });
    const env = await page.evaluate(() => ({
      isolated: window.crossOriginIsolated,
      fakeClock: Boolean(Date.isFake || window.__pwClock),
      probe: Boolean(window.__benchTicks),
    }));
    if (!env.fakeClock || !env.probe) throw new Error(`the tick probe is not installed (${JSON.stringify(env)})`);

    // Stop real time, then warm up (JIT, first renders) before timing.
    await page.clock.pauseAt(startTime + 10_000);
    const afterMount = await memorySnapshot(cdp, page);
    await page.evaluate(() => window.__benchTicks.startNoop());
    const textOf = () => page.evaluate(() => document.getElementById('phase-tracker')?.innerText ?? '');
    let changed = 0;
    for (let i = 0; i < 10; i++) {
      const before = await textOf();
      await page.clock.runFor(1000);
      if ((await textOf()) !== before) changed++;
    }
    for (let i = 0; i < 50; i++) await page.clock.runFor(1000);
    await page.evaluate(() => window.__benchTicks.take());

    const metric = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const m0 = await metric();
    const app = [];
    const layout = [];
    const noop = [];
    const net = [];
    const calls0 = await page.evaluate(() => window.__benchTicks.take());
    const t0 = Date.now();
    for (let i = 0; i < ticks; i++) {
      await page.clock.runFor(1000);
      const r = await page.evaluate(() => window.__benchTicks.take());
      app.push(r.app);
      layout.push(r.appLayout);
      noop.push(r.noop);
      net.push(r.app - r.noop);
    }
    const tickWallMs = Date.now() - t0;
    const calls1 = await page.evaluate(() => window.__benchTicks.take());
    const m1 = await metric();
    const cdpPerTick = {};
    for (const k of ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration']) {
      if (k in m0 && k in m1) cdpPerTick[k] = ((m1[k] - m0[k]) * 1000) / ticks;
    }
    const callbacksPerTick = (calls1.appCalls - calls0.appCalls) / ticks;
    const tick = {
      widget: summarize(app),
      layout: summarize(layout),
      floor: summarize(noop),
      net: summarize(net),
      callbacksPerTick,
      changedInFirst10: changed,
      cdpPerTickMs: cdpPerTick,
      crossOriginIsolated: env.isolated,
      wallMs: tickWallMs,
      samples: app,
      floorSamples: noop,
    };
    log(
      `  ${ticks} ticks in ${(tickWallMs / 1000).toFixed(1)} s: widget median ${tick.widget.median.toFixed(3)} ms, ` +
        `p99 ${tick.widget.p99.toFixed(3)} ms; floor median ${tick.floor.median.toFixed(3)} ms; ` +
        `${callbacksPerTick} callbacks/tick; text changed on ${changed}/10 ticks; isolated=${env.isolated}`,
    );

    // Memory: WARMUP_HOURS of ticking first, then start, then `hours` of ticking (every
    // timer fires), an hour per runFor. The warm-up covers V8's tier-up of the functions
    // called once per tick (Playwright's fake clock, the bench's tick probe, wasm-bindgen's
    // import shims): they reach TurboFan only in the first 1-4 simulated hours (+13 to +24 KB
    // of compiled code, about 1 % of the heap, with one warm-up hour: the heap snapshot diffs
    // of heap-diff.mjs), which is not the widget's memory growing. heapDiff still says how
    // much of any growth is code (the harness's own hourly page.evaluate code reaches Maglev
    // ~28 h in).
    const w0 = Date.now();
    await page.clock.runFor(WARMUP_HOURS * 3_600_000);
    log(`  ${WARMUP_HOURS} warm-up hours (${((Date.now() - w0) / 1000).toFixed(1)} s)`);
    const start = await memorySnapshot(cdp, page);
    // A heap snapshot at the start and at the end (after the figures above, so they are
    // not its doing), diffed per class: what the heap gained. Optional: a failure is noted.
    const heapErrors = [];
    const heapSnap = async (which) => {
      try {
        const json = await takeHeapSnapshot(cdp);
        if (heapDir) {
          mkdirSync(heapDir, { recursive: true });
          writeFileSync(path.join(heapDir, `${which}.heapsnapshot`), json);
        }
        return parseSnapshot(json);
      } catch (e) {
        heapErrors.push(`${which}: ${String(e?.message ?? e).split('\n')[0]}`);
        return null;
      }
    };
    const heapStart = await heapSnap('start');
    const calls2 = await page.evaluate(() => window.__benchTicks.take());
    const hourly = [];
    const s0 = Date.now();
    for (let h = 1; h <= hours; h++) {
      const th = Date.now();
      await page.clock.runFor(3_600_000);
      const snap = await memorySnapshot(cdp, page);
      hourly.push({ hour: h, usedSize: snap.usedSize, wasmBytes: snap.wasmBytes, nodes: snap.nodes, jsEventListeners: snap.jsEventListeners, wallMs: Date.now() - th });
      log(`  hour ${String(h).padStart(2)}/${hours}: JS heap ${snap.usedSize} B, wasm ${snap.wasmBytes} B, ${snap.nodes} DOM nodes (${((Date.now() - th) / 1000).toFixed(1)} s)`);
    }
    const end = await memorySnapshot(cdp, page);
    const soakCalls = await page.evaluate(() => window.__benchTicks.take());
    const heapEnd = heapStart ? await heapSnap('end') : null;
    let heapDiff = null;
    if (heapStart && heapEnd) {
      try {
        heapDiff = diffHeap(heapStart, heapEnd, { top: 10 });
        const [v0, v1] = [heapDiff.start.spaces.v8, heapDiff.end.spaces.v8];
        log(`  heap snapshot diff: V8 heap ${v0.bytes} → ${v1.bytes} B (compiled code ${heapDiff.v8ByType.code?.bytesDelta ?? 0} B of the change), ${v0.count} → ${v1.count} objects; top growers: ${describeGrowers(heapDiff) || 'none'}`);
      } catch (e) {
        heapErrors.push(`diff: ${String(e?.message ?? e).split('\n')[0]}`);
      }
    }
    if (heapErrors.length) log(`  heap snapshot diff FAILED: ${heapErrors.join('; ')}`);
    const memory = {
      hours,
      start,
      end,
      hourly,
      simulatedMs: end.fakeNow - start.fakeNow,
      callbacksFired: soakCalls.appCalls - calls2.appCalls,
      afterMount,
      warmupHours: WARMUP_HOURS,
      heapDiff: heapDiff ?? { error: heapErrors.join('; ') || 'not taken' },
      growthPct: {
        jsHeapUsed: pct(start.usedSize, end.usedSize),
        wasmMemory: pct(start.wasmBytes, end.wasmBytes),
        domNodes: pct(start.nodes, end.nodes),
        jsEventListeners: pct(start.jsEventListeners, end.jsEventListeners),
        jsHeapUsedSinceMount: pct(afterMount.usedSize, end.usedSize),
        performanceMemoryUsed: start.performanceMemory && end.performanceMemory
          ? pct(start.performanceMemory.usedJSHeapSize, end.performanceMemory.usedJSHeapSize)
          : null,
      },
      wallMs: Date.now() - s0,
    };
    return { tick, memory, errors };
  } finally {
    await context.close();
  }
}
