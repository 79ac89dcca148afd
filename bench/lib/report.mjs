// Formatting for the results table (Markdown, padded so it also reads in a terminal).

export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function range(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return s.length ? [Math.min(...s), Math.max(...s)] : [null, null];
}

const nf = new Intl.NumberFormat('en-US');
export const bytes = (n) => (n == null ? '—' : `${nf.format(n)} B`);
export const ms = (n, digits = 0) => (n == null ? '—' : `${n.toFixed(digits)} ms`);
export const num = (n, digits = 4) => (n == null ? '—' : n.toFixed(digits));
export const pct = (n) => (n == null ? '—' : `${n >= 0 ? '+' : ''}${n.toFixed(2)} %`);
export const ratio = (a, b, digits = 2) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(digits)}×`);
export const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'yes' : 'NO');

/** A Markdown table with padded columns. `align`: per column 'l' or 'r'. */
export function table(header, rows, align = []) {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c ?? '').replace(/\|/g, '\\|')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => r[i]?.length ?? 0)));
  const pad = (s, i) => (align[i] === 'r' ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const line = (r) => `| ${r.map((c, i) => pad(c, i)).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(cells[0]), sep, ...cells.slice(1).map(line)].join('\n');
}
