// One node:test body, run in Chromium, Firefox and WebKit (lib/engines.mjs).
//
//   import { forEachEngine } from './lib/each-engine.mjs';
//
//   forEachEngine('the widget fits a phone', async ({ engine, openApp, t }) => {
//     const page = await openApp({ phase: 2 }, { width: 360, height: 800 });   // mounted
//     const h = await page.evaluate(() => document.documentElement.scrollHeight);
//     t.diagnostic(`${engine}: ${h} px`);
//     assert.deepEqual(await page.errors(), []);
//   });
//
// registers the tests 'the widget fits a phone [chromium]', '… [firefox]' and '… [webkit]'.
// The body gets:
//   engine    'chromium' | 'firefox' | 'webkit'
//   t         the node:test context
//   server    the served build: { url, origin, … } (lib/server.mjs)
//   url(params?, hash?)                  the widget's address with URL parameters (appUrl)
//   open(url?, { width, height })        an EnginePage (lib/engines.mjs) at url, after 'load'
//   openApp(params?, { width, height, hash })  the same, once the widget has mounted
// Pages opened this way are closed after the test; when the body fails, each is first shot
// to browser-tests/artifacts/<engine>-<test name>-failure.png (named in the error).
//
// A file's tests share one private copy of dist/ (taken at its first test, so a concurrent
// rebuild cannot change files mid-run), served on 127.0.0.1 with the error probe WebKit needs,
// and one browser per engine (started at its first test); all stop after the file's tests.
//
// Options: forEachEngine(name, body, { engines: ['firefox', 'webkit'], timeout: 60_000 }).
// PHASE_TRACKER_ENGINES=firefox,webkit (comma-separated) runs only those engines.

import { after, test } from 'node:test';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { MOUNT_TIMEOUT_MS } from './browser.mjs';
import { DIST, assertBuilt } from './dist.mjs';
import { ENGINES, launchEngine, serveWithProbe, watchdog } from './engines.mjs';
import { appUrl } from './ui-helpers.mjs';

export { ENGINES };

/** The engines to run: PHASE_TRACKER_ENGINES (comma-separated) or all three. */
export const SELECTED_ENGINES = (() => {
  const env = process.env.PHASE_TRACKER_ENGINES?.trim();
  if (!env) return ENGINES;
  const names = env.split(/[\s,]+/).filter(Boolean);
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) {
    throw new Error(`PHASE_TRACKER_ENGINES: unknown engine(s) ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  }
  return names;
})();

// The file's served build and browsers, started on first use.
const shared = { served: null, engines: new Map() };

async function servedBuild() {
  shared.served ??= (async () => {
    assertBuilt();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-engines-'));
    try {
      cpSync(DIST, dir, { recursive: true });
      if (!existsSync(path.join(dir, 'index.html')) || !readdirSync(dir).some((f) => f.endsWith('.wasm'))) {
        throw new Error(`${DIST} has no index.html or no .wasm: was dist/ being rebuilt? Run trunk build --release again`);
      }
      const disarm = watchdog({ dirs: [dir] }); // removes the copy if this process dies first
      return { dir, disarm, server: await serveWithProbe(dir) };
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  })();
  return shared.served;
}

function engine(name) {
  if (!shared.engines.has(name)) {
    const launching = launchEngine(name);
    launching.catch(() => shared.engines.delete(name)); // a later test may try again
    shared.engines.set(name, launching);
  }
  return shared.engines.get(name);
}

/** Stops every browser and the server this file started (idempotent). */
export async function closeEngines() {
  const engines = [...shared.engines.values()];
  shared.engines.clear();
  for (const e of engines) await (await e.catch(() => null))?.close().catch(() => {});
  const served = await shared.served?.catch(() => null);
  shared.served = null;
  if (served) {
    await served.server.close().catch(() => {});
    rmSync(served.dir, { recursive: true, force: true });
    served.disarm();
  }
}

/**
 * Waits until `page` shows the mounted widget (`selector`); on timeout, throws with what the
 * page reported as errors.
 */
export async function waitForAppMount(page, selector = '#phase-tracker[data-app-mounted]') {
  try {
    await page.waitForSelector(selector, { timeout: MOUNT_TIMEOUT_MS });
  } catch (err) {
    const errors = await page.errors().catch((e) => [`(errors unavailable: ${e.message})`]);
    throw new Error(
      `${page.engine}: the widget did not mount within ${MOUNT_TIMEOUT_MS / 1000}s (no ${selector})` +
        (errors.length ? `; the page reported:\n  - ${errors.join('\n  - ')}` : '') +
        `\n(${err.message.split('\n')[0]})`,
    );
  }
}

/** Registers `name [engine]` for each engine; see the top of this file. */
export function forEachEngine(name, body, { engines = SELECTED_ENGINES, timeout = 60_000 } = {}) {
  after(closeEngines);
  for (const engineName of engines.filter((e) => SELECTED_ENGINES.includes(e))) {
    test(`${name} [${engineName}]`, { timeout }, async (t) => {
      const { server } = await servedBuild();
      const e = await engine(engineName);
      const pages = [];
      const open = async (url = server.url, size = {}) => {
        const page = await e.newPage(url, size);
        pages.push(page);
        return page;
      };
      const openApp = async (params = {}, { hash = '', ...size } = {}) => {
        const page = await open(appUrl(server, params, hash), size);
        await waitForAppMount(page);
        return page;
      };
      try {
        await body({ engine: engineName, t, server, url: (params, hash) => appUrl(server, params, hash), open, openApp });
      } catch (err) {
        const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
        for (const [i, page] of pages.entries()) {
          const shot = await page
            .screenshot(`${engineName}-${slug}-failure${pages.length > 1 ? `-${i + 1}` : ''}`)
            .catch(() => null);
          if (!shot) continue;
          t.diagnostic(`failure screenshot: ${shot}`);
          if (err && typeof err === 'object') err.message += `\n(screenshot: ${shot})`;
        }
        throw err;
      } finally {
        for (const page of pages) await page.close().catch(() => {});
      }
    });
  }
}
