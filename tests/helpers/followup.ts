/**
 * Follow-up test helpers shared by the English and Turkish reader tests: a
 * question asked right after another in one conversation.
 */
import type { KnowledgeBase } from '../../src/engine/answer.ts';
import { answerInContext, type ContextAnswer } from '../../src/conversation/followup.ts';

/** `question` answered right after `previous` (answered alone first, as a conversation's first turn is). */
export function askedAfter(kb: KnowledgeBase, previous: string, question: string): ContextAnswer {
  const first = answerInContext(previous, undefined, kb);
  if (!first.remember) throw new Error(`the first turn "${previous}" was not answered with a fact: nothing to follow on from`);
  return answerInContext(question, first.remember, kb);
}

/**
 * Follow-ups whose reply changes when reworded: each of `followups` asked right after each of `firsts` (skipped when
 * not answered with a fact), plainly and as each wording `reword` gives; one "first → reworded" line per change.
 */
export function changedWhenReworded(kb: KnowledgeBase, firsts: readonly string[], followups: readonly string[], reword: (followup: string) => string[]): string[] {
  const changed: string[] = [];
  for (const question of firsts) {
    const first = answerInContext(question, undefined, kb);
    if (!first.remember) continue;
    for (const followup of followups) {
      const plain = answerInContext(followup, first.remember, kb).reply;
      for (const text of reword(followup)) {
        const r = answerInContext(text, first.remember, kb).reply;
        if (r.kind !== plain.kind || (r.kind === 'fact' && plain.kind === 'fact' && r.factId !== plain.factId)) changed.push(`${question} → ${text}`);
      }
    }
  }
  return changed;
}
