/**
 * The SQLite question log on real files in temp dirs: the shared contract, then
 * what is SQLite's own (WAL, versioned migrations, errors classified and
 * naming the file, locks, folders, damaged files, purge in batches).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import type { Logger } from '../src/log.ts';
import { DEFAULT_DATABASE_PATH, logConfigFromEnv } from '../src/store/config.ts';
import { openReportLog, openStorage } from '../src/store/open.ts';
import { DEFAULT_BUSY_TIMEOUT_MS, SQLITE_MIGRATIONS, migrate, openSqliteQuestionLog, type Migration } from '../src/store/sqlite.ts';
import { LogBusyError, LogUnavailableError } from '../src/store/types.ts';
import { makeTempDir, REPO_ROOT, removeTempDirs } from './helpers/knowledge.ts';
import { answerEntry, describeQuestionLogContract } from './helpers/questionLogContract.ts';
import { writeDamagedLog } from './helpers/sqliteDamage.ts';

/** The newest schema version this factbot knows (a test migration goes after it). */
const LATEST = Math.max(...SQLITE_MIGRATIONS.map((m) => m.version));

afterAll(removeTempDirs);

describeQuestionLogContract('SQLite', async () => {
  const file = path.join(makeTempDir('factbot-db-'), 'nested', 'log.sqlite');
  return { log: openSqliteQuestionLog(file), reopen: async () => openSqliteQuestionLog(file) };
});

describe('SQLite log', () => {
  test('a row that does not fit (a hand edit) is an error naming the table, row and field, not a wrong report', async () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    const log = openSqliteQuestionLog(file);
    const good = answerEntry();
    const edited = answerEntry({ question: 'edited by hand' });
    await log.recordAnswer(good);
    await log.recordAnswer(edited);
    expect((await log.questions()).map((q) => q.id)).toEqual([good.id, edited.id]);
    log.database.prepare("UPDATE questions SET platform = 'telegram' WHERE id = ?").run(edited.id);
    await expect(log.questions()).rejects.toThrow(`question log: a row of "questions" (id "${edited.id}") does not fit: platform:`);
    log.database.close();
  });

  test('creates its folder, uses WAL, and records the applied migrations', () => {
    const file = path.join(makeTempDir('factbot-db-'), 'a', 'b', 'factbot.sqlite');
    const log = openSqliteQuestionLog(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(log.database.pragma('journal_mode', { simple: true })).toBe('wal');
    const rows = log.database.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(SQLITE_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    log.database.close();
    // Reopening applies nothing twice.
    const again = openSqliteQuestionLog(file);
    expect(again.database.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: SQLITE_MIGRATIONS.length });
    again.database.close();
  });

  test('a new migration is applied on open; a failing one rolls back entirely', () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    const first = openSqliteQuestionLog(file);
    const a = answerEntry();
    void first.recordAnswer(a);
    first.database.close();

    const next = LATEST + 1;
    const broken: Migration[] = [
      ...SQLITE_MIGRATIONS,
      { version: next, name: 'tags', sql: 'ALTER TABLE questions ADD COLUMN tag TEXT; CREATE TABLE oops (x INT); SELECT * FROM no_such_table;' },
    ];
    expect(() => openSqliteQuestionLog(file, { migrations: broken })).toThrow(/no_such_table/);
    const check = new Database(file);
    const columns = (check.prepare("SELECT name FROM pragma_table_info('questions')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('tag');
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'oops'").get()).toBeUndefined();
    expect(check.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: LATEST });
    check.close();

    const good: Migration[] = [...SQLITE_MIGRATIONS, { version: next, name: 'tags', sql: 'ALTER TABLE questions ADD COLUMN tag TEXT' }];
    const upgraded = openSqliteQuestionLog(file, { migrations: good });
    expect(upgraded.database.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([...SQLITE_MIGRATIONS.map((m) => m.version), next]);
    expect(upgraded.hasAnswerSync(a.id)).toBe(true);
    upgraded.database.close();
  });

  test('a database from a newer factbot is refused with a clear message', () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    openSqliteQuestionLog(file, { migrations: [...SQLITE_MIGRATIONS, { version: 99, name: 'future', sql: 'SELECT 1' }] }).database.close();
    expect(() => openSqliteQuestionLog(file)).toThrow(new RegExp(`schema is version 99, newer than this factbot knows \\(${LATEST}\\)`));
  });

  test('a log written before follow-ups were recorded upgrades in place: its questions read back without a reading', async () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    // The schema of version 1 and a row as that version wrote it.
    const old = new Database(file);
    migrate(old, SQLITE_MIGRATIONS.filter((m) => m.version === 1), file);
    const a = answerEntry();
    old
      .prepare('INSERT INTO questions (id, at, platform, user_key, channel_kind, via, question, kind, fact_id, confidence, latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.id, a.at.getTime(), a.platform, a.user, a.channelKind, a.via, a.question, a.kind, a.factId, a.confidence, a.latencyMs);
    old.close();
    const upgraded = openSqliteQuestionLog(file);
    const followup = answerEntry({ at: new Date(a.at.getTime() + 1), question: 'and when?', readingAs: 'When is it?', readingQuestion: 'When is it?' });
    await upgraded.recordAnswer(followup);
    expect(await upgraded.questions()).toEqual([{ ...a, readingAs: null, readingQuestion: null }, followup]);
    upgraded.database.close();
  });

  test('storage trouble is LogUnavailableError: a read-only connection, a full database, an unusable path', async () => {
    const dir = makeTempDir('factbot-db-');
    const file = path.join(dir, 'log.sqlite');
    openSqliteQuestionLog(file).database.close();
    const ro = openSqliteQuestionLog(file, { readonly: true });
    await expect(ro.recordAnswer(answerEntry())).rejects.toBeInstanceOf(LogUnavailableError);
    await expect(ro.recordAnswer(answerEntry())).rejects.toThrow(/readonly/);
    expect(await ro.questions()).toEqual([]);
    await ro.close();

    const full = openSqliteQuestionLog(file);
    // SQLite's own "database or disk is full": no page may be added any more.
    full.database.pragma(`max_page_count = ${full.database.pragma('page_count', { simple: true }) as number}`);
    const big = 'x'.repeat(400);
    await expect(
      (async () => {
        for (let i = 0; i < 200; i++) await full.recordAnswer(answerEntry({ question: big }));
      })(),
    ).rejects.toThrow(/full/);
    await expect(full.recordAnswer(answerEntry({ question: big }))).rejects.toBeInstanceOf(LogUnavailableError);
    await full.close();

    const notADir = path.join(dir, 'a-file');
    fs.writeFileSync(notADir, 'x');
    expect(() => openSqliteQuestionLog(path.join(notADir, 'log.sqlite'))).toThrow(LogUnavailableError);
  });

  test('a write while another connection holds the write lock waits the short busy timeout, then fails with LogBusyError naming the file', async () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    const log = openSqliteQuestionLog(file);
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    const failure = await log.recordAnswer(answerEntry()).catch((e: unknown) => e);
    const waited = performance.now() - started;
    // Busy, not broken: the recorder retries it soon (tests/question-log.test.ts), and it is still storage trouble.
    expect(failure).toBeInstanceOf(LogBusyError);
    expect(failure).toBeInstanceOf(LogUnavailableError);
    expect((failure as Error).message).toBe(`${file}: database is locked (SQLITE_BUSY)`);
    // SQLite waited for the lock (the other process's write is usually over by then), but not long:
    // better-sqlite3 waits on the main thread, answers included.
    expect(waited).toBeGreaterThanOrEqual(DEFAULT_BUSY_TIMEOUT_MS * 0.9);
    expect(waited).toBeLessThan(DEFAULT_BUSY_TIMEOUT_MS + 400);
    other.exec('ROLLBACK');
    await log.recordAnswer(answerEntry());
    expect(await log.questions()).toHaveLength(1);
    other.close();
    await log.close();
  });

  test('purge leaves no copy of the deleted text in the database file or its WAL', async () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    const log = openSqliteQuestionLog(file);
    const secret = 'my-very-secret-question-zqxj';
    await log.recordAnswer(answerEntry({ question: secret, at: new Date(Date.parse('2020-01-01')) }));
    await log.recordAnswer(answerEntry({ question: 'kept', at: new Date(Date.parse('2030-01-01')) }));
    expect(await log.purge(new Date(Date.parse('2025-01-01')))).toEqual({ questions: 1, votes: 0 });
    const bytes = Buffer.concat([fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytes.includes(Buffer.from(secret))).toBe(false);
    expect(bytes.includes(Buffer.from('kept'))).toBe(true);
    await log.close();
  });
});

describe('errors name the file; damaged files and impossible folders', () => {
  test('a file that is not a database: the error says which file, when opened by the bot or by a report', async () => {
    const file = path.join(makeTempDir('factbot-db-'), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my notes, not a database\n'.repeat(200));
    expect(() => openSqliteQuestionLog(file)).toThrow(`${file}: file is not a database (SQLITE_NOTADB)`);
    await expect(openReportLog({ enabled: true, databasePath: file, rawUserIds: false })).rejects.toThrow(`${file}: file is not a database`);
  });

  test('a folder that cannot be created for now (a file in the way): a quick error naming it; start-up goes on (the recorder warns and retries)', async () => {
    const dir = makeTempDir('factbot-db-');
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'x');
    const file = path.join(blocker, 'sub', 'log.sqlite');
    const started = performance.now();
    expect(() => openSqliteQuestionLog(file)).toThrow(LogUnavailableError);
    expect(() => openSqliteQuestionLog(file)).toThrow(`${file}: cannot create the folder ${path.join(blocker, 'sub')}: ${blocker} is a file, not a folder (ENOTDIR)`);
    const storage = openStorage({ enabled: true, databasePath: file, rawUserIds: false }, captureLogger());
    expect(() => storage.openLog()).toThrow(LogUnavailableError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test.skipIf(!fs.existsSync('/proc/self'))('a folder that can never be created (under /proc): an error at once, and openStorage stops start-up naming DATABASE_PATH', () => {
    const file = '/proc/factbot-nope/deeper/log.sqlite';
    // In a child process with a time limit: Node's recursive mkdir spins here for ever, and a
    // regression must fail this test, not hang the test run.
    const tsx = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const script = `
      const { openSqliteQuestionLog } = await import(${JSON.stringify(path.join(REPO_ROOT, 'src', 'store', 'sqlite.ts'))});
      const { openStorage } = await import(${JSON.stringify(path.join(REPO_ROOT, 'src', 'store', 'open.ts'))});
      const silent = { info() {}, warn() {}, error() {} };
      const config = (enabled) => ({ enabled, databasePath: ${JSON.stringify(file)}, rawUserIds: false });
      const attempt = (fn) => { try { fn(); return 'no error'; } catch (e) { return e.message; } };
      console.log(JSON.stringify([
        attempt(() => openSqliteQuestionLog(${JSON.stringify(file)})),
        attempt(() => openStorage(config(true), silent)),
        attempt(() => openStorage(config(false), silent)),
      ]));`;
    const run = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10_000 });
    expect(run.error, 'it must not spin').toBeUndefined();
    expect(JSON.parse(run.stdout)).toEqual([
      `${file}: cannot create the folder /proc/factbot-nope: the file system does not allow new folders there (ENOENT)`,
      `DATABASE_PATH (${file}): cannot create the folder /proc/factbot-nope: the file system does not allow new folders there (ENOENT). Set DATABASE_PATH to a file in a folder factbot can write to, or LOG_QUESTIONS=false to record nothing.`,
      // Nothing is recorded: nothing is created, and nothing stops start-up.
      'no error',
    ]);
  });

  test('missing folders are created one level at a time', () => {
    const dir = makeTempDir('factbot-db-');
    const file = path.join(dir, 'a', 'b', 'c', 'log.sqlite');
    openStorage({ enabled: true, databasePath: file, rawUserIds: false }, captureLogger());
    expect(fs.statSync(path.dirname(file)).isDirectory()).toBe(true);
    expect(fs.existsSync(file)).toBe(false);
  });

  test('a damaged database that still opens: one warning at start-up naming the file and what PRAGMA quick_check found', async () => {
    // Sound: no warning.
    const soundFile = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    const seed = openSqliteQuestionLog(soundFile);
    for (let i = 0; i < 50; i++) await seed.recordAnswer(answerEntry());
    await seed.close();
    const sound = captureLogger();
    await (await openStorage({ enabled: true, databasePath: soundFile, rawUserIds: false }, sound).openLog()).close();
    expect(sound.lines).toEqual([]);

    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    await writeDamagedLog(file);
    const logger = captureLogger();
    const damaged = openStorage({ enabled: true, databasePath: file, rawUserIds: false }, logger);
    const log = await damaged.openLog();
    expect(logger.lines).toEqual([
      {
        level: 'warn',
        fields: { file, problems: expect.arrayContaining([expect.stringMatching(/questions_at/)]) },
        message: expect.stringMatching(/^question log: the database file is damaged \(PRAGMA quick_check\)/),
      },
    ]);
    // It did open; what reads the damaged page fails, naming the file.
    await expect(log.questions()).rejects.toThrow(`${file}: database disk image is malformed`);
    await log.close();
    // Checked once per start: reopening after an outage does not repeat it.
    await (await damaged.openLog()).close();
    expect(logger.lines).toHaveLength(1);
  });
});

describe('purge in batches', () => {
  test('more rows than one batch: all of them, and every vote on them, counted right', async () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    const log = openSqliteQuestionLog(file);
    const old = Array.from({ length: 1234 }, (_, i) => answerEntry({ at: new Date(Date.parse('2020-01-01') + i) }));
    for (const a of old) await log.recordAnswer(a);
    const kept = answerEntry({ at: new Date(Date.parse('2030-01-01')) });
    await log.recordAnswer(kept);
    for (const a of old.filter((_, i) => i % 100 === 0)) await log.recordVote({ answerId: a.id, user: 'u1', vote: 'down', at: new Date() });
    await log.recordVote({ answerId: kept.id, user: 'u1', vote: 'up', at: new Date() });
    expect(await log.purge(new Date(Date.parse('2025-01-01')))).toEqual({ questions: 1234, votes: 13 });
    expect((await log.questions()).map((q) => q.id)).toEqual([kept.id]);
    expect((await log.votes()).map((v) => v.answerId)).toEqual([kept.id]);
    await log.close();
  });
});

function captureLogger(): Logger & { lines: { level: string; fields: Record<string, unknown>; message: string }[] } {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
    error: (fields, message) => lines.push({ level: 'error', fields, message }),
  };
}

describe('log configuration', () => {
  test('defaults: logging on, hashed users, data/factbot.sqlite, salt kept in the database', () => {
    expect(logConfigFromEnv({})).toEqual({ enabled: true, databasePath: DEFAULT_DATABASE_PATH, rawUserIds: false });
    expect(DEFAULT_DATABASE_PATH.endsWith(path.join('data', 'factbot.sqlite'))).toBe(true);
  });

  test('reads every variable', () => {
    expect(logConfigFromEnv({ DATABASE_PATH: 'x/y.sqlite', LOG_QUESTIONS: 'FALSE', LOG_USER_IDS: 'true', LOG_SALT: 'a-long-enough-salt!' })).toEqual({
      enabled: false,
      databasePath: path.resolve('x/y.sqlite'),
      rawUserIds: true,
      salt: 'a-long-enough-salt!',
    });
  });

  test('a bad value names the variable, never the value', () => {
    const bad = (env: NodeJS.ProcessEnv, name: string) => {
      let message = '';
      try {
        logConfigFromEnv(env);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain(name);
      for (const v of Object.values(env)) expect(message).not.toContain(v);
    };
    bad({ LOG_QUESTIONS: 'nope' }, 'LOG_QUESTIONS');
    bad({ LOG_USER_IDS: 'yes please' }, 'LOG_USER_IDS');
    bad({ LOG_SALT: 'shortsalt' }, 'LOG_SALT');
  });
});
