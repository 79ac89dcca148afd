// The countdown before the wasm (see early_countdown.rs, which puts the page's language in
// C and drops these comment lines). It fills each clock cell of the first view from its
// data-target (the deadline's first instant after, in Unix seconds) and data-precision with
// the very text the wasm's ticker will write (crate::text::reading), once a second on the
// second, until stop() when the wasm takes over (stop(true) empties the cells again when the
// wasm cannot start, since the page then says the live countdown is unavailable). Not while
// a day is replayed (`now=`): the wasm shows that day. A precision other than "day" counts
// days of a window, as the core does for the precisions the build writes.
const C = CONFIG;
const cells = new URLSearchParams(location.search).has('now') ? [] : document.querySelectorAll('#phase-tracker .deadline-clock');
const fill = (t, a) => t.replace(/\{(\w+)\}/g, (m, k) => a[k] ?? m);
const num = (n) => {
  let s = String(n);
  if (C.group && s.length >= C.grouped) s = s.replace(/\B(?=(\d{3})+$)/g, C.group);
  return s.replace(/\d/g, (d) => C.digits[d]);
};
const two = (n) => (n < 10 ? num(0) : '') + num(n);
const count = (n) => fill(C.days[C.plural[n < 200 ? n : 100 + (n % 100)]], { n: num(n) });
const day = (t) => Math.floor((t + C.zone) / 86400);
const reading = (target, precision, now) => {
  if (precision === 'day') {
    const t = Math.abs(target - now);
    const [d, h, m, s] = [Math.floor(t / 86400), Math.floor((t % 86400) / 3600), Math.floor((t % 3600) / 60), t % 60];
    if (target > now) return fill(C.left, { days: count(d), hours: num(h), minutes: two(m), seconds: two(s) });
    return d ? fill(C.passedDays, { days: count(d) }) : fill(C.passedHours, { hours: num(h), minutes: two(m) });
  }
  const closed = target <= now;
  const d = Math.max(0, closed ? day(now) - day(target - 1) - 1 : day(target - 1) - day(now));
  return d ? fill(closed ? C.closed : C.closes, { days: count(d) }) : closed ? C.closedToday : C.closesToday;
};
let timer = 0;
const tick = () => {
  const now = Math.floor(Date.now() / 1000);
  for (const cell of cells) {
    const target = Number(cell.dataset.target);
    const text = Number.isInteger(target) ? reading(target, cell.dataset.precision, now) : cell.textContent;
    if (cell.textContent !== text) cell.textContent = text;
  }
  timer = cells.length ? setTimeout(tick, 1000 - (Date.now() % 1000)) : 0;
};
tick();
const stop = (empty) => {
  clearTimeout(timer);
  if (empty) for (const cell of cells) cell.textContent = '\u00a0';
};
