/**
 * The stats report: how much the bot is used and how well it answers —
 * questions per platform and per day (UTC), answered / small talk / none
 * rates, median and p95 latency, the most answered facts, and votes.
 *
 * Rates are over typed questions: a click on a related-question button always
 * gets its fact, so clicks are counted apart ("clicks") and not in the rates.
 */
import type { LoggedQuestion, LoggedVote } from '../store/types.ts';
import { dayOf, formatTime, median, ms, pct, percentile, table } from './format.ts';

/** Counts for one slice (a platform, a day, or everything). */
export interface UsageRow {
  /** Everything handled: typed questions plus clicks. */
  questions: number;
  /** Related-question button clicks. */
  clicks: number;
  /** Typed questions, by reply kind. */
  typed: number;
  answered: number;
  smalltalk: number;
  none: number;
  /** Shares of typed questions (0..1), null when there were none. */
  answeredRate: number | null;
  smalltalkRate: number | null;
  noneRate: number | null;
  medianMs: number | null;
  p95Ms: number | null;
}

export interface StatsReport {
  since: Date | null;
  until: Date;
  total: UsageRow;
  platforms: ({ platform: string } & UsageRow)[];
  days: ({ day: string } & UsageRow)[];
  topFacts: { factId: string; answers: number; up: number; down: number }[];
  votes: { up: number; down: number };
}

function usage(qs: readonly LoggedQuestion[]): UsageRow {
  let clicks = 0;
  let answered = 0;
  let smalltalk = 0;
  let none = 0;
  for (const q of qs) {
    if (q.via === 'fact') clicks++;
    else if (q.kind === 'fact') answered++;
    else if (q.kind === 'smalltalk') smalltalk++;
    else none++;
  }
  const typed = qs.length - clicks;
  const rate = (n: number) => (typed === 0 ? null : Math.round((n / typed) * 1000) / 1000);
  const latencies = qs.map((q) => q.latencyMs).sort((a, b) => a - b);
  const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
  return {
    questions: qs.length,
    clicks,
    typed,
    answered,
    smalltalk,
    none,
    answeredRate: rate(answered),
    smalltalkRate: rate(smalltalk),
    noneRate: rate(none),
    medianMs: round(median(latencies)),
    p95Ms: round(percentile(latencies, 0.95)),
  };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Builds the stats from the log's questions and votes in the window. */
export function buildStatsReport(
  questions: readonly LoggedQuestion[],
  votes: readonly LoggedVote[],
  options: { since: Date | null; until: Date; topFacts?: number },
): StatsReport {
  const platforms = [...groupBy(questions, (q) => q.platform)]
    .map(([platform, qs]) => ({ platform, ...usage(qs) }))
    .sort((a, b) => b.questions - a.questions || a.platform.localeCompare(b.platform));
  const days = [...groupBy(questions, (q) => dayOf(q.at))].map(([day, qs]) => ({ day, ...usage(qs) })).sort((a, b) => a.day.localeCompare(b.day));
  const facts = new Map<string, { answers: number; up: number; down: number }>();
  const fact = (id: string) => {
    let f = facts.get(id);
    if (!f) facts.set(id, (f = { answers: 0, up: 0, down: 0 }));
    return f;
  };
  for (const q of questions) if (q.kind === 'fact' && q.factId !== null) fact(q.factId).answers++;
  const totals = { up: 0, down: 0 };
  for (const v of votes) {
    totals[v.vote]++;
    if (v.factId !== null) fact(v.factId)[v.vote]++;
  }
  const topFacts = [...facts.entries()]
    .map(([factId, f]) => ({ factId, ...f }))
    .filter((f) => f.answers > 0)
    .sort((a, b) => b.answers - a.answers || a.factId.localeCompare(b.factId))
    .slice(0, options.topFacts ?? 10);
  return { since: options.since, until: options.until, total: usage(questions), platforms, days, topFacts, votes: totals };
}

/** The report as JSON-ready data. */
export function statsToJson(r: StatsReport) {
  return { ...r, since: r.since?.toISOString() ?? null, until: r.until.toISOString() };
}

const HEAD = ['questions', 'typed', 'clicks', 'answered', 'small talk', 'none', 'median', 'p95'];
const cells = (u: UsageRow) => [
  String(u.questions),
  String(u.typed),
  String(u.clicks),
  pct(u.answered, u.typed),
  pct(u.smalltalk, u.typed),
  pct(u.none, u.typed),
  ms(u.medianMs),
  ms(u.p95Ms),
];
const indent = (text: string) => text.split('\n').map((l) => `  ${l}`);

/** The report as readable text tables. */
export function renderStats(r: StatsReport): string {
  const window = r.since ? `since ${formatTime(r.since)} UTC` : 'all recorded time';
  const out: string[] = [];
  const t = r.total;
  out.push(
    `Stats, ${window}: ${t.questions} question(s); of typed questions ${pct(t.answered, t.typed)} answered, ` +
      `${pct(t.smalltalk, t.typed)} small talk, ${pct(t.none, t.typed)} no answer; latency median ${ms(t.medianMs)}, p95 ${ms(t.p95Ms)}; ` +
      `votes 👍 ${r.votes.up} 👎 ${r.votes.down}.`,
  );
  out.push('');
  out.push('Per platform (answered / small talk / none: shares of typed questions)');
  out.push(...indent(table(['platform', ...HEAD], [...r.platforms.map((p) => [p.platform, ...cells(p)]), ['all', ...cells(t)]], HEAD)));
  out.push('');
  out.push('Per day (UTC)');
  out.push(...indent(table(['day', ...HEAD], r.days.map((d) => [d.day, ...cells(d)]), HEAD)));
  out.push('');
  out.push('Top facts');
  if (r.topFacts.length === 0) out.push('  (none)');
  else out.push(...indent(table(['fact', 'answers', 'up', 'down'], r.topFacts.map((f) => [f.factId, String(f.answers), String(f.up), String(f.down)]), ['answers', 'up', 'down'])));
  return out.join('\n');
}
