/**
 * The question recorder: the Bot's AnswerListener that writes to a
 * {@link QuestionLog} without ever slowing or breaking answers.
 *
 * - Events are queued and written after the answer has been handed back
 *   (deferred with setImmediate), in order, so a vote follows its answer.
 * - User ids are hashed (HMAC-SHA256 with the salt) before they are written;
 *   the raw id is stored only with `rawUserIds` (LOG_USER_IDS=true).
 * - Another process writing to the same file (the console chat next to the
 *   bot, `factbot purge`) is no outage: a write that finds the database busy
 *   is retried after short, growing pauses (for up to `busyWaitMs`), so every
 *   entry lands and nothing is logged.
 * - When storage is unavailable (locked for long, read-only, full, cannot be
 *   opened), entries stay queued (bounded), ONE warning is logged for the
 *   outage, and writing is retried on later events (at most every `retryMs`)
 *   and by a timer; when it works again, one info line says how many entries
 *   were written and dropped.
 * - Configured secrets (tokens, the database password) never reach the log:
 *   a question containing one is stored with "[redacted]" in its place.
 */
import { createHmac } from 'node:crypto';
import { isAnswerId } from '../feedback.ts';
import type { AnswerListener, AskContext, Vote } from '../bot.ts';
import { redactSecrets, type Logger } from '../log.ts';
import type { Reply } from '../reply.ts';
import { LogBusyError, LogUnavailableError, type QuestionLog } from './types.ts';

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
  /**
   * How long, in all, a write is retried while another connection holds the
   * database's lock (LogBusyError), in pauses of 10 ms growing to 500 ms,
   * before it counts as an outage (default 2000 ms; it must fit in a shutdown).
   */
  busyWaitMs?: number;
  /**
   * Values that must never be stored: the configured tokens, signing secret
   * and database password, as `secretValues(process.env)` (src/log.ts) lists
   * them. A question containing one is stored with "[redacted]" in its place,
   * as the logs show it.
   */
  secrets?: readonly string[];
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

/** The shortest start of a secret that is redacted when a question ends with it (secretValues keeps secrets of 8 characters or more). */
const MIN_SECRET_PREFIX = 8;

/**
 * The question text as it may be stored: each secret replaced by
 * "[redacted]" (src/log.ts's redactSecrets, as in the logs), and so is the
 * start of one that the text ends with, since questions are cut at 500
 * characters and a secret pasted at the end is cut with them.
 */
export function redactQuestion(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return text;
  let out = redactSecrets(text, secrets);
  for (const secret of secrets) {
    for (let n = Math.min(secret.length - 1, out.length); n >= MIN_SECRET_PREFIX; n--) {
      if (out.endsWith(secret.slice(0, n))) {
        out = `${out.slice(0, out.length - n)}[redacted]`;
        break;
      }
    }
  }
  return out;
}


type Item =
  | { type: 'answer'; id: string; reply: Reply; ctx: AskContext; latencyMs: number; at: Date; via: 'ask' | 'fact' }
  | { type: 'vote'; id: string; vote: Vote; ctx: AskContext; at: Date };

/** Creates the recorder. Nothing is opened until the first event (or `flush`). */
export function createQuestionRecorder(options: RecorderOptions): QuestionRecorder {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? 30_000;
  const maxPending = options.maxPending ?? 10_000;
  const busyWaitMs = options.busyWaitMs ?? 2_000;
  // Longest first: a secret containing another is replaced whole.
  const secrets = [...new Set(options.secrets ?? [])].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
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
        question: redactQuestion(r.question, secrets),
        kind: r.kind,
        factId: r.kind === 'fact' ? r.factId : null,
        confidence: r.confidence,
        latencyMs: Math.round(item.latencyMs * 1000) / 1000,
        // The readings hold what was typed too (and the question before it): redacted like the question.
        readingAs: r.readingAs === undefined ? null : redactQuestion(r.readingAs, secrets),
        readingQuestion: r.readingQuestion === undefined ? null : redactQuestion(r.readingQuestion, secrets),
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

  /**
   * Runs `attempt`; while the database is busy (another process holds its
   * lock: the console chat writing, a purge), tries again after 10, 20, 40 …
   * 500 ms, for up to `busyWaitMs` in all, then lets the error through (an
   * outage). During an outage already declared there is one try: the retry
   * timer takes it from there.
   */
  const patiently = async <T>(attempt: () => T | Promise<T>): Promise<T> => {
    let waited = 0;
    for (let pause = 10; ; pause = Math.min(pause * 2, 500)) {
      try {
        return await attempt();
      } catch (e) {
        if (!(e instanceof LogBusyError) || failedAt !== null || waited >= busyWaitMs) throw e;
        const ms = Math.min(pause, busyWaitMs - waited);
        waited += ms;
        // A ref'd timer, on purpose: at shutdown this wait is what lets the last entries land.
        await new Promise<void>((resolve) => setTimeout(resolve, ms));
      }
    }
  };

  const drain = async (force: boolean): Promise<void> => {
    if (queue.length === 0 && !force) return;
    if (failedAt !== null && !force && now() - failedAt < retryMs) return;
    try {
      if (!log) {
        const opened = await patiently(() => options.open());
        try {
          salt = options.salt ?? (await patiently(() => opened.salt()));
        } catch (e) {
          await opened.close().catch(() => undefined);
          throw e;
        }
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
        const open = log;
        try {
          await patiently(() => write(open, item, salt!));
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
      if (!log || !isAnswerId(id)) return false;
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
