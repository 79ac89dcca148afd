// Bytes of the files a first view loads: raw, gzip -9 and brotli -q 11.
//
// The compressed sizes come from the gzip and brotli command-line tools, the same way
// scripts/size-report.sh measures them (gzip -9 -n, brotli -q 11); when a tool is missing,
// node's zlib is used at the same level and the row says so.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pageSubresources } from '../make-reference.mjs';

function toolWorks(cmd, args) {
  try {
    execFileSync(cmd, args, { input: Buffer.from('x'), stdio: ['pipe', 'pipe', 'ignore'] });
    return true;
  } catch {
    return false;
  }
}

const HAVE_GZIP = toolWorks('gzip', ['-9', '-n', '-c']);
const HAVE_BROTLI = toolWorks('brotli', ['-q', '11', '-c']);

export const COMPRESSORS = {
  gzip: HAVE_GZIP ? 'gzip -9 -n' : 'node zlib gzip level 9 (gzip not found)',
  brotli: HAVE_BROTLI ? 'brotli -q 11' : 'node zlib brotli quality 11 (brotli not found)',
};

function gzipSize(buf) {
  if (HAVE_GZIP) return execFileSync('gzip', ['-9', '-n', '-c'], { input: buf, maxBuffer: 1 << 30 }).length;
  return zlib.gzipSync(buf, { level: 9 }).length;
}

function brotliSize(buf) {
  if (HAVE_BROTLI) return execFileSync('brotli', ['-q', '11', '-c'], { input: buf, maxBuffer: 1 << 30 }).length;
  return zlib.brotliCompressSync(buf, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
}

/** A page-relative URL ('./a.js', 'a.js') as a path inside the site's folder, or null. */
function localPath(url) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const rel = path.posix.normalize(decodeURIComponent(url.split(/[?#]/)[0])).replace(/^(\.\/|\/)+/, '');
  return rel && !rel.startsWith('..') ? rel : null;
}

/**
 * The files a first view of `dir`/index.html loads: index.html, what it links as stylesheet,
 * script, modulepreload or preload, and the ./relative .js/.wasm files those scripts name
 * (the boot script's import of the wasm-bindgen JS and the .wasm it passes to init).
 */
export function firstViewFiles(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = ['index.html'];
  const queue = pageSubresources(html).map(localPath).filter(Boolean);
  while (queue.length) {
    const rel = queue.shift();
    if (files.includes(rel)) continue;
    const abs = path.join(dir, rel);
    if (!existsSync(abs)) throw new Error(`${rel} is linked from index.html but missing in ${dir}`);
    files.push(rel);
    if (rel.endsWith('.js')) {
      const src = readFileSync(abs, 'utf8');
      for (const m of src.matchAll(/["'`](\.\/[^"'`\s]+\.(?:m?js|wasm))["'`]/g)) {
        const dep = localPath(m[1]);
        if (dep && existsSync(path.join(dir, dep)) && !files.includes(dep)) queue.push(dep);
      }
    }
  }
  return files;
}

/** What kind of first-view file this is, for the table. */
export function fileRole(rel) {
  if (rel === 'index.html') return 'html';
  if (/^boot-.*\.js$/.test(rel)) return 'boot JS';
  if (rel.endsWith('_bg.wasm') || rel.endsWith('.wasm')) return 'wasm';
  if (/\.(woff2?|ttf|otf|eot)$/.test(rel)) return 'font';
  if (rel.startsWith('timelinejs/') && rel.endsWith('.js')) return 'TimelineJS JS';
  if (rel.endsWith('.js')) return 'wasm-bindgen JS';
  if (rel.endsWith('.css')) return 'CSS';
  return 'other';
}

/** Sizes of `files` (relative to dir) and their total. */
export function measureSizes(dir, files) {
  const rows = files.map((rel) => {
    const buf = readFileSync(path.join(dir, rel));
    return { file: rel, role: fileRole(rel), raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
  });
  const total = { file: `total (${rows.length} files)`, role: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  return { rows, total };
}
