/**
 * `review` as a real process, driven through its stdin and stdout (piped, as
 * over ssh with a script or in CI), on a temporary copy of a small knowledge
 * folder and a question log seeded through the store's own API; and once on a
 * (fake) terminal in-process, for the fact-id completion.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli.ts';
import { OUT_OF_SCOPE_FILE } from '../src/learn.ts';
import { openSqliteQuestionLog } from '../src/store/sqlite.ts';
import { runCliProcess } from './helpers/cli.ts';
import { loadOk, makeTempDir, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { answerEntry } from './helpers/questionLogContract.ts';
import { terminalScreen } from './helpers/terminal.ts';

afterAll(removeTempDirs);

const HOUR = 3_600_000;
const TONNAGE = 'What is the tonnage of Beylikova?';

/**
 * A log with, in the last day: the tonnage question ×4, a neodymium-price group
 * (×2 and a paraphrase ×1), a bread question ×1, and a 👎 on an answer; and an
 * old question (10 days ago) that `--since 7d` leaves out.
 */
async function seededLog(): Promise<string> {
  const file = path.join(makeTempDir('factbot-review-'), 'log.sqlite');
  const log = openSqliteQuestionLog(file);
  const now = Date.now();
  const none = { kind: 'none' as const, factId: null, confidence: 0.1 };
  const asked: [string, number, number][] = [
    [TONNAGE, 4, 1],
    ['what is the price of neodymium', 2, 2],
    ['neodymium price?', 1, 3],
    ['how do I bake bread', 1, 4],
    ['old question about gold', 1, 240],
  ];
  for (const [question, times, hoursAgo] of asked)
    for (let i = 0; i < times; i++) await log.recordAnswer(answerEntry({ question, at: new Date(now - (hoursAgo + i / 10) * HOUR), ...none }));
  const answered = answerEntry({ question: 'Who will buy the ore?', factId: 'deposit-size', confidence: 0.9, at: new Date(now - 5 * HOUR) });
  await log.recordAnswer(answered);
  await log.recordVote({ answerId: answered.id, user: 'u1', vote: 'down', at: new Date(now - 5 * HOUR) });
  await log.close();
  return file;
}

const review = (dir: string, db: string, stdin: string, ...args: string[]) => runCliProcess(['review', '--knowledge', dir, ...args], { stdin, env: { DATABASE_PATH: db } });

/** The block of output for the group whose heading contains `needle`. */
function block(stdout: string, needle: string): string {
  const blocks = stdout.split('\n\n');
  const found = blocks.find((b) => b.split('\n')[0]!.includes(needle));
  if (!found) throw new Error(`no group "${needle}" in:\n${stdout}`);
  return found;
}

describe('review, with piped input', () => {
  test('learns for a fact picked by id and for a candidate, marks the most asked question out of scope, skips; decided groups are not shown again', async () => {
    const dir = writeKnowledge(miniFiles());
    const db = await seededLog();
    const first = await review(dir, db, 'f deposit-size\no\nx\ns\n1\n', '--since', '7d');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const out = first.stdout;
    expect(out).toMatch(/^Review, since \S+ \S+ UTC: 4 group\(s\) to decide\. For each group, the most asked question is the one learned/);
    expect(out).not.toContain('gold');

    // Most asked first: the tonnage gap, what the bot does with it now, its candidates.
    const tonnage = block(out, '[1/4]');
    expect(tonnage).toMatch(/Gap: asked 4 times \(4 without an answer, 0 with a low-confidence one\)/);
    expect(tonnage).toContain(`   4×  ${TONNAGE}`);
    expect(tonnage).toMatch(/The bot now (answers it with fact "\S+"|declines it)/);
    expect(tonnage).toMatch(/\n    1  [a-z-]+ +\d\.\d\d  \S/);
    expect(tonnage).toContain(`✓ Learned "${TONNAGE}" as a stored question of fact "deposit-size"`);

    // The paraphrase group: its most asked phrasing is the one marked out of scope.
    const price = block(out, '[2/4]');
    expect(price).toContain('     2×  what is the price of neodymium\n     1×  neodymium price?');
    expect(price).toContain('✓ Marked "what is the price of neodymium" as out of scope');
    expect(fs.readFileSync(path.join(dir, OUT_OF_SCOPE_FILE), 'utf8')).toMatch(/\nout_of_scope:\n {2}- what is the price of neodymium\n$/);

    const bread = block(out, '[3/4]');
    expect(bread).toContain('"x" is not a choice; type one of: ');

    // The 👎: its candidate 1, whichever fact that is, gets the question.
    const down = block(out, '[4/4]');
    expect(down).toMatch(/👎 on fact "deposit-size": 1 down, 0 up/);
    const candidate = /\n {4}1 {2}([a-z-]+) /.exec(down)?.[1];
    expect(candidate).toBeDefined();
    expect(down).toContain(`✓ Learned "Who will buy the ore?" as a stored question of fact "${candidate}"`);

    expect(out).toContain('Summary: learned 2, out of scope 1, skipped 1.\n');
    const knowledge = loadOk(dir);
    expect(knowledge.facts.find((f) => f.id === 'deposit-size')!.questions.at(-1)).toBe(TONNAGE);
    expect(knowledge.facts.find((f) => f.id === candidate)!.questions).toContain('Who will buy the ore?');
    expect(knowledge.outOfScope).toEqual(['what is the price of neodymium']);

    // Again, all time: what was decided is left out; the skipped group and the old one are asked again. `q` quits.
    const second = await review(dir, db, 's\nq\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Review, all recorded time: 2 group\(s\) to decide \(3 left out: their question is already a stored question or out of scope\)\./);
    expect(second.stdout).not.toMatch(/tonnage|neodymium|Who will buy/);
    expect(block(second.stdout, '[1/2]')).toContain('how do I bake bread');
    expect(block(second.stdout, '[2/2]')).toContain('old question about gold');
    expect(second.stdout).toContain('Summary: learned 0, out of scope 0, skipped 1; 1 not reviewed (run review again for them).\n');
    expect(second.stdout).not.toContain('The knowledge at');
  });

  test('a follow-up gap is reviewed as the whole question it was read as, and that is what is learned', async () => {
    const dir = writeKnowledge(miniFiles());
    const db = path.join(makeTempDir('factbot-review-'), 'log.sqlite');
    const log = openSqliteQuestionLog(db);
    const reading = 'who owns the deposit?';
    const none = { kind: 'none' as const, factId: null, confidence: 0.1, at: new Date(Date.now() - HOUR) };
    await log.recordAnswer(answerEntry({ ...none, question: 'and who owns it', readingAs: reading, readingQuestion: reading }));
    // Asked with nothing before it: not a gap to review.
    await log.recordAnswer(answerEntry({ ...none, question: 'and when?' }));
    await log.close();
    const run = await review(dir, db, 'f deposit-location\n');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Review, all recorded time: 1 group\(s\) to decide\./);
    const group = block(run.stdout, '[1/1]');
    expect(group).toContain(`   1×  ${reading}  (typed "and who owns it" after another question)`);
    expect(group).toContain(`✓ Learned "${reading}" as a stored question of fact "deposit-location"`);
    expect(loadOk(dir).facts.find((f) => f.id === 'deposit-location')!.questions.at(-1)).toBe(reading);
  });

  test('a refused choice is said and asked again; the end of input ends the review with its summary', async () => {
    const dir = writeKnowledge(miniFiles());
    const db = await seededLog();
    const before = fs.readFileSync(path.join(dir, 'mini-report.yaml'), 'utf8');
    const run = await review(dir, db, 'f deposit-sise\nf\n\n9\n', '--since', '7d');
    expect(run.code).toBe(0);
    const first = block(run.stdout, '[1/4]');
    expect(first).toContain('✗ No fact "deposit-sise" in the knowledge at');
    expect(first).toContain('did you mean "deposit-size"?');
    // `f` then an empty id: back to the choices.
    expect(first).toContain('Fact id (empty: back): \n  1');
    expect(first).toContain('"9" is not a choice');
    expect(run.stdout).toContain('Summary: learned 0, out of scope 0, skipped 0; 4 not reviewed (run review again for them).\n');
    expect(fs.readFileSync(path.join(dir, 'mini-report.yaml'), 'utf8')).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['bot.yaml', 'mini-report.yaml', 'synonyms.yaml']);
  });

  test('knowledge that does not load, or a bad --since: exit 1 or 2 with one line', async () => {
    const db = await seededLog();
    const broken = writeKnowledge(miniFiles({ 'bot.yaml': 'bot: {}\n' }));
    const run = await review(broken, db, '');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/review: the knowledge at .* does not load, so nothing can be learned into it; run `check`/);
    const since = await review(writeKnowledge(miniFiles()), db, '', '--since', '7w');
    expect(since.code).toBe(2);
    expect(since.stderr).toMatch(/^--since: expected a number of days or hours such as 7d or 12h, got "7w"/);
  });
});

describe('review on a terminal', () => {
  test('f, then Tab completes the fact id', { timeout: 20_000 }, async () => {
    const dir = writeKnowledge(miniFiles());
    const db = await seededLog();
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    const stderr = new PassThrough();
    const screen = terminalScreen(120);
    const waiters = new Set<() => void>();
    stdout.setEncoding('utf8').on('data', (chunk: string) => {
      screen.write(chunk);
      for (const w of [...waiters]) w();
    });
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
    const done = runCli(['review', '--since', '7d', '--knowledge', dir], { stdin, stdout, stderr, env: { DATABASE_PATH: db } });
    await until((l) => l.at(-1) === '>');
    stdin.write('f\r');
    await until((l) => l.at(-1)!.startsWith('Fact id (Tab completes; empty: back):'));
    // Key by key, as typed; then Tab.
    for (const key of 'deposit-si') stdin.write(key);
    stdin.write('\t');
    await until((l) => l.at(-1) === 'Fact id (Tab completes; empty: back): deposit-size');
    stdin.write('\r');
    await until((l) => l.some((x) => x.includes(`✓ Learned "${TONNAGE}" as a stored question of fact "deposit-size"`)) && l.at(-1) === '>');
    stdin.write('q\r');
    expect(await done).toBe(0);
    expect(screen.lines()).toContain('Summary: learned 1, out of scope 0, skipped 0; 3 not reviewed (run review again for them).');
    expect(loadOk(dir).facts.find((f) => f.id === 'deposit-size')!.questions.at(-1)).toBe(TONNAGE);
  });
});
