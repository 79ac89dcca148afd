// "Get the data": the header's link opens, in a new tab, a page listing the story's data as
// CSV; every file it lists is served, and the claims and sources files hold every claim and
// every source of the data file the widget was built from.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { servedBuild } from './lib/suite.mjs';
import { openPage, waitForMount, assertNoConsoleErrors } from './lib/browser.mjs';
import { runAxe } from './lib/ui-helpers.mjs';

const suite = servedBuild();
const DATA = JSON.parse(fs.readFileSync(new URL('../data/iraq-coalition.json', import.meta.url), 'utf8'));

/** The first column of each data row of a CSV (no quoted newlines in a first column). */
function firstColumn(csv) {
  return csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => (line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(',')[0]));
}

test('Get the data: a new tab lists the CSV files, each served, with every claim and source', async () => {
  const rec = await openPage(suite.browser, suite.server.url, { context: { viewport: { width: 360, height: 740 } } });
  try {
    await waitForMount(rec.page, rec);
    const link = rec.page.locator('.tracker-header a', { hasText: 'Get the data' });
    assert.equal(await link.count(), 1, 'one "Get the data" link in the header');
    assert.equal(await link.getAttribute('target'), '_blank');
    const [tab] = await Promise.all([rec.context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState('load');
    assert.match(tab.url(), /\/data\/index\.html$/);
    assert.equal(await tab.locator('h1').textContent(), 'Get the data');
    assert.deepEqual(await runAxe(tab), [], 'axe finds nothing on the data page');

    const files = await tab.$$eval('a[href$=".csv"]', (as) => as.map((a) => a.href));
    assert.ok(files.length >= 6, `the page lists the CSV files: ${files.join(', ')}`);
    const bodies = {};
    for (const file of files) {
      const response = await tab.request.get(file);
      assert.equal(response.status(), 200, `${file} is served`);
      assert.match(response.headers()['content-type'], /^text\/csv/);
      bodies[file.split('/').pop()] = await response.text();
    }
    assert.deepEqual(firstColumn(bodies['claims.csv']), DATA.claims.map((c) => c.id), 'every claim, in order');
    assert.deepEqual(firstColumn(bodies['sources.csv']), DATA.sources.map((s) => s.id), 'every source, in order');
    for (const source of DATA.sources.filter((s) => s.url)) {
      assert.ok(bodies['sources.csv'].includes(source.url), `sources.csv links ${source.id}`);
    }
    await tab.close();
    assertNoConsoleErrors(rec);
  } finally {
    await rec.close();
  }
});
