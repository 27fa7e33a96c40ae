/**
 * Calibration from the knowledge itself: when the index is built, the engine
 * asks the knowledge its own questions and sets the answer threshold where
 * its scores separate right answers from wrong ones for THIS knowledge
 * (thresholds drift with the number of phrasings a fact has, the size of the
 * knowledge and how alike its facts are, so no fixed number fits all).
 *
 * - Each stored question is asked with itself left out: it should find its
 *   own fact (a stand-in for a new wording of a known question).
 * - Each fact's questions are asked with the whole fact left out: any answer
 *   is wrong (a stand-in for a question near the topic that nothing answers).
 * - Generic off-topic questions, and the questions maintainers marked out of
 *   scope, must be declined too.
 *
 * The threshold is the lowest score at which at most the target share
 * (CALIBRATION.maxWrongShare unless set: 1 in 20) of the left-out phrasings
 * get a wrong fact and at most CALIBRATION.falseFactor times that share of
 * the questions to decline get an answer. The wrong share is the one
 * expected at a fact's full count of stored questions: a left-out phrasing
 * meets its fact with one fewer, and the same knowledge with one fewer still
 * shows how fast wrong answers fall as questions are added.
 */
import { CALIBRATION, SEARCH } from '../config.ts';
import { TextKind, type SearchIndex } from './index.ts';
import { OFF_TOPIC_QUESTIONS, TURKISH_OFF_TOPIC_QUESTIONS } from './offtopic.ts';
import { decisionOf, decisionValue, rank, type RankedFact } from './rank.ts';

/** The answer threshold for one knowledge base, and what its own questions predict at it. */
export interface Calibration {
  /** Answer when the decision value (see decisionValue) is at least this. */
  threshold: number;
  /** The share of the runner-up's score the decision value takes off the best one's (one of CALIBRATION.runnerUpWeights). */
  runnerUpWeight: number;
  /** The share of wrong answers it was set for. */
  target: number;
  /**
   * At the threshold, on the knowledge's own questions: shares of the
   * left-out phrasings answered right, answered wrong and declined, and of
   * the questions that should be declined (left-out facts, off-topic,
   * maintainers' out-of-scope), declined. Wrong is the share extrapolated to a
   * fact's full count of stored questions (the learning curve, see
   * chooseThreshold); the wrong answers it expects avoided count as right.
   */
  expected: { right: number; wrong: number; declined: number; outOfScopeDeclined: number };
  /** How many questions it was made from. */
  samples: { phrasings: number; factsLeftOut: number; offTopic: number };
  /** True when the knowledge was too large to ask everything and a sample was asked. */
  sampled: boolean;
  /** Why the default threshold was kept instead, when it was. */
  fallback?: string;
}

// The decision rule lives with the ranking (rankReading compares readings by it); exported here too.
export { decisionValue };

/**
 * The decision value as a confidence comparable across knowledge bases: 0.5
 * at the calibrated threshold, 1 for a certain match, 0 for nothing, linear
 * in between (so "medium" and "high" mean the same everywhere).
 */
export function calibratedConfidence(value: number, calibration: Calibration): number {
  const t = calibration.threshold;
  const c = value >= t ? 0.5 + (0.5 * (value - t)) / Math.max(1e-9, 1 - t) : (0.5 * value) / Math.max(1e-9, t);
  return Math.max(0, Math.min(1, c));
}

/** The idf-weighted share of a question's terms that fact `fact`'s answer contains. */
function answerCoverage(index: SearchIndex, fact: number, ids: readonly number[]): number {
  const { textStart, termStart, terms, kind } = index.texts;
  // The answer is the fact's last text (see PackedTexts).
  const answer = textStart[fact + 1]! - 1;
  if (kind[answer] !== TextKind.answer) return 0;
  const answerTerms = terms.subarray(termStart[answer]!, termStart[answer + 1]!);
  let total = 0;
  let found = 0;
  for (const id of ids) {
    total += index.idf[id]!;
    if (answerTerms.includes(id)) found += index.idf[id]!;
  }
  return total > 0 ? found / total : 0;
}

/** Whether fact `other`'s answer covers a question of fact `own` at least as well as `own`'s answer does. */
function saysItToo(index: SearchIndex, question: string, own: number, other: number): boolean {
  const ids = index.analyzer
    .queryTerms(question)
    .map((t) => index.termIds.get(t))
    .filter((id): id is number => id !== undefined);
  const mine = answerCoverage(index, own, ids);
  return mine > 0 && answerCoverage(index, other, ids) >= mine;
}

/** Deterministic spread sample of `n` of `count` items (all when count ≤ n). */
export function spread(count: number, n: number): number[] {
  if (count <= n) return [...Array(count).keys()];
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(Math.floor((i * count) / n));
  return out;
}

export interface Observation {
  /** The decision value at the runner-up weight being tried. */
  score: number;
  /** The best fact's score and the runner-up's, to work the decision value out at each weight tried (else `score` stands). */
  top?: number;
  second?: number;
  /** For a left-out phrasing: whether the best fact was its own. */
  right: boolean;
  /** For a left-out phrasing: its fact's id and the question, to pair it with the same question asked elsewhere. */
  key?: string;
}

/** Asks the knowledge its own questions and sets the threshold (see the module comment). */
export function calibrate(
  index: SearchIndex,
  options: { maxWrongShare?: number; outOfScope?: readonly string[]; fewer?: () => SearchIndex; runnerUpWeights?: readonly number[] } = {},
): Calibration {
  const o = observe(index, options.outOfScope ?? []);
  // The same knowledge with one stored question fewer a fact, for the learning curve (see chooseThreshold); built only
  // while the knowledge is small enough for a second build to fit the build's time (CALIBRATION.curveMaxFacts).
  const fewer = options.fewer && index.facts.length <= CALIBRATION.curveMaxFacts ? leftOutPhrasings(options.fewer()).observations : undefined;
  const target = options.maxWrongShare ?? CALIBRATION.maxWrongShare;
  // How much a close runner-up should count against the best fact depends on the knowledge (how alike its facts are):
  // each weight tried gets its own threshold, and the one under which the knowledge's own questions expect the most
  // right answers within the bounds is kept (the first, the default, on a tie).
  let best: Calibration | undefined;
  for (const w of options.runnerUpWeights ?? CALIBRATION.runnerUpWeights) {
    const at = (xs: Observation[]) => xs.map((x) => ({ ...x, score: valueAt(x, w) }));
    const c = chooseThreshold(at(o.positives), at(o.hard), at(o.easy), o.samples, o.sampled, target, fewer && at(fewer), w);
    if (!best || (c.fallback === undefined && c.expected.right > best.expected.right)) best = c;
  }
  return best!;
}

/** An observation's decision value at runner-up weight `w` (decisionValue's rule, from the two scores kept). */
function valueAt(o: Observation, w: number): number {
  return o.top === undefined ? o.score : decisionOf(o.top, o.second ?? 0, w);
}

/** An observation of a ranking: its decision value at the default weight, and the two scores it comes from. */
function observation(ranked: RankedFact[], right: boolean, key?: string): Observation {
  const o: Observation = { score: decisionValue(ranked), top: ranked[0]?.score ?? 0, second: ranked[1]?.score ?? 0, right };
  if (key !== undefined) o.key = key;
  return o;
}

/**
 * The knowledge as it would be with one stored question fewer a fact, for {@link calibrate}'s `fewer`: fact i without
 * its question i (mod its count), so no one position (the first, often a template; the last, often the most
 * conversational) decides the curve; a fact of one question keeps it.
 */
export function withOneQuestionFewer<K extends { facts: readonly { questions: readonly string[] }[] }>(knowledge: K): K {
  return { ...knowledge, facts: knowledge.facts.map((f, i) => (f.questions.length > 1 ? { ...f, questions: f.questions.filter((_, j) => j !== i % f.questions.length) } : f)) };
}

/** Every stored question (or an even sample) asked with itself left out: the left-out phrasings of {@link observe}, and how many are stored. */
function leftOutPhrasings(index: SearchIndex): { observations: Observation[]; stored: number } {
  const { textStart, kind } = index.texts;
  const phrasingTexts: { fact: number; text: number }[] = [];
  for (let f = 0; f < index.facts.length; f++) {
    for (let k = textStart[f]!; k < textStart[f + 1]!; k++) if (kind[k] === TextKind.question) phrasingTexts.push({ fact: f, text: k });
  }
  const observations = spread(phrasingTexts.length, CALIBRATION.maxPhrasings).map((i) => {
    const { fact, text } = phrasingTexts[i]!;
    const q = index.facts[fact]!.questions[index.texts.question[text]!]!;
    const ranked = rank(q, index, 2, { mask: { fact, text } });
    return observation(ranked, ranked[0]?.factId === index.facts[fact]!.id, `${index.facts[fact]!.id}\n${q}`);
  });
  return { observations, stored: phrasingTexts.length };
}

/** The knowledge's own questions asked as the module comment says, each with its decision value. */
export function observe(index: SearchIndex, extraOutOfScope: readonly string[]): { positives: Observation[]; hard: Observation[]; easy: Observation[]; samples: Calibration['samples']; sampled: boolean } {
  const facts = index.facts.length;
  // Left-out phrasings: every stored question of every fact, or an even sample of them.
  const { observations: positives, stored } = leftOutPhrasings(index);
  // Left-out facts: up to three of each sampled fact's questions, asked without the fact.
  const hard: Observation[] = [];
  const factIds = spread(facts, CALIBRATION.maxFactsLeftOut);
  for (const fact of factIds) {
    const qs = index.facts[fact]!.questions;
    for (const j of spread(qs.length, 3)) {
      const ranked = rank(qs[j]!, index, 2, { mask: { fact, text: -1 } });
      // Knowledge often says a thing twice: when another fact's answer covers the question as well as the
      // left-out fact's own answer did, answering with it is not wrong, and the question is no stand-in for one to decline.
      const other = ranked[0] ? index.byId.get(ranked[0].factId)! : -1;
      if (other >= 0 && saysItToo(index, qs[j]!, fact, other)) continue;
      hard.push(observation(ranked, false));
    }
  }
  // Off-topic questions in the index's own language: Turkish ones for the Turkish index.
  const offTopic = index.profile.language === 'tr' ? TURKISH_OFF_TOPIC_QUESTIONS : OFF_TOPIC_QUESTIONS;
  const easy: Observation[] = [...offTopic, ...extraOutOfScope].map((q) => observation(rank(q, index, 2), false));
  const samples = { phrasings: positives.length, factsLeftOut: factIds.length, offTopic: easy.length };
  const sampled = positives.length < stored || factIds.length < facts;
  return { positives, hard, easy, samples, sampled };
}

/**
 * The lowest threshold at which both error rates stay within bounds: the
 * share of left-out phrasings answered with the wrong fact (a stand-in for
 * questions the knowledge answers, worded anew) within the target, and the
 * share of questions that should be declined but get an answer (left-out
 * facts, weighted CALIBRATION.nearTopicShare, and off-topic questions)
 * within CALIBRATION.falseFactor × the target. Measured on CovidFAQ's
 * questions typed by people, both rates came out close to the rates people's
 * questions get at the same threshold.
 */
export function chooseThreshold(positives: Observation[], hard: Observation[], easy: Observation[], samples: Calibration['samples'], sampled: boolean, target: number, fewer?: Observation[], runnerUpWeight: number = SEARCH.runnerUpWeight): Calibration {
  const near = hard.length === 0 ? 0 : easy.length === 0 ? 1 : CALIBRATION.nearTopicShare;
  const wrongShare = (xs: Observation[], t: number) => {
    let wrong = 0;
    for (const o of xs) if (o.score >= t && !o.right) wrong++;
    return wrong / Math.max(1, xs.length);
  };
  // A left-out phrasing is asked of its fact with one stored question fewer than people's questions will meet: on lean
  // knowledge (3 a fact) that is a third of its questions, and a sibling fact wins it more often than it will win theirs.
  // How fast wrong answers fall as a fact gains a question shows when the same questions are asked of the knowledge
  // with one fewer still (`fewer`, paired by fact and question: a share over other questions would also measure which
  // questions were asked); the share at the fact's full count is extrapolated along that curve, part of the way
  // (CALIBRATION.curveExponent), and never above the share measured. The same questions on both sides: those the
  // knowledge with one fewer still has, each asked with itself left out.
  const fewerKeys = new Set((fewer ?? []).map((o) => o.key));
  const paired = fewer ? positives.filter((o) => fewerKeys.has(o.key)) : undefined;
  const wrongAt = (t: number) => {
    const w1 = wrongShare(positives, t);
    if (!paired || paired.length === 0 || !fewer) return w1;
    const before = wrongShare(paired, t);
    const after = wrongShare(fewer, t);
    return after > before ? w1 * Math.pow(before / after, CALIBRATION.curveExponent) : w1;
  };
  const expectedAt = (t: number) => {
    let right = 0;
    let wrong = 0;
    for (const o of positives) if (o.score >= t) o.right ? right++ : wrong++;
    const rate = (xs: Observation[]) => (xs.length === 0 ? 0 : xs.filter((o) => o.score >= t).length / xs.length);
    const falseRate = near * rate(hard) + (1 - near) * rate(easy);
    const p = Math.max(1, positives.length);
    // The wrong answers the curve expects a fact's full count of questions to avoid count as right: its own fact wins them.
    const expectedWrong = wrongAt(t);
    return { right: (right + wrong) / p - expectedWrong, wrong: expectedWrong, declined: 1 - (right + wrong) / p, outOfScopeDeclined: 1 - falseRate };
  };
  const make = (threshold: number, fallback?: string): Calibration => {
    const c: Calibration = { threshold, runnerUpWeight, target, expected: expectedAt(threshold), samples, sampled };
    if (fallback) c.fallback = fallback;
    return c;
  };
  if (positives.length < CALIBRATION.minPhrasings) return make(SEARCH.answerThreshold, `only ${positives.length} stored questions to calibrate on (at least ${CALIBRATION.minPhrasings} needed)`);
  // Candidate thresholds: every score seen, within the allowed range; the lowest that keeps both rates within the target.
  const candidates = [...new Set([...positives, ...hard, ...easy].map((o) => Math.min(CALIBRATION.maxThreshold, Math.max(CALIBRATION.minThreshold, o.score))))];
  let best: number = CALIBRATION.maxThreshold;
  for (const t of candidates) {
    const e = expectedAt(t);
    if (e.wrong <= target && 1 - e.outOfScopeDeclined <= target * CALIBRATION.falseFactor && t < best) best = t;
  }
  return make(best);
}
