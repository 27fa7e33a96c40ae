/**
 * Logging: pino, JSON lines on stderr (stdout belongs to the console chat and
 * the CLI's output). `LOG_LEVEL` sets the level. Loggers are passed to
 * adapters explicitly; the engine never logs.
 */
import pino from 'pino';
import { z } from 'zod';

/** The pino-compatible shape adapters accept (`logger.info({ ...fields }, 'message')`). */
export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

const levelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Creates the process logger; throws naming LOG_LEVEL when it is not a level. */
export function createLogger(env: NodeJS.ProcessEnv, destination: NodeJS.WritableStream = process.stderr): Logger {
  const parsed = levelSchema.safeParse(env.LOG_LEVEL ?? 'info');
  if (!parsed.success) throw new Error(`LOG_LEVEL: expected one of ${levelSchema.options.join(', ')}`);
  return pino({ level: parsed.data, base: undefined }, destination as pino.DestinationStream);
}
