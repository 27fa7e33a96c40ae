/**
 * The question recorder: the Bot's AnswerListener that writes to a
 * {@link QuestionLog} without ever slowing or breaking answers.
 *
 * - Events are queued and written after the answer has been handed back
 *   (deferred with setImmediate), in order, so a vote follows its answer.
 * - User ids are hashed (HMAC-SHA256 with the salt) before they are written;
 *   the raw id is stored only with `rawUserIds` (LOG_USER_IDS=true).
 * - When storage is unavailable (locked, read-only, full, cannot be opened),
 *   entries stay queued (bounded), ONE warning is logged for the outage, and
 *   writing is retried on later events (at most every `retryMs`) and by a
 *   timer; when it works again, one info line says how many entries were
 *   written and dropped.
 */
import { createHmac } from 'node:crypto';
import type { AnswerListener, AskContext, Vote } from '../bot.ts';
import type { Logger } from '../log.ts';
import type { Reply } from '../reply.ts';
import { LogUnavailableError, type QuestionLog } from './types.ts';

/** Options for {@link createQuestionRecorder}. */
export interface RecorderOptions {
  /** Opens the log; called again to retry after it was unavailable. */
  open: () => QuestionLog | Promise<QuestionLog>;
  logger: Logger;
  /** Salt for user hashes (LOG_SALT); default: the log's own persisted salt. */
  salt?: string;
  /** Store raw user ids instead of hashes (LOG_USER_IDS=true). */
  rawUserIds?: boolean;
  /** Milliseconds between retries while the log is unavailable (default 30 s). */
  retryMs?: number;
  /** Most entries kept while the log is unavailable; the oldest are dropped beyond it (default 10,000). */
  maxPending?: number;
  /** Clock in milliseconds, injectable for tests. */
  now?: () => number;
}

/** How the recorder is doing (for tests and health checks). */
export interface RecorderStatus {
  available: boolean;
  pending: number;
  written: number;
  dropped: number;
}

export interface QuestionRecorder extends AnswerListener {
  /** Whether an answer id is in the log (synchronous: see AnswerListener.knows). */
  knows(id: string): boolean;
  /** Writes everything queued now, retrying at once if the log was unavailable. */
  flush(): Promise<void>;
  status(): RecorderStatus;
  /** Writes what it can, then closes the log. */
  close(): Promise<void>;
}

/** The user key stored for a platform user: an HMAC of platform and id, or the raw id. */
export function userKey(ctx: AskContext, salt: string, raw: boolean): string | null {
  if (ctx.userId === undefined || ctx.userId === '') return null;
  if (raw) return ctx.userId;
  return createHmac('sha256', salt).update(`${ctx.platform}:${ctx.userId}`).digest('hex').slice(0, 32);
}

/** Entries written between yields to the event loop (about 10 ms of SQLite writes). */
const YIELD_EVERY = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Item =
  | { type: 'answer'; id: string; reply: Reply; ctx: AskContext; latencyMs: number; at: Date; via: 'ask' | 'fact' }
  | { type: 'vote'; id: string; vote: Vote; ctx: AskContext; at: Date };

/** Creates the recorder. Nothing is opened until the first event (or `flush`). */
export function createQuestionRecorder(options: RecorderOptions): QuestionRecorder {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? 30_000;
  const maxPending = options.maxPending ?? 10_000;
  const queue: Item[] = [];
  let log: QuestionLog | null = null;
  let salt: string | undefined;
  let failedAt: number | null = null;
  let outageWritten = 0;
  let outageDropped = 0;
  let written = 0;
  let dropped = 0;
  let warnedBadEntry = false;
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const location = () => log?.location;

  const write = async (l: QuestionLog, item: Item, s: string): Promise<void> => {
    const raw = options.rawUserIds ?? false;
    if (item.type === 'answer') {
      const r = item.reply;
      await l.recordAnswer({
        id: item.id,
        at: item.at,
        platform: item.ctx.platform,
        user: userKey(item.ctx, s, raw),
        channelKind: item.ctx.channelKind ?? null,
        via: item.via,
        question: r.question,
        kind: r.kind,
        factId: r.kind === 'fact' ? r.factId : null,
        confidence: r.confidence,
        latencyMs: Math.round(item.latencyMs * 1000) / 1000,
      });
    } else {
      await l.recordVote({ answerId: item.id, user: userKey(item.ctx, s, raw) ?? '', vote: item.vote, at: item.at });
    }
  };

  const unavailable = (err: unknown) => {
    const reason = err instanceof Error ? err.message : String(err);
    if (failedAt === null) {
      outageWritten = 0;
      logger.warn(
        { err: reason, pending: queue.length, retryInSeconds: Math.round(retryMs / 1000) },
        'question log unavailable: answers continue but are not recorded for now; queued entries are retried',
      );
    }
    failedAt = now();
    // Reopen on the next attempt: the file may have been replaced, its lock released or space freed.
    const l = log;
    log = null;
    void l?.close().catch(() => undefined);
    if (!closed && timer === undefined && retryMs > 0) {
      timer = setTimeout(() => {
        timer = undefined;
        void run(false);
      }, retryMs);
      timer.unref();
    }
  };

  const drain = async (force: boolean): Promise<void> => {
    if (queue.length === 0 && !force) return;
    if (failedAt !== null && !force && now() - failedAt < retryMs) return;
    try {
      if (!log) {
        const opened = await options.open();
        salt = options.salt ?? (await opened.salt());
        log = opened;
      }
      let sinceYield = 0;
      while (queue.length > 0) {
        // A backlog (after an outage) is written in slices, so answers are not held up behind it.
        if (++sinceYield > YIELD_EVERY) {
          sinceYield = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        const item = queue[0]!;
        try {
          await write(log, item, salt!);
          written++;
          outageWritten++;
        } catch (e) {
          if (e instanceof LogUnavailableError) throw e;
          // This entry cannot be stored (a bug, not an outage): drop it, say so once.
          dropped++;
          if (!warnedBadEntry) {
            warnedBadEntry = true;
            logger.warn({ err: (e as Error).message }, 'question log refused an entry; it was dropped (further ones are counted, not logged)');
          }
        }
        queue.shift();
      }
      if (failedAt !== null) {
        failedAt = null;
        logger.info({ location: location(), written: outageWritten, dropped: outageDropped }, 'question log available again');
        outageDropped = 0;
      }
    } catch (e) {
      unavailable(e);
    }
  };

  /** Queues a drain after those already queued: writes never overlap. */
  const run = (force: boolean): Promise<void> => {
    chain = chain.then(() => drain(force));
    return chain;
  };

  const enqueue = (item: Item) => {
    if (closed) return;
    queue.push(item);
    if (queue.length > maxPending) {
      queue.shift();
      dropped++;
      outageDropped++;
    }
    if (!scheduled) {
      scheduled = true;
      // After the adapter has the answer in hand: recording never delays it.
      setImmediate(() => {
        scheduled = false;
        void run(false);
      });
    }
  };

  return {
    answered(event) {
      enqueue({ type: 'answer', ...event, via: event.via ?? 'ask' });
    },
    voted(event) {
      enqueue({ type: 'vote', ...event });
    },
    knows(id) {
      if (!log || !UUID.test(id)) return false;
      const sync = (log as { hasAnswerSync?: (id: string) => boolean }).hasAnswerSync;
      try {
        // A log that can only answer asynchronously accepts well-formed ids; recordVote checks them.
        return sync ? sync.call(log, id) : true;
      } catch {
        return false;
      }
    },
    flush() {
      return run(true);
    },
    status() {
      return { available: failedAt === null, pending: queue.length, written, dropped };
    },
    async close() {
      if (closed) return;
      await run(true);
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (queue.length > 0) logger.warn({ lost: queue.length }, 'question log still unavailable at shutdown; queued entries were not recorded');
      await log?.close().catch(() => undefined);
      log = null;
    },
  };
}
