/**
 * The time window the overview and gaps pages show: the last 7, 30 or 90
 * UTC days (`?days=`), today included, so the chart has one bar per whole day.
 */
import { html, href, type Html } from './html.ts';

export const WINDOWS = [7, 30, 90] as const;
export type WindowDays = (typeof WINDOWS)[number];
/** A month: enough days to see a trend, few enough to read each bar. */
export const DEFAULT_WINDOW: WindowDays = 30;

const DAY = 86_400_000;

/** `?days=` as one of {@link WINDOWS}; anything else is the default (a hand-edited URL gets a page, not an error). */
export function windowFrom(query: URLSearchParams): WindowDays {
  const n = Number(query.get('days'));
  return (WINDOWS as readonly number[]).includes(n) ? (n as WindowDays) : DEFAULT_WINDOW;
}

/** The first instant of the window: midnight UTC, `days - 1` days before today. */
export function windowStart(now: Date, days: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY);
}

/** Links to the same page for each window, the current one marked. */
export function windowLinks(base: string, path: string, days: WindowDays): Html {
  const items = WINDOWS.map(
    (d) => html`<li><a href="${href(base, path, { days: d })}"${d === days ? html` aria-current="true"` : ''}>${d} days</a></li>`,
  );
  return html`<nav class="windows" aria-label="Time window"><ul>${items}</ul></nav>`;
}
