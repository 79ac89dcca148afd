// The Arabic and Sorani Kurdish pages (issue 12), right to left, as served under the English
// one (dist/ar/, dist/ckb/: lib/languages.mjs), in Debian chromium. For each language:
//
//   page       <html lang dir>, the translated title and description, the story's data block
//   reads      the widget mounts without a console error; the title, dek, tabs and the
//              unreviewed-translation line are the translation's (data/translations/ and
//              src/text/<code>.rs); no English words but those the translation itself keeps
//              (outlet names and the like), outside lang="en"; and nothing marked lang="en"
//              holds a word of the language; lists and dates take the language's comma and
//              semicolon
//   tabs       the first tab on the right; ArrowLeft selects the next tab, ArrowRight the
//              previous (wrapping), Home and End, focus and aria-selected following
//   axis       time runs right to left: the years, the quarters and today, and every mark at
//              the mirror of its place on the English page (the earliest one on the right)
//   layout     no horizontal overflow of the page or the widget at 280, 320, 360, 600, 1000
//              and 1200 px, with every disclosure and sources-disagree panel open too;
//              screenshots <code>-<width>.png (and -open) in artifacts/
//   axe        zero violations, light and dark, and in the first view before the wasm
//   no-JS      the build-time first view, readable in the language, lang and dir right
//   first view the live widget replaces it without moving anything (the same boxes, the same
//              strings, no layout shift) at each of those widths
//
// Embedding per language is in embed.test.mjs, weight per language in budget.test.mjs.
//
// Run: scripts/test.sh, or after scripts/publish.sh:
//   cd browser-tests && SOURCE_DATE_EPOCH=... node --test languages.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoConsoleErrors, assertSameOrigin, openPage } from './lib/browser.mjs';
import { assertNothingMoved, firstViewThenLive } from './lib/first-view.mjs';
import { LANGUAGES, PAGES, pageSuite, westernDigits } from './lib/languages.mjs';
import {
  INSTANTS,
  assertNoViolations,
  horizontalOverflow,
  openAllBadges,
  openApp,
  pressTabKeys,
  runAxe,
  startSuite,
  tabKeySteps,
  tabState,
  assertSelected,
  withFailureShot,
} from './lib/ui-helpers.mjs';

const TEST_TIMEOUT_MS = 120_000;
/** A live clock stopped here: the day the data was last reviewed against the sources. */
const TODAY = '2026-11-29T12:00:00+03:00';
const WIDTHS = [280, 320, 360, 600, 1000, 1200];
const ENGLISH = PAGES.find((p) => p.code === 'en');

let suite;

before(async () => {
  // The whole of dist/, so each language's page is served where publish.sh puts it.
  suite = await startSuite();
});

after(async () => {
  await suite?.close();
});

/** `template` with its {name} fields filled from `values`. */
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m);

/** Text of the elements matching `selector`, whitespace collapsed. */
const textsOf = (page, selector) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent.replace(/\s+/g, ' ').trim()));

/**
 * The Latin words the tracker shows that are not inside an element marked lang="en" (which
 * is where English is meant to be): each word, its element ("tag.class") and its text.
 */
function latinWordsOutsideEnglish(page) {
  return page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.getElementById('phase-tracker'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // What a reader sees: with JavaScript off, that includes <noscript>'s content.
      if (!el.checkVisibility() || el.closest('textarea')) continue;
      if (el.closest('[lang]')?.getAttribute('lang').startsWith('en')) continue;
      for (const m of node.textContent.matchAll(/[A-Za-z]+/g)) {
        found.push({
          word: m[0],
          where: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`,
          text: node.textContent.replace(/\s+/g, ' ').trim().slice(0, 100),
        });
      }
    }
    return found;
  });
}

/**
 * Throws when the tracker shows an English word, outside an element marked lang="en" (where a
 * text the translation lacks is shown), that the language's translation does not itself keep
 * (outlet names, HTML, a quoted English phrase): a text left in English unmarked.
 */
async function assertNoStrayEnglish(page, language, state) {
  const kept = new Set(JSON.stringify([language.strings, language.texts]).match(/[A-Za-z]+/g));
  const stray = new Map();
  for (const w of await latinWordsOutsideEnglish(page)) {
    if (kept.has(w.word)) continue;
    const where = `${w.where}: "${w.text}"`;
    stray.set(where, new Set([...(stray.get(where) ?? []), w.word]));
  }
  assert.deepEqual(
    [...stray].map(([where, words]) => `${where} (${[...words].join(' ')})`),
    [],
    `${language.code}, ${state}: English words that the translation does not have, outside lang="en"`,
  );
}

/** What the translation says the tracker shows in the first screen, for both phases. */
function expectedTexts(language) {
  const { texts, strings } = language;
  return {
    title: texts['meta.title'],
    dek: westernDigits(texts['meta.dek']),
    tabs: [
      westernDigits(fill(strings.tab, { name: texts['phase.federal.name'], year: '2025' })),
      westernDigits(fill(strings.tab, { name: texts['phase.kurdistan.name'], year: '2026' })),
    ],
    unreviewed: strings.unreviewed,
    statuses: strings.status,
  };
}

/** The title, dek, tab names, statuses, the unreviewed line and <html>'s lang and dir. */
async function shownTexts(page) {
  return {
    html: await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })),
    title: (await textsOf(page, '#phase-tracker .title'))[0],
    dek: westernDigits((await textsOf(page, '#phase-tracker .dek'))[0] ?? ''),
    tabs: (await textsOf(page, '[role=tab] .tab-name')).map(westernDigits),
    statuses: await textsOf(page, '[role=tabpanel] .status-text'),
    unreviewed: await textsOf(page, '#phase-tracker .unreviewed'),
    direction: await page.evaluate(() => getComputedStyle(document.getElementById('phase-tracker')).direction),
  };
}

/** Throws unless `shown` (shownTexts) is what `language`'s translation says. */
function assertReadsIn(shown, language) {
  const expected = expectedTexts(language);
  assert.deepEqual(shown.html, { lang: language.lang, dir: language.dir }, `${language.code}: <html lang dir>`);
  assert.equal(shown.direction, 'rtl', `${language.code}: the tracker is laid out right to left`);
  assert.equal(shown.title, expected.title, `${language.code}: the title`);
  assert.equal(shown.dek, expected.dek, `${language.code}: the dek`);
  assert.deepEqual(shown.tabs, expected.tabs, `${language.code}: the phases' names`);
  assert.equal(shown.statuses.length, 2, `${language.code}: a status per phase`);
  for (const status of shown.statuses) {
    assert.ok(expected.statuses.includes(status), `${language.code}: "${status}" is one of the translated statuses ${expected.statuses.join(' | ')}`);
  }
  assert.equal(shown.unreviewed.length, 1, `${language.code}: one unreviewed-translation line`);
  assert.ok(shown.unreviewed[0].includes(expected.unreviewed), `${language.code}: the unreviewed line says "${expected.unreviewed}": ${shown.unreviewed[0]}`);
}

for (const language of LANGUAGES) {
  const { code } = language;
  const view = () => pageSuite(suite, language);

  test(`${code}: the page as served has lang="${language.lang}" dir="${language.dir}", the translated title and description, and the story`, async () => {
    const fetchText = async (url) => {
      const res = await fetch(url);
      assert.equal(res.status, 200, url);
      return res.text();
    };
    const html = await fetchText(view().server.url);
    const english = await fetchText(pageSuite(suite, ENGLISH).server.url);
    const { strings } = language;
    assert.match(html, new RegExp(`^<!doctype html><html lang="?${language.lang}"? dir="?${language.dir}"?>`, 'i'));
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    assert.equal(title, strings.page_title);
    assert.notEqual(title, /<title>([^<]*)<\/title>/.exec(english)?.[1], 'not the English title');
    assert.ok(
      html.includes(`content="${strings.page_description}" name=description`) || html.includes(`name="description" content="${strings.page_description}"`),
      `the description is ${strings.page_description}`,
    );
    assert.match(html, /<script type="?text\/plain"? id="?tracker-states"?>/, "the table of the tracker's states is in the page");
  });

  test(`${code}: the widget mounts without a console error and reads in the language`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await openApp(view(), {}, { clock: TODAY });
    t.after(() => rec.close());
    await withFailureShot(rec, `lang-${code}-reads`, async () => {
      const { page } = rec;
      assertReadsIn(await shownTexts(page), language);
      await assertNoStrayEnglish(page, language, 'mounted');
      // English names are marked as English and isolated, inside the right-to-left text.
      const english = await page.locator('#phase-tracker bdi[lang=en]').count();
      assert.ok(english > 0, 'outlet names and headlines are in <bdi lang="en">');
      for (const phase of [1, 2]) {
        await page.click(`#tab-${phase}`);
        await openAllBadges(page);
        await assertNoStrayEnglish(page, language, `tab ${phase}, every disclosure and badge open`);
      }
      assertNoConsoleErrors(rec);
      assertSameOrigin(rec);
    });
  });

  test(`${code}: what is marked as English (lang="en") holds no ${code} text`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    // An outlet's name, a headline or a quote kept in English is marked lang="en" (and
    // isolated left to right); a translated word inside it would be read out and laid out as
    // English.
    const rec = await openApp(view(), {}, { clock: TODAY });
    t.after(() => rec.close());
    const { page } = rec;
    const marked = [];
    for (const phase of [1, 2]) {
      await page.click(`#tab-${phase}`);
      await openAllBadges(page);
      marked.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll('#phase-tracker [lang^=en]')]
            .filter((el) => el.checkVisibility() && /[\u0600-\u06ff]/.test(el.textContent))
            .map((el) => `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>${el.textContent.trim()}`),
        )),
      );
    }
    const found = [...new Set(marked)];
    assert.deepEqual(found, [], `${found.length} element(s) marked lang="en" hold Arabic-script text`);
    assertNoConsoleErrors(rec);
  });

  test(`${code}: lists and dates are punctuated in the language (، and ؛), not with a Latin comma or semicolon`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    // Outside what is marked English, a Latin "," or ";" is a separator left in English.
    const rec = await openApp(view(), {}, { clock: TODAY });
    t.after(() => rec.close());
    const { page } = rec;
    const { comma, list_separator: listSeparator } = language.strings;
    assert.ok(!/[,;]/.test(comma + listSeparator), `the strings table's own separators: "${comma}", "${listSeparator}"`);
    const latin = [];
    for (const phase of [1, 2]) {
      await page.click(`#tab-${phase}`);
      await openAllBadges(page);
      latin.push(
        ...(await page.evaluate(() => {
          const found = [];
          const walker = document.createTreeWalker(document.getElementById('phase-tracker'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el.checkVisibility() || el.closest('textarea, [lang^=en]')) continue;
            if (!/[,;]/.test(node.textContent)) continue;
            const where = el.closest('[class]');
            found.push(`${where.tagName.toLowerCase()}.${[...where.classList].join('.')}: "${where.textContent.replace(/\s+/g, ' ').trim().slice(0, 90)}"`);
          }
          return found;
        })),
      );
    }
    const found = [...new Set(latin)];
    assert.deepEqual(found, [], `${found.length} place(s) with a Latin comma or semicolon instead of "${comma.trim()}" or "${listSeparator.trim()}"`);
  });

  test(`${code}: the tabs run right to left, and ArrowLeft selects the next one`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await openApp(view(), { now: INSTANTS.lateNov2026 });
    t.after(() => rec.close());
    await withFailureShot(rec, `lang-${code}-tabs`, async () => {
      const { page } = rec;
      const [one, two] = await Promise.all(['#tab-1', '#tab-2'].map((s) => page.locator(s).boundingBox()));
      assert.ok(one.x > two.x, `the first tab is to the right of the second (${one.x} vs ${two.x})`);
      await page.focus('#tab-1');
      // ArrowLeft is the next tab, ArrowRight the previous one.
      assert.deepEqual(tabKeySteps('rtl').slice(0, 2), [['ArrowLeft', 2], ['ArrowLeft', 1]]);
      await pressTabKeys(page, tabKeySteps('rtl'));
      // A click selects too.
      await page.click('#tab-2');
      assertSelected(await tabState(page), 2);
      assertNoConsoleErrors(rec);
    });
  });

  test(`${code}: the time axis runs right to left, the mirror of the English one`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    /** The axis's years, quarters, today line and visible marks, x as a fraction of the drawing. */
    const axis = (page) =>
      page.evaluate(() => {
        const svg = document.querySelector('.tl').getBoundingClientRect();
        const at = (el) => {
          const r = el.getBoundingClientRect();
          return (r.x + r.width / 2 - svg.x) / svg.width;
        };
        const shown = (el) => el.getBoundingClientRect().width > 0;
        return {
          years: [...document.querySelectorAll('.tl text.year')].map((el) => ({ text: el.textContent, at: at(el) })),
          quarters: [...document.querySelectorAll('.tl text.quarter')].filter(shown).map(at),
          today: at(document.querySelector('.tl line.today')),
          marks: [...document.querySelectorAll('.tl a.mark')].filter(shown).map((a) => ({
            href: a.getAttribute('href'),
            at: at(a.querySelector('.hit')),
          })),
        };
      });
    for (const width of [360, 1000]) {
      const options = { clock: TODAY, context: { viewport: { width, height: 800 } } };
      const [rtl, ltr] = [await openApp(view(), {}, options), await openApp(pageSuite(suite, ENGLISH), {}, options)];
      t.after(() => Promise.all([rtl.close(), ltr.close()]));
      await withFailureShot(rtl, `lang-${code}-axis-${width}`, async () => {
        const [a, en] = [await axis(rtl.page), await axis(ltr.page)];
        // Years: the earlier to the right.
        const years = a.years.map((y) => ({ year: Number(westernDigits(y.text)), at: y.at }));
        assert.ok(years.length >= 2 && years.every((y) => y.year >= 2024 && y.year <= 2030), `${width} px: year labels ${JSON.stringify(a.years)}`);
        years.sort((p, q) => p.year - q.year);
        for (let i = 1; i < years.length; i++) {
          assert.ok(years[i].at < years[i - 1].at, `${width} px: ${years[i].year} is left of ${years[i - 1].year}: ${JSON.stringify(years)}`);
        }
        // Quarters, in the markup's (the calendar's) order, from right to left.
        for (let i = 1; i < a.quarters.length; i++) {
          assert.ok(a.quarters[i] < a.quarters[i - 1], `${width} px: quarter ${i} is left of quarter ${i - 1}: ${a.quarters.join(', ')}`);
        }
        // Today (29 Nov 2026) is left of January 2026.
        const y2026 = years.find((y) => y.year === 2026);
        assert.ok(y2026 && a.today < y2026.at, `${width} px: today (${a.today}) is left of 2026 (${y2026?.at})`);
        // Every mark at the mirror of its place on the English page, so the English page's
        // first mark (the earliest) is the rightmost here.
        assert.ok(a.marks.length >= 2, `${width} px: marks are drawn (${a.marks.length})`);
        assert.deepEqual(a.marks.map((m) => m.href), en.marks.map((m) => m.href), `${width} px: the same marks as the English page`);
        for (const [i, m] of a.marks.entries()) {
          assert.ok(Math.abs(m.at - (1 - en.marks[i].at)) < 0.01, `${width} px: ${m.href} is at ${m.at.toFixed(3)}, the mirror of ${en.marks[i].at.toFixed(3)}`);
        }
        const earliest = en.marks.reduce((p, q) => (q.at < p.at ? q : p));
        const latest = en.marks.reduce((p, q) => (q.at > p.at ? q : p));
        const here = (m) => a.marks[en.marks.indexOf(m)].at;
        assert.ok(here(earliest) > here(latest), `${width} px: the earliest mark (${earliest.href}) is right of the latest (${latest.href})`);
        await rtl.screenshot(`${code}-axis-${width}`);
      });
    }
  });

  test(`${code}: no horizontal overflow at ${WIDTHS.join(', ')} px, with every disclosure and panel open`, { timeout: TEST_TIMEOUT_MS }, async () => {
    for (const width of WIDTHS) {
      const rec = await openApp(view(), {}, { clock: TODAY, context: { viewport: { width, height: 900 } } });
      try {
        await withFailureShot(rec, `lang-${code}-layout-${width}`, async () => {
          const { page } = rec;
          const check = async (state) => {
            const o = await horizontalOverflow(page);
            assert.ok(
              o.scrollWidth <= o.clientWidth,
              `${code}, ${state} at ${width} px: the page scrolls sideways (scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}); ` +
                `elements past the edge: ${o.offenders.join(', ') || 'none found'}`,
            );
            const root = await page.evaluate(() => {
              const el = document.getElementById('phase-tracker');
              return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
            });
            assert.ok(root.scrollWidth <= root.clientWidth, `${code}, ${state} at ${width} px: the widget scrolls sideways (${JSON.stringify(root)})`);
          };
          assert.equal(await page.evaluate(() => document.documentElement.clientWidth), width);
          await check('first tab');
          await rec.screenshot(`${code}-${width}`);
          await page.click('#tab-2');
          await openAllBadges(page);
          await page.click('button.embed-toggle');
          await check('second tab, every disclosure and badge panel and the embed code open');
          await page.click('#tab-1');
          await openAllBadges(page);
          await check('first tab, every disclosure and badge panel open');
          await rec.screenshot(`${code}-${width}-open`);
          assertNoConsoleErrors(rec);
        });
      } finally {
        await rec.close();
      }
    }
  });

  const AXE_STATES = [
    { name: 'light, first tab', params: { now: INSTANTS.lateNov2026, phase: 1 } },
    { name: 'light, second tab, every panel and the embed code open', params: { now: INSTANTS.lateNov2026, phase: 2 }, embed: true },
    { name: 'theme=dark, first tab, every panel open', params: { now: INSTANTS.lateNov2026, phase: 1, theme: 'dark' }, open: true },
    { name: 'prefers-color-scheme: dark, second tab, every panel open', params: { now: INSTANTS.lateNov2026, phase: 2 }, open: true, context: { colorScheme: 'dark' } },
    { name: '320 px, dark, first tab, every panel open', params: { now: INSTANTS.lateNov2026, phase: 1, theme: 'dark' }, open: true, context: { viewport: { width: 320, height: 800 } } },
  ];
  test(`${code}: axe finds no violation, light and dark`, { timeout: TEST_TIMEOUT_MS }, async () => {
    for (const state of AXE_STATES) {
      const rec = await openApp(view(), state.params, { context: state.context ?? {} });
      try {
        await withFailureShot(rec, `lang-${code}-axe-${state.name}`, async () => {
          if (state.open || state.embed) await openAllBadges(rec.page);
          if (state.embed) await rec.page.click('button.embed-toggle');
          assertNoViolations(await runAxe(rec.page), `on the ${code} page, ${state.name}`);
          assertNoConsoleErrors(rec);
        });
      } finally {
        await rec.close();
      }
    }
    // The build-time first view, before the wasm starts.
    const rec = await openPage(suite.browser, undefined, { context: { viewport: { width: 1000, height: 800 } } });
    try {
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await rec.page.route('**/*.wasm', async (route) => {
        await held;
        await route.continue().catch(() => {});
      });
      await rec.page.goto(view().server.url, { waitUntil: 'domcontentloaded' });
      await rec.page.waitForSelector('#phase-panel-1 .status-box');
      assert.equal(await rec.page.locator('[data-app-mounted]').count(), 0, 'scanned before any mount');
      assertNoViolations(await runAxe(rec.page), `in the ${code} build-time first view`);
      release();
    } finally {
      await rec.close();
    }
  });

  test(`${code}: without JavaScript the first view reads in the language`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const rec = await openPage(suite.browser, view().server.url, { context: { javaScriptEnabled: false, viewport: { width: 360, height: 800 } } });
    t.after(() => rec.close());
    await withFailureShot(rec, `lang-${code}-no-js`, async () => {
      const { page } = rec;
      assertReadsIn(await shownTexts(page), language);
      for (const panel of ['#phase-panel-1', '#phase-panel-2']) {
        assert.ok(await page.locator(panel).isVisible(), `${panel} is shown`);
      }
      for (const control of ['.tablist', '.pause', '.embed-toggle']) {
        assert.equal(await page.locator(control).first().isVisible(), false, `${control} is hidden`);
      }
      const text = await page.locator('#phase-tracker').innerText();
      const asOf = language.strings.static_as_of.split('{day}')[0];
      assert.ok(text.includes(asOf), `the page says its facts are as of its build ("${asOf}…"): ${text.slice(-400)}`);
      assert.ok(rec.requests.some((u) => u.endsWith(`/${language.folder}static.css`)), "the language's static.css is loaded");
      await page.locator('#more-claims-federal summary').click();
      assert.equal(await page.locator('#more-claims-federal').evaluate((d) => d.open), true, 'a disclosure opens without JavaScript');
      await rec.screenshot(`${code}-no-js-360`);
      await assertNoStrayEnglish(page, language, 'without JavaScript');
    });
  });

  for (const width of WIDTHS) {
    test(`${code}: at ${width} px the live widget replaces the first view without moving anything`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
      const run = await firstViewThenLive(suite.browser, view().server.url, { width, shot: `${code}-first-view-${width}-before-mount` });
      t.after(() => run.rec.close());
      const { strings } = language;
      assert.ok(run.todayBefore.startsWith(strings.axis_as_of), `the first view's axis says "${strings.axis_as_of}": ${run.todayBefore}`);
      assertNothingMoved(run.before, run.after, `${code} page at ${width} px`);
      assert.ok(run.todayAfter.startsWith(strings.axis_today), `the live axis says "${strings.axis_today}": ${run.todayAfter}`);
      assert.equal(run.textAfter, run.textBefore, 'the first view and the live widget print the same strings');
      assert.ok(Object.keys(run.clocksBefore).length && Object.values(run.clocksBefore).every((s) => s.trim() !== ''), `the loader's countdown ran: ${JSON.stringify(run.clocksBefore)}`);
      assert.deepEqual(run.clocksAfter, run.clocksBefore, "the wasm took the loader's countdown over unchanged");
      assert.equal(run.cls, 0, `layout shifts (CLS ${run.cls}):\n${JSON.stringify(run.shifts, null, 1)}`);
      assertNoConsoleErrors(run.rec);
    });
  }
}
