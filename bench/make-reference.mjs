// The static reference page: the widget's first view as plain HTML and CSS, no script.
// It is the physical limit the widget is measured against (bench/run.mjs).
//
//   node bench/make-reference.mjs [distDir] [outDir]     (defaults: dist/, bench/out/reference/)
//
// dist/index.html already holds the tracker's first view, rendered at build time by the
// widget's own components (src/ui/first_view.rs, src/prerender.rs),
// so the reference is that file with every <script>, <noscript> and <link rel=modulepreload> /
// <link rel=preload> removed. Because nothing loads afterwards, the loading note
// (id=boot-note) is dropped too and aria-busy is set to false, as a hand-written page would
// have it. The stylesheets it links are copied unchanged (so their
// integrity= hashes still hold). Nothing else is touched: the reference of a language's page
// (dist/ar/, bench.sh --lang ar) keeps that page's <html lang dir>, texts and stylesheet,
// so it is right to left when the page is, with the same fonts.

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The value of attribute `name` in one start tag, or null. Handles quoted and bare values. */
export function attr(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

/** Every `<link ...>` start tag whose rel contains one of `rels`. */
function linksWithRel(html, rels) {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) =>
      (attr(tag, 'rel') ?? '')
        .toLowerCase()
        .split(/\s+/)
        .some((r) => rels.includes(r)),
    );
}

/** The `lang` and `dir` of a page's `<html>` tag (null where absent): the reference keeps both. */
export function htmlLangDir(html) {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return { lang: attr(tag, 'lang'), dir: attr(tag, 'dir') };
}

/** The URL paths (relative to the page) of everything the page loads before it is useful. */
export function pageSubresources(html) {
  // A browser with JavaScript on skips <noscript> (its static.css is for readers without it).
  html = html.replace(/<noscript\b[\s\S]*?<\/noscript\s*>/gi, '');
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attr(m[0], 'src')).filter(Boolean);
  const links = linksWithRel(html, ['stylesheet', 'modulepreload', 'preload']).map((t) => attr(t, 'href'));
  return [...new Set([...links, ...scripts].filter(Boolean))];
}

/** The reference HTML made from the widget's index.html; see the file comment. */
export function referenceHtml(html) {
  let out = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  // <noscript> (a note and static.css for readers without JavaScript) shows nothing in a
  // browser with JavaScript on, which is how the reference is loaded.
  out = out.replace(/<noscript\b[\s\S]*?<\/noscript\s*>/gi, '');
  for (const tag of linksWithRel(out, ['modulepreload', 'preload'])) out = out.replace(tag, '');
  // The boot note says the live part is loading; on a page without script nothing is.
  out = out.replace(/<p\b[^>]*\sid\s*=\s*["']?boot-note["']?[^>]*>[\s\S]*?<\/p\s*>/i, '');
  out = out.replace(/(<main\b[^>]*\saria-busy\s*=\s*)(?:"true"|'true'|true)/i, '$1false');
  if (/<script\b/i.test(out)) throw new Error('reference: a <script> tag is left');
  if (linksWithRel(out, ['modulepreload', 'preload']).length) throw new Error('reference: a preload link is left');
  return out;
}

/**
 * Writes the reference page into `outDir` (emptied first) and returns what it wrote.
 * @returns {{ dir: string, files: string[], html: { lang: string|null, dir: string|null } }}
 *   files: paths relative to outDir; html: the reference's <html lang dir>
 */
export function makeReference(distDir, outDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const out = referenceHtml(html);
  const styles = linksWithRel(out, ['stylesheet']).map((t) => attr(t, 'href'));
  if (!styles.length) throw new Error('reference: dist/index.html links no stylesheet');
  // The icon is copied too (so no request is answered 404), but it is not a first-view file.
  const icons = linksWithRel(out, ['icon']).map((t) => attr(t, 'href'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), out);
  const files = ['index.html'];
  for (const href of [...styles, ...icons]) {
    const rel = path.posix.normalize(decodeURIComponent(href.split(/[?#]/)[0])).replace(/^(\.\/|\/)+/, '');
    if (rel.startsWith('..') || /^[a-z]+:/i.test(href)) throw new Error(`reference: file outside dist: ${href}`);
    mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    copyFileSync(path.join(distDir, rel), path.join(outDir, rel));
    if (styles.includes(href)) files.push(rel);
  }
  return { dir: outDir, files, html: htmlLangDir(out) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? path.join(HERE, '..', 'dist'));
  const out = path.resolve(process.argv[3] ?? path.join(HERE, 'out', 'reference'));
  const { files } = makeReference(dist, out);
  console.log(`reference page written to ${out}: ${files.join(', ')}`);
}
