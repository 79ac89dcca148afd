// Minifies the first view's JavaScript in a release build: wasm-bindgen's glue, keeping its
// SRI hash in index.html right, and the loader (boot-<hash>.js, written by the prerender with
// the countdown before the wasm: src/early_countdown.js). Trunk 0.21 cannot minify the glue
// (its minifier rejects the syntax), so the post_build hook (scripts/post-build.sh) runs
// this with terser, pinned in browser-tests/package.json, after the prerender.
// Usage: node scripts/minify-glue.mjs <staging dir>
//
// It also checks that wasm-streams' exported stream classes (IntoUnderlying*, brought by
// Leptos's server functions, which the widget has none of) stay out: the patched copy in
// vendor/wasm-streams removes them (vendor/README.md).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(new URL('../browser-tests/package.json', import.meta.url));
const { minify } = require('terser');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/minify-glue.mjs <staging dir>');
  process.exit(2);
}
const glue = readdirSync(dir).filter((f) => /^phase-tracker-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one phase-tracker-<hash>.js in ${dir}, found ${glue.length}`);
  process.exit(1);
}
const file = join(dir, glue[0]);
const source = readFileSync(file, 'utf8');

if (/IntoUnderlying|intounderlying/.test(source)) {
  console.error('minify-glue: the glue has a stream class of wasm-streams: is vendor/wasm-streams patched in?');
  process.exit(1);
}
const { code } = await minify(source, { module: true, compress: true, mangle: true });
writeFileSync(file, code);

// Trunk wrote the SRI hash of the unminified file; replace it with the new file's.
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const indexPath = join(dir, 'index.html');
const index = readFileSync(indexPath, 'utf8');
const old = sri(source);
if (!index.includes(old)) {
  console.error(`minify-glue: index.html has no integrity ${old} for ${glue[0]}`);
  process.exit(1);
}
writeFileSync(indexPath, index.replaceAll(old, sri(code)));
console.log(`minify-glue: ${glue[0]} ${source.length} -> ${code.length} bytes, integrity updated`);

// The loader: its name (a hash of what the prerender wrote) and its script tag stay.
const loaders = readdirSync(dir).filter((f) => /^boot-[0-9a-f]+\.js$/.test(f));
if (loaders.length !== 1) {
  console.error(`minify-glue: expected one boot-<hash>.js in ${dir}, found ${loaders.length}`);
  process.exit(1);
}
const loaderPath = join(dir, loaders[0]);
const loader = readFileSync(loaderPath, 'utf8');
const small = (await minify(loader, { module: true, compress: true, mangle: true })).code;
writeFileSync(loaderPath, small);
console.log(`minify-glue: ${loaders[0]} ${loader.length} -> ${small.length} bytes`);
