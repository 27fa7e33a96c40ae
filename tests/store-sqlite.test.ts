/**
 * The SQLite question log on real files in temp dirs: the shared contract, then
 * what is SQLite's own (WAL, versioned migrations, errors classified).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_DATABASE_PATH, logConfigFromEnv } from '../src/store/config.ts';
import { SQLITE_MIGRATIONS, openSqliteQuestionLog, type Migration } from '../src/store/sqlite.ts';
import { LogUnavailableError } from '../src/store/types.ts';
import { makeTempDir, removeTempDirs } from './helpers/knowledge.ts';
import { answerEntry, describeQuestionLogContract } from './helpers/questionLogContract.ts';

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

    const broken: Migration[] = [
      ...SQLITE_MIGRATIONS,
      { version: 2, name: 'tags', sql: 'ALTER TABLE questions ADD COLUMN tag TEXT; CREATE TABLE oops (x INT); SELECT * FROM no_such_table;' },
    ];
    expect(() => openSqliteQuestionLog(file, { migrations: broken })).toThrow(/no_such_table/);
    const check = new Database(file);
    const columns = (check.prepare("SELECT name FROM pragma_table_info('questions')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('tag');
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'oops'").get()).toBeUndefined();
    expect(check.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 });
    check.close();

    const good: Migration[] = [...SQLITE_MIGRATIONS, { version: 2, name: 'tags', sql: 'ALTER TABLE questions ADD COLUMN tag TEXT' }];
    const upgraded = openSqliteQuestionLog(file, { migrations: good });
    expect(upgraded.database.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2]);
    expect(upgraded.hasAnswerSync(a.id)).toBe(true);
    upgraded.database.close();
  });

  test('a database from a newer factbot is refused with a clear message', () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    openSqliteQuestionLog(file, { migrations: [...SQLITE_MIGRATIONS, { version: 9, name: 'future', sql: 'SELECT 1' }] }).database.close();
    expect(() => openSqliteQuestionLog(file)).toThrow(/schema is version 9, newer than this factbot knows \(1\)/);
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

  test('a write while another connection holds the write lock fails at once (no waiting)', async () => {
    const file = path.join(makeTempDir('factbot-db-'), 'log.sqlite');
    const log = openSqliteQuestionLog(file);
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    await expect(log.recordAnswer(answerEntry())).rejects.toBeInstanceOf(LogUnavailableError);
    expect(performance.now() - started).toBeLessThan(200);
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
