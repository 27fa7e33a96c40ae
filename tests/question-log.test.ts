/**
 * The question log end to end: the real console adapter (and Discord, against
 * the fake Discord) → the real Bot → the recorder → SQLite files in temp dirs.
 * Storage trouble (read-only, locked, full, cannot be opened) never stops
 * answers, and is reported with one warning per outage. Several processes on
 * one file (the bot, the console chat, `purge`) lose nothing and report
 * nothing; configured secrets are never stored; the product stops on a
 * folder it cannot create and warns about a damaged file.
 */
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordAdapter, discordConfigFromEnv } from '../adapters/discord/index.ts';
import { createBot, type AskContext } from '../src/bot.ts';
import { answer, type KnowledgeBase } from '../src/engine/answer.ts';
import { secretValues, type Logger } from '../src/log.ts';
import { createQuestionRecorder, redactQuestion, userKey, type RecorderOptions } from '../src/store/recorder.ts';
import { openSqliteQuestionLog, type SqliteQuestionLog } from '../src/store/sqlite.ts';
import { LogBusyError, type QuestionLog } from '../src/store/types.ts';
import { buildGapsReport } from '../src/reports/gaps.ts';
import { consoleSession } from './helpers/console.ts';
import { kbOf, makeTempDir, miniFiles, REPO_ROOT, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { startProduct } from './helpers/product.ts';
import { writeDamagedLog } from './helpers/sqliteDamage.ts';
import { startFakeDiscord } from './fakes/discord.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = kbOf(writeKnowledge(miniFiles()));
});
afterAll(removeTempDirs);

interface LogLine {
  level: 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}
function captureLogger(): Logger & { lines: LogLine[]; warnings: () => LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    warnings: () => lines.filter((l) => l.level === 'warn'),
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
    error: (fields, message) => lines.push({ level: 'error', fields, message }),
  };
}

const dbFile = () => path.join(makeTempDir('factbot-log-'), 'data', 'factbot.sqlite');

/** Reads a log file with a separate connection, as `factbot gaps` would. */
async function read(file: string) {
  const log = openSqliteQuestionLog(file);
  try {
    return { questions: await log.questions(), votes: await log.votes(), salt: await log.salt() };
  } finally {
    await log.close();
  }
}

function setup(file: string, options: Partial<RecorderOptions> = {}) {
  const logger = captureLogger();
  const recorder = createQuestionRecorder({ open: () => openSqliteQuestionLog(file), logger, retryMs: 0, ...options });
  const bot = createBot({ knowledge: () => kb, listener: recorder });
  const session = consoleSession(bot);
  return { logger, recorder, bot, session };
}

describe('question log through the console adapter', () => {
  test('a message of several questions: its answer is one row, and a question of it that got no answer a declined row the gaps report lists', async () => {
    const file = dbFile();
    const { recorder, session } = setup(file);
    await session.start();
    const out = await session.type('how big is the deposit? what colour is the sky on mars?');
    expect(out).toContain('694 million tonnes');
    await recorder.flush();
    const { questions } = await read(file);
    expect(questions.map((q) => [q.question, q.kind, q.factId])).toEqual([
      ['how big is the deposit? what colour is the sky on mars?', 'fact', 'deposit-size'],
      ['what colour is the sky on mars?', 'none', null],
    ]);
    const gaps = buildGapsReport(questions, [], { kb, since: null, until: new Date(Date.now() + 60_000) });
    expect(gaps.groups.map((g) => g.example)).toEqual(['what colour is the sky on mars?']);
    session.input.end();
    await session.adapter.done;
    await recorder.close();
  });

  test('a question, /good, /bad, /bad: one question row with every field, one 👎 (changed once, not doubled)', async () => {
    const file = dbFile();
    const { recorder, session, logger } = setup(file);
    await session.start();
    const out = await session.type('How big is the deposit?');
    expect(out).toContain('694 million tonnes');
    await session.type('/good');
    await session.type('/bad');
    await session.type('/bad');
    await recorder.flush();
    const { questions, votes, salt } = await read(file);
    const expected = answer('How big is the deposit?', kb);
    expect(questions).toHaveLength(1);
    const q = questions[0]!;
    expect(q).toMatchObject({
      platform: 'console',
      channelKind: 'dm',
      via: 'ask',
      question: 'How big is the deposit?',
      kind: 'fact',
      factId: 'deposit-size',
      confidence: expected.confidence,
    });
    expect(q.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(q.latencyMs).toBeGreaterThanOrEqual(0);
    expect(q.latencyMs).toBeLessThan(1000);
    expect(Math.abs(q.at.getTime() - Date.now())).toBeLessThan(60_000);
    // The user is an HMAC of platform and id with the database's own salt, never the id.
    expect(q.user).toBe(createHmac('sha256', salt).update('console:console').digest('hex').slice(0, 32));
    expect(q.user).not.toContain('console');
    expect(votes).toEqual([expect.objectContaining({ answerId: q.id, user: q.user, vote: 'down', factId: 'deposit-size' })]);
    expect(recorder.status()).toEqual({ available: true, pending: 0, written: 4, dropped: 0 });
    expect(logger.warnings()).toEqual([]);
    session.input.end();
    await session.adapter.done;
    await recorder.close();
  });

  test('a related-question pick is logged as a click (via "fact"); an unanswered question as kind none', async () => {
    const file = dbFile();
    const { recorder, session } = setup(file);
    await session.start();
    await session.type('Where is the deposit?');
    await session.type('1');
    await session.type('what is the price of lithium in bolivia');
    await session.type('hi');
    await recorder.flush();
    const { questions } = await read(file);
    expect(questions.map((q) => [q.via, q.kind, q.factId])).toEqual([
      ['ask', 'fact', 'deposit-location'],
      ['fact', 'fact', 'deposit-size'],
      ['ask', 'none', null],
      ['ask', 'smalltalk', null],
    ]);
    session.input.end();
    await recorder.close();
  });

  test('LOG_USER_IDS keeps raw ids; LOG_SALT sets the salt; no user id stores null', () => {
    const ctx: AskContext = { platform: 'slack', userId: 'U123' };
    expect(userKey(ctx, 's', true)).toBe('U123');
    expect(userKey(ctx, 'salt-one-xxxxxxxx', false)).toBe(createHmac('sha256', 'salt-one-xxxxxxxx').update('slack:U123').digest('hex').slice(0, 32));
    expect(userKey(ctx, 'salt-one-xxxxxxxx', false)).not.toBe(userKey(ctx, 'salt-two-xxxxxxxx', false));
    // The same id on two platforms is two people.
    expect(userKey({ platform: 'discord', userId: 'U123' }, 's', false)).not.toBe(userKey(ctx, 's', false));
    expect(userKey({ platform: 'cli' }, 's', false)).toBeNull();
  });

  test('with rawUserIds and a given salt the stored user is the raw id', async () => {
    const file = dbFile();
    const { recorder, bot } = setup(file, { rawUserIds: true, salt: 'given-salt-0123456789' });
    bot.ask('Where is the deposit?', { platform: 'slack', userId: 'U0RAW', channelKind: 'thread' });
    await recorder.flush();
    expect((await read(file)).questions[0]).toMatchObject({ user: 'U0RAW', platform: 'slack', channelKind: 'thread' });
    await recorder.close();
  });

  test('after a restart, a vote on an answer in the log counts; a forged id does not', async () => {
    const file = dbFile();
    const first = setup(file);
    const a = first.bot.ask('Where is the deposit?', { platform: 'slack', userId: 'U1', channelKind: 'channel' });
    await first.recorder.close();

    const second = setup(file);
    await second.recorder.flush(); // opens the log, as npm start does
    const ctx: AskContext = { platform: 'slack', userId: 'U1', channelKind: 'channel' };
    expect(second.bot.feedback(a.id, 'down', ctx)).toBe(true);
    expect(second.bot.feedback(randomUUID(), 'down', ctx)).toBe(false);
    expect(second.bot.feedback("' OR 1=1 --", 'down', ctx)).toBe(false);
    await second.recorder.flush();
    const { votes, questions } = await read(file);
    expect(votes).toEqual([expect.objectContaining({ answerId: a.id, vote: 'down', user: questions[0]!.user })]);
    await second.recorder.close();
  });
});

/** A recorder whose log can be made unavailable and available again. */
function switchable(file: string, make: (file: string) => SqliteQuestionLog) {
  let opener: () => QuestionLog = () => make(file);
  return {
    open: () => opener(),
    set(fn: () => QuestionLog) {
      opener = fn;
    },
  };
}

describe('storage trouble never stops answers', () => {
  async function outage(label: string, breakIt: (file: string) => { open: () => QuestionLog; restore: () => void }) {
    const file = dbFile();
    openSqliteQuestionLog(file).database.close();
    const broken = breakIt(file);
    const sw = switchable(file, openSqliteQuestionLog);
    sw.set(broken.open);
    const { recorder, session, logger } = setup(file, { open: () => sw.open() });
    await session.start();
    for (const q of ['Where is the deposit?', 'How big is the deposit?', 'What is BYD building?']) {
      const out = await session.type(q);
      expect(out, `${label}: "${q}" is still answered`).toContain(answer(q, kb).answer);
    }
    expect((await session.type('/bad')).trim()).toContain('Thanks, noted');
    await recorder.flush();
    await recorder.flush();
    expect(logger.warnings(), `${label}: exactly one warning`).toHaveLength(1);
    expect(logger.warnings()[0]!.message).toMatch(/question log unavailable: answers continue/);
    expect(recorder.status()).toMatchObject({ available: false, pending: 4 });

    // Fixed: the next event writes everything that waited, in order, and says so once.
    broken.restore();
    sw.set(() => openSqliteQuestionLog(file));
    await session.type('When was the deposit found?');
    await recorder.flush();
    expect(recorder.status()).toEqual({ available: true, pending: 0, written: 5, dropped: 0 });
    expect(logger.lines.filter((l) => l.message === 'question log available again')).toHaveLength(1);
    expect(logger.warnings()).toHaveLength(1);
    const { questions, votes } = await read(file);
    expect(questions.map((q) => q.factId)).toEqual(['deposit-location', 'deposit-size', 'byd-factory', 'discovery-date']);
    expect(votes).toEqual([expect.objectContaining({ answerId: questions[2]!.id, vote: 'down' })]);
    session.input.end();
    await recorder.close();
  }

  test('a read-only database', async () => {
    await outage('read-only', (file) => ({ open: () => openSqliteQuestionLog(file, { readonly: true }), restore: () => {} }));
  });

  test('a database locked by another process', async () => {
    let other: Database.Database | undefined;
    await outage('locked', (file) => {
      other = new Database(file);
      other.exec('BEGIN IMMEDIATE');
      return {
        open: () => openSqliteQuestionLog(file),
        restore: () => {
          other!.exec('ROLLBACK');
          other!.close();
        },
      };
    });
  });

  test('a full database', async () => {
    await outage('full', (file) => ({
      open: () => {
        const log = openSqliteQuestionLog(file);
        // SQLite's own SQLITE_FULL: the file may not grow by a single page.
        log.database.pragma(`max_page_count = ${log.database.pragma('page_count', { simple: true }) as number}`);
        // Fill what free space is left with the smallest possible rows, so no real entry fits.
        const filler = log.database.prepare("INSERT INTO questions (id, at, platform, via, question, kind, confidence, latency_ms) VALUES (?, 0, '', 'ask', '', 'none', 0, 0)");
        let full = false;
        for (let i = 0; i < 100_000 && !full; i++) {
          try {
            filler.run(`f${i}`);
          } catch {
            full = true;
          }
        }
        expect(full).toBe(true);
        return log;
      },
      restore: () => {
        const db = new Database(file);
        db.exec("DELETE FROM questions WHERE platform = ''");
        db.close();
      },
    }));
  });

  test('a database that cannot be opened (its folder is a file)', async () => {
    await outage('cannot open', (file) => {
      const blocker = path.join(path.dirname(file), 'blocked');
      fs.writeFileSync(blocker, 'not a folder');
      return { open: () => openSqliteQuestionLog(path.join(blocker, 'x.sqlite')), restore: () => {} };
    });
  });

  test('while unavailable, at most maxPending entries wait; the oldest are dropped and counted', async () => {
    const file = dbFile();
    openSqliteQuestionLog(file).database.close();
    let readonly = true;
    const { recorder, bot, logger } = setup(file, { open: () => openSqliteQuestionLog(file, { readonly }), maxPending: 2 });
    const ids = ['Where is the deposit?', 'How big is the deposit?', 'What is BYD building?', 'Who did Erdoğan meet?', 'When was the deposit found?'].map(
      (q) => bot.ask(q, { platform: 'cli' }).id,
    );
    await recorder.flush();
    expect(recorder.status()).toMatchObject({ available: false, pending: 2, dropped: 3 });
    readonly = false;
    await recorder.flush();
    expect((await read(file)).questions.map((q) => q.id)).toEqual(ids.slice(3));
    expect(logger.lines.find((l) => l.message === 'question log available again')?.fields).toMatchObject({ written: 2, dropped: 3 });
    await recorder.close();
  });

  test('a backlog is written in slices: the event loop keeps turning (answers are not held up)', async () => {
    const file = dbFile();
    openSqliteQuestionLog(file).database.close();
    let readonly = true;
    const { recorder, bot } = setup(file, { open: () => openSqliteQuestionLog(file, { readonly }) });
    for (let i = 0; i < 1000; i++) bot.ask('Where is the deposit?', { platform: 'cli' });
    await recorder.flush();
    expect(recorder.status()).toMatchObject({ available: false, pending: 1000 });
    readonly = false;
    let turns = 0;
    let done = false;
    const turn = () => {
      turns++;
      if (!done) setImmediate(turn);
    };
    setImmediate(turn);
    await recorder.flush();
    done = true;
    expect(recorder.status()).toMatchObject({ available: true, pending: 0, written: 1000 });
    expect(turns).toBeGreaterThanOrEqual(5);
    await recorder.close();
  });

  test('recording waits until after the answer is handed back (nothing is written during ask)', async () => {
    const file = dbFile();
    const { recorder, bot } = setup(file);
    await recorder.flush();
    const a = bot.ask('Where is the deposit?', { platform: 'cli' });
    const probe = openSqliteQuestionLog(file);
    expect(probe.hasAnswerSync(a.id)).toBe(false);
    await new Promise<void>((resolve) => setImmediate(resolve));
    await recorder.flush();
    expect(probe.hasAnswerSync(a.id)).toBe(true);
    await probe.close();
    await recorder.close();
  });
});

describe('question log through the Discord adapter (fake Discord)', () => {
  test('a mention and 👍 → 👎 → 👎 clicks: one question (channel, hashed user), one 👎', async () => {
    const TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-third-part-0123456789abcdef';
    const APP_ID = '1299999999999999999';
    const fake = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
    const file = dbFile();
    const logger = captureLogger();
    const recorder = createQuestionRecorder({ open: () => openSqliteQuestionLog(file), logger });
    const bot = createBot({ knowledge: () => kb, listener: recorder });
    const adapter = createDiscordAdapter({ bot, config: discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }), logger });
    try {
      await adapter.start();
      const msg = fake.message({ content: `<@${fake.botUser.id}> How big is the deposit?`, mentions: [fake.botUser] });
      fake.dispatch('MESSAGE_CREATE', msg);
      const posted = await fake.waitForCall((c) => c.method === 'POST' && c.body?.message_reference?.message_id === msg.id, 'the answer');
      const buttons = posted.body.components.at(-1).components as { custom_id: string }[];
      const up = buttons.find((b) => b.custom_id.includes(':up:'))!.custom_id;
      const down = buttons.find((b) => b.custom_id.includes(':down:'))!.custom_id;
      for (const customId of [up, down, down]) {
        const click = fake.interaction({ type: 3, data: { custom_id: customId, component_type: 2 }, message: fake.postedMessage(posted) });
        fake.dispatch('INTERACTION_CREATE', click);
        await fake.waitForCall((c) => c.method === 'POST' && c.path === `/interactions/${click.id as string}/${click.token as string}/callback`, 'the vote ack');
      }
      await recorder.flush();
      const { questions, votes } = await read(file);
      expect(questions).toEqual([
        expect.objectContaining({ platform: 'discord', channelKind: 'channel', question: 'How big is the deposit?', kind: 'fact', factId: 'deposit-size' }),
      ]);
      expect(questions[0]!.user).toMatch(/^[0-9a-f]{32}$/);
      expect(questions[0]!.user).not.toContain(fake.alice.id);
      expect(votes).toEqual([expect.objectContaining({ answerId: questions[0]!.id, user: questions[0]!.user, vote: 'down' })]);
    } finally {
      await adapter.stop();
      await fake.close();
      await recorder.close();
    }
  });
});

const TSX = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

interface WriterReport {
  status?: { available: boolean; pending: number; written: number; dropped: number };
  purged?: number;
  errors?: string[];
  lines: { level: string; fields: Record<string, unknown>; message: string }[];
}

/** tests/helpers/logWriter.ts in a process of its own: `ready` once it waits, `go()` starts it, `done` is its report. */
function logWriter(file: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', TSX, path.join(REPO_ROOT, 'tests', 'helpers', 'logWriter.ts'), file, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!stdout.startsWith('ready\n')) return;
      child.stdout.off('data', check);
      resolve();
    };
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`log writer ${args.join(' ')} exited (${code}) before it was ready: ${stderr.slice(-2000)}`)));
  });
  const done = exited.then((code) => {
    const report = stdout.split('\n').find((l) => l.startsWith('{'));
    if (code !== 0 || !report) throw new Error(`log writer ${args.join(' ')} exited (${code}): ${stderr.slice(-2000)}`);
    return JSON.parse(report) as WriterReport;
  });
  // Awaited below; a test failing first must not leave these unhandled.
  ready.catch(() => undefined);
  done.catch(() => undefined);
  return { child, ready, done, go: () => child.stdin.end('go\n') };
}

describe('several processes on one SQLite file', () => {
  test('the bot and the console chat write 4,000 answers each while purge runs: every row lands, nothing is reported', async () => {
    const file = dbFile();
    // Old rows for purge to delete in the meantime.
    const seed = openSqliteQuestionLog(file);
    const add = seed.database.prepare("INSERT INTO questions (id, at, platform, via, question, kind, confidence, latency_ms) VALUES (?, ?, 'slack', 'ask', ?, 'none', 0, 0)");
    seed.database.transaction(() => {
      for (let i = 0; i < 20_000; i++) add.run(`old-${i}`, i, `an old question ${i}`);
    })();
    await seed.close();
    const writers = [logWriter(file, ['record', '4000', 'bot']), logWriter(file, ['record', '4000', 'chat']), logWriter(file, ['purge', '20'])];
    try {
      // All three start together, once all are ready.
      await Promise.all(writers.map((w) => w.ready));
      for (const w of writers) w.go();
      const [bot, chat, purge] = await Promise.all(writers.map((w) => w.done));
      for (const report of [bot!, chat!]) {
        expect(report.status).toEqual({ available: true, pending: 0, written: 4000, dropped: 0 });
        // No "question log unavailable … database is locked", no "lost".
        expect(report.lines).toEqual([]);
      }
      expect(purge).toEqual({ purged: 20_000, errors: [], lines: [] });
      const { questions } = await read(file);
      expect(questions).toHaveLength(8000);
      const from = (label: string) => questions.filter((q) => q.question.startsWith(`${label} question `)).length;
      expect([from('bot'), from('chat')]).toEqual([4000, 4000]);
    } finally {
      for (const w of writers) w.child.kill();
    }
  }, 60_000);

  test('a write that finds the database busy is retried after a short pause: it lands, and nothing is logged', async () => {
    const file = dbFile();
    openSqliteQuestionLog(file).database.close();
    // Another process in the middle of a write.
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const attempts: string[] = [];
    const open = () => {
      const log = openSqliteQuestionLog(file);
      const recordAnswer = log.recordAnswer.bind(log);
      log.recordAnswer = async (entry) => {
        try {
          await recordAnswer(entry);
          attempts.push('written');
        } catch (e) {
          attempts.push(e instanceof LogBusyError ? 'busy' : 'failed');
          // The other process finishes its write meanwhile.
          if (other.inTransaction) other.exec('COMMIT');
          throw e;
        }
      };
      return log;
    };
    const { recorder, bot, logger } = setup(file, { open });
    const a = bot.ask('Where is the deposit?', { platform: 'cli' });
    await recorder.flush();
    expect(attempts).toEqual(['busy', 'written']);
    expect(logger.lines).toEqual([]);
    expect(recorder.status()).toEqual({ available: true, pending: 0, written: 1, dropped: 0 });
    expect((await read(file)).questions.map((q) => q.id)).toEqual([a.id]);
    other.close();
    await recorder.close();
  });
});

describe('configured secrets never reach the question log', () => {
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-questionLogBotToken',
    SLACK_APP_TOKEN: 'xapp-1-A0APP0001-3333-questionLogAppToken',
    SLACK_SIGNING_SECRET: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    DISCORD_TOKEN: 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.question-log-token-0123456789',
    DATABASE_URL: 'postgres://factbot:s3cr3t%2Fpass-word@db.example:5432/factbot',
  };

  test('a follow-up is logged as typed, with how it was read: the reading shown, and the whole question when it was one', async () => {
    const file = dbFile();
    const { recorder, session } = setup(file);
    await session.start();
    await session.type('How big is the deposit?');
    await session.type('and where?');
    await session.type('what about the price?');
    await recorder.flush();
    const { questions } = await read(file);
    expect(questions.map((q) => [q.question, q.kind, q.readingAs, q.readingQuestion])).toEqual([
      ['How big is the deposit?', 'fact', null, null],
      ['and where?', 'fact', 'where is the deposit?', 'where is the deposit?'],
      // Declined, read as the two questions together: no whole question to offer.
      ['what about the price?', 'none', '“what about the price?” following on from “where is the deposit?”', null],
    ]);
    session.input.end();
    await recorder.close();
  });

  test('a reading that holds a secret typed in the question before is stored redacted too', async () => {
    const file = dbFile();
    const { recorder, bot } = setup(file, { secrets: secretValues(env) });
    const ctx = { platform: 'slack', userId: 'U0SECRET2', channelKind: 'dm', conversationId: 'D1' } as const;
    const first = bot.ask('How big is the deposit?', ctx);
    const followup = bot.ask(`what about the price? ${env.SLACK_BOT_TOKEN}`, ctx);
    // The reading pairs the follow-up, token and all, with the question before it.
    expect(first.reply.kind).toBe('fact');
    expect(followup.reply.readingAs).toContain(env.SLACK_BOT_TOKEN);
    await recorder.flush();
    await recorder.close();
    const { questions } = await read(file);
    expect(questions[1]!.readingAs).toMatch(/^“what about the price\? \[redacted\]\?*” following on from “how big is the deposit\?”$/);
    expect(JSON.stringify(questions)).not.toContain(env.SLACK_BOT_TOKEN.slice(0, 12));
  });

  test('a question that is, or contains, a token, the signing secret or the database password is stored with [redacted] in its place', async () => {
    const file = dbFile();
    const { recorder, bot } = setup(file, { secrets: secretValues(env) });
    // 483 characters, so a token after it is cut at the 500-character limit, 17 characters in.
    const filler = 'where is the deposit '.repeat(23);
    const asked = [
      env.SLACK_BOT_TOKEN,
      `is this right? ${env.SLACK_SIGNING_SECRET} thanks`,
      `my token is ${env.DISCORD_TOKEN}`,
      's3cr3t/pass-word',
      'the url is postgres://factbot:s3cr3t%2Fpass-word@db.example',
      `${filler}${env.SLACK_APP_TOKEN}`,
      'Where is the deposit?',
    ];
    for (const q of asked) bot.ask(q, { platform: 'slack', userId: 'U0SECRET1', channelKind: 'dm' });
    await recorder.flush();
    await recorder.close();
    const { questions } = await read(file);
    expect(questions.map((q) => q.question)).toEqual([
      '[redacted]',
      'is this right? [redacted] thanks',
      'my token is [redacted]',
      '[redacted]',
      'the url is postgres://factbot[redacted]db.example',
      `${filler}[redacted]`,
      'Where is the deposit?',
    ]);
    // Not a byte of any of them in the file or its write-ahead log, the cut token's start included.
    const bytes = Buffer.concat([fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    for (const secret of [env.SLACK_BOT_TOKEN, env.SLACK_APP_TOKEN.slice(0, 17), env.SLACK_SIGNING_SECRET, env.DISCORD_TOKEN, 's3cr3t/pass-word', 's3cr3t%2Fpass-word']) {
      expect(bytes.includes(Buffer.from(secret)), secret.slice(0, 6)).toBe(false);
    }
  });

  test('redactQuestion: whole secrets anywhere, a cut one only at the very end and only 8 characters or more of it', () => {
    const secrets = ['xoxb-1111-2222-abcdef'];
    expect(redactQuestion('a xoxb-1111-2222-abcdef b xoxb-1111-2222-abcdef', secrets)).toBe('a [redacted] b [redacted]');
    expect(redactQuestion('cut here xoxb-1111-2', secrets)).toBe('cut here [redacted]');
    expect(redactQuestion('too short to tell: xoxb-11', secrets)).toBe('too short to tell: xoxb-11');
    expect(redactQuestion('xoxb-1111-2 in the middle', secrets)).toBe('xoxb-1111-2 in the middle');
    expect(redactQuestion('nothing to hide', [])).toBe('nothing to hide');
  });

  test('without secrets configured, questions are stored as asked', async () => {
    const file = dbFile();
    const { recorder, bot } = setup(file);
    bot.ask(env.SLACK_BOT_TOKEN, { platform: 'cli' });
    await recorder.close();
    expect((await read(file)).questions.map((q) => q.question)).toEqual([env.SLACK_BOT_TOKEN]);
  });
});

describe('npm start and the question log file', () => {
  /** Resolves with the product's exit, or rejects after `ms` (it is killed by cleanup()). */
  const exitWithin = (product: ReturnType<typeof startProduct>, ms: number) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`npm start did not exit within ${ms} ms; stderr:\n${product.stderr().slice(-2000)}`)), ms);
    });
    return Promise.race([product.exited, timeout]).finally(() => clearTimeout(timer));
  };

  test.skipIf(!fs.existsSync('/proc/self'))(
    'DATABASE_PATH in a folder that cannot be created (/proc): stops at once, non-zero, naming DATABASE_PATH and the folder (it used to spin at full CPU, silently)',
    async () => {
      const product = startProduct({ DATABASE_PATH: '/proc/nope/x.sqlite' }, { prefix: 'factbot-proc-' });
      try {
        const exit = await exitWithin(product, 15_000);
        expect(exit.code).not.toBe(0);
        expect(exit.code).not.toBeNull();
        expect(product.stderr()).toContain(
          'DATABASE_PATH (/proc/nope/x.sqlite): cannot create the folder /proc/nope: the file system does not allow new folders there (ENOENT). Set DATABASE_PATH to a file in a folder factbot can write to, or LOG_QUESTIONS=false to record nothing.',
        );
      } finally {
        await product.cleanup();
      }
    },
    30_000,
  );

  test('npm start hands the configured secrets to the question log: a token typed into the chat is stored redacted', async () => {
    const file = dbFile();
    const product = startProduct({ DATABASE_PATH: file, SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', KNOWLEDGE_DIR: writeKnowledge(miniFiles()) }, { prefix: 'factbot-secret-', stdin: 'pipe' });
    try {
      product.child.stdin!.write(`is 0123456789abcdef0123456789abcdef ok to share?\n/quit\n`);
      const exit = await exitWithin(product, 20_000);
      expect(exit.code, product.stderr()).toBe(0);
      const db = new Database(file, { readonly: true });
      const stored = (db.prepare('SELECT question FROM questions').all() as { question: string }[]).map((r) => r.question);
      db.close();
      expect(stored).toEqual(['is [redacted] ok to share?']);
      expect(fs.readFileSync(file).includes('0123456789abcdef0123456789abcdef')).toBe(false);
    } finally {
      await product.cleanup();
    }
  }, 30_000);

  test('a damaged database file that still opens: a warning at start-up naming the file', async () => {
    const file = dbFile();
    await writeDamagedLog(file);
    const product = startProduct({ DATABASE_PATH: file }, { prefix: 'factbot-damaged-' });
    try {
      const warning = await product.waitForLog((l) => typeof l.msg === 'string' && l.msg.startsWith('question log: the database file is damaged'), 'the damaged-file warning');
      expect(warning).toMatchObject({ level: 40, file, problems: expect.arrayContaining([expect.stringMatching(/questions_at/)]) });
    } finally {
      await product.cleanup();
    }
  }, 30_000);
});
