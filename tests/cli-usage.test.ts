/**
 * The CLI's answers to mistakes, run in-process (runCli with captured streams):
 * a usage error is one line and a hint, `ask` never waits silently on a
 * terminal, `batch` points to `ask --json`, and `synth` never overwrites a
 * folder that holds something unless told to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { captureIo } from './helpers/io.ts';
import { makeTempDir, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';

afterAll(removeTempDirs);

const HINT = 'Run `npm run -s factbot -- help` for the commands and their options.';

/** Captured streams whose stdin is (or is not) a terminal. */
function io(options: { tty?: boolean; stdin?: string } = {}) {
  const captured = captureIo();
  if (options.tty) Object.assign(captured.stdin, { isTTY: true });
  return captured;
}

describe('usage errors: one line saying what is wrong, and a hint', () => {
  test.each([
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [['ask', '--frobnicate', 'q'], "Unknown option '--frobnicate'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--frobnicate\""],
    [['synth', '--facts', 'many', '--out', 'x'], 'Usage: synth --facts N --out DIR [--seed S] [--force]   (N from 1 to 1,000,000; S an integer)'],
    [['ask', '--explain'], 'Usage: ask --explain "question"'],
  ])('%j', async (argv, line) => {
    const c = io();
    expect(await runCli(argv, c)).toBe(2);
    expect(c.err()).toBe(`${line}\n${HINT}\n`);
    expect(c.out()).toBe('');
  });

  test('"batch" is not a command: the answer says what batch mode is', async () => {
    const c = io();
    expect(await runCli(['batch'], c)).toBe(2);
    expect(c.err()).toBe(
      'Unknown command "batch". Batch mode is `ask --json` with one question per line on stdin, e.g. ' +
        '`npm run -s factbot -- ask --json < questions.txt`.\n' +
        `${HINT}\n`,
    );
  });

  test('help, and no command at all, still print the whole usage', async () => {
    const help = io();
    expect(await runCli(['help'], help)).toBe(0);
    expect(help.out()).toContain('Usage: npm run -s factbot -- <command> [options]');
    expect(help.out()).toContain('--force');
    const none = io();
    expect(await runCli([], none)).toBe(2);
    expect(none.err()).toContain('Usage: npm run -s factbot -- <command> [options]');
  });
});

describe('ask without a question', () => {
  test.each([[['ask']], [['ask', '--json']]])('%j on a terminal: the usage, not a silent wait for stdin', async (argv) => {
    const c = io({ tty: true });
    expect(await runCli(argv, c)).toBe(2);
    expect(c.err()).toBe(`Usage: ask "question", or ask --json with one question per line on stdin\n${HINT}\n`);
    expect(c.out()).toBe('');
  });

  test('stdin not a terminal: one question per line, answered in order (batch mode)', async () => {
    const c = captureIo({ KNOWLEDGE_DIR: writeKnowledge(miniFiles()) });
    const stdin = new (await import('node:stream')).PassThrough();
    stdin.end('Where is the deposit?\nWhat is BYD building?\n');
    expect(await runCli(['ask', '--json'], { ...c, stdin })).toBe(0);
    expect(c.out().trim().split('\n').map((l) => (JSON.parse(l) as { factId: string }).factId)).toEqual(['deposit-location', 'byd-factory']);
  });
});

describe('synth --out', () => {
  const synth = (out: string, ...more: string[]) => ['synth', '--facts', '20', '--out', out, ...more];

  test('a folder that holds files (a knowledge folder) is refused without --force, and left as it was', async () => {
    const dir = writeKnowledge(miniFiles({ 'smalltalk.yaml': '# curated\n', 'synonyms.yaml': '# curated synonyms\n' }));
    const before = Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    const c = io();
    expect(await runCli(synth(dir), c)).toBe(2);
    expect(c.err()).toBe(
      `synth: ${dir} is not empty (4 entries); writing there would overwrite smalltalk.yaml and synonyms.yaml. ` +
        'Choose a new or empty folder, or add --force to write into it anyway.\n',
    );
    expect(c.out()).toBe('');
    expect(Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]))).toEqual(before);
  });

  test('with --force it writes into it', async () => {
    const dir = writeKnowledge({ 'notes.txt': 'kept\n' });
    const c = io();
    expect(await runCli(synth(dir, '--force'), c)).toBe(0);
    expect(c.err()).toBe('');
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('kept\n');
    expect(loadKnowledge(dir).ok).toBe(true);
  });

  test('a new folder, or an empty one, is written without --force', async () => {
    for (const dir of [path.join(makeTempDir(), 'new', 'synthetic'), makeTempDir()]) {
      const c = io();
      expect(await runCli(synth(dir), c), c.err()).toBe(0);
      expect(c.out()).toMatch(/^Wrote 20 facts in \d+ files to /);
      expect(loadKnowledge(dir).ok).toBe(true);
    }
  });

  test('a file where the folder should be is refused, --force or not', async () => {
    const file = path.join(makeTempDir(), 'a-file');
    fs.writeFileSync(file, 'x');
    for (const more of [[], ['--force']]) {
      const c = io();
      expect(await runCli(synth(file, ...more), c)).toBe(2);
      expect(c.err()).toBe(`synth: ${file} is a file, not a folder.\n`);
    }
  });
});
