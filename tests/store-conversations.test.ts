/**
 * Conversation stores (issue 16): the in-memory one (bounded) and the
 * PostgreSQL one shared by instances, with two Bots on one database.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { createBot, type AskContext } from '../src/bot.ts';
import { memoryConversationStore } from '../src/conversation/store.ts';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres.ts';
import { describeConversationStoreContract } from './helpers/conversationContract.ts';
import { realKb } from './helpers/knowledge.ts';
import { describePostgres, dropTestSchemas, testSchema } from './helpers/postgres.ts';

describeConversationStoreContract('memory', async () => memoryConversationStore(100));

describe('memory conversation store', () => {
  test('keeps at most `max` conversations, forgetting the least recently answered first', async () => {
    const store = memoryConversationStore(2);
    const at = new Date(0);
    await store.set('a', { question: 'qa', factId: 'f', at });
    await store.set('b', { question: 'qb', factId: 'f', at });
    await store.set('a', { question: 'qa2', factId: 'f', at });
    await store.set('c', { question: 'qc', factId: 'f', at });
    expect(await store.get('b', at)).toBeUndefined();
    expect((await store.get('a', at))?.question).toBe('qa2');
    expect((await store.get('c', at))?.question).toBe('qc');
  });
});

const stores: PostgresStore[] = [];
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await dropTestSchemas();
});

describePostgres('PostgreSQL conversation store', (url) => {
  const open = (schema: string) => {
    const s = openPostgresStore(url, { schema });
    stores.push(s);
    return s;
  };
  describeConversationStoreContract('PostgreSQL', async () => open(testSchema()).conversationStore());

  test('two Bot instances on one database: a follow-up reaching the other instance is understood, until CONTEXT_TTL', async () => {
    const schema = testSchema();
    let t = Date.UTC(2026, 0, 1);
    const now = () => new Date(t);
    const kb = realKb();
    const a = createBot({ knowledge: () => kb, now, conversations: open(schema).conversationStore() });
    const b = createBot({ knowledge: () => kb, now, conversations: open(schema).conversationStore() });
    const ctx: AskContext = { platform: 'slack', userId: 'U1', channelKind: 'thread', conversationId: 'C1:1700000000.000100' };
    const first = await a.converse('who is leading the delegation to China?', ctx);
    expect(first.reply.kind === 'fact' && first.reply.factId).toBe('october-delegation');
    t += 60_000;
    const followup = await b.converse('and when?', ctx);
    expect(followup.reply.kind === 'fact' && followup.reply.factId).toBe('october-delegation');
    expect(followup.reply.readingAs).toBe('when is the delegation to China?');
    t += 10 * 60_000 + 1;
    // Instance a remembers the turn b answered (fresher than its own), but it has expired.
    expect((await a.converse('and when?', ctx)).reply.readingAs).toBeUndefined();
  });

  test('an unreachable database counts as no context; the answer is not held up past the deadline', async () => {
    const s = openPostgresStore('postgres://factbot@127.0.0.1:1/none', { answerPathTimeoutMs: 300, connectionTimeoutMs: 200 });
    stores.push(s);
    const store = s.conversationStore();
    expect(await store.get('k', new Date(0))).toBeUndefined();
    await store.set('k', { question: 'q', factId: 'f', at: new Date() });
  });
});
