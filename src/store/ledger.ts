/**
 * What the chat adapters remember between events, behind interfaces so that
 * one process keeps it in memory (adapters/slack/stores.ts) and several
 * instances share it in PostgreSQL (postgres.ts). Both are asynchronous for
 * that reason, even though the in-memory versions answer at once.
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
