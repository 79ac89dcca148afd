// Screenshots of the widget's states at 360 and 1000 px, light and dark, into artifacts/.
//   node screenshots.mjs            (against ../dist; PHASE_TRACKER_DIST overrides)
// Not a test: a way to look at what the tests check. The layout test takes the same shots.
import { launchBrowser, ARTIFACTS_DIR } from './lib/browser.mjs';
import { serveStatic } from './lib/server.mjs';
import { DIST, assertBuilt } from './lib/dist.mjs';
import { mkdirSync } from 'node:fs';

assertBuilt();
mkdirSync(ARTIFACTS_DIR, { recursive: true });
const server = await serveStatic(DIST, { port: 0 });
const browser = await launchBrowser();
const states = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'phase=2', 'now=2025-09-01'];
try {
  for (const query of states) {
    for (const width of [360, 1000]) {
      for (const scheme of ['light', 'dark']) {
        const ctx = await browser.newContext({ viewport: { width, height: 740 }, colorScheme: scheme });
        const page = await ctx.newPage();
        await page.goto(`${server.url}?${query}`);
        await page.waitForSelector('#phase-tracker[data-app-mounted]');
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const name = `shot-${query.replace(/[^a-z0-9]+/gi, '_') || 'today'}-${width}-${scheme}.png`;
        await page.screenshot({ path: ARTIFACTS_DIR + name, fullPage: true });
        console.log(name, 'height', height);
        await ctx.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
