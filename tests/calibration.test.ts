/**
 * Calibration from the knowledge itself: masking (asking with part of the
 * knowledge left out) must behave like rebuilding the index without that
 * part; the threshold rule must keep both error rates within the target; and
 * the threshold must follow the knowledge, not a constant.
 */
import { describe, expect, test } from 'vitest';
import { CALIBRATION, SEARCH } from '../src/config.ts';
import { createKnowledgeBase, explain } from '../src/engine/answer.ts';
import { calibrate, calibratedConfidence, chooseThreshold, decisionValue, withOneQuestionFewer } from '../src/engine/calibrate.ts';
import { buildIndex, TextKind } from '../src/engine/index.ts';
import { rank } from '../src/engine/rank.ts';
import type { Knowledge } from '../src/knowledge/load.ts';
import { leanKnowledge } from '../bench/quality/sets.ts';
import { folderKnowledge } from './helpers/quality.ts';
import { realKb } from './helpers/knowledge.ts';

const library = folderKnowledge('library');

/** The knowledge with one stored question removed, or one fact. */
function without(k: Knowledge, fact: number, question: number | null): Knowledge {
  const facts = k.facts
    .map((f, i) => (i !== fact ? f : question === null ? null : { ...f, questions: f.questions.filter((_, j) => j !== question) }))
    .filter((f): f is NonNullable<typeof f> => f !== null);
  return { ...k, facts, fingerprint: `${k.fingerprint}-without-${fact}-${question}` };
}

describe('masking', () => {
  const index = buildIndex(library);
  // An even spread of phrasings of the library knowledge.
  const cases: { fact: number; question: number }[] = [];
  for (let f = 0; f < library.facts.length; f += 5) cases.push({ fact: f, question: f % 3 });

  test('a stored question asked with itself left out ranks as on an index built without it', () => {
    let sameTop = 0;
    for (const { fact, question } of cases) {
      const q = library.facts[fact]!.questions[question]!;
      let text = -1;
      for (let k = index.texts.textStart[fact]!; k < index.texts.textStart[fact + 1]!; k++) if (index.texts.kind[k] === TextKind.question && index.texts.question[k] === question) text = k;
      const masked = rank(q, index, 3, { mask: { fact, text } });
      const rebuilt = rank(q, buildIndex(without(library, fact, question)), 3);
      if (masked[0]?.factId === rebuilt[0]?.factId) sameTop++;
      // Scores differ only through the field-length averages and the idf of unrelated phrasings.
      expect(Math.abs((masked[0]?.score ?? 0) - (rebuilt[0]?.score ?? 0)), q).toBeLessThan(0.05);
      // And never by finding the question itself: its own exact wording is gone.
      expect(masked[0]?.question ?? 0, q).toBeLessThan(1);
    }
    expect(sameTop).toBeGreaterThanOrEqual(cases.length - 1);
  });

  test('a fact left out is never a candidate, and the rest rank as without it', () => {
    for (const { fact } of cases) {
      const q = library.facts[fact]!.questions[0]!;
      const masked = rank(q, index, 3, { mask: { fact, text: -1 } });
      expect(masked.map((r) => r.factId)).not.toContain(library.facts[fact]!.id);
      const rebuilt = rank(q, buildIndex(without(library, fact, null)), 3);
      expect(masked[0]?.factId).toBe(rebuilt[0]?.factId);
      expect(Math.abs((masked[0]?.score ?? 0) - (rebuilt[0]?.score ?? 0)), q).toBeLessThan(0.05);
    }
  });
});

describe('the threshold rule', () => {
  const obs = (scores: number[], right = false) => scores.map((score) => ({ score, right }));

  test('picks the lowest threshold keeping both error rates within the target', () => {
    // 20 left-out phrasings: right ones score high, 2 wrong ones score 0.6 and 0.35.
    const positives = [...obs([0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.42, 0.4, 0.38, 0.36, 0.34, 0.32, 0.3, 0.28], true), ...obs([0.6, 0.35])];
    const hard = obs([0.5, 0.3, 0.2, 0.1]);
    const easy = obs([0.2, 0.1, 0.05, 0]);
    const c = chooseThreshold(positives, hard, easy, { phrasings: 20, factsLeftOut: 4, offTopic: 4 }, false, 0.05);
    // At 0.55: one wrong answer of 20 (5%) and no false answer, allowed; at 0.5 a hard one is answered (0.75 × 1/4 = 19%), over 2 × 5%.
    expect(c.threshold).toBe(0.55);
    expect(c.expected.wrong).toBeLessThanOrEqual(0.05);
    expect(c.expected.outOfScopeDeclined).toBeGreaterThanOrEqual(1 - 0.05 * CALIBRATION.falseFactor);
    expect(c.expected.right + c.expected.wrong + c.expected.declined).toBeCloseTo(1, 10);
    // A looser target answers more.
    const loose = chooseThreshold(positives, hard, easy, { phrasings: 20, factsLeftOut: 4, offTopic: 4 }, false, 0.25);
    expect(loose.threshold).toBeLessThan(c.threshold);
    expect(loose.expected.right).toBeGreaterThan(c.expected.right);
  });

  test('questions to decline may get an answer at most falseFactor × the target', () => {
    const positives = obs([0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25], true);
    // One of ten left-out facts' questions at 0.6: 0.75 × 10% = 7.5% answered at thresholds up to 0.6.
    const hard = obs([0.6, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2]);
    const easy = obs([0.1, 0.1, 0.1, 0.1]);
    const samples = { phrasings: 10, factsLeftOut: 10, offTopic: 4 };
    const c = chooseThreshold(positives, hard, easy, samples, false, 0.05);
    const falseRate = 0.75 * 0.1;
    if (falseRate <= 0.05 * CALIBRATION.falseFactor) expect(c.threshold).toBe(0.3);
    else expect(c.threshold).toBeGreaterThan(0.6);
    expect(1 - c.expected.outOfScopeDeclined).toBeLessThanOrEqual(0.05 * CALIBRATION.falseFactor + 1e-9);
  });

  test('the learning curve: wrong answers that fall as a fact gains a stored question are expected to fall further at its full count', () => {
    // 20 left-out phrasings, 2 wrong at 0.6 and 0.4 (10% at 0.4, 5% at 0.5); with one question fewer a fact, 8 wrong.
    // The same 20 questions (keys: fact and question) asked on both.
    const keyed = (xs: { score: number; right: boolean }[]) => xs.map((o, i) => ({ ...o, key: `fact${i}\nquestion` }));
    const positives = keyed([...obs([0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.42, 0.4, 0.38, 0.36, 0.34, 0.32, 0.3, 0.3], true), ...obs([0.6, 0.4])]);
    const fewer = keyed([...obs(Array(12).fill(0.5), true), ...obs([0.6, 0.55, 0.5, 0.45, 0.45, 0.4, 0.4, 0.4])]);
    const none = obs([0.1]);
    const samples = { phrasings: 20, factsLeftOut: 1, offTopic: 1 };
    const plain = chooseThreshold(positives, none, none, samples, false, 0.05);
    const curved = chooseThreshold(positives, none, none, samples, false, 0.05, fewer);
    expect(plain.threshold).toBeGreaterThan(0.4);
    // At 0.4: 10% measured, 40% with one fewer: 10% × (10/40)^0.5 = 5%, within the target (at CALIBRATION.curveExponent 0.5).
    expect(CALIBRATION.curveExponent).toBe(0.5);
    expect(curved.threshold).toBeLessThanOrEqual(0.4);
    expect(curved.expected.wrong).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(curved.expected.right + curved.expected.wrong + curved.expected.declined).toBeCloseTo(1, 10);
    // A curve that rises (fewer wrong answers with fewer questions: noise) never makes the rule stricter than measured.
    const rising = chooseThreshold(positives, none, none, samples, false, 0.05, keyed(obs(Array(20).fill(0.9), true)));
    expect(rising.threshold).toBe(plain.threshold);
    // Only the same questions are compared: wrong answers to other questions say nothing of the curve.
    const unpaired = chooseThreshold(positives, none, none, samples, false, 0.05, fewer.map((o) => ({ ...o, key: `${o.key} again` })));
    expect(unpaired.threshold).toBe(plain.threshold);
  });

  test('too few stored questions: the default threshold, saying why', () => {
    const c = chooseThreshold(obs([0.9], true), [], [], { phrasings: 1, factsLeftOut: 0, offTopic: 0 }, false, 0.05);
    expect(c.threshold).toBe(SEARCH.answerThreshold);
    expect(c.fallback).toMatch(/only 1 stored questions/);
  });

  test('stays within its bounds', () => {
    const c = chooseThreshold(obs(Array(30).fill(0.99)), obs([0.99]), obs([0.99]), { phrasings: 30, factsLeftOut: 1, offTopic: 1 }, false, 0.05);
    expect(c.threshold).toBeLessThanOrEqual(CALIBRATION.maxThreshold);
    const low = chooseThreshold(obs(Array(30).fill(0.01), true), obs([0]), obs([0]), { phrasings: 30, factsLeftOut: 1, offTopic: 1 }, false, 0.05);
    expect(low.threshold).toBeGreaterThanOrEqual(CALIBRATION.minThreshold);
  });
});

describe('calibration on real knowledge', () => {
  test('follows the knowledge: the same facts with 3 phrasings get their own threshold and expectations', () => {
    const full = realKb().calibration;
    const lean = createKnowledgeBase(leanKnowledge(realKb().knowledge, 3)).calibration;
    expect(full.fallback).toBeUndefined();
    expect(lean.samples.phrasings).toBe(realKb().facts.length * 3);
    expect(full.samples.phrasings).toBeGreaterThan(lean.samples.phrasings);
    expect(lean.expected.right).toBeLessThan(full.expected.right);
    // Lean knowledge is calibrated along the learning curve: lower than without it, as its left-out phrasings meet
    // facts of 2 stored questions where people's meet 3.
    const leanIndex = buildIndex(leanKnowledge(realKb().knowledge, 3));
    // (At the weight of the runner-up the calibration chose: thresholds at two weights are on two scales.)
    const runnerUpWeights = [lean.runnerUpWeight];
    const withoutCurve = calibrate(leanIndex, { runnerUpWeights });
    const withCurve = calibrate(leanIndex, { runnerUpWeights, fewer: () => buildIndex(withOneQuestionFewer(leanKnowledge(realKb().knowledge, 3))) });
    expect(withCurve.threshold).toBeLessThan(withoutCurve.threshold);
    expect(withCurve.threshold).toBe(lean.threshold);
    for (const c of [full, lean]) {
      expect(c.expected.wrong).toBeLessThanOrEqual(c.target + 1e-9);
      expect(c.expected.outOfScopeDeclined).toBeGreaterThanOrEqual(1 - c.target * CALIBRATION.falseFactor - 1e-9);
    }
  });

  test('a stricter target never answers more of the knowledge\'s own questions', () => {
    const strict = createKnowledgeBase(library, { maxWrongShare: 0.02 }).calibration;
    const loose = createKnowledgeBase(library, { maxWrongShare: 0.15 }).calibration;
    expect(strict.threshold).toBeGreaterThanOrEqual(loose.threshold);
    expect(strict.expected.right).toBeLessThanOrEqual(loose.expected.right);
    expect(strict.target).toBe(0.02);
  });

  test('the runner-up weight is the one under which the knowledge\'s own questions expect the most right answers', () => {
    for (const name of ['library', 'bikeshare', 'lanterns']) {
      const index = buildIndex(folderKnowledge(name));
      const each = CALIBRATION.runnerUpWeights.map((w) => calibrate(index, { runnerUpWeights: [w] }));
      const chosen = calibrate(index);
      const most = Math.max(...each.map((c) => c.expected.right));
      expect(chosen.expected.right).toBe(most);
      // On a tie, the first (the default weight) is kept.
      expect(chosen.runnerUpWeight).toBe(each.find((c) => c.expected.right === most)!.runnerUpWeight);
      expect(chosen.threshold).toBe(each.find((c) => c.runnerUpWeight === chosen.runnerUpWeight)!.threshold);
    }
    expect(CALIBRATION.runnerUpWeights[0]).toBe(SEARCH.runnerUpWeight);
  });

  test('an answer is decided at the weight its knowledge chose', () => {
    const kb = createKnowledgeBase(folderKnowledge('bikeshare'));
    expect(kb.calibration.runnerUpWeight).not.toBe(SEARCH.runnerUpWeight);
    const ranked = rank('how much does it cost to rent a bike for a day', kb, 2);
    const explained = explain('how much does it cost to rent a bike for a day', kb);
    expect(explained.decisionValue).toBeCloseTo(decisionValue(ranked, kb.calibration.runnerUpWeight), 10);
    expect(explained.decisionValue).not.toBeCloseTo(decisionValue(ranked), 10);
  });

  test('questions maintainers marked out of scope make it stricter or leave it', () => {
    const marked = calibrate(buildIndex(library), { outOfScope: library.facts.slice(0, 10).map((f) => f.questions[0]!) });
    const plain = calibrate(buildIndex(library));
    expect(marked.samples.offTopic).toBe(plain.samples.offTopic + 10);
    expect(marked.threshold).toBeGreaterThanOrEqual(plain.threshold);
  });

  test('the decision value and the confidence reported agree with the threshold', () => {
    const kb = realKb();
    const t = kb.calibration.threshold;
    expect(calibratedConfidence(t, kb.calibration)).toBeCloseTo(0.5, 10);
    expect(calibratedConfidence(0, kb.calibration)).toBe(0);
    expect(calibratedConfidence(1, kb.calibration)).toBe(1);
    for (const q of ['where is the deposit', 'how much will the refinery cost', 'who is erdogan']) {
      const ranked = rank(q, kb, 2);
      const v = decisionValue(ranked);
      expect(v).toBeLessThanOrEqual(ranked[0]?.score ?? 0);
      expect(v).toBeGreaterThanOrEqual(0);
    }
  });
});
