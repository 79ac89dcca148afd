// ?lang= (issue 12): the loader, before it starts the wasm, replaces the page with the one
// in the language asked for (dist/ar/, dist/ckb/, or the English dist/), keeping the other
// parameters and the fragment; an unknown value stays on (or goes to) English with one
// console warning naming it, like every parameter. Runs on the published dist/ (scripts/
// publish.sh builds each language's page), served over HTTP.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoConsoleErrors, waitForMount, withFailureShot } from './lib/browser.mjs';
import { servedBuild } from './lib/suite.mjs';

const suite = servedBuild();

/** Opens `from` and waits for the widget to mount wherever the page ends up. */
async function follow(t, from) {
  const rec = await openPage(suite.browser, new URL(from, suite.server.url).href);
  t.after(() => rec.close());
  await waitForMount(rec.page, rec, `the widget after ${from}`, '[data-app-mounted]');
  return rec;
}

const cases = [
  // from, to (path and query the reader ends on), the page's <html lang>
  ['?lang=ar&phase=2#claim-C26', '/ar/?lang=ar&phase=2#claim-C26', 'ar-IQ'],
  ['?lang=AR-iq', '/ar/?lang=AR-iq', 'ar-IQ'],
  ['?lang=ckb', '/ckb/?lang=ckb', 'ckb'],
  ['ar/?lang=en', '/?lang=en', 'en'],
  ['ar/?lang=ckb', '/ckb/?lang=ckb', 'ckb'],
  ['ckb/?lang=ar', '/ar/?lang=ar', 'ar-IQ'],
  ['ckb/?lang=ckb', '/ckb/?lang=ckb', 'ckb'],
];

for (const [from, to, lang] of cases) {
  test(`?lang= from ${from} ends on ${to}`, { timeout: 60_000 }, async (t) => {
    const rec = await follow(t, from);
    await withFailureShot(rec, `lang-param-${from}`, async () => {
      const url = new URL(rec.page.url());
      assert.equal(url.pathname + url.search + url.hash, to);
      assert.equal(await rec.page.getAttribute('html', 'lang'), lang);
      assertNoConsoleErrors(rec);
      const ours = rec.consoleWarnings.filter((w) => w.includes('phase tracker'));
      assert.deepEqual(ours, [], 'a known language warns about nothing');
      // The widget that runs is the language's own: its folder's wasm was fetched. (The page
      // left behind preloads its wasm too, but never starts it.)
      const folder = to.slice(0, to.lastIndexOf('/') + 1);
      const wasm = rec.requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);
      assert.ok(
        wasm.some((p) => p.startsWith(folder) && !p.slice(folder.length).includes('/')),
        `no wasm from ${folder}: ${wasm.join(', ')}`,
      );
    });
  });
}

test('an unknown ?lang= falls back to English with a console warning naming it', { timeout: 60_000 }, async (t) => {
  for (const from of ['?lang=fr', 'ar/?lang=fr']) {
    const rec = await follow(t, from);
    await withFailureShot(rec, `lang-param-unknown-${from}`, async () => {
      const url = new URL(rec.page.url());
      assert.equal(url.pathname + url.search, '/?lang=fr', from);
      assert.equal(await rec.page.getAttribute('html', 'lang'), 'en');
      assert.ok(
        rec.consoleWarnings.some((w) => w.includes('ignoring URL parameter lang="fr"; using English')),
        `${from}: warnings were ${JSON.stringify(rec.consoleWarnings)}`,
      );
      assertNoConsoleErrors(rec);
    });
  }
});
