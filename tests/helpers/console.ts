/**
 * Drives the console adapter through PassThrough streams, the way a person
 * types: write a line, wait for the next prompt, read what was printed.
 */
import { PassThrough } from 'node:stream';
import { createConsoleAdapter, type ConsoleAdapter } from '../../adapters/console/index.ts';
import type { Bot } from '../../src/bot.ts';

export interface ConsoleSession {
  adapter: ConsoleAdapter;
  input: PassThrough;
  /** Everything printed so far. */
  output(): string;
  /** Starts the adapter; resolves with the banner once the first prompt is shown. */
  start(): Promise<string>;
  /** Types a line; resolves with what was printed up to (not including) the next prompt. */
  type(line: string): Promise<string>;
  /** Resolves once the printed text (from `from`) satisfies `test`. */
  waitFor(test: (text: string) => boolean, from?: number): Promise<string>;
}

/** The prompt, plain or bold, at the end of the output: the only output not ending in a newline. */
const PROMPT_AT_END = /(?:^|\n)(?:\u001b\[1m)?\? (?:\u001b\[22m)?$/;

export function consoleSession(bot: Bot, options: { color?: boolean } = {}): ConsoleSession {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  const waiters = new Set<() => void>();
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    text += chunk;
    for (const w of [...waiters]) w();
  });
  const adapter = createConsoleAdapter({ bot, input, output, ...(options.color === undefined ? {} : { color: options.color }) });

  const waitFor = (test: (t: string) => boolean, from = 0) =>
    new Promise<string>((resolve) => {
      const check = () => {
        const t = text.slice(from);
        if (test(t)) {
          waiters.delete(check);
          resolve(t);
        }
      };
      waiters.add(check);
      check();
    });
  const untilPrompt = async (from: number) => {
    const t = await waitFor((s) => PROMPT_AT_END.test(s), from);
    return t.replace(/(?:\u001b\[1m)?\? (?:\u001b\[22m)?$/, '');
  };

  return {
    adapter,
    input,
    output: () => text,
    async start() {
      await adapter.start();
      return untilPrompt(0);
    },
    type(line) {
      const from = text.length;
      input.write(`${line}\n`);
      return untilPrompt(from);
    },
    waitFor,
  };
}
