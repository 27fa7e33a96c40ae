/**
 * What the chat adapters remember between events, behind interfaces so that
 * one process keeps it in memory (the `memory…` implementations below) and
 * several instances share it in PostgreSQL (postgres.ts). Both are
 * asynchronous for that reason, even though the in-memory versions answer at once.
 *
 * Every implementation must pass `describeEventLedgerContract` in
 * tests/helpers/ledgerContract.ts.
 */

/**
 * Which events were already handled. Slack re-delivers an event it thinks
 * was not acknowledged in time (HTTP header `x-slack-retry-num`, Socket Mode
 * `retry_attempt`), possibly to another instance behind the same URL, and Bolt
 * does not de-duplicate, so without this a slow moment means a double answer.
 * On Discord, two processes connected for the same shard (an overlapping
 * deploy) both receive every message.
 */
export interface EventLedger {
  /**
   * Records all keys at once. Resolves true when none was recorded before
   * (go ahead), false when any was (a duplicate). Must be atomic in a shared
   * store: of two instances claiming the same key at the same moment, exactly
   * one gets true.
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
 * A map that keeps at most `max` entries, forgetting the oldest first (a Map
 * keeps insertion order, so the first key is always the oldest; setting a key
 * again makes it the newest). The in-memory stores below, the Bot's recent
 * answer ids and Slack's shareable answers are all bounded this way, so a
 * long-running process never grows without end.
 */
export class BoundedMap<V> {
  readonly #items = new Map<string, V>();
  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error('BoundedMap: max must be a positive integer');
  }
  get(key: string): V | undefined {
    return this.#items.get(key);
  }
  has(key: string): boolean {
    return this.#items.has(key);
  }
  set(key: string, value: V): void {
    this.#items.delete(key);
    this.#items.set(key, value);
    for (const oldest of this.#items.keys()) {
      if (this.#items.size <= this.max) break;
      this.#items.delete(oldest);
    }
  }
  delete(key: string): void {
    this.#items.delete(key);
  }
  get size(): number {
    return this.#items.size;
  }
}

/** A set that keeps at most `max` entries, forgetting the oldest first ({@link BoundedMap}). */
export class BoundedSet {
  readonly #items: BoundedMap<true>;
  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error('BoundedSet: max must be a positive integer');
    this.#items = new BoundedMap(max);
  }
  has(key: string): boolean {
    return this.#items.has(key);
  }
  add(key: string): void {
    this.#items.set(key, true);
  }
  delete(key: string): void {
    this.#items.delete(key);
  }
  get size(): number {
    return this.#items.size;
  }
}

/**
 * An in-memory {@link EventLedger} remembering the last `max` keys: enough for
 * one process (Slack's retries come within minutes). Several instances share
 * the PostgreSQL one instead.
 */
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
