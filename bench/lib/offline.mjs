// Keeps every browser the benchmark starts on this machine, and counts what tried to leave.
//
//   import { startTrap } from './lib/offline.mjs';
//   const trap = await startTrap();
//   trap.flag          // '--proxy-server=http://127.0.0.1:<port>', for chromium's command line
//   trap.hits          // [{ method, target }]: every request chromium sent to the proxy
//   await trap.close();
//
// A chromium started with trap.flag sends every request that is not for a loopback address
// (chromium never proxies loopback) to this "proxy" on 127.0.0.1, which answers 403 and
// forwards nothing: an https request arrives as CONNECT host:443, an http one as a GET with
// the whole URL. It is the second guard, behind the Playwright route that aborts such
// requests in the cold loads (browser.mjs), and the only one in the Lighthouse runs, whose
// chromium Playwright does not drive.

import http from 'node:http';

export async function startTrap() {
  const hits = [];
  const server = http.createServer((req, res) => {
    hits.push({ method: req.method, target: req.url });
    res.writeHead(403, { 'Content-Type': 'text/plain' });
    res.end('the benchmark does not leave 127.0.0.1\n');
  });
  server.on('connect', (req, socket) => {
    hits.push({ method: 'CONNECT', target: req.url });
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    flag: `--proxy-server=${url}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
