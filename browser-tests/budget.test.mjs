// Weight budget of the release build: the first view's brotli bytes of each language's page
// (every file its index.html loads with JavaScript on, found as bench/lib/sizes.mjs finds
// them: dist/ for English, dist/<code>/ for the others, lib/languages.mjs) and embed.js's
// gzip -9 bytes may not exceed browser-tests/budget.json. Deterministic (bytes, not time).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import path from 'node:path';
import { DIST, assertBuilt } from './lib/dist.mjs';
import { PAGES } from './lib/languages.mjs';
import { firstViewFiles } from '../bench/lib/sizes.mjs';

const budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8'));

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

for (const page of PAGES) {
  test(`the first view of the ${page.code} page fits its brotli budget`, (t) => {
    assertBuilt(page.dist);
    const max = budget.first_view_brotli_max_bytes[page.code];
    assert.ok(Number.isInteger(max) && max > 0, `budget.json has no first_view_brotli_max_bytes for ${page.code}`);
    // What index.html loads with JavaScript on, as the benchmark counts it.
    const files = firstViewFiles(page.dist);
    assert.ok(files.some((f) => f.endsWith('.wasm')), `no wasm in ${page.dist}`);
    const sizes = files.map((f) => [f, brotli(readFileSync(path.join(page.dist, f)))]);
    const total = sizes.reduce((sum, [, n]) => sum + n, 0);
    const table = sizes.map(([f, n]) => `  ${f}: ${n}`).join('\n');
    t.diagnostic(`${page.code}: first view ${total} B brotli (budget ${max})`);
    assert.ok(
      total <= max,
      `the ${page.code} page's first view (${page.dist}) is ${total} bytes brotli, over its budget of ${max}:\n${table}`,
    );
  });
}

test('embed.js stays under 1 KB gzip', () => {
  const size = gzipSync(readFileSync(path.join(DIST, 'embed.js')), { level: 9 }).length;
  assert.ok(size <= budget.embed_js_gzip_max_bytes, `embed.js is ${size} bytes gzip -9`);
});
