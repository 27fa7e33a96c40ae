/**
 * Where conversations remember their last answered question (issue 16):
 * in memory for one process, in PostgreSQL (src/store/postgres.ts) when
 * several instances share DATABASE_URL, so that a follow-up reaching
 * another instance than the question before it is still understood.
 *
 * Keys are conversation ids already hashed by the Bot (src/bot.ts): no
 * platform channel or user id is stored as typed. Expiry (CONTEXT_TTL) is
 * the caller's: `get` is given the oldest time still valid, from the Bot's
 * clock, so tests move a fake clock instead of sleeping.
 *
 * Every implementation must pass `describeConversationStoreContract` in
 * tests/helpers/conversationContract.ts.
 */
import { BoundedMap } from '../store/ledger.ts';
import type { PreviousTurn } from './followup.ts';

/** A conversation's last answered question and when it was answered. */
export interface StoredTurn extends PreviousTurn {
  at: Date;
}

/** The conversations' memory. Never rejects: a store that cannot answer behaves as if it remembered nothing. */
export interface ConversationStore {
  /** The last turn of conversation `key`, when it was answered at or after `since`. */
  get(key: string, since: Date): Promise<StoredTurn | undefined>;
  /** Remembers `turn` as the last of conversation `key` (replacing the one before). */
  set(key: string, turn: StoredTurn): Promise<void>;
}

/**
 * The in-memory store: at most `max` conversations, the least recently
 * answered forgotten first ({@link BoundedMap}); expired turns are never
 * returned and are dropped when looked up.
 */
export function memoryConversationStore(max: number): ConversationStore & { peek(key: string, since: Date): StoredTurn | undefined } {
  const turns = new BoundedMap<StoredTurn>(max);
  const peek = (key: string, since: Date): StoredTurn | undefined => {
    const turn = turns.get(key);
    if (!turn) return undefined;
    if (turn.at.getTime() < since.getTime()) {
      turns.delete(key);
      return undefined;
    }
    return turn;
  };
  return {
    peek,
    async get(key, since) {
      return peek(key, since);
    },
    async set(key, turn) {
      turns.set(key, { question: turn.question, factId: turn.factId, at: turn.at });
    },
  };
}
