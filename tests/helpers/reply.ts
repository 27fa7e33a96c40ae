/**
 * Shape checks for replies, shared by the engine, bot and CLI tests.
 */
import { expect } from 'vitest';
import { SEARCH } from '../../src/config.ts';
import type { KnowledgeBase } from '../../src/engine/answer.ts';
import { REPLY_WORDS, replyToJson, type Reply } from '../../src/reply.ts';

/** The keys of `ask --json` output, in the documented order (src/reply.ts ReplyJson). */
export const REPLY_JSON_KEYS = ['question', 'kind', 'answer', 'factId', 'confidence', 'source', 'related', 'suggestions', 'readingAs', 'language', 'also', 'unanswered', 'unread'] as const;

/** Throws (via expect) unless `reply` is a well-formed Reply for `kb`. */
export function expectWellFormedReply(reply: Reply, kb: KnowledgeBase): void {
  expect(['fact', 'smalltalk', 'none']).toContain(reply.kind);
  expect(typeof reply.question).toBe('string');
  expect(reply.question.length).toBeLessThanOrEqual(SEARCH.maxQuestionChars);
  expect(typeof reply.answer).toBe('string');
  expect(reply.answer.length).toBeGreaterThan(0);
  expect(Number.isFinite(reply.confidence)).toBe(true);
  expect(reply.confidence).toBeGreaterThanOrEqual(0);
  expect(reply.confidence).toBeLessThanOrEqual(1);
  expect(reply.related.length).toBeLessThanOrEqual(SEARCH.maxRelated);
  expect(reply.suggestions.length).toBeLessThanOrEqual(SEARCH.maxSuggestions);
  const turkish = reply.language === 'tr';
  for (const r of reply.related) {
    expect(kb.byId.has(r.id)).toBe(true);
    const fact = kb.facts[kb.byId.get(r.id)!]!;
    // A Turkish reply offers the related fact's Turkish question where it has one.
    expect(turkish && fact.tr ? fact.tr.questions : fact.questions).toContain(r.question);
  }
  for (const s of reply.suggestions) expect(typeof s).toBe('string');
  switch (reply.kind) {
    case 'fact': {
      expect(kb.byId.has(reply.factId)).toBe(true);
      const fact = kb.facts[kb.byId.get(reply.factId)!]!;
      // In Turkish: the Turkish answer, or the English one after a line saying it is in English.
      if (!turkish) expect(reply.answer).toBe(fact.answer);
      else if (fact.tr) expect(reply.answer).toBe(fact.tr.answer);
      else expect(reply.answer).toBe(`${REPLY_WORDS.tr.englishOnly}\n${fact.answer}`);
      expect(reply.source.id).toBe(fact.citation.source);
      expect(reply.source.title).toBe(kb.knowledge.sources.get(fact.citation.source)!.title);
      expect(reply.source.paragraphs).toEqual(fact.citation.paragraphs);
      expect(reply.related.map((r) => r.id)).not.toContain(reply.factId);
      break;
    }
    case 'smalltalk':
      expect(kb.knowledge.intents.map((i) => i.id)).toContain(reply.intent);
      break;
    case 'none':
      expect(['empty', 'no-match']).toContain(reply.reason);
      expect(reply.related).toEqual([]);
      break;
  }
  const json = replyToJson(reply);
  expect(Object.keys(json)).toEqual([...REPLY_JSON_KEYS]);
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  expect(json.factId).toBe(reply.kind === 'fact' ? reply.factId : null);
  expect(json.source === null).toBe(reply.kind !== 'fact');
  expect(json.language).toBe(reply.language ?? 'en');
}
