/**
 * The Slack adapter's two logging pieces: the logger it uses when it is given
 * none, and the bridge that lets Bolt and the Slack SDK log through ours.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import { describeError } from './errors.ts';

const line = (level: string, fields: Record<string, unknown>, message: string) => {
  const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
  console.error(`[slack] ${level}${message}${extra}`);
};

/** Logger used when none is given: one line per message on stderr, so stdout stays free for the product. */
export const consoleSlackLogger: Logger = {
  info: (fields, message) => line('', fields, message),
  warn: (fields, message) => line('warning: ', fields, message),
  error: (fields, message) => line('error: ', fields, message),
};

/**
 * Bolt wants a full logger of its own shape; ours has three methods. Bolt's
 * lines are tagged `source: bolt`; its debug output is dropped (it can
 * include payloads, which may hold what people wrote).
 */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? describeError(p) : typeof p === 'string' ? p : String(p))).join(' ');
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => log.info({ source: 'bolt' }, text(parts)),
    warn: (...parts: unknown[]) => log.warn({ source: 'bolt' }, text(parts)),
    error: (...parts: unknown[]) => log.error({ source: 'bolt' }, text(parts)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
