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
