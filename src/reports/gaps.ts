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
import { needsQuestionBefore } from '../conversation/followup.ts';
import { buildDeletionIndex, eachNeighbour, rank, resolveTerms, type KnowledgeBase } from '../engine/answer.ts';
import { Analyzer, editDistance, questionKey } from '../text/normalize.ts';
import type { LoggedQuestion, LoggedVote } from '../store/types.ts';
import { clip, formatTime, table } from './format.ts';

export const GAPS = {
  /** Answers below this confidence count as low-confidence (below "high" in the replies). */
  lowConfidence: 0.75,
  /** Weighted Jaccard similarity at which two phrasings are grouped. */
  similarity: 0.5,
  /** Words the knowledge does not know match within one edit when both are at least this long. */
  fuzzyMinLength: 5,
  /** Groups (most asked first) that get a closest fact. */
  closestFactGroups: 100,
  /** Groups printed in the text report (--json has them all). */
  shownGroups: 50,
} as const;

/** One phrasing (questions equal up to case, accents and punctuation) and how often it was asked. */
export interface Phrasing {
  /** The question; for a follow-up read as a whole question, that question (what can be learned). */
  question: string;
  count: number;
  /**
   * A follow-up read with the question before it ("and when?"): as it was typed (most often)
   * and the reading shown. Absent for a question asked on its own.
   */
  followup?: { typed: string; readingAs: string };
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
  /**
   * The fact the current knowledge finds closest to the example, with its score, when it is
   * at least a "did you mean" candidate (for the {@link GAPS.closestFactGroups} most asked groups).
   */
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
  /**
   * Follow-ups asked with no question before them ("and when?" first in a conversation, or
   * after the context expired): the bot asked for the whole question. Not gaps: the knowledge
   * lacks nothing, the question did.
   */
  askedWithoutContext: number;
}

/**
 * Is this logged question a gap: no answer (not an empty message, not a follow-up asked with
 * nothing before it), or a typed question answered with low confidence?
 */
export function isGap(q: LoggedQuestion): boolean {
  return gapKind(q) === 'gap';
}

/**
 * What a logged question is to the report: a gap; a declined follow-up that had no question
 * before it to be read with (the bot asked for the whole question); or neither.
 */
function gapKind(q: LoggedQuestion): 'gap' | 'without-context' | null {
  if (q.kind === 'none') {
    if (!/[\p{L}\p{N}]/u.test(q.question)) return null;
    return !q.readingAs && needsQuestionBefore(q.question) ? 'without-context' : 'gap';
  }
  return q.kind === 'fact' && q.via === 'ask' && q.confidence < GAPS.lowConfidence ? 'gap' : null;
}

/**
 * The text a logged question counts as in the report: the whole question a follow-up was read
 * as; for a follow-up read only with the two questions paired, that reading (its words say what
 * was asked about); else the question as typed.
 */
function gapText(q: { question: string; readingAs?: string | null; readingQuestion?: string | null }): string {
  return q.readingQuestion || q.readingAs || q.question;
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

/** Weighted Jaccard similarity of two sets of distinct terms (0..1). */
export function similarity(a: readonly Term[], b: readonly Term[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const t of a) {
    for (const u of b) {
      if (u.key === t.key) {
        shared += (t.weight + u.weight) / 2;
        break;
      }
    }
  }
  let total = -shared;
  for (const t of a) total += t.weight;
  for (const t of b) total += t.weight;
  return total <= 0 ? 0 : shared / total;
}

/**
 * Spelling variants of words the knowledge does not know ("neodymiun" for
 * "neodymium"): each word at least {@link GAPS.fuzzyMinLength} long that is one
 * edit from a more common one takes that one's key, so the grouping can compare
 * terms by key alone. Works on the vocabulary, not on pairs of questions.
 */
function unifyTypos(entries: { terms: Term[]; weight: number }[]): void {
  const df = new Map<string, number>();
  for (const e of entries) for (const t of e.terms) if (t.fuzzy && t.key.length >= GAPS.fuzzyMinLength) df.set(t.key, (df.get(t.key) ?? 0) + 1);
  if (df.size === 0) return;
  // The engine's deletion index (SymSpell, src/engine/typos.ts) over these words; most common words first,
  // each word one edit from a more common word that kept its own key takes that word's key.
  const order = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const rankOf = new Map(order.map((w, i) => [w, i] as const));
  const index = buildDeletionIndex(order);
  const canonical = new Map<string, string>();
  for (const word of order) {
    let target: string | undefined;
    let targetRank = Infinity;
    eachNeighbour(index, word, (c) => {
      const r = rankOf.get(c)!;
      // A more common word that is its own key, one edit away (transpositions counting one).
      if (r < rankOf.get(word)! && r < targetRank && !canonical.has(c) && editDistance(word, c, 1) === 1) {
        target = c;
        targetRank = r;
      }
    });
    if (target) canonical.set(word, target);
  }
  for (const e of entries) {
    const seen = new Set<string>();
    e.terms = e.terms
      .map((t) => ({ ...t, key: canonical.get(t.key) ?? t.key }))
      .filter((t) => !seen.has(t.key) && seen.add(t.key));
    e.weight = e.terms.reduce((sum, t) => sum + t.weight, 0);
  }
}

/**
 * How a phrasing that came as a follow-up was asked, in a few words for the reports: what was
 * typed when it was read as a whole question, else the reading shown. Null for a question
 * asked on its own.
 */
export function followupNote(p: Phrasing, max = 24): string | null {
  if (!p.followup) return null;
  return p.followup.typed === p.question ? `a follow-up, read as: ${clip(p.followup.readingAs, 2 * max + 20)}` : `typed "${clip(p.followup.typed, max)}" after another question`;
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
    /** Follow-ups: how often each typed text, and each reading shown, came. */
    typed: Map<string, number>;
    readings: Map<string, number>;
    count: number;
    unanswered: number;
    lowConfidence: number;
    lastSeen: Date;
    terms: Term[];
    /** Sum of the terms' weights. */
    weight: number;
  }
  const byKey = new Map<string, Entry>();
  let total = 0;
  let withoutContext = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const q of questions) {
    const kind = gapKind(q);
    if (kind === 'without-context') withoutContext++;
    if (kind !== 'gap') continue;
    total++;
    const asked = gapText(q);
    const key = questionKey(asked);
    let e = byKey.get(key);
    if (!e) {
      const terms = termsOf(asked, kb, analyzer).slice(0, 31);
      e = { key, texts: new Map(), typed: new Map(), readings: new Map(), count: 0, unanswered: 0, lowConfidence: 0, lastSeen: q.at, terms, weight: terms.reduce((sum, t) => sum + t.weight, 0) };
      byKey.set(key, e);
    }
    e.count++;
    // A follow-up read only as the two questions paired is learned (if at all) as typed; its reading is shown beside it.
    bump(e.texts, q.readingQuestion || q.question);
    if (q.readingAs) {
      bump(e.typed, q.question);
      bump(e.readings, q.readingAs);
    }
    if (q.kind === 'none') e.unanswered++;
    else e.lowConfidence++;
    if (q.at > e.lastSeen) e.lastSeen = q.at;
  }

  // 2. Greedy grouping, most asked phrasings first (they seed the groups). Each
  // phrasing is compared only with placed phrasings whose "prefix" shares a term
  // (or, for words the knowledge does not know, a one-deletion variant) with its
  // own prefix. A prefix is a phrasing's rarest terms (one order for all), just
  // enough that the rest weighs less than the similarity bar: two phrasings whose
  // prefixes share nothing cannot be alike (the prefix filter of set-similarity
  // joins), and common words rarely reach a prefix, so few pairs are compared.
  const entries = [...byKey.values()].sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime() || a.key.localeCompare(b.key));
  unifyTypos(entries);
  const df = new Map<string, number>();
  for (const e of entries) for (const t of e.terms) df.set(t.key, (df.get(t.key) ?? 0) + 1);
  const groups: Entry[][] = [];
  const groupOf = new Map<Entry, Entry[]>();
  const index = new Map<string, Entry[]>();
  const prefixKeys = (terms: Term[]): string[] => {
    const total = terms.reduce((sum, t) => sum + t.weight, 0);
    const byRarity = [...terms].sort((x, y) => (df.get(x.key) ?? 0) - (df.get(y.key) ?? 0) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    const keys: string[] = [];
    let rest = total;
    for (const t of byRarity) {
      if (rest < GAPS.similarity * total) break;
      rest -= t.weight;
      keys.push(t.key);
    }
    return keys;
  };
  for (const e of entries) {
    let best: Entry[] | undefined;
    let bestScore: number = GAPS.similarity;
    const keys = prefixKeys(e.terms);
    const seen = new Set<Entry>();
    for (const k of keys) {
      for (const member of index.get(k) ?? []) {
        if (seen.has(member)) continue;
        seen.add(member);
        // Size filter: a much lighter or heavier phrasing cannot reach the bar.
        if (member.weight < GAPS.similarity * e.weight || e.weight < GAPS.similarity * member.weight) continue;
        const s = similarity(e.terms, member.terms);
        if (s >= bestScore) {
          bestScore = s;
          best = groupOf.get(member);
        }
      }
    }
    if (!best) groups.push((best = []));
    best.push(e);
    groupOf.set(e, best);
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(e);
      else index.set(k, [e]);
    }
  }

  const most = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const phrasingOf = (e: Entry): Phrasing => {
    const typed = most(e.typed);
    const readingAs = most(e.readings);
    return { question: most(e.texts)!, count: e.count, ...(typed !== undefined && readingAs !== undefined ? { followup: { typed, readingAs } } : {}) };
  };
  const gapGroups: GapGroup[] = groups.map((g) => {
    const phrasings = g
      .map(phrasingOf)
      .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
    return {
      count: g.reduce((s, e) => s + e.count, 0),
      unanswered: g.reduce((s, e) => s + e.unanswered, 0),
      lowConfidence: g.reduce((s, e) => s + e.lowConfidence, 0),
      example: phrasings[0]!.question,
      lastSeen: new Date(Math.max(...g.map((e) => e.lastSeen.getTime()))),
      phrasings,
      closestFact: null,
    };
  });
  gapGroups.sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime() || a.example.localeCompare(b.example));
  // The closest fact costs a search each: only for the groups a maintainer reads first.
  if (kb) {
    for (const g of gapGroups.slice(0, GAPS.closestFactGroups)) {
      const top = rank(g.example, kb, 1)[0];
      if (top && top.score >= SEARCH.suggestThreshold) g.closestFact = { id: top.factId, score: Math.round(top.score * 100) / 100 };
    }
  }

  // 3. Facts with 👎, with the questions that led to them.
  const facts = new Map<string, { down: number; up: number; questions: Map<string, number> }>();
  for (const v of votes) {
    if (v.factId === null) continue;
    let f = facts.get(v.factId);
    if (!f) facts.set(v.factId, (f = { down: 0, up: 0, questions: new Map() }));
    if (v.vote === 'up') f.up++;
    else {
      f.down++;
      // A follow-up's 👎 is on the question it was read as.
      bump(f.questions, v.readingQuestion || v.question);
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

  return { since: options.since, until: options.until, questions: total, groups: gapGroups, downvotedFacts, askedWithoutContext: withoutContext };
}

/** The report as JSON-ready data (dates as ISO strings). */
export function gapsToJson(r: GapsReport) {
  return {
    since: r.since?.toISOString() ?? null,
    until: r.until.toISOString(),
    questions: r.questions,
    groups: r.groups.map((g) => ({ ...g, lastSeen: g.lastSeen.toISOString() })),
    downvotedFacts: r.downvotedFacts,
    askedWithoutContext: r.askedWithoutContext,
  };
}

/** The report as readable text tables. */
export function renderGaps(r: GapsReport): string {
  const window = r.since ? `since ${formatTime(r.since)} UTC` : 'all recorded time';
  const out: string[] = [];
  out.push(`Gaps, ${window}: ${r.questions} question(s) without a good answer, in ${r.groups.length} group(s).`);
  if (r.askedWithoutContext > 0)
    out.push(`Not counted: ${r.askedWithoutContext} follow-up(s) such as "and when?" asked with no question before them (the bot asked for the whole question).`);
  out.push('');
  out.push('Unanswered or low-confidence questions, most asked first');
  if (r.groups.length === 0) out.push('  (none)');
  else {
    const shown = r.groups.slice(0, GAPS.shownGroups);
    const rows = shown.map((g, i) => [
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
    shown.forEach((g, i) => {
      out.push(`  ${lines[i + 2]}`);
      // A follow-up: how it was typed, or the reading it was asked with, on a line of its own (the table stays narrow).
      const note = g.phrasings[0] ? followupNote(g.phrasings[0], 40) : null;
      if (note) out.push(`       ${note}`);
      const others = g.phrasings.slice(1);
      if (others.length > 0) {
        const listed = others.slice(0, 4).map((p) => {
          const note = followupNote(p);
          return `"${clip(p.question, 50)}"${note ? ` (${note})` : ''}${p.count > 1 ? ` ×${p.count}` : ''}`;
        });
        out.push(`       also: ${listed.join(', ')}${others.length > 4 ? ` (+${others.length - 4} more)` : ''}`);
      }
    });
    const hidden = r.groups.slice(GAPS.shownGroups);
    if (hidden.length > 0)
      out.push(`  … and ${hidden.length} more group(s) with ${hidden.reduce((s, g) => s + g.count, 0)} question(s), each asked at most ${hidden[0]!.count} time(s) (--json lists them all)`);
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
