// The bench's per-language summary: one row per language's page, each against the static
// reference made from that page's own first view, from the results of earlier
// `scripts/bench.sh --lang` runs (out/results-<lang>.json). scripts/bench.sh --lang all
// runs it at the end; by hand:
//
//   node bench/summary.mjs [--out DIR] [LANG ...]    (default: every language with results)
//
// It prints the table and writes it to out/results-languages.md, with each run's date.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { languagesTable, LANGS } from './lib/languages.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

function main(argv) {
  let out = path.join(BENCH, 'out');
  const langs = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) out = path.resolve(argv[++i]);
    else if (Object.hasOwn(LANGS, argv[i])) langs.push(argv[i]);
    else {
      console.error(`summary: unknown argument ${argv[i]} (usage: node bench/summary.mjs [--out DIR] [${Object.keys(LANGS).join('|')} ...])`);
      return 2;
    }
  }
  const file = (lang) => path.join(out, `results-${lang}.json`);
  const wanted = langs.length ? langs : Object.keys(LANGS).filter((l) => existsSync(file(l)));
  const missing = wanted.filter((l) => !existsSync(file(l)));
  if (missing.length || !wanted.length) {
    console.error(`summary: no results for ${missing.join(', ') || 'any language'} in ${out} (run bash scripts/bench.sh --lang ${missing[0] ?? 'all'})`);
    return 1;
  }
  const runs = wanted.map((l) => JSON.parse(readFileSync(file(l), 'utf8')));
  const md = [
    '# Phase tracker benchmark: each language against its own static reference',
    '',
    `Runs: ${runs.map((r) => `${r.lang} ${r.date}${r.options?.quick ? ' (QUICK)' : ''}`).join('; ')}. First view: brotli -q 11 of the page's index.html, JS, wasm and CSS, against the CI gate; FCP, ready (tracker-interactive) and countdown live: medians of the cold loads, each against the FCP of the static reference made from the same page (same lang, dir and stylesheet); CLS: the largest of the loads. Each run's full table: out/results-<lang>.md.`,
    '',
    languagesTable(runs),
    '',
  ].join('\n');
  writeFileSync(path.join(out, 'results-languages.md'), md);
  process.stdout.write(`\n${md}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
