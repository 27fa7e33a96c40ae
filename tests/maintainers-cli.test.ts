/**
 * The maintainers' loop as real processes: `npm start` (console chat) records
 * questions and votes in SQLite and reloads edited knowledge; `gaps`, `stats`
 * and `purge` read the same file. Processes run concurrently; every wait is
 * for output (bounded), never a fixed time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli.ts';
import { openSqliteQuestionLog } from '../src/store/sqlite.ts';
import { runCliProcess } from './helpers/cli.ts';
import { MINI_SOURCE, REPO_ROOT, makeTempDir, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { answerEntry } from './helpers/questionLogContract.ts';

const DAY = 86_400_000;
let miniDir: string;
beforeAll(() => {
  miniDir = writeKnowledge(miniFiles());
});
afterAll(removeTempDirs);

/** A seeded log: recent paraphrases and answers, plus old rows that `--since 7d` and `purge` leave out. */
async function seededDb(): Promise<string> {
  const file = path.join(makeTempDir('factbot-cli-'), 'log.sqlite');
  const log = openSqliteQuestionLog(file);
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const none = { kind: 'none' as const, factId: null, confidence: 0.1 };
  for (const [question, daysAgo] of [
    ['what is the price of neodymium', 1],
    ['neodymium price?', 2],
    ['price of neodymium', 3],
    ['how do I bake bread', 1],
    ['old question about gold', 10],
    ['old question about gold', 11],
  ] as const) {
    await log.recordAnswer(answerEntry({ question, at: at(daysAgo), ...none }));
  }
  const answered = answerEntry({ question: 'How big is the deposit?', factId: 'deposit-size', at: at(1), platform: 'discord', latencyMs: 2 });
  await log.recordAnswer(answered);
  await log.recordVote({ answerId: answered.id, user: 'u1', vote: 'down', at: at(1) });
  const old = answerEntry({ question: 'Where is the deposit?', at: at(20) });
  await log.recordAnswer(old);
  await log.recordVote({ answerId: old.id, user: 'u1', vote: 'up', at: at(20) });
  await log.close();
  return file;
}

/** Runs the CLI in this process (the same `runCli` the entry point calls), capturing its output. */
async function cli(args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, done) { append(String(chunk)); done(); } });
  const code = await runCli(args, {
    stdin: Readable.from([]),
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env,
  });
  return { code, stdout, stderr };
}

describe('gaps, stats and purge', () => {
  test('gaps --since 7d --json groups the recent paraphrases and lists the 👎 facts', async () => {
    const file = await seededDb();
    const run = await cli(['gaps', '--since', '7d', '--json'], { DATABASE_PATH: file, KNOWLEDGE_DIR: miniDir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.questions).toBe(4);
    expect(report.groups.map((g: { phrasings: { question: string }[] }) => g.phrasings.map((p) => p.question).sort())).toEqual([
      ['neodymium price?', 'price of neodymium', 'what is the price of neodymium'],
      ['how do I bake bread'],
    ]);
    expect(report.downvotedFacts).toEqual([{ factId: 'deposit-size', down: 1, up: 0, known: true, questions: [{ question: 'How big is the deposit?', count: 1 }] }]);
  });

  test('gaps (text, all time) prints the tables', async () => {
    const file = await seededDb();
    const run = await cli(['gaps'], { DATABASE_PATH: file, KNOWLEDGE_DIR: miniDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Gaps, all recorded time: 6 question\(s\) without a good answer, in 3 group\(s\)\./);
    expect(run.stdout).toMatch(/\n\s+1\s+3\s+3\s+0\s+\S+ \S+\s+.*neodymium/);
    expect(run.stdout).toMatch(/\n\s+2\s+2\s+2\s+0\s+\S+ \S+\s+old question about gold/);
    expect(run.stdout).toContain('Facts with the most 👎');
  });

  test('stats --json and text', async () => {
    const file = await seededDb();
    const json = await cli(['stats', '--json', '--since', '7d'], { DATABASE_PATH: file });
    const text = await cli(['stats'], { DATABASE_PATH: file });
    expect(json.code).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(r.total).toMatchObject({ questions: 5, typed: 5, answered: 1, none: 4, answeredRate: 0.2 });
    expect(r.platforms.map((p: { platform: string; questions: number }) => [p.platform, p.questions])).toEqual([['slack', 4], ['discord', 1]]);
    expect(r.topFacts).toEqual([{ factId: 'deposit-size', answers: 1, up: 0, down: 1 }]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Stats, all recorded time: 8 question\(s\)/);
    expect(text.stdout).toContain('Per platform');
    expect(text.stdout).toContain('Per day (UTC)');
  });

  test('purge --older-than 7d deletes older questions and their votes', async () => {
    const file = await seededDb();
    const run = await cli(['purge', '--older-than', '7d'], { DATABASE_PATH: file });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Deleted 3 question\(s\) and 1 vote\(s\) recorded before \d{4}-\d\d-\d\dT/);
    const log = openSqliteQuestionLog(file);
    expect((await log.questions()).map((q) => q.question).sort()).toEqual(
      ['How big is the deposit?', 'how do I bake bread', 'neodymium price?', 'price of neodymium', 'what is the price of neodymium'].sort(),
    );
    expect(await log.votes()).toHaveLength(1);
    await log.close();
  });

  test('bad or missing durations exit 2 with a message; a missing log is an empty report', async () => {
    const missing = path.join(makeTempDir('factbot-cli-'), 'none.sqlite');
    const badSince = await cli(['gaps', '--since', '7w'], { DATABASE_PATH: missing });
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toMatch(/--since: expected a number of days or hours such as 7d or 12h, got "7w"/);
    const noAge = await cli(['purge'], { DATABASE_PATH: missing });
    expect(noAge.code).toBe(2);
    expect(noAge.stderr).toMatch(/purge needs --older-than/);
    expect((await cli(['purge', '--older-than', 'soon'], { DATABASE_PATH: missing })).code).toBe(2);
    expect((await cli(['stats'], { DATABASE_PATH: missing, LOG_QUESTIONS: 'maybe' })).code).toBe(2);
    const empty = await cli(['stats'], { DATABASE_PATH: missing });
    expect(empty.code).toBe(0);
    expect(empty.stderr).toMatch(/No question log at .*none\.sqlite/);
    expect(empty.stdout).toMatch(/^Stats, all recorded time: 0 question\(s\)/);
    const emptyJson = await cli(['gaps', '--json'], { DATABASE_PATH: missing, KNOWLEDGE_DIR: miniDir });
    expect(emptyJson.code).toBe(0);
    expect(JSON.parse(emptyJson.stdout)).toMatchObject({ questions: 0, groups: [], downvotedFacts: [] });
    const nothing = await cli(['purge', '--older-than', '30d'], { DATABASE_PATH: missing });
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toMatch(/Nothing to purge/);
    expect(fs.existsSync(missing)).toBe(false);
  });

  test('help lists the new commands', async () => {
    const run = await cli(['help'], {});
    expect(run.stdout).toMatch(/gaps \[--since 7d\] \[--json\]/);
    expect(run.stdout).toMatch(/stats \[--since 7d\] \[--json\]/);
    expect(run.stdout).toMatch(/purge --older-than 30d/);
  });
});

// ---- npm start ----------------------------------------------------------------

interface Chat {
  send(line: string): void;
  /** Resolves once stdout (from `from`) matches; rejects after 10 s. */
  waitOut(re: RegExp, from?: number): Promise<string>;
  stdout(): string;
  stderr(): string;
  exit: Promise<number | null>;
}

function startChat(env: Record<string, string>): Chat {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', LOG_LEVEL: 'info', ...env };
  delete fullEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: REPO_ROOT, env: fullEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const poke = () => {
    for (const w of [...waiters]) w();
  };
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    out += c;
    poke();
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    err += c;
    poke();
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    send: (line) => child.stdin.write(`${line}\n`),
    stdout: () => out,
    stderr: () => err,
    exit,
    waitOut(re, from = 0) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          child.kill();
          reject(new Error(`timed out waiting for ${re}; stdout:\n${out}\nstderr:\n${err}`));
        }, 30_000);
        const check = () => {
          const text = out.slice(from);
          if (!re.test(text)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(text);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

describe.concurrent('npm start (console chat) and the CLI entry point', { timeout: 60_000 }, () => {
  test('the real entry point: `factbot gaps --since 7d --json` in a process', async ({ expect }) => {
    const file = await seededDb();
    const run = await runCliProcess(['gaps', '--since', '7d', '--json'], { env: { DATABASE_PATH: file, KNOWLEDGE_DIR: miniDir } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ questions: 4, groups: [{ count: 3 }, { count: 1 }] });
  });

  test('records questions and votes in SQLite and picks up knowledge edits while running', async ({ expect }) => {
    const dir = writeKnowledge(miniFiles());
    const db = path.join(makeTempDir('factbot-start-'), 'data', 'factbot.sqlite');
    const chat = startChat({ KNOWLEDGE_DIR: dir, DATABASE_PATH: db });
    await chat.waitOut(/minibot: ask me about/);
    let from = chat.stdout().length;
    chat.send('How big is the deposit?');
    await chat.waitOut(/694 million tonnes/, from);
    chat.send('/bad');
    await chat.waitOut(/Thanks, noted/, from);

    from = chat.stdout().length;
    const moon =
      '  - id: moon-distance\n    answer: The moon is about 384,000 km away.\n    questions:\n' +
      '      - How far away is the moon?\n      - What is the distance to the moon?\n      - How many kilometres to the moon?\n' +
      '    citation:\n      source: mini-report\n      paragraphs: [1]\n';
    fs.writeFileSync(path.join(dir, 'mini-report.yaml'), `${MINI_SOURCE}\n${moon}`);
    await chat.waitOut(/Knowledge reloaded: 7 facts from 3 file\(s\)\./, from);
    from = chat.stdout().length;
    chat.send('How far away is the moon?');
    await chat.waitOut(/384,000 km/, from);

    from = chat.stdout().length;
    fs.writeFileSync(path.join(dir, 'bot.yaml'), 'bot:\n  name: [broken\n');
    await chat.waitOut(/Knowledge change NOT loaded \(\d+ problem\(s\)\)[^]*bot\.yaml:\d+: YAML/, from);
    from = chat.stdout().length;
    chat.send('How far away is the moon?');
    await chat.waitOut(/384,000 km/, from);
    // The log (stderr, JSON lines) names the file and line of the problem.
    const problem = chat
      .stderr()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg: string; file?: string; line?: number })
      .find((l) => l.file?.endsWith('bot.yaml'));
    expect(problem).toMatchObject({ line: expect.any(Number), msg: expect.stringContaining('YAML') });

    chat.send('/quit');
    expect(await chat.exit).toBe(0);
    const log = openSqliteQuestionLog(db);
    const questions = await log.questions();
    expect(questions.map((q) => [q.platform, q.channelKind, q.question, q.factId])).toEqual([
      ['console', 'dm', 'How big is the deposit?', 'deposit-size'],
      ['console', 'dm', 'How far away is the moon?', 'moon-distance'],
      ['console', 'dm', 'How far away is the moon?', 'moon-distance'],
    ]);
    expect(questions[0]!.user).toMatch(/^[0-9a-f]{32}$/);
    expect(await log.votes()).toEqual([expect.objectContaining({ answerId: questions[0]!.id, vote: 'down' })]);
    await log.close();
  });

  test('LOG_QUESTIONS=false: answers, and writes no database', async ({ expect }) => {
    const db = path.join(makeTempDir('factbot-start-'), 'data', 'factbot.sqlite');
    const chat = startChat({ KNOWLEDGE_DIR: miniDir, DATABASE_PATH: db, LOG_QUESTIONS: 'false' });
    await chat.waitOut(/minibot: ask me about/);
    chat.send('How big is the deposit?');
    await chat.waitOut(/694 million tonnes/);
    chat.send('/good');
    await chat.waitOut(/Thanks for the feedback/);
    chat.send('/quit');
    expect(await chat.exit).toBe(0);
    expect(fs.existsSync(path.dirname(db))).toBe(false);
  });

  test('an unusable DATABASE_PATH: every question answered, one warning', async ({ expect }) => {
    const blocker = path.join(makeTempDir('factbot-start-'), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const chat = startChat({ KNOWLEDGE_DIR: miniDir, DATABASE_PATH: path.join(blocker, 'factbot.sqlite') });
    await chat.waitOut(/minibot: ask me about/);
    for (const [q, a] of [
      ['How big is the deposit?', /694 million tonnes/],
      ['What is BYD building?', /factory in Manisa/],
      ['Where is the deposit?', /Beylikova/],
    ] as const) {
      const from = chat.stdout().length;
      chat.send(q);
      await chat.waitOut(a, from);
    }
    chat.send('/bad');
    await chat.waitOut(/Thanks, noted/);
    chat.send('/quit');
    expect(await chat.exit).toBe(0);
    const warnings = chat.stderr().split('\n').filter((l) => l.includes('question log unavailable'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40, err: expect.stringContaining('a-file') });
  });
});
