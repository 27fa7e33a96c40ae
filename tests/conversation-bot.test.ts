/**
 * The Bot's conversations (issue 16): follow-ups within CONTEXT_TTL, expiry on
 * an injected clock (no sleeps), one conversation per id, and two Bot
 * instances sharing one conversation store (as instances share PostgreSQL).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { createBot, type AskContext } from '../src/bot.ts';
import type { KnowledgeBase } from '../src/engine/answer.ts';
import { memoryConversationStore } from '../src/conversation/store.ts';
import { realKb } from './helpers/knowledge.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = realKb();
});

const FIRST = 'who is leading the delegation to China?';
const ctx = (conversationId?: string): AskContext => ({ platform: 'slack', userId: 'U1', channelKind: 'thread', ...(conversationId ? { conversationId } : {}) });
const factOf = (r: { reply: { kind: string; factId?: string } }) => (r.reply.kind === 'fact' ? r.reply.factId : null);

/** A clock the test moves. */
function fakeClock(start = Date.UTC(2026, 0, 1)) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

describe('follow-ups in a conversation', () => {
  test('within the TTL a follow-up is read with the last answered question; the reading is in the reply', () => {
    const clock = fakeClock();
    const bot = createBot({ knowledge: () => kb, now: clock.now, contextTtlMs: 600_000 });
    expect(factOf(bot.answer(FIRST, ctx('C1:1')))).toBe('october-delegation');
    clock.advance(599_000);
    const r = bot.answer('and when?', ctx('C1:1'));
    expect(factOf(r)).toBe('october-delegation');
    expect(r.reply.readingAs).toBe('when is the delegation to China?');
  });

  test('a message of several questions gets each answer, and a follow-up after it reads on from its last answered question', () => {
    const clock = fakeClock();
    const bot = createBot({ knowledge: () => kb, now: clock.now, contextTtlMs: 600_000 });
    const both = bot.answer('is byd building a plant in turkey? and where is the deposit?', ctx('C1:2'));
    expect(both.reply.kind === 'fact' ? [both.reply.factId, ...(both.reply.also ?? []).map((a) => a.factId)] : []).toEqual(['byd-ev-factory', 'beylikova-location']);
    const next = bot.answer('and how big is it?', ctx('C1:2'));
    expect(factOf(next)).toBe('beylikova-size');
    expect(next.reply.readingAs).toBe('how big is the deposit?');
  });

  test('after the TTL the follow-up is read alone (no reading line)', () => {
    const clock = fakeClock();
    const bot = createBot({ knowledge: () => kb, now: clock.now, contextTtlMs: 600_000 });
    bot.answer(FIRST, ctx('C1:1'));
    clock.advance(600_001);
    const r = bot.answer('and when?', ctx('C1:1'));
    expect(r.reply.readingAs).toBeUndefined();
    expect(factOf(r)).not.toBe('october-delegation');
  });

  test('another conversation, no conversation id, or CONTEXT_TTL=0: no context', () => {
    const bot = createBot({ knowledge: () => kb });
    bot.answer(FIRST, ctx('C1:1'));
    expect(bot.answer('and when?', ctx('C1:2')).reply.readingAs).toBeUndefined();
    expect(bot.answer('and when?', ctx()).reply.readingAs).toBeUndefined();
    const off = createBot({ knowledge: () => kb, contextTtlMs: 0 });
    off.answer(FIRST, ctx('C1:1'));
    expect(off.answer('and when?', ctx('C1:1')).reply.readingAs).toBeUndefined();
  });

  test('a related-question button answered in the conversation is its last question', () => {
    const bot = createBot({ knowledge: () => kb });
    bot.askFact('beylikova-location', ctx('D1'));
    const r = bot.answer('how big?', ctx('D1'));
    expect(factOf(r)).toBe('beylikova-size');
    expect(r.reply.readingAs).toBeDefined();
  });

  test('small talk in between does not lose the context', () => {
    const bot = createBot({ knowledge: () => kb });
    bot.answer(FIRST, ctx('C1:1'));
    bot.answer('thanks', ctx('C1:1'));
    expect(factOf(bot.answer('and when?', ctx('C1:1')))).toBe('october-delegation');
  });
});

describe('two instances sharing one conversation store', () => {
  test('a follow-up reaching the other instance is still understood (converse fetches it)', async () => {
    const clock = fakeClock();
    const shared = memoryConversationStore(100);
    const a = createBot({ knowledge: () => kb, now: clock.now, conversations: shared });
    const b = createBot({ knowledge: () => kb, now: clock.now, conversations: shared });
    expect(factOf(await a.converse(FIRST, ctx('T1')))).toBe('october-delegation');
    clock.advance(30_000);
    const r = await b.converse('and when?', ctx('T1'));
    expect(factOf(r)).toBe('october-delegation');
    expect(r.reply.readingAs).toBe('when is the delegation to China?');
    // Expired in the shared store too.
    clock.advance(CONTEXT_AFTER);
    expect((await a.converse('and when?', ctx('T1'))).reply.readingAs).toBeUndefined();
  });

  test('the store keeps no conversation id as typed', async () => {
    const seen: string[] = [];
    const inner = memoryConversationStore(10);
    const bot = createBot({ knowledge: () => kb, conversations: { get: inner.get, set: (k, t) => (seen.push(k), inner.set(k, t)) } });
    await bot.converse(FIRST, ctx('C0SECRET:1700000000.0001'));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a store that fails counts as no context and never breaks the answer', async () => {
    const bot = createBot({ knowledge: () => kb, conversations: { get: () => Promise.reject(new Error('down')), set: () => Promise.reject(new Error('down')) } });
    expect(factOf(await bot.converse(FIRST, ctx('T2')))).toBe('october-delegation');
    // This instance's own memory still has it.
    expect(factOf(await bot.converse('and when?', ctx('T2')))).toBe('october-delegation');
  });
});

/** Past the default TTL (10 minutes). */
const CONTEXT_AFTER = 10 * 60_000 + 1;
