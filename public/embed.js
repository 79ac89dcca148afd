/* Phase tracker embed script: sizes each <iframe data-phase-tracker> from the height the
   widget posts ({type:"phase-tracker:height", height}), trusting only that frame. */
(function (w) {
  if (w.phaseTrackerEmbed) return;
  w.phaseTrackerEmbed = 1;
  w.addEventListener("message", function (e) {
    var d = e.data, h = d && d.type === "phase-tracker:height" && d.height;
    if (typeof h !== "number" || !isFinite(h) || h < 50 || h > 20000) return;
    var f = document.querySelectorAll("iframe[data-phase-tracker]");
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) f[i].style.height = Math.ceil(h) + "px";
    }
  });
})(window);
