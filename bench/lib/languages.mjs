// The languages the tracker has pages in, and the one-row-per-language summary of the
// bench's runs of them (scripts/bench.sh --lang): each page against the static reference
// made from that page's own first view.
//
// scripts/publish.sh builds English into dist/ and every other language into dist/<code>/
// (its own list, like build.rs's); LANGS names the pages the bench can be pointed at.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytes, median, ms, num, ratio, table, verdict } from './report.mjs';

/** The pages' language codes and names, English first (its page is dist/ itself). */
export const LANGS = { en: 'English', ar: 'Arabic', ckb: 'Sorani Kurdish' };

/** Where a language's page is in a publish.sh build: dist/ for English, dist/<code>/ else. */
export function langDist(dist, lang) {
  return lang === 'en' ? dist : path.join(dist, lang);
}

/** A page's `<html>` attributes as written (`lang="ar-IQ" dir="rtl"`; no dir for English). */
export function htmlAttrs(html) {
  return [html?.lang != null ? `lang="${html.lang}"` : 'no lang', html?.dir != null ? `dir="${html.dir}"` : ''].filter(Boolean).join(' ');
}

/** The CI gate on the first view's brotli bytes of `lang`'s page (browser-tests/budget.json), or null. */
export function firstViewGate(lang) {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'browser-tests', 'budget.json');
  const bytes = JSON.parse(readFileSync(file, 'utf8')).first_view_brotli_max_bytes?.[lang];
  return Number.isFinite(bytes) ? { bytes, from: 'browser-tests/budget.json' } : null;
}

/** The figures of one run (its results object, results-<lang>.json) that the summary shows. */
export function summaryFigures(r) {
  const L = r.loads ?? {};
  const col = (which, key) => (L[which] ?? []).map((x) => x[key]).filter((x) => typeof x === 'number' && Number.isFinite(x));
  const max = (which, key) => (col(which, key).length ? Math.max(...col(which, key)) : null);
  return {
    lang: r.lang,
    html: r.page,
    runs: L.widget?.length ?? 0,
    loadAverage: r.machine?.loadAverageAtStart,
    brotli: r.sizes?.widget?.total.brotli ?? null,
    refBrotli: r.sizes?.reference?.total.brotli ?? null,
    gate: r.gate?.bytes ?? null,
    fcp: median(col('widget', 'fcp')),
    refFcp: median(col('reference', 'fcp')),
    ready: median(col('widget', 'ready')),
    countdown: median(col('widget', 'countdownLive')),
    cls: max('widget', 'cls'),
    refCls: max('reference', 'cls'),
  };
}

/**
 * One row per run: the page's first-view brotli bytes against the CI gate, and its FCP,
 * ready and countdown live against the FCP of the static reference made from the same page
 * (the moment that page shows all it will ever show), with the ratio; CLS as the maximum
 * over the loads. Markdown, as report.mjs's other tables.
 */
export function languagesTable(runs) {
  const rows = runs.map((r) => {
    const f = summaryFigures(r);
    const vsRef = (x) => (x == null ? '—' : `${ms(x)} (${ratio(x, f.refFcp)})`);
    return [
      `${LANGS[f.lang] ?? f.lang} (${htmlAttrs(f.html)})`,
      `${bytes(f.brotli)} (${f.gate == null || f.brotli == null ? '—' : `${verdict(f.brotli <= f.gate)}, gate ${bytes(f.gate)}`})`,
      bytes(f.refBrotli),
      `${ms(f.fcp)} / ${ms(f.refFcp)} (${ratio(f.fcp, f.refFcp)})`,
      vsRef(f.ready),
      vsRef(f.countdown),
      `${num(f.cls)}; ${num(f.refCls)}`,
      `${f.runs}; ${f.loadAverage == null ? '—' : f.loadAverage.toFixed(2)}`,
    ];
  });
  return table(
    ['page', 'first view, brotli (≤ gate)', 'static reference, brotli', 'FCP: tracker / static (÷, target ≤ 1.2×)', 'ready (÷ static FCP)', 'countdown live (÷ static FCP)', 'CLS max: tracker; static', 'loads; load avg'],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}
