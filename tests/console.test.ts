/**
 * The console adapter, driven through PassThrough streams with the real bot
 * over the real knowledge.
 */
import { describe, expect, test } from 'vitest';
import { answer, answerFact } from '../src/engine/answer.ts';
import { createBot, type Bot } from '../src/bot.ts';
import type { FactReply } from '../src/reply.ts';
import { consoleSession } from './helpers/console.ts';
import { realKb } from './helpers/knowledge.ts';
import { recordingListener } from './helpers/listener.ts';

const STORED = 'Where is the rare earth deposit?';
const ANSI = /\u001b\[/;

function setup(options: { color?: boolean; bot?: (bot: Bot) => Bot } = {}) {
  const kb = realKb();
  const listener = recordingListener();
  const real = createBot({ knowledge: () => kb, listener });
  const bot = options.bot ? options.bot(real) : real;
  return { kb, listener, bot, session: consoleSession(bot, options.color === undefined ? {} : { color: options.color }) };
}

/** The fact the real knowledge answers STORED with, found by reading the knowledge. */
function storedFact() {
  const kb = realKb();
  const fact = kb.facts.find((f) => f.questions.includes(STORED));
  if (!fact) throw new Error(`the real knowledge no longer stores "${STORED}"`);
  return fact;
}

describe('console adapter', { timeout: 5000 }, () => {
  test('greets with the bot name and topic, then prompts', async () => {
    const { kb, session } = setup();
    const banner = await session.start();
    const { name, topic } = kb.knowledge.bot;
    expect(banner.split('\n')[0]).toBe(`${name}: ask me about ${topic}.`);
    expect(banner).toContain('Type a question, or /help');
    expect(banner).not.toMatch(ANSI);
    session.input.end();
    await session.adapter.done;
  });

  test('a question gets the answer, "Source:" and the numbered related questions; "1" asks the first', async () => {
    const { kb, listener, session } = setup();
    await session.start();
    const fact = storedFact();
    const out = await session.type(STORED);
    const reply = answer(STORED, kb) as FactReply;
    expect(reply.kind).toBe('fact');
    expect(out).toContain(fact.answer);
    const title = kb.knowledge.sources.get(fact.citation.source)!.title;
    expect(out).toMatch(new RegExp(`^Source: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, paragraphs? ${fact.citation.paragraphs.join(', ')} \\((high|medium|low) confidence\\)$`, 'm'));
    expect(reply.related.length).toBeGreaterThan(0);
    expect(out).toContain('\nRelated:\n');
    reply.related.forEach((r, i) => expect(out).toContain(`\n  ${i + 1}. ${r.question}`));
    expect(listener.answeredEvents).toHaveLength(1);
    expect(listener.answeredEvents[0]!.ctx).toEqual({ platform: 'console', userId: 'console', channelKind: 'dm' });

    const firstRelated = reply.related[0]!;
    const followUp = await session.type('1');
    expect(followUp).toContain(answerFact(firstRelated.id, kb)!.answer);
    const last = listener.answeredEvents.at(-1)!.reply;
    expect(last.kind === 'fact' && last.factId).toBe(firstRelated.id);
    expect(listener.answeredEvents).toHaveLength(2);

    session.input.end();
    await session.adapter.done;
  });

  test('after a no-match reply, "1" asks the first suggestion as text', async () => {
    const { kb, listener, session } = setup();
    await session.start();
    const offTopic = 'What is the recipe for chocolate cake?';
    const reply = answer(offTopic, kb);
    expect(reply.kind).toBe('none');
    expect(reply.suggestions.length).toBeGreaterThan(0);
    const out = await session.type(offTopic);
    expect(out).toContain('Did you mean:');
    expect(out).toContain(`  1. ${reply.suggestions[0]}`);
    await session.type('1');
    expect(listener.answeredEvents.at(-1)!.reply.question).toBe(reply.suggestions[0]);
    session.input.end();
    await session.adapter.done;
  });

  test('a number with nothing to pick, or out of range, is asked as a question', async () => {
    const { listener, session } = setup();
    await session.start();
    await session.type('7');
    expect(listener.answeredEvents.at(-1)!.reply.question).toBe('7');
    await session.type(STORED);
    await session.type('9');
    expect(listener.answeredEvents.at(-1)!.reply.question).toBe('9');
    session.input.end();
    await session.adapter.done;
  });

  test('/help shows the help text, the examples and the commands', async () => {
    const { kb, listener, session } = setup();
    await session.start();
    const out = await session.type('/help');
    const help = kb.knowledge.intents.find((i) => i.id === 'help')!.reply;
    expect(out).toContain(help);
    expect(out).toContain('Try asking:');
    expect(out).toContain(`  1. ${kb.knowledge.bot.examples[0]}`);
    expect(out).toContain('/good /bad');
    expect(out).toContain('/quit');
    expect(listener.answeredEvents).toEqual([]); // help is not a logged question
    expect(await session.type('  /HELP  ')).toContain(help);
    session.input.end();
    await session.adapter.done;
  });

  test('/good and /bad rate the last answer through bot.feedback', async () => {
    const { listener, session } = setup();
    await session.start();
    expect(await session.type('/good')).toContain('Nothing to rate yet: ask a question first.');
    expect(listener.votedEvents).toEqual([]);

    await session.type(STORED);
    const firstId = listener.answeredEvents[0]!.id;
    expect(await session.type('/good')).toContain('Thanks for the feedback!');
    expect(listener.votedEvents.map((v) => [v.id, v.vote, v.ctx.platform])).toEqual([[firstId, 'up', 'console']]);

    await session.type('How are you today, robot?');
    const secondId = listener.answeredEvents[1]!.id;
    expect(await session.type('/bad')).toContain('Thanks, noted');
    expect(listener.votedEvents.map((v) => [v.id, v.vote])).toEqual([
      [firstId, 'up'],
      [secondId, 'down'],
    ]);
    session.input.end();
    await session.adapter.done;
  });

  test('an unknown /command is named and the commands listed; nothing is asked', async () => {
    const { listener, session } = setup();
    await session.start();
    const out = await session.type('/frobnicate now please');
    expect(out).toContain('Unknown command /frobnicate.');
    expect(out).toContain('/help');
    expect(listener.answeredEvents).toEqual([]);
    session.input.end();
    await session.adapter.done;
  });

  test('an empty line just prompts again', async () => {
    const { listener, session } = setup();
    await session.start();
    expect(await session.type('   ')).toBe('');
    expect(listener.answeredEvents).toEqual([]);
    session.input.end();
    await session.adapter.done;
  });

  test('a failing bot does not end the session', async () => {
    const { session } = setup({
      bot: (bot) => ({
        ...bot,
        ask: () => {
          throw new Error('engine exploded');
        },
      }),
    });
    await session.start();
    expect(await session.type('Where is it?')).toContain('Sorry, something went wrong answering that (engine exploded).');
    expect(await session.type('/help')).toContain('/quit');
    session.input.end();
    await session.adapter.done;
  });

  test('end of input (Ctrl-D) resolves `done` and says goodbye', async () => {
    const { session } = setup();
    await session.start();
    await session.type(STORED);
    session.input.end();
    await session.adapter.done;
    expect(session.output().endsWith('Bye!\n')).toBe(true);
  });

  test('/quit resolves `done`; stop() after that resolves too', async () => {
    const { session } = setup();
    await session.start();
    session.input.write('/quit\n');
    await session.adapter.done;
    expect(session.output()).toContain('Bye!');
    await session.adapter.stop();
  });

  test('stop() ends a running session', async () => {
    const { session } = setup();
    await session.start();
    await session.adapter.stop();
    expect(session.output().endsWith('Bye!\n')).toBe(true);
  });

  test('notify() prints between prompts', async () => {
    const { session } = setup();
    await session.start();
    const from = session.output().length;
    session.adapter.notify('Knowledge reloaded.');
    expect(await session.waitFor((t) => t.includes('Knowledge reloaded.\n'), from)).toContain('\nKnowledge reloaded.\n');
    session.input.end();
    await session.adapter.done;
  });

  test('colour only when asked for (or on a TTY)', async () => {
    const { session } = setup({ color: true });
    await session.start();
    expect(await session.type(STORED)).toMatch(ANSI);
    session.input.end();
    await session.adapter.done;
  });
});
