/**
 * PostgreSQL for tests: the server `.ci/with-postgres` starts (CI does, via
 * .ci/run) is named by DATABASE_URL_TEST. Each test gets a schema of its own,
 * dropped at the end, so test files can run in parallel on one database.
 *
 * Without DATABASE_URL_TEST the PostgreSQL tests skip and say why, except in
 * CI (CI=true), where a missing server is a failure: CI must test both stores.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, test } from 'vitest';

/** The test server's URL, when there is one. */
export const POSTGRES_URL = process.env.DATABASE_URL_TEST?.trim() || undefined;

const inCi = /^(1|true|yes)$/i.test(process.env.CI ?? '');

/**
 * `describe` for PostgreSQL tests: runs them when DATABASE_URL_TEST is set;
 * otherwise skips them with a printed reason, or fails in CI.
 */
export function describePostgres(name: string, body: (url: string) => void): void {
  if (POSTGRES_URL) {
    describe(name, () => body(POSTGRES_URL));
    return;
  }
  if (inCi) {
    describe(name, () => {
      test('needs PostgreSQL: CI must provide DATABASE_URL_TEST (.ci/run starts a server with .ci/with-postgres)', () => {
        throw new Error('DATABASE_URL_TEST is not set in CI: the PostgreSQL tests cannot run');
      });
    });
    return;
  }
  console.warn(`[skip] ${name}: DATABASE_URL_TEST is not set (run \`bash .ci/with-postgres npm test\` to include PostgreSQL)`);
  describe.skip(name, () => body('postgres://unused'));
}

const created = new Set<string>();

/** A fresh schema name (created by the store when first used; dropped by {@link dropTestSchemas}). */
export function testSchema(): string {
  const name = `t_${randomBytes(6).toString('hex')}`;
  created.add(name);
  return name;
}

/** Drops every schema {@link testSchema} handed out in this file. */
export async function dropTestSchemas(): Promise<void> {
  if (!POSTGRES_URL || created.size === 0) return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    for (const name of created) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    created.clear();
  } finally {
    await client.end();
  }
}

/** Runs one query on the test server (e.g. to inspect what a store wrote), in `schema` when given. */
export async function queryTestDb<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = [], schema?: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
