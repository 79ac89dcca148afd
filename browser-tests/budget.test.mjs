// Weight budget of the release build: the first view's brotli bytes (every file index.html
// loads with JavaScript on, found as bench/lib/sizes.mjs finds them) and embed.js's gzip -9
// bytes may not exceed browser-tests/budget.json. Deterministic (bytes, not time).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import path from 'node:path';
import { DIST, assertBuilt } from './lib/dist.mjs';
import { firstViewFiles } from '../bench/lib/sizes.mjs';

const budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8'));

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test('the first view fits the brotli budget', () => {
  assertBuilt();
  // What index.html loads with JavaScript on, as the benchmark counts it.
  const files = firstViewFiles(DIST);
  assert.ok(files.some((f) => f.endsWith('.wasm')), `no wasm in ${DIST}`);
  const sizes = files.map((f) => [f, brotli(readFileSync(path.join(DIST, f)))]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  const table = sizes.map(([f, n]) => `  ${f}: ${n}`).join('\n');
  assert.ok(
    total <= budget.first_view_brotli_max_bytes,
    `first view is ${total} bytes brotli, over the budget of ${budget.first_view_brotli_max_bytes}:\n${table}`,
  );
});

test('embed.js stays under 1 KB gzip', () => {
  const size = gzipSync(readFileSync(path.join(DIST, 'embed.js')), { level: 9 }).length;
  assert.ok(size <= budget.embed_js_gzip_max_bytes, `embed.js is ${size} bytes gzip -9`);
});
