/**
 * The maintainers' reports on seeded logs: gaps grouping (paraphrases together,
 * unrelated questions apart), 👎 facts, stats figures, and the small helpers.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase } from '../src/engine/answer.ts';
import { editDistance } from '../src/text/normalize.ts';
import { median, parseDuration, percentile, table } from '../src/reports/format.ts';
import { buildGapsReport, gapsToJson, isGap, renderGaps } from '../src/reports/gaps.ts';
import { buildStatsReport, renderStats } from '../src/reports/stats.ts';
import type { LoggedQuestion, LoggedVote } from '../src/store/types.ts';
import { kbOf, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = kbOf(writeKnowledge(miniFiles()));
});
afterAll(removeTempDirs);

const T0 = Date.parse('2030-06-10T12:00:00Z');
const HOUR = 3_600_000;
let seq = 0;
function q(question: string, over: Partial<LoggedQuestion> = {}): LoggedQuestion {
  seq++;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    at: new Date(T0 + seq * 1000),
    platform: 'slack',
    user: 'u',
    channelKind: 'channel',
    via: 'ask',
    question,
    kind: 'none',
    factId: null,
    confidence: 0.2,
    latencyMs: 1,
    ...over,
  };
}
const times = (n: number, make: () => LoggedQuestion) => Array.from({ length: n }, make);

describe('gaps', () => {
  const NEODYMIUM = ['what is the price of neodymium', 'neodymium price?', 'Neodymium prices pls', 'whats the neodymiun price', 'price of neodymium'];
  const LITHIUM = ['does turkey have lithium', 'is there lithium in Türkiye?', 'lithium in turkey', 'lithium reserves of turkiye'];
  const TESLA = ['Is Tesla building a factory in Turkey?', 'will tesla build a factory in turkey'];
  const UNRELATED = ['does turkey have gold', 'what is the price of lithium', 'who won the football match yesterday', 'how do I bake bread'];

  function seeded(): LoggedQuestion[] {
    return [
      ...times(3, () => q(NEODYMIUM[0]!)),
      ...times(2, () => q(NEODYMIUM[1]!, { platform: 'discord' })),
      ...NEODYMIUM.slice(2).map((text) => q(text)),
      ...times(2, () => q(LITHIUM[0]!)),
      ...LITHIUM.slice(1).map((text) => q(text, { platform: 'console' })),
      // Answered, but with low confidence: gaps too.
      ...TESLA.map((text) => q(text, { kind: 'fact', factId: 'byd-factory', confidence: 0.6 })),
      ...UNRELATED.map((text) => q(text)),
      // Not gaps: good answers, small talk, clicks, empty messages.
      q('Where is the deposit?', { kind: 'fact', factId: 'deposit-location', confidence: 0.95 }),
      q('Where is the deposit?', { kind: 'fact', factId: 'deposit-location', confidence: 0.6, via: 'fact' }),
      q('hello', { kind: 'smalltalk', confidence: 1 }),
      q('', { reason: 'empty' } as Partial<LoggedQuestion>),
      q('  ?? '),
    ];
  }

  test('which logged questions are gaps', () => {
    expect(isGap(q('what about gold'))).toBe(true);
    expect(isGap(q('x', { kind: 'fact', factId: 'a', confidence: 0.74 }))).toBe(true);
    expect(isGap(q('x', { kind: 'fact', factId: 'a', confidence: 0.75 }))).toBe(false);
    expect(isGap(q('x', { kind: 'fact', factId: 'a', confidence: 0.5, via: 'fact' }))).toBe(false);
    expect(isGap(q('hi', { kind: 'smalltalk' }))).toBe(false);
    expect(isGap(q(''))).toBe(false);
    expect(isGap(q('?!'))).toBe(false);
  });

  test('paraphrases group together, unrelated questions do not; most asked first', () => {
    const log = seeded();
    const report = buildGapsReport(log, [], { kb, since: null, until: new Date(T0 + 10 * HOUR) });
    const groups = report.groups.map((g) => g.phrasings.map((p) => p.question).sort());
    expect(groups).toContainEqual([...NEODYMIUM].sort());
    expect(groups).toContainEqual([...LITHIUM].sort());
    expect(groups).toContainEqual([...TESLA].sort());
    for (const u of UNRELATED) expect(groups, u).toContainEqual([u]);
    expect(report.groups).toHaveLength(3 + UNRELATED.length);
    expect(report.questions).toBe(8 + 5 + TESLA.length + UNRELATED.length);

    const [first, second, third] = report.groups;
    expect(first).toMatchObject({ count: 8, unanswered: 8, lowConfidence: 0, example: NEODYMIUM[0] });
    expect(first!.phrasings[0]).toEqual({ question: NEODYMIUM[0], count: 3 });
    expect(first!.phrasings[1]).toEqual({ question: NEODYMIUM[1], count: 2 });
    expect(second).toMatchObject({ count: 5, example: LITHIUM[0] });
    expect(third).toMatchObject({ count: 2, unanswered: 0, lowConfidence: 2 });
    expect(third!.closestFact?.id).toBe('byd-factory');
    const seededLithium = log.filter((x) => LITHIUM.includes(x.question));
    expect(second!.lastSeen).toEqual(seededLithium.at(-1)!.at);
    // Counts never go up: most asked first.
    for (let i = 1; i < report.groups.length; i++) expect(report.groups[i]!.count).toBeLessThanOrEqual(report.groups[i - 1]!.count);
  });

  test('without knowledge (it does not load) grouping still works on the words', () => {
    const report = buildGapsReport(seeded(), [], { kb: null, since: null, until: new Date(T0) });
    const groups = report.groups.map((g) => g.phrasings.map((p) => p.question));
    const neo = groups.find((g) => g.includes(NEODYMIUM[0]!))!;
    expect(neo).toEqual(expect.arrayContaining(['neodymium price?', 'price of neodymium', 'whats the neodymiun price']));
    expect(neo).not.toContain('does turkey have lithium');
    expect(report.groups.every((g) => g.closestFact === null)).toBe(true);
  });

  test('the facts with the most 👎, with the questions that led to them', () => {
    const vote = (factId: string | null, vote: 'up' | 'down', question: string, user = 'u'): LoggedVote => ({
      answerId: `a-${seq++}`,
      user,
      vote,
      at: new Date(T0),
      platform: 'slack',
      question,
      kind: factId ? 'fact' : 'none',
      factId,
    });
    const votes = [
      vote('deposit-size', 'down', 'how big is it'),
      vote('deposit-size', 'down', 'how big is it', 'v'),
      vote('deposit-size', 'down', 'size of the deposit'),
      vote('deposit-size', 'up', 'How big is the deposit?'),
      vote('byd-factory', 'down', 'what does tesla build'),
      vote('deposit-location', 'up', 'where is it'),
      vote('retired-fact', 'down', 'old question'),
      vote(null, 'down', 'what is the price of gold'),
    ];
    const report = buildGapsReport([], votes, { kb, since: null, until: new Date(T0) });
    expect(report.downvotedFacts).toEqual([
      { factId: 'deposit-size', down: 3, up: 1, known: true, questions: [{ question: 'how big is it', count: 2 }, { question: 'size of the deposit', count: 1 }] },
      { factId: 'byd-factory', down: 1, up: 0, known: true, questions: [{ question: 'what does tesla build', count: 1 }] },
      { factId: 'retired-fact', down: 1, up: 0, known: false, questions: [{ question: 'old question', count: 1 }] },
    ]);
    const text = renderGaps(report);
    expect(text).toMatch(/deposit-size\s+3\s+1\s+"how big is it" ×2, "size of the deposit"/);
    expect(text).toContain('retired-fact (removed)');
  });

  test('follow-ups: grouped by the question they were read as, shown with what was typed; asked with nothing before them, not gaps', () => {
    const WHEN = 'when was the deposit found?';
    const log = [
      // Read in context as a whole question: the gap is that question (the one review learns).
      ...times(2, () => q('and when?', { readingAs: WHEN, readingQuestion: WHEN })),
      q('when tho', { readingAs: WHEN, readingQuestion: WHEN }),
      q('when was the deposit found', { kind: 'fact', factId: 'discovery-date', confidence: 0.6 }),
      // Declined in context, read only as the two questions paired: grouped by that reading, learned as typed (if at all).
      q('what about the price?', { readingAs: '“what about the price?” following on from “how big is the deposit?”' }),
      // Asked first, with nothing to be read with: the bot asked for the whole question. Not a knowledge gap.
      ...times(3, () => q('and when?')),
      q('peki neden?'),
      q('why?', { kind: 'none', readingAs: null }),
    ];
    expect(isGap(log.at(-1)!)).toBe(false);
    const report = buildGapsReport(log, [], { kb, since: null, until: new Date(T0 + HOUR) });
    expect(report.askedWithoutContext).toBe(5);
    expect(report.questions).toBe(5);
    const when = report.groups.find((g) => g.example.toLowerCase() === WHEN)!;
    expect(when.count).toBe(4);
    // One phrasing (questions equal up to case and punctuation), asked 4 times, 3 of them as follow-ups.
    expect(when.phrasings).toEqual([{ question: WHEN, count: 4, followup: { typed: 'and when?', readingAs: WHEN } }]);
    const price = report.groups.find((g) => g.example === 'what about the price?')!;
    expect(price.phrasings[0]!.followup?.readingAs).toMatch(/following on from “how big is the deposit\?”/);
    const text = renderGaps(report);
    expect(text).toContain('Not counted: 5 follow-up(s) such as "and when?" asked with no question before them');
    const lines = text.split('\n');
    const row = lines.findIndex((l) => /^\s+1\s+4\s+3\s+1\s+.*when was the deposit found\?/.test(l));
    expect(row, text).toBeGreaterThan(0);
    expect(lines[row + 1]).toBe('       typed "and when?" after another question');
    expect(gapsToJson(report).askedWithoutContext).toBe(5);
  });

  test('a 👎 on a follow-up counts against the question it was read as', () => {
    const votes: LoggedVote[] = [
      { answerId: 'a1', user: 'u', vote: 'down', at: new Date(T0), platform: 'slack', question: 'and when?', kind: 'fact', factId: 'discovery-date', readingQuestion: 'when was the deposit found?' },
    ];
    const report = buildGapsReport([], votes, { kb, since: null, until: new Date(T0) });
    expect(report.downvotedFacts[0]!.questions).toEqual([{ question: 'when was the deposit found?', count: 1 }]);
  });

  test('the text report: a table with counts, example, last seen and the other phrasings; JSON with ISO dates', () => {
    const report = buildGapsReport(seeded(), [], { kb, since: new Date(T0 - 7 * 24 * HOUR), until: new Date(T0 + HOUR) });
    const text = renderGaps(report);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Gaps, since 2030-06-03 12:00 UTC: ${report.questions} question(s) without a good answer, in ${report.groups.length} group(s).`);
    const header = lines.findIndex((l) => /#\s+asked\s+no answer\s+low conf\.\s+last seen \(UTC\)\s+example\s+closest fact/.test(l));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 2]).toMatch(/^\s+1\s+8\s+8\s+0\s+2030-06-10 12:\d\d\s+what is the price of neodymium\s+-$/);
    expect(lines[header + 3]).toMatch(/also: "neodymium price\?" ×2, /);
    const json = JSON.parse(JSON.stringify(gapsToJson(report)));
    expect(json.since).toBe('2030-06-03T12:00:00.000Z');
    expect(json.groups[0]).toMatchObject({ count: 8, example: NEODYMIUM[0], lastSeen: expect.stringMatching(/^2030-06-10T/) });
    expect(renderGaps(buildGapsReport([], [], { kb, since: null, until: new Date() }))).toContain('(none)');
  });
});

describe('gaps at scale', () => {
  test('3,000 distinct questions over a 2,000-word vocabulary group in well under 5 s', () => {
    // Zipf-like: a few words are very common (the compared pairs grow with them), most are rare.
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const vocab = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}z${'qk'.repeat(i % 3)}`);
    const log = Array.from({ length: 3000 }, (_, i) =>
      q(`what about ${Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => vocab[Math.floor(rnd() ** 2.5 * vocab.length)]).join(' ')} ${i}`),
    );
    const started = performance.now();
    const report = buildGapsReport(log, [], { kb, since: null, until: new Date() });
    const ms = performance.now() - started;
    console.info(`gaps: ${log.length} distinct questions → ${report.groups.length} groups in ${Math.round(ms)} ms`);
    expect(report.questions).toBe(3000);
    expect(ms).toBeLessThan(5000);
  });

});

describe('stats', () => {
  test('per platform, per day, rates of typed questions, median and p95 latency, top facts, votes', () => {
    const day1 = T0;
    const day2 = T0 + 24 * HOUR;
    const log: LoggedQuestion[] = [
      q('a', { platform: 'slack', at: new Date(day1), kind: 'fact', factId: 'deposit-size', latencyMs: 1 }),
      q('b', { platform: 'slack', at: new Date(day1), kind: 'fact', factId: 'deposit-size', latencyMs: 2 }),
      q('c', { platform: 'slack', at: new Date(day1), kind: 'none', latencyMs: 3 }),
      q('d', { platform: 'slack', at: new Date(day2), kind: 'smalltalk', latencyMs: 4 }),
      q('e', { platform: 'discord', at: new Date(day2), kind: 'fact', factId: 'byd-factory', latencyMs: 5 }),
      q('f', { platform: 'discord', at: new Date(day2), kind: 'fact', factId: 'deposit-size', via: 'fact', confidence: 1, latencyMs: 100 }),
    ];
    const votes: LoggedVote[] = [
      { answerId: 'x', user: 'u', vote: 'down', at: new Date(day2), platform: 'slack', question: 'a', kind: 'fact', factId: 'deposit-size' },
      { answerId: 'y', user: 'u', vote: 'up', at: new Date(day2), platform: 'slack', question: 'e', kind: 'fact', factId: 'byd-factory' },
    ];
    const r = buildStatsReport(log, votes, { since: null, until: new Date(day2) });
    expect(r.total).toEqual({
      questions: 6,
      clicks: 1,
      typed: 5,
      answered: 3,
      smalltalk: 1,
      none: 1,
      answeredRate: 0.6,
      smalltalkRate: 0.2,
      noneRate: 0.2,
      medianMs: 3.5,
      p95Ms: 100,
    });
    expect(r.platforms.map((p) => [p.platform, p.questions, p.typed, p.answered, p.medianMs, p.p95Ms])).toEqual([
      ['slack', 4, 4, 2, 2.5, 4],
      ['discord', 2, 1, 1, 52.5, 100],
    ]);
    expect(r.days.map((d) => [d.day, d.questions, d.answered, d.smalltalk, d.none, d.clicks])).toEqual([
      ['2030-06-10', 3, 2, 0, 1, 0],
      ['2030-06-11', 3, 1, 1, 0, 1],
    ]);
    expect(r.topFacts).toEqual([
      { factId: 'deposit-size', answers: 3, up: 0, down: 1 },
      { factId: 'byd-factory', answers: 1, up: 1, down: 0 },
    ]);
    expect(r.votes).toEqual({ up: 1, down: 1 });
    const text = renderStats(r);
    expect(text.split('\n')[0]).toBe(
      'Stats, all recorded time: 6 question(s); of typed questions 60% answered, 20% small talk, 20% no answer; latency median 3.5 ms, p95 100 ms; votes 👍 1 👎 1.',
    );
    expect(text).toMatch(/slack\s+4\s+4\s+0\s+50%\s+25%\s+25%\s+2\.5 ms\s+4\.0 ms/);
    expect(text).toMatch(/2030-06-11\s+3\s+2\s+1\s+50%\s+50%\s+0%/);
    expect(text).toMatch(/deposit-size\s+3\s+0\s+1/);
  });

  test('an empty log gives zeros and dashes, not NaN', () => {
    const r = buildStatsReport([], [], { since: null, until: new Date() });
    expect(r.total).toMatchObject({ questions: 0, answeredRate: null, medianMs: null, p95Ms: null });
    expect(renderStats(r)).not.toMatch(/NaN|undefined|null/);
  });
});

describe('report helpers', () => {
  test('durations: Nd and Nh', () => {
    expect(parseDuration('7d')).toBe(7 * 24 * HOUR);
    expect(parseDuration('12h')).toBe(12 * HOUR);
    expect(parseDuration(' 30D ')).toBe(30 * 24 * HOUR);
    expect(parseDuration('0d')).toBe(0);
    for (const bad of ['', '7', 'd', '7w', '-1d', '1.5d', '7 days', 'abc']) expect(parseDuration(bad), bad).toBeNull();
  });

  test('median and nearest-rank percentile', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([1, 2], 0.95)).toBe(2);
  });

  test('tables align columns, numbers to the right', () => {
    expect(table(['name', 'n'], [['a', '1'], ['longer', '100']], ['n'])).toBe(['name      n', '------  ---', 'a         1', 'longer  100'].join('\n'));
  });
});
