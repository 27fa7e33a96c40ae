/**
 * Logging: pino on stderr (stdout belongs to the console chat and the CLI's
 * output). JSON lines, one object per line, unless stderr is a terminal: then
 * pino-pretty's readable lines, when it is installed (it is a development
 * dependency). `LOG_LEVEL` sets the level. Loggers are passed to adapters
 * explicitly; the engine never logs.
 *
 * Every secret in the environment (tokens, signing secrets) is replaced by
 * "[redacted]" in every line before it is written, whichever code logged it.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import pino from 'pino';
import { z } from 'zod';
import type { AskContext } from './bot.ts';

/**
 * The pino-compatible shape everything that logs accepts (`logger.info({ ...fields }, 'message')`):
 * the process logger, the adapters, the store. The only definition of it.
 */
export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
// Any case ("INFO" is how many write it elsewhere); empty, as `LOG_LEVEL=` leaves it, means the default.
const levelSchema = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : 'info'),
  z.enum(LEVELS),
);
const LEVEL_PROBLEM = `LOG_LEVEL: expected one of ${LEVELS.join(', ')}`;

/** What is wrong with LOG_LEVEL, as a `VARIABLE: what is expected` line (never the value); empty when nothing is. */
export function logLevelProblems(env: NodeJS.ProcessEnv): string[] {
  return levelSchema.safeParse(env.LOG_LEVEL).success ? [] : [LEVEL_PROBLEM];
}

/** Environment variables whose values are secrets. */
export const SECRET_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'ADMIN_TOKEN', 'API_TOKEN'] as const;

/** The secret values set in `env` (shorter than 8 characters is not a real secret and would redact ordinary words). */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  const secrets = SECRET_VARIABLES.map((name) => env[name]?.trim() ?? '').filter((v) => v.length >= 8);
  // DATABASE_URL's password: as written in the URL (with its delimiters, so a short one is safe to
  // redact too) and decoded, as a driver's message might show it.
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const written = /^[a-z][\w+.-]*:\/\/[^:@/?#]*:([^@/?#]+)@/i.exec(url)?.[1];
    if (written) {
      secrets.push(`:${written}@`);
      let decoded = written;
      try {
        decoded = decodeURIComponent(written);
      } catch {
        // Not percent-encoded properly: the written form is all there is.
      }
      if (decoded.length >= 8) secrets.push(decoded);
    }
  }
  return secrets;
}

/** Replaces each secret (and its JSON-escaped form) in `line` with "[redacted]". */
export function redactSecrets(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const s of secrets) {
    if (out.includes(s)) out = out.split(s).join('[redacted]');
    const escaped = JSON.stringify(s).slice(1, -1);
    if (escaped !== s && out.includes(escaped)) out = out.split(escaped).join('[redacted]');
  }
  return out;
}

/** A readable-lines stream when pino-pretty is installed; undefined in a production install without it. */
function prettyStream(destination: NodeJS.WritableStream): NodeJS.WritableStream | undefined {
  try {
    const require = createRequire(import.meta.url);
    const pretty = require('pino-pretty') as (options: Record<string, unknown>) => NodeJS.WritableStream;
    const fd = (destination as { fd?: unknown }).fd;
    return pretty({
      colorize: true,
      translateTime: 'HH:MM:ss.l',
      ignore: 'pid,hostname',
      sync: true,
      ...(typeof fd === 'number' ? { destination: fd } : { destination }),
    });
  } catch {
    return undefined;
  }
}

/** Options for {@link createLogger}. */
export interface CreateLoggerOptions {
  /** Force the format; by default pretty when the destination is a terminal, JSON otherwise. */
  format?: 'json' | 'pretty';
}

/**
 * Creates the process logger; throws naming LOG_LEVEL when it is not a level.
 * JSON lines unless `destination` is a terminal (then readable lines).
 */
export function createLogger(
  env: NodeJS.ProcessEnv,
  destination: NodeJS.WritableStream = process.stderr,
  options: CreateLoggerOptions = {},
): Logger {
  const parsed = levelSchema.safeParse(env.LOG_LEVEL);
  if (!parsed.success) throw new Error(LEVEL_PROBLEM);
  const secrets = secretValues(env);
  const wantPretty = options.format === 'pretty' || (options.format === undefined && (destination as { isTTY?: boolean }).isTTY === true);
  const stream = (wantPretty ? prettyStream(destination) : undefined) ?? destination;
  return pino(
    {
      level: parsed.data,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      // Errors passed as fields keep their type and message, never request data.
      serializers: { err: pino.stdSerializers.err },
      ...(secrets.length > 0 ? { hooks: { streamWrite: (line: string) => redactSecrets(line, secrets) } } : {}),
    },
    stream as pino.DestinationStream,
  );
}

/**
 * A short, stable, non-reversible-at-a-glance tag for a platform user, for
 * log lines: the same person gets the same tag, and the log holds no user id.
 */
export function userHash(platform: string, userId: string | undefined): string | undefined {
  if (userId === undefined || userId === '') return undefined;
  return createHash('sha256').update(`factbot-user:${platform}:${userId}`).digest('hex').slice(0, 12);
}

/**
 * Log fields that say where something happened without naming anyone: the
 * platform, the kind of channel, and a hash of the user ({@link userHash}),
 * never the user id. The same fields on every platform, so one query finds a
 * person's trouble wherever it was.
 */
export function logWhere(ctx: Pick<AskContext, 'platform' | 'userId' | 'channelKind'>): { platform: string; channelKind?: string; user?: string } {
  const user = userHash(ctx.platform, ctx.userId);
  return {
    platform: ctx.platform,
    ...(ctx.channelKind !== undefined ? { channelKind: ctx.channelKind } : {}),
    ...(user !== undefined ? { user } : {}),
  };
}
