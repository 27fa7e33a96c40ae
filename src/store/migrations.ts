/**
 * The store's schema, one versioned list for both databases: each migration
 * has its SQL for SQLite (the embedded default, `sqlite.ts`) and for
 * PostgreSQL (the shared store, `postgres.ts`). Both record the versions they
 * applied in a `schema_migrations` table and apply the pending ones in one
 * transaction when the store is opened.
 *
 * Never edit a migration that has shipped: add the next version. A version may
 * leave one dialect out (`null`) when it only concerns the other; version 2 is
 * such a one: what several instances share (the "already handled" record,
 * answered threads, rate-limit buckets) lives in PostgreSQL only, as an
 * embedded SQLite file serves one process, whose own memory holds these.
 */

/** One schema change, with its SQL per dialect (null: nothing to do in that dialect). */
export interface DialectMigration {
  version: number;
  name: string;
  sqlite: string | null;
  postgres: string | null;
}

/** Times are milliseconds since 1970 (UTC) in SQLite, `timestamptz` in PostgreSQL. */
export const MIGRATIONS: readonly DialectMigration[] = [
  {
    version: 1,
    name: 'question log, votes and meta',
    sqlite: `
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      -- The salt for user hashes, random per database (LOG_SALT overrides it).
      INSERT INTO meta (key, value) VALUES ('user_salt', lower(hex(randomblob(32))));

      CREATE TABLE questions (
        id           TEXT PRIMARY KEY,      -- the answer id feedback buttons carry
        at           INTEGER NOT NULL,
        platform     TEXT NOT NULL,
        user_key     TEXT,                  -- salted hash of the user id (raw only with LOG_USER_IDS=true)
        channel_kind TEXT,                  -- dm, channel, thread, slash
        via          TEXT NOT NULL CHECK (via IN ('ask', 'fact')),
        question     TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('fact', 'smalltalk', 'none')),
        fact_id      TEXT,
        confidence   REAL NOT NULL,
        latency_ms   REAL NOT NULL
      ) STRICT;
      CREATE INDEX questions_at ON questions (at);

      CREATE TABLE votes (
        answer_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        user_key  TEXT NOT NULL,
        vote      TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        at        INTEGER NOT NULL,
        PRIMARY KEY (answer_id, user_key)
      ) STRICT;
      CREATE INDEX votes_at ON votes (at);
    `,
    postgres: `
      CREATE TABLE meta (
        key   text PRIMARY KEY,
        value text NOT NULL
      );
      -- The salt for user hashes, random per database (LOG_SALT overrides it):
      -- 256 bits from the server's strong random source (gen_random_uuid, PostgreSQL 13+).
      INSERT INTO meta (key, value)
        VALUES ('user_salt', encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex'));

      CREATE TABLE questions (
        id           text PRIMARY KEY,
        -- Insertion order, for a stable order among questions of the same millisecond.
        seq          bigint GENERATED ALWAYS AS IDENTITY,
        at           timestamptz NOT NULL,
        platform     text NOT NULL,
        user_key     text,
        channel_kind text,
        via          text NOT NULL CHECK (via IN ('ask', 'fact')),
        question     text NOT NULL,
        kind         text NOT NULL CHECK (kind IN ('fact', 'smalltalk', 'none')),
        fact_id      text,
        confidence   double precision NOT NULL,
        latency_ms   double precision NOT NULL
      );
      CREATE INDEX questions_at ON questions (at, seq);

      CREATE TABLE votes (
        answer_id text NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        user_key  text NOT NULL,
        seq       bigint GENERATED ALWAYS AS IDENTITY,
        vote      text NOT NULL CHECK (vote IN ('up', 'down')),
        at        timestamptz NOT NULL,
        PRIMARY KEY (answer_id, user_key)
      );
      CREATE INDEX votes_at ON votes (at, seq);
    `,
  },
  {
    version: 2,
    name: 'shared by instances: handled events, answered threads, rate-limit buckets',
    sqlite: null,
    postgres: `
      -- Events and messages already handled (Slack event ids, Discord message ids):
      -- the primary key makes a claim a unique insert, so two instances never both win.
      CREATE TABLE handled_events (
        key text PRIMARY KEY,
        at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX handled_events_at ON handled_events (at);

      -- Slack threads the bot answered in (follow-ups there need no new mention).
      CREATE TABLE answered_threads (
        channel   text NOT NULL,
        thread_ts text NOT NULL,
        at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (channel, thread_ts)
      );
      CREATE INDEX answered_threads_at ON answered_threads (at);

      -- Token buckets of the rate limits (src/ratelimit.ts), one row per user or channel
      -- that is not full; the clock is the server's, the same for every instance.
      CREATE TABLE rate_buckets (
        scope  text NOT NULL CHECK (scope IN ('user', 'channel')),
        key    text NOT NULL,
        tokens double precision NOT NULL,
        at     double precision NOT NULL,   -- milliseconds since 1970 of the last refill
        warned boolean NOT NULL DEFAULT false,
        PRIMARY KEY (scope, key)
      );

      -- The rate gate's check in one round trip, with row locks so that concurrent
      -- instances take tokens one after the other. Mirrors createRateGate (src/ratelimit.ts):
      -- the user's bucket first, then the channel's; a token is taken from both or neither.
      CREATE FUNCTION factbot_rate_check(
        p_user text, p_user_capacity double precision, p_user_window double precision,
        p_channel text, p_channel_capacity double precision, p_channel_window double precision
      ) RETURNS TABLE (decision text, which text, retry_after_ms double precision)
      LANGUAGE plpgsql AS $$
      DECLARE
        t double precision := extract(epoch FROM clock_timestamp()) * 1000;
        u rate_buckets%ROWTYPE;
        c rate_buckets%ROWTYPE;
        use_user boolean := p_user_capacity IS NOT NULL;
        use_channel boolean := p_channel IS NOT NULL AND p_channel_capacity IS NOT NULL;
      BEGIN
        IF use_user THEN
          INSERT INTO rate_buckets AS b (scope, key, tokens, at) VALUES ('user', p_user, p_user_capacity, t)
            ON CONFLICT (scope, key) DO UPDATE SET
              tokens = least(p_user_capacity, b.tokens + greatest(0, t - b.at) * p_user_capacity / p_user_window),
              at = greatest(b.at, t),
              warned = b.warned AND least(p_user_capacity, b.tokens + greatest(0, t - b.at) * p_user_capacity / p_user_window) < p_user_capacity
            RETURNING * INTO u;
          IF u.tokens < 1 THEN
            UPDATE rate_buckets SET warned = true WHERE scope = 'user' AND key = p_user;
            RETURN QUERY SELECT CASE WHEN u.warned THEN 'silent' ELSE 'warn' END, 'user',
              greatest(0, ceil((1 - u.tokens) * p_user_window / p_user_capacity));
            RETURN;
          END IF;
        END IF;
        IF use_channel THEN
          INSERT INTO rate_buckets AS b (scope, key, tokens, at) VALUES ('channel', p_channel, p_channel_capacity, t)
            ON CONFLICT (scope, key) DO UPDATE SET
              tokens = least(p_channel_capacity, b.tokens + greatest(0, t - b.at) * p_channel_capacity / p_channel_window),
              at = greatest(b.at, t),
              warned = b.warned AND least(p_channel_capacity, b.tokens + greatest(0, t - b.at) * p_channel_capacity / p_channel_window) < p_channel_capacity
            RETURNING * INTO c;
          IF c.tokens < 1 THEN
            -- The person's token is not spent: the channel, not they, was too busy.
            UPDATE rate_buckets SET warned = true WHERE scope = 'channel' AND key = p_channel;
            RETURN QUERY SELECT CASE WHEN c.warned THEN 'silent' ELSE 'warn' END, 'channel',
              greatest(0, ceil((1 - c.tokens) * p_channel_window / p_channel_capacity));
            RETURN;
          END IF;
          UPDATE rate_buckets SET tokens = greatest(0, tokens - 1) WHERE scope = 'channel' AND key = p_channel;
        END IF;
        IF use_user THEN
          UPDATE rate_buckets SET tokens = greatest(0, tokens - 1) WHERE scope = 'user' AND key = p_user;
        END IF;
        RETURN QUERY SELECT 'ok'::text, NULL::text, 0::double precision;
      END;
      $$;
    `,
  },
  {
    version: 3,
    name: 'shared by instances: conversations (follow-ups in context)',
    sqlite: null,
    postgres: `
      -- Each conversation's last answered question (issue 16), so a follow-up that reaches
      -- another instance is still read in context. The key is a hash of the platform's
      -- conversation id (src/bot.ts); rows older than CONTEXT_TTL are ignored and pruned.
      CREATE TABLE conversation_turns (
        key      text PRIMARY KEY,
        question text NOT NULL,
        fact_id  text NOT NULL,
        at       timestamptz NOT NULL
      );
      CREATE INDEX conversation_turns_at ON conversation_turns (at);
    `,
  },
  {
    version: 4,
    name: 'question log: how a follow-up was read',
    // A follow-up ("and when?") means little in the gaps report without the question it was read with:
    // the reading shown, and the whole question when the reading was one (what `review` learns).
    sqlite: `
      ALTER TABLE questions ADD COLUMN reading_as TEXT;
      ALTER TABLE questions ADD COLUMN reading_question TEXT;
    `,
    postgres: `
      ALTER TABLE questions ADD COLUMN reading_as text, ADD COLUMN reading_question text;
    `,
  },
];

/** The migrations of one dialect, in order, as `{ version, name, sql }`. */
export function migrationsFor(dialect: 'sqlite' | 'postgres'): { version: number; name: string; sql: string }[] {
  return [...MIGRATIONS]
    .sort((a, b) => a.version - b.version)
    .flatMap((m) => (m[dialect] === null ? [] : [{ version: m.version, name: m.name, sql: m[dialect] }]));
}
