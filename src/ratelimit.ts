/**
 * Rate limits, shared by every chat adapter: a token bucket per user, and one
 * per channel for public answers in busy channels. Pure: the clock is
 * injected, so tests step time instead of sleeping.
 *
 * The adapters ask one question of it, {@link RateGate.check}, before they
 * answer anything a person typed or clicked (feedback votes excepted):
 *
 * - `ok`: answer, and a token has been spent;
 * - `warn`: the bucket is empty; say "slow down" once (see {@link slowDownText});
 * - `silent`: still empty and the person was already told; say nothing in a
 *   channel. A platform that must answer (a Discord interaction, a Slack
 *   slash command) shows the notice privately instead.
 *
 * The warning is given once per burst: the "told" mark clears only when the
 * bucket has refilled completely, so someone who keeps hammering gets an
 * answer whenever a token comes back and silence in between, never a stream
 * of "slow down" replies.
 */
import { z } from 'zod';

/** A rate: `capacity` questions, refilled evenly over `windowMs`. */
export interface Rate {
  capacity: number;
  windowMs: number;
}

/** The limits in force; null turns a limit off. */
export interface RateLimitConfig {
  user: Rate | null;
  channel: Rate | null;
}

/** Defaults: 5 questions per 30 s per person, 20 public answers per minute per channel. */
export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  user: { capacity: 5, windowMs: 30_000 },
  channel: { capacity: 20, windowMs: 60_000 },
};

/** What the adapter should do with one message. */
export type GateResult =
  | { decision: 'ok' }
  | {
      decision: 'warn' | 'silent';
      /** Which limit was hit. */
      limit: 'user' | 'channel';
      /** When the next question would be accepted. */
      retryAfterMs: number;
    };

/** The one place adapters consult before answering. */
export interface RateGate {
  /**
   * Takes a token from the user's bucket (and the channel's, when a channel
   * key is given) if both have one; otherwise tells the adapter whether to
   * warn or stay silent. Never throws (nor rejects). A gate shared by several
   * instances (src/store/postgres.ts) answers asynchronously; adapters await it.
   */
  check(userKey: string, channelKey?: string): GateResult | Promise<GateResult>;
}

/** A gate that decides at once from this process's memory ({@link createRateGate}). */
export interface LocalRateGate extends RateGate {
  check(userKey: string, channelKey?: string): GateResult;
}

/** A gate that lets everything through (tests, and the limits set to `off`). */
export const NO_RATE_LIMIT: LocalRateGate = { check: () => ({ decision: 'ok' }) };

interface BucketState {
  tokens: number;
  /** Clock reading of the last refill. */
  at: number;
  /** The owner was told to slow down in this burst. */
  warned: boolean;
}

/**
 * Token buckets keyed by a string, at most `maxKeys` of them: a bucket is
 * forgotten when least recently used beyond that, which only ever forgives
 * someone (a forgotten bucket counts as full), so memory stays bounded however
 * many different people write.
 */
export class BucketTable {
  readonly #buckets = new Map<string, BucketState>();
  readonly #perMs: number;

  constructor(
    readonly rate: Rate,
    readonly maxKeys: number,
  ) {
    if (!(rate.capacity >= 1) || !(rate.windowMs > 0)) throw new Error('A rate needs at least 1 question per positive time');
    if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new Error('maxKeys must be a positive integer');
    this.#perMs = rate.capacity / rate.windowMs;
  }

  /** The bucket for `key`, refilled up to `now`; a new key starts full. Marks it most recently used. */
  #refilled(key: string, now: number): BucketState {
    const found = this.#buckets.get(key);
    if (found === undefined) return { tokens: this.rate.capacity, at: now, warned: false };
    const elapsed = Math.max(0, now - found.at);
    found.tokens = Math.min(this.rate.capacity, found.tokens + elapsed * this.#perMs);
    found.at = now;
    // A full bucket ends the burst: the next time, the owner is told again.
    if (found.tokens >= this.rate.capacity) found.warned = false;
    return found;
  }

  #store(key: string, state: BucketState): void {
    this.#buckets.delete(key);
    if (state.tokens >= this.rate.capacity && !state.warned) return; // a full bucket is the same as none
    this.#buckets.set(key, state);
    if (this.#buckets.size > this.maxKeys) this.#buckets.delete(this.#buckets.keys().next().value as string);
  }

  /** True when `key` has a whole token at `now` (nothing is taken). */
  has(key: string, now: number): boolean {
    return this.#refilled(key, now).tokens >= 1;
  }

  /** Takes one token; call only after {@link has} said yes at the same `now`. */
  take(key: string, now: number): void {
    const state = this.#refilled(key, now);
    state.tokens = Math.max(0, state.tokens - 1);
    this.#store(key, state);
  }

  /**
   * For an empty bucket: "warn" the first time in a burst, "silent" after,
   * and when a token will be back.
   */
  refuse(key: string, now: number): { decision: 'warn' | 'silent'; retryAfterMs: number } {
    const state = this.#refilled(key, now);
    const decision = state.warned ? 'silent' : 'warn';
    state.warned = true;
    this.#store(key, state);
    return { decision, retryAfterMs: Math.max(0, Math.ceil((1 - state.tokens) / this.#perMs)) };
  }

  /** Buckets held (full ones are not). */
  get size(): number {
    return this.#buckets.size;
  }
}

/** Options for {@link createRateGate}. */
export interface RateGateOptions extends RateLimitConfig {
  /** Milliseconds clock; defaults to a monotonic one. */
  now?: () => number;
  /** Most buckets kept per kind (users, channels). Default 20,000. */
  maxKeys?: number;
}

/** Builds the gate all adapters of one process share. */
export function createRateGate(options: RateGateOptions): LocalRateGate {
  const now = options.now ?? (() => performance.now());
  const maxKeys = options.maxKeys ?? 20_000;
  const users = options.user ? new BucketTable(options.user, maxKeys) : null;
  const channels = options.channel ? new BucketTable(options.channel, maxKeys) : null;
  if (!users && !channels) return NO_RATE_LIMIT;
  return {
    check(userKey, channelKey) {
      const t = now();
      if (users && !users.has(userKey, t)) return { limit: 'user', ...users.refuse(userKey, t) };
      if (channels && channelKey !== undefined && !channels.has(channelKey, t)) {
        // The person's token is not spent: the channel, not they, was too busy.
        return { limit: 'channel', ...channels.refuse(channelKey, t) };
      }
      users?.take(userKey, t);
      if (channels && channelKey !== undefined) channels.take(channelKey, t);
      return { decision: 'ok' };
    },
  };
}

/**
 * Asks `gate` about one thing a person asked on `platform`, with the keys
 * every adapter uses: `platform:userId` for the person, and
 * `platform:channel` only for an answer everyone in `publicChannel` sees (a
 * private answer bothers nobody else there). A shared gate stores these keys,
 * so their form is part of what instances agree on.
 */
export async function checkAsker(gate: RateGate, platform: string, userId: string, publicChannel: string | undefined): Promise<GateResult> {
  return gate.check(`${platform}:${userId}`, publicChannel !== undefined ? `${platform}:${publicChannel}` : undefined);
}

/** The friendly "slow down" text for a refused question. Contains no user text. */
export function slowDownText(result: Exclude<GateResult, { decision: 'ok' }>): string {
  const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
  const wait = `about ${seconds} second${seconds === 1 ? '' : 's'}`;
  return result.limit === 'user'
    ? `You're asking faster than I can keep up with. Please wait ${wait}, then ask again.`
    : `Lots of questions in this channel right now, so I'm pausing for ${wait}. You can also ask me in a direct message.`;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses "5/30s", "20/1m", "100/h" or "off". Returns null for "off", a
 * {@link Rate} for a valid rate, and undefined when the text is not one.
 */
export function parseRate(text: string): Rate | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'off' || t === 'none' || t === '0') return null;
  const m = /^(\d{1,6})\s*\/\s*(\d{0,7}(?:\.\d+)?)\s*(ms|s|m|h)$/.exec(t);
  if (!m) return undefined;
  const capacity = Number(m[1]);
  const windowMs = (m[2] === '' ? 1 : Number(m[2])) * (UNITS[m[3] as string] as number);
  if (capacity < 1 || !(windowMs > 0) || windowMs > 86_400_000) return undefined;
  return { capacity, windowMs };
}

const rateVariable = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === '') return 'default' as const;
    const rate = parseRate(value);
    if (rate === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected questions per time such as 5/30s, 20/1m or 100/h (units ms, s, m, h; at most a day), or off' });
      return z.NEVER;
    }
    return rate;
  });

const rateEnvSchema = z.object({ RATE_LIMIT_USER: rateVariable, RATE_LIMIT_CHANNEL: rateVariable });
const parseRateEnv = (env: Record<string, string | undefined>) =>
  rateEnvSchema.safeParse({ RATE_LIMIT_USER: env.RATE_LIMIT_USER, RATE_LIMIT_CHANNEL: env.RATE_LIMIT_CHANNEL });
/** One `VARIABLE: what is expected` line per malformed variable, never its value. */
const problemLines = (error: z.ZodError) => [...new Set(error.issues.map((i) => `${String(i.path[0])}: ${i.message}`))];

/**
 * What is wrong with RATE_LIMIT_USER and RATE_LIMIT_CHANNEL, one line each; empty when
 * nothing is. `npm start` checks them whichever adapters run, so a typo shows the day it
 * is made, not the day a platform is added.
 */
export function rateLimitEnvProblems(env: Record<string, string | undefined>): string[] {
  const parsed = parseRateEnv(env);
  return parsed.success ? [] : problemLines(parsed.error);
}

/**
 * Reads RATE_LIMIT_USER and RATE_LIMIT_CHANNEL. Unset or empty means the
 * default; `off` turns a limit off.
 *
 * @throws Error naming each malformed variable and what is expected.
 */
export function rateLimitConfigFromEnv(env: Record<string, string | undefined>): RateLimitConfig {
  const parsed = parseRateEnv(env);
  if (!parsed.success) {
    throw new Error(`Rate limit configuration is invalid:\n${problemLines(parsed.error).map((line) => `  ${line}`).join('\n')}`);
  }
  const { RATE_LIMIT_USER: user, RATE_LIMIT_CHANNEL: channel } = parsed.data;
  return {
    user: user === 'default' ? DEFAULT_RATE_LIMITS.user : user,
    channel: channel === 'default' ? DEFAULT_RATE_LIMITS.channel : channel,
  };
}
