// The widget's pages in each language (issue 12). scripts/publish.sh builds English at the
// root of dist/ and each other language into its own folder (dist/ar/, dist/ckb/), a page of
// its own with the story and the widget's texts from data/translations/<code>.json.
//
//   import { PAGES, LANGUAGES, pageSuite, westernDigits } from './lib/languages.mjs';
//   const suite = await startSuite();               // lib/ui-helpers.mjs: the whole of dist/
//   for (const language of LANGUAGES) {
//     const rec = await openApp(pageSuite(suite, language), { phase: 2 });   // .../ar/?phase=2
//   }

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './dist.mjs';

/** The story's texts in a language: data/translations/<code>.json's `texts`, keyed as it keys them. */
export function storyTexts(code) {
  return JSON.parse(readFileSync(new URL(`../../data/translations/${code}.json`, import.meta.url), 'utf8')).texts;
}

/**
 * A language's strings table, src/text/<code>.rs (the interface's texts: one field per text
 * of src/text/table.rs), read as text: { field: "text" or ["form", ...] }.
 */
export function stringsTable(code) {
  const source = readFileSync(new URL(`../../src/text/${code}.rs`, import.meta.url), 'utf8');
  const body = source.slice(source.indexOf('Strings {'));
  const STRING = /"((?:[^"\\]|\\.)*)"/g;
  const unquote = (s) => JSON.parse(`"${s.replace(/\n/g, '\\n')}"`);
  const table = {};
  for (const m of body.matchAll(/^ {4}(\w+): (?:"((?:[^"\\]|\\.)*)"|\[([^\]]*)\])/gm)) {
    table[m[1]] = m[2] !== undefined ? unquote(m[2]) : [...m[3].matchAll(STRING)].map((s) => unquote(s[1]));
  }
  for (const field of ['page_title', 'page_description', 'tab', 'status', 'unreviewed', 'axis_today', 'axis_as_of', 'static_as_of']) {
    if (!(field in table)) throw new Error(`src/text/${code}.rs: no ${field} found in its strings table`);
  }
  return table;
}

/**
 * The languages other than English, each with its folder in dist/ (`folder`, relative to the
 * English page; `dist`, on disk), what its <html> says (`lang`, `dir`), its story's texts
 * (`texts`) and its interface's (`strings`).
 */
export const LANGUAGES = [
  { code: 'ar', lang: 'ar-IQ', dir: 'rtl' },
  { code: 'ckb', lang: 'ckb', dir: 'rtl' },
].map((l) => ({ ...l, folder: `${l.code}/`, dist: path.join(DIST, l.code), texts: storyTexts(l.code), strings: stringsTable(l.code) }));

/** Every page: English at the root of dist/, then each other language. */
export const PAGES = [{ code: 'en', lang: 'en', dir: 'ltr', folder: '', dist: DIST }, ...LANGUAGES];

/**
 * `suite` (lib/ui-helpers.mjs startSuite, serving the whole of dist/) seen from the page of
 * `page` (an entry of PAGES): its server's url is that page's address, so openApp and appUrl
 * open that language's page, as served under the English one.
 */
export function pageSuite(suite, page) {
  return { ...suite, server: { ...suite.server, url: `${suite.server.url}${page.folder}` } };
}

/** `s` with Arabic-Indic (U+0660-0669) and Eastern Arabic-Indic (U+06F0-06F9) digits as 0-9. */
export function westernDigits(s) {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}
