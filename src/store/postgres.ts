/**
 * The shared store in PostgreSQL (through node-postgres, `pg`): what several
 * factbot instances (Slack HTTP instances behind one URL, Discord shards on
 * several machines) have in common when DATABASE_URL is set. Every SQL
 * statement of the PostgreSQL store lives in this file; its schema is the
 * PostgreSQL side of the migrations both stores share (migrations.ts).
 *
 * - The question log and votes ({@link PostgresQuestionLog}), the same
 *   {@link QuestionLog} contract as the SQLite log.
 * - The "already handled" record of Slack events and Discord messages
 *   ({@link PostgresStore.eventLedger}): a claim is one unique insert, so of
 *   two instances handed the same event exactly one goes ahead.
 * - Slack threads the bot answered in ({@link PostgresStore.threadRegistry}).
 * - The rate limits' token buckets ({@link PostgresStore.rateGate}), one
 *   round trip per question on the server's clock.
 *
 * Answering never waits on the database for long and never fails because of
 * it: the log is written after the answer (the recorder), and the ledger,
 * threads and rate gate have a short deadline after which they go ahead as a
 * single instance would (claim granted, thread unknown, the instance's own
 * rate limit), with one warning per outage.
 */
import pg from 'pg';
import type { Logger } from '../log.ts';
import { createRateGate, type GateResult, type RateGate, type RateLimitConfig } from '../ratelimit.ts';
import type { EventLedger, ThreadRegistry } from './ledger.ts';
import type { ConversationStore } from '../conversation/store.ts';
import { migrationsFor } from './migrations.ts';
import { QUESTION_COLUMNS, VOTE_COLUMNS, questionsFromRows, votesFromRows } from './rows.ts';
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

const { Pool } = pg;

/** A PostgreSQL migration, as applied: the PostgreSQL side of migrations.ts. */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/** The PostgreSQL schema, in order. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = migrationsFor('postgres');

/** Options for {@link openPostgresStore} and {@link openPostgresQuestionLog}. */
export interface PostgresStoreOptions {
  /**
   * A schema to keep the tables in (created if missing), instead of the
   * connection's default (`public`): tests use one per test; a deployment
   * may share a database with other programs this way.
   */
  schema?: string;
  /** Most connections this process opens (default 10). */
  maxConnections?: number;
  /** How long to wait for a connection (default 5000 ms). */
  connectionTimeoutMs?: number;
  /** Longest a statement may run on the server (default 10,000 ms). */
  statementTimeoutMs?: number;
  /** Deadline of the ledger, thread and rate-limit look-ups that an answer waits for (default 1500 ms). */
  answerPathTimeoutMs?: number;
  /** For connection errors of idle connections and outage warnings; silent when absent. */
  logger?: Logger;
  /** The migrations to apply (tests pass a longer list to try an upgrade). */
  migrations?: readonly PostgresMigration[];
  /** Handled events older than this are forgotten (default a day: Slack retries within minutes). */
  ledgerRetentionMs?: number;
  /** Answered threads older than this are forgotten (default 30 days). */
  threadRetentionMs?: number;
}

const silent: Logger = { info() {}, warn() {}, error() {} };
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The connection URL with any password removed, for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    // Query parameters can carry a password too (password=, sslpassword=, sslkey paths are harmless).
    for (const key of [...u.searchParams.keys()]) if (/pass/i.test(key)) u.searchParams.set(key, '[redacted]');
    return u.toString().replace(/^(\w+:\/\/[^:@/]*):@/, '$1@');
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

/** Whether a DATABASE_URL names PostgreSQL. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url.trim());
}

// ---- What counts as "unavailable for now" --------------------------------------------------

/**
 * SQLSTATE classes and codes that mean "not now" rather than "never": the
 * connection (08), resources such as a full disk (53), the server being shut
 * down or a statement timing out (57), the system (58), serialization and
 * deadlocks (40), a read-only server (25006), locks (55P03), credentials and
 * a missing database (28, 3D000: fixable while the bot runs).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57|58|40|28|XX)|^(25006|55P03|3D000)$/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOENT', 'EACCES']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|not queryable|Cannot use a pool after calling end|Query read timeout|connection timeout|ended unexpectedly/i;

/** Whether an error from pg means the database cannot be used for now. */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof LogUnavailableError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
  const message = err instanceof Error ? err.message : String(err);
  return UNAVAILABLE_MESSAGE.test(message);
}

/** Wraps storage trouble in LogUnavailableError; leaves other errors (a bad entry) as they are. */
function classify(err: unknown, location: string): unknown {
  if (err instanceof LogUnavailableError || !isUnavailable(err)) return err;
  const code = (err as { code?: unknown }).code;
  const message = err instanceof Error ? err.message : String(err);
  return new LogUnavailableError(`${location}: ${message}${typeof code === 'string' ? ` (${code})` : ''}`, { cause: err });
}

/** Rejects after `ms` (the work goes on; its result is ignored). */
function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LogUnavailableError(`${what}: no answer from PostgreSQL within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * One warning when a part of the store stops working, one info line when it
 * works again: an outage is reported once, not once per message.
 */
class OutageReporter {
  #down = false;
  #failures = 0;
  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly consequence: string,
  ) {}
  failed(err: unknown): void {
    this.#failures++;
    if (this.#down) return;
    this.#down = true;
    this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, `${this.what} unavailable: ${this.consequence}`);
  }
  worked(): void {
    if (!this.#down) return;
    this.#down = false;
    this.logger.info({ failures: this.#failures }, `${this.what} available again`);
    this.#failures = 0;
  }
}

// ---- Transactions ----------------------------------------------------------------------------

/** Options for {@link withTransaction}. */
export interface TransactionOptions<T> {
  /**
   * Whether to keep what `work` did, given its result (default: always). A
   * false answer rolls the transaction back and still returns the result: for
   * work that finds it should not go ahead, which is not an error.
   */
  commitIf?: (result: T) => boolean;
}

/**
 * Runs `work` in a transaction on one connection of `pool`: BEGIN, then COMMIT
 * when `work` resolves (or ROLLBACK when `commitIf` says so), ROLLBACK when
 * anything fails, and the error is thrown as it was. The connection goes back
 * to the pool exactly once, whatever happened; when it is broken (the server
 * went away) or its ROLLBACK failed, it is closed instead, so that no later
 * user of the pool gets a dead connection or one still inside this transaction.
 */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, options: TransactionOptions<T> = {}): Promise<T> {
  const client = await pool.connect();
  // Passed to release(): an error (or true) closes the connection instead of pooling it.
  let discard: Error | boolean = false;
  // A connection that drops while checked out also emits 'error' on the client, and the pool
  // listens only while it is idle: unheard, that event would crash the process. The query in
  // flight fails on its own; here the connection is only marked to be closed.
  const dropped = (err: Error) => {
    discard = err;
  };
  client.on('error', dropped);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query(options.commitIf && !options.commitIf(result) ? 'ROLLBACK' : 'COMMIT');
    return result;
  } catch (e) {
    if (e instanceof Error && isUnavailable(e)) discard = e;
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // The original error is the one that matters; this connection is not to be trusted again.
      if (discard === false) discard = rollbackError instanceof Error ? rollbackError : true;
    }
    throw e;
  } finally {
    client.off('error', dropped);
    client.release(discard);
  }
}

// ---- Migrations ------------------------------------------------------------------------------

/**
 * Applies pending migrations in one transaction, under an advisory lock so
 * that instances starting together do not race. Exported for tests.
 */
export async function migratePostgres(pool: pg.Pool, migrations: readonly PostgresMigration[], location: string): Promise<void> {
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  const current = async (db: pg.Pool | pg.PoolClient): Promise<number> => {
    const table = await db.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
    if (table.rows[0]?.t == null) return 0;
    const r = await db.query<{ v: number }>('SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations');
    return r.rows[0]?.v ?? 0;
  };
  // Looked at outside the transaction first: an up-to-date schema (every start but the first) takes no lock.
  const before = await current(pool);
  if (before > latest)
    throw new Error(`${location}: the database schema is version ${before}, newer than this factbot knows (${latest}); upgrade factbot`);
  if (before === latest) return;
  await withTransaction(pool, async (client) => {
    // One migrator per schema at a time; the others wait here, then find nothing to do.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('factbot schema ' || current_schema()))");
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const from = await current(client);
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= from) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
  });
}

// ---- The store ------------------------------------------------------------------------------

/**
 * One connection pool per process and what is built on it. Nothing connects
 * until first used; the schema is migrated then (and again after a failure).
 */
export class PostgresStore {
  /** The URL without a password, for messages. */
  readonly location: string;
  readonly pool: pg.Pool;
  readonly #options: PostgresStoreOptions;
  readonly #logger: Logger;
  #ready: Promise<void> | null = null;
  #closed = false;

  constructor(url: string, options: PostgresStoreOptions = {}) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new Error(`not a plain schema name: ${options.schema}`);
    this.location = redactDatabaseUrl(url) + (options.schema ? ` (schema ${options.schema})` : '');
    this.#options = options;
    this.#logger = options.logger ?? silent;
    this.pool = new Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
      // A server that stops answering mid-query must not hold a connection for ever.
      query_timeout: (options.statementTimeoutMs ?? 10_000) + 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'factbot',
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle connection that breaks (the server restarts) must not crash the process;
    // the next query opens a new one.
    const idle = new OutageReporter(this.#logger, 'PostgreSQL connection', 'an idle connection was lost; the next use reconnects');
    this.pool.on('error', (err) => idle.failed(err));
  }

  /** Creates the schema (if a schema is set) and applies pending migrations; once, retried after a failure. */
  ready(): Promise<void> {
    if (this.#closed) return Promise.reject(new LogUnavailableError(`${this.location}: the store is closed`));
    this.#ready ??= (async () => {
      const { schema } = this.#options;
      if (schema) {
        // CREATE SCHEMA IF NOT EXISTS is not safe against itself: instances starting together take turns.
        await withTransaction(this.pool, async (client) => {
          await client.query("SELECT pg_advisory_xact_lock(hashtext('factbot schema ' || $1))", [schema]);
          await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        });
      }
      await migratePostgres(this.pool, this.#options.migrations ?? POSTGRES_MIGRATIONS, this.location);
    })().catch((e: unknown) => {
      this.#ready = null;
      throw classify(e, this.location);
    });
    return this.#ready;
  }

  /** The question log on this store's pool; closing it leaves the pool to the store. */
  async questionLog(): Promise<PostgresQuestionLog> {
    await this.ready();
    return new PostgresQuestionLog(this.pool, this.location, false);
  }

  /**
   * The "already handled" record, keys prefixed with `namespace` (e.g.
   * `slack`, `discord`). Never rejects: when PostgreSQL does not answer in
   * time a claim is granted (an event is answered rather than dropped; a
   * duplicate is then possible until the store is back) and one warning is logged.
   */
  eventLedger(namespace: string): EventLedger {
    const deadline = this.#options.answerPathTimeoutMs ?? 1_500;
    const retentionMs = this.#options.ledgerRetentionMs ?? 86_400_000;
    const outage = new OutageReporter(this.#logger, 'shared event record (PostgreSQL)', 'events are answered without the check across instances, so a retry may be answered twice');
    const prefixed = (keys: readonly string[]) => [...new Set(keys.map((k) => `${namespace}:${k}`))].sort();
    let lastPrune = 0;
    const prune = () => {
      // Now and then, not on every claim: forget keys no platform will deliver again.
      if (Date.now() - lastPrune < 600_000) return;
      lastPrune = Date.now();
      this.pool.query("DELETE FROM handled_events WHERE at < now() - $1 * interval '1 millisecond'", [retentionMs]).catch(() => undefined);
    };
    const claim = async (keys: string[]): Promise<boolean> => {
      await this.ready();
      // All keys or none: a partial claim is rolled back. A concurrent claim of the
      // same key waits for this transaction and then sees the key taken.
      return withTransaction(
        this.pool,
        async (client) => {
          const r = await client.query('INSERT INTO handled_events (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING', [keys]);
          return r.rowCount === keys.length;
        },
        { commitIf: (fresh) => fresh },
      );
    };
    return {
      claim: async (keys) => {
        if (keys.length === 0) return true;
        try {
          const fresh = await withDeadline(claim(prefixed(keys)), deadline, 'claiming an event');
          outage.worked();
          prune();
          return fresh;
        } catch (e) {
          outage.failed(e);
          return true;
        }
      },
      release: async (keys) => {
        if (keys.length === 0) return;
        try {
          await withDeadline(this.ready().then(() => this.pool.query('DELETE FROM handled_events WHERE key = ANY($1::text[])', [prefixed(keys)])), deadline, 'releasing an event');
          outage.worked();
        } catch (e) {
          outage.failed(e);
        }
      },
    };
  }

  /**
   * Slack threads the bot answered in, shared by instances. Never rejects: an
   * unknown answer counts as "not answered here" (the bot stays quiet rather
   * than join a conversation it may not be in).
   */
  threadRegistry(): ThreadRegistry {
    const deadline = this.#options.answerPathTimeoutMs ?? 1_500;
    const retentionMs = this.#options.threadRetentionMs ?? 30 * 86_400_000;
    const outage = new OutageReporter(this.#logger, 'shared thread record (PostgreSQL)', 'follow-ups in threads are answered only when mentioned, for now');
    let lastPrune = 0;
    return {
      remember: async (channel, threadTs) => {
        try {
          await withDeadline(
            this.ready().then(() =>
              this.pool.query('INSERT INTO answered_threads (channel, thread_ts) VALUES ($1, $2) ON CONFLICT (channel, thread_ts) DO UPDATE SET at = now()', [channel, threadTs]),
            ),
            deadline,
            'remembering a thread',
          );
          outage.worked();
          if (Date.now() - lastPrune > 3_600_000) {
            lastPrune = Date.now();
            this.pool.query("DELETE FROM answered_threads WHERE at < now() - $1 * interval '1 millisecond'", [retentionMs]).catch(() => undefined);
          }
        } catch (e) {
          outage.failed(e);
        }
      },
      has: async (channel, threadTs) => {
        try {
          const r = await withDeadline(
            this.ready().then(() => this.pool.query('SELECT 1 FROM answered_threads WHERE channel = $1 AND thread_ts = $2', [channel, threadTs])),
            deadline,
            'looking up a thread',
          );
          outage.worked();
          return (r.rowCount ?? 0) > 0;
        } catch (e) {
          outage.failed(e);
          return false;
        }
      },
    };
  }

  /**
   * The rate limits shared by every instance on this database: one bucket per
   * person and per channel whichever instance answers. When PostgreSQL does not
   * answer in time, this instance's own buckets decide (`fallback`, by default
   * a local gate with the same limits) and one warning is logged.
   */
  rateGate(config: RateLimitConfig, fallback: RateGate = createRateGate(config)): RateGate {
    if (!config.user && !config.channel) return fallback;
    const deadline = this.#options.answerPathTimeoutMs ?? 1_500;
    const outage = new OutageReporter(this.#logger, 'shared rate limits (PostgreSQL)', "each instance applies the limits on its own for now");
    let lastPrune = 0;
    const check = async (userKey: string, channelKey: string | undefined): Promise<GateResult> => {
      await this.ready();
      const r = await this.pool.query<{ decision: string; which: string | null; retry_after_ms: number }>(
        'SELECT decision, which, retry_after_ms FROM factbot_rate_check($1, $2, $3, $4, $5, $6)',
        [
          userKey,
          config.user?.capacity ?? null,
          config.user?.windowMs ?? null,
          channelKey ?? null,
          channelKey !== undefined ? (config.channel?.capacity ?? null) : null,
          channelKey !== undefined ? (config.channel?.windowMs ?? null) : null,
        ],
      );
      const row = r.rows[0];
      if (!row || row.decision === 'ok') return { decision: 'ok' };
      return { decision: row.decision === 'silent' ? 'silent' : 'warn', limit: row.which === 'channel' ? 'channel' : 'user', retryAfterMs: row.retry_after_ms };
    };
    return {
      check: async (userKey, channelKey) => {
        try {
          const result = await withDeadline(check(userKey, channelKey), deadline, 'checking the rate limit');
          outage.worked();
          if (Date.now() - lastPrune > 3_600_000) {
            lastPrune = Date.now();
            // A bucket untouched for a day is full (windows are at most a day): forget it.
            this.pool.query('DELETE FROM rate_buckets WHERE at < extract(epoch FROM now()) * 1000 - 86400000').catch(() => undefined);
          }
          return result;
        } catch (e) {
          outage.failed(e);
          return fallback.check(userKey, channelKey);
        }
      },
    };
  }

  /**
   * Each conversation's last answered question, shared by instances (issue
   * 16). Never rejects: when PostgreSQL does not answer in time the
   * instance's own memory decides (src/bot.ts) and one warning is logged.
   * Times are the Bot's clock, passed in, so expiry follows CONTEXT_TTL
   * exactly and tests can move a fake clock.
   */
  conversationStore(): ConversationStore {
    const deadline = this.#options.answerPathTimeoutMs ?? 1_500;
    const outage = new OutageReporter(this.#logger, 'shared conversations (PostgreSQL)', 'follow-ups are read in context only on the instance that answered the question before');
    let lastPrune = 0;
    return {
      get: async (key, since) => {
        try {
          const r = await withDeadline(
            this.ready().then(() =>
              this.pool.query<{ question: string; fact_id: string; at: Date }>('SELECT question, fact_id, at FROM conversation_turns WHERE key = $1 AND at >= $2', [key, since]),
            ),
            deadline,
            'looking up a conversation',
          );
          outage.worked();
          const row = r.rows[0];
          if (Date.now() - lastPrune > 600_000) {
            lastPrune = Date.now();
            this.pool.query('DELETE FROM conversation_turns WHERE at < $1', [since]).catch(() => undefined);
          }
          return row ? { question: row.question, factId: row.fact_id, at: new Date(row.at) } : undefined;
        } catch (e) {
          outage.failed(e);
          return undefined;
        }
      },
      set: async (key, turn) => {
        try {
          await withDeadline(
            this.ready().then(() =>
              this.pool.query(
                'INSERT INTO conversation_turns (key, question, fact_id, at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE SET question = EXCLUDED.question, fact_id = EXCLUDED.fact_id, at = EXCLUDED.at',
                [key, turn.question, turn.factId, turn.at],
              ),
            ),
            deadline,
            'remembering a conversation',
          );
          outage.worked();
        } catch (e) {
          outage.failed(e);
        }
      },
    };
  }

  /** Ends the pool (waits for queries in flight). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.pool.end().catch(() => undefined);
  }
}

/** Creates the store for a DATABASE_URL. Nothing connects until it is used. */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): PostgresStore {
  return new PostgresStore(url, options);
}

// ---- The question log -------------------------------------------------------------------------

/** The question log in PostgreSQL; the same contract as the SQLite log. */
export class PostgresQuestionLog implements QuestionLog {
  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    /** Whether close() ends the pool (a log opened on its own, e.g. by the CLI). */
    private readonly ownsPool: boolean,
  ) {}

  #closed = false;

  /** Runs `fn`, turning storage trouble into LogUnavailableError. */
  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#closed) throw new LogUnavailableError(`${this.location}: the log is closed`);
    try {
      return await fn();
    } catch (e) {
      throw classify(e, this.location);
    }
  }

  /** Runs `fn` in a transaction on one connection, storage trouble as LogUnavailableError. */
  private async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.guard(() => withTransaction(this.pool, fn));
  }

  async salt(): Promise<string> {
    return this.guard(async () => {
      const r = await this.pool.query<{ value: string }>("SELECT value FROM meta WHERE key = 'user_salt'");
      const salt = r.rows[0]?.value;
      if (salt === undefined) throw new Error(`${this.location}: the salt is missing from the meta table`);
      return salt;
    });
  }

  async recordAnswer(e: AnswerEntry): Promise<void> {
    await this.guard(() =>
      this.pool.query(
        `INSERT INTO questions (${QUESTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO NOTHING`,
        [e.id, e.at, e.platform, e.user, e.channelKind, e.via, e.question, e.kind, e.factId, e.confidence, e.latencyMs, e.readingAs ?? null, e.readingQuestion ?? null],
      ),
    );
  }

  async recordVote(e: VoteEntry): Promise<VoteOutcome> {
    return this.transaction(async (client) => {
      // The question row is locked against a concurrent purge while the vote is written.
      const known = await client.query('SELECT 1 FROM questions WHERE id = $1 FOR SHARE', [e.answerId]);
      if ((known.rowCount ?? 0) === 0) return 'unknown-answer';
      // One statement decides and writes, so two clicks at once cannot both be "recorded":
      // an insert, or an update only when the vote differs; no row back means unchanged.
      const r = await client.query<{ inserted: boolean }>(
        `INSERT INTO votes AS v (answer_id, user_key, vote, at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (answer_id, user_key) DO UPDATE SET vote = EXCLUDED.vote, at = EXCLUDED.at WHERE v.vote <> EXCLUDED.vote
         RETURNING (xmax = 0) AS inserted`,
        [e.answerId, e.user, e.vote, e.at],
      );
      const row = r.rows[0];
      if (!row) return 'unchanged';
      return row.inserted ? 'recorded' : 'changed';
    });
  }

  async hasAnswer(id: string): Promise<boolean> {
    return this.guard(async () => ((await this.pool.query('SELECT 1 FROM questions WHERE id = $1', [id])).rowCount ?? 0) > 0);
  }

  async questions(query: LogQuery = {}): Promise<LoggedQuestion[]> {
    return this.guard(async () => {
      const r = await this.pool.query(`SELECT ${QUESTION_COLUMNS} FROM questions WHERE at >= $1 ORDER BY at, seq`, [query.since ?? new Date(0)]);
      return questionsFromRows(r.rows);
    });
  }

  async votes(query: LogQuery = {}): Promise<LoggedVote[]> {
    return this.guard(async () => {
      const r = await this.pool.query(
        `SELECT ${VOTE_COLUMNS}
         FROM votes v JOIN questions q ON q.id = v.answer_id
         WHERE v.at >= $1 ORDER BY v.at, v.seq`,
        [query.since ?? new Date(0)],
      );
      return votesFromRows(r.rows);
    });
  }

  async purge(before: Date): Promise<PurgeResult> {
    return this.transaction(async (client) => {
      const votes = await client.query('DELETE FROM votes WHERE answer_id IN (SELECT id FROM questions WHERE at < $1)', [before]);
      const questions = await client.query('DELETE FROM questions WHERE at < $1', [before]);
      return { questions: questions.rowCount ?? 0, votes: votes.rowCount ?? 0 };
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.ownsPool) await this.pool.end().catch(() => undefined);
  }
}

/**
 * Opens a question log of its own (its own small pool, ended by close()):
 * for the maintainers' commands and tests. Migrates the schema; storage
 * trouble is thrown as LogUnavailableError.
 */
export async function openPostgresQuestionLog(url: string, options: PostgresStoreOptions = {}): Promise<PostgresQuestionLog> {
  const store = new PostgresStore(url, { maxConnections: 2, ...options });
  try {
    await store.ready();
  } catch (e) {
    await store.close();
    throw e;
  }
  return new PostgresQuestionLog(store.pool, store.location, true);
}
