// A static file server for the benchmark (node:http only), on 127.0.0.1.
//
//   import { serveCompressed } from './lib/server.mjs';
//   const server = await serveCompressed(dir, { isolate: false });
//   server.url            // 'http://127.0.0.1:<port>/'
//   server.log            // [{ path, status, encoding, bytes }] of every response
//   await server.close();
//
// Every file under `dir` is read once at start and compressed once, the way a CDN
// would pre-compress a release: brotli -q 11 (with the text/font/wasm size hint) and
// gzip -9. A request is answered with `Content-Encoding: br` when its Accept-Encoding
// lists br, else gzip when it lists gzip, else the raw bytes; `Vary: Accept-Encoding`
// and `Cache-Control: no-store` go with every response (each load is a cold load).
// `isolate: true` adds COOP/COEP, so the page is cross-origin isolated and
// performance.now() has its fine (5 µs) resolution instead of the coarse 100 µs one.

import http from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

import { MIME_TYPES } from '../../browser-tests/lib/server.mjs';
const INCOMPRESSIBLE = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.woff2']);

export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function brotli(buf, file = '') {
  const text = /\.(html|js|mjs|css|json|svg|txt)$/i.test(file);
  return zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_MODE]: text
        ? zlib.constants.BROTLI_MODE_TEXT
        : zlib.constants.BROTLI_MODE_GENERIC,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

export function gzip(buf) {
  return zlib.gzipSync(buf, { level: 9 });
}

async function walk(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await walk(path.join(dir, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** Serve `root` on 127.0.0.1 with pre-compressed bodies; see the file comment. */
export async function serveCompressed(root, { isolate = false, port = 0 } = {}) {
  const files = new Map();
  for (const rel of await walk(root)) {
    const raw = await readFile(path.join(root, rel));
    const compressible = !INCOMPRESSIBLE.has(path.extname(rel).toLowerCase());
    files.set(rel, {
      raw,
      br: compressible ? brotli(raw, rel) : null,
      gzip: compressible ? gzip(raw) : null,
      type: mimeType(rel),
    });
  }
  const log = [];
  const server = http.createServer((req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      urlPath = '/';
    }
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const common = {
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      ...(isolate
        ? {
            'Cross-Origin-Opener-Policy': 'same-origin',
            'Cross-Origin-Embedder-Policy': 'require-corp',
            'Cross-Origin-Resource-Policy': 'same-origin',
          }
        : {}),
    };
    const file = files.get(urlPath);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file) {
      const status = file ? 405 : 404;
      log.push({ path: urlPath, status, encoding: 'identity', bytes: 0 });
      res.writeHead(status, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end(status === 404 ? 'not found\n' : 'method not allowed\n');
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const accepts = (enc) =>
      accept.split(',').some((part) => {
        const [name, ...params] = part.trim().toLowerCase().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return name.trim() === enc && (!q || Number(q.slice(2)) > 0);
      });
    let encoding = 'identity';
    let body = file.raw;
    if (file.br && accepts('br')) {
      encoding = 'br';
      body = file.br;
    } else if (file.gzip && accepts('gzip')) {
      encoding = 'gzip';
      body = file.gzip;
    }
    log.push({ path: urlPath, status: 200, encoding, bytes: body.length, acceptEncoding: accept });
    res.writeHead(200, {
      ...common,
      'Content-Type': file.type,
      'Content-Length': body.length,
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    log,
    files,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
