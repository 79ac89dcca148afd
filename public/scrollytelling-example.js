// The scrollytelling example's script (scrollytelling-example.html), using embed.js's API.
// Each section names a phase and a day (data-phase="2" data-as-of="2026-01-17", or
// data-as-of="today" for the live tracker). The last section whose top has passed a line
// 70% down the window drives the tracker with phaseTracker.show(); above the first section
// the tracker is live on phase 1. The tracker's "phase-tracker:state" events (from embed.js)
// write the caption, as text.
(function () {
  'use strict';
  var frame = document.getElementById('tracker');
  var caption = document.getElementById('tracker-caption');
  var steps = [].slice.call(document.querySelectorAll('.step[data-phase]'));
  var LINE = 0.7;
  var PHASES = { 1: 'Federal Iraq, 2025', 2: 'Kurdistan Region, 2026' };
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var shown = null;

  /** "2026-01-17" as "17 Jan 2026". */
  function day(iso) {
    var p = iso.split('-');
    return Number(p[2]) + ' ' + MONTHS[Number(p[1]) - 1] + ' ' + p[0];
  }

  /** Asks the tracker for the active section's phase and day, when they change. */
  function follow() {
    var line = window.innerHeight * LINE;
    var active = null;
    steps.forEach(function (s) {
      if (s.getBoundingClientRect().top <= line) active = s;
    });
    var asOf = active ? active.getAttribute('data-as-of') : 'today';
    var want = { phase: active ? Number(active.getAttribute('data-phase')) : 1, asOf: asOf === 'today' ? null : asOf };
    var key = want.phase + ' ' + want.asOf;
    if (key === shown) return;
    shown = key;
    steps.forEach(function (s) {
      s.classList.toggle('active', s === active);
    });
    window.phaseTracker.show(frame, want);
  }

  frame.addEventListener('phase-tracker:state', function (e) {
    var s = e.detail;
    caption.textContent = 'The tracker shows ' + (PHASES[s.phase] || 'phase ' + s.phase) +
      (s.asOf ? ', as reported by ' + day(s.asOf) + '.' : ', as it stands today.');
  });

  // A band 1% tall at the line: every section crossing it calls follow().
  var observer = new IntersectionObserver(follow, {
    rootMargin: -100 * LINE + '% 0px ' + (100 * LINE - 99) + '% 0px',
  });
  steps.forEach(function (s) {
    observer.observe(s);
  });
  follow();
})();
