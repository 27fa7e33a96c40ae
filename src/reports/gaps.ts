/**
 * The gaps report: what people asked that the knowledge does not answer well,
 * grouped so that paraphrases of one need appear together, and the facts
 * people voted 👎 on with the questions that led to them. The to-do list for
 * the next knowledge edit.
 *
 * Grouping: every question becomes the engine's own terms (stemmed, stop words
 * dropped, synonyms replaced by one concept, typos of known words corrected),
 * each weighted by how rare it is in the knowledge (idf; a word the knowledge
 * never uses weighs most: it is usually what the gap is about). Two questions
 * are alike when the weighted Jaccard similarity of their terms is at least
 * {@link GAPS.similarity}, where words the knowledge does not know also match
 * within one typo. Distinct phrasings are taken most frequent first; each
 * joins the group holding its most similar phrasing, if alike enough, or
 * starts a new one.
 */
import { SEARCH } from '../config.ts';
import { rank, type KnowledgeBase } from '../engine/answer.ts';
import { resolveTerms } from '../engine/index.ts';
import { Analyzer, editDistance, questionKey } from '../engine/normalize.ts';
import type { LoggedQuestion, LoggedVote } from '../store/types.ts';
import { clip, formatTime, table } from './format.ts';

export const GAPS = {
  /** Answers below this confidence count as low-confidence (below "high" in the replies). */
  lowConfidence: 0.75,
  /** Weighted Jaccard similarity at which two phrasings are grouped. */
  similarity: 0.5,
  /** Words the knowledge does not know match within this many edits when at least `fuzzyMinLength` long. */
  fuzzyEdits: 1,
  fuzzyMinLength: 5,
} as const;

/** One phrasing (questions equal up to case, accents and punctuation) and how often it was asked. */
export interface Phrasing {
  question: string;
  count: number;
}

export interface GapGroup {
  /** Questions in the group. */
  count: number;
  /** Of which got no answer at all. */
  unanswered: number;
  /** Of which were answered with low confidence. */
  lowConfidence: number;
  /** The most asked phrasing. */
  example: string;
  lastSeen: Date;
  /** Every phrasing, most asked first. */
  phrasings: Phrasing[];
  /** The fact the current knowledge finds closest to the example, with its score, when it is at least a "did you mean" candidate. */
  closestFact: { id: string; score: number } | null;
}

export interface DownvotedFact {
  factId: string;
  down: number;
  up: number;
  /** The questions whose answers got the 👎, most frequent first. */
  questions: Phrasing[];
  /** False when the fact is no longer in the knowledge. */
  known: boolean | null;
}

export interface GapsReport {
  since: Date | null;
  until: Date;
  /** Questions without a good answer in the window. */
  questions: number;
  groups: GapGroup[];
  downvotedFacts: DownvotedFact[];
}

/** Is this logged question a gap: no answer (not an empty message), or a typed question answered with low confidence? */
export function isGap(q: LoggedQuestion): boolean {
  if (q.kind === 'none') return /[\p{L}\p{N}]/u.test(q.question);
  return q.kind === 'fact' && q.via === 'ask' && q.confidence < GAPS.lowConfidence;
}

interface Term {
  key: string;
  weight: number;
  /** Unknown to the knowledge: may match another unknown word within a typo. */
  fuzzy: boolean;
}

/** The weighted terms of a question, as the engine sees it. */
function termsOf(question: string, kb: KnowledgeBase | null, analyzer: Analyzer): Term[] {
  const raw = analyzer.queryTerms(question);
  if (!kb) return [...new Set(raw)].map((key) => ({ key, weight: 1, fuzzy: true }));
  const out = new Map<string, Term>();
  for (const t of resolveTerms(kb, raw)) {
    const key = t.term ?? t.query;
    if (!out.has(key)) out.set(key, { key, weight: t.idf, fuzzy: t.term === null });
  }
  return [...out.values()];
}

const sameTerm = (a: Term, b: Term) =>
  a.key === b.key ||
  (a.fuzzy && b.fuzzy && Math.min(a.key.length, b.key.length) >= GAPS.fuzzyMinLength && editDistance(a.key, b.key, GAPS.fuzzyEdits) <= GAPS.fuzzyEdits);

/** Weighted Jaccard similarity of two term sets (0..1). */
export function similarity(a: readonly Term[], b: readonly Term[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  const used = new Set<number>();
  for (const t of a) {
    const j = b.findIndex((u, k) => !used.has(k) && sameTerm(t, u));
    if (j >= 0) {
      used.add(j);
      shared += (t.weight + b[j]!.weight) / 2;
    }
  }
  const total = a.reduce((s, t) => s + t.weight, 0) + b.reduce((s, t) => s + t.weight, 0) - shared;
  return total <= 0 ? 0 : shared / total;
}

/** Options for {@link buildGapsReport}. */
export interface GapsOptions {
  /** The current knowledge: its synonyms, vocabulary and idf make grouping better, and it names the closest facts. */
  kb: KnowledgeBase | null;
  since: Date | null;
  until: Date;
}

/** Groups the log's gaps and collects the 👎 facts. */
export function buildGapsReport(questions: readonly LoggedQuestion[], votes: readonly LoggedVote[], options: GapsOptions): GapsReport {
  const { kb } = options;
  const analyzer = kb?.analyzer ?? new Analyzer([]);

  // 1. Distinct phrasings of the gap questions.
  interface Entry {
    key: string;
    texts: Map<string, number>;
    count: number;
    unanswered: number;
    lowConfidence: number;
    lastSeen: Date;
    terms: Term[];
  }
  const byKey = new Map<string, Entry>();
  let total = 0;
  for (const q of questions) {
    if (!isGap(q)) continue;
    total++;
    const key = questionKey(q.question);
    let e = byKey.get(key);
    if (!e) {
      e = { key, texts: new Map(), count: 0, unanswered: 0, lowConfidence: 0, lastSeen: q.at, terms: termsOf(q.question, kb, analyzer) };
      byKey.set(key, e);
    }
    e.count++;
    e.texts.set(q.question, (e.texts.get(q.question) ?? 0) + 1);
    if (q.kind === 'none') e.unanswered++;
    else e.lowConfidence++;
    if (q.at > e.lastSeen) e.lastSeen = q.at;
  }

  // 2. Greedy grouping, most asked phrasings first (they seed the groups).
  const entries = [...byKey.values()].sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime() || a.key.localeCompare(b.key));
  const groups: Entry[][] = [];
  for (const e of entries) {
    let best: Entry[] | undefined;
    let bestScore: number = GAPS.similarity;
    for (const g of groups) {
      for (const member of g) {
        const s = e.terms.length === 0 ? (member.key === e.key ? 1 : 0) : similarity(e.terms, member.terms);
        if (s >= bestScore) {
          bestScore = s;
          best = g;
        }
      }
    }
    if (best) best.push(e);
    else groups.push([e]);
  }

  const text = (e: Entry) => [...e.texts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const gapGroups: GapGroup[] = groups.map((g) => {
    const phrasings = g
      .map((e) => ({ question: text(e), count: e.count }))
      .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
    const example = phrasings[0]!.question;
    const top = kb ? rank(example, kb, 1)[0] : undefined;
    return {
      count: g.reduce((s, e) => s + e.count, 0),
      unanswered: g.reduce((s, e) => s + e.unanswered, 0),
      lowConfidence: g.reduce((s, e) => s + e.lowConfidence, 0),
      example,
      lastSeen: new Date(Math.max(...g.map((e) => e.lastSeen.getTime()))),
      phrasings,
      closestFact: top && top.score >= SEARCH.suggestThreshold ? { id: top.factId, score: Math.round(top.score * 100) / 100 } : null,
    };
  });
  gapGroups.sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime() || a.example.localeCompare(b.example));

  // 3. Facts with 👎, with the questions that led to them.
  const facts = new Map<string, { down: number; up: number; questions: Map<string, number> }>();
  for (const v of votes) {
    if (v.factId === null) continue;
    let f = facts.get(v.factId);
    if (!f) facts.set(v.factId, (f = { down: 0, up: 0, questions: new Map() }));
    if (v.vote === 'up') f.up++;
    else {
      f.down++;
      f.questions.set(v.question, (f.questions.get(v.question) ?? 0) + 1);
    }
  }
  const downvotedFacts: DownvotedFact[] = [...facts.entries()]
    .filter(([, f]) => f.down > 0)
    .map(([factId, f]) => ({
      factId,
      down: f.down,
      up: f.up,
      questions: [...f.questions.entries()].map(([question, count]) => ({ question, count })).sort((a, b) => b.count - a.count || a.question.localeCompare(b.question)),
      known: kb ? kb.byId.has(factId) : null,
    }))
    .sort((a, b) => b.down - a.down || a.up - b.up || a.factId.localeCompare(b.factId));

  return { since: options.since, until: options.until, questions: total, groups: gapGroups, downvotedFacts };
}

/** The report as JSON-ready data (dates as ISO strings). */
export function gapsToJson(r: GapsReport) {
  return {
    since: r.since?.toISOString() ?? null,
    until: r.until.toISOString(),
    questions: r.questions,
    groups: r.groups.map((g) => ({ ...g, lastSeen: g.lastSeen.toISOString() })),
    downvotedFacts: r.downvotedFacts,
  };
}

/** The report as readable text tables. */
export function renderGaps(r: GapsReport): string {
  const window = r.since ? `since ${formatTime(r.since)} UTC` : 'all recorded time';
  const out: string[] = [];
  out.push(`Gaps, ${window}: ${r.questions} question(s) without a good answer, in ${r.groups.length} group(s).`);
  out.push('');
  out.push('Unanswered or low-confidence questions, most asked first');
  if (r.groups.length === 0) out.push('  (none)');
  else {
    const rows = r.groups.map((g, i) => [
      String(i + 1),
      String(g.count),
      String(g.unanswered),
      String(g.lowConfidence),
      formatTime(g.lastSeen),
      clip(g.example, 60),
      g.closestFact ? `${g.closestFact.id} (${g.closestFact.score.toFixed(2)})` : '-',
    ]);
    const t = table(['#', 'asked', 'no answer', 'low conf.', 'last seen (UTC)', 'example', 'closest fact'], rows, ['#', 'asked', 'no answer', 'low conf.']);
    // Other phrasings under each group's row.
    const lines = t.split('\n');
    out.push(...lines.slice(0, 2).map((l) => `  ${l}`));
    r.groups.forEach((g, i) => {
      out.push(`  ${lines[i + 2]}`);
      const others = g.phrasings.slice(1);
      if (others.length > 0) {
        const shown = others.slice(0, 4).map((p) => `"${clip(p.question, 50)}"${p.count > 1 ? ` ×${p.count}` : ''}`);
        out.push(`       also: ${shown.join(', ')}${others.length > 4 ? ` (+${others.length - 4} more)` : ''}`);
      }
    });
  }
  out.push('');
  out.push('Facts with the most 👎, and the questions that led to them');
  if (r.downvotedFacts.length === 0) out.push('  (none)');
  else {
    const rows = r.downvotedFacts.map((f) => [
      f.known === false ? `${f.factId} (removed)` : f.factId,
      String(f.down),
      String(f.up),
      f.questions
        .slice(0, 3)
        .map((q) => `"${clip(q.question, 40)}"${q.count > 1 ? ` ×${q.count}` : ''}`)
        .join(', ') + (f.questions.length > 3 ? ` (+${f.questions.length - 3} more)` : ''),
    ]);
    out.push(...table(['fact', 'down', 'up', 'questions'], rows, ['down', 'up']).split('\n').map((l) => `  ${l}`));
  }
  return out.join('\n');
}
