// The phase tracker's performance benchmark. Run it through scripts/bench.sh, which installs
// what is missing first; by hand (after npm ci here):
//
//   node bench/run.mjs [--runs N] [--ticks N] [--hours N] [--no-lighthouse] [--quick]
//                      [--at RFC3339] [--lang en|ar|ckb] [--dist DIR] [--out DIR]
//
// It measures the release build (dist/, copied to out/widget/ first so a rebuild during the
// run cannot mix two builds) against two references: TimelineJS 3.9.11 showing the same
// story (out/timelinejs/, made by make-timelinejs.mjs from data/iraq-coalition.json) and the
// static reference page (out/reference/, made by make-reference.mjs). It prints the results
// table, with the tracker's ratio to each, and writes out/results.md and out/results.json.
// Every browser it starts stays on 127.0.0.1: requests for anything else are blocked and
// counted (lib/browser.mjs, lib/offline.mjs). Targets missed are reported, not fatal: the
// exit code is 0 unless nothing could be measured at all.
//
// --lang L measures that language's page of a publish.sh build (dist/ for en, dist/L/ else;
// its <html lang> must be L) against the static reference made from that page's first view
// (same lang and dir, same stylesheet) and TimelineJS, which stays English (it has no Sorani).
// Its working files go to out/L/ and its results to out/results-L.md and .json; the table
// names each column's language, adds the CI gate on the first view (browser-tests/budget.json)
// and starts with the one-row summary of lib/languages.mjs. Without --lang, English, as ever:
// out/ and out/results.md.

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { clockRuns } from './lib/clock.mjs';
import { firstViewGate, htmlAttrs, langDist, languagesTable, LANGS } from './lib/languages.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { LOAD_CONDITIONS, loadRuns } from './lib/loads.mjs';
import { startTrap } from './lib/offline.mjs';
import { bytes, median, ms, num, pct, range, ratio, table, verdict } from './lib/report.mjs';
import { serveCompressed } from './lib/server.mjs';
import { COMPRESSORS, firstViewFiles, measureSizes } from './lib/sizes.mjs';
import { htmlLangDir, makeReference } from './make-reference.mjs';
import { makeTimelineJs, TIMELINE_READY_MARK } from './make-timelinejs.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
/** The story TimelineJS is given: the one the widget's build bundles by default. */
const DATA = path.join(BENCH, '..', 'data', 'iraq-coalition.json');
/** The three pages, in the table's order. */
const PAGES = ['widget', 'timelinejs', 'reference'];

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
  const o = { runs: 7, ticks: 600, hours: 24, lighthouse: true, quick: false, at: null, lang: null, dist: path.join(BENCH, '..', 'dist'), out: path.join(BENCH, 'out') };
  let distGiven = false;
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
    else if (a === '--lang') {
      o.lang = value();
      if (!Object.hasOwn(LANGS, o.lang)) throw new Error(`--lang ${o.lang}: not one of ${Object.keys(LANGS).join(', ')}`);
    } else if (a === '--dist') {
      o.dist = path.resolve(value());
      distGiven = true;
    } else if (a === '--out') o.out = path.resolve(value());
    else throw new Error(`unknown argument ${a}`);
  }
  if (o.lang && !distGiven) o.dist = langDist(o.dist, o.lang);
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

  // The working files (the pages' copies, screenshots, Lighthouse reports): out/, or out/<lang>/
  // with --lang; the results: out/results.md, or out/results-<lang>.md.
  const OUT = opts.lang ? path.join(opts.out, opts.lang) : opts.out;
  const RESULTS = path.join(opts.out, opts.lang ? `results-${opts.lang}` : 'results');
  const WIDGET_DIR = path.join(OUT, 'widget');
  const REF_DIR = path.join(OUT, 'reference');
  const TL_DIR = path.join(OUT, 'timelinejs');
  mkdirSync(OUT, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), loadAverageAtStart: os.loadavg()[0] },
    options: { ...opts, dist: path.relative(process.cwd(), opts.dist) || '.', out: path.relative(process.cwd(), OUT) || '.', startTime: new Date(startTime).toISOString() },
    targets: TARGETS,
    conditions: LOAD_CONDITIONS,
    errors: {},
  };
  if (opts.lang) Object.assign(results, { lang: opts.lang, gate: firstViewGate(opts.lang) });
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
      cpSync(opts.dist, WIDGET_DIR, { recursive: true, filter: (src) => !publishExtra(opts.dist, src) });
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
  // The page's language and direction; with --lang, it must be that language's page.
  results.page = htmlLangDir(readFileSync(path.join(WIDGET_DIR, 'index.html'), 'utf8'));
  if (opts.lang && (results.page.lang ?? '').toLowerCase().split('-')[0] !== opts.lang) {
    console.error(`bench: ${path.join(opts.dist, 'index.html')} is a page in lang="${results.page.lang}", not ${opts.lang} (build with bash scripts/publish.sh)`);
    return 1;
  }
  const ref = await section('reference page', () => {
    const made = makeReference(WIDGET_DIR, REF_DIR);
    if (made.html.lang !== results.page.lang || made.html.dir !== results.page.dir) {
      throw new Error(`the reference is lang="${made.html.lang}" dir="${made.html.dir}", the page lang="${results.page.lang}" dir="${results.page.dir}"`);
    }
    return made;
  });
  const tl = await section('TimelineJS page', () => makeTimelineJs(DATA, TL_DIR));
  if (tl) results.timelinejs = { version: tl.version, slides: tl.slides, data: path.relative(path.join(BENCH, '..'), DATA) };

  // 2. Bytes. TimelineJS's first view is measured again after the loads, from the files the
  // browser fetched before its first slide was painted (its icon font is one of them).
  const sizes = await section('sizes', () => ({
    widget: measureSizes(WIDGET_DIR, widgetFiles),
    timelinejs: tl ? measureSizes(TL_DIR, tl.files) : null,
    reference: ref ? measureSizes(REF_DIR, ref.files) : null,
    compressors: COMPRESSORS,
  }));
  results.sizes = sizes;

  // 3. Browser measurements. The trap is the proxy of every chromium started here.
  const servers = {};
  let browser = null;
  const trap = await startTrap();
  try {
    servers.widget = await serveCompressed(WIDGET_DIR);
    if (tl) servers.timelinejs = await serveCompressed(TL_DIR);
    if (ref) servers.reference = await serveCompressed(REF_DIR);
    servers.isolated = await serveCompressed(WIDGET_DIR, { isolate: true });
    browser = await section('browser launch', () => launchBrowser(['--enable-precise-memory-info', trap.flag]));
    if (browser) {
      mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
      log(`cold loads: ${opts.runs} of each page, CPU ${LOAD_CONDITIONS.cpuSlowdown}x slower, ${LOAD_CONDITIONS.latencyMs} ms RTT, ${LOAD_CONDITIONS.downloadKbps}/${LOAD_CONDITIONS.uploadKbps} kbps`);
      results.loads = await section('cold loads', async () => {
        if (!servers.reference) throw new Error('no reference page to compare with');
        const urls = Object.fromEntries(PAGES.filter((p) => servers[p]).map((p) => [p, servers[p].url]));
        return loadRuns(browser, urls, {
          runs: opts.runs,
          log,
          screenshots: Object.fromEntries(Object.keys(urls).map((p) => [p, path.join(OUT, 'screenshots', `${p}.png`)])),
        });
      });
      if (tl && results.loads?.timelinejs) {
        const files = timelineFirstView(results.loads.timelinejs, servers.timelinejs.url);
        results.timelinejsFirstView = files;
        sizes.timelinejs = measureSizes(TL_DIR, files);
      }
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
        clockRuns(browser, tickUrl, { ticks: opts.ticks, hours: opts.hours, startTime, log, heapDir: path.join(OUT, 'heap') }),
      );
      if (results.clock) results.clock.url = '?phase=2';
    }
  } finally {
    await browser?.close().catch(() => {});
    await servers.isolated?.close();
  }
  const trapHitsBrowser = trap.hits.length;

  // 4. Lighthouse, alone on the machine (the browser above is closed).
  if (opts.lighthouse && servers.widget) {
    log('lighthouse: mobile preset, widget, TimelineJS, reference');
    const lhDir = path.join(OUT, 'lighthouse');
    mkdirSync(lhDir, { recursive: true });
    results.lighthouse = {};
    for (const k of PAGES) {
      if (!servers[k]) continue;
      const before = trap.hits.length;
      const lh = await section(`lighthouse (${k})`, () => runLighthouse(servers[k].url, path.join(lhDir, k), { chromeFlags: [trap.flag] }));
      if (lh) lh.trapHits = trap.hits.length - before;
      results.lighthouse[k] = lh;
      if (lh?.error) errors[`lighthouse (${k})`] = lh.error;
    }
  }
  await trap.close();
  for (const k of PAGES) await servers[k]?.close();
  results.notFound = [...new Set(PAGES.flatMap((k) => servers[k]?.log ?? []).filter((x) => x.status === 404).map((x) => x.path))];
  // What tried to leave 127.0.0.1 (and was refused): the pages' requests, per page, in the
  // cold loads (aborted by the context's route) and in Lighthouse (its own network record);
  // and what reached the trap: in the cold loads, chromium's own background requests (the
  // pages' never get that far), in Lighthouse both.
  const byHost = {};
  for (const h of trap.hits) {
    const host = h.method === 'CONNECT' ? h.target.replace(/:\d+$/, '') : (URL.canParse(h.target) ? new URL(h.target).hostname : h.target);
    byHost[host] = (byHost[host] ?? 0) + 1;
  }
  results.offline = {
    loads: Object.fromEntries(PAGES.map((k) => [k, (results.loads?.[k] ?? []).flatMap((x) => x.blocked)])),
    lighthouse: Object.fromEntries(PAGES.map((k) => [k, results.lighthouse?.[k]?.offHost ?? null])),
    trap: { duringBrowser: trapHitsBrowser, total: trap.hits.length, byHost },
  };

  // 5. The table.
  const md = render(results, opts);
  writeFileSync(`${RESULTS}.md`, md);
  const json = JSON.parse(JSON.stringify(results));
  writeFileSync(`${RESULTS}.json`, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\n${md}\n`);
  log(`written: ${path.relative(process.cwd(), `${RESULTS}.md`)}, ${path.relative(process.cwd(), `${RESULTS}.json`)} (total ${((Date.now() - t0) / 1000).toFixed(0)} s)`);

  const measuredAnything = Boolean(sizes || results.loads || results.clock || results.lighthouse?.widget?.scores);
  return measuredAnything ? 0 : 1;
}

/**
 * What scripts/publish.sh adds to a build that the bench leaves out of its copy: the .br and
 * .gz beside each file (the bench's server compresses its own) and the other languages'
 * pages (dist/ar/, dist/ckb/ in dist/).
 */
function publishExtra(dist, src) {
  const rel = path.relative(dist, src);
  if (/\.(br|gz)$/.test(rel) && existsSync(src.slice(0, -3))) return true;
  const top = rel.split(path.sep)[0];
  return rel !== '' && Object.hasOwn(LANGS, top) && existsSync(path.join(dist, top, 'index.html'));
}

/**
 * TimelineJS's first view: index.html and every file of its page that a cold load requested
 * before the first slide was painted (resource timing startTime < ready), over all loads.
 */
function timelineFirstView(loads, baseUrl) {
  const files = new Set(['index.html']);
  for (const load of loads) {
    if (load.ready == null) continue;
    for (const res of load.resources) {
      if (!res.name.startsWith(baseUrl) || !(res.startTime < load.ready)) continue;
      const rel = decodeURIComponent(new URL(res.name).pathname).replace(/^\/+/, '');
      if (rel) files.add(rel);
    }
  }
  return [...files];
}

function render(r, opts) {
  const E = r.errors;
  const why = (...names) => {
    const n = names.find((x) => E[x]);
    return n ? `not measured: ${E[n]}` : 'not measured';
  };
  const tlName = `TimelineJS ${r.timelinejs?.version ?? ''}`.trim();
  // With --lang: the language of each column (TimelineJS is always English).
  const lang = opts.lang;
  const inLang = (name, code) => (lang ? `${name} (${code})` : name);
  const rows = [];
  // One row: the three pages' cells, the tracker's ratio to TimelineJS and to the static
  // reference ('' where a ratio means nothing), the target and whether it was met.
  const row = (measure, widget, timelinejs, reference, byTl, byRef, target, met) => rows.push([measure, widget, timelinejs, reference, byTl, byRef, target, met]);
  const notes = [];

  // Bytes.
  const S = r.sizes;
  if (S) {
    const w = S.widget.total;
    const t = S.timelinejs?.total;
    const f = S.reference?.total;
    const n = (x) => x?.rows.length ?? '—';
    row(`First view, brotli -q 11 (${n(S.widget)} / ${n(S.timelinejs)} / ${n(S.reference)} files)`, bytes(w.brotli), bytes(t?.brotli), bytes(f?.brotli), ratio(w.brotli, t?.brotli), ratio(w.brotli, f?.brotli), '≤ 60 KB (60,000 B)', verdict(w.brotli <= TARGETS.firstViewBrotli));
    if (r.gate) row(`First view, brotli -q 11, against the CI gate (${r.gate.from})`, bytes(w.brotli), '', '', '', '', `≤ ${bytes(r.gate.bytes)}`, verdict(w.brotli <= r.gate.bytes));
    row('First view, gzip -9', bytes(w.gzip), bytes(t?.gzip), bytes(f?.gzip), ratio(w.gzip, t?.gzip), ratio(w.gzip, f?.gzip), '—', '');
    row('First view, raw', bytes(w.raw), bytes(t?.raw), bytes(f?.raw), ratio(w.raw, t?.raw), ratio(w.raw, f?.raw), '—', '');
    const H = r.heights;
    row(
      'Default height, every disclosure closed (360 / 1000 px wide)',
      H ? `${H[360]} / ${H[1000]} px` : why('default heights'),
      'fills its frame',
      '',
      '',
      '',
      '≤ 1,480 / 900 px',
      H ? verdict(H[360] <= 1480 && H[1000] <= 900) : 'n/a',
    );
    if (S.timelinejs && !r.timelinejsFirstView) notes.push(`TimelineJS's first view is the files its page links (${S.timelinejs.rows.map((x) => x.file).join(', ')}): its loads did not run, so what it fetched before its first slide was painted is not known.`);
  } else {
    row('First view bytes', why('sizes'), '', '', '', '', '≤ 60 KB brotli', 'n/a');
  }

  // Loads.
  const L = r.loads;
  const C = r.conditions;
  if (L) {
    const has = (which) => Array.isArray(L[which]) && L[which].length > 0;
    const col = (which, key) => (has(which) ? L[which].map((x) => x[key]) : []);
    const med = (which, k) => median(col(which, k));
    const span = (which, k, d = 0) => {
      const [lo, hi] = range(col(which, k));
      return lo == null ? '' : ` (${lo.toFixed(d)}–${hi.toFixed(d)})`;
    };
    const msCell = (which, k) => (has(which) ? `${ms(med(which, k))}${span(which, k)}` : why('cold loads'));
    const ratios = (k, refKey = k) => [ratio(med('widget', k), med('timelinejs', k)), ratio(med('widget', k), med('reference', refKey))];
    const n = L.widget.length;
    row(`Over the wire in a cold load (median of ${n}, CDP encodedDataLength)`, bytes(med('widget', 'encodedBytes')), bytes(med('timelinejs', 'encodedBytes')), bytes(med('reference', 'encodedBytes')), ...ratios('encodedBytes'), '—', '');
    const fw = med('widget', 'fcp');
    const fr = med('reference', 'fcp');
    row(`First contentful paint (median of ${n}, min–max)`, msCell('widget', 'fcp'), msCell('timelinejs', 'fcp'), msCell('reference', 'fcp'), ...ratios('fcp'), '≤ 1.2× reference', verdict(fw != null && fr != null ? fw <= TARGETS.fcpRatio * fr : null));
    // Ready: the tracker's tracker-interactive mark; TimelineJS's first slide painted; the
    // static page has no script, so everything it shows is there at its first paint.
    row(
      `Ready: tracker-interactive / first slide painted / FCP (median of ${n}, min–max)`,
      msCell('widget', 'ready'),
      msCell('timelinejs', 'ready'),
      has('reference') ? `= FCP, ${ms(fr)}` : '—',
      ...ratios('ready', 'fcp'),
      '—',
      '',
    );
    const cd = col('widget', 'countdownLive');
    const cdMissing = cd.filter((x) => x == null).length;
    row(
      `Countdown live: first .deadline-clock with text (median of ${n - cdMissing}, min–max)`,
      cd.length - cdMissing ? `${ms(med('widget', 'countdownLive'))}${span('widget', 'countdownLive')}` : 'not seen',
      'no countdown',
      'blank (no script)',
      '',
      // With --lang, against the static page's FCP, as ready is (what it shows at once).
      lang ? ratio(med('widget', 'countdownLive'), fr) : '',
      '—',
      '',
    );
    if (cdMissing) notes.push(`In ${cdMissing} of the tracker's ${n} loads no .deadline-clock cell had text within ${C.settleMs / 1000} s of the mark.`);
    row(`Largest contentful paint (median of ${n})`, ms(med('widget', 'lcp')), ms(med('timelinejs', 'lcp')), ms(med('reference', 'lcp')), ...ratios('lcp'), '—', '');
    const lt = (which) => (has(which) ? `${ms(med(which, 'longTaskSum'))} (${med(which, 'longTaskCount')})` : '—');
    row(`Long tasks, sum (count), to ready + ${C.settleMs / 1000} s (median of ${n})`, lt('widget'), lt('timelinejs'), lt('reference'), ...ratios('longTaskSum'), '—', '');
    const maxOf = (which) => (has(which) ? Math.max(...col(which, 'cls')) : null);
    const cw = med('widget', 'cls');
    const maxW = maxOf('widget');
    const clsCell = (which) => (has(which) ? `${num(med(which, 'cls'))}; ${num(maxOf(which))}` : '—');
    const clsRatio = (which) => (med(which, 'cls') ? ratio(cw, med(which, 'cls')) : '—');
    row(`Cumulative layout shift (median of ${n}; max)`, clsCell('widget'), clsCell('timelinejs'), clsCell('reference'), clsRatio('timelinejs'), clsRatio('reference'), '0', verdict(maxW === 0 ? true : maxW > 0 ? false : null));
    const shiftSources = [...new Set(L.widget.flatMap((x) => x.shifts.filter((s) => !s.hadRecentInput).flatMap((s) => s.sources)))];
    if (maxW > 0) notes.push(`Layout shifts in the widget's loads came from: ${shiftSources.slice(0, 8).join(', ') || '(no source given)'}; at ${[...new Set(L.widget.flatMap((x) => x.shifts.map((s) => s.startTime.toFixed(0))))].slice(0, 8).join(', ')} ms.`);
    const dims = (which) => `${median(col(which, 'pageHeight'))} px tall with ${median(col(which, 'domNodes'))} elements`;
    notes.push(`What was compared: the tracker's page, once mounted, is ${dims('widget')}; ${has('timelinejs') ? `${tlName}'s (its title slide and ${(r.timelinejs?.slides ?? 1) - 1} event slides) ${dims('timelinejs')}; ` : ''}the static reference (the build-time first view) ${dims('reference')} (412 px wide).`);
    const withInput = PAGES.flatMap((k) => L[k] ?? []).flatMap((x) => x.shifts.filter((s) => s.hadRecentInput));
    if (withInput.length) notes.push(`${withInput.length} layout shift(s) flagged "had recent input" were left out of CLS (no input is sent, so this is chromium's own flag).`);
    for (const k of ['widget', 'timelinejs']) {
      const errs = [...new Set(col(k, 'consoleErrors').flat())];
      if (errs.length) notes.push(`Console errors during the ${k === 'widget' ? "tracker's" : `${tlName}'s`} loads: ${errs.slice(0, 4).join(' / ')}.`);
    }
    if (!has('timelinejs')) notes.push(`${tlName} was not loaded: ${why('TimelineJS page', 'cold loads')}.`);
  } else {
    row('First contentful paint', why('cold loads', 'browser launch'), '', '', '', '', '≤ 1.2× reference', 'n/a');
    row('Cumulative layout shift', why('cold loads', 'browser launch'), '', '', '', '', '0', 'n/a');
  }

  // Ticks and memory (the tracker only: neither reference has a clock).
  const K = r.clock;
  if (K) {
    const t = K.tick;
    const only = (measure, cell, target = '—', met = '') => row(measure, cell, '', '', '', '', target, met);
    only(`Tick: main-thread time, median of ${t.widget.n} (net of harness floor)`, ms(t.net.median, 3), '< 0.1 ms', verdict(t.net.median < TARGETS.tickMedianMs));
    only('Tick: main-thread time, p99 (net)', ms(t.net.p99, 3));
    only('Tick: of which forced style + layout, median', ms(t.layout.median, 3));
    only('Tick: as measured, median / p99 (incl. harness)', `${ms(t.widget.median, 3)} / ${ms(t.widget.p99, 3)}`);
    only('Tick: harness floor (empty 1 s interval), median', ms(t.floor.median, 3));
    if (t.cdpPerTickMs?.ScriptDuration != null) {
      only('Tick: CDP ScriptDuration per tick (mean, incl. fake clock + CDP)', ms(t.cdpPerTickMs.ScriptDuration, 3));
    }
    const M = K.memory;
    const g = M.growthPct;
    const h = M.hours;
    only(`JS heap used after GC (CDP Runtime.getHeapUsage): start → after ${h} h`, `${bytes(M.start.usedSize)} → ${bytes(M.end.usedSize)} (${pct(g.jsHeapUsed)})`, '< 1 %', verdict(g.jsHeapUsed != null ? g.jsHeapUsed < TARGETS.memoryGrowthPct : null));
    only(`wasm linear memory (Memory.buffer.byteLength): start → after ${h} h`, `${bytes(M.start.wasmBytes)} → ${bytes(M.end.wasmBytes)} (${pct(g.wasmMemory)})`, '< 1 %', verdict(g.wasmMemory != null ? g.wasmMemory < TARGETS.memoryGrowthPct : null));
    only(`DOM nodes / JS listeners (CDP Memory.getDOMCounters): start → after ${h} h`, `${M.start.nodes} / ${M.start.jsEventListeners} → ${M.end.nodes} / ${M.end.jsEventListeners}`);
    only(`JS heap used after GC: right after mount → end (incl. ticks and warm-up)`, `${bytes(M.afterMount.usedSize)} → ${bytes(M.end.usedSize)} (${pct(g.jsHeapUsedSinceMount)})`);
    const D = M.heapDiff;
    if (D?.growers) {
      const grew = D.growers.slice(0, 5).map((x) => `${x.class} ${x.countDelta >= 0 ? '+' : ''}${x.countDelta} (${x.bytesDelta >= 0 ? '+' : ''}${bytes(x.bytesDelta)})`);
      const v0 = D.start.spaces.v8;
      const v1 = D.end.spaces.v8;
      const code = D.v8ByType.code?.bytesDelta ?? 0;
      const sign = (n) => `${n >= 0 ? '+' : ''}${bytes(n)}`;
      notes.push(`Heap snapshot diff over the ${h} h (bench/lib/heap-diff.mjs; snapshots in out/${lang ? `${lang}/` : ''}heap/): V8's heap (what the JS heap row counts) ${bytes(v0.bytes)} → ${bytes(v1.bytes)}, ${v0.count} → ${v1.count} objects (${sign(v1.bytes - v0.bytes)}: compiled code and its metadata ${sign(code)}, the rest ${sign(v1.bytes - v0.bytes - code)}); top growers: ${grew.length ? grew.join(', ') : 'none'}.`);
    } else if (D?.error) {
      notes.push(`Heap snapshot diff not made: ${D.error}.`);
    }
    if (t.changedInFirst10 === 0) notes.push('The visible text did not change on the timed ticks: at this clock instant no countdown showed seconds, so the tick cost is that of an unchanged display (use --at to pick another instant).');
    if (!t.crossOriginIsolated) notes.push('The tick page was not cross-origin isolated: performance.now() is coarse (100 µs), so the tick figures are not precise.');
    if (K.errors?.length) notes.push(`Errors on the tick page: ${K.errors.slice(0, 3).join(' / ')}.`);
  } else {
    row('Tick: main-thread time, median', why('countdown ticks and memory', 'browser launch'), '', '', '', '', '< 0.1 ms', 'n/a');
    row('Memory growth over 24 simulated hours', why('countdown ticks and memory', 'browser launch'), '', '', '', '', '< 1 %', 'n/a');
  }

  // Lighthouse.
  const LH = r.lighthouse;
  const names = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices' };
  for (const [id, label] of Object.entries(names)) {
    const w = LH?.widget;
    const cell = (which) => {
      const x = LH?.[which];
      return x?.scores ? String(x.scores[id] ?? '—') : LH ? why(`lighthouse (${which})`) : 'not run (--no-lighthouse)';
    };
    const rat = (which) => (w?.scores && LH?.[which]?.scores ? ratio(w.scores[id], LH[which].scores[id]) : '—');
    const met = w?.scores ? verdict(w.scores[id] >= TARGETS.lighthouse) : 'n/a';
    row(`Lighthouse ${label} (mobile)`, cell('widget'), cell('timelinejs'), cell('reference'), rat('timelinejs'), rat('reference'), '100', met);
  }
  const describe = (a) => `${a.id}${a.display ? ` (${a.display})` : ''}${a.items?.length ? `: ${a.items.join('; ')}` : ''}`;
  for (const which of PAGES) {
    if (LH?.[which]?.failing?.length) notes.push(`Lighthouse audits costing the ${which === 'timelinejs' ? tlName : which} points: ${LH[which].failing.map(describe).join(', ')}.`);
  }

  // Requests that tried to leave 127.0.0.1.
  const O = r.offline;
  if (O) {
    const cell = (k) => {
      const loads = O.loads[k] ?? [];
      const lh = O.lighthouse[k];
      return `${loads.length}${lh == null ? '' : ` + ${lh.length}`}`;
    };
    row("The page's requests for anything but 127.0.0.1, blocked (cold loads + Lighthouse)", cell('widget'), cell('timelinejs'), cell('reference'), '', '', '0', verdict(PAGES.every((k) => !(O.loads[k] ?? []).length && !(O.lighthouse[k] ?? []).length)));
    const urls = [...new Set(PAGES.flatMap((k) => [...(O.loads[k] ?? []), ...(O.lighthouse[k] ?? [])]))];
    if (urls.length) notes.push(`The pages' requests blocked because they would have left 127.0.0.1: ${urls.slice(0, 8).join(', ')}${urls.length > 8 ? ` and ${urls.length - 8} more` : ''}.`);
    const hosts = Object.entries(O.trap.byHost).map(([h, n]) => `${h} ×${n}`).join(', ');
    if (O.trap.total) notes.push(`${O.trap.total} request(s) reached the offline trap and were refused there, so none left the machine (${O.trap.duringBrowser} while the measuring browser ran, the rest during Lighthouse): ${hosts}. These are chromium's own background services, not the pages' requests: in the cold loads those are stopped before, by the context's route; in Lighthouse a page's request would also be counted in the row above.`);
  }

  if (r.machine.loadAverageAtStart > 0.7) {
    notes.push(`The machine was busy when the run started (1-minute load average ${r.machine.loadAverageAtStart.toFixed(2)} on ${r.machine.cpus} cores): timings may be noisy.`);
  }

  const out = [];
  out.push(`# Phase tracker benchmark${lang ? `: the ${LANGS[lang]} page (${lang})` : ''}${opts.quick ? ' (QUICK: fewer runs, not the benchmark)' : ''}`);
  out.push('');
  if (lang) {
    const page = htmlAttrs(r.page);
    const dist = path.relative(path.join(BENCH, '..'), opts.dist) || '.';
    out.push(`${r.date}, ${r.machine.cpus} × ${r.machine.cpuModel ?? 'CPU'}, node ${r.machine.node}, load average ${r.machine.loadAverageAtStart.toFixed(2)} at start. Tracker (${lang}): the ${LANGS[lang]} page of the release build (${dist}/, ${page}, copied to out/${lang}/widget/); static reference (${lang}): that page's first view as static HTML + CSS, no script, with the same ${page}, texts and stylesheet (out/${lang}/reference/); ${tlName} (en): ${lang === 'en' ? 'the' : "in English whatever the page's language (TimelineJS has no Sorani), the"} same story (${r.timelinejs?.data ?? 'data/iraq-coalition.json'}: the title slide and its ${(r.timelinejs?.slides ?? 1) - 1} events), TimelineJS's own JS and CSS served from this machine, no webfonts (out/${lang}/timelinejs/). The static reference is this language's measure; TimelineJS is a mature library's, in English.`);
    out.push('');
    out.push(languagesTable([r]));
  } else {
    out.push(`${r.date}, ${r.machine.cpus} × ${r.machine.cpuModel ?? 'CPU'}, node ${r.machine.node}, load average ${r.machine.loadAverageAtStart.toFixed(2)} at start. Tracker: the release build (dist/, copied to out/widget/); ${tlName}: the same story (${r.timelinejs?.data ?? 'data/iraq-coalition.json'}: the title slide and its ${(r.timelinejs?.slides ?? 1) - 1} events), TimelineJS's own JS and CSS served from this machine, no webfonts (out/timelinejs/); static reference: the tracker's first view as static HTML + CSS, no script (out/reference/).`);
  }
  out.push('');
  out.push(table(['measure', inLang('tracker', lang), inLang(tlName, 'en'), inLang('static reference', lang), `tracker ÷ TimelineJS`, 'tracker ÷ static', 'target', 'met'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'l']));
  out.push('');
  if (S) {
    out.push(`## First-view files (bytes; ${S.compressors.gzip}, ${S.compressors.brotli})`);
    out.push('');
    const frows = [];
    const label = { widget: inLang('tracker', lang), timelinejs: inLang(tlName, 'en'), reference: inLang('static reference', lang) };
    for (const k of PAGES) {
      if (!S[k]) continue;
      for (const x of S[k].rows) frows.push([`${label[k]}: ${x.file}`, x.role, bytes(x.raw), bytes(x.gzip), bytes(x.brotli)]);
      frows.push([`**${label[k]} total**`, '', bytes(S[k].total.raw), bytes(S[k].total.gzip), bytes(S[k].total.brotli)]);
    }
    for (const k of ['timelinejs', 'reference']) {
      if (!S[k]) continue;
      const a = S.widget.total;
      const b = S[k].total;
      frows.push([`tracker ÷ ${label[k]}`, '', ratio(a.raw, b.raw), ratio(a.gzip, b.gzip), ratio(a.brotli, b.brotli)]);
    }
    out.push(table(['file', 'what', 'raw', 'gzip -9', 'brotli -q 11'], frows, ['l', 'l', 'r', 'r', 'r']));
    out.push('');
    const extra = (r.requestedByWidget ?? []).filter((p) => !S.widget.rows.some((x) => x.file === p));
    if (extra.length) notes.push(`The browser also fetched, outside the tracker's first-view list: ${extra.join(', ')}.`);
    const unused = S.widget.rows.filter((x) => r.requestedByWidget && !r.requestedByWidget.includes(x.file)).map((x) => x.file);
    if (unused.length) notes.push(`Listed as first-view but not fetched by the browser: ${unused.join(', ')}.`);
  }
  out.push('## How it was measured');
  out.push('');
  out.push(`- Served by a node:http server on 127.0.0.1 with pre-compressed bodies (brotli -q 11 / gzip -9, picked by Accept-Encoding${r.encodings ? `; the browser got: ${r.encodings.join(', ')}` : ''}), Cache-Control: no-store.${r.notFound?.length ? ` Requests answered 404: ${r.notFound.join(', ')}.` : ''}`);
  out.push(`- First view: the tracker's is index.html and what it loads before the wasm has mounted (boot JS, wasm-bindgen JS, wasm, CSS); ${tlName}'s is index.html (the story inline) and every file a cold load requested before its first slide was painted${r.timelinejsFirstView ? ` (${r.timelinejsFirstView.join(', ')})` : ''}; the static reference's is its HTML and CSS. Sizes from the files, compressed as above.`);
  out.push(`- Cold loads: headless Debian chromium, new context each time, 412×823 viewport with touch; CDP Emulation.setCPUThrottlingRate ${C.cpuSlowdown}, Network.emulateNetworkConditions ${C.latencyMs} ms latency, ${C.downloadKbps} kbps down, ${C.uploadKbps} kbps up; the three pages take turns, in an order rotating each round. FCP from the 'paint' PerformanceObserver. Ready: for the tracker, tracker-interactive, the page's own performance.mark, set by its loader once the wasm's start has mounted the tracker, read when <main id=phase-tracker> gets data-app-mounted (after the phases not open at start are drawn, one task later), before that frame is painted; for ${tlName}, its first slide painted: the renderTime of the Element Timing entry of the title slide's headline (its page sets elementtiming on it when TimelineJS inserts it, and marks ${TIMELINE_READY_MARK}), so it includes one frame that the tracker's mark does not; the static page has no script, so its FCP. Countdown live: the first moment a .deadline-clock cell of the tracker has text (the build-time first view leaves them blank), seen by a MutationObserver on <main id=phase-tracker> attached after parsing. Long tasks: PerformanceObserver 'longtask' entries (tasks over 50 ms, under the 4× CPU throttling), summed from navigation to ${C.settleMs / 1000} s after ready (static: after its load event). CLS = sum of layout-shift entries without recent input over the same time.`);
  out.push(`- Offline: every context aborts requests for anything but loopback (Playwright route) and counts them; every chromium, Lighthouse's too, has a --proxy-server on 127.0.0.1 that refuses whatever reaches it (chromium never proxies loopback); Lighthouse's own network record is checked for other hosts.`);
  if (K) {
    out.push(`- Ticks: Playwright's fake clock (context.clock.install at ${r.options.startTime}, then pauseAt), page ${K.url} (a countdown with seconds, when one is running), no throttling, cross-origin isolated (5 µs timers). After 60 warm-up ticks, ${K.tick.widget.n} × clock.runFor(1000); each fires the widget's timer callbacks ${K.tick.callbacksPerTick} time(s), after an untimed primer that takes the tick's cold start. Per tick: the sum, over those callbacks, of the time from the callback's start to a MessageChannel task queued by it (so Leptos's effects in microtasks are included) after a forced style+layout; the same measured for an empty interval is the harness floor, subtracted for "net". Text changed on ${K.tick.changedInFirst10}/10 checked ticks.`);
    out.push(`- Memory: after GC (CDP HeapProfiler.collectGarbage), CDP Runtime.getHeapUsage (JS heap), the wasm Memory's buffer.byteLength (captured by wrapping WebAssembly.instantiate*; linear memory only grows, in 64 KiB pages, so this is the high-water mark, not the allocator's live bytes, which cannot be read without changing the widget), CDP Memory.getDOMCounters; a heap snapshot (CDP HeapProfiler.takeHeapSnapshot) at the start and at the end, after those figures, diffed per class (count and self size; bench/lib/heap-diff.mjs); "start" is after the timed ticks and ${K.memory.warmupHours} warm-up simulated hours (so V8's tier-up of the code run once per tick, the fake clock's own included, is not counted as growth: the heap snapshot diffs showed it takes 1 to 4 hours); then ${K.memory.hours} × clock.runFor(1 h) (${K.memory.callbacksFired} timer callbacks fired, ${(K.memory.simulatedMs / 3.6e6).toFixed(0)} simulated hours, ${(K.memory.wallMs / 1000).toFixed(0)} s).`);
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
