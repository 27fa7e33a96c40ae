/**
 * The console adapter: a readline chat in a terminal. Streams are injected so
 * tests drive it exactly as a person would, through its input and output.
 */
import { randomUUID } from 'node:crypto';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Adapter } from '../../src/adapter.ts';
import { isHelpRequest, type Bot, type BotAnswer } from '../../src/bot.ts';
import type { Reply } from '../../src/reply.ts';
import { followUpsOf, renderText } from './render.ts';

/** Options for {@link createConsoleAdapter}. */
export interface ConsoleAdapterOptions {
  bot: Bot;
  input: Readable;
  output: Writable;
  /** ANSI colours; default: when the output is a TTY. */
  color?: boolean;
}

/** A console adapter; `done` resolves when the person leaves (/quit, Ctrl-D, Ctrl-C). */
export interface ConsoleAdapter extends Adapter {
  readonly done: Promise<void>;
  /** Prints a notice between prompts (e.g. "knowledge reloaded"). */
  notify(message: string): void;
  /**
   * Runs `write`, which prints to the same terminal (a log line on stderr), above the
   * prompt: on a terminal the prompt line is cleared first and drawn again after, with
   * what the person was typing, so the output never lands after `? `.
   */
  aboveThePrompt(write: () => void): void;
}

const COMMANDS = '/help  what I know and how to ask · /good /bad  rate the last answer · /quit  leave (or Ctrl-D)';

/** Creates the console adapter. */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const { bot, input, output } = options;
  const color = options.color ?? Boolean((output as { isTTY?: boolean }).isTTY);
  let rl: readline.Interface | undefined;
  // The last answer, which /good and /bad rate; and the last reply shown (an answer or the help),
  // whose numbered follow-ups a bare number picks.
  let last: BotAnswer | undefined;
  let shown: Reply | undefined;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  // One conversation per session: a follow-up ("and when?") is read with the last question answered here.
  const ctx = { platform: 'console' as const, userId: 'console', channelKind: 'dm' as const, conversationId: `console:${process.pid}:${randomUUID()}` };
  const print = (text: string) => output.write(`${text}\n`);
  // Set on /quit, Ctrl-D or stop(): lines readline has read past that point (piped input) are dropped, not answered.
  let closed = false;

  const aboveThePrompt = (write: () => void) => {
    if (!rl || closed || !rl.terminal) {
      write();
      return;
    }
    // Up to where the prompt starts (a long line wraps), then clear it and what follows.
    const { rows } = rl.getCursorPos();
    readline.moveCursor(output, 0, -rows);
    readline.cursorTo(output, 0);
    readline.clearScreenDown(output);
    write();
    // readline redraws from as many rows up as the cursor was in the prompt: blank rows
    // take that place, so what was just written stays.
    if (rows > 0) output.write('\n'.repeat(rows));
    rl.prompt(true);
  };

  const handle = (line: string) => {
    // readline still hands over the rest of a chunk it has read after close().
    if (closed) return;
    const text = line.trim();
    const command = text.toLowerCase();
    if (command === '/quit' || command === '/exit' || command === '/q') {
      rl?.close();
      return;
    }
    if (command === '/good' || command === '/bad') {
      if (!last) print('Nothing to rate yet: ask a question first.');
      else {
        bot.feedback(last.id, command === '/good' ? 'up' : 'down', ctx);
        print(command === '/good' ? 'Thanks for the feedback! 👍' : 'Thanks, noted: a maintainer will look at it. 👎');
      }
    } else if (command.startsWith('/') && !isHelpRequest(text)) {
      // "/help" and "/about" are help requests as on every platform (the Bot's rule); any other slash is a mistyped command.
      print(`Unknown command ${text.split(' ')[0]}. ${COMMANDS}`);
    } else if (text !== '') {
      // An empty line is only Enter pressed, not a message: it just prompts again.
      // A bare number picks one of the follow-ups the last reply shown offered. One out of their
      // range is a slip, not a question: asked, it would only land in the gaps report.
      const offered = shown ? followUpsOf(shown) : [];
      const number = /^\d{1,2}$/.test(text) && offered.length > 0 ? Number(text) : undefined;
      if (number !== undefined && (number < 1 || number > offered.length)) {
        const range = offered.length === 1 ? '1' : `a number from 1 to ${offered.length}`;
        print(`Type ${range} to ask ${offered.length === 1 ? 'the question' : 'one of the questions'} above, or type a question.`);
      } else {
        const pick = number !== undefined ? offered[number - 1] : undefined;
        // A related question picked from a Turkish reply is answered in Turkish, as it was offered.
        const result = pick?.factId ? bot.askFact(pick.factId, { ...ctx, locale: shown?.language ?? 'en' }) : bot.answer(pick ? pick.question : text, ctx);
        shown = result.reply;
        print(renderText(result.reply, { color }));
        // Help has no id (nothing to rate); with it, the chat's own commands.
        if (result.id === undefined) print(COMMANDS);
        else last = result;
      }
    }
    rl?.prompt();
  };

  return {
    name: 'console',
    done,
    notify(message) {
      if (rl?.terminal && !closed) aboveThePrompt(() => print(message));
      else {
        print(`\n${message}`);
        if (!closed) rl?.prompt(true);
      }
    },
    aboveThePrompt,
    async start() {
      rl = readline.createInterface({ input, output, terminal: Boolean((input as { isTTY?: boolean }).isTTY) && Boolean((output as { isTTY?: boolean }).isTTY) });
      rl.setPrompt(color ? '\u001b[1m? \u001b[22m' : '? ');
      const { name, topic } = bot.about();
      print(`${name}: ask me about ${topic}.`);
      print(`Type a question, or ${COMMANDS}`);
      rl.on('line', (line) => {
        try {
          handle(line);
        } catch (err) {
          // One bad message must not end the session.
          print(`Sorry, something went wrong answering that (${err instanceof Error ? err.message : String(err)}).`);
          rl?.prompt();
        }
      });
      // Ctrl-C on a terminal: leave cleanly like Ctrl-D.
      rl.on('SIGINT', () => rl?.close());
      rl.on('close', () => {
        closed = true;
        print('Bye!');
        resolveDone();
      });
      rl.prompt();
    },
    async stop() {
      rl?.close();
      await done;
    },
  };
}
