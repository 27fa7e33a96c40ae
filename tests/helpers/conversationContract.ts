/**
 * What every ConversationStore (src/conversation/store.ts) must do, run
 * against the in-memory store and the PostgreSQL one.
 */
import { describe, expect, test } from 'vitest';
import type { ConversationStore } from '../../src/conversation/store.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

export function describeConversationStoreContract(name: string, open: () => Promise<ConversationStore>): void {
  describe(`${name}: conversation store contract`, () => {
    test('a turn is returned while it is not older than `since`, and not after', async () => {
      const store = await open();
      await store.set('k1', { question: 'who is leading the delegation to china', factId: 'october-delegation', at: at(0) });
      expect(await store.get('k1', at(0))).toEqual({ question: 'who is leading the delegation to china', factId: 'october-delegation', at: at(0) });
      expect(await store.get('k1', at(1))).toBeUndefined();
      expect(await store.get('unknown', at(0))).toBeUndefined();
    });

    test('a newer turn replaces the one before; conversations are apart', async () => {
      const store = await open();
      await store.set('k1', { question: 'q1', factId: 'f1', at: at(0) });
      await store.set('k2', { question: 'q2', factId: 'f2', at: at(0) });
      await store.set('k1', { question: 'q3', factId: 'f3', at: at(5) });
      expect(await store.get('k1', at(0))).toEqual({ question: 'q3', factId: 'f3', at: at(5) });
      expect((await store.get('k2', at(0)))?.factId).toBe('f2');
    });

    test('questions are kept as they are (quotes, emoji, 500 characters)', async () => {
      const store = await open();
      const question = `it's "quoted" — 🚀 ${'x'.repeat(480)}`;
      await store.set('k3', { question, factId: 'f', at: at(0) });
      expect((await store.get('k3', at(0)))?.question).toBe(question);
    });
  });
}
