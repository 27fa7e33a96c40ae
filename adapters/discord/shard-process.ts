/**
 * What a shard process needs from the sharding set-up, without discord.js:
 * telling that it is a shard, its ids, handing its question-log entries to the
 * manager, and the manager's shutdown request. src/main.ts imports this at
 * start-up, so the console chat does not load discord.js (adapters/discord/sharding.ts
 * has the manager).
 */
import { EventEmitter } from 'node:events';
import type { AnswerListener } from '../../src/bot.ts';
import { isAnswerId } from '../../src/feedback.ts';
import type { Logger } from '../../src/log.ts';

/** The IPC message a shard sends the manager for each question-log event (SQLite only). */
export interface ShardLogMessage {
  factbot: 'question-log';
  type: 'answered' | 'voted';
  // The listener's event, with `at` as milliseconds (IPC carries JSON).
  event: Record<string, unknown> & { at: number };
}

/** The IPC message the manager sends a shard to make it stop (drain, then exit). */
export const SHUTDOWN_MESSAGE = { factbot: 'shutdown' } as const;

/** Whether this process is a shard started by a ShardingManager (it then runs Discord only). */
export function isShardProcess(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDING_MANAGER === 'true' && env.SHARDS !== undefined && typeof process.send === 'function';
}

/** This shard's id(s) and the total, from what the manager put in the environment. */
export function shardOfProcess(env: NodeJS.ProcessEnv = process.env): { ids: number[]; count: number } | undefined {
  if (env.SHARDS === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(env.SHARDS);
    const ids = (Array.isArray(parsed) ? parsed : [parsed]).map(Number);
    return { ids, count: Number(env.SHARD_COUNT ?? ids.length) };
  } catch {
    return undefined;
  }
}

/** A logger that adds `fields` (e.g. the shard id) to every line. */
export function withFields(logger: Logger, fields: Record<string, unknown>): Logger {
  return {
    info: (f, m) => logger.info({ ...fields, ...f }, m),
    warn: (f, m) => logger.warn({ ...fields, ...f }, m),
    error: (f, m) => logger.error({ ...fields, ...f }, m),
  };
}

/**
 * In a shard, the Bot's listener when the manager keeps the log (SQLite):
 * sends each answered question and vote to the manager. Never throws; when
 * the manager is gone the entry is dropped (one warning).
 */
export function shardLogForwarder(logger: Logger): AnswerListener {
  let warned = false;
  const send = (type: ShardLogMessage['type'], event: { at: Date } & Record<string, unknown>) => {
    const message: ShardLogMessage = { factbot: 'question-log', type, event: { ...event, at: event.at.getTime() } };
    const fail = (err: unknown) => {
      if (warned) return;
      warned = true;
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not hand a question-log entry to the shard manager; it was not recorded');
    };
    try {
      if (!process.connected || !process.send) return fail(new Error('no IPC channel to the manager'));
      process.send(message, undefined, undefined, (err) => {
        if (err) fail(err);
      });
    } catch (err) {
      fail(err);
    }
  };
  return {
    answered: (event) => send('answered', event),
    voted: (event) => send('voted', event),
    // The manager's log checks the id when it records the vote (as an asynchronous log does).
    knows: (id) => isAnswerId(id),
  };
}

/** In the manager: hands a shard's question-log message to the listener (the recorder). Returns whether it was one. */
export function receiveShardLog(message: unknown, listener: AnswerListener | undefined): boolean {
  const m = message as Partial<ShardLogMessage> | null;
  if (!m || m.factbot !== 'question-log' || !m.event || typeof m.event.at !== 'number') return false;
  const event = { ...m.event, at: new Date(m.event.at) };
  try {
    if (m.type === 'answered') listener?.answered(event as unknown as Parameters<AnswerListener['answered']>[0]);
    else if (m.type === 'voted') listener?.voted(event as unknown as Parameters<AnswerListener['voted']>[0]);
  } catch {
    // The recorder reports its own trouble; a shard's message never breaks the manager.
  }
  return true;
}

/**
 * In a shard, what to wait on for the end (src/shutdown.ts): SIGINT/SIGTERM
 * as usual, plus the manager's shutdown message and the IPC channel closing
 * (the manager died). Ctrl-C reaches every process of the group, the
 * manager's message too, in either order: both are the same first request, so
 * the shard still finishes its replies. Only a second real signal ends it at once.
 */
export function shardShutdownSource(proc: NodeJS.Process = process): Pick<NodeJS.Process, 'once' | 'on' | 'off'> {
  const emitter = new EventEmitter();
  let started = false;
  let signals = 0;
  const begin = (signal: NodeJS.Signals) => {
    started = true;
    emitter.emit(signal, signal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    // The first real signal after the manager's request is that same request.
    if (started && signals === 1) return;
    begin(signal);
  };
  const onRequest = () => {
    if (!started) begin('SIGTERM');
  };
  proc.on('SIGINT', () => onSignal('SIGINT'));
  proc.on('SIGTERM', () => onSignal('SIGTERM'));
  proc.on('message', (m: unknown) => {
    if ((m as { factbot?: unknown } | null)?.factbot === SHUTDOWN_MESSAGE.factbot) onRequest();
  });
  proc.once('disconnect', onRequest);
  return emitter as unknown as Pick<NodeJS.Process, 'once' | 'on' | 'off'>;
}
