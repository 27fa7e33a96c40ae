/**
 * What feedback refers to, for every platform and the question log: the ids
 * the Bot gives its answers, and the votes people give them. Nothing is
 * imported here, so a module that must load fast (a Discord shard process's
 * entry, before it listens for signals) can check an id without loading the engine.
 */

/** The votes a person can give an answer (👍/👎). */
export const VOTES = ['up', 'down'] as const;
export type Vote = (typeof VOTES)[number];

/** True for `up` or `down`: a vote read back from a button or a message is checked with this, never cast. */
export function isVote(value: unknown): value is Vote {
  return VOTES.some((v) => v === value);
}

/** The shape of the answer ids the Bot hands out (randomUUID); anything else is not one of ours. */
export const ANSWER_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when `value` has the shape of an answer id (not that it was handed out: the Bot checks that). */
export function isAnswerId(value: unknown): value is string {
  return typeof value === 'string' && ANSWER_ID_PATTERN.test(value);
}
