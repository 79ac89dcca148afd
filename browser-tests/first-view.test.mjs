// The first view rendered at build time (src/ui/first_view.rs: the widget's own Leptos
// components, run with the ssr feature by the post_build hook): it is in dist/index.html
// before any script runs, it is the tracker the live widget draws, and the live widget
// replaces it without moving anything.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertNoConsoleErrors } from './lib/browser.mjs';
import { assertNothingMoved, buildInstant, firstViewThenLive } from './lib/first-view.mjs';
import { servedBuild } from './lib/suite.mjs';

const suite = servedBuild();

/** The build's day in the story's zone (the data file's utc_offset), as the widget writes days. */
function buildDay() {
  const data = JSON.parse(readFileSync(new URL('../data/iraq-coalition.json', import.meta.url), 'utf8'));
  const [, sign, h, m] = /^([+-])(\d\d):(\d\d)$/.exec(data.meta.utc_offset);
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m)) * 60_000;
  const local = new Date(buildInstant().getTime() + offsetMs);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][local.getUTCMonth()];
  return `${local.getUTCDate()} ${month} ${local.getUTCFullYear()}`;
}

for (const width of [320, 600, 1000]) {
  test(`at ${width} px the live widget replaces the first view without moving anything`, { timeout: 60_000 }, async (t) => {
    const run = await firstViewThenLive(suite.browser, suite.server.url, { width, shot: `first-view-${width}-before-mount` });
    t.after(() => run.rec.close());
    assert.match(run.todayBefore, /^as of \d/);
    assertNothingMoved(run.before, run.after, `at ${width} px`);
    assert.match(run.todayAfter, /^today \d/);
    assert.equal(run.textAfter, run.textBefore);
    // The countdown ran before the wasm (the loader's), and the wasm took it over unchanged.
    assert.ok(Object.keys(run.clocksBefore).length && Object.values(run.clocksBefore).every((s) => s.trim() !== ''), JSON.stringify(run.clocksBefore));
    assert.deepEqual(run.clocksAfter, run.clocksBefore);
    assert.equal(run.cls, 0, `layout shifts (CLS ${run.cls}):\n${JSON.stringify(run.shifts, null, 1)}`);
    assertNoConsoleErrors(run.rec);
  });
}

test('the first view is in index.html as served, with no countdown shown as live', async () => {
  const res = await fetch(suite.server.url);
  const html = await res.text();
  for (const expected of [
    'role="tablist"',
    '<span class="tab-name">Federal Iraq, 2025</span>',
    '<span class="tab-name">Kurdistan Region, 2026</span>',
    'class="deadline-day"',
    'id="more-claims-federal"',
  ]) {
    assert.ok(html.includes(expected), `index.html should hold ${expected}`);
  }
  assert.match(html, /class="deadline-clock" data-target="\d+" data-precision="(day|week|month|year)">\u00a0<\/span>/);
  assert.doesNotMatch(html, /class="deadline-clock"[^>]*>[^\u00a0<]/, 'every clock cell is empty');
  assert.doesNotMatch(html, /days? left|\d+ h \d+ min/);
  assert.ok(
    html.includes(`The facts above are as of ${buildDay()}, when this page was built`),
    `index.html should give the facts as of the build's day, ${buildDay()}: ${/The facts above are as of [^,<]*/.exec(html)?.[0]}`,
  );
});
