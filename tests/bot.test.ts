/**
 * createBot: ids, the listener (question log), feedback, askFact and reloads.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBot, isHelpRequest, type AskContext, type Bot } from '../src/bot.ts';
import { isAnswerId, isVote } from '../src/feedback.ts';
import type { KnowledgeBase } from '../src/engine/answer.ts';
import { MINI_SOURCE, kbOf, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { recordingListener } from './helpers/listener.ts';
import { expectWellFormedReply } from './helpers/reply.ts';
import { replyToJson } from '../src/reply.ts';

const ctx: AskContext = { platform: 'cli', userId: 'u1', channelKind: 'dm' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let kb: KnowledgeBase;
/** The mini knowledge plus one fact about the moon (to tell the two apart after a reload). */
let kbWithMoon: KnowledgeBase;

beforeAll(() => {
  kb = kbOf(writeKnowledge(miniFiles()));
  const moon =
    '  - id: moon-distance\n    answer: The moon is about 384,000 km away.\n    questions:\n' +
    '      - How far away is the moon?\n      - What is the distance to the moon?\n      - How many kilometres to the moon?\n' +
    '    citation:\n      source: mini-report\n      paragraphs: [1]\n';
  kbWithMoon = kbOf(writeKnowledge(miniFiles({ 'mini-report.yaml': MINI_SOURCE + '\n' + moon })));
});
afterAll(removeTempDirs);

describe('ask', () => {
  test('returns a unique id per answer, even for the same question', () => {
    const bot = createBot({ knowledge: () => kb });
    const answers = Array.from({ length: 200 }, () => bot.ask('Where is the deposit?', ctx));
    const ids = answers.map((a) => a.id);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(200);
    for (const a of answers) {
      expect(a.reply.kind === 'fact' && a.reply.factId).toBe('deposit-location');
      expectWellFormedReply(a.reply, kb);
    }
  });

  test('the listener receives every answered question with its id, reply, context, latency ≥ 0 and time', () => {
    const listener = recordingListener();
    const at = new Date('2030-01-02T03:04:05Z');
    const bot = createBot({ knowledge: () => kb, listener, now: () => at });
    const a = bot.ask('How big is the deposit?', ctx);
    const b = bot.ask('', { platform: 'console' });
    expect(listener.answeredEvents).toHaveLength(2);
    const [first, second] = listener.answeredEvents;
    expect(first).toMatchObject({ id: a.id, ctx, at });
    expect(first!.reply).toBe(a.reply);
    expect(second).toMatchObject({ id: b.id, ctx: { platform: 'console' }, at });
    expect(second!.reply.kind).toBe('none');
    for (const e of listener.answeredEvents) {
      expect(Number.isFinite(e.latencyMs)).toBe(true);
      expect(e.latencyMs).toBeGreaterThanOrEqual(0);
    }
    expect(listener.votedEvents).toEqual([]);
  });

  test('a message of several questions: the reply is logged once, and each of its questions that got no answer as a declined question of its own (never votable)', () => {
    const listener = recordingListener();
    const bot = createBot({ knowledge: () => kb, listener });
    const a = bot.ask('where is the deposit? what colour is the sky on mars?', ctx);
    expect(a.reply.kind === 'fact' && a.reply.factId).toBe('deposit-location');
    expect(listener.answeredEvents).toHaveLength(2);
    const [main, declined] = listener.answeredEvents;
    expect(main).toMatchObject({ id: a.id, reply: a.reply });
    expect(declined!.id).not.toBe(a.id);
    expect(declined!.reply).toMatchObject({ kind: 'none', reason: 'no-match', question: 'what colour is the sky on mars?' });
    expect(declined!.ctx).toBe(ctx);
    expect(bot.feedback(declined!.id, 'down', ctx)).toBe(false);
    // In the JSON reply as the question asked.
    expect(replyToJson(a.reply).unanswered).toEqual(['what colour is the sky on mars?']);
    // A message whose questions are all answered: the reply, and each further answer as an answered question of its own.
    const both = bot.ask('where is the deposit? how big is the deposit?', ctx);
    const also = both.reply.kind === 'fact' ? both.reply.also ?? [] : [];
    expect(also.length).toBeGreaterThan(0);
    const logged = listener.answeredEvents.slice(2);
    expect(logged).toHaveLength(1 + also.length);
    expect(logged[0]).toMatchObject({ id: both.id, reply: both.reply });
    logged.slice(1).forEach((e, i) => {
      expect(e.id).not.toBe(both.id);
      expect(e.reply).toEqual(also[i]);
      expect(bot.feedback(e.id, 'up', ctx)).toBe(false);
    });
  });

  test('a message typed on two lines (as Slack and Discord hand it over) asks a question a line', () => {
    const listener = recordingListener();
    const bot = createBot({ knowledge: () => kb, listener });
    const a = bot.ask('where is the deposit\nwhat colour is the sky on mars', ctx);
    expect(a.reply.kind === 'fact' && a.reply.factId).toBe('deposit-location');
    // The whole message, logged as the engine read it (one line), and its second line as a gap of its own.
    expect(listener.answeredEvents.map((e) => e.reply.question)).toEqual(['where is the deposit what colour is the sky on mars', 'what colour is the sky on mars']);
  });

  test('the questions of a long list beyond the ones read are not logged (not tried: no gap)', () => {
    const listener = recordingListener();
    const bot = createBot({ knowledge: () => kb, listener });
    const a = bot.ask('1) where is the deposit 2) how big is the deposit 3) what is the capital of peru 4) who wrote hamlet 5) what colour is the sky on mars', ctx);
    expect(a.reply.kind === 'fact' && a.reply.unread).toEqual(['what colour is the sky on mars']);
    expect(listener.answeredEvents.map((e) => e.reply.question)).not.toContain('what colour is the sky on mars');
  });

  test('a throwing listener never breaks ask, askFact or feedback', () => {
    const listener = recordingListener({ throwing: true });
    const bot = createBot({ knowledge: () => kb, listener });
    const a = bot.ask('Where is the deposit?', ctx);
    expect(a.reply.kind).toBe('fact');
    const f = bot.askFact('deposit-size', ctx);
    expect(f.reply.kind === 'fact' && f.reply.factId).toBe('deposit-size');
    expect(bot.feedback(a.id, 'up', ctx)).toBe(true);
    expect(listener.answeredEvents).toHaveLength(2);
    expect(listener.votedEvents).toHaveLength(1);
  });

  test('never throws for odd input', () => {
    const bot = createBot({ knowledge: () => kb });
    for (const q of ['', '\u0000', '💥'.repeat(10_000), '<@U1> @everyone', 'x'.repeat(200_000)]) {
      expectWellFormedReply(bot.ask(q, ctx).reply, kb);
    }
  });
});

describe('feedback', () => {
  test('on a known answer id: true, and the listener gets the vote', () => {
    const listener = recordingListener();
    const at = new Date('2031-05-06T07:08:09Z');
    const bot = createBot({ knowledge: () => kb, listener, now: () => at });
    const a = bot.ask('Where is the deposit?', ctx);
    expect(bot.feedback(a.id, 'up', ctx)).toBe(true);
    expect(bot.feedback(a.id, 'down', { platform: 'slack', userId: 'u2' })).toBe(true);
    expect(listener.votedEvents).toEqual([
      { id: a.id, vote: 'up', ctx, at },
      { id: a.id, vote: 'down', ctx: { platform: 'slack', userId: 'u2' }, at },
    ]);
  });

  test('on an unknown id: false, and nothing is recorded', () => {
    const listener = recordingListener();
    const bot = createBot({ knowledge: () => kb, listener });
    bot.ask('Where is the deposit?', ctx);
    expect(bot.feedback('00000000-0000-4000-8000-000000000000', 'up', ctx)).toBe(false);
    expect(bot.feedback('', 'down', ctx)).toBe(false);
    expect(bot.feedback('__proto__', 'down', ctx)).toBe(false);
    expect(listener.votedEvents).toEqual([]);
  });

  test('ids are per bot: another bot\'s answer id is refused', () => {
    const one = createBot({ knowledge: () => kb });
    const two = createBot({ knowledge: () => kb });
    const a = one.ask('Where is the deposit?', ctx);
    expect(two.feedback(a.id, 'up', ctx)).toBe(false);
    expect(one.feedback(a.id, 'up', ctx)).toBe(true);
  });
});

describe('askFact', () => {
  test('a known id answers that fact directly', () => {
    const listener = recordingListener();
    const bot = createBot({ knowledge: () => kb, listener });
    const a = bot.askFact('byd-factory', ctx);
    expect(a.reply).toMatchObject({ kind: 'fact', factId: 'byd-factory', question: 'What is BYD building?', confidence: 1 });
    expect(a.id).toMatch(UUID);
    expect(listener.answeredEvents.map((e) => e.id)).toEqual([a.id]);
    expect(bot.feedback(a.id, 'up', ctx)).toBe(true);
  });

  test('an unknown id falls back to ask (once, with one log event)', () => {
    const listener = recordingListener();
    const bot = createBot({ knowledge: () => kb, listener });
    const a = bot.askFact('How big is the deposit?', ctx);
    expect(a.reply).toMatchObject({ kind: 'fact', factId: 'deposit-size', question: 'How big is the deposit?' });
    const b = bot.askFact('no-such-fact', ctx);
    expect(b.reply.kind).toBe('none');
    expect(b.reply.question).toBe('no-such-fact');
    expect(listener.answeredEvents.map((e) => e.id)).toEqual([a.id, b.id]);
  });
});

describe('help, suggest and about', () => {
  test('help() is the help reply of the current knowledge', () => {
    const bot = createBot({ knowledge: () => kb });
    expect(bot.help()).toMatchObject({ kind: 'smalltalk', intent: 'help', answer: 'I answer questions about the Beylikova deposit.' });
  });

  test('suggest() returns at most `limit` stored questions', () => {
    const bot = createBot({ knowledge: () => kb });
    expect(bot.suggest('erdo', 1)).toEqual(['Who did Erdoğan meet?']);
    expect(bot.suggest('where', 2)).toHaveLength(2);
  });

  test('about() is the name, topic and examples of the current knowledge, and follows a reload as answers do', () => {
    let current = kb;
    let calls = 0;
    const bot = createBot({
      knowledge: () => {
        calls++;
        return current;
      },
    });
    expect(bot.about()).toEqual({
      name: 'minibot',
      topic: 'the Beylikova rare-earth deposit in Türkiye',
      examples: kb.knowledge.bot.examples,
    });
    // A copy: an adapter cannot change the knowledge through it.
    expect(bot.about().examples).not.toBe(kb.knowledge.bot.examples);
    // What adapters see is the Bot's small surface, not the search index.
    expect('knowledge' in bot).toBe(false);
    expect(bot.ask('How far away is the moon?', ctx).reply.kind).toBe('none');
    expect(bot.askFact('moon-distance', ctx).reply.kind).toBe('none');

    current = kbWithMoon;
    expect(bot.about().examples).toEqual(kbWithMoon.knowledge.bot.examples);
    const moon = bot.ask('How far away is the moon?', ctx).reply;
    expect(moon.kind === 'fact' && moon.factId).toBe('moon-distance');
    expect(bot.askFact('moon-distance', ctx).reply.kind).toBe('fact');
    expect(bot.suggest('moon', 5)).toContain('How far away is the moon?');

    current = kb;
    expect(bot.ask('How far away is the moon?', ctx).reply.kind).toBe('none');
    expect(calls).toBeGreaterThanOrEqual(8);
  });

  test('an answer id stays valid for feedback across a reload', () => {
    let current = kb;
    const bot = createBot({ knowledge: () => current });
    const a = bot.ask('Where is the deposit?', ctx);
    current = kbWithMoon;
    expect(bot.feedback(a.id, 'down', ctx)).toBe(true);
  });
});

describe('the help rule, the same on every platform', () => {
  const help = ['', '   ', '?', '??', '/help', 'help', 'Help', 'HELP!', ' help? ', '/HELP', 'about', 'About?', '/about', '¿help?', '"help"', '…', '/?'];
  const questions = ['help me find the deposit', 'what about BYD?', 'helpful?', 'h.e.l.p', 'about the deposit', 'where is it?', '1', '👍', 'hello'];

  test.each(help)('%j asks for help', (text) => {
    expect(isHelpRequest(text)).toBe(true);
  });

  test.each(questions)('%j is a question', (text) => {
    expect(isHelpRequest(text)).toBe(false);
  });

  test('answer() gives the help, without an id and unlogged, for a help request; otherwise asks', () => {
    const listener = recordingListener();
    const bot = createBot({ knowledge: () => kb, listener });
    for (const text of ['', '?', '/help', 'About']) {
      const r = bot.answer(text, ctx);
      expect(r.id).toBeUndefined();
      expect(r.reply).toEqual(bot.help());
    }
    expect(listener.answeredEvents).toEqual([]);
    const asked = bot.answer('Where is the deposit?', ctx);
    expect(asked.id).toMatch(UUID);
    expect(asked.reply.kind === 'fact' && asked.reply.factId).toBe('deposit-location');
    expect(listener.answeredEvents.map((e) => e.id)).toEqual([asked.id]);
  });

  test("answer() asks through the Bot it is called on, so a wrapping Bot sees every question", () => {
    const real = createBot({ knowledge: () => kb });
    const seen: string[] = [];
    const wrapped: Bot = {
      ...real,
      ask(question, c) {
        seen.push(question);
        return real.ask(question, c);
      },
    };
    wrapped.answer('help', ctx);
    wrapped.answer('How big is the deposit?', ctx);
    expect(seen).toEqual(['How big is the deposit?']);
  });
});

describe('feedback ids and votes', () => {
  test('isAnswerId accepts the ids the Bot hands out and nothing else', () => {
    const bot = createBot({ knowledge: () => kb });
    expect(isAnswerId(bot.ask('Where is the deposit?', ctx).id)).toBe(true);
    for (const odd of ['', 'ans-1', '__proto__', '00000000-0000-4000-8000-00000000000', 'A0000000-0000-4000-8000-000000000000', 42, null, undefined]) {
      expect(isAnswerId(odd)).toBe(false);
    }
  });

  test('isVote accepts up and down only', () => {
    expect([isVote('up'), isVote('down'), isVote('Up'), isVote(''), isVote(1), isVote(undefined)]).toEqual([true, true, false, false, false, false]);
  });
});
