/**
 * The small reliability pieces on their own: the shutdown signal handling
 * (deadline, second signal), the logger (JSON or pretty, secrets redacted,
 * LOG_LEVEL), the user hash, and .env staying out of git.
 */
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Adapter } from '../src/adapter.ts';
import { createLogger, logWhere, redactSecrets, secretValues, userHash } from '../src/log.ts';
import { stopAdapters, waitForShutdownSignal } from '../src/shutdown.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function sink(isTTY = false) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  if (isTTY) Object.assign(stream, { isTTY: true });
  return { stream, text: () => chunks.join('') };
}

const quiet = { info() {}, warn() {}, error() {} };

describe('shutdown signals', () => {
  afterEach(() => {
    vi.useRealTimers();
    process.exitCode = undefined;
  });

  it('resolves on the first SIGTERM or SIGINT; a second signal exits with 130 at once', async () => {
    const source = new EventEmitter() as unknown as NodeJS.Process;
    const exit = vi.fn();
    const signal = waitForShutdownSignal({ logger: quiet, source, exit, deadlineMs: 60_000 });
    source.emit('SIGTERM', 'SIGTERM');
    expect(await signal).toBe('SIGTERM');
    expect(exit).not.toHaveBeenCalled();
    source.emit('SIGINT', 'SIGINT');
    expect(exit).toHaveBeenCalledWith(130);
  });

  it('a shutdown that hangs past the deadline ends the process with 1; a finished one with its code', async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const logger = { info() {}, warn() {}, error: (_f: Record<string, unknown>, m: string) => lines.push(m) };
    for (const [finished, expected] of [
      [undefined, 1],
      [0, 0],
    ] as const) {
      const source = new EventEmitter() as unknown as NodeJS.Process;
      const exit = vi.fn();
      const signal = waitForShutdownSignal({ logger, source, exit, deadlineMs: 4500 });
      source.emit('SIGINT', 'SIGINT');
      await signal;
      process.exitCode = finished;
      vi.advanceTimersByTime(4499);
      expect(exit).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(exit).toHaveBeenCalledWith(expected);
    }
    expect(lines).toEqual(['shutdown did not finish in time; exiting']);
  });

  it('stops all adapters at the same time and logs one that fails', async () => {
    const order: string[] = [];
    let releaseFirst!: () => void;
    const first: Adapter = {
      name: 'slow',
      start: async () => {},
      stop: () => {
        order.push('slow:stop');
        return new Promise<void>((r) => (releaseFirst = r));
      },
    };
    const second: Adapter = {
      name: 'broken',
      start: async () => {},
      stop: async () => {
        order.push('broken:stop');
        throw new Error('socket already gone');
      },
    };
    const warnings: unknown[] = [];
    const stopping = stopAdapters([first, second], { ...quiet, warn: (f) => warnings.push(f) });
    // Both were asked to stop before the first finished draining.
    expect(order).toEqual(['slow:stop', 'broken:stop']);
    releaseFirst();
    await stopping;
    expect(warnings).toEqual([{ adapter: 'broken', err: 'socket already gone' }]);
  });
});

describe('logger', () => {
  const env = { LOG_LEVEL: 'info', DISCORD_TOKEN: 'MTMw.secret-discord-token.abc', SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef' };

  it('writes JSON lines when the destination is not a terminal, with an ISO time and no pid or hostname', () => {
    const out = sink();
    createLogger(env, out.stream).info({ adapter: 'slack' }, 'adapter started');
    const line = JSON.parse(out.text().trim());
    expect(line).toEqual({ level: 30, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), adapter: 'slack', msg: 'adapter started' });
  });

  it('writes readable lines on a terminal', () => {
    const out = sink(true);
    createLogger(env, out.stream).info({ adapter: 'slack' }, 'adapter started');
    const text = out.text();
    expect(text).toContain('adapter started');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('redacts every configured secret, whoever logs it and however it is quoted', () => {
    const out = sink();
    const logger = createLogger(env, out.stream);
    logger.error({ err: `401 for ${env.DISCORD_TOKEN}`, nested: { value: env.SLACK_SIGNING_SECRET } }, `token ${env.DISCORD_TOKEN}`);
    const text = out.text();
    expect(text).not.toContain(env.DISCORD_TOKEN);
    expect(text).not.toContain(env.SLACK_SIGNING_SECRET);
    expect(text.match(/\[redacted\]/g)).toHaveLength(3);
    expect(secretValues({ SLACK_BOT_TOKEN: 'short' })).toEqual([]);
    expect(redactSecrets('a "quoted\\"secret" b', ['quoted"secret'])).toBe('a "[redacted]" b');
  });

  it('honours LOG_LEVEL and names it when it is wrong', () => {
    const out = sink();
    const logger = createLogger({ LOG_LEVEL: 'warn' }, out.stream);
    logger.info({}, 'hidden');
    logger.warn({}, 'shown');
    expect(out.text()).not.toContain('hidden');
    expect(out.text()).toContain('shown');
    expect(() => createLogger({ LOG_LEVEL: 'loud' }, out.stream)).toThrow(/^LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent$/);
  });

  it('hashes users: stable, distinct per platform, no id in it', () => {
    expect(userHash('slack', 'U0ALICE01')).toMatch(/^[0-9a-f]{12}$/);
    expect(userHash('slack', 'U0ALICE01')).toBe(userHash('slack', 'U0ALICE01'));
    expect(userHash('discord', 'U0ALICE01')).not.toBe(userHash('slack', 'U0ALICE01'));
    expect(userHash('slack', undefined)).toBeUndefined();
  });

  it('says where something happened the same way on every platform, with the user hashed', () => {
    expect(logWhere({ platform: 'discord', userId: '123456789012345678', channelKind: 'dm' })).toEqual({
      platform: 'discord',
      channelKind: 'dm',
      user: userHash('discord', '123456789012345678'),
    });
    expect(logWhere({ platform: 'slack', userId: 'U0ALICE01', channelKind: 'thread' }).user).toBe(userHash('slack', 'U0ALICE01'));
    // Nothing unknown is written as a key.
    expect(logWhere({ platform: 'slack' })).toEqual({ platform: 'slack' });
    expect(JSON.stringify(logWhere({ platform: 'slack', userId: 'U0ALICE01' }))).not.toContain('U0ALICE01');
  });
});

describe('secrets stay out of git', () => {
  it('.env is ignored', () => {
    const out = execFileSync('git', ['check-ignore', '-v', '.env'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^\.gitignore:\d+:\.env\t\.env$/m);
  });
});
