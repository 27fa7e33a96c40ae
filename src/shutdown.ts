/**
 * Orderly shutdown for `npm start`: on SIGINT or SIGTERM every adapter stops
 * taking new messages at once, replies in flight finish (each adapter waits a
 * bounded time, src/inflight.ts), then the caller closes what is left (the
 * question log) and the process exits 0, all within {@link SHUTDOWN_DEADLINE_MS}. Should
 * anything hang, the deadline ends the process anyway (exit 1, with a log
 * line); a second signal ends it at once.
 */
import type { Adapter } from './adapter.ts';
import type { Logger } from './log.ts';

/** The whole shutdown must fit in 5 s (process managers commonly kill after 5-10 s). */
export const SHUTDOWN_DEADLINE_MS = 4_500;

/** Options for {@link waitForShutdownSignal}. */
export interface ShutdownSignalOptions {
  logger: Logger;
  /** After the first signal, exit anyway once this has passed (default {@link SHUTDOWN_DEADLINE_MS}). */
  deadlineMs?: number;
  /** Where signals come from (tests pass an EventEmitter); default `process`. */
  source?: Pick<NodeJS.Process, 'once' | 'on' | 'off'>;
  /** How to end the process (tests pass a spy); default `process.exit`. */
  exit?: (code: number) => void;
}

/**
 * Resolves with the first SIGINT or SIGTERM. From then on the deadline runs:
 * if the process is still alive when it passes, it exits with the code main
 * returned (when it already finished and something stray keeps the event loop
 * busy) or 1 (the shutdown hung). A second signal exits with 130 at once.
 */
export function waitForShutdownSignal(options: ShutdownSignalOptions): Promise<NodeJS.Signals> {
  const source = options.source ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
  return new Promise((resolve) => {
    const first = (signal: NodeJS.Signals) => {
      source.off('SIGINT', first);
      source.off('SIGTERM', first);
      options.logger.info({ signal }, 'shutting down: no new messages, finishing replies in flight');
      const again = (second: NodeJS.Signals) => {
        options.logger.warn({ signal: second }, 'second signal: exiting now');
        exit(130);
      };
      source.once('SIGINT', again);
      source.once('SIGTERM', again);
      const timer = setTimeout(() => {
        const code = process.exitCode;
        if (code === undefined || code === null) {
          options.logger.error({ deadlineMs }, 'shutdown did not finish in time; exiting');
          exit(1);
        } else {
          exit(Number(code));
        }
      }, deadlineMs);
      // The timer must not itself keep a finished process alive.
      timer.unref();
      resolve(signal);
    };
    source.on('SIGINT', first);
    source.on('SIGTERM', first);
  });
}

/**
 * Stops every adapter at the same time, so none takes new messages while
 * another drains; failures are logged, never thrown.
 */
export async function stopAdapters(adapters: readonly Adapter[], logger: Logger): Promise<void> {
  const results = await Promise.allSettled(adapters.map((a) => a.stop()));
  results.forEach((r, i) => {
    if (r.status === 'rejected') {
      const err = r.reason instanceof Error ? r.reason.message : String(r.reason);
      logger.warn({ adapter: adapters[i]?.name, err }, 'adapter did not stop cleanly');
    }
  });
}
