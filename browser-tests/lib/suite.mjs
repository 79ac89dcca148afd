// The usual setup of a browser test file: check the build, serve it, start Chromium, and
// stop both after the file's tests.
//
//   const suite = servedBuild();
//   test('…', async () => { const rec = await openPage(suite.browser, suite.server.url); … });

import { before, after } from 'node:test';
import { serveStatic } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { DIST, assertBuilt } from './dist.mjs';

/** Registers before/after hooks; the returned object gets `server` and `browser`. */
export function servedBuild() {
  const suite = { server: null, browser: null };
  before(async () => {
    assertBuilt();
    suite.server = await serveStatic(DIST);
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
