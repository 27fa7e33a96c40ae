/**
 * The rate limiter on its own: token buckets with an injected clock (time is
 * stepped, never slept), the once-per-burst warning, the per-channel limit,
 * the memory bound, and the environment variables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BucketTable,
  createRateGate,
  DEFAULT_RATE_LIMITS,
  NO_RATE_LIMIT,
  parseRate,
  rateLimitConfigFromEnv,
  slowDownText,
  type GateResult,
} from '../src/ratelimit.ts';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const decisions = (results: GateResult[]) => results.map((r) => r.decision);

describe('per-user token bucket', () => {
  it('answers 5 questions, warns once, then stays silent until a token is back', () => {
    const c = clock();
    const gate = createRateGate({ user: { capacity: 5, windowMs: 30_000 }, channel: null, now: c.now });
    const burst = Array.from({ length: 12 }, () => gate.check('slack:U1'));
    expect(decisions(burst)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'warn', 'silent', 'silent', 'silent', 'silent', 'silent', 'silent']);
    // One token comes back every 6 s.
    expect(burst[5]).toEqual({ decision: 'warn', limit: 'user', retryAfterMs: 6000 });
    c.advance(5999);
    expect(gate.check('slack:U1').decision).toBe('silent');
    c.advance(1);
    expect(gate.check('slack:U1').decision).toBe('ok');
    // Still in the same burst: no second warning for someone who keeps hammering.
    expect(gate.check('slack:U1').decision).toBe('silent');
  });

  it('warns again only after the bucket has refilled completely', () => {
    const c = clock();
    const gate = createRateGate({ user: { capacity: 2, windowMs: 10_000 }, channel: null, now: c.now });
    expect(decisions([gate.check('u'), gate.check('u'), gate.check('u'), gate.check('u')])).toEqual(['ok', 'ok', 'warn', 'silent']);
    c.advance(10_000);
    expect(decisions([gate.check('u'), gate.check('u'), gate.check('u'), gate.check('u')])).toEqual(['ok', 'ok', 'warn', 'silent']);
  });

  it('keeps people apart', () => {
    const c = clock();
    const gate = createRateGate({ user: { capacity: 1, windowMs: 10_000 }, channel: null, now: c.now });
    expect(gate.check('discord:1').decision).toBe('ok');
    expect(gate.check('discord:1').decision).toBe('warn');
    expect(gate.check('discord:2').decision).toBe('ok');
    expect(gate.check('slack:1').decision).toBe('ok');
  });

  it('property: never more than capacity + elapsed × rate questions get through, whatever the timing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1000, max: 120_000 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 200 }),
        (capacity, windowMs, gaps) => {
          const c = clock();
          const gate = createRateGate({ user: { capacity, windowMs }, channel: null, now: c.now });
          let ok = 0;
          let warns = 0;
          let elapsed = 0;
          for (const gap of gaps) {
            c.advance(gap);
            elapsed += gap;
            const r = gate.check('u');
            if (r.decision === 'ok') ok += 1;
            if (r.decision === 'warn') warns += 1;
            if (r.decision !== 'ok') expect(r.retryAfterMs).toBeGreaterThan(0);
          }
          expect(ok).toBeLessThanOrEqual(capacity + Math.floor((elapsed * capacity) / windowMs) + 1);
          // At most one warning per refill of the whole bucket.
          expect(warns).toBeLessThanOrEqual(1 + Math.floor(elapsed / windowMs) + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('per-channel limit', () => {
  it('limits public answers in a busy channel without spending the asker\'s own tokens', () => {
    const c = clock();
    const gate = createRateGate({ user: { capacity: 2, windowMs: 60_000 }, channel: { capacity: 3, windowMs: 60_000 }, now: c.now });
    const results = ['a', 'b', 'c', 'd', 'e'].map((u) => gate.check(`slack:${u}`, 'slack:C1'));
    expect(decisions(results)).toEqual(['ok', 'ok', 'ok', 'warn', 'silent']);
    expect(results[3]).toMatchObject({ limit: 'channel' });
    // "d" was refused because of the channel: in a DM (no channel key) d still has both tokens.
    expect(decisions([gate.check('slack:d'), gate.check('slack:d'), gate.check('slack:d')])).toEqual(['ok', 'ok', 'warn']);
    // Another channel is not affected.
    expect(gate.check('slack:e', 'slack:C2').decision).toBe('ok');
  });
});

describe('memory bound', () => {
  it('keeps at most maxKeys buckets however many people write, and forgets full buckets', () => {
    const c = clock();
    const table = new BucketTable({ capacity: 5, windowMs: 30_000 }, 100);
    for (let i = 0; i < 10_000; i++) table.take(`u${i}`, c.now());
    expect(table.size).toBe(100);
    c.advance(30_000);
    // Refilled buckets are dropped as they are touched.
    for (let i = 9_900; i < 10_000; i++) expect(table.has(`u${i}`, c.now())).toBe(true);
    table.take('fresh', c.now());
    expect(table.size).toBeLessThanOrEqual(100);
  });

  it('a gate with both limits off lets everything through', () => {
    expect(createRateGate({ user: null, channel: null })).toBe(NO_RATE_LIMIT);
    expect(NO_RATE_LIMIT.check('x', 'y')).toEqual({ decision: 'ok' });
  });
});

describe('configuration', () => {
  it('reads RATE_LIMIT_USER and RATE_LIMIT_CHANNEL, with defaults and "off"', () => {
    expect(rateLimitConfigFromEnv({})).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS).toEqual({ user: { capacity: 5, windowMs: 30_000 }, channel: { capacity: 20, windowMs: 60_000 } });
    expect(rateLimitConfigFromEnv({ RATE_LIMIT_USER: '10/1m', RATE_LIMIT_CHANNEL: 'off' })).toEqual({
      user: { capacity: 10, windowMs: 60_000 },
      channel: null,
    });
    expect(rateLimitConfigFromEnv({ RATE_LIMIT_USER: ' ', RATE_LIMIT_CHANNEL: '100/h' })).toEqual({
      user: DEFAULT_RATE_LIMITS.user,
      channel: { capacity: 100, windowMs: 3_600_000 },
    });
  });

  it('parses rates and refuses nonsense', () => {
    expect(parseRate('5/30s')).toEqual({ capacity: 5, windowMs: 30_000 });
    expect(parseRate('5 / 500ms')).toEqual({ capacity: 5, windowMs: 500 });
    expect(parseRate('3/s')).toEqual({ capacity: 3, windowMs: 1000 });
    expect(parseRate('OFF')).toBeNull();
    for (const bad of ['5', '5/30', '0/30s', '-1/30s', 'five/30s', '5/30d', '5/0s', '5/2h30m', '5/100000h']) expect(parseRate(bad)).toBeUndefined();
  });

  it('names the variable and what is expected, never just "invalid"', () => {
    expect(() => rateLimitConfigFromEnv({ RATE_LIMIT_USER: '5 per minute', RATE_LIMIT_CHANNEL: '20/60s' })).toThrow(
      /RATE_LIMIT_USER: expected questions per time such as 5\/30s/,
    );
    expect(() => rateLimitConfigFromEnv({ RATE_LIMIT_CHANNEL: '20' })).toThrow(/RATE_LIMIT_CHANNEL/);
  });

  it('the slow-down text says how long to wait and carries no user text', () => {
    expect(slowDownText({ decision: 'warn', limit: 'user', retryAfterMs: 5200 })).toBe(
      "You're asking faster than I can keep up with. Please wait about 6 seconds, then ask again.",
    );
    expect(slowDownText({ decision: 'warn', limit: 'channel', retryAfterMs: 10 })).toMatch(/^Lots of questions in this channel right now, so I'm pausing for about 1 second\./);
  });
});
