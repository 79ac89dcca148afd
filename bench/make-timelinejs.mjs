// The TimelineJS reference page: the same story (data/iraq-coalition.json) as a TimelineJS
// 3.9.11 timeline (npm @knight-lab/timelinejs, bench/package.json), served from this machine.
// bench/run.mjs measures it with the same harness as the tracker and the static reference.
//
//   node bench/make-timelinejs.mjs [data.json] [outDir]
//        (defaults: data/iraq-coalition.json, bench/out/timelinejs/)
//
// The page is TimelineJS's own embed page (dist/embed/index.html) cut to what it does for
// one timeline: its script and stylesheet in <head>, a full-height container, then
// `new TL.Timeline(...)` with the story inline as TimelineJS's JSON (no fetch). The title
// slide is the story's title and dek; each of its 17 events is a slide: its date, and as
// text its summary followed by its sources (outlet and headline, linked to the report when
// the story has its address). The options turn off what would leave this machine:
// `font: null` (no Google Fonts stylesheet), script_path pointing at the local copy (no
// locale fetched from the CDN; English is built in), no Google Analytics id, no hash
// bookmarks. Only TimelineJS's js/timeline.js, css/timeline.css and its icon font
// (css/icons/, which the stylesheet names) are copied, with their source maps.
//
// "Ready" is TimelineJS's first slide painted. The page's own script (the only script it adds
// to TimelineJS's) gives the title slide's headline an `elementtiming` attribute as soon as
// TimelineJS puts it in the DOM (a MutationObserver on the container, before any paint), and
// marks `timeline-first-slide` (performance.mark, with the entry's startTime) at the
// renderTime of that headline's Element Timing entry: when the frame showing it was painted.
// It also marks `timeline-loaded` when TimelineJS fires `loaded` (its story slider and time
// navigation are built).

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The mark set when TimelineJS's first slide has been painted (see the file comment). */
export const TIMELINE_READY_MARK = 'timeline-first-slide';
/** The mark set when TimelineJS fires `loaded`. */
export const TIMELINE_LOADED_MARK = 'timeline-loaded';

/** The installed TimelineJS package: its folder and version. */
export function timelineJsPackage() {
  const require = createRequire(path.join(HERE, 'package.json'));
  const pkgJson = require.resolve('@knight-lab/timelinejs/package.json');
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8'));
  return { dir: path.dirname(pkgJson), version };
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A story date ({precision: 'day'|'month'|'year', value}) as TimelineJS's start_date. */
export function timelineDate(date) {
  const [year, month, day] = date.value.split('-');
  const out = { year };
  if (date.precision === 'month' || date.precision === 'day') out.month = String(Number(month));
  if (date.precision === 'day') out.day = String(Number(day));
  return out;
}

/** The date as words ("19 January 2026"), to go after a qualifier such as "by". */
function dateWords(date) {
  const [year, month, day] = date.value.split('-');
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${MONTHS[Number(month) - 1]} ${year}`;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** One source of the story as HTML: "Outlet: headline", linked when the story has its URL. */
function sourceHtml(source) {
  const label = `${escapeHtml(source.outlet)}: ${escapeHtml(source.headline)}`;
  return source.url ? `<a href="${escapeHtml(source.url)}">${label}</a>` : label;
}

/** The story as TimelineJS's JSON format: a title slide and one slide per event. */
export function timelineJson(story) {
  const sources = new Map(story.sources.map((s) => [s.id, s]));
  const events = story.events.map((event) => {
    const links = event.sources.map((id) => {
      const s = sources.get(id);
      if (!s) throw new Error(`event ${event.id} names source ${id}, which the story does not have`);
      return `<li>${sourceHtml(s)}</li>`;
    });
    const slide = {
      unique_id: event.id,
      start_date: timelineDate(event.date),
      text: {
        text: `<p>${escapeHtml(event.summary)}</p><p>Sources:</p><ul>${links.join('')}</ul>`,
      },
    };
    // A qualified date ("by 19 January 2026") is shown as the story gives it.
    if (event.date.qualifier) slide.display_date = `${event.date.qualifier} ${dateWords(event.date)}`;
    return slide;
  });
  return {
    title: { text: { headline: escapeHtml(story.meta.title), text: `<p>${escapeHtml(story.meta.dek)}</p>` } },
    events,
  };
}

/** `JSON.stringify` safe inside an HTML <script> element. */
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The page's HTML; `base` is the folder (relative to the page) holding js/ and css/. */
export function timelineHtml(story, { base = 'timelinejs/', version }) {
  const options = {
    font: null,
    language: 'en',
    hash_bookmark: false,
    is_embed: true,
    ga_measurement_id: null,
    ga_property_id: null,
    soundcite: false,
  };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(story.meta.dek)}">
<link rel="icon" href="data:,">
<title>${escapeHtml(story.meta.title)} (TimelineJS ${escapeHtml(version)}, benchmark reference)</title>
<script src="${base}js/timeline.js"></script>
<link rel="stylesheet" href="${base}css/timeline.css">
<style>html,body{width:100%;height:100%;padding:0;margin:0}#timeline-embed{height:100%}</style>
</head>
<body>
<div id="timeline-embed"></div>
<script>
(function () {
  var options = ${scriptJson(options)};
  options.script_path = new URL(${scriptJson(`${base}js/`)}, document.baseURI).href;
  var container = document.getElementById('timeline-embed');
  new PerformanceObserver(function (list, observer) {
    list.getEntries().forEach(function (entry) {
      if (entry.identifier !== 'first-slide') return;
      performance.mark(${scriptJson(TIMELINE_READY_MARK)}, { startTime: entry.renderTime || entry.loadTime });
      observer.disconnect();
    });
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(function (records, observer) {
    var headline = container.querySelector('.tl-slide-titleslide .tl-headline');
    if (!headline) return;
    headline.setAttribute('elementtiming', 'first-slide');
    observer.disconnect();
  }).observe(container, { childList: true, subtree: true });
  var timeline = new TL.Timeline(container, ${scriptJson(timelineJson(story))}, options);
  timeline.on('loaded', function () {
    performance.mark(${scriptJson(TIMELINE_LOADED_MARK)});
  });
})();
</script>
</body>
</html>
`;
}

/** The TimelineJS files the page serves, relative to the package's dist/. */
const DIST_FILES = [
  'js/timeline.js',
  'js/timeline.js.map',
  'css/timeline.css',
  'css/timeline.css.map',
  'css/icons/tl-icons.woff2',
  'css/icons/tl-icons.woff',
  'css/icons/tl-icons.ttf',
  'css/icons/tl-icons.eot',
  'css/icons/tl-icons.svg',
];

/**
 * Writes the TimelineJS page into `outDir` (emptied first).
 * @returns {{ dir: string, files: string[], version: string, slides: number }} files: what
 *   the page links (index.html, the stylesheet, the script), relative to outDir
 */
export function makeTimelineJs(dataFile, outDir) {
  const story = JSON.parse(readFileSync(dataFile, 'utf8'));
  const { dir, version } = timelineJsPackage();
  const base = 'timelinejs/';
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const rel of DIST_FILES) {
    const to = path.join(outDir, base, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(path.join(dir, 'dist', rel), to);
  }
  writeFileSync(path.join(outDir, 'index.html'), timelineHtml(story, { base, version }));
  return {
    dir: outDir,
    files: ['index.html', `${base}css/timeline.css`, `${base}js/timeline.js`],
    version,
    slides: story.events.length + 1,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const data = path.resolve(process.argv[2] ?? path.join(HERE, '..', 'data', 'iraq-coalition.json'));
  const out = path.resolve(process.argv[3] ?? path.join(HERE, 'out', 'timelinejs'));
  const { version, slides } = makeTimelineJs(data, out);
  console.log(`TimelineJS ${version} page written to ${out}: ${slides} slides (the title and ${slides - 1} events)`);
}
