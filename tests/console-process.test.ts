/**
 * The console chat as `npm start` runs it, a whole process: its output piped
 * into a reader that stops early (`npm start | head -1`), and a real
 * (pseudo-)terminal that the chat and the log share. Waits are for output,
 * bounded by timeouts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MINI_SOURCE, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { canRunInTerminal, startProduct, startProductInTerminal, type RunningProduct } from './helpers/product.ts';
import { terminalScreen } from './helpers/terminal.ts';

const running: RunningProduct[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) await p.cleanup();
});
afterAll(removeTempDirs);

describe('the console chat as a process', { timeout: 60_000 }, () => {
  it('`npm start | head -1`: the reader closing the pipe ends the chat quietly, exit 0', async () => {
    const product = startProduct({ KNOWLEDGE_DIR: writeKnowledge(miniFiles()), LOG_QUESTIONS: 'false' }, { stdin: 'pipe' });
    running.push(product);
    await product.waitForStdout((out) => out.endsWith('\n? '), 'the first prompt');
    // What head does after its first line: closes its end of the pipe. The answers then have nowhere to go.
    product.child.stdout!.destroy();
    product.child.stdin!.write('Where is the deposit?\nHow big is the deposit?\nWhat is BYD building?\n');
    const exit = await product.exited;
    await product.closed;
    expect(exit, product.stderr()).toMatchObject({ code: 0, signal: null });
    expect(product.stderr()).not.toMatch(/EPIPE|Error|at /);
  });

  it.runIf(canRunInTerminal)(
    'on a terminal, log lines go above the prompt and reload notices are shown once, by the chat',
    async () => {
      const dir = writeKnowledge(miniFiles());
      const product = startProductInTerminal({ KNOWLEDGE_DIR: dir, LOG_QUESTIONS: 'false' });
      running.push(product);
      /** The terminal's lines now. */
      const screen = (out = product.stdout()) => {
        const s = terminalScreen(100);
        s.write(out);
        return s.lines();
      };
      const until = (test: (lines: string[]) => boolean, what: string) => product.waitForStdout((out) => test(screen(out)), what);
      const atPrompt = (lines: string[]) => lines.at(-1) === '?';
      await until(atPrompt, 'the first prompt');

      // A valid edit: the chat says so (and the log, on the same terminal, does not say it again).
      const edited = MINI_SOURCE.replace('about 694 million tonnes', 'roughly 694 million tonnes');
      fs.writeFileSync(path.join(dir, 'mini-report.yaml'), edited);
      await until((l) => l.some((x) => x.startsWith('Knowledge reloaded:')) && atPrompt(l), 'the reload notice');

      // The folder removed: the log's warning (a log line, not a notice) goes above the prompt.
      fs.rmSync(dir, { recursive: true });
      await until((l) => l.some((x) => x.includes('knowledge folder is gone')) && l.some((x) => x.includes('NOT loaded')) && atPrompt(l), 'the folder gone');
      // And back, as it was last served.
      fs.mkdirSync(dir);
      for (const [name, text] of Object.entries(miniFiles({ 'mini-report.yaml': edited }))) fs.writeFileSync(path.join(dir, name), text);
      await until((l) => l.some((x) => x.includes('knowledge folder is back')) && l.some((x) => x.startsWith('Knowledge is valid again')) && atPrompt(l), 'the folder back');

      product.child.stdin!.write('/quit\r');
      const exit = await product.exited;
      await product.closed;
      expect(exit).toMatchObject({ code: 0, signal: null });
      const lines = screen();
      expect(lines.at(-1)).toBe('Bye!');
      // Said once: the chat's notice, not also the log's "knowledge reloaded".
      expect(lines.filter((l) => /knowledge reloaded/i.test(l))).toEqual(['Knowledge reloaded: 6 facts from 3 file(s).']);
      // Nothing printed after a prompt: every earlier prompt was cleared and drawn again below.
      expect(lines.filter((l) => l.startsWith('?'))).toEqual(['? /quit']);
      expect(lines.find((l) => l.includes('knowledge folder is gone'))).toMatch(/^\[[\d:.]+\] WARN/);
    },
  );
});
