/**
 * The console adapter, driven through PassThrough streams with the real bot
 * over the real knowledge.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createConsoleAdapter } from '../adapters/console/index.ts';
import { answer, answerFact } from '../src/engine/answer.ts';
import { createBot, type Bot } from '../src/bot.ts';
import type { FactReply } from '../src/reply.ts';
import { consoleSession } from './helpers/console.ts';
import { realKb } from './helpers/knowledge.ts';
import { recordingListener } from './helpers/listener.ts';
import { terminalScreen } from './helpers/terminal.ts';

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

  test('a follow-up is read with the question before it in the session, and the reading is shown (dim on a colour terminal)', async () => {
    const { session } = setup({ color: true });
    await session.start();
    await session.type('who is leading the delegation to China?');
    const out = await session.type('and when?');
    expect(out).toContain('\u001b[2mReading this as: when is the delegation to China?\u001b[22m');
    expect(out).toContain(answerFact('october-delegation', realKb())!.answer);
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
    expect(listener.answeredEvents[0]!.ctx).toEqual({ platform: 'console', userId: 'console', channelKind: 'dm', conversationId: expect.stringMatching(/^console:/) });

    const firstRelated = reply.related[0]!;
    const followUp = await session.type('1');
    expect(followUp).toContain(answerFact(firstRelated.id, kb)!.answer);
    const last = listener.answeredEvents.at(-1)!.reply;
    expect(last.kind === 'fact' && last.factId).toBe(firstRelated.id);
    expect(listener.answeredEvents).toHaveLength(2);

    session.input.end();
    await session.adapter.done;
  });

  test('"1" after a Turkish answer asks its first related question in Turkish', async () => {
    const { listener, session } = setup();
    await session.start();
    await session.type('Beylikova nerede?');
    const first = listener.answeredEvents.at(-1)!.reply;
    expect(first.kind === 'fact' && first.language).toBe('tr');
    expect(first.kind === 'fact' && first.related.length).toBeGreaterThan(0);
    await session.type('1');
    const picked = listener.answeredEvents.at(-1)!.reply;
    expect(picked.kind === 'fact' && picked.factId).toBe(first.kind === 'fact' ? first.related[0]!.id : '');
    expect(picked.language).toBe('tr');
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

  test('a number with nothing to pick is asked as a question', async () => {
    const { listener, session } = setup();
    await session.start();
    await session.type('7');
    expect(listener.answeredEvents.at(-1)!.reply.question).toBe('7');
    session.input.end();
    await session.adapter.done;
  });

  test('a number out of the range offered says which numbers are valid; nothing is asked, the offer stands', async () => {
    const { kb, listener, session } = setup();
    await session.start();
    await session.type(STORED);
    const offered = (answer(STORED, kb) as FactReply).related;
    expect(offered).toHaveLength(3);
    for (const typed of ['9', '0', '4', '12']) {
      expect(await session.type(typed)).toBe('Type a number from 1 to 3 to ask one of the questions above, or type a question.\n');
    }
    expect(listener.answeredEvents).toHaveLength(1);
    await session.type('3');
    expect(listener.answeredEvents).toHaveLength(2);
    const picked = listener.answeredEvents.at(-1)!.reply;
    expect(picked.kind === 'fact' && picked.factId).toBe(offered[2]!.id);
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

  test('every form of the Bot\'s help rule shows the help and the commands; none is asked, and a number then picks an example', async () => {
    const { kb, listener, session } = setup();
    await session.start();
    const help = kb.knowledge.intents.find((i) => i.id === 'help')!.reply;
    for (const typed of ['help', 'Help?', '?', 'about', '/about', '/?']) {
      const out = await session.type(typed);
      expect(out, typed).toContain(help);
      expect(out, typed).toContain('/quit');
    }
    expect(listener.answeredEvents).toEqual([]);
    expect(listener.votedEvents).toEqual([]);
    // The numbers shown under the help are its examples: "1" asks the first.
    await session.type('1');
    expect(listener.answeredEvents.map((e) => e.reply.question)).toEqual([kb.knowledge.bot.examples[0]]);
    // Help is not an answer to rate: /good rates the last answer, here the example just asked.
    await session.type('help');
    await session.type('/good');
    expect(listener.votedEvents.map((v) => v.id)).toEqual([listener.answeredEvents[0]!.id]);
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

  test('/quit stops at once: lines after it (piped input) are neither answered nor logged', async () => {
    const { listener, session } = setup();
    await session.start();
    session.input.write(`${STORED}\n/quit\n${STORED}\n/good\nWhen was it discovered?\n`);
    await session.adapter.done;
    expect(listener.answeredEvents).toHaveLength(1);
    expect(listener.votedEvents).toEqual([]);
    expect(session.output().endsWith('Bye!\n')).toBe(true);
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

/** The adapter on a (fake) terminal: readline in terminal mode, its output read off a screen. */
function terminalSession(columns = 80) {
  const { bot, listener } = setup();
  const input = Object.assign(new PassThrough(), { isTTY: true });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns });
  const screen = terminalScreen(columns);
  const waiters = new Set<() => void>();
  output.setEncoding('utf8').on('data', (chunk: string) => {
    screen.write(chunk);
    for (const w of [...waiters]) w();
  });
  const adapter = createConsoleAdapter({ bot, input, output, color: false });
  /** Resolves with the screen's lines once they satisfy `test`. */
  const until = (test: (lines: string[]) => boolean) =>
    new Promise<string[]>((resolve) => {
      const check = () => {
        if (!test(screen.lines())) return;
        waiters.delete(check);
        resolve(screen.lines());
      };
      waiters.add(check);
      check();
    });
  return { adapter, input, output, listener, screen, until };
}

describe('console adapter on a terminal', { timeout: 5000 }, () => {
  test('a log line written meanwhile goes above the prompt, which is drawn again with what was being typed', async () => {
    const t = terminalSession();
    await t.adapter.start();
    await t.until((l) => l.at(-1) === '?');
    t.input.write('wher');
    await t.until((l) => l.at(-1) === '? wher');
    const log = '[12:00:00.000] WARN: question log unavailable';
    // What the log does: writes to the same terminal (stderr), here the same stream.
    t.adapter.aboveThePrompt(() => t.output.write(`${log}\n`));
    const lines = await t.until((l) => l.includes(log) && l.at(-1) === '? wher');
    expect(lines.slice(-2)).toEqual([log, '? wher']);
    // No prompt left behind with the log line after it.
    expect(lines.filter((l) => l.startsWith('?'))).toEqual(['? wher']);
    // What was typed before the log line is still what is asked.
    t.input.write('e is the deposit?\r');
    await t.until(() => t.listener.answeredEvents.length === 1);
    expect(t.listener.answeredEvents[0]!.reply.question).toBe('where is the deposit?');
    await t.adapter.stop();
  });

  test('a typed line longer than the terminal is wide: the log line stays whole, the prompt follows it', async () => {
    const t = terminalSession(24);
    await t.adapter.start();
    // Key by key, as a person types (readline loses track of the row on a long paste).
    for (const key of 'where is the rare earth deposit') t.input.write(key);
    const wrapped = ['? where is the rare eart', 'h deposit'];
    await t.until((l) => l.slice(-2).join('|') === wrapped.join('|'));
    t.adapter.aboveThePrompt(() => t.output.write('LOG ONE\nLOG TWO\n'));
    const lines = await t.until((l) => l.includes('LOG TWO') && l.slice(-2).join('|') === wrapped.join('|'));
    expect(lines.slice(-4)).toEqual(['LOG ONE', 'LOG TWO', ...wrapped]);
    expect(lines.filter((l) => l.startsWith('?'))).toEqual([wrapped[0]]);
    await t.adapter.stop();
  });

  test('notify() shows the notice above the prompt, not after it', async () => {
    const t = terminalSession();
    await t.adapter.start();
    t.input.write('byd');
    await t.until((l) => l.at(-1) === '? byd');
    t.adapter.notify('Knowledge reloaded: 7 facts from 3 file(s).');
    const lines = await t.until((l) => l.includes('Knowledge reloaded: 7 facts from 3 file(s).') && l.at(-1) === '? byd');
    expect(lines.slice(-2)).toEqual(['Knowledge reloaded: 7 facts from 3 file(s).', '? byd']);
    expect(lines.filter((l) => l.startsWith('?'))).toEqual(['? byd']);
    await t.adapter.stop();
  });
});
