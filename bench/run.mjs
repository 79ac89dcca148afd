// The phase tracker's performance benchmark. Run it through scripts/bench.sh, which installs
// what is missing first; by hand (after npm ci here):
//
//   node bench/run.mjs [--runs N] [--ticks N] [--hours N] [--no-lighthouse] [--quick]
//                      [--at RFC3339] [--dist DIR] [--out DIR]
//
// It measures the release build (dist/, copied to out/widget/ first so a rebuild during the
// run cannot mix two builds) against the static reference page (out/reference/, made by
// make-reference.mjs), prints the results table and writes out/results.md and
// out/results.json. Targets missed are reported, not fatal: the exit code is 0 unless nothing
// could be measured at all.

import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { clockRuns } from './lib/clock.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { LOAD_CONDITIONS, loadRuns } from './lib/loads.mjs';
import { bytes, median, ms, num, pct, range, ratio, table, verdict } from './lib/report.mjs';
import { serveCompressed } from './lib/server.mjs';
import { COMPRESSORS, firstViewFiles, measureSizes } from './lib/sizes.mjs';
import { makeReference } from './make-reference.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

// ---- targets ----------------------------------------------------------------------------
const TARGETS = {
  firstViewBrotli: 60_000, // bytes (60 KB, SI)
  fcpRatio: 1.2,
  cls: 0,
  tickMedianMs: 0.1,
  memoryGrowthPct: 1,
  lighthouse: 100,
};
const MIN_RUNS = 5;
const MIN_TICKS = 600;

// ---- options ----------------------------------------------------------------------------
function parseArgs(argv) {
  const o = { runs: 7, ticks: 600, hours: 24, lighthouse: true, quick: false, at: null, dist: path.join(BENCH, '..', 'dist'), out: path.join(BENCH, 'out') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = () => {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number >= 1`);
      return v;
    };
    if (a === '--runs') o.runs = int();
    else if (a === '--ticks') o.ticks = int();
    else if (a === '--hours') o.hours = int();
    else if (a === '--no-lighthouse') o.lighthouse = false;
    else if (a === '--quick') Object.assign(o, { quick: true, runs: 2, ticks: 60, hours: 1, lighthouse: false });
    else if (a === '--at') o.at = value();
    else if (a === '--dist') o.dist = path.resolve(value());
    else if (a === '--out') o.out = path.resolve(value());
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const t0 = Date.now();
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${e.message}`);
    return 2;
  }
  const startTime = opts.at ? Date.parse(opts.at) : Math.floor(Date.now() / 1000) * 1000;
  if (!Number.isFinite(startTime)) {
    console.error(`bench: --at ${opts.at} is not a date`);
    return 2;
  }
  if (!existsSync(path.join(opts.dist, 'index.html'))) {
    console.error(`bench: no build at ${opts.dist} (run scripts/bench.sh --build)`);
    return 1;
  }

  const OUT = opts.out;
  const WIDGET_DIR = path.join(OUT, 'widget');
  const REF_DIR = path.join(OUT, 'reference');
  mkdirSync(OUT, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), loadAverageAtStart: os.loadavg()[0] },
    options: { ...opts, dist: path.relative(process.cwd(), opts.dist) || '.', out: path.relative(process.cwd(), OUT) || '.', startTime: new Date(startTime).toISOString() },
    targets: TARGETS,
    conditions: LOAD_CONDITIONS,
    errors: {},
  };
  const errors = results.errors;
  const section = async (name, fn) => {
    const s = Date.now();
    try {
      const r = await fn();
      log(`${name}: done in ${((Date.now() - s) / 1000).toFixed(1)} s`);
      return r;
    } catch (e) {
      errors[name] = String(e?.message ?? e).split('\n')[0];
      log(`${name}: FAILED: ${errors[name]}`);
      return null;
    }
  };

  // 1. Snapshot the build, then make the reference page from it.
  let widgetFiles = null;
  await section('build snapshot', async () => {
    for (let attempt = 1; ; attempt++) {
      rmSync(WIDGET_DIR, { recursive: true, force: true });
      cpSync(opts.dist, WIDGET_DIR, { recursive: true });
      try {
        widgetFiles = firstViewFiles(WIDGET_DIR);
        return;
      } catch (e) {
        if (attempt >= 5) throw e;
        log(`dist/ looks mid-rebuild (${e.message}); copying again in 3 s`);
        await new Promise((r) => setTimeout(r, 3000));
      }
    }
  });
  if (!widgetFiles) {
    console.error(`bench: could not read the build: ${errors['build snapshot']}`);
    return 1;
  }
  const ref = await section('reference page', () => makeReference(WIDGET_DIR, REF_DIR));

  // 2. Bytes.
  const sizes = await section('sizes', () => ({
    widget: measureSizes(WIDGET_DIR, widgetFiles),
    reference: ref ? measureSizes(REF_DIR, ref.files) : null,
    compressors: COMPRESSORS,
  }));
  results.sizes = sizes;

  // 3. Browser measurements.
  const servers = {};
  let browser = null;
  try {
    servers.widget = await serveCompressed(WIDGET_DIR);
    if (ref) servers.reference = await serveCompressed(REF_DIR);
    servers.isolated = await serveCompressed(WIDGET_DIR, { isolate: true });
    browser = await section('browser launch', () => launchBrowser(['--enable-precise-memory-info']));
    if (browser) {
      mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
      log(`cold loads: ${opts.runs} of each page, CPU ${LOAD_CONDITIONS.cpuSlowdown}x slower, ${LOAD_CONDITIONS.latencyMs} ms RTT, ${LOAD_CONDITIONS.downloadKbps}/${LOAD_CONDITIONS.uploadKbps} kbps`);
      results.loads = await section('cold loads', async () => {
        if (!servers.reference) throw new Error('no reference page to compare with');
        return loadRuns(browser, { widget: servers.widget.url, reference: servers.reference.url }, {
          runs: opts.runs,
          log,
          screenshots: {
            widget: path.join(OUT, 'screenshots', 'widget.png'),
            reference: path.join(OUT, 'screenshots', 'reference.png'),
          },
        });
      });
      const requested = [...new Set(servers.widget.log.filter((r) => r.status === 200).map((r) => r.path.replace(/^\//, '')))];
      results.requestedByWidget = requested;
      results.encodings = [...new Set(servers.widget.log.filter((r) => r.status === 200).map((r) => r.encoding))];

      // The default height (every disclosure closed), at a phone's and a desktop's width:
      // what an editor's iframe must hold before the reader opens anything.
      results.heights = await section('default heights', async () => {
        const heights = {};
        for (const width of [360, 1000]) {
          const context = await browser.newContext({ viewport: { width, height: 800 } });
          const page = await context.newPage();
          await page.goto(servers.widget.url);
          await page.waitForSelector('#phase-tracker[data-app-mounted]', { timeout: 30_000 });
          heights[width] = await page.evaluate(() => document.documentElement.scrollHeight);
          await context.close();
        }
        return heights;
      });

      const tickUrl = `${servers.isolated.url}?phase=2`;
      log(`countdown: ${opts.ticks} ticks of 1 s, then ${opts.hours} simulated hours (fake clock from ${new Date(startTime).toISOString()}, ${tickUrl})`);
      results.clock = await section('countdown ticks and memory', () =>
        clockRuns(browser, tickUrl, { ticks: opts.ticks, hours: opts.hours, startTime, log }),
      );
      if (results.clock) results.clock.url = '?phase=2';
    }
  } finally {
    await browser?.close().catch(() => {});
    for (const s of Object.values(servers)) if (s !== servers.widget && s !== servers.reference) await s.close();
  }

  // 4. Lighthouse, alone on the machine (the browser above is closed).
  if (opts.lighthouse && servers.widget) {
    log('lighthouse: mobile preset, widget then reference');
    const lhDir = path.join(OUT, 'lighthouse');
    mkdirSync(lhDir, { recursive: true });
    results.lighthouse = {
      widget: await section('lighthouse (widget)', () => runLighthouse(servers.widget.url, path.join(lhDir, 'widget'))),
      reference: servers.reference
        ? await section('lighthouse (reference)', () => runLighthouse(servers.reference.url, path.join(lhDir, 'reference')))
        : null,
    };
    for (const k of ['widget', 'reference']) {
      if (results.lighthouse[k]?.error) errors[`lighthouse (${k})`] = results.lighthouse[k].error;
    }
  }
  for (const s of [servers.widget, servers.reference]) await s?.close();
  results.notFound = [...new Set([...(servers.widget?.log ?? []), ...(servers.reference?.log ?? [])].filter((x) => x.status === 404).map((x) => x.path))];

  // 5. The table.
  const md = render(results, opts);
  writeFileSync(path.join(OUT, 'results.md'), md);
  const json = JSON.parse(JSON.stringify(results));
  writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\n${md}\n`);
  log(`written: ${path.relative(process.cwd(), path.join(OUT, 'results.md'))}, ${path.relative(process.cwd(), path.join(OUT, 'results.json'))} (total ${((Date.now() - t0) / 1000).toFixed(0)} s)`);

  const measuredAnything = Boolean(sizes || results.loads || results.clock || results.lighthouse?.widget?.scores);
  return measuredAnything ? 0 : 1;
}

function render(r, opts) {
  const E = r.errors;
  const why = (...names) => {
    const n = names.find((x) => E[x]);
    return n ? `not measured: ${E[n]}` : 'not measured';
  };
  const rows = [];
  const row = (measure, widget, reference, rat, target, met) => rows.push([measure, widget, reference, rat, target, met]);
  const notes = [];

  // Bytes.
  const S = r.sizes;
  if (S) {
    const w = S.widget.total;
    const f = S.reference?.total;
    row(`First view, brotli -q 11 (${S.widget.rows.length} vs ${S.reference?.rows.length ?? '—'} files)`, bytes(w.brotli), bytes(f?.brotli), ratio(w.brotli, f?.brotli), '≤ 60 KB (60,000 B)', verdict(w.brotli <= TARGETS.firstViewBrotli));
    row('First view, gzip -9', bytes(w.gzip), bytes(f?.gzip), ratio(w.gzip, f?.gzip), '—', '');
    row('First view, raw', bytes(w.raw), bytes(f?.raw), ratio(w.raw, f?.raw), '—', '');
    const H = r.heights;
    row(
      'Default height, every disclosure closed (360 / 1000 px wide)',
      H ? `${H[360]} / ${H[1000]} px` : why('default heights'),
      '',
      '',
      '≤ 1,480 / 900 px',
      H ? verdict(H[360] <= 1480 && H[1000] <= 900) : 'n/a',
    );
  } else {
    row('First view bytes', why('sizes'), '', '', '≤ 60 KB brotli', 'n/a');
  }

  // Loads.
  const L = r.loads;
  const C = r.conditions;
  if (L) {
    const col = (which, key) => L[which].map((x) => x[key]);
    const mw = (k) => median(col('widget', k));
    const mr = (k) => median(col('reference', k));
    const span = (which, k, d = 0) => {
      const [lo, hi] = range(col(which, k));
      return lo == null ? '' : ` (${lo.toFixed(d)}–${hi.toFixed(d)})`;
    };
    const n = L.widget.length;
    row(`Over the wire in a cold load (median of ${n}, CDP encodedDataLength)`, bytes(mw('encodedBytes')), bytes(mr('encodedBytes')), ratio(mw('encodedBytes'), mr('encodedBytes')), '—', '');
    const fw = mw('fcp');
    const fr = mr('fcp');
    row(`First contentful paint (median of ${n}, min–max)`, `${ms(fw)}${span('widget', 'fcp')}`, `${ms(fr)}${span('reference', 'fcp')}`, ratio(fw, fr), '≤ 1.2× reference', verdict(fw != null && fr != null ? fw <= TARGETS.fcpRatio * fr : null));
    row(`tracker-interactive mark (median of ${n}, min–max)`, `${ms(mw('interactive'))}${span('widget', 'interactive')}`, 'no script', '—', '—', '');
    row(`Largest contentful paint (median of ${n})`, ms(mw('lcp')), ms(mr('lcp')), ratio(mw('lcp'), mr('lcp')), '—', '');
    const cw = mw('cls');
    const cr = mr('cls');
    const maxW = Math.max(...col('widget', 'cls'));
    const maxR = Math.max(...col('reference', 'cls'));
    row(`Cumulative layout shift (median of ${n}; max)`, `${num(cw)}; ${num(maxW)}`, `${num(cr)}; ${num(maxR)}`, cr ? ratio(cw, cr) : '—', '0', verdict(maxW === 0 ? true : maxW > 0 ? false : null));
    const shiftSources = [...new Set(L.widget.flatMap((x) => x.shifts.filter((s) => !s.hadRecentInput).flatMap((s) => s.sources)))];
    if (maxW > 0) notes.push(`Layout shifts in the widget's loads came from: ${shiftSources.slice(0, 8).join(', ') || '(no source given)'}; at ${[...new Set(L.widget.flatMap((x) => x.shifts.map((s) => s.startTime.toFixed(0))))].slice(0, 8).join(', ')} ms.`);
    notes.push(`What was compared: the reference is the build-time static first view; once mounted, the widget's page is ${median(col('widget', 'pageHeight'))} px tall with ${median(col('widget', 'domNodes'))} elements, the reference's ${median(col('reference', 'pageHeight'))} px with ${median(col('reference', 'domNodes'))} (412 px wide).`);
    const withInput = [...L.widget, ...L.reference].flatMap((x) => x.shifts.filter((s) => s.hadRecentInput));
    if (withInput.length) notes.push(`${withInput.length} layout shift(s) flagged "had recent input" were left out of CLS (no input is sent, so this is chromium's own flag).`);
    const errs = [...new Set(L.widget.flatMap((x) => x.consoleErrors))];
    if (errs.length) notes.push(`Console errors during the widget's loads: ${errs.slice(0, 4).join(' / ')}.`);
  } else {
    row('First contentful paint', why('cold loads', 'browser launch'), '', '', '≤ 1.2× reference', 'n/a');
    row('Cumulative layout shift', why('cold loads', 'browser launch'), '', '', '0', 'n/a');
  }

  // Ticks and memory.
  const K = r.clock;
  if (K) {
    const t = K.tick;
    row(`Tick: main-thread time, median of ${t.widget.n} (net of harness floor)`, `${ms(t.net.median, 3)}`, 'no script', '—', '< 0.1 ms', verdict(t.net.median < TARGETS.tickMedianMs));
    row('Tick: main-thread time, p99 (net)', ms(t.net.p99, 3), '', '', '—', '');
    row('Tick: of which forced style + layout, median', ms(t.layout.median, 3), '', '', '—', '');
    row('Tick: as measured, median / p99 (incl. harness)', `${ms(t.widget.median, 3)} / ${ms(t.widget.p99, 3)}`, '', '', '—', '');
    row('Tick: harness floor (empty 1 s interval), median', ms(t.floor.median, 3), '', '', '—', '');
    if (t.cdpPerTickMs?.ScriptDuration != null) {
      row('Tick: CDP ScriptDuration per tick (mean, incl. fake clock + CDP)', ms(t.cdpPerTickMs.ScriptDuration, 3), '', '', '—', '');
    }
    const M = K.memory;
    const g = M.growthPct;
    const h = M.hours;
    row(`JS heap used after GC (CDP Runtime.getHeapUsage): start → after ${h} h`, `${bytes(M.start.usedSize)} → ${bytes(M.end.usedSize)} (${pct(g.jsHeapUsed)})`, '', '', '< 1 %', verdict(g.jsHeapUsed != null ? g.jsHeapUsed < TARGETS.memoryGrowthPct : null));
    row(`wasm linear memory (Memory.buffer.byteLength): start → after ${h} h`, `${bytes(M.start.wasmBytes)} → ${bytes(M.end.wasmBytes)} (${pct(g.wasmMemory)})`, '', '', '< 1 %', verdict(g.wasmMemory != null ? g.wasmMemory < TARGETS.memoryGrowthPct : null));
    row(`DOM nodes / JS listeners (CDP Memory.getDOMCounters): start → after ${h} h`, `${M.start.nodes} / ${M.start.jsEventListeners} → ${M.end.nodes} / ${M.end.jsEventListeners}`, '', '', '—', '');
    row(`JS heap used after GC: right after mount → end (incl. ticks and warm-up)`, `${bytes(M.afterMount.usedSize)} → ${bytes(M.end.usedSize)} (${pct(g.jsHeapUsedSinceMount)})`, '', '', '—', '');
    if (t.changedInFirst10 === 0) notes.push('The visible text did not change on the timed ticks: at this clock instant no countdown showed seconds, so the tick cost is that of an unchanged display (use --at to pick another instant).');
    if (!t.crossOriginIsolated) notes.push('The tick page was not cross-origin isolated: performance.now() is coarse (100 µs), so the tick figures are not precise.');
    if (K.errors?.length) notes.push(`Errors on the tick page: ${K.errors.slice(0, 3).join(' / ')}.`);
  } else {
    row('Tick: main-thread time, median', why('countdown ticks and memory', 'browser launch'), '', '', '< 0.1 ms', 'n/a');
    row('Memory growth over 24 simulated hours', why('countdown ticks and memory', 'browser launch'), '', '', '< 1 %', 'n/a');
  }

  // Lighthouse.
  const LH = r.lighthouse;
  const names = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices' };
  for (const [id, label] of Object.entries(names)) {
    const w = LH?.widget;
    const f = LH?.reference;
    const cell = (x, which) => (x?.scores ? String(x.scores[id] ?? '—') : LH ? why(`lighthouse (${which})`) : 'not run (--no-lighthouse)');
    const met = w?.scores ? verdict(w.scores[id] >= TARGETS.lighthouse) : 'n/a';
    row(`Lighthouse ${label} (mobile)`, cell(w, 'widget'), cell(f, 'reference'), w?.scores && f?.scores ? ratio(w.scores[id], f.scores[id]) : '—', '100', met);
  }
  const describe = (a) => `${a.id}${a.display ? ` (${a.display})` : ''}${a.items?.length ? `: ${a.items.join('; ')}` : ''}`;
  for (const which of ['widget', 'reference']) {
    if (LH?.[which]?.failing?.length) notes.push(`Lighthouse audits costing the ${which} points: ${LH[which].failing.map(describe).join(', ')}.`);
  }
  if (r.machine.loadAverageAtStart > 0.7) {
    notes.push(`The machine was busy when the run started (1-minute load average ${r.machine.loadAverageAtStart.toFixed(2)} on ${r.machine.cpus} cores): timings may be noisy.`);
  }

  const out = [];
  out.push(`# Phase tracker benchmark${opts.quick ? ' (QUICK: fewer runs, not the benchmark)' : ''}`);
  out.push('');
  out.push(`${r.date}, ${r.machine.cpus} × ${r.machine.cpuModel ?? 'CPU'}, node ${r.machine.node}, load average ${r.machine.loadAverageAtStart.toFixed(2)} at start. Widget: the release build (dist/, copied to out/widget/); reference: the same first view as static HTML + CSS, no script (out/reference/).`);
  out.push('');
  out.push(table(['measure', 'widget', 'reference', 'widget / reference', 'target', 'met'], rows, ['l', 'r', 'r', 'r', 'l', 'l']));
  out.push('');
  if (S) {
    out.push(`## First-view files (bytes; ${S.compressors.gzip}, ${S.compressors.brotli})`);
    out.push('');
    const frows = [];
    for (const x of S.widget.rows) frows.push([`widget: ${x.file}`, x.role, bytes(x.raw), bytes(x.gzip), bytes(x.brotli)]);
    frows.push(['**widget total**', '', bytes(S.widget.total.raw), bytes(S.widget.total.gzip), bytes(S.widget.total.brotli)]);
    for (const x of S.reference?.rows ?? []) frows.push([`reference: ${x.file}`, x.role, bytes(x.raw), bytes(x.gzip), bytes(x.brotli)]);
    if (S.reference) {
      frows.push(['**reference total**', '', bytes(S.reference.total.raw), bytes(S.reference.total.gzip), bytes(S.reference.total.brotli)]);
      frows.push(['widget / reference', '', ratio(S.widget.total.raw, S.reference.total.raw), ratio(S.widget.total.gzip, S.reference.total.gzip), ratio(S.widget.total.brotli, S.reference.total.brotli)]);
    }
    out.push(table(['file', 'what', 'raw', 'gzip -9', 'brotli -q 11'], frows, ['l', 'l', 'r', 'r', 'r']));
    out.push('');
    const extra = (r.requestedByWidget ?? []).filter((p) => !S.widget.rows.some((x) => x.file === p));
    if (extra.length) notes.push(`The browser also fetched, outside the first-view list: ${extra.join(', ')}.`);
    const unused = S.widget.rows.filter((x) => r.requestedByWidget && !r.requestedByWidget.includes(x.file)).map((x) => x.file);
    if (unused.length) notes.push(`Listed as first-view but not fetched by the browser: ${unused.join(', ')}.`);
  }
  out.push('## How it was measured');
  out.push('');
  out.push(`- Served by a node:http server on 127.0.0.1 with pre-compressed bodies (brotli -q 11 / gzip -9, picked by Accept-Encoding${r.encodings ? `; the browser got: ${r.encodings.join(', ')}` : ''}), Cache-Control: no-store.${r.notFound?.length ? ` Requests answered 404: ${r.notFound.join(', ')}.` : ''}`);
  out.push(`- Cold loads: headless Debian chromium, new context each time, 412×823 mobile viewport; CDP Emulation.setCPUThrottlingRate ${C.cpuSlowdown}, Network.emulateNetworkConditions ${C.latencyMs} ms latency, ${C.downloadKbps} kbps down, ${C.uploadKbps} kbps up; widget and reference alternate. FCP from the 'paint' PerformanceObserver; tracker-interactive = the page's own performance.mark, set by its loader once the wasm's start has mounted the tracker, read when <main id=phase-tracker> gets data-app-mounted (after the phases not open at start are drawn, one task later); CLS = sum of layout-shift entries without recent input, observed until ${C.settleMs / 1000} s after the mark (widget) or the load event (reference).`);
  if (K) {
    out.push(`- Ticks: Playwright's fake clock (context.clock.install at ${r.options.startTime}, then pauseAt), page ${K.url} (a countdown with seconds, when one is running), no throttling, cross-origin isolated (5 µs timers). After 60 warm-up ticks, ${K.tick.widget.n} × clock.runFor(1000); each fires the widget's timer callbacks ${K.tick.callbacksPerTick} time(s), after an untimed primer that takes the tick's cold start. Per tick: the sum, over those callbacks, of the time from the callback's start to a MessageChannel task queued by it (so Leptos's effects in microtasks are included) after a forced style+layout; the same measured for an empty interval is the harness floor, subtracted for "net". Text changed on ${K.tick.changedInFirst10}/10 checked ticks.`);
    out.push(`- Memory: after GC (CDP HeapProfiler.collectGarbage), CDP Runtime.getHeapUsage (JS heap), the wasm Memory's buffer.byteLength (captured by wrapping WebAssembly.instantiate*; linear memory only grows, in 64 KiB pages, so this is the high-water mark, not the allocator's live bytes, which cannot be read without changing the widget), CDP Memory.getDOMCounters; "start" is after the timed ticks and one warm-up simulated hour (so the one-off JIT tier-up of the ticking path, the fake clock's own code included, is not counted as growth); then ${K.memory.hours} × clock.runFor(1 h) (${K.memory.callbacksFired} timer callbacks fired, ${(K.memory.simulatedMs / 3.6e6).toFixed(0)} simulated hours, ${(K.memory.wallMs / 1000).toFixed(0)} s).`);
  }
  if (LH?.widget?.scores) {
    out.push(`- Lighthouse ${LH.widget.version}: ${LH.widget.formFactor} preset, ${LH.widget.throttlingMethod} throttling, categories performance, accessibility, best-practices; reports in out/lighthouse/.`);
  }
  if (opts.runs < MIN_RUNS || opts.ticks < MIN_TICKS || opts.hours < 24) {
    notes.push(`Fewer runs than the benchmark's minimum (${MIN_RUNS} loads, ${MIN_TICKS} ticks, 24 h): ${opts.runs} loads, ${opts.ticks} ticks, ${opts.hours} h.`);
  }
  const failed = Object.entries(E);
  if (failed.length) notes.push(`Not measured: ${failed.map(([k, v]) => `${k}: ${v}`).join('; ')}.`);
  if (notes.length) {
    out.push('');
    out.push('## Notes');
    out.push('');
    for (const n of notes) out.push(`- ${n}`);
  }
  return `${out.join('\n')}\n`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`bench: ${e?.stack ?? e}`);
    process.exitCode = 1;
  },
);
