/**
 * The question log in SQLite (better-sqlite3): the embedded default. Every SQL
 * statement of the SQLite log lives in this file; its migrations are the
 * SQLite side of the list both stores share (migrations.ts).
 *
 * - WAL mode, so reports (`factbot gaps`) read while the bot writes.
 * - The schema is versioned: `schema_migrations` lists the applied versions and
 *   pending migrations run in one transaction when the log is opened.
 * - Several processes may write to one file (the bot, the console chat in the
 *   same checkout, `factbot purge`). A write waits a little for another's lock
 *   (busy timeout, {@link DEFAULT_BUSY_TIMEOUT_MS}) and then fails with
 *   LogBusyError, which the recorder retries after short pauses. The wait is
 *   short because better-sqlite3 waits on the main thread, answers included.
 * - Every error names the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  LogBusyError,
  LogUnavailableError,
  type AnswerEntry,
  type LogQuery,
  type LoggedQuestion,
  type LoggedVote,
  type PurgeResult,
  type QuestionLog,
  type VoteEntry,
  type VoteOutcome,
} from './types.ts';
import { migrationsFor } from './migrations.ts';
import { QUESTION_COLUMNS, VOTE_COLUMNS, questionsFromRows, votesFromRows } from './rows.ts';

/** A schema change. Never edit one that has shipped: add the next version (in migrations.ts). */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, in order: the SQLite side of the one list of versioned
 * migrations both stores share (migrations.ts). Times are milliseconds since
 * 1970 (UTC).
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = migrationsFor('sqlite');

/** Options for {@link openSqliteQuestionLog}. */
export interface SqliteLogOptions {
  /** Open without writing (reports); the schema must then be current. */
  readonly?: boolean;
  /** Fail instead of creating a missing file. */
  fileMustExist?: boolean;
  /** How long a write waits for another writer's lock before LogBusyError (default {@link DEFAULT_BUSY_TIMEOUT_MS}). */
  busyTimeoutMs?: number;
  /** The migrations to apply (tests pass a longer list to try an upgrade). */
  migrations?: readonly Migration[];
}

/**
 * How long the bot's connection waits for another connection's write lock.
 * Another process's write holds it for well under a millisecond, and SQLite
 * polls from 1 ms on, so this is plenty; anything longer (a big purge) is
 * retried by the recorder without blocking answers meanwhile.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 100;

/** Another connection holds the lock: retried soon (LogBusyError). */
const BUSY = /^SQLITE_(BUSY|LOCKED)/;
/** SQLite error codes that mean "not now" rather than "never": the entry is kept and retried. */
const TRANSIENT = /^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|PERM|AUTH|PROTOCOL)/;
const FS_TRANSIENT = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'ENOENT', 'EISDIR', 'EEXIST', 'EBUSY', 'EIO']);

/**
 * Every error gets the file's name in front ("file is not a database" alone
 * does not say which), and storage trouble becomes LogUnavailableError
 * (LogBusyError for a lock held by another connection). Anything else keeps
 * its kind: the recorder drops an entry that cannot be stored, rather than
 * retrying it for ever.
 */
function classify(err: unknown, location: string): unknown {
  const code = (err as { code?: unknown }).code;
  const raw = err instanceof Error ? err.message : String(err);
  const named = raw.startsWith(location) ? raw : `${location}: ${raw}`;
  const message = typeof code === 'string' && !named.includes(`(${code})`) ? `${named} (${code})` : named;
  if (typeof code === 'string' && BUSY.test(code)) return new LogBusyError(message, { cause: err });
  if (typeof code === 'string' && (TRANSIENT.test(code) || FS_TRANSIENT.has(code))) return new LogUnavailableError(message, { cause: err });
  // A closed connection ("The database connection is not open") is unavailable too.
  if (err instanceof TypeError && /not open/.test(raw)) return new LogUnavailableError(message, { cause: err });
  if (err instanceof LogUnavailableError || message === raw) return err;
  return Object.assign(new Error(message, { cause: err }), typeof code === 'string' ? { code } : {});
}

/** Why a folder could not be made, in words (the code follows in brackets). */
function folderProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'the file system does not allow new folders there';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    default:
      return error.message;
  }
}

/**
 * Creates the folder a database file goes in, and any missing parents, one
 * level at a time. Not `fs.mkdirSync(…, { recursive: true })`: where the file
 * system answers ENOENT for a folder whose parent exists (under /proc), Node's
 * recursive mkdir retries for ever at full CPU, silently.
 *
 * @throws Error with `code` and a message naming the folder and what is wrong.
 */
export function createDatabaseFolder(file: string): void {
  const missing: string[] = [];
  let folder = path.dirname(path.resolve(file));
  for (;;) {
    let isFolder: boolean;
    try {
      isFolder = fs.statSync(folder).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const parent = path.dirname(folder);
      if ((code === 'ENOENT' || code === 'ENOTDIR') && parent !== folder) {
        missing.push(folder);
        folder = parent;
        continue;
      }
      throw Object.assign(new Error(`cannot use the folder ${folder}: ${(e as Error).message}`), { code });
    }
    if (!isFolder) {
      const wanted = missing.at(-1) ?? folder;
      throw Object.assign(new Error(`cannot create the folder ${wanted}: ${folder} is a file, not a folder`), { code: 'ENOTDIR' });
    }
    break;
  }
  for (const dir of missing.reverse()) {
    try {
      fs.mkdirSync(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Made meanwhile by another process (the console chat starting next to the bot): fine.
      if (code === 'EEXIST' && fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
      throw Object.assign(new Error(`cannot create the folder ${dir}: ${folderProblem(e as NodeJS.ErrnoException)}`), { code });
    }
  }
}

/** Applies pending migrations in one transaction. Exported for tests. */
export function migrate(db: Database.Database, migrations: readonly Migration[], location: string): void {
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  const current = (): number => {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!table) return 0;
    return (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
  };
  const before = current();
  if (before > latest)
    throw new Error(`${location}: the database schema is version ${before}, newer than this factbot knows (${latest}); upgrade factbot`);
  if (before === latest) return;
  db.transaction(() => {
    // Inside the write lock: another process may have migrated meanwhile.
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT',
    );
    const from = current();
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= from) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, Date.now());
    }
  }).immediate();
}

/** Questions deleted per transaction by purge(). */
const PURGE_BATCH = 500;

/** The SQLite question log. `database` is exposed for maintenance and tests. */
export class SqliteQuestionLog implements QuestionLog {
  readonly location: string;
  readonly database: Database.Database;
  private readonly stmts;

  constructor(file: string, options: SqliteLogOptions = {}) {
    this.location = file;
    if (!options.readonly && !options.fileMustExist && file !== ':memory:') createDatabaseFolder(file);
    const db = new Database(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.fileMustExist ?? false,
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    });
    try {
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      // Deleted rows are overwritten, so `purge` really removes what it deletes.
      db.pragma('secure_delete = ON');
      migrate(db, options.migrations ?? SQLITE_MIGRATIONS, file);
    } catch (e) {
      db.close();
      throw e;
    }
    this.database = db;
    this.stmts = {
      salt: db.prepare("SELECT value FROM meta WHERE key = 'user_salt'").pluck(),
      insertQuestion: db.prepare(
        `INSERT INTO questions (${QUESTION_COLUMNS})
         VALUES (@id, @at, @platform, @user, @channelKind, @via, @question, @kind, @factId, @confidence, @latencyMs, @readingAs, @readingQuestion)
         ON CONFLICT (id) DO NOTHING`,
      ),
      hasQuestion: db.prepare('SELECT 1 FROM questions WHERE id = ?').pluck(),
      vote: db.prepare('SELECT vote FROM votes WHERE answer_id = ? AND user_key = ?').pluck(),
      insertVote: db.prepare('INSERT INTO votes (answer_id, user_key, vote, at) VALUES (?, ?, ?, ?)'),
      updateVote: db.prepare('UPDATE votes SET vote = ?, at = ? WHERE answer_id = ? AND user_key = ?'),
      questions: db.prepare(`SELECT ${QUESTION_COLUMNS} FROM questions WHERE at >= ? ORDER BY at, rowid`),
      votes: db.prepare(
        `SELECT ${VOTE_COLUMNS}
         FROM votes v JOIN questions q ON q.id = v.answer_id
         WHERE v.at >= ? ORDER BY v.at, v.rowid`,
      ),
      // A batch of the oldest questions before a time, and their votes (see purge()).
      purgeVotes: db.prepare('DELETE FROM votes WHERE answer_id IN (SELECT id FROM questions WHERE at < ? ORDER BY at, rowid LIMIT ?)'),
      purgeQuestions: db.prepare('DELETE FROM questions WHERE id IN (SELECT id FROM questions WHERE at < ? ORDER BY at, rowid LIMIT ?)'),
    };
  }

  /**
   * SQLite's quick integrity check (`PRAGMA quick_check`): empty when the file
   * is sound, else up to `max` descriptions of what is damaged. A damaged file
   * can open and work for a while, then fail on the pages that are broken.
   */
  quickCheck(max = 10): string[] {
    try {
      const rows = this.database.pragma(`quick_check(${Math.max(1, Math.floor(max))})`, { simple: false }) as { quick_check: string }[];
      const problems = rows.map((r) => r.quick_check);
      return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
    } catch (e) {
      return [(e as Error).message];
    }
  }

  /** Runs `fn`, turning storage trouble into LogUnavailableError. */
  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw classify(e, this.location);
    }
  }

  /** Synchronous {@link hasAnswer}: SQLite answers in microseconds (the Bot's feedback check uses it). */
  hasAnswerSync(id: string): boolean {
    return this.guard(() => this.stmts.hasQuestion.get(id) !== undefined);
  }

  async salt(): Promise<string> {
    return this.guard(() => this.stmts.salt.get() as string);
  }

  async recordAnswer(e: AnswerEntry): Promise<void> {
    this.guard(() =>
      this.stmts.insertQuestion.run({
        id: e.id,
        at: e.at.getTime(),
        platform: e.platform,
        user: e.user,
        channelKind: e.channelKind,
        via: e.via,
        question: e.question,
        kind: e.kind,
        factId: e.factId,
        confidence: e.confidence,
        latencyMs: e.latencyMs,
        readingAs: e.readingAs ?? null,
        readingQuestion: e.readingQuestion ?? null,
      }),
    );
  }

  async recordVote(e: VoteEntry): Promise<VoteOutcome> {
    return this.guard(() =>
      this.database
        .transaction((): VoteOutcome => {
          if (this.stmts.hasQuestion.get(e.answerId) === undefined) return 'unknown-answer';
          const prior = this.stmts.vote.get(e.answerId, e.user) as string | undefined;
          if (prior === undefined) {
            this.stmts.insertVote.run(e.answerId, e.user, e.vote, e.at.getTime());
            return 'recorded';
          }
          if (prior === e.vote) return 'unchanged';
          this.stmts.updateVote.run(e.vote, e.at.getTime(), e.answerId, e.user);
          return 'changed';
        })
        .immediate(),
    );
  }

  async hasAnswer(id: string): Promise<boolean> {
    return this.hasAnswerSync(id);
  }

  async questions(query: LogQuery = {}): Promise<LoggedQuestion[]> {
    return this.guard(() => questionsFromRows(this.stmts.questions.all(query.since?.getTime() ?? 0)));
  }

  async votes(query: LogQuery = {}): Promise<LoggedVote[]> {
    return this.guard(() => votesFromRows(this.stmts.votes.all(query.since?.getTime() ?? 0)));
  }

  async purge(before: Date): Promise<PurgeResult> {
    // In batches, each its own short transaction: a bot writing to the same file waits
    // for one batch at most, never for the whole purge (which could take seconds).
    const batch = this.database.transaction((): PurgeResult => {
      const votes = this.stmts.purgeVotes.run(before.getTime(), PURGE_BATCH).changes;
      const questions = this.stmts.purgeQuestions.run(before.getTime(), PURGE_BATCH).changes;
      return { questions, votes };
    });
    const result: PurgeResult = { questions: 0, votes: 0 };
    for (;;) {
      const done = this.guard(() => batch.immediate());
      result.questions += done.questions;
      result.votes += done.votes;
      if (done.questions < PURGE_BATCH) break;
    }
    // Copy the change into the database file and empty the write-ahead log, so
    // the deleted text does not linger there (best effort while a reader is active).
    try {
      this.database.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A busy checkpoint is retried by SQLite's automatic checkpoints later.
    }
    return result;
  }

  async close(): Promise<void> {
    if (this.database.open) this.database.close();
  }
}

/**
 * Opens (creating the file and its folder if needed) and migrates a SQLite
 * question log. Storage trouble is thrown as LogUnavailableError.
 */
export function openSqliteQuestionLog(file: string, options: SqliteLogOptions = {}): SqliteQuestionLog {
  try {
    return new SqliteQuestionLog(file, options);
  } catch (e) {
    throw classify(e, file);
  }
}
