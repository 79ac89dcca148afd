// What a published dist/ (scripts/publish.sh) must be served with, and real servers that
// serve it with the shipped configurations (deploy/nginx.conf, deploy/Caddyfile), for
// nginx.test.mjs, caddy.test.mjs and publish.test.mjs.
//
//   const files = publishedFiles(dir);                  // ['index.html', 'embed.js', ...]
//   expectedHeaders('main-0123456789abcdef.css')        // { 'cache-control': ..., ... }
//   const nginx = await startNginx({ root, location: '/tracker/' });   // nginx.url, .stop()
//   const caddy = await startCaddy({ root });           // caddy.url, .stop()
//   const res = await rawGet(url, { 'accept-encoding': 'br' });   // bytes as sent
//
// The rules (README.md, "Publishing"):
// - Trunk's hashed files (name-<hash>.ext, name-<hash>_bg.wasm): cached a year, immutable;
//   everything else (the page, embed.js, oembed.json, ...): 5 minutes;
// - .js and .wasm: Access-Control-Allow-Origin: * (sandboxed frames load them with CORS);
// - .wasm: application/wasm; .csv: text/csv; charset=utf-8;
// - the pages (a folder's address and its index.html: the widget's, "Get the data"'s): the
//   README's CSP.

import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, sleep } from './embed-helpers.mjs';

/** The repository's root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shipped server configurations, used as they are. */
export const NGINX_CONF = path.join(ROOT, 'deploy', 'nginx.conf');
export const CADDYFILE = path.join(ROOT, 'deploy', 'Caddyfile');

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT_LIVED = 'public, max-age=300';
/** The Content-Security-Policy README.md documents for the widget page. */
export const CSP = STRICT_CSP;

/** Trunk's hashed names: name-<hex hash>.ext, and wasm-bindgen's name-<hash>_bg.wasm. */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[A-Za-z0-9]+$/;

/** Files publish.sh precompresses (a .br and a .gz beside each). */
export const TEXT_FILE = /\.(wasm|m?js|css|html?|json|svg|csv|txt|xml|map|webmanifest)$/i;

export const isHashed = (rel) => HASHED.test(path.posix.basename(rel));

/** The files of a published folder, relative, without the .br/.gz copies and _headers. */
export function publishedFiles(dir) {
  const out = [];
  const walk = (sub) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else if (!/\.(br|gz)$/.test(name) && rel !== '_headers') out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The headers README.md documents for one published file (names lower-case). */
export function expectedHeaders(rel) {
  const h = { 'cache-control': isHashed(rel) ? IMMUTABLE : SHORT_LIVED };
  if (/\.(m?js|wasm)$/.test(rel)) h['access-control-allow-origin'] = '*';
  if (rel.endsWith('.wasm')) h['content-type'] = 'application/wasm';
  if (rel.endsWith('.csv')) h['content-type'] = 'text/csv; charset=utf-8';
  if (path.posix.basename(rel) === 'index.html') h['content-security-policy'] = CSP;
  return h;
}

/** The folders (relative, ending in "/"; "" for the top) that have an index.html page. */
export const pageFolders = (files) =>
  files.filter((f) => path.posix.basename(f) === 'index.html').map((f) => f.slice(0, -'index.html'.length));

/** The header names expectedHeaders can set: a server must send none of them otherwise. */
export const RULED_HEADERS = ['cache-control', 'access-control-allow-origin', 'content-security-policy'];

/**
 * The rules of a _headers file (Netlify / Cloudflare Pages format): path -> {name: value},
 * names lower-case. Throws on a line it cannot read, and on a path given twice.
 */
export function parseHeadersFile(text) {
  const rules = new Map();
  let current = null;
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    if (/^\S/.test(line)) {
      if (rules.has(line)) throw new Error(`_headers line ${i + 1}: ${line} has a second rule`);
      current = {};
      rules.set(line, current);
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!m || !current) throw new Error(`_headers line ${i + 1} is not "  Name: value": ${line}`);
    current[m[1].toLowerCase()] = m[2];
  });
  return rules;
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort() {
  const srv = net.createServer();
  await new Promise((resolve, reject) => srv.listen(0, '127.0.0.1', resolve).once('error', reject));
  const { port } = srv.address();
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/**
 * GET `url` without decoding: { status, headers, body (Buffer, as sent) }.
 * @param {string} url
 * @param {Record<string,string>} [headers] request headers (e.g. accept-encoding)
 */
export function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${url} timed out`)));
  });
}

/** Polls `url` until the server answers (any status), or throws after `timeout` ms. */
async function waitForServer(url, child, log, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering:\n${log()}`);
    try {
      await rawGet(url);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`no answer from ${url} within ${timeout} ms:\n${log()}`);
      await sleep(100);
    }
  }
}

/** Stops a server started here: SIGTERM, then waits for it to exit. */
async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5000)]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Starts Debian's nginx as this user, in a temporary prefix, on a free port of 127.0.0.1:
 * a server whose root is `root`, with the shipped deploy/nginx.conf included in
 * `location <location> { ... }`, as its header comment says to. `accessLog()` gives the
 * requests served so far, `{ uri, status, encoding }` each.
 */
export async function startNginx({ root, location = '/' }) {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-nginx-'));
  const logs = path.join(prefix, 'logs');
  mkdirSync(logs);
  const errorLog = path.join(logs, 'error.log');
  const accessLog = path.join(logs, 'access.log');
  const readLog = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '(no error log)');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const conf = path.join(prefix, 'nginx.conf');
    // Debian's module, as /etc/nginx/modules-enabled/50-mod-http-brotli-static.conf loads it.
    writeFileSync(
      conf,
      `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${errorLog} info;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  log_format tracker '$request_uri $status "$sent_http_content_encoding"';
  access_log ${accessLog} tracker;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location ${location} {
      include ${NGINX_CONF};
    }
  }
}
`,
    );
    const child = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const url = `http://127.0.0.1:${port}${location}`;
    try {
      await waitForServer(url, child, () => `${stderr}\n${readLog()}`);
    } catch (err) {
      await stopChild(child);
      if (attempt < 3 && /Address already in use/.test(`${stderr}${readLog()}`)) continue;
      rmSync(prefix, { recursive: true, force: true });
      throw err;
    }
    return {
      url,
      origin: `http://127.0.0.1:${port}`,
      conf: readFileSync(conf, 'utf8'),
      accessLog: () =>
        (existsSync(accessLog) ? readFileSync(accessLog, 'utf8') : '')
          .split('\n')
          .filter(Boolean)
          .map((l) => {
            const [, uri, status, encoding] = /^(\S+) (\d+) "([^"]*)"$/.exec(l) ?? [];
            return { uri, status: Number(status), encoding: encoding === '-' ? '' : encoding };
          }),
      stop: async () => {
        await stopChild(child);
        rmSync(prefix, { recursive: true, force: true });
      },
    };
  }
}

/** Caddy's home, data and config folders, in `home` (it keeps a local CA there). */
const caddyHome = (home) => ({
  HOME: home,
  XDG_DATA_HOME: path.join(home, 'data'),
  XDG_CONFIG_HOME: path.join(home, 'config'),
});

/**
 * `caddy validate` on the shipped Caddyfile, with `env` and its own temporary home: its
 * output (throws on failure).
 */
export function validateCaddyfile(env) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-caddy-'));
  try {
    return execFileSync('/usr/bin/caddy', ['validate', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
      env: { ...process.env, ...caddyHome(home), ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Starts Debian's caddy with the shipped deploy/Caddyfile as it is, its site and folder set
 * through the environment variables the file reads, on a free port of 127.0.0.1, with its
 * admin endpoint off and its data in a temporary folder.
 */
export async function startCaddy({ root }) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-caddy-'));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const env = {
      ...process.env,
      ...caddyHome(home),
      PHASE_TRACKER_SITE: `http://127.0.0.1:${port}`,
      PHASE_TRACKER_DIST: root,
      PHASE_TRACKER_CADDY_ADMIN: 'off',
    };
    const child = spawn('/usr/bin/caddy', ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const url = `http://127.0.0.1:${port}/`;
    try {
      await waitForServer(url, child, () => stderr);
    } catch (err) {
      await stopChild(child);
      if (attempt < 3 && /address already in use/i.test(stderr)) continue;
      rmSync(home, { recursive: true, force: true });
      throw err;
    }
    return {
      url,
      origin: `http://127.0.0.1:${port}`,
      env,
      stop: async () => {
        await stopChild(child);
        rmSync(home, { recursive: true, force: true });
      },
    };
  }
}

/** A copy of `dir` in a new temporary folder (under `sub` when given): { root, dir, cleanup }. */
export function copyPublished(dir, sub = '') {
  const root = mkdtempSync(path.join(os.tmpdir(), 'phase-tracker-site-'));
  const target = path.join(root, sub);
  cpSync(dir, target, { recursive: true });
  return { root, dir: target, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Checks every published file of `dir` as `baseUrl` (the folder's address) serves it:
 * the README's headers (and no ruled header it does not ask for), the .br to a browser
 * that accepts brotli, the .gz to one that accepts only gzip, the file itself otherwise,
 * each decoding to the file's bytes; and that dir/_headers (paths under `prefix`) says
 * the same for every file. Returns the rows checked, for the test's log.
 */
export async function checkServedFiles(assert, baseUrl, dir, { prefix = '/' } = {}) {
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const rules = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
  const files = publishedFiles(dir);
  const paths = [...pageFolders(files), ...files];
  assert.deepEqual(
    [...rules.keys()].sort(),
    paths.map((f) => prefix + f).sort(),
    '_headers has one rule for each folder with a page and one for each file',
  );
  const rows = [];
  for (const rel of paths) {
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    const original = readFileSync(path.join(dir, file));
    const want = expectedHeaders(file);
    const text = TEXT_FILE.test(file);
    assert.deepEqual(rules.get(prefix + rel), want, `_headers rule for ${prefix + rel}`);
    const url = new URL(rel, baseUrl).href;
    for (const [accept, encoding, decode] of [
      ['br, gzip', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['identity', '', (b) => b],
    ]) {
      const res = await rawGet(url, { 'accept-encoding': accept });
      const what = `${url} (Accept-Encoding: ${accept})`;
      assert.equal(res.status, 200, what);
      const got = res.headers['content-encoding'] ?? '';
      assert.equal(got, text ? encoding : '', `${what}: Content-Encoding`);
      if (text) {
        assert.match(res.headers.vary ?? '', /^accept-encoding$/i, `${what}: Vary (once)`);
        if (encoding) {
          const ext = encoding === 'br' ? '.br' : '.gz';
          assert.ok(res.body.equals(readFileSync(path.join(dir, file + ext))), `${what}: the ${ext} file as it is`);
        }
      }
      assert.ok((text ? decode(res.body) : res.body).equals(original), `${what}: decodes to ${file}`);
      for (const name of RULED_HEADERS) {
        assert.equal(res.headers[name], want[name], `${what}: ${name}`);
      }
      if (want['content-type']) assert.equal(res.headers['content-type'], want['content-type'], `${what}: Content-Type`);
      if (accept === 'br, gzip') {
        rows.push(`${rel || '(folder)'}: ${res.headers['content-type']} · ${got || 'identity'} · ${res.headers['cache-control']}` +
          (res.headers['access-control-allow-origin'] ? ' · CORS *' : '') +
          (res.headers['content-security-policy'] ? ' · CSP' : ''));
      }
    }
  }
  return rows;
}
