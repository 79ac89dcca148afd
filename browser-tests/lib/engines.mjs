// Chromium, Firefox and WebKit behind one small page interface, so one test body can check
// the widget in all three engines. No browser is ever downloaded: all three are Debian's
// (scripts/setup.sh --test installs them).
//
//   import { openIn } from './lib/engines.mjs';
//   const page = await openIn('webkit', url, { width: 360, height: 800 });
//   try {
//     await page.waitForSelector('[data-app-mounted]');
//     const h = await page.evaluate(() => document.documentElement.scrollHeight);
//     await page.click('#tab-2');
//     await page.press('ArrowRight');
//     await page.screenshot('webkit-360');          // browser-tests/artifacts/webkit-360.png
//     assert.deepEqual(await page.errors(), []);
//   } finally {
//     await page.close();                            // also stops the browser openIn started
//   }
//
// For several pages, launch once: `const e = await launchEngine('firefox');
// const page = await e.newPage(url, { width, height }); ... await e.close();`
// lib/each-engine.mjs runs one node:test body in every engine (forEachEngine).
//
// How each engine runs:
//   chromium  /usr/bin/chromium, headless, through playwright-core (lib/browser.mjs: requests
//             off this machine are aborted; console errors and uncaught exceptions recorded).
//   firefox   /usr/bin/firefox-esr, headless, through puppeteer-core over WebDriver BiDi.
//             Requests off this machine go to a dead proxy (127.0.0.1:9).
//   webkit    WebKitGTK's MiniBrowser driven by WebKitWebDriver (W3C WebDriver over HTTP,
//             spoken with fetch) on a private Xvfb display. Requests off this machine go to
//             the dead proxy. Classic WebDriver reports no console messages, so errors() reads
//             a probe the page must load first: serve the page with serveWithProbe() (below).
//
// The page interface (EnginePage), the same in every engine:
//   engine                       'chromium' | 'firefox' | 'webkit'
//   evaluate(fn, arg?)           runs fn(arg) in the page (fn may be async); JSON in and out
//   waitForSelector(sel, {visible, timeout})   polls until the element exists (and is visible)
//   waitForFunction(fn, arg?, {timeout, message})  polls until fn(arg) is truthy; returns it
//   setViewport({width, height}) the layout viewport (innerWidth × innerHeight), in CSS px
//   click(selector)              a real mouse click at the element's centre
//   focus(selector)
//   press(key)                   a key press on the focused element: 'ArrowRight', 'Tab', 'a', …
//   screenshot(name, {fullPage = true})  PNG to browser-tests/artifacts/<name>.png; returns the path
//   errors()                     console errors and uncaught exceptions (WebKit: also unhandled
//                                rejections and failed loads of scripts, styles and images)
//   close()
//   raw                          the playwright Page, puppeteer Page or WebDriver session URL
//   rec                          (chromium only) lib/browser.mjs's recording: requests, …
//
// Every process an engine starts (browser, Xvfb, driver) is stopped by close(), and also by a
// watchdog when this node process dies without closing (even by SIGKILL): a tiny `sh` waits
// for its stdin, a pipe from this process, to reach end-of-file, then kills their process
// groups and removes their temporary directories (the Firefox profile, MiniBrowser's style).
//
// Overrides: FIREFOX_PATH (/usr/bin/firefox-esr), WEBKIT_DRIVER_PATH (/usr/bin/WebKitWebDriver),
// MINIBROWSER_PATH (the MiniBrowser of libwebkit2gtk-4.1-0), CHROMIUM_PATH (lib/chromium.mjs).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { ARTIFACTS_DIR, launchBrowser, openPage } from './browser.mjs';
import { serveStatic } from './server.mjs';

export { ARTIFACTS_DIR };

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
/** libwebkit2gtk-4.1-0's MiniBrowser, under /usr/lib/<multiarch triplet>/. */
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ||
  (existsSync('/usr/lib') ? readdirSync('/usr/lib') : [])
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((file) => existsSync(file)) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_PATH = '/usr/bin/Xvfb';

/** Where requests to other hosts than this machine are sent: the discard port, closed here. */
const DEAD_PROXY = '127.0.0.1:9';
const LOOPBACK = ['localhost', '127.0.0.1', '::1'];

const LAUNCH_TIMEOUT_MS = 30_000;
/** How long one WebKit WebDriver command may take (a page load included). */
const COMMAND_TIMEOUT_MS = 20_000;
const POLL_MS = 50;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function artifactPath(name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
}

function requireFile(file, what) {
  if (!existsSync(file)) {
    throw new Error(`${what} not found at ${file}: run scripts/setup.sh --test`);
  }
}

// ---- the error probe (for WebKit, whose classic WebDriver reports no console) ------------

/** The URL path of the probe script serveWithProbe() serves. */
export const PROBE_PATH = '/__engines-probe.js';

/**
 * Records what the page reports as errors into window.__enginesProbe.errors: console.error,
 * uncaught exceptions, unhandled rejections and resources that failed to load. A classic
 * script in <head>, so it runs before the page's own scripts.
 */
export const PROBE_SCRIPT = `(() => {
  const errors = [];
  window.__enginesProbe = { errors };
  const text = (v) => {
    if (v instanceof Error) return v.stack && !v.stack.startsWith(String(v)) ? v + '\\n' + v.stack : String(v.stack || v);
    if (typeof v === 'string') return v;
    try { return JSON.stringify(v); } catch { return String(v); }
  };
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) {
      errors.push('uncaught: ' + (e.error ? text(e.error) : e.message) + ' (' + e.filename + ':' + e.lineno + ':' + e.colno + ')');
    } else if (e.target && e.target !== window) {
      errors.push('failed to load: <' + e.target.localName + '> ' + (e.target.src || e.target.href || ''));
    }
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + text(e.reason)));
  const consoleError = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(text).join(' '));
    return consoleError.apply(this, args);
  };
})();
`;

/**
 * serveStatic(root, options) (lib/server.mjs), except that root's index.html is served (at /
 * and /index.html) with the probe as its first script, and the probe itself at
 * PROBE_PATH. The files on disk are not changed.
 */
export function serveWithProbe(root, options = {}) {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const tag = `<script src="${PROBE_PATH}"></script>`;
  // After <head>, or (a minified page may omit it) <html>, or <!doctype>: before any script.
  const at = [/<head(\s[^>]*)?>/i, /<html(\s[^>]*)?>/i, /<!doctype[^>]*>/i].map((re) => re.exec(html)).find(Boolean);
  const end = at ? at.index + at[0].length : 0;
  const probed = html.slice(0, end) + tag + html.slice(end);
  const { extraFiles = {}, headersFor = () => ({}) } = options;
  return serveStatic(root, {
    ...options,
    extraFiles: { ...extraFiles, '/': probed, '/index.html': probed, [PROBE_PATH]: PROBE_SCRIPT },
    // extraFiles are typed by their extension, and '/' has none.
    headersFor: (urlPath) => ({
      ...(urlPath === '/' ? { 'Content-Type': 'text/html; charset=utf-8' } : {}),
      ...(headersFor(urlPath) ?? {}),
    }),
  });
}

// ---- the watchdog --------------------------------------------------------------------------

/**
 * Starts `sh` in its own process group; when this process's end of its stdin closes (this
 * process exited, however), it kills the process groups `pgids`, then removes the
 * directories `dirs`. Returns a function that disarms it (for an orderly close, which does
 * both itself).
 */
export function watchdog({ pgids = [], dirs = [] }) {
  const script = 'read _; for g in $PGIDS; do kill -9 -"$g" 2>/dev/null; done; sleep 1; rm -rf -- "$@"';
  const dog = spawn('sh', ['-c', script, 'sh', ...dirs], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PGIDS: pgids.join(' ') },
  });
  dog.on('error', () => {});
  dog.unref();
  dog.stdin.on('error', () => {});
  dog.stdin.unref?.();
  return () => {
    try {
      dog.kill('SIGKILL');
    } catch {}
  };
}

/** Sends `signal` to the process group of `child`, then SIGKILL if it has not exited in time. */
async function stopGroup(child, timeoutMs = 3_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {}
  };
  kill('SIGTERM');
  const timer = sleep(timeoutMs).then(() => 'timeout');
  if ((await Promise.race([exited, timer])) === 'timeout') {
    kill('SIGKILL');
    await Promise.race([exited, sleep(1_000)]);
  }
}

/** The last `max` characters a child process wrote to `streams` (for error messages). */
function tail(streams, max = 4_000) {
  const t = { text: '' };
  for (const stream of streams) {
    stream?.setEncoding('utf8');
    stream?.on('data', (d) => {
      t.text = (t.text + d).slice(-max);
    });
  }
  return t;
}

/** Calls `read` until it returns something truthy; throws `message` after `timeout` ms. */
async function poll(read, { timeout, message }) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (last) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message()}`);
    }
    await sleep(POLL_MS);
  }
}

// ---- the common page interface ---------------------------------------------------------------

/**
 * Adds the methods that every engine does the same way (through evaluate) to `page`, which
 * brings engine, evaluate, setViewport, click, press, screenshot, errors, close and raw.
 */
function withCommon(page) {
  page.waitForFunction = (fn, arg, { timeout = 10_000, message } = {}) =>
    poll(() => page.evaluate(fn, arg), {
      timeout,
      message: () => message ?? `${page.engine}: ${String(fn).slice(0, 120)}`,
    });

  page.waitForSelector = (selector, { visible = false, timeout = 10_000 } = {}) =>
    page.waitForFunction(
      ({ selector, visible }) => {
        const el = document.querySelector(selector);
        if (!el) return false;
        if (!visible) return true;
        return el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0;
      },
      { selector, visible },
      { timeout, message: `${page.engine}: ${selector}${visible ? ' (visible)' : ''}` },
    );

  page.focus = async (selector) => {
    const found = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      el?.focus();
      return !!el;
    }, selector);
    if (!found) throw new Error(`${page.engine}: focus: no element matches ${selector}`);
  };
  return page;
}

// ---- chromium (playwright-core, lib/browser.mjs) ---------------------------------------------

async function launchChromium() {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    version: browser.version(),
    async newPage(url, { width = 1000, height = 800 } = {}) {
      const rec = await openPage(browser, undefined, { context: { viewport: { width, height } } });
      const { page } = rec;
      try {
        if (url) await page.goto(url, { waitUntil: 'load' });
      } catch (err) {
        await rec.close().catch(() => {});
        throw err;
      }
      return withCommon({
        engine: 'chromium',
        raw: page,
        rec,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        setViewport: ({ width, height }) => page.setViewportSize({ width, height }),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        async screenshot(name, { fullPage = true } = {}) {
          const file = artifactPath(name);
          await page.screenshot({ path: file, fullPage });
          return file;
        },
        errors: async () => [
          ...rec.consoleErrors.map((s) => `console.error: ${s}`),
          ...rec.pageErrors.map((s) => `uncaught: ${s}`),
        ],
        close: () => rec.close(),
      });
    },
    close: () => browser.close(),
  };
}

// ---- firefox (puppeteer-core over WebDriver BiDi) --------------------------------------------

async function launchFirefox() {
  requireFile(FIREFOX_PATH, 'firefox-esr (Debian package firefox-esr)');
  const { default: puppeteer } = await import('puppeteer-core'); // only when Firefox is used
  // Our own profile directory (puppeteer fills it), so the watchdog can remove it too.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-firefox-'));
  const disarmDir = watchdog({ dirs: [profile] });
  let browser;
  try {
    browser = await puppeteer.launch({
      userDataDir: profile,
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      defaultViewport: null,
      extraPrefsFirefox: {
        // Nothing leaves this machine: every other host goes through a dead proxy.
        'network.proxy.type': 1,
        'network.proxy.http': DEAD_PROXY.split(':')[0],
        'network.proxy.http_port': Number(DEAD_PROXY.split(':')[1]),
        'network.proxy.ssl': DEAD_PROXY.split(':')[0],
        'network.proxy.ssl_port': Number(DEAD_PROXY.split(':')[1]),
        'network.proxy.no_proxies_on': LOOPBACK.join(', '),
        // Scrollbars over the content, as on a phone (and in headless Chromium): a 360 px
        // viewport lays out 360 px, not 360 minus a classic scrollbar.
        'ui.useOverlayScrollbars': 1,
      },
    });
  } catch (err) {
    disarmDir();
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const proc = browser.process();
  const disarm = watchdog({ pgids: proc ? [proc.pid] : [], dirs: [profile] });
  disarmDir();
  return {
    name: 'firefox',
    version: await browser.version(),
    async newPage(url, { width = 1000, height = 800 } = {}) {
      const context = await browser.createBrowserContext();
      const consoleErrors = [];
      const pageErrors = [];
      let page;
      try {
        page = await context.newPage();
        page.on('console', (msg) => {
          if (msg.type() === 'error') consoleErrors.push(msg.text());
        });
        page.on('pageerror', (err) => pageErrors.push(String(err?.stack ?? err)));
        await page.setViewport({ width, height });
        if (url) await page.goto(url, { waitUntil: 'load' });
      } catch (err) {
        await context.close().catch(() => {});
        throw err;
      }
      return withCommon({
        engine: 'firefox',
        raw: page,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        setViewport: ({ width, height }) => page.setViewport({ width, height }),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        async screenshot(name, { fullPage = true } = {}) {
          const file = artifactPath(name);
          await page.screenshot({ path: file, fullPage });
          return file;
        },
        errors: async () => [
          ...consoleErrors.map((s) => `console.error: ${s}`),
          ...pageErrors.map((s) => `uncaught: ${s}`),
        ],
        close: () => context.close(),
      });
    },
    async close() {
      await browser.close().catch(() => {});
      await stopGroup(proc);
      disarm();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- webkit (WebKitWebDriver + MiniBrowser on Xvfb) ----------------------------------------

/** Large enough for a 1000 px wide window and a full-page shot of a tall page. */
const XVFB_SCREEN = { width: 1600, height: 8000 };

/**
 * MiniBrowser's toolbar would keep its window at least 447 px wide; this GTK style (only its
 * own chrome: WebKit draws the page's controls itself) shrinks it so a 360 px viewport fits.
 */
const MINIBROWSER_GTK_CSS =
  '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0); }\n';

/** W3C WebDriver key codes of the keys press() knows beyond single characters. */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  ' ': '\uE00D',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display (-displayfd) and resolves with its number. */
function startXvfb() {
  const xvfb = spawn(
    XVFB_PATH,
    // -noreset: by default Xvfb resets when its last client leaves, and a MiniBrowser that
    // connects during the reset fails with "cannot open display" (1 session in ~40 here),
    // leaving WebKitWebDriver waiting for it forever.
    ['-displayfd', '3', '-screen', '0', `${XVFB_SCREEN.width}x${XVFB_SCREEN.height}x24`, '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], detached: true },
  );
  const log = tail([xvfb.stderr]);
  const display = new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].setEncoding('utf8');
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code, sig) =>
      reject(new Error(`Xvfb exited (${code ?? sig}) before it chose a display:\n${log.text}`)),
    );
    setTimeout(() => reject(new Error(`Xvfb chose no display within 10 s:\n${log.text}`)), 10_000).unref();
  });
  return { xvfb, display };
}

async function launchWebKit() {
  requireFile(WEBKIT_DRIVER_PATH, 'WebKitWebDriver (Debian package webkit2gtk-driver)');
  requireFile(MINIBROWSER_PATH, 'MiniBrowser (Debian package libwebkit2gtk-4.1-0)');
  requireFile(XVFB_PATH, 'Xvfb (Debian package xvfb)');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-webkit-'));
  mkdirSync(path.join(dir, 'gtk-3.0'));
  writeFileSync(path.join(dir, 'gtk-3.0', 'gtk.css'), MINIBROWSER_GTK_CSS);

  let xvfb;
  let driver;
  let disarm = () => {};
  const stopAll = async () => {
    disarm();
    await stopGroup(driver);
    await stopGroup(xvfb);
    rmSync(dir, { recursive: true, force: true });
  };

  let base;
  let driverLog;
  try {
    const started = startXvfb();
    xvfb = started.xvfb;
    disarm = watchdog({ pgids: [xvfb.pid], dirs: [dir] });
    const display = await started.display;

    const port = await freePort();
    driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
      stdio: ['ignore', 'pipe', 'pipe'], // MiniBrowser's output comes through here too
      detached: true,
      env: {
        ...process.env,
        DISPLAY: `:${display}`,
        GDK_BACKEND: 'x11',
        XDG_CONFIG_HOME: dir, // MiniBrowser reads gtk-3.0/gtk.css from here
        NO_AT_BRIDGE: '1', // no accessibility bus on this machine
      },
    });
    driverLog = tail([driver.stdout, driver.stderr]);
    driver.on('error', () => {});
    disarm();
    disarm = watchdog({ pgids: [driver.pid, xvfb.pid], dirs: [dir] });

    base = `http://127.0.0.1:${port}`;
    await poll(
      async () => {
        if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}):\n${driverLog.text}`);
        return fetch(`${base}/status`).then((r) => r.ok, () => false);
      },
      { timeout: 10_000, message: () => `WebKitWebDriver on port ${port}:\n${driverLog.text}` },
    );
  } catch (err) {
    await stopAll();
    throw err;
  }

  /**
   * One WebDriver command; throws "webkit: METHOD path: error: message", also when the driver
   * has not answered within COMMAND_TIMEOUT_MS. DEBUG_WEBDRIVER=1 logs each to stderr.
   */
  async function wd(method, urlPath, body) {
    const started = Date.now();
    const timeout = COMMAND_TIMEOUT_MS;
    let res;
    try {
      res = await fetch(base + urlPath, {
        method,
        headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(timeout),
      });
    } catch (err) {
      throw new Error(
        `webkit: ${method} ${urlPath}: ${err.name === 'TimeoutError' ? `no answer within ${timeout / 1000} s` : err.message}` +
          (driverLog.text ? `\n(driver log: ${driverLog.text.slice(-800)})` : ''),
      );
    }
    const json = await res.json().catch(() => ({}));
    if (process.env.DEBUG_WEBDRIVER) {
      process.stderr.write(`webdriver ${method} ${urlPath} ${res.status} ${Date.now() - started} ms\n`);
    }
    if (!res.ok) {
      const v = json?.value ?? {};
      throw new Error(
        `webkit: ${method} ${urlPath}: ${v.error ?? res.status}: ${v.message ?? ''}` +
          (driverLog.text ? `\n(driver log: ${driverLog.text.slice(-800)})` : ''),
      );
    }
    return json.value;
  }

  const sessions = new Set();

  return {
    name: 'webkit',
    version: null, // set by the first newPage (the session's browserVersion)
    async newPage(url, { width = 1000, height = 800 } = {}) {
      const created = await wd('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            // The dead proxy through MiniBrowser's own options: with WebDriver's `proxy`
            // capability instead, about 1 session in 40 never starts (the driver never answers).
            'webkitgtk:browserOptions': {
              binary: MINIBROWSER_PATH,
              args: ['--automation', `--proxy=http://${DEAD_PROXY}`, ...LOOPBACK.map((h) => `--ignore-host=${h}`)],
            },
            timeouts: { script: COMMAND_TIMEOUT_MS - 2_000, pageLoad: COMMAND_TIMEOUT_MS - 2_000 },
          },
        },
      });
      const S = `/session/${created.sessionId}`;
      sessions.add(S);
      this.version ??= created.capabilities?.browserVersion ?? null;

      // The size of MiniBrowser's toolbar: the window's size (as the driver sets it) minus the
      // viewport's, once both agree twice in a row.
      let chrome = null;
      const measureChrome = () =>
        poll(
          async () => {
            const take = async () => {
              const rect = await wd('GET', `${S}/window/rect`);
              const [w, h] = await page.evaluate(() => [innerWidth, innerHeight]);
              return { w: rect.width - w, h: rect.height - h };
            };
            const a = await take();
            const b = await take();
            return a.w === b.w && a.h === b.h && a.w >= 0 && a.h >= 0 ? a : false;
          },
          { timeout: 5_000, message: () => "webkit: a stable size of MiniBrowser's toolbar" },
        );

      const element = async (selector) => {
        const found = await wd('POST', `${S}/element`, { using: 'css selector', value: selector }).catch((err) => {
          throw new Error(`webkit: no element matches ${selector} (${err.message.split('\n')[0]})`);
        });
        return Object.values(found)[0];
      };

      const page = withCommon({
        engine: 'webkit',
        raw: base + S,
        async evaluate(fn, arg = null) {
          const script =
            'const arg = arguments[0], done = arguments[arguments.length - 1];\n' +
            `Promise.resolve().then(() => (${fn})(arg)).then(\n` +
            '  (value) => done({ ok: true, value: value === undefined ? null : value }),\n' +
            "  (err) => done({ ok: false, error: String(err) + (err && err.stack ? '\\n' + err.stack : '') }));";
          const out = await wd('POST', `${S}/execute/async`, { script, args: [arg] });
          if (!out?.ok) throw new Error(`webkit: evaluate threw: ${out?.error}`);
          return out.value;
        },
        async setViewport({ width, height }) {
          // The window holds MiniBrowser's (shrunken) toolbar too: size the window to the
          // viewport plus the toolbar, then wait for the page to see the new size (GTK resizes
          // asynchronously). If it does not, measure the toolbar again and retry.
          const inner = () => page.evaluate(() => [innerWidth, innerHeight]);
          let got;
          for (let attempt = 0; attempt < 3; attempt++) {
            chrome ??= await measureChrome();
            await wd('POST', `${S}/window/rect`, { width: width + chrome.w, height: height + chrome.h });
            got = await poll(
              async () => {
                const now = await inner();
                return now[0] === width && now[1] === height ? now : false;
              },
              { timeout: 3_000, message: () => '' },
            ).catch(() => null);
            if (got) return;
            chrome = null;
          }
          throw new Error(`webkit: asked for a ${width}×${height} viewport, got ${(await inner()).join('×')}`);
        },
        async click(selector) {
          await wd('POST', `${S}/element/${await element(selector)}/click`, {});
        },
        async press(key) {
          const value = WEBDRIVER_KEYS[key] ?? key;
          if ([...value].length !== 1) throw new Error(`webkit: press: unknown key ${JSON.stringify(key)}`);
          await wd('POST', `${S}/actions`, {
            actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
          });
        },
        async screenshot(name, { fullPage = true } = {}) {
          // WebDriver shoots the viewport only: for the full page, grow the window to the
          // page's height for the shot (capped by the X screen), then restore it.
          const view = await page.evaluate(() => ({ w: innerWidth, h: innerHeight, x: scrollX, y: scrollY }));
          let grown = false;
          if (fullPage) {
            const full = await page.evaluate(() => document.documentElement.scrollHeight);
            const h = Math.min(full, XVFB_SCREEN.height - 100);
            if (h > view.h) {
              await page.setViewport({ width: view.w, height: h });
              grown = true;
            }
          }
          try {
            const png = await wd('GET', `${S}/screenshot`);
            const file = artifactPath(name);
            writeFileSync(file, Buffer.from(png, 'base64'));
            return file;
          } finally {
            if (grown) {
              await page.setViewport({ width: view.w, height: view.h });
              await page.evaluate(([x, y]) => scrollTo(x, y), [view.x, view.y]);
            }
          }
        },
        async errors() {
          const errors = await page.evaluate(() => window.__enginesProbe?.errors ?? null);
          if (errors === null) {
            throw new Error(
              'webkit: the page has no error probe: serve it with serveWithProbe() (lib/engines.mjs), ' +
                'since classic WebDriver reports no console messages',
            );
          }
          return errors;
        },
        async close() {
          if (!sessions.delete(S)) return;
          await wd('DELETE', S).catch(() => {});
        },
      });

      try {
        await page.setViewport({ width, height });
        if (url) await wd('POST', `${S}/url`, { url });
      } catch (err) {
        await page.close();
        throw err;
      }
      return page;
    },
    async close() {
      for (const S of [...sessions]) {
        sessions.delete(S);
        await wd('DELETE', S).catch(() => {});
      }
      await stopAll();
    },
  };
}

// ---- entry points ----------------------------------------------------------------------------

const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };

/**
 * Starts an engine. Returns { name, version, newPage(url?, {width, height}), close() };
 * close() stops every process it started.
 */
export async function launchEngine(engine) {
  const launch = LAUNCHERS[engine];
  if (!launch) throw new Error(`unknown engine ${JSON.stringify(engine)} (known: ${ENGINES.join(', ')})`);
  return launch();
}

/**
 * Starts `engine`, opens `url` in a viewport of width × height (waits for the 'load' event)
 * and returns the page; its close() stops the engine too.
 */
export async function openIn(engine, url, { width = 1000, height = 800 } = {}) {
  const e = await launchEngine(engine);
  let page;
  try {
    page = await e.newPage(url, { width, height });
  } catch (err) {
    await e.close().catch(() => {});
    throw err;
  }
  const closePage = page.close;
  page.close = async () => {
    await closePage().catch(() => {});
    await e.close();
  };
  page.version = e.version;
  return page;
}
