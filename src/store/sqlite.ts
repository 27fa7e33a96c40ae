/**
 * The question log in SQLite (better-sqlite3): the embedded default. Every SQL
 * statement of the SQLite log lives in this file; its migrations are the
 * SQLite side of the list both stores share (migrations.ts).
 *
 * - WAL mode, so reports (`factbot gaps`) read while the bot writes.
 * - The schema is versioned: `schema_migrations` lists the applied versions and
 *   pending migrations run in one transaction when the log is opened.
 * - The bot's connection waits for no lock (busy timeout 0): a locked database
 *   fails a write at once instead of blocking answers, and the recorder retries.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
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
  /** How long a write waits for another writer's lock (default 0: fail at once, the recorder retries). */
  busyTimeoutMs?: number;
  /** The migrations to apply (tests pass a longer list to try an upgrade). */
  migrations?: readonly Migration[];
}

/** SQLite error codes that mean "not now" rather than "never": the entry is kept and retried. */
const TRANSIENT = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|PERM|AUTH|PROTOCOL)/;
const FS_TRANSIENT = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'ENOENT', 'EISDIR', 'EEXIST', 'EBUSY', 'EIO']);

/** Wraps storage trouble in LogUnavailableError; leaves other errors as they are. */
function classify(err: unknown, location: string): unknown {
  const code = (err as { code?: unknown }).code;
  const message = (err as Error).message ?? String(err);
  if (typeof code === 'string' && (TRANSIENT.test(code) || FS_TRANSIENT.has(code)))
    return new LogUnavailableError(`${location}: ${message} (${code})`, { cause: err });
  // A closed connection ("The database connection is not open") is unavailable too.
  if (err instanceof TypeError && /not open/.test(message)) return new LogUnavailableError(`${location}: ${message}`, { cause: err });
  return err;
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

/** The SQLite question log. `database` is exposed for maintenance and tests. */
export class SqliteQuestionLog implements QuestionLog {
  readonly location: string;
  readonly database: Database.Database;
  private readonly stmts;

  constructor(file: string, options: SqliteLogOptions = {}) {
    this.location = file;
    if (!options.readonly && !options.fileMustExist && file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.fileMustExist ?? false,
      timeout: options.busyTimeoutMs ?? 0,
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
        `INSERT INTO questions (id, at, platform, user_key, channel_kind, via, question, kind, fact_id, confidence, latency_ms)
         VALUES (@id, @at, @platform, @user, @channelKind, @via, @question, @kind, @factId, @confidence, @latencyMs)
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
      purgeVotes: db.prepare('DELETE FROM votes WHERE answer_id IN (SELECT id FROM questions WHERE at < ?)'),
      purgeQuestions: db.prepare('DELETE FROM questions WHERE at < ?'),
    };
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
    const result = this.guard(() =>
      this.database
        .transaction((): PurgeResult => {
          const votes = this.stmts.purgeVotes.run(before.getTime()).changes;
          const questions = this.stmts.purgeQuestions.run(before.getTime()).changes;
          return { questions, votes };
        })
        .immediate(),
    );
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
