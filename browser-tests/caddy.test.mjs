// The shipped deploy/Caddyfile, as it is, with Debian's caddy: `caddy validate` accepts it,
// and `caddy run` serves the published dist/ (scripts/publish.sh) with the same headers as
// nginx and dist/_headers (lib/deploy.mjs, checkServedFiles), the .br and .gz files
// precompressed, and a widget that mounts in a sandboxed iframe on another origin.
//
// Run: scripts/test.sh, or after scripts/publish.sh: cd browser-tests && node --test caddy.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, assertNoConsoleErrors, waitForMount, withFailureShot } from './lib/browser.mjs';
import { DIST, assertBuilt } from './lib/dist.mjs';
import { serveStatic } from './lib/server.mjs';
import { checkServedFiles, copyPublished, startCaddy, validateCaddyfile } from './lib/deploy.mjs';

const TEST_TIMEOUT_MS = 60_000;

let site;
let caddy;

before(async () => {
  assertBuilt(DIST);
  site = copyPublished(DIST);
  caddy = await startCaddy({ root: site.dir });
});

after(async () => {
  await caddy?.stop();
  site?.cleanup();
});

test('caddy validate accepts deploy/Caddyfile, with its defaults and with the variables set', () => {
  assert.match(validateCaddyfile({}), /Valid configuration/);
  assert.match(
    validateCaddyfile({ PHASE_TRACKER_SITE: 'http://127.0.0.1:8080', PHASE_TRACKER_DIST: site.dir, PHASE_TRACKER_CADDY_ADMIN: 'off' }),
    /Valid configuration/,
  );
});

test('caddy serves every published file with the documented headers, brotli or gzip', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const rows = await checkServedFiles(assert, caddy.url, site.dir);
  t.diagnostic(`caddy, ${caddy.url} (Accept-Encoding: br, gzip):\n  ${rows.join('\n  ')}`);
});

test('the widget served by caddy mounts in a sandboxed iframe on another origin', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const host = await serveStatic(site.root, {
    extraFiles: {
      '/article.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>
<iframe id="tracker" sandbox="allow-scripts" src="${caddy.url}" title="Phase tracker" width="100%" height="900" style="border:0" data-phase-tracker></iframe>
</body></html>`,
    },
  });
  t.after(() => host.close());
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const rec = await openPage(browser, `${host.url}article.html`);
  t.after(() => rec.close());
  await withFailureShot(rec, 'caddy-sandboxed', async () => {
    const frame = await (await rec.page.waitForSelector('iframe#tracker')).contentFrame();
    await waitForMount(frame, rec, 'the sandboxed widget served by caddy');
    assert.equal(await frame.evaluate(() => self.origin), 'null');
    assertNoConsoleErrors(rec);
    assert.deepEqual(rec.failedRequests, []);
  });
});
