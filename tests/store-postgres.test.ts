/**
 * The PostgreSQL store against a real server (DATABASE_URL_TEST, started by
 * .ci/with-postgres): the same QuestionLog contract as SQLite, the same
 * EventLedger/ThreadRegistry contract as the in-memory versions, then what is
 * PostgreSQL's own: migrations, concurrent instances, outages, the shared rate
 * gate. Each test works in a schema of its own.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { memoryEventLedger, memoryThreadRegistry } from '../src/store/ledger.ts';
import { createLogger } from '../src/log.ts';
import { createRateGate, type GateResult, type RateLimitConfig } from '../src/ratelimit.ts';
import { logConfigFromEnv } from '../src/store/config.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import { SQLITE_MIGRATIONS } from '../src/store/sqlite.ts';
import {
  POSTGRES_MIGRATIONS,
  isUnavailable,
  openPostgresQuestionLog,
  openPostgresStore,
  redactDatabaseUrl,
  withTransaction,
  type TransactionOptions,
} from '../src/store/postgres.ts';
import { LogUnavailableError } from '../src/store/types.ts';
import { describeLedgerContract } from './helpers/ledgerContract.ts';
import { capturingLogger } from './fakes/slackHarness.ts';
import { describePostgres, dropTestSchemas, queryTestDb, testSchema } from './helpers/postgres.ts';
import { answerEntry, describeQuestionLogContract } from './helpers/questionLogContract.ts';

afterAll(dropTestSchemas);

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('the in-memory ledger (the single-process default)', () => {
  describeLedgerContract('memory', async () => {
    const ledger = memoryEventLedger();
    const threads = memoryThreadRegistry();
    return { ledgers: [ledger, ledger], threads: [threads, threads] };
  });
});

describe('one migration list for both stores', () => {
  test('every version names its change once; each dialect applies its own SQL in order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(SQLITE_MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.filter((m) => m.sqlite !== null).map((m) => m.version));
    expect(POSTGRES_MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.filter((m) => m.postgres !== null).map((m) => m.version));
    // The question log's schema is version 1 in both.
    expect(SQLITE_MIGRATIONS[0]?.name).toBe(POSTGRES_MIGRATIONS[0]?.name);
  });

  test('DATABASE_URL selects PostgreSQL; a malformed one is named, never shown', () => {
    expect(logConfigFromEnv({ DATABASE_URL: 'postgres://factbot:pw@db:5432/factbot' }).databaseUrl).toBe('postgres://factbot:pw@db:5432/factbot');
    expect(logConfigFromEnv({ DATABASE_URL: 'postgresql://db/factbot' }).databaseUrl).toBe('postgresql://db/factbot');
    expect(logConfigFromEnv({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    for (const bad of ['mysql://u:s3cret@h/db', 'postgres://', 'factbot.sqlite']) {
      expect(() => logConfigFromEnv({ DATABASE_URL: bad })).toThrow(/DATABASE_URL: expected a PostgreSQL URL/);
      try {
        logConfigFromEnv({ DATABASE_URL: bad });
      } catch (e) {
        expect((e as Error).message).not.toContain('s3cret');
      }
    }
  });

  test("the database password never reaches the log, even in a driver's message", () => {
    let written = '';
    const sink = { write: (s: string) => ((written += s), true) } as unknown as NodeJS.WritableStream;
    const logger = createLogger({ DATABASE_URL: 'postgres://factbot:pw%2Fshort@db/factbot', LOG_LEVEL: 'info' }, sink, { format: 'json' });
    logger.warn({ err: 'connect failed for postgres://factbot:pw%2Fshort@db/factbot' }, 'question log unavailable');
    expect(written).toContain('question log unavailable');
    expect(written).not.toContain('pw%2Fshort');
  });

  test('a database URL is shown without its password', () => {
    expect(redactDatabaseUrl('postgres://factbot:s3cret-pw@db.example:5432/factbot?sslmode=require')).toBe('postgres://factbot@db.example:5432/factbot?sslmode=require');
    expect(redactDatabaseUrl('postgresql://u:p@h/d?password=s3cret')).not.toContain('s3cret');
    expect(redactDatabaseUrl('not a url :: s3cret')).not.toContain('s3cret');
  });
});

describePostgres('PostgreSQL store', (url) => {
  describeQuestionLogContract('PostgreSQL', async () => {
    const schema = testSchema();
    return { log: await openPostgresQuestionLog(url, { schema }), reopen: () => openPostgresQuestionLog(url, { schema }) };
  });

  describeLedgerContract('PostgreSQL, two instances', async () => {
    const schema = testSchema();
    const a = openPostgresStore(url, { schema });
    const b = openPostgresStore(url, { schema });
    return {
      ledgers: [a.eventLedger('slack'), b.eventLedger('slack')],
      threads: [a.threadRegistry(), b.threadRegistry()],
      close: async () => {
        await a.close();
        await b.close();
      },
    };
  });

  describe('PostgreSQL: migrations', () => {
    test('applied once, recorded in schema_migrations; reopening applies nothing twice', async () => {
      const schema = testSchema();
      const log = await openPostgresQuestionLog(url, { schema });
      await log.close();
      const again = await openPostgresQuestionLog(url, { schema });
      await again.close();
      const rows = await queryTestDb('SELECT version, name FROM schema_migrations ORDER BY version', [], schema);
      expect(rows).toEqual(POSTGRES_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    });

    test('instances starting together on an empty database: one migrates, all work', async () => {
      const schema = testSchema();
      const stores = Array.from({ length: 4 }, () => openPostgresStore(url, { schema }));
      try {
        const logs = await Promise.all(stores.map((s) => s.questionLog()));
        await Promise.all(logs.map((l) => l.recordAnswer(answerEntry())));
        expect(await logs[0]!.questions()).toHaveLength(4);
        const salts = new Set(await Promise.all(logs.map((l) => l.salt())));
        expect(salts.size).toBe(1);
        expect(await queryTestDb('SELECT count(*)::int AS n FROM schema_migrations', [], schema)).toEqual([{ n: POSTGRES_MIGRATIONS.length }]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    test('a failing migration rolls back entirely; a good one is applied on open', async () => {
      const schema = testSchema();
      const first = await openPostgresQuestionLog(url, { schema });
      const a = answerEntry();
      await first.recordAnswer(a);
      await first.close();
      const next = POSTGRES_MIGRATIONS.length + 1;
      const broken = [...POSTGRES_MIGRATIONS, { version: next, name: 'tags', sql: 'ALTER TABLE questions ADD COLUMN tag text; CREATE TABLE oops (x int); SELECT * FROM no_such_table;' }];
      await expect(openPostgresQuestionLog(url, { schema, migrations: broken })).rejects.toThrow(/no_such_table/);
      const columns = await queryTestDb<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'questions'", [schema]);
      expect(columns.map((c) => c.column_name)).not.toContain('tag');
      expect(await queryTestDb("SELECT to_regclass('oops') AS t", [], schema)).toEqual([{ t: null }]);

      const good = [...POSTGRES_MIGRATIONS, { version: next, name: 'tags', sql: 'ALTER TABLE questions ADD COLUMN tag text' }];
      const upgraded = await openPostgresQuestionLog(url, { schema, migrations: good });
      expect(await upgraded.hasAnswer(a.id)).toBe(true);
      await upgraded.close();
      const versions = await queryTestDb<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version', [], schema);
      expect(versions.map((v) => v.version)).toEqual([...POSTGRES_MIGRATIONS.map((m) => m.version), next]);
    });

    test('a database from a newer factbot is refused with a clear message', async () => {
      const schema = testSchema();
      const future = [...POSTGRES_MIGRATIONS, { version: 99, name: 'future', sql: 'SELECT 1' }];
      await (await openPostgresQuestionLog(url, { schema, migrations: future })).close();
      await expect(openPostgresQuestionLog(url, { schema })).rejects.toThrow(
        new RegExp(`schema is version 99, newer than this factbot knows \\(${POSTGRES_MIGRATIONS.at(-1)!.version}\\)`),
      );
    });
  });

  describe('PostgreSQL: withTransaction', () => {
    type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

    /**
     * A store on a fresh schema with an empty table `t`, on a pool of one
     * connection (a connection not given back would make the next use wait),
     * and `run`: withTransaction on its pool, with how it settled and the
     * releases of connections it made (back to the pool, or closed).
     */
    async function oneConnection() {
      const store = openPostgresStore(url, { schema: testSchema(), maxConnections: 1, connectionTimeoutMs: 2_000 });
      await store.ready();
      await store.pool.query('CREATE TABLE t (x int NOT NULL, CONSTRAINT t_once UNIQUE (x) DEFERRABLE INITIALLY DEFERRED)');
      const releases: ('pooled' | 'closed')[] = [];
      store.pool.on('release', (err) => releases.push(err ? 'closed' : 'pooled'));
      return {
        store,
        async run<T>(work: (client: pg.PoolClient) => Promise<T>, options?: TransactionOptions<T>): Promise<{ settled: Settled<T>; releases: string[] }> {
          const from = releases.length;
          const settled = await withTransaction(store.pool, work, options).then(
            (value): Settled<T> => ({ ok: true, value }),
            (error: unknown): Settled<T> => ({ ok: false, error }),
          );
          return { settled, releases: releases.slice(from) };
        },
        // Through the pool, so on the connection the transaction used when that was pooled:
        // rows a transaction left open would show here, though no other connection sees them.
        rows: async () => (await store.pool.query<{ x: number }>('SELECT x FROM t ORDER BY x')).rows.map((r) => r.x),
      };
    }

    test('commits what the work did and returns its result; the connection goes back once', async () => {
      const { store, run, rows } = await oneConnection();
      try {
        const done = await run(async (client) => {
          await client.query('INSERT INTO t VALUES (1), (2)');
          return 'done';
        });
        expect(done).toEqual({ settled: { ok: true, value: 'done' }, releases: ['pooled'] });
        expect(await rows()).toEqual([1, 2]);
      } finally {
        await store.close();
      }
    });

    test('rolls back on any error, thrown as it was: from the work, from SQL, from COMMIT, not even an Error', async () => {
      const { store, run, rows } = await oneConnection();
      try {
        const mine = new Error('the work gave up');
        const failures: [string, (client: pg.PoolClient) => Promise<unknown>, unknown][] = [
          ['a thrown Error', async (client) => {
            await client.query('INSERT INTO t VALUES (1)');
            throw mine;
          }, mine],
          ['an SQL error', async (client) => {
            await client.query('INSERT INTO t VALUES (1)');
            return client.query('SELECT 1 / 0');
          }, expect.objectContaining({ code: '22012' })],
          // The deferred unique constraint is checked at COMMIT: the work itself succeeds.
          ['a failing COMMIT', async (client) => client.query('INSERT INTO t VALUES (1), (1)'), expect.objectContaining({ code: '23505' })],
          ['a thrown string', async (client) => {
            await client.query('INSERT INTO t VALUES (1)');
            throw 'not an Error';
          }, 'not an Error'],
        ];
        for (const [what, work, error] of failures) {
          expect(await run(work), what).toEqual({ settled: { ok: false, error }, releases: ['pooled'] });
          // Nothing kept, and the connection is out of the transaction (else this would fail or see the row).
          expect(await rows(), what).toEqual([]);
        }
        expect((await run(async (client) => (await client.query('INSERT INTO t VALUES (7)')).rowCount)).settled).toEqual({ ok: true, value: 1 });
        expect(await rows()).toEqual([7]);
      } finally {
        await store.close();
      }
    });

    test('commitIf false: rolled back, the result still returned', async () => {
      const { store, run, rows } = await oneConnection();
      try {
        const work = async (client: pg.PoolClient) => (await client.query('INSERT INTO t VALUES (1)')).rowCount;
        expect(await run(work, { commitIf: (n) => n === 2 })).toEqual({ settled: { ok: true, value: 1 }, releases: ['pooled'] });
        expect(await rows()).toEqual([]);
        expect(await run(work, { commitIf: (n) => n === 1 })).toEqual({ settled: { ok: true, value: 1 }, releases: ['pooled'] });
        expect(await rows()).toEqual([1]);
      } finally {
        await store.close();
      }
    });

    test('a connection that dies in the transaction is closed, not pooled; the next use opens another', async () => {
      const { store, run, rows } = await oneConnection();
      try {
        // Killed by the server while the work runs a statement.
        const killed = await run(async (client) => {
          await client.query('INSERT INTO t VALUES (1)');
          await client.query('SELECT pg_terminate_backend(pg_backend_pid())');
        });
        expect(killed.releases).toEqual(['closed']);
        expect(!killed.settled.ok && isUnavailable(killed.settled.error)).toBe(true);
        expect(store.pool.totalCount).toBe(0);

        // Killed from outside between statements, and the work then fails for a reason of its own:
        // the work's error is the one thrown, and the connection (its ROLLBACK failed) is still closed.
        const mine = new Error('the work gave up');
        const failed = await run(async (client) => {
          await client.query('INSERT INTO t VALUES (2)');
          const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
          await queryTestDb('SELECT pg_terminate_backend($1)', [pid]);
          // Gone for sure before the ROLLBACK is sent.
          while ((await queryTestDb('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).length > 0) await new Promise((r) => setTimeout(r, 10));
          throw mine;
        });
        expect(failed).toEqual({ settled: { ok: false, error: mine }, releases: ['closed'] });

        expect(await rows()).toEqual([]);
        expect((await run(async (client) => (await client.query('INSERT INTO t VALUES (3)')).rowCount)).settled).toEqual({ ok: true, value: 1 });
        expect(await rows()).toEqual([3]);
      } finally {
        await store.close();
      }
    });
  });

  describe('PostgreSQL: votes and the log under concurrency', () => {
    test('two clicks at once by one person: one vote recorded, the other unchanged', async () => {
      const schema = testSchema();
      const a = openPostgresStore(url, { schema });
      const b = openPostgresStore(url, { schema });
      try {
        const [la, lb] = [await a.questionLog(), await b.questionLog()];
        const entry = answerEntry();
        await la.recordAnswer(entry);
        for (let i = 0; i < 10; i++) {
          const user = `u${i}`;
          const outcomes = await Promise.all([la.recordVote({ answerId: entry.id, user, vote: 'up', at: new Date() }), lb.recordVote({ answerId: entry.id, user, vote: 'up', at: new Date() })]);
          expect(outcomes.sort()).toEqual(['recorded', 'unchanged']);
        }
        expect(await la.votes()).toHaveLength(10);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });

  describe('PostgreSQL: outages never reach the answer', () => {
    test('an unreachable server: the log says LogUnavailableError at once, without the password', async () => {
      const port = await closedPort();
      const bad = `postgres://factbot:pw-not-to-show@127.0.0.1:${port}/factbot_test`;
      const started = performance.now();
      const error = await openPostgresQuestionLog(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LogUnavailableError);
      expect(String((error as Error).message)).not.toContain('pw-not-to-show');
      expect(performance.now() - started).toBeLessThan(3000);
      // A missing database is a configuration problem that can be fixed while the bot runs: unavailable too.
      const missing = url.replace(/\/[^/?]+(\?|$)/, '/no_such_database_here$1');
      await expect(openPostgresQuestionLog(missing)).rejects.toBeInstanceOf(LogUnavailableError);
      expect(isUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
      expect(isUnavailable(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
    });

    test('ledger, threads and rate gate go ahead as one instance would, with one warning each', async () => {
      const port = await closedPort();
      const logger = capturingLogger();
      const store = openPostgresStore(`postgres://factbot@127.0.0.1:${port}/x`, { logger, connectionTimeoutMs: 500 });
      try {
        const ledger = store.eventLedger('slack');
        expect(await ledger.claim(['event:E1'])).toBe(true);
        expect(await ledger.claim(['event:E1'])).toBe(true);
        await ledger.release(['event:E1']);
        const threads = store.threadRegistry();
        await threads.remember('C1', '1.2');
        expect(await threads.has('C1', '1.2')).toBe(false);
        const gate = store.rateGate({ user: { capacity: 1, windowMs: 3_600_000 }, channel: null });
        expect((await gate.check('u1')).decision).toBe('ok');
        expect((await gate.check('u1')).decision).toBe('warn');
        const warnings = logger.lines.filter((l) => l.includes('"level":"warn"'));
        expect(warnings).toHaveLength(3);
        expect(warnings.join('\n')).toMatch(/shared event record \(PostgreSQL\) unavailable/);
      } finally {
        await store.close();
      }
    });
  });

  describe('PostgreSQL: the shared rate gate', () => {
    const limits: RateLimitConfig = { user: { capacity: 3, windowMs: 3_600_000 }, channel: { capacity: 5, windowMs: 3_600_000 } };
    const decisions = (rs: GateResult[]) => rs.map((r) => (r.decision === 'ok' ? 'ok' : `${r.decision}:${r.limit}`));

    test('decides as the in-memory gate does, for the same sequence', async () => {
      const schema = testSchema();
      const store = openPostgresStore(url, { schema });
      try {
        const shared = store.rateGate(limits);
        const local = createRateGate({ ...limits, now: () => 0 });
        const sequence: [string, string | undefined][] = [
          ['u1', 'C1'], ['u1', 'C1'], ['u2', 'C1'], ['u1', 'C1'], ['u1', 'C1'], ['u1', undefined],
          ['u3', 'C1'], ['u3', 'C1'], ['u4', 'C1'], ['u4', 'C1'], ['u4', 'C2'], ['u2', undefined],
        ];
        const got: GateResult[] = [];
        for (const [u, c] of sequence) got.push(await shared.check(u, c));
        const want = sequence.map(([u, c]) => local.check(u, c));
        expect(decisions(got)).toEqual(decisions(want));
        const waits = got.flatMap((r) => (r.decision === 'ok' ? [] : [r.retryAfterMs]));
        // Windows of an hour: the next token is 12 (channel) or 20 (user) minutes away.
        expect(Math.min(...waits)).toBeGreaterThan(700_000);
      } finally {
        await store.close();
      }
    });

    test('two instances share one budget per person: 3 answers in all, then one warning, then silence', async () => {
      const schema = testSchema();
      const a = openPostgresStore(url, { schema });
      const b = openPostgresStore(url, { schema });
      try {
        const [ga, gb] = [a.rateGate(limits), b.rateGate(limits)];
        const user = `slack:${randomUUID()}`;
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? ga : gb).check(user)));
        const counts = { ok: 0, warn: 0, silent: 0 };
        for (const r of results) counts[r.decision]++;
        expect(counts).toEqual({ ok: 3, warn: 1, silent: 4 });
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
});
