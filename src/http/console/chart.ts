/**
 * The overview's chart, drawn on the server as SVG: questions per day, each
 * bar stacked answered / small talk / declined. No charting library and no
 * script, so the page works offline and under a Content-Security-Policy that
 * forbids inline script. Each bar has a <title> (shown on hover), and the
 * same figures are in a visually hidden table for screen readers (inside a
 * hidden div: a table is never narrower than its content, so hiding the table
 * itself would still widen the page on a phone).
 */
import { html, join, type Html } from './html.ts';

/** One day's bar. */
export interface DayCounts {
  /** `2026-11-03` (UTC). */
  day: string;
  answered: number;
  smalltalk: number;
  declined: number;
}

/** The stacked series, bottom first, with colours from the Okabe–Ito palette (told apart with colour-blindness too). */
export const SERIES = [
  { key: 'answered', label: 'answered', colour: '#0072b2' },
  { key: 'smalltalk', label: 'small talk', colour: '#e69f00' },
  { key: 'declined', label: 'declined', colour: '#d55e00' },
] as const;

/** Where things go in one drawing (drawing units: the SVG scales to its container's width through its viewBox). */
interface Layout {
  name: 'wide' | 'narrow';
  w: number;
  h: number;
  m: { left: number; right: number; top: number; bottom: number };
  /** At most this many date labels under the axis, so they never overlap. */
  maxLabels: number;
  /** Space per legend entry. */
  legendStep: number;
  /** Where the legend starts. */
  legendX: number;
  /** Whether there is room for the y axis's own label ("questions") left of the legend. */
  yLabel: boolean;
}

/** For a screen: the legend top right, clear of the y axis's label. */
const WIDE: Layout = { name: 'wide', w: 760, h: 300, m: { left: 44, right: 12, top: 40, bottom: 36 }, maxLabels: 8, legendStep: 110, legendX: 760 - 12 - 3 * 110, yLabel: true };
/**
 * For a phone (CSS shows one of the two): drawn about as wide as the screen, so its
 * text stays about 12 px high instead of shrinking to 5 px with the wide drawing.
 */
const NARROW: Layout = { name: 'narrow', w: 360, h: 260, m: { left: 36, right: 8, top: 40, bottom: 36 }, maxLabels: 4, legendStep: 100, legendX: 36, yLabel: false };

/** A round step for about `ticks` gridlines up to `max` (1, 2 or 5 times a power of ten; at least 1: counts are whole). */
export function niceStep(max: number, ticks = 4): number {
  if (max <= ticks) return 1;
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

/** Every UTC day from `from` to `to` inclusive (`YYYY-MM-DD`), so days without questions show as gaps, not as missing. */
export function daysBetween(from: Date, to: Date): string[] {
  const out: string[] = [];
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  for (let t = start; t <= to.getTime(); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const total = (d: DayCounts) => d.answered + d.smalltalk + d.declined;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** A one-sentence description of the whole chart (its accessible name's detail). */
export function describeChart(days: readonly DayCounts[]): string {
  const sums = { answered: 0, smalltalk: 0, declined: 0 };
  for (const d of days) for (const s of SERIES) sums[s.key] += d[s.key];
  const all = sums.answered + sums.smalltalk + sums.declined;
  if (all === 0) return `No questions in the ${days.length} days shown.`;
  const busiest = days.reduce((a, b) => (total(b) > total(a) ? b : a));
  const share = (n: number) => `${Math.round((n / all) * 100)}%`;
  return (
    `${fmt(all)} questions over ${days.length} days: ${fmt(sums.answered)} answered (${share(sums.answered)}), ` +
    `${fmt(sums.smalltalk)} small talk (${share(sums.smalltalk)}), ${fmt(sums.declined)} declined (${share(sums.declined)}); ` +
    `the busiest day was ${busiest.day} with ${fmt(total(busiest))}.`
  );
}

/** One drawing of the chart: an SVG (role img, named by its title and description). */
function drawing(days: readonly DayCounts[], title: string, L: Layout): Html {
  const { w: W, h: H, m: M } = L;
  const max = Math.max(1, ...days.map(total));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(1, slot * 0.72);

  const grid: Html[] = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(html`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="#d0d7de" stroke-width="1"/>`);
    grid.push(html`<text class="tick" x="${M.left - 6}" y="${r1(y(v) + 4)}" text-anchor="end">${fmt(v)}</text>`);
  }

  const every = Math.max(1, Math.ceil(days.length / L.maxLabels));
  const bars: Html[] = [];
  const labels: Html[] = [];
  days.forEach((d, i) => {
    const x = M.left + i * slot + (slot - barW) / 2;
    const hover = `${d.day}: ${fmt(total(d))} question(s) — ${fmt(d.answered)} answered, ${fmt(d.smalltalk)} small talk, ${fmt(d.declined)} declined`;
    let base = 0;
    const segs: Html[] = [];
    for (const s of SERIES) {
      const v = d[s.key];
      if (v === 0) continue;
      const y0 = y(base + v);
      segs.push(html`<rect class="seg seg-${s.key}" x="${r1(x)}" y="${r1(y0)}" width="${r1(barW)}" height="${r1(y(base) - y0)}" fill="${s.colour}"/>`);
      base += v;
    }
    // The title on the group: hovering any segment of the day shows the day's figures.
    if (segs.length > 0) bars.push(html`<g class="bar" data-day="${d.day}"><title>${hover}</title>${segs}</g>`);
    if (i % every === 0) labels.push(html`<text class="tick" x="${r1(M.left + i * slot + slot / 2)}" y="${H - M.bottom + 18}" text-anchor="middle">${d.day.slice(5)}</text>`);
  });

  const legend = SERIES.map((s, i) => {
    const x = L.legendX + i * L.legendStep;
    return html`<g class="legend-item"><rect x="${x}" y="10" width="14" height="14" fill="${s.colour}"/><text x="${x + 20}" y="22">${s.label}</text></g>`;
  });
  const id = `chart-${L.name}`;
  return html`<svg class="chart-svg chart-${L.name}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" font-size="12" font-family="system-ui, sans-serif" fill="#1f2328">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${describeChart(days)}</desc>
${join(grid)}
<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}" stroke="#57606a" stroke-width="1"/>
${join(bars)}
${join(labels)}
${L.yLabel ? html`<text class="axis-label" x="4" y="22">questions</text>` : ''}
<text class="axis-label" x="${W - M.right}" y="${H - 4}" text-anchor="end">day (UTC)</text>
${join(legend)}
</svg>`;
}

/**
 * The chart: a drawing for wide screens and one for phones (the stylesheet
 * shows one; the other is display:none, so screen readers meet only one),
 * then a visually hidden table of the same figures.
 */
export function questionsChart(days: readonly DayCounts[], title: string): Html {
  const rows = days.map((d) => html`<tr><th scope="row">${d.day}</th><td>${d.answered}</td><td>${d.smalltalk}</td><td>${d.declined}</td><td>${total(d)}</td></tr>`);
  return html`<figure class="chart">
${drawing(days, title, WIDE)}
${drawing(days, title, NARROW)}
<div class="visually-hidden"><table><caption>${title}</caption>
<thead><tr><th scope="col">day (UTC)</th><th scope="col">answered</th><th scope="col">small talk</th><th scope="col">declined</th><th scope="col">total</th></tr></thead>
<tbody>${rows}</tbody></table></div>
</figure>`;
}
