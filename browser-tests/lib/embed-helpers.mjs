// Helpers for embed.test.mjs: a frozen copy of dist/, host pages that frame the widget
// from another origin, recorders injected into every frame, and polling.
//
//   const dist = await snapshotDist(DIST);          // { dir, files, cleanup }
//   const html = hostPageHtml({ widgetOrigin, ... }); // a generic article page
//   await waitUntil(async () => ..., { what: 'the iframe height follows' });
//
// Nothing here edits dist/: the tests run against a copy, so a concurrent
// `trunk build` cannot swap the hashed files under a running test.

import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The local preview address dist/oembed.json names when published without an address. */
export const PREVIEW_ADDRESS = 'http://127.0.0.1:8080/';

/** The policy README.md documents for the widget page. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self'; connect-src 'self'; frame-ancestors *";

/** Sandbox flags of embed-example.html's sidebar (as WordPress frames untrusted embeds). */
export const SIDEBAR_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** The widget server's headers: CORS on .js and .wasm, as README.md asks (opaque origins). */
export function corsForScripts(urlPath) {
  return /\.(m?js|wasm)$/i.test(urlPath) ? { 'Access-Control-Allow-Origin': '*' } : {};
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Local files index.html refers to (script src, link href), relative to dist/. */
export function localReferences(indexHtml) {
  const refs = [];
  for (const m of indexHtml.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
    const ref = m[1].replace(/^["']|["']$/g, '');
    if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) continue;
    refs.push(ref.replace(/^\.\//, '').split(/[?#]/)[0]);
  }
  return refs;
}

/**
 * Copies `distDir` into a temporary folder, retrying while a concurrent build is
 * replacing it (index.html naming a file that is not there yet).
 */
export async function snapshotDist(distDir, { attempts = 10 } = {}) {
  let lastProblem = '';
  for (let i = 0; i < attempts; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-embed-'));
    const cleanup = () => rmSync(dir, { recursive: true, force: true });
    try {
      cpSync(distDir, dir, { recursive: true });
      const index = readFileSync(path.join(dir, 'index.html'), 'utf8');
      const missing = localReferences(index).filter((ref) => !existsSync(path.join(dir, ref)));
      const needed = ['embed.js', 'embed-example.html', 'oembed.json'].filter(
        (f) => !existsSync(path.join(dir, f)),
      );
      if (!missing.length && !needed.length) {
        return { dir, files: readdirSync(dir), cleanup };
      }
      lastProblem = `missing: ${[...missing, ...needed].join(', ')}`;
    } catch (err) {
      lastProblem = err.message;
    }
    cleanup();
    await sleep(1000);
  }
  throw new Error(`could not take a consistent copy of ${distDir} (${lastProblem}); rebuild it`);
}

/**
 * A generic article page that frames the widget. Query parameters of the host page:
 *   src=<path?query#fragment on the widget server>   (default "/")
 *   sandbox=<flags>                                   sandbox the tracker iframe
 *   attackers=1                                       add two frames that are not the tracker
 *   others=1       add #tracker-b (a second tracker) and #plain (a frame without
 *                  data-phase-tracker), both /attacker.html on the widget server
 *   twice=1        include embed.js twice (window.__secondEmbedRan once the second has run)
 * It records every message it receives in window.__messages (installed before any
 * iframe exists), every height embed.js sets on the tracker in window.__heights, and every
 * phase-tracker:state event reaching the document in window.__states ({target: the
 * iframe's id, bubbles, detail}).
 */
export function hostPageHtml({ widgetOrigin, attackerOrigin }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Host article</title>
<script>
  window.__messages = [];
  window.__heights = [];
  const sourceName = (src) => {
    for (const id of ['tracker', 'attacker-foreign', 'attacker-sibling']) {
      const f = document.getElementById(id);
      if (f && f.contentWindow === src) return id;
    }
    return src === window ? 'self' : 'unknown';
  };
  addEventListener('message', (e) => {
    window.__messages.push({ data: e.data, origin: e.origin, source: sourceName(e.source) });
  });
  window.__states = [];
  document.addEventListener('phase-tracker:state', (e) => {
    window.__states.push({ target: e.target.id, bubbles: e.bubbles, detail: JSON.parse(JSON.stringify(e.detail)) });
  });
</script>
<style>
  body { margin: 0; font: 17px/1.5 Georgia, serif; }
  article { max-width: 760px; margin: 0 auto; padding: 0 1rem; }
  .attackers iframe { width: 300px; height: 60px; border: 1px solid #999; }
</style>
</head>
<body>
<article>
  <h1>Host article</h1>
  <p>Placeholder copy before the embed.</p>
  <div id="slot"></div>
  <p id="after">Placeholder copy after the embed.</p>
  <div class="attackers" id="attackers"></div>
</article>
<script>
  const q = new URLSearchParams(location.search);
  const f = document.createElement('iframe');
  f.id = 'tracker';
  f.title = 'Phase tracker';
  f.width = '100%';
  f.height = '900';
  f.style.border = '0';
  f.setAttribute('data-phase-tracker', '');
  if (q.has('sandbox')) f.setAttribute('sandbox', q.get('sandbox'));
  f.src = ${JSON.stringify(widgetOrigin)} + (q.get('src') || '/');
  new MutationObserver(() => window.__heights.push(f.style.height)).observe(f, {
    attributes: true,
    attributeFilter: ['style'],
  });
  document.getElementById('slot').append(f);
  if (q.get('attackers') === '1') {
    for (const [id, origin] of [
      ['attacker-foreign', ${JSON.stringify(attackerOrigin ?? '')}],
      ['attacker-sibling', ${JSON.stringify(widgetOrigin)}],
    ]) {
      const a = document.createElement('iframe');
      a.id = id;
      a.title = id;
      a.src = origin + '/attacker.html';
      document.getElementById('attackers').append(a);
    }
  }
  if (q.get('others') === '1') {
    for (const [id, tracker] of [['tracker-b', true], ['plain', false]]) {
      const o = document.createElement('iframe');
      o.id = id;
      o.title = id;
      if (tracker) o.setAttribute('data-phase-tracker', '');
      o.src = ${JSON.stringify(widgetOrigin)} + '/attacker.html';
      document.getElementById('attackers').append(o);
    }
  }
  if (q.get('twice') === '1') {
    const s = document.createElement('script');
    s.src = ${JSON.stringify(`${widgetOrigin}/embed.js`)};
    s.onload = () => { window.__secondEmbedRan = true; };
    document.body.append(s);
  }
</script>
<script src="${widgetOrigin}/embed.js" async></script>
</body>
</html>
`;
}

/** A blank page for the frames that pretend to be the tracker. */
export const ATTACKER_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>attacker</title></head>' +
  '<body><p>not the tracker</p></body></html>';

/**
 * Injected into every frame (context.addInitScript) before any page script:
 * records Content-Security-Policy violations, and every use of cookies, Web Storage,
 * IndexedDB and the Cache API, in window.__embedSpy.
 */
export function installSpies() {
  const spy = { csp: [], storage: [] };
  Object.defineProperty(window, '__embedSpy', { value: spy });
  document.addEventListener('securitypolicyviolation', (e) => {
    spy.csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
  const wrapAccessor = (owner, prop, label) => {
    const d = owner && Object.getOwnPropertyDescriptor(owner, prop);
    if (!d || !d.configurable) return;
    const desc = { configurable: true, enumerable: d.enumerable };
    if (d.get) {
      desc.get = function () {
        spy.storage.push(`read ${label}`);
        return d.get.call(this);
      };
    }
    if (d.set) {
      desc.set = function (v) {
        spy.storage.push(`write ${label}`);
        return d.set.call(this, v);
      };
    }
    if (d.get || d.set) Object.defineProperty(owner, prop, desc);
  };
  for (const prop of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
    wrapAccessor(Object.getOwnPropertyDescriptor(window, prop) ? window : Window.prototype, prop, prop);
  }
  wrapAccessor(Document.prototype, 'cookie', 'document.cookie');
  if (window.CookieStore) {
    for (const m of ['get', 'getAll', 'set', 'delete']) {
      const orig = CookieStore.prototype[m];
      CookieStore.prototype[m] = function (...args) {
        spy.storage.push(`cookieStore.${m}`);
        return orig.apply(this, args);
      };
    }
  }
}

/** Reads window.__embedSpy from a page or frame ({csp: [], storage: []} when missing). */
export async function readSpy(frame) {
  return frame.evaluate(() => window.__embedSpy ?? { csp: ['spy not installed'], storage: [] });
}

/**
 * Polls `check` (may be async) until it returns a truthy value, and returns it.
 * On timeout throws with `what` and the last value `describe()` gives.
 */
export async function waitUntil(check, { timeout = 10_000, interval = 100, what = 'condition', describe } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const detail = describe ? await Promise.resolve(describe()).catch((e) => e.message) : last;
      throw new Error(`timed out after ${timeout} ms waiting for ${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
    }
    await sleep(interval);
  }
}

/** The attributes of every <link> tag in raw HTML (minified or not), lower-cased names. */
export function linkTags(html) {
  return [...html.matchAll(/<link\b([^>]*)>/gi)].map((m) => {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attrs[a[1].toLowerCase()] = (a[2] ?? '').replace(/^["']|["']$/g, '');
    }
    return attrs;
  });
}

/**
 * Every <script> tag of raw HTML: { src, inline, code } (inline = it has a body; code = the
 * browser runs it: no type, a JavaScript type or module, not a data block such as the table of
 * the tracker's states, <script type="text/plain" id="tracker-states">).
 */
export function scriptTags(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1].toLowerCase() ?? '';
    return {
      attrs: m[1].trim(),
      src: /\bsrc\s*=/.test(m[1]),
      inline: m[2].trim().length > 0,
      code: ['', 'module', 'text/javascript', 'application/javascript'].includes(type),
    };
  });
}
