// Minifies wasm-bindgen's JavaScript glue in a release build and keeps its SRI hash in
// index.html right. Trunk 0.21 cannot minify this file (its minifier rejects the syntax), so
// the post_build hook (scripts/post-build.sh) runs this with terser, pinned in
// browser-tests/package.json. Usage: node scripts/minify-glue.mjs <staging dir>
//
// First it drops the stream classes that Leptos's server functions bring (wasm-streams'
// IntoUnderlying*; the widget has none), whose wasm exports index.html's wasm-opt parameters
// remove: 1,352 B of brotli in all, measured.
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

// wasm-streams' exported classes: each class, its Symbol.dispose line and its finalization
// registry. Nothing imports them, and their wasm exports are gone.
const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
let glueSource = source;
for (const name of STREAM_CLASSES) {
  glueSource = glueSource
    .replace(new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'), '')
    .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n`, 'm'), '')
    .replace(new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, 'm'), '');
}
if (/IntoUnderlying|intounderlying/.test(glueSource)) {
  console.error('minify-glue: a stream class of wasm-streams is still referenced after removing them');
  process.exit(1);
}
const { code } = await minify(glueSource, { module: true, compress: true, mangle: true });
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
