// The share card: every build writes it, the page names it as its social preview, and it is
// a real 1200×630 picture of the tracker (its screenshot goes to artifacts/).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { servedBuild } from './lib/suite.mjs';
import { ARTIFACTS_DIR } from './lib/browser.mjs';
import { DIST } from './lib/dist.mjs';

const suite = servedBuild();

test('the page names the card as its social preview, and the card is a 1200×630 picture of the tracker', async () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const image = html.match(/<meta property="og:image" content="([^"]+)">/);
  assert.ok(image, 'index.html has an og:image');
  assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
  assert.match(html, /<meta property="og:image:alt" content="[^"]{20,}">/);

  const page = await suite.browser.newPage({ viewport: { width: 1200, height: 630 } });
  try {
    const url = new URL(image[1], suite.server.url).href;
    const response = await page.goto(url);
    assert.equal(response.status(), 200, `${url} is served`);
    assert.equal(response.headers()['content-type'], 'image/png');
    const size = await page.evaluate(() => {
      const img = document.querySelector('img');
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
    assert.deepEqual(size, { width: 1200, height: 630 });
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'share-card.png') });

    // The SVG beside it carries the same words as text, which the PNG draws.
    const svg = fs.readFileSync(path.join(DIST, 'share-card.svg'), 'utf8');
    for (const words of ['Federal Iraq, 2025', 'Kurdistan Region, 2026', 'As of 25 Nov 2026.']) {
      assert.ok(svg.includes(words), `the card says ${words}`);
    }
    // Its pixels are not blank: drawn in a canvas, the picture has both dark and light areas.
    const tones = await page.evaluate(async () => {
      const img = document.querySelector('img');
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      let light = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] < 60) dark += 1;
        else if (data[i] > 200) light += 1;
      }
      return { dark, light };
    });
    assert.ok(tones.dark > 50_000 && tones.light > 300_000, `dark and light pixels: ${JSON.stringify(tones)}`);
  } finally {
    await page.close();
  }
});
