/**
 * src/metrics.ts on its own: what the core reports, and the text served.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/bot.ts';
import { countingErrors, createMetrics, meteredRateGate, reloadResult, type MetricsSink } from '../src/metrics.ts';
import { createRateGate } from '../src/ratelimit.ts';
import { captureLogger } from './helpers/http.ts';
import { realKb } from './helpers/knowledge.ts';

/** A sink that keeps every report. */
function recordingSink(): MetricsSink & { events: unknown[][] } {
  const events: unknown[][] = [];
  return {
    events,
    question: (...args) => void events.push(['question', ...args]),
    reload: (...args) => void events.push(['reload', ...args]),
    rateLimited: (...args) => void events.push(['rateLimited', ...args]),
    error: (...args) => void events.push(['error', ...args]),
  };
}

describe('metrics', () => {
  it('the Bot reports each question with its kind and time, and help requests as help', () => {
    const sink = recordingSink();
    const bot = createBot({ knowledge: () => realKb(), metrics: sink });
    bot.answer('where is the deposit', { platform: 'slack' });
    bot.answer('Help!', { platform: 'discord' });
    bot.ask('hello', { platform: 'console' });
    bot.ask('what is the price of bitcoin in 2030', { platform: 'api' });
    expect(sink.events.map((e) => e.slice(0, 3))).toEqual([
      ['question', 'slack', 'answered'],
      ['question', 'discord', 'help'],
      ['question', 'console', 'smalltalk'],
      ['question', 'api', 'declined'],
    ]);
    expect(sink.events[0]![3]).toBeGreaterThan(0);
    expect(sink.events[1]![3]).toBeUndefined();
  });

  it('the rate limit reports each refusal under the platform of its key, for a gate answering at once or later', async () => {
    const sink = recordingSink();
    const local = createRateGate({ user: { capacity: 1, windowMs: 60_000 }, channel: null, now: () => 0 });
    const gate = meteredRateGate(local, sink);
    expect(await gate.check('discord:U1')).toEqual({ decision: 'ok' });
    expect((await gate.check('discord:U1')).decision).toBe('warn');
    expect((await gate.check('discord:U1')).decision).toBe('silent');
    const later = meteredRateGate({ check: async (key) => local.check(key) }, sink);
    expect((await later.check('slack:U2')).decision).toBe('ok');
    expect((await later.check('slack:U2')).decision).toBe('warn');
    expect(sink.events).toEqual([['rateLimited', 'discord'], ['rateLimited', 'discord'], ['rateLimited', 'slack']]);
  });

  it('an adapter\'s error lines are counted under its platform, and still logged', () => {
    const sink = recordingSink();
    const logger = captureLogger();
    const counted = countingErrors(logger, 'slack', sink);
    counted.info({}, 'fine');
    counted.warn({}, 'hmm');
    counted.error({ err: 'x' }, 'could not post');
    expect(sink.events).toEqual([['error', 'slack']]);
    expect(logger.lines.map((l) => l.message)).toEqual(['fine', 'hmm', 'could not post']);
  });

  it('a reload that serves the files is ok, one that keeps the last good knowledge failed', () => {
    expect(reloadResult({ kind: 'reloaded' })).toBe('ok');
    expect(reloadResult({ kind: 'unchanged' })).toBe('ok');
    expect(reloadResult({ kind: 'failed' })).toBe('failed');
  });

  it('two metrics objects never share counts (each has its own Registry)', async () => {
    const a = createMetrics({ defaultMetrics: false });
    const b = createMetrics({ defaultMetrics: false });
    a.error('api');
    a.error('api');
    expect(await a.text()).toMatch(/^factbot_errors_total\{platform="api"\} 2$/m);
    expect(await b.text()).not.toMatch(/^factbot_errors_total\{/m);
    expect(await a.text()).not.toMatch(/^process_/m);
  });
});
