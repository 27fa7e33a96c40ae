/**
 * Replies in flight, for an orderly stop: every chat adapter hands each event
 * it handles to {@link InFlight.track}, and its stop(), once it takes no new
 * events, calls {@link InFlight.drain} so the replies already being written
 * are delivered, for a bounded time (the whole shutdown must fit in 5 s,
 * src/shutdown.ts). One implementation for every platform, so "what is in
 * flight" and "how long we wait for it" mean the same everywhere.
 */

/** How long stop() waits for replies in flight by default: 3 s leaves room inside the 5 s shutdown. */
export const DRAIN_TIMEOUT_MS = 3_000;

/** What {@link InFlight.drain} found: everything finished, or the time ran out with `remaining` still going. */
export type DrainOutcome = { drained: true } | { drained: false; remaining: number };

/** The work an adapter has started and not finished. */
export interface InFlight {
  /**
   * Counts `work` as in flight until it settles, and hands it back unchanged
   * (its result or its rejection are the caller's, exactly as without tracking).
   */
  track<T>(work: Promise<T>): Promise<T>;
  /** How many are in flight now. */
  readonly size: number;
  /**
   * Waits until everything in flight has settled (also what is tracked while
   * waiting), or `timeoutMs` has passed, whichever comes first. Never rejects.
   */
  drain(timeoutMs: number): Promise<DrainOutcome>;
}

/** Options for {@link createInFlight}. */
export interface InFlightOptions {
  /**
   * Runs `fn` after `ms` and returns a cancel function (default: setTimeout).
   * Tests pass one they fire themselves, so a drain timeout is checked without waiting.
   */
  schedule?: (fn: () => void, ms: number) => () => void;
}

const realTimer = (fn: () => void, ms: number) => {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
};

/** Creates an empty {@link InFlight}. */
export function createInFlight(options: InFlightOptions = {}): InFlight {
  const schedule = options.schedule ?? realTimer;
  // The settled form of each tracked promise: drain() waits on these, which never reject.
  const pending = new Set<Promise<void>>();

  const allSettled = async (): Promise<void> => {
    // Work tracked while draining (an event that was already being read) is waited for too.
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };

  return {
    track(work) {
      const settled: Promise<void> = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.finally(() => pending.delete(settled));
      return work;
    },
    get size() {
      return pending.size;
    },
    async drain(timeoutMs) {
      if (pending.size === 0) return { drained: true };
      let cancel = () => {};
      const timedOut = new Promise<'timeout'>((resolve) => {
        cancel = schedule(() => resolve('timeout'), timeoutMs);
      });
      const outcome = await Promise.race([allSettled().then(() => 'drained' as const), timedOut]);
      cancel();
      return outcome === 'drained' ? { drained: true } : { drained: false, remaining: pending.size };
    },
  };
}
