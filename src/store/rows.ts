/**
 * The question log's rows as both stores read them back, checked with zod and
 * turned into the log's types: one mapping for SQLite and PostgreSQL, which
 * differ only in how `at` comes back (milliseconds from SQLite, a Date from
 * PostgreSQL). A database is data from outside the process (a hand edit, a
 * newer version's rows): a row that does not fit is an error naming the table,
 * the row and the field, never a wrong figure in a report.
 */
import { z } from 'zod';
import type { LoggedQuestion, LoggedVote } from './types.ts';

const at = z.union([z.date(), z.number()]).transform((v) => (v instanceof Date ? v : new Date(v)));
const platform = z.enum(['console', 'slack', 'discord', 'cli', 'api']);
const kind = z.enum(['fact', 'smalltalk', 'none']);

/** The columns of `questions` that the log reads (PostgreSQL also writes them in this order). */
export const QUESTION_COLUMNS = 'id, at, platform, user_key, channel_kind, via, question, kind, fact_id, confidence, latency_ms, reading_as, reading_question';

const questionRow = z
  .object({
    id: z.string(),
    at,
    platform,
    user_key: z.string().nullable(),
    channel_kind: z.enum(['dm', 'channel', 'thread', 'slash']).nullable(),
    via: z.enum(['ask', 'fact']),
    question: z.string(),
    kind,
    fact_id: z.string().nullable(),
    confidence: z.number(),
    latency_ms: z.number(),
    reading_as: z.string().nullable(),
    reading_question: z.string().nullable(),
  })
  .transform(
    (r): LoggedQuestion => ({
      id: r.id,
      at: r.at,
      platform: r.platform,
      user: r.user_key,
      channelKind: r.channel_kind,
      via: r.via,
      question: r.question,
      kind: r.kind,
      factId: r.fact_id,
      confidence: r.confidence,
      latencyMs: r.latency_ms,
      readingAs: r.reading_as,
      readingQuestion: r.reading_question,
    }),
  );

/** The columns a vote row is read with: the vote joined with its question (`v` votes, `q` questions). */
export const VOTE_COLUMNS = 'v.answer_id, v.user_key, v.vote, v.at, q.platform, q.question, q.kind, q.fact_id, q.reading_question';

const voteRow = z
  .object({
    answer_id: z.string(),
    user_key: z.string(),
    vote: z.enum(['up', 'down']),
    at,
    platform,
    question: z.string(),
    kind,
    fact_id: z.string().nullable(),
    reading_question: z.string().nullable(),
  })
  .transform(
    (r): LoggedVote => ({
      answerId: r.answer_id,
      user: r.user_key,
      vote: r.vote,
      at: r.at,
      platform: r.platform,
      question: r.question,
      kind: r.kind,
      factId: r.fact_id,
      readingQuestion: r.reading_question,
    }),
  );

/** Reads rows of `questions`; throws an Error naming the row and field of the first that does not fit. */
export function questionsFromRows(rows: readonly unknown[]): LoggedQuestion[] {
  return rows.map((row) => parseRow(questionRow, row, 'questions', 'id'));
}

/** Reads vote rows (joined with their questions); throws like {@link questionsFromRows}. */
export function votesFromRows(rows: readonly unknown[]): LoggedVote[] {
  return rows.map((row) => parseRow(voteRow, row, 'votes', 'answer_id'));
}

function parseRow<T>(schema: z.ZodType<T>, row: unknown, table: string, key: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const id = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[key] : undefined;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || '(row)';
  throw new Error(`question log: a row of "${table}"${typeof id === 'string' ? ` (${key} ${JSON.stringify(id)})` : ''} does not fit: ${field}: ${issue?.message ?? 'invalid'}`);
}
