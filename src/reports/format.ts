/**
 * Small helpers shared by the maintainers' reports: durations (`7d`, `12h`),
 * plain-text tables, dates and percentiles.
 */

/** Parses `Nd` (days) or `Nh` (hours) into milliseconds; null when it is neither. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d{1,6})\s*([dh])\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n * (m[2]!.toLowerCase() === 'd' ? 86_400_000 : 3_600_000);
}

/** `2024-05-06 14:03` in UTC. */
export function formatTime(d: Date): string {
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/** `2024-05-06`, the UTC day. */
export function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Shortens text to `max` characters with an ellipsis, on one line. */
export function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Percentage with no decimals: `42%`; `-` for 0 of 0. */
export function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}

/** The median (mean of the middle two for an even count); null for none. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile by nearest rank (p in 0..1) of sorted values; null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}

/** Milliseconds for people: `12 ms`, `1.3 ms`, `-`. */
export function ms(value: number | null): string {
  if (value === null) return '-';
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

/**
 * A plain-text table: a header row, a rule, then the rows. Columns whose
 * header is listed in `right` are right-aligned (numbers).
 */
export function table(headers: string[], rows: string[][], right: readonly string[] = []): string {
  const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - [...c].length);
        return right.includes(headers[i]!) ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(r))].join('\n');
}
