/* Phase tracker embed script, documented in README.md ("Embedding it in an article"):
   sizes each <iframe data-phase-tracker>, relays its state messages as events on it, and
   drives it with phaseTracker.show(). It trusts only each iframe's own window. */
(function (w, d, T) {
  if (w.phaseTracker) return;
  function post(f, m) {
    var s = f.getAttribute("sandbox"); // an opaque origin matches only "*"
    f.contentWindow.postMessage(m, s != null && !/allow-same-origin/.test(s) ? "*" : new URL(f.src).origin);
  }
  function is(x, re) { return typeof x == "string" && re.test(x); }
  w.phaseTracker = {
    show: function (f, o) {
      f = typeof f == "string" ? d.getElementById(f) : f;
      var m = { type: T + "show" };
      if ("phase" in o) m.phase = o.phase;
      if ("asOf" in o) m.asOf = o.asOf;
      if (!f.phaseTrackerState) f.ptPending = m;
      post(f, m);
    }
  };
  w.addEventListener("message", function (e) {
    var m = e.data, f = d.querySelectorAll("iframe[data-phase-tracker]"), i = f.length, h, p, a, s;
    while (i-- && f[i].contentWindow !== e.source);
    if (i < 0 || !m) return;
    f = f[i], h = m.height, p = m.phase, a = m.asOf;
    if (m.type === T + "height") {
      if (typeof h == "number" && h >= 50 && h <= 20000) f.style.height = Math.ceil(h) + "px";
    } else if (m.type === T + "state") {
      if (p === (p | 0) && p > 0 && p < 100 && (a === null || is(a, /^\d{4}-\d\d-\d\d$/)) && is(m.id, /^[\w-]{1,64}$/)) {
        f.phaseTrackerState = s = { phase: p, asOf: a, id: m.id };
        if (f.ptPending) post(f, f.ptPending), f.ptPending = 0;
        f.dispatchEvent(new CustomEvent(T + "state", { detail: s, bubbles: true }));
      } else console.warn("phase tracker: ignoring a malformed state message", m);
    }
  });
})(window, document, "phase-tracker:");
