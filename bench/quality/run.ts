/**
 * Scores factbot and the anchors on one knowledge base of the suite: right
 * (answered with an expected fact), wrong (answered with another), declined,
 * out-of-scope declined and recall@3; for the same facts MiniSearch (BM25 +
 * fuzzy, always answers), fuse.js with its defaults, and MiniSearch with a
 * score threshold that declines the same share of out-of-scope questions as
 * factbot does (the fair comparison for a bot that may decline).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { answerMessageAlone } from '../../src/conversation/several.ts';
import { createKnowledgeBase, rank, type Calibration, type KnowledgeBase } from '../../src/engine/answer.ts';
import type { Knowledge } from '../../src/knowledge/load.ts';
import type { SuiteKnowledge, SuiteQuestions } from './sets.ts';

export interface Outcome {
  right: number;
  wrong: number;
  declined: number;
  /** Share of out-of-scope questions declined. */
  oosDeclined: number;
  recall3: number;
  /** Share of answerable questions declined with the expected fact offered first ("did you mean"); factbot only. */
  suggested?: number;
  /** Questions it was measured on (answerable, out of scope). */
  n: number;
  nOut: number;
}

export interface SuiteRow {
  knowledge: string;
  questions: string;
  facts: number;
  factbot: Outcome;
  minisearch: Outcome;
  /** MiniSearch declining below the score at which it declines factbot's share of out-of-scope questions. */
  minisearchAtThreshold: Outcome & { threshold: number };
  fuse: Outcome;
  /** Index build and calibration, ms. */
  buildMs: number;
  calibration: Calibration;
}

/** A ranked list: fact ids with a score, best first. */
type Ranker = (q: string) => { id: string; score: number }[];

export function miniSearchRanker(knowledge: Knowledge): Ranker {
  // As in bench/engine.ts: the three text fields, phrasings boosted, fuzzy and prefix matching.
  const mini = new MiniSearch<{ id: string; questions: string; answer: string; keywords: string }>({
    fields: ['questions', 'answer', 'keywords'],
    searchOptions: { boost: { questions: 2, keywords: 1.5 }, fuzzy: 0.2, prefix: true },
  });
  mini.addAll(knowledge.facts.map((f) => ({ id: f.id, questions: f.questions.join(' '), answer: f.answer, keywords: f.keywords.join(' ') })));
  return (q) => mini.search(q).slice(0, 3).map((r) => ({ id: r.id as string, score: r.score }));
}

export function fuseRanker(knowledge: Knowledge): Ranker {
  const fuse = new Fuse(knowledge.facts, { keys: ['questions', 'answer', 'keywords'] });
  return (q) => fuse.search(q, { limit: 3 }).map((r) => ({ id: r.item.id, score: 1 - (r.score ?? 1) }));
}

/** Deterministic sample of at most `n` items, spread over the list. */
function sample<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(xs[Math.floor((i * xs.length) / n)]!);
  return out;
}

/** Scores an always-answering ranker, declining only below `threshold`. */
function scoreRanker(questions: SuiteQuestions, top: (q: string) => { id: string; score: number }[], threshold = -Infinity): Outcome {
  let right = 0;
  let wrong = 0;
  let recall = 0;
  for (const item of questions.answerable) {
    const ranked = top(item.q);
    const first = ranked[0];
    if (first && first.score >= threshold) {
      if (item.expect.includes(first.id)) right++;
      else wrong++;
    }
    if (ranked.slice(0, 3).some((r) => item.expect.includes(r.id))) recall++;
  }
  let declined = 0;
  for (const q of questions.outOfScope) {
    const first = top(q)[0];
    if (!first || first.score < threshold) declined++;
  }
  const n = questions.answerable.length;
  return { right: right / n, wrong: wrong / n, declined: (n - right - wrong) / n, oosDeclined: declined / Math.max(1, questions.outOfScope.length), recall3: recall / n, n, nOut: questions.outOfScope.length };
}

/**
 * The MiniSearch score below which it declines the share `declined` of the
 * out-of-scope questions (as near as their scores allow).
 */
export function thresholdForDeclineRate(oosScores: number[], declined: number): number {
  const sorted = [...oosScores].sort((a, b) => a - b);
  const k = Math.round(declined * sorted.length);
  if (k <= 0) return -Infinity;
  if (k >= sorted.length) return sorted[sorted.length - 1]! + 1e-9;
  return sorted[k]!;
}

/** factbot's outcome on a set of questions, through the path the bot answers a message with (several questions in one included). */
export function scoreFactbot(kb: KnowledgeBase, questions: SuiteQuestions): Outcome {
  let right = 0;
  let wrong = 0;
  let recall = 0;
  let suggested = 0;
  for (const item of questions.answerable) {
    const reply = answerMessageAlone(item.q, kb);
    if (reply.kind === 'fact') {
      if (item.expect.includes(reply.factId)) right++;
      else wrong++;
    } else if (reply.kind === 'none' && reply.reason === 'no-match') {
      const first = reply.suggestions[0];
      if (first !== undefined && item.expect.some((id) => kb.facts[kb.byId.get(id) ?? -1]?.questions[0] === first)) suggested++;
    }
    if (rank(item.q, kb, 3).some((r) => item.expect.includes(r.factId))) recall++;
  }
  let declined = 0;
  for (const q of questions.outOfScope) if (answerMessageAlone(q, kb).kind !== 'fact') declined++;
  const n = questions.answerable.length;
  return {
    right: right / n,
    wrong: wrong / n,
    declined: (n - right - wrong) / n,
    oosDeclined: declined / Math.max(1, questions.outOfScope.length),
    recall3: recall / n,
    suggested: suggested / n,
    n,
    nOut: questions.outOfScope.length,
  };
}

/** Runs factbot and the anchors over every question set of a knowledge base. */
export function runSuiteKnowledge(set: SuiteKnowledge, options: { fuseSample?: number; anchors?: boolean } = {}): SuiteRow[] {
  const t = performance.now();
  const kb = createKnowledgeBase(set.knowledge);
  const buildMs = performance.now() - t;
  const anchors = options.anchors ?? true;
  const mini = anchors ? miniSearchRanker(set.knowledge) : null;
  const fuse = anchors ? fuseRanker(set.knowledge) : null;
  const none: Outcome = { right: NaN, wrong: NaN, declined: NaN, oosDeclined: NaN, recall3: NaN, n: 0, nOut: 0 };
  return set.questions.map((questions) => {
    const factbot = scoreFactbot(kb, questions);
    let minisearch = none;
    let minisearchAtThreshold = { ...none, threshold: NaN };
    let fuseOutcome = none;
    if (mini && fuse) {
      // MiniSearch is searched once per question; the threshold is applied to the stored results.
      const cache = new Map<string, { id: string; score: number }[]>();
      const cached = (q: string) => {
        let r = cache.get(q);
        if (!r) cache.set(q, (r = mini(q)));
        return r;
      };
      minisearch = scoreRanker(questions, cached);
      const threshold = thresholdForDeclineRate(questions.outOfScope.map((q) => cached(q)[0]?.score ?? 0), factbot.oosDeclined);
      minisearchAtThreshold = { ...scoreRanker(questions, cached, threshold), threshold };
      const fuseSample = options.fuseSample ?? Infinity;
      const sampled: SuiteQuestions = { ...questions, answerable: sample(questions.answerable, fuseSample), outOfScope: sample(questions.outOfScope, Math.ceil(fuseSample / 3)) };
      fuseOutcome = scoreRanker(sampled, fuse);
    }
    return { knowledge: set.name, questions: questions.label, facts: set.knowledge.facts.length, factbot, minisearch, minisearchAtThreshold, fuse: fuseOutcome, buildMs, calibration: kb.calibration };
  });
}
