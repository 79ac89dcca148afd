// One Lighthouse run (npm lighthouse, its CLI, default = mobile preset with simulated
// throttling) against Debian's chromium. Never throws: a failure comes back as { error }
// holding Lighthouse's own message, so the table can show it.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIGHTHOUSE_BIN = path.join(BENCH, 'node_modules', 'lighthouse', 'cli', 'index.js');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * @param {string} url
 * @param {string} outBase path without extension: writes outBase.report.json / .report.html
 * @param {{ timeoutMs?: number, chromeFlags?: string[] }} options chromeFlags: added to
 *   CHROMIUM_ARGS (run.mjs adds the offline trap's --proxy-server, lib/offline.mjs)
 */
export async function runLighthouse(url, outBase, { timeoutMs = 150_000, chromeFlags = [] } = {}) {
  const jsonPath = `${outBase}.report.json`;
  rmSync(jsonPath, { force: true });
  const args = [
    LIGHTHOUSE_BIN,
    url,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    '--output=html',
    `--output-path=${outBase}`,
    `--chrome-flags=${[...CHROMIUM_ARGS, ...chromeFlags].join(' ')}`,
    '--quiet',
  ];
  const started = Date.now();
  const { code, stderr, timedOut } = await new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, stderr: String(e), timedOut });
    });
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve({ code: c, stderr: err, timedOut });
    });
  });
  const wallMs = Date.now() - started;
  const lastLines = (s) => s.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
  if (timedOut) return { error: `lighthouse timed out after ${timeoutMs / 1000} s: ${lastLines(stderr)}`, wallMs };
  if (!existsSync(jsonPath)) {
    return { error: `lighthouse exited ${code} without a report: ${lastLines(stderr) || '(no message)'}`, wallMs };
  }
  let lhr;
  try {
    lhr = JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch (e) {
    return { error: `lighthouse report unreadable: ${e.message}`, wallMs };
  }
  if (lhr.runtimeError) {
    return { error: `lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, wallMs };
  }
  const scores = {};
  for (const id of CATEGORIES) {
    const s = lhr.categories?.[id]?.score;
    scores[id] = typeof s === 'number' ? Math.round(s * 100) : null;
  }
  const audit = (id) => lhr.audits?.[id];
  const metrics = {};
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive']) {
    if (audit(id)) metrics[id] = { value: audit(id).numericValue, display: audit(id).displayValue };
  }
  // Audits that cost points in the three categories (weight > 0, score < 1).
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories?.[id]?.auditRefs ?? []) {
      const a = audit(ref.id);
      if (ref.weight > 0 && a && typeof a.score === 'number' && a.score < 1) {
        const items = (a.details?.items ?? []).slice(0, 3).map((it) =>
          [it.source, it.description, it.url ?? it.sourceLocation?.url, it.node?.snippet]
            .filter((x) => typeof x === 'string' && x)
            .join(' ')
            .replace(/https?:\/\/127\.0\.0\.1:\d+/g, '')
            .slice(0, 200),
        );
        failing.push({ category: id, id: ref.id, score: a.score, title: a.title, display: a.displayValue ?? '', items: items.filter(Boolean) });
      }
    }
  }
  // Requests Lighthouse saw go anywhere but this machine (the trap refuses them).
  const offHost = (audit('network-requests')?.details?.items ?? [])
    .map((it) => it.url)
    .filter((u) => typeof u === 'string' && /^(https?|wss?):/i.test(u) && !/^[a-z]+:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])[:/]/i.test(u));
  return {
    scores,
    metrics,
    failing,
    offHost,
    warnings: lhr.runWarnings ?? [],
    version: lhr.lighthouseVersion,
    formFactor: lhr.configSettings?.formFactor,
    throttlingMethod: lhr.configSettings?.throttlingMethod,
    report: path.relative(BENCH, `${outBase}.report.html`),
    wallMs,
  };
}
