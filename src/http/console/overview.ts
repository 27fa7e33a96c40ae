/**
 * The overview page (`/`): questions per day as a stacked chart, latency p50
 * and p95, the most answered facts with their 👍/👎, over 7, 30 or 90 days.
 * The figures are the `stats` report's (src/reports/stats.ts).
 */
import { buildStatsReport, type StatsReport } from '../../reports/stats.ts';
import type { ConsoleRequest } from '../console-types.ts';
import { daysBetween, questionsChart, type DayCounts } from './chart.ts';
import type { ConsoleDeps } from './deps.ts';
import { html, href, type Html } from './html.ts';
import { windowFrom, windowLinks, windowStart } from './window.ts';

/** Facts listed under the chart. */
export const TOP_FACTS = 15;

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);
const ms = (v: number | null) => (v === null ? '–' : v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`);

/** The chart's bars from the report: every day of the window, a click on a related question counted as answered. */
export function chartDays(report: StatsReport, from: Date, to: Date): DayCounts[] {
  const byDay = new Map(report.days.map((d) => [d.day, d]));
  return daysBetween(from, to).map((day) => {
    const d = byDay.get(day);
    return { day, answered: d ? d.answered + d.clicks : 0, smalltalk: d?.smalltalk ?? 0, declined: d?.none ?? 0 };
  });
}

export async function overviewPage(req: ConsoleRequest, deps: ConsoleDeps, base: string): Promise<{ title: string; body: Html }> {
  const days = windowFrom(req.query);
  const now = (deps.now ?? (() => new Date()))();
  const since = windowStart(now, days);
  const title = 'Overview';
  if (!deps.log) return { title, body: html`${windowLinks(base, '/', days)}<p>Questions are not logged (<code>LOG_QUESTIONS=false</code>), so there is nothing to show.</p>` };
  const [questions, votes] = await Promise.all([deps.log.questions({ since }), deps.log.votes({ since })]);
  const report = buildStatsReport(questions, votes, { since, until: now, topFacts: TOP_FACTS });
  const t = report.total;
  const summary = html`<dl class="cards">
<div><dt>Questions</dt><dd>${t.questions.toLocaleString('en-US')}</dd></div>
<div><dt>Answered</dt><dd>${pct(t.answered, t.typed)}</dd></div>
<div><dt>Declined</dt><dd>${pct(t.none, t.typed)}</dd></div>
<div><dt>Latency p50</dt><dd>${ms(t.medianMs)}</dd></div>
<div><dt>Latency p95</dt><dd>${ms(t.p95Ms)}</dd></div>
<div><dt>Votes</dt><dd><span class="nowrap"><span aria-label="thumbs up">👍</span> ${report.votes.up}</span> <span class="nowrap"><span aria-label="thumbs down">👎</span> ${report.votes.down}</span></dd></div>
</dl>
<p class="note">Shares are of typed questions (${t.typed.toLocaleString('en-US')}); ${t.clicks.toLocaleString('en-US')} click(s) on related questions count as answered in the chart.</p>`;
  const chart = questionsChart(chartDays(report, since, now), `Questions per day, last ${days} days`);
  const rows = report.topFacts.map(
    (f) =>
      html`<tr><th scope="row"><a href="${href(base, '/facts', { q: f.factId })}">${f.factId}</a></th><td>${f.answers}</td><td>${f.up}</td><td>${f.down}</td></tr>`,
  );
  const top =
    rows.length === 0
      ? html`<p>No fact was answered in this window.</p>`
      : html`<div class="table-wrap"><table><caption>The ${rows.length} most answered facts, last ${days} days</caption>
<thead><tr><th scope="col">fact</th><th scope="col">answers</th><th scope="col"><span aria-hidden="true">👍</span><span class="visually-hidden">votes up</span></th><th scope="col"><span aria-hidden="true">👎</span><span class="visually-hidden">votes down</span></th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
  return {
    title,
    body: html`${windowLinks(base, '/', days)}
<p class="window">From ${since.toISOString().slice(0, 10)} to ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC.</p>
${summary}
<h2>Questions per day</h2>
${chart}
<h2>Top facts</h2>
${top}`,
  };
}
