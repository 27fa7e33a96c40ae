/**
 * The question log's settings, from the environment: DATABASE_URL,
 * DATABASE_PATH, LOG_QUESTIONS, LOG_USER_IDS and LOG_SALT (docs/configuration.md).
 */
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.ts';

/** Where the log lives unless DATABASE_PATH says otherwise (`data/` is gitignored). */
export const DEFAULT_DATABASE_PATH = path.join(PROJECT_ROOT, 'data', 'factbot.sqlite');

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false'], { error: 'expected true or false' }))
  .optional();

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), {
      error: 'expected a PostgreSQL URL such as postgres://user:password@host:5432/factbot',
    })
    .optional(),
  DATABASE_PATH: z.string().trim().min(1, 'expected a file path').optional(),
  LOG_QUESTIONS: bool,
  LOG_USER_IDS: bool,
  LOG_SALT: z.string().min(16, 'expected at least 16 characters (a long random string)').optional(),
});

/** What the question log is told to do. */
export interface LogConfig {
  /** LOG_QUESTIONS (default true): record questions and votes at all. */
  enabled: boolean;
  /**
   * DATABASE_URL: when set, the shared store in PostgreSQL (the question log and
   * what instances share) instead of the SQLite file. A secret (it may hold a password).
   */
  databaseUrl?: string;
  /** DATABASE_PATH, absolute (the SQLite file, used when DATABASE_URL is not set). */
  databasePath: string;
  /** LOG_USER_IDS (default false): store platform user ids as they are instead of salted hashes. */
  rawUserIds: boolean;
  /** LOG_SALT: the salt for user hashes; when unset, a random salt kept in the database. */
  salt?: string;
}

/** The log's variables as the schema reads them: an empty one (`LOG_SALT=`) counts as unset. */
const picked = (env: NodeJS.ProcessEnv) => ({
  DATABASE_URL: env.DATABASE_URL || undefined,
  DATABASE_PATH: env.DATABASE_PATH || undefined,
  LOG_QUESTIONS: env.LOG_QUESTIONS || undefined,
  LOG_USER_IDS: env.LOG_USER_IDS || undefined,
  LOG_SALT: env.LOG_SALT || undefined,
});

/** One `VARIABLE: what is expected` line per issue: the name and our own messages, never the value (DATABASE_URL holds a password). */
const problemLines = (error: z.ZodError) => error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);

/**
 * What is wrong with the log's variables, one line each; empty when nothing is.
 * `npm start` reports these together with every other module's.
 */
export function logConfigProblems(env: NodeJS.ProcessEnv): string[] {
  const parsed = schema.safeParse(picked(env));
  return parsed.success ? [] : problemLines(parsed.error);
}

/** Reads the log's variables; throws an Error naming the bad variable (never its value). */
export function logConfigFromEnv(env: NodeJS.ProcessEnv): LogConfig {
  const parsed = schema.safeParse(picked(env));
  if (!parsed.success) {
    throw new Error('Invalid configuration:\n' + problemLines(parsed.error).map((line) => `  ${line}`).join('\n'));
  }
  const e = parsed.data;
  return {
    enabled: e.LOG_QUESTIONS !== 'false',
    ...(e.DATABASE_URL !== undefined ? { databaseUrl: e.DATABASE_URL } : {}),
    databasePath: path.resolve(e.DATABASE_PATH ?? DEFAULT_DATABASE_PATH),
    rawUserIds: e.LOG_USER_IDS === 'true',
    ...(e.LOG_SALT !== undefined ? { salt: e.LOG_SALT } : {}),
  };
}
