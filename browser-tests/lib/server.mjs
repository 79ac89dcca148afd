// A tiny static file server for the browser tests (node:http only, no dependency).
//
//   import { serveStatic } from './lib/server.mjs';
//   const server = await serveStatic(distDir, {
//     port: 0,                                   // 0 = a free port chosen by the OS
//     headers: { 'Access-Control-Allow-Origin': '*' },   // sent with every response
//     headersFor: (urlPath) => urlPath.endsWith('.html')  // or per path (merged over headers)
//       ? { 'Content-Security-Policy': "default-src 'self'" } : {},
//     extraFiles: { '/host.html': '<!doctype html>...' }, // served as if they were in root
//   });
//   // server.url is 'http://127.0.0.1:<port>/', server.origin has no trailing slash
//   await server.close();
//
// It listens on 127.0.0.1 only, answers GET and HEAD, serves index.html for a
// directory, 404 for anything missing or outside root, and sends
// `Cache-Control: no-store` so every test sees the current build.

import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(filePath) {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serve the files under `root` over HTTP on 127.0.0.1.
 * @param {string} root directory to serve
 * @param {object} [options]
 * @param {number} [options.port=0] 0 picks a free port
 * @param {string} [options.host='127.0.0.1']
 * @param {Record<string,string>} [options.headers] extra headers for every response
 * @param {(urlPath: string) => Record<string,string>} [options.headersFor] extra headers per path
 * @param {Record<string,string|Buffer>} [options.extraFiles] url path -> content, served before root
 * @returns {Promise<{url: string, origin: string, port: number, requests: string[], close: () => Promise<void>}>}
 */
export async function serveStatic(root, options = {}) {
  const {
    port = 0,
    host = '127.0.0.1',
    headers = {},
    headersFor = () => ({}),
    extraFiles = {},
  } = options;
  const rootDir = path.resolve(root);
  const rootStat = await stat(rootDir).catch(() => null);
  if (!rootStat?.isDirectory()) {
    throw new Error(`serveStatic: ${rootDir} is not a directory`);
  }
  /** Paths requested, in order ("GET /index.html 200"). */
  const requests = [];

  const server = http.createServer(async (req, res) => {
    const send = (status, body, type, extra = {}) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
        ...headers,
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let urlPath = '/';
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      requests.push(`${req.method} ${req.url} 400`);
      return send(400, 'bad request\n', 'text/plain; charset=utf-8');
    }
    const log = (status) => requests.push(`${req.method} ${urlPath} ${status}`);
    const extra = headersFor(urlPath) ?? {};

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      log(405);
      return send(405, 'method not allowed\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD', ...extra });
    }

    if (Object.hasOwn(extraFiles, urlPath)) {
      log(200);
      return send(200, extraFiles[urlPath], mimeType(urlPath), extra);
    }

    let filePath = path.join(rootDir, path.normalize(urlPath));
    if (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep)) {
      log(404);
      return send(404, 'not found\n', 'text/plain; charset=utf-8', extra);
    }
    let st = await stat(filePath).catch(() => null);
    if (st?.isDirectory()) {
      filePath = path.join(filePath, 'index.html');
      st = await stat(filePath).catch(() => null);
    }
    if (!st?.isFile()) {
      log(404);
      return send(404, 'not found\n', 'text/plain; charset=utf-8', extra);
    }

    log(200);
    res.writeHead(200, {
      'Content-Type': mimeType(filePath),
      'Content-Length': st.size,
      'Cache-Control': 'no-store',
      ...headers,
      ...extra,
    });
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(filePath);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;
  return {
    url: `${origin}/`,
    origin,
    port: actualPort,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
