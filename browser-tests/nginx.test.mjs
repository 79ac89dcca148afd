// The published dist/ (scripts/publish.sh) served by a real server: Debian's nginx with its
// brotli_static module, running as this user in a temporary prefix, with the SHIPPED
// deploy/nginx.conf included in `location /tracker/ { ... }` as its comment says (the
// folder's files under <root>/tracker/, as a newsroom uploads them into a folder).
//
//   - every file: the README's headers, the .br to brotli browsers, the .gz to gzip ones,
//     and dist/_headers saying the same (lib/deploy.mjs, checkServedFiles);
//   - Chromium: the widget mounts, its page, JS, wasm and CSS arrive as brotli, with the
//     documented headers;
//   - a sandboxed iframe (sandbox="allow-scripts", an opaque origin) on another origin
//     renders the live widget; embed-example.html works as it is, from the folder;
//   - republishing: the fixture story's publish (target/dist-fixture, a different story,
//     same code) uploaded over the first; a reader's reload shows the new story, while the
//     unchanged hashed stylesheet keeps its name and is not fetched again.
//
// Run: scripts/test.sh (it publishes dist/ and target/dist-fixture with scripts/publish.sh),
// or after those two publishes: cd browser-tests && node --test nginx.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, openPage, assertNoConsoleErrors, waitForMount, withFailureShot } from './lib/browser.mjs';
import { DIST, FIXTURE_DIST, assertBuilt } from './lib/dist.mjs';
import { serveStatic } from './lib/server.mjs';
import {
  CSP,
  IMMUTABLE,
  SHORT_LIVED,
  checkServedFiles,
  copyPublished,
  expectedHeaders,
  publishedFiles,
  startNginx,
} from './lib/deploy.mjs';

const TEST_TIMEOUT_MS = 90_000;
const FOLDER = '/tracker/';

/** Throws unless `dir` is a publish (scripts/publish.sh), not a plain trunk build. */
function assertPublished(dir) {
  assertBuilt(dir);
  if (!existsSync(path.join(dir, '_headers')) || !existsSync(path.join(dir, 'index.html.br'))) {
    throw new Error(`${dir} has no _headers or index.html.br: publish it with scripts/publish.sh (scripts/test.sh does)`);
  }
}

const title = (file) => JSON.parse(readFileSync(new URL(file, new URL('../', import.meta.url)), 'utf8')).meta.title;
const BUNDLED_TITLE = title('data/iraq-coalition.json');
const FIXTURE_TITLE = title('tests/fixtures/example-story.json');

let site;
let nginx;
let browser;

before(async () => {
  assertPublished(DIST);
  assertPublished(FIXTURE_DIST);
  // The first publish, uploaded into the server's tracker/ folder.
  site = copyPublished(DIST, FOLDER.slice(1, -1));
  nginx = await startNginx({ root: site.root, location: FOLDER });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await nginx?.stop();
  site?.cleanup();
});

/** The live widget's story title, once mounted. */
const liveTitle = (frame) => frame.$eval('#phase-tracker[data-app-mounted] h1.title', (h) => h.textContent.trim());

test('nginx serves every published file with the documented headers, brotli or gzip', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rows = await checkServedFiles(assert, nginx.url, site.dir);
  t.diagnostic(`nginx, ${nginx.url} (Accept-Encoding: br, gzip):\n  ${rows.join('\n  ')}`);
  // The served folder is a publish without an address: _headers names paths from the root.
});

test('Chromium gets the widget from nginx as brotli, with the documented headers', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rec = await openPage(browser);
  t.after(() => rec.close());
  const responses = [];
  rec.page.on('response', (r) => responses.push(r));
  await rec.page.goto(nginx.url);
  await withFailureShot(rec, 'nginx-chromium', async () => {
    await waitForMount(rec.page, rec, 'the widget served by nginx');
    assert.equal(await liveTitle(rec.page), BUNDLED_TITLE);
    assertNoConsoleErrors(rec);
    assert.deepEqual(rec.failedRequests, []);

    const seen = {};
    for (const r of responses) {
      const rel = new URL(r.url()).pathname.slice(FOLDER.length) || 'index.html';
      const headers = await r.allHeaders();
      const kind = rel === 'index.html' ? 'html' : path.extname(rel).slice(1);
      seen[kind] = (seen[kind] ?? 0) + 1;
      assert.equal(r.status(), 200, rel);
      assert.equal(headers['content-encoding'], 'br', `${rel} should arrive as brotli`);
      const want = expectedHeaders(rel);
      for (const [name, value] of Object.entries(want)) assert.equal(headers[name], value, `${rel}: ${name}`);
      if (!want['content-security-policy']) assert.equal(headers['content-security-policy'], undefined, `${rel}: no CSP`);
      if (!want['access-control-allow-origin']) assert.equal(headers['access-control-allow-origin'], undefined, `${rel}: no CORS`);
    }
    // The page, the boot script and wasm-bindgen's JS, the wasm, the stylesheet.
    for (const [kind, n] of [['html', 1], ['js', 2], ['wasm', 1], ['css', 1]]) {
      assert.equal(seen[kind], n, `${n} ${kind} response(s) expected: ${JSON.stringify(seen)}`);
    }
    const byName = Object.fromEntries(
      await Promise.all(responses.map(async (r) => [new URL(r.url()).pathname, await r.allHeaders()])),
    );
    const wasm = Object.keys(byName).find((p) => p.endsWith('.wasm'));
    assert.equal(byName[wasm]['content-type'], 'application/wasm');
    assert.equal(byName[wasm]['cache-control'], IMMUTABLE);
    assert.equal(byName[wasm]['access-control-allow-origin'], '*');
    assert.equal(byName[FOLDER]['cache-control'], SHORT_LIVED);
    assert.equal(byName[FOLDER]['content-security-policy'], CSP);
    t.diagnostic(
      Object.entries(byName)
        .map(([p, h]) => `${p}: ${h['content-type']}; ${h['content-encoding']}; ${h['cache-control']}` +
          `${h['access-control-allow-origin'] ? '; ACAO *' : ''}${h['content-security-policy'] ? `; CSP ${h['content-security-policy']}` : ''}`)
        .join('\n'),
    );
  });
});

test('a sandboxed iframe on another origin renders the live widget from nginx; embed-example.html works from the folder', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const host = await serveStatic(site.root, {
    extraFiles: {
      '/article.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>
<h1>Article</h1>
<iframe id="tracker" sandbox="allow-scripts" src="${nginx.url}" title="Phase tracker" width="100%" height="900" style="border:0" data-phase-tracker></iframe>
<script src="${nginx.url}embed.js" async></script>
</body></html>`,
    },
  });
  t.after(() => host.close());
  assert.notEqual(host.origin, nginx.origin);

  const rec = await openPage(browser, `${host.url}article.html`);
  t.after(() => rec.close());
  await withFailureShot(rec, 'nginx-sandboxed', async () => {
    const frame = await (await rec.page.waitForSelector('iframe#tracker')).contentFrame();
    await waitForMount(frame, rec, 'the sandboxed widget');
    assert.equal(await frame.evaluate(() => self.origin), 'null', 'sandbox="allow-scripts" gives the frame an opaque origin');
    assert.equal(await liveTitle(frame), BUNDLED_TITLE);
    const sheets = await frame.evaluate(() => [...document.styleSheets].length);
    assert.ok(sheets > 0, 'the stylesheet applies in the sandboxed frame');
    assertNoConsoleErrors(rec);
    assert.deepEqual(rec.failedRequests, []);
    // embed.js on the host page sized the frame from the widget's messages.
    await rec.page.waitForFunction(() => document.getElementById('tracker').style.height !== '', null, { timeout: 10_000 });
  });

  // embed-example.html as published without an address: its frames are "./", the folder.
  const example = await openPage(browser, `${nginx.url}embed-example.html`);
  t.after(() => example.close());
  await withFailureShot(example, 'nginx-embed-example', async () => {
    for (const id of ['tracker-main', 'tracker-side']) {
      const frame = await (await example.page.waitForSelector(`iframe#${id}`)).contentFrame();
      await waitForMount(frame, example, `#${id} of embed-example.html`);
      assert.equal(new URL(frame.url()).pathname, FOLDER, `#${id} frames the folder it is in`);
    }
    const side = await (await example.page.$('iframe#tracker-side')).contentFrame();
    assert.equal(await side.evaluate(() => self.origin), 'null', 'the sidebar is sandboxed');
    assertNoConsoleErrors(example);
    assert.deepEqual(example.failedRequests, []);
  });
});

test('republishing: a changed story reaches a reader on reload; unchanged hashed files keep their names', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const before = publishedFiles(DIST);
  const next = publishedFiles(FIXTURE_DIST);
  const hashedBefore = before.filter((f) => expectedHeaders(f)['cache-control'] === IMMUTABLE);
  const kept = hashedBefore.filter((f) => next.includes(f));
  const renamed = hashedBefore.filter((f) => !next.includes(f));
  assert.ok(kept.some((f) => f.endsWith('.css')), `the stylesheet did not change, so it keeps its name: ${kept.join(', ')}`);
  assert.ok(renamed.some((f) => f.endsWith('.wasm')), 'the story is in the wasm, so the wasm gets a new name');

  // With the browser's HTTP cache, as a reader has it.
  const rec = await openPage(browser, undefined, { httpCache: true });
  t.after(() => rec.close());
  await withFailureShot(rec, 'nginx-republish', async () => {
    await rec.page.goto(nginx.url);
    await waitForMount(rec.page, rec, 'the first publish');
    assert.equal(await liveTitle(rec.page), BUNDLED_TITLE);
    const logBefore = nginx.accessLog().length;

    // The newsroom uploads the new publish over the old one (new files first, nothing
    // deleted, so a reader who still has the old page finds its files).
    cpSync(FIXTURE_DIST, site.dir, { recursive: true, force: true });
    for (const f of before) assert.ok(existsSync(path.join(site.dir, f)), `${f} is still there for old pages`);

    await rec.page.reload();
    await waitForMount(rec.page, rec, 'the republished story');
    assert.equal(await liveTitle(rec.page), FIXTURE_TITLE, 'the reader sees the new story after a reload');
    assertNoConsoleErrors(rec);

    const served = nginx.accessLog().slice(logBefore);
    const uris = served.map((r) => r.uri);
    t.diagnostic(`served on reload: ${served.map((r) => `${r.uri} ${r.status} ${r.encoding || 'identity'}`).join(', ')}`);
    assert.ok(served.some((r) => r.uri === FOLDER && r.status === 200), `the page is fetched again: ${uris.join(', ')}`);
    const newWasm = next.find((f) => f.endsWith('.wasm'));
    assert.ok(uris.includes(FOLDER + newWasm), `the new wasm ${newWasm} is fetched: ${uris.join(', ')}`);
    for (const f of kept) {
      assert.ok(!uris.includes(FOLDER + f), `${f} kept its name and is not fetched again (immutable): ${uris.join(', ')}`);
    }
    assert.deepEqual(rec.blockedRequests, [], 'no request left this machine');
    // The page the reader got names the kept stylesheet.
    const page = readFileSync(path.join(site.dir, 'index.html'), 'utf8');
    for (const f of kept.filter((k) => k.endsWith('.css'))) assert.ok(page.includes(f), `the new page links ${f}`);
  });
});
