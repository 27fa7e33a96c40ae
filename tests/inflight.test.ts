/**
 * The in-flight tracking and drain every chat adapter's stop() uses
 * (src/inflight.ts). The drain timeout runs on a timer the test fires itself,
 * so nothing here waits on the clock.
 */
import { describe, expect, test } from 'vitest';
import { createInFlight, DRAIN_TIMEOUT_MS } from '../src/inflight.ts';

/** A promise and the functions that settle it, for work "in flight" that the test finishes when it wants. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A scheduler whose timers fire only when the test says so. */
function manualTimers() {
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  return {
    timers,
    schedule(fn: () => void, ms: number) {
      const timer = { fn, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    fireAll() {
      for (const t of timers) if (!t.cancelled) t.fn();
    },
  };
}

describe('in-flight tracking', () => {
  test('track hands back the work unchanged: its value, or its rejection', async () => {
    const inFlight = createInFlight();
    await expect(inFlight.track(Promise.resolve(42))).resolves.toBe(42);
    const failing = Promise.reject(new Error('boom'));
    await expect(inFlight.track(failing)).rejects.toThrow('boom');
  });

  test('size counts the work until it settles, failures included', async () => {
    const inFlight = createInFlight();
    const a = deferred();
    const b = deferred();
    const tracked = [inFlight.track(a.promise), inFlight.track(b.promise).catch(() => 'caught')];
    expect(inFlight.size).toBe(2);
    a.resolve();
    b.reject(new Error('no'));
    await Promise.all(tracked);
    expect(inFlight.size).toBe(0);
  });

  test('drain with nothing in flight is done at once, without a timer', async () => {
    const clock = manualTimers();
    const inFlight = createInFlight({ schedule: clock.schedule });
    expect(await inFlight.drain(1000)).toEqual({ drained: true });
    expect(clock.timers).toEqual([]);
  });

  test('drain waits for everything in flight, also work tracked while it waits, and a failure does not stop it', async () => {
    const clock = manualTimers();
    const inFlight = createInFlight({ schedule: clock.schedule });
    const first = deferred();
    const late = deferred();
    void inFlight.track(first.promise).catch(() => undefined);
    let outcome: unknown;
    const draining = inFlight.drain(1000).then((o) => (outcome = o));
    // An event that was already being read when stop() began.
    void inFlight.track(late.promise);
    first.reject(new Error('that reply failed'));
    await first.promise.catch(() => undefined);
    await Promise.resolve();
    expect(outcome).toBeUndefined();
    late.resolve();
    await draining;
    expect(outcome).toEqual({ drained: true });
    // The timeout was set for the time asked, and cancelled once everything was done.
    expect(clock.timers.map((t) => [t.ms, t.cancelled])).toEqual([[1000, true]]);
  });

  test('drain stops waiting when the timeout fires, and says how much is still in flight', async () => {
    const clock = manualTimers();
    const inFlight = createInFlight({ schedule: clock.schedule });
    const stuck = deferred();
    const done = deferred();
    void inFlight.track(stuck.promise);
    void inFlight.track(done.promise);
    done.resolve();
    const draining = inFlight.drain(250);
    await done.promise;
    clock.fireAll();
    expect(await draining).toEqual({ drained: false, remaining: 1 });
    expect(clock.timers[0]?.ms).toBe(250);
    // The stuck work is still tracked: a later drain would wait for it again.
    expect(inFlight.size).toBe(1);
    stuck.resolve();
  });

  test('the default drain time leaves room in the 5 s shutdown', () => {
    expect(DRAIN_TIMEOUT_MS).toBeLessThan(5_000);
  });
});
