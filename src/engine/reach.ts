/**
 * How well each fact is reached by questions worded anew: its stored
 * questions, each asked with itself left out (as calibration asks them),
 * answered with the fact at the calibrated threshold. A fact whose own
 * questions do not find one another is a fact people asking in their own
 * words will not find either; `check` names the weakest, so a maintainer who
 * added a fact with three questions on a Friday knows it needs more, worded
 * differently; the console's facts page shows each fact's. Pure; not on the
 * answer path (the engine does not use it).
 */
import { CALIBRATION } from '../config.ts';
import type { KnowledgeBase, LanguageIndex } from './answer.ts';
import { decisionValue, spread } from './calibrate.ts';
import { TextKind } from './index.ts';
import { rank } from './rank.ts';

/** One fact's reach, in one language's index. */
export interface FactReach {
  factId: string;
  language: 'en' | 'tr';
  /** Stored questions asked (each with itself left out). */
  asked: number;
  /** Of them, answered with this fact at the threshold. */
  right: number;
  /** The facts answered instead, most often first. */
  takenFor: string[];
}

function inIndex(index: LanguageIndex, language: 'en' | 'tr', useTr: boolean): FactReach[] {
  const { textStart, kind, question } = index.texts;
  const texts: { fact: number; text: number }[] = [];
  for (let f = 0; f < index.facts.length; f++) {
    // The Turkish index holds a fact's English questions where it has no Turkish ones: those are reached in English.
    if (useTr && !index.facts[f]!.tr) continue;
    for (let k = textStart[f]!; k < textStart[f + 1]!; k++) if (kind[k] === TextKind.question) texts.push({ fact: f, text: k });
  }
  const byFact = new Map<number, { asked: number; right: number; other: Map<string, number> }>();
  for (const i of spread(texts.length, CALIBRATION.reachMaxQuestions)) {
    const { fact, text } = texts[i]!;
    const ranked = rank(index.facts[fact]!.questions[question[text]!]!, index, 2, { mask: { fact, text } });
    const r = byFact.get(fact) ?? { asked: 0, right: 0, other: new Map<string, number>() };
    r.asked++;
    const top = ranked[0];
    if (top && decisionValue(ranked, index.calibration.runnerUpWeight) >= index.calibration.threshold) {
      if (top.factId === index.facts[fact]!.id) r.right++;
      else r.other.set(top.factId, (r.other.get(top.factId) ?? 0) + 1);
    }
    byFact.set(fact, r);
  }
  return [...byFact].map(([f, r]) => ({
    factId: index.facts[f]!.id,
    language,
    asked: r.asked,
    right: r.right,
    takenFor: [...r.other].sort((a, b) => b[1] - a[1]).map(([id]) => id),
  }));
}

const measured = new WeakMap<KnowledgeBase, FactReach[]>();

/**
 * Every fact's reach, English then Turkish (only the facts whose questions
 * were sampled, on knowledge beyond `CALIBRATION.reachMaxQuestions` stored
 * questions). Measured once per knowledge base: the console's facts page
 * shows it on every load.
 */
export function factReach(kb: KnowledgeBase): FactReach[] {
  let all = measured.get(kb);
  if (!all) {
    all = [...inIndex(kb, 'en', false), ...(kb.turkish ? inIndex(kb.turkish, 'tr', true) : [])];
    measured.set(kb, all);
  }
  return all;
}

/** Whether a fact's reach is weak: measured on two questions or more, and found by fewer than `CALIBRATION.reachListedBelow` of them. */
export const isWeakReach = (r: FactReach): boolean => r.asked >= 2 && r.right / r.asked < CALIBRATION.reachListedBelow;

/**
 * The facts reached by fewer than `CALIBRATION.reachListedBelow` of their own
 * questions asked anew, the weakest first (English, then Turkish). A fact
 * with a single stored question cannot be measured and is left out.
 */
export function weaklyReachedFacts(kb: KnowledgeBase): FactReach[] {
  return factReach(kb)
    .filter(isWeakReach)
    .sort((a, b) => a.right / a.asked - b.right / b.asked || b.asked - a.asked || (a.factId < b.factId ? -1 : 1));
}
