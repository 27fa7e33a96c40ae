/**
 * The behaviour every QuestionLog implementation must have (SQLite today,
 * PostgreSQL later): call `describeQuestionLogContract` from a test file with
 * a factory that opens a fresh, empty log.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { AnswerEntry, QuestionLog } from '../../src/store/types.ts';

/** A fresh, empty log, and (optionally) how to reopen the same storage after `close()`. */
export interface ContractLog {
  log: QuestionLog;
  reopen?: () => Promise<QuestionLog>;
}

const T0 = Date.parse('2030-03-01T10:00:00Z');
const DAY = 86_400_000;

/** An answer entry with sensible defaults. */
export function answerEntry(over: Partial<AnswerEntry> = {}): AnswerEntry {
  return {
    id: randomUUID(),
    at: new Date(T0),
    platform: 'slack',
    user: 'hash-of-u1',
    channelKind: 'channel',
    via: 'ask',
    question: 'Where is the deposit?',
    kind: 'fact',
    factId: 'deposit-location',
    confidence: 0.91,
    latencyMs: 1.25,
    readingAs: null,
    readingQuestion: null,
    ...over,
  };
}

export function describeQuestionLogContract(name: string, make: () => Promise<ContractLog>): void {
  describe(`QuestionLog contract: ${name}`, () => {
    const open: QuestionLog[] = [];
    const fresh = async () => {
      const c = await make();
      open.push(c.log);
      return c;
    };
    afterEach(async () => {
      for (const log of open.splice(0)) await log.close();
    });

    test('stores every field of an answer and reads it back, oldest first', async () => {
      const { log } = await fresh();
      const a = answerEntry({ at: new Date(T0 + 2000), question: 'Wo ist die Lagerstätte? 😀 "quotes" \\', confidence: 0.5625, latencyMs: 3.5 });
      const b = answerEntry({ at: new Date(T0), platform: 'console', user: null, channelKind: null, via: 'fact', kind: 'none', factId: null, confidence: 0 });
      const c = answerEntry({ at: new Date(T0 + 1000), kind: 'smalltalk', factId: null, channelKind: 'slash', platform: 'discord' });
      await log.recordAnswer(a);
      await log.recordAnswer(b);
      await log.recordAnswer(c);
      expect(await log.questions()).toEqual([b, c, a]);
      expect(await log.hasAnswer(a.id)).toBe(true);
      expect(await log.hasAnswer(randomUUID())).toBe(false);
    });

    test('keeps how a follow-up was read: the reading shown and the whole question', async () => {
      const { log } = await fresh();
      const whole = answerEntry({ question: 'and when?', readingAs: 'When is the delegation going to China?', readingQuestion: 'When is the delegation going to China?' });
      const paired = answerEntry({ at: new Date(T0 + 1), question: 'about what', kind: 'none', factId: null, readingAs: '“about what?” following on from “who met in July?”', readingQuestion: null });
      await log.recordAnswer(whole);
      await log.recordAnswer(paired);
      expect(await log.questions()).toEqual([whole, paired]);
    });

    test('recording the same answer id twice keeps the first', async () => {
      const { log } = await fresh();
      const a = answerEntry();
      await log.recordAnswer(a);
      await log.recordAnswer({ ...a, question: 'something else' });
      expect(await log.questions()).toEqual([a]);
    });

    test('since filters questions and votes by their own time', async () => {
      const { log } = await fresh();
      const old = answerEntry({ at: new Date(T0 - 10 * DAY) });
      const recent = answerEntry({ at: new Date(T0 - DAY) });
      await log.recordAnswer(old);
      await log.recordAnswer(recent);
      await log.recordVote({ answerId: old.id, user: 'u1', vote: 'up', at: new Date(T0 - 9 * DAY) });
      await log.recordVote({ answerId: old.id, user: 'u2', vote: 'down', at: new Date(T0) });
      const since = new Date(T0 - 3 * DAY);
      expect((await log.questions({ since })).map((q) => q.id)).toEqual([recent.id]);
      expect((await log.votes({ since })).map((v) => [v.answerId, v.user])).toEqual([[old.id, 'u2']]);
      // The boundary is inclusive.
      expect((await log.questions({ since: recent.at })).map((q) => q.id)).toEqual([recent.id]);
    });

    test('votes: first, changed, repeated (unchanged), per user; joined with their question', async () => {
      const { log } = await fresh();
      const a = answerEntry({ platform: 'discord', question: 'and where?', readingAs: 'where is the deposit?', readingQuestion: 'where is the deposit?' });
      await log.recordAnswer(a);
      const at = (s: number) => new Date(T0 + s * 1000);
      expect(await log.recordVote({ answerId: a.id, user: 'u1', vote: 'up', at: at(1) })).toBe('recorded');
      expect(await log.recordVote({ answerId: a.id, user: 'u1', vote: 'up', at: at(2) })).toBe('unchanged');
      expect(await log.recordVote({ answerId: a.id, user: 'u1', vote: 'down', at: at(3) })).toBe('changed');
      expect(await log.recordVote({ answerId: a.id, user: 'u1', vote: 'down', at: at(4) })).toBe('unchanged');
      expect(await log.recordVote({ answerId: a.id, user: 'u2', vote: 'up', at: at(5) })).toBe('recorded');
      expect(await log.votes()).toEqual([
        { answerId: a.id, user: 'u1', vote: 'down', at: at(3), platform: 'discord', question: a.question, kind: 'fact', factId: a.factId, readingQuestion: a.readingQuestion },
        { answerId: a.id, user: 'u2', vote: 'up', at: at(5), platform: 'discord', question: a.question, kind: 'fact', factId: a.factId, readingQuestion: a.readingQuestion },
      ]);
    });

    test('a vote on an answer id the log does not hold is refused and not stored', async () => {
      const { log } = await fresh();
      expect(await log.recordVote({ answerId: randomUUID(), user: 'u1', vote: 'down', at: new Date(T0) })).toBe('unknown-answer');
      expect(await log.recordVote({ answerId: "x' OR 1=1 --", user: 'u1', vote: 'down', at: new Date(T0) })).toBe('unknown-answer');
      expect(await log.votes()).toEqual([]);
    });

    test('purge deletes older questions and every vote on them, keeps the rest', async () => {
      const { log } = await fresh();
      const old = answerEntry({ at: new Date(T0 - 40 * DAY) });
      const kept = answerEntry({ at: new Date(T0 - 5 * DAY) });
      await log.recordAnswer(old);
      await log.recordAnswer(kept);
      // A recent vote on an old answer goes with the answer.
      await log.recordVote({ answerId: old.id, user: 'u1', vote: 'down', at: new Date(T0) });
      await log.recordVote({ answerId: old.id, user: 'u2', vote: 'up', at: new Date(T0) });
      await log.recordVote({ answerId: kept.id, user: 'u1', vote: 'up', at: new Date(T0) });
      expect(await log.purge(new Date(T0 - 30 * DAY))).toEqual({ questions: 1, votes: 2 });
      expect((await log.questions()).map((q) => q.id)).toEqual([kept.id]);
      expect((await log.votes()).map((v) => v.answerId)).toEqual([kept.id]);
      expect(await log.hasAnswer(old.id)).toBe(false);
      expect(await log.purge(new Date(T0 - 30 * DAY))).toEqual({ questions: 0, votes: 0 });
    });

    test('the salt is a long random string, stable across reopening', async () => {
      const c = await fresh();
      const salt = await c.log.salt();
      expect(salt).toMatch(/^[0-9a-f]{64}$/);
      const other = await fresh();
      expect(await other.log.salt()).not.toBe(salt);
      if (c.reopen) {
        const a = answerEntry();
        await c.log.recordAnswer(a);
        await c.log.close();
        const again = await c.reopen();
        open.push(again);
        expect(await again.salt()).toBe(salt);
        expect(await again.questions()).toEqual([a]);
      }
    });
  });
}
