/**
 * The adapter's two small memories, each behind an interface
 * (src/store/ledger.ts) so a shared store (PostgreSQL, src/store/postgres.ts)
 * replaces the in-memory version when more than one instance runs. Both are
 * async for that reason, even though the in-memory versions answer at once.
 */

// The interfaces live with the store, which has a shared (PostgreSQL) implementation of both.
export type { EventLedger, ThreadRegistry } from '../../src/store/ledger.ts';
import type { EventLedger, ThreadRegistry } from '../../src/store/ledger.ts';

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
