// scripts/publish.sh, the one command that builds what a newsroom uploads, and the guard on a
// plain `trunk build --release` (scripts/pre-build.sh, Trunk.toml's pre_build hook):
//
//   - a bad address, or a folder Trunk would empty, stops publish.sh with one line;
//   - `trunk build --release` in a fresh shell (no scripts/env.sh) stops with one line naming
//     the command to use, with no wasm-opt on PATH and with a wasm-opt 108 (Debian's
//     binaryen) first on PATH, before building anything;
//   - publish.sh with an address and a decoy wasm-opt 108 first on PATH uses the pinned one
//     (the wasm is byte for byte dist/'s) and writes the address into oembed.json,
//     embed-example.html, the page's og:image and _headers;
//   - the published dist/ (scripts/test.sh publishes it without an address): a .br (brotli
//     -q 11) and a .gz (gzip -9) beside every text file, the originals kept, _headers with
//     one rule per file, embed-example.html framing "./".
//
// Run: scripts/test.sh, or after scripts/publish.sh: cd browser-tests && node --test publish.test.mjs

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, assertBuilt } from './lib/dist.mjs';
import { PREVIEW_ADDRESS } from './lib/embed-helpers.mjs';
import { ROOT, TEXT_FILE, expectedHeaders, isHashed, pageFolders, parseHeadersFile, publishedFiles } from './lib/deploy.mjs';

const ADDRESS = 'https://news.example/tracker/';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-publish-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a command in the repository; { status, stdout, stderr }. */
const run = (cmd, args, options = {}) =>
  spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 600_000, ...options });

const lines = (text) => text.split('\n').filter((l) => l.trim());

/** A folder holding an executable `wasm-opt` that claims to be Debian's 108 and logs its calls. */
function decoyWasmOpt(name) {
  const dir = path.join(scratch, name);
  mkdirSync(dir);
  const log = path.join(dir, 'calls.log');
  const file = path.join(dir, 'wasm-opt');
  writeFileSync(
    file,
    `#!/bin/sh\necho "$@" >> '${log}'\nif [ "$1" = --version ]; then echo "wasm-opt version 108"; exit 0; fi\necho "decoy wasm-opt used" >&2\nexit 1\n`,
  );
  chmodSync(file, 0o755);
  return { dir, calls: () => (existsSync(log) ? lines(readFileSync(log, 'utf8')) : []) };
}

/** Checks the .br and .gz beside each text file of `dir`, made by brotli -q 11 and gzip -9 -n. */
function assertPrecompressed(dir) {
  const files = publishedFiles(dir);
  const text = files.filter((f) => TEXT_FILE.test(f));
  assert.ok(text.length >= 8, `text files in ${dir}: ${text.join(', ')}`);
  for (const f of files) {
    const file = path.join(dir, f);
    if (!TEXT_FILE.test(f)) {
      assert.ok(!existsSync(`${file}.br`) && !existsSync(`${file}.gz`), `${f} is not text: no .br or .gz`);
      continue;
    }
    const brotli = execFileSync('brotli', ['-q', '11', '-c', file]);
    const gzip = execFileSync('gzip', ['-9', '-n', '-c', file]);
    assert.ok(readFileSync(`${file}.br`).equals(brotli), `${f}.br is brotli -q 11 of ${f}`);
    assert.ok(readFileSync(`${file}.gz`).equals(gzip), `${f}.gz is gzip -9 of ${f}`);
    assert.ok(execFileSync('brotli', ['-d', '-c', `${file}.br`]).equals(readFileSync(file)), `${f}.br decodes to ${f}`);
  }
}

/** Checks dir/_headers: one rule per file under `prefix` (and the folder), as README.md says. */
function assertHeadersFile(dir, prefix) {
  const rules = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
  const files = publishedFiles(dir);
  const folders = pageFolders(files);
  assert.ok(folders.includes(''), 'the top folder is the widget page');
  assert.deepEqual([...rules.keys()].sort(), [...folders, ...files].map((f) => prefix + f).sort());
  for (const f of folders) assert.deepEqual(rules.get(prefix + f), expectedHeaders(`${f}index.html`), `the folder ${prefix + f} is a page`);
  for (const f of files) assert.deepEqual(rules.get(prefix + f), expectedHeaders(f), `_headers rule for ${prefix + f}`);
}

test('publish.sh stops on a bad address with one line, before building anything', () => {
  for (const bad of ['ftp://news.example/tracker/', 'news.example/tracker/', 'https://news.example/t?x=1', 'https://news.example/t#top', 'https://news example/', 'https://news.example/"x']) {
    const dist = path.join(scratch, 'bad-address');
    const r = run('bash', ['scripts/publish.sh', bad, '--dist', dist]);
    assert.equal(r.status, 2, `${bad}: exit 2 (${r.stderr})`);
    assert.equal(r.stdout, '', `${bad}: nothing built`);
    assert.equal(lines(r.stderr).length, 1, `${bad}: one line: ${r.stderr}`);
    assert.match(r.stderr, /^publish: ".*" (is not a public address|has a query or fragment)/, bad);
    assert.ok(!existsSync(dist), `${bad}: no folder made`);
  }
  // What publish.sh accepts, normalised: a "/" at the end, the scheme in lower case.
  for (const [given, normal] of [
    ['https://news.example/tracker', ADDRESS],
    [ADDRESS, ADDRESS],
    ['HTTP://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
  ]) {
    const r = run('bash', ['scripts/public-url.sh', 'check', given]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${normal}\n`);
  }
});

test('publish.sh stops with one line rather than let Trunk empty a folder that is not a build', () => {
  const keep = path.join(scratch, 'not-a-build');
  mkdirSync(keep);
  writeFileSync(path.join(keep, 'notes.txt'), 'a newsroom file');
  for (const dist of [ROOT, keep]) {
    const r = run('bash', ['scripts/publish.sh', '--dist', dist]);
    assert.equal(r.status, 2, `${dist}: ${r.stderr}`);
    assert.equal(lines(r.stderr).length, 1, r.stderr);
    assert.match(r.stderr, /^publish: .*(empties|no earlier build)/);
  }
  assert.deepEqual(readdirSync(keep), ['notes.txt']);
});

test('a plain trunk build --release in a fresh shell stops with one line naming the command to use', () => {
  // A fresh shell: trunk and the basic tools, but not scripts/env.sh's PATH.
  const bin = path.join(scratch, 'fresh-bin');
  mkdirSync(bin);
  for (const tool of ['trunk', 'bash', 'sed', 'awk', 'head', 'dirname']) {
    const found = execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
    symlinkSync(found, path.join(bin, tool));
  }
  const decoy = decoyWasmOpt('fresh-decoy');
  for (const [label, PATH, says] of [
    ['no wasm-opt on PATH', bin, /no wasm-opt on PATH/],
    ["a wasm-opt 108 (Debian's binaryen) first on PATH", `${decoy.dir}:${bin}`, /wasm-opt on PATH \(.*\) is version 108, not the pinned 132/],
  ]) {
    const dist = path.join(scratch, `fresh-${PATH === bin ? 'none' : 'decoy'}`);
    const r = run('trunk', ['build', '--release', '--dist', dist], { env: { HOME: os.homedir(), PATH } });
    assert.notEqual(r.status, 0, `${label}: the build must stop`);
    assert.equal(lines(r.stderr).length, 1, `${label}: one line on stderr:\n${r.stderr}`);
    assert.match(r.stderr, says, label);
    assert.match(r.stderr, /use "bash scripts\/publish\.sh \[URL\]".*"source scripts\/env\.sh" first/, `${label}: names the command`);
    assert.doesNotMatch(r.stdout, /Compiling|couldn't find application/, `${label}: stopped before building`);
    assert.ok(!existsSync(path.join(dist, 'index.html')), `${label}: nothing built`);
  }
  assert.deepEqual(decoy.calls(), ['--version'], 'the decoy was asked its version, never run on the wasm');
});

test('publish.sh uses the pinned tools whatever else is on PATH, and writes the address', { timeout: 600_000 }, (t) => {
  assertBuilt(DIST);
  const decoy = decoyWasmOpt('publish-decoy');
  const dist = path.join(scratch, 'published');
  const env = { ...process.env, PATH: `${decoy.dir}:${process.env.PATH}` };
  delete env.PHASE_TRACKER_DATA;
  delete env.PHASE_TRACKER_URL;
  const r = run('bash', ['scripts/publish.sh', ADDRESS.slice(0, -1), '--dist', dist], { env });
  assert.equal(r.status, 0, `publish.sh failed:\n${r.stdout}\n${r.stderr}`);
  t.diagnostic(lines(r.stdout).filter((l) => l.startsWith('publish:') || l.startsWith('<')).join('\n'));
  assert.deepEqual(decoy.calls(), [], 'the decoy wasm-opt first on PATH was never run');

  // The same code and story as dist/ (also built with the pinned tools): the same bytes.
  const hashed = (dir) => publishedFiles(dir).filter(isHashed);
  assert.deepEqual(hashed(dist), hashed(DIST), 'the same hashed files as dist/');
  for (const f of hashed(dist)) {
    assert.ok(readFileSync(path.join(dist, f)).equals(readFileSync(path.join(DIST, f))), `${f} equals dist/'s`);
  }

  // The address: oEmbed, the snippet publish.sh prints, embed-example.html, _headers.
  const oembed = JSON.parse(readFileSync(path.join(dist, 'oembed.json'), 'utf8'));
  assert.match(oembed.html, new RegExp(`<iframe src="${ADDRESS}" `));
  assert.match(oembed.html, new RegExp(`<script src="${ADDRESS}embed\\.js" async></script>`));
  assert.ok(!oembed.html.includes(PREVIEW_ADDRESS));
  const [iframe, script] = oembed.html.split(/(?=<script)/);
  assert.ok(r.stdout.includes(`${iframe}\n${script}\n`), 'publish.sh prints the snippet');
  const example = readFileSync(path.join(dist, 'embed-example.html'), 'utf8');
  const srcs = [...example.matchAll(/\bsrc="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(srcs, [ADDRESS, `${ADDRESS}embed.js`, `${ADDRESS}?compact=1&amp;phase=2&amp;id=sidebar`]);
  // The page's social preview (the share card) needs an absolute address.
  const page = readFileSync(path.join(dist, 'index.html'), 'utf8');
  assert.match(page, new RegExp(`<meta property="og:image" content="${ADDRESS}share-card\\.png">`));
  assertHeadersFile(dist, '/tracker/');
  assertPrecompressed(dist);
});

test('the published dist/: .br and .gz beside every text file, _headers, embed-example.html framing "./"', () => {
  assertBuilt(DIST);
  assertPrecompressed(DIST);
  assertHeadersFile(DIST, '/');
  const example = readFileSync(path.join(DIST, 'embed-example.html'), 'utf8');
  const srcs = [...example.matchAll(/\bsrc="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(srcs, ['./', './embed.js', './?compact=1&amp;phase=2&amp;id=sidebar'], 'relative, so it works from any folder');
  // Without an address, oEmbed names the local preview address (README.md, "Publishing").
  assert.ok(readFileSync(path.join(DIST, 'oembed.json'), 'utf8').includes(PREVIEW_ADDRESS));
});
