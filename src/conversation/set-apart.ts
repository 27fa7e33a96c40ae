/**
 * "what about BYD?" after an answer that names BYD only as set apart ("Apart from BYD, Turkey has also talked with
 * Chery, …", "BYD dışında …"): what that answer says of the others is asked of BYD, and no reading finds it (with the
 * others' words a reading gets that answer again; the name alone gets what BYD is). The conversation says it. Shared by
 * the English and Turkish readers (followup.ts, followup-tr.ts).
 */
import { CONVERSATION, SEARCH } from '../config.ts';
import { rank } from '../engine/answer.ts';

/** How many facts nearest the answer are looked through for one the caller accepts. */
const CANDIDATES = 8;

/**
 * The fact nearest `answerText` (ranked as one question by `index`, with fact `answered`, the one that gave it, left
 * out) that `accepts` (the caller's test: it names what was set apart, and is not what the name alone gets), when no
 * other accepted fact comes within CONVERSATION.pointingMargin of it; else null.
 */
export function nearestToSetApart(answerText: string, index: Parameters<typeof rank>[1], answered: number, accepts: (factId: string) => boolean): string | null {
  const near = rank(answerText, index, CANDIDATES, { oneQuestion: true, exclude: answered }).filter((r) => accepts(r.factId));
  const best = near[0];
  return best && best.score >= SEARCH.suggestThreshold && (near[1]?.score ?? 0) < best.score - CONVERSATION.pointingMargin ? best.factId : null;
}
