/**
 * The adapter's two small memories, each behind an interface so a shared
 * store (Redis, SQL) can replace the in-memory version when more than one
 * instance runs. Both are async for that reason, even though the in-memory
 * versions answer at once.
 */

/**
 * Which events were already handled. Slack re-delivers an event it thinks
 * was not acknowledged in time (HTTP header `x-slack-retry-num`, Socket Mode
 * `retry_attempt`), and Bolt does not de-duplicate, so without this a slow
 * moment means a double answer.
 */
export interface EventLedger {
  /**
   * Records all keys at once. Resolves true when none was recorded before
   * (go ahead), false when any was (a duplicate). Must be atomic in a shared store.
   */
  claim(keys: readonly string[]): Promise<boolean>;
  /** Forgets keys, so that a re-delivery of an event whose handling failed is tried again. */
  release(keys: readonly string[]): Promise<void>;
}

/** Threads the bot answered in, for answering follow-ups there without a fresh mention. */
export interface ThreadRegistry {
  remember(channel: string, threadTs: string): Promise<void>;
  has(channel: string, threadTs: string): Promise<boolean>;
}

/**
 * A set that keeps at most `max` entries, forgetting the oldest first. A Map
 * keeps insertion order, so the first key is always the oldest.
 */
export class BoundedSet {
  readonly #items = new Map<string, true>();
  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error('BoundedSet: max must be a positive integer');
  }
  has(key: string): boolean {
    return this.#items.has(key);
  }
  add(key: string): void {
    this.#items.delete(key);
    this.#items.set(key, true);
    while (this.#items.size > this.max) this.#items.delete(this.#items.keys().next().value as string);
  }
  delete(key: string): void {
    this.#items.delete(key);
  }
  get size(): number {
    return this.#items.size;
  }
}

/** An in-memory {@link EventLedger} remembering the last `max` keys (Slack retries come within minutes). */
export function memoryEventLedger(max = 10_000): EventLedger {
  const seen = new BoundedSet(max);
  return {
    async claim(keys) {
      if (keys.some((k) => seen.has(k))) return false;
      for (const k of keys) seen.add(k);
      return true;
    },
    async release(keys) {
      for (const k of keys) seen.delete(k);
    },
  };
}

/** An in-memory {@link ThreadRegistry} remembering the last `max` threads. */
export function memoryThreadRegistry(max = 10_000): ThreadRegistry {
  const threads = new BoundedSet(max);
  return {
    async remember(channel, threadTs) {
      threads.add(`${channel}:${threadTs}`);
    },
    async has(channel, threadTs) {
      return threads.has(`${channel}:${threadTs}`);
    },
  };
}

/** A small bounded map (oldest entry forgotten first), for answers that may still be shared. */
export class BoundedMap<V> {
  readonly #items = new Map<string, V>();
  constructor(readonly max: number) {}
  get(key: string): V | undefined {
    return this.#items.get(key);
  }
  set(key: string, value: V): void {
    this.#items.delete(key);
    this.#items.set(key, value);
    while (this.#items.size > this.max) this.#items.delete(this.#items.keys().next().value as string);
  }
}
