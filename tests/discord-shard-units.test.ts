/**
 * The pieces of Discord sharding, without processes: the settings
 * (DISCORD_SHARDS, DISCORD_SHARD_COUNT, DISCORD_SHARD_IDS), the gateway
 * recommendation, the spawn pace, the shards' question-log messages and
 * shutdown, and the adapter's use of the shared "already answered" record
 * (two processes on one shard during a deploy must not both answer).
 */
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordAdapter, discordConfigFromEnv } from '../adapters/discord/index.ts';
import { parseShardIds } from '../adapters/discord/config.ts';
import { receiveShardLog, shardLogForwarder, shardOfProcess, shardShutdownSource } from '../adapters/discord/shard-process.ts';
import { crashLoopGuard, fetchGatewayInfo, shardExecArgv, spawnDelayMs } from '../adapters/discord/sharding.ts';
import type { Adapter } from '../src/adapter.ts';
import type { AnswerListener } from '../src/bot.ts';
import type { EventLedger } from '../src/store/ledger.ts';
import { snowflake, startFakeDiscord, type FakeDiscord, type RecordedCall } from './fakes/discord.ts';
import { capturingLogger, loadRealKnowledge, realBot } from './fakes/slackHarness.ts';

const TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwNg.GsUnIt.shard-units-third-part-0123456789';
const APP_ID = '1299999999999999996';
const base = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID };

describe('sharding settings', () => {
  test('DISCORD_SHARDS=auto|N runs every shard here; DISCORD_SHARD_COUNT with DISCORD_SHARD_IDS runs a range', () => {
    expect(discordConfigFromEnv(base).sharding).toBeUndefined();
    expect(discordConfigFromEnv({ ...base, DISCORD_SHARDS: 'auto' }).sharding).toEqual({ count: 'auto' });
    expect(discordConfigFromEnv({ ...base, DISCORD_SHARDS: ' AUTO ' }).sharding).toEqual({ count: 'auto' });
    expect(discordConfigFromEnv({ ...base, DISCORD_SHARDS: '4' }).sharding).toEqual({ count: 4 });
    expect(discordConfigFromEnv({ ...base, DISCORD_SHARD_COUNT: '8', DISCORD_SHARD_IDS: '4-7' }).sharding).toEqual({ count: 8, ids: [4, 5, 6, 7] });
    expect(discordConfigFromEnv({ ...base, DISCORD_SHARD_COUNT: '8' }).sharding).toEqual({ count: 8 });
    expect(discordConfigFromEnv({ ...base, DISCORD_SHARDS: '' }).sharding).toBeUndefined();
  });

  test('shard id lists and ranges', () => {
    expect(parseShardIds('0,1')).toEqual([0, 1]);
    expect(parseShardIds(' 3 - 5 , 0, 4 ')).toEqual([0, 3, 4, 5]);
    for (const bad of ['', 'a', '1-', '5-3', '1,,2', '-1', '1.5']) expect(parseShardIds(bad)).toBeUndefined();
  });

  test('a bad combination names the variables and what is expected, never the token', () => {
    const message = (env: Record<string, string>) => {
      try {
        discordConfigFromEnv({ ...base, ...env });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(message({ DISCORD_SHARDS: '0' })).toMatch(/DISCORD_SHARDS: expected auto .* or a number of shards from 1/);
    expect(message({ DISCORD_SHARDS: 'many' })).toMatch(/DISCORD_SHARDS/);
    expect(message({ DISCORD_SHARD_IDS: '0-1' })).toMatch(/DISCORD_SHARD_COUNT: missing; DISCORD_SHARD_IDS needs the total/);
    expect(message({ DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1,2' })).toMatch(/DISCORD_SHARD_IDS: expected ids below DISCORD_SHARD_COUNT/);
    expect(message({ DISCORD_SHARDS: '2', DISCORD_SHARD_COUNT: '2' })).toMatch(/set either DISCORD_SHARDS .* not both/);
    expect(message({ DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: 'x' })).toMatch(/DISCORD_SHARD_IDS: expected shard ids such as 0,1 or 0-3/);
    for (const env of [{ DISCORD_SHARDS: '0' }, { DISCORD_SHARD_IDS: '0' }] as Record<string, string>[]) expect(message(env)).not.toContain(TOKEN);
  });

  test('a shard process knows its shard from what the manager set', () => {
    expect(shardOfProcess({ SHARDS: '1', SHARD_COUNT: '2' })).toEqual({ ids: [1], count: 2 });
    expect(shardOfProcess({ SHARDS: '[0,2]', SHARD_COUNT: '4' })).toEqual({ ids: [0, 2], count: 4 });
    expect(shardOfProcess({})).toBeUndefined();
  });

  test('shards start as fast as the identify limit allows; shard processes get tsx', () => {
    expect(spawnDelayMs(1)).toBe(5500);
    expect(spawnDelayMs(16)).toBe(344);
    expect(spawnDelayMs(0)).toBe(5500);
    expect(shardExecArgv(['--import', 'tsx', '--inspect=9229', '--max-old-space-size=512'])).toEqual(['--import', 'tsx', '--max-old-space-size=512']);
    const added = shardExecArgv([]);
    expect(added[0]).toBe('--import');
    expect(added[1]).toMatch(/^file:\/\/.*\/node_modules\/tsx\/dist\/loader\.mjs$/);
  });
});

describe('what shard processes tell the manager', () => {
  test('question-log entries reach the manager listener with their time; other messages are left alone', () => {
    const got: { type: string; at: Date; id: unknown }[] = [];
    const listener: AnswerListener = {
      answered: (e) => got.push({ type: 'answered', at: e.at, id: e.id }),
      voted: (e) => got.push({ type: 'voted', at: e.at, id: e.id }),
    };
    const at = Date.parse('2030-01-01T00:00:00Z');
    expect(receiveShardLog({ factbot: 'question-log', type: 'answered', event: { id: 'a1', at, latencyMs: 1 } }, listener)).toBe(true);
    expect(receiveShardLog({ factbot: 'question-log', type: 'voted', event: { id: 'a1', at, vote: 'up' } }, listener)).toBe(true);
    expect(receiveShardLog({ _ready: true }, listener)).toBe(false);
    expect(receiveShardLog(null, listener)).toBe(false);
    expect(receiveShardLog({ factbot: 'question-log', type: 'answered', event: { id: 'x' } }, listener)).toBe(false);
    expect(got).toEqual([
      { type: 'answered', at: new Date(at), id: 'a1' },
      { type: 'voted', at: new Date(at), id: 'a1' },
    ]);
    // A listener that throws does not reach the manager.
    const broken: AnswerListener = { answered: () => { throw new Error('boom'); }, voted: () => undefined };
    expect(receiveShardLog({ factbot: 'question-log', type: 'answered', event: { id: 'a2', at } }, broken)).toBe(true);
  });

  test('a shard accepts votes on well-formed answer ids from before a restart (the manager log checks them)', () => {
    const forwarder = shardLogForwarder(capturingLogger());
    expect(forwarder.knows?.('0b6f7c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f')).toBe(true);
    expect(forwarder.knows?.("x' OR 1=1")).toBe(false);
  });

  test("shutdown: the manager's message, a lost manager and Ctrl-C are one request, in any order; a second signal ends it at once", () => {
    const run = (events: [string, unknown?][]) => {
      const proc = new EventEmitter() as unknown as NodeJS.Process;
      const source = shardShutdownSource(proc);
      const seen: string[] = [];
      source.on('SIGTERM', () => seen.push('SIGTERM'));
      source.on('SIGINT', () => seen.push('SIGINT'));
      for (const [name, arg] of events) (proc as unknown as EventEmitter).emit(name, arg);
      return seen;
    };
    const shutdown = ['message', { factbot: 'shutdown' }] as [string, unknown];
    expect(run([['message', { _eval: 'x' }]])).toEqual([]);
    // The manager's message first, then the Ctrl-C that reached the whole group: one request.
    expect(run([shutdown, shutdown, ['disconnect'], ['SIGINT']])).toEqual(['SIGTERM']);
    // The other order.
    expect(run([['SIGINT'], shutdown, ['disconnect']])).toEqual(['SIGINT']);
    // A person pressing Ctrl-C again: the second signal (src/shutdown.ts exits at once on it).
    expect(run([shutdown, ['SIGINT'], ['SIGINT']])).toEqual(['SIGTERM', 'SIGINT']);
    expect(run([['SIGTERM'], ['SIGINT']])).toEqual(['SIGTERM', 'SIGINT']);
  });
});

describe('the gateway recommendation and the shared "already answered" record', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  /** A ledger where another instance has already claimed every key in `taken`. */
  const taken = new Set<string>();
  const claims: string[][] = [];
  const ledger: EventLedger = {
    async claim(keys) {
      claims.push([...keys]);
      if (keys.some((k) => taken.has(k))) return false;
      for (const k of keys) taken.add(k);
      return true;
    },
    async release(keys) {
      for (const k of keys) taken.delete(k);
    },
  };

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID, shards: 2, maxConcurrency: 16 });
    const config = discordConfigFromEnv({ ...base, DISCORD_API_URL: fake.apiUrl });
    adapter = createDiscordAdapter({ bot: realBot(loadRealKnowledge()).bot, config, logger: capturingLogger(), ledger });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  test('GET /gateway/bot: the recommended count and identify concurrency; a refused token names DISCORD_TOKEN', async () => {
    expect(await fetchGatewayInfo({ token: TOKEN, apiUrl: fake.apiUrl })).toEqual({ shards: 2, maxConcurrency: 16 });
    await expect(fetchGatewayInfo({ token: 'MTMw.bad.token', apiUrl: fake.apiUrl })).rejects.toThrow(/Discord refused DISCORD_TOKEN \(401\)/);
    await expect(fetchGatewayInfo({ token: TOKEN, apiUrl: 'http://127.0.0.1:9/api' }, 2000)).rejects.toThrow(/DISCORD_API_URL/);
  });

  const replyTo = (message: Record<string, unknown>) => (c: RecordedCall) => c.method === 'POST' && c.body?.message_reference?.message_id === message.id;

  test('a message another instance already claimed is left to it; the next one is answered', async () => {
    // Without sharding the client is shard [0, 1]: every guild's events come to it.
    const claimedElsewhere = fake.message({ content: `<@${fake.botUser.id}> where is the deposit?`, mentions: [fake.botUser] });
    taken.add(`msg:${claimedElsewhere.id as string}`);
    fake.dispatch('MESSAGE_CREATE', claimedElsewhere);
    const mine = fake.message({ content: `<@${fake.botUser.id}> where is the deposit?`, mentions: [fake.botUser] });
    fake.dispatch('MESSAGE_CREATE', mine);
    await fake.waitForCall(replyTo(mine), 'the reply to the unclaimed message');
    expect(fake.calls.filter(replyTo(claimedElsewhere))).toEqual([]);
    expect(claims).toEqual(expect.arrayContaining([[`msg:${claimedElsewhere.id as string}`], [`msg:${mine.id as string}`]]));
  });

  test('an interaction is answered only by the instance that claims it', async () => {
    const command = { id: snowflake(), name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'where is the deposit?' }] };
    const elsewhere = fake.interaction({ type: 2, data: command });
    taken.add(`interaction:${elsewhere.id as string}`);
    fake.dispatch('INTERACTION_CREATE', elsewhere);
    const mine = fake.interaction({ type: 2, data: command });
    fake.dispatch('INTERACTION_CREATE', mine);
    const callback = (i: Record<string, unknown>) => (c: RecordedCall) => c.method === 'POST' && c.path === `/interactions/${i.id as string}/${i.token as string}/callback`;
    await fake.waitForCall(callback(mine), 'the answer to the unclaimed interaction');
    expect(fake.calls.filter(callback(elsewhere))).toEqual([]);
  });
});

describe('crash-loop guard of shard respawns', () => {
  test('gives up after more than `max` deaths within the window; deaths that age out of it do not count', () => {
    let now = 1_000_000;
    const guard = crashLoopGuard({ max: 5, windowMs: 60_000, now: () => now });
    // A shard crashing once a minute is restarted for ever.
    for (let i = 0; i < 20; i++) {
      expect(guard.died()).toBe(false);
      now += 61_000;
    }
    expect(guard.recent()).toBe(0);
    // Six deaths within a minute: the sixth gives up.
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(guard.died());
      now += 9_000;
    }
    expect(answers).toEqual([false, false, false, false, false, true]);
    expect(guard.recent()).toBe(6);
  });

  test('defaults: 5 deaths a minute are tolerated, the 6th is not', () => {
    let now = 0;
    const guard = crashLoopGuard({ now: () => now });
    const answers = Array.from({ length: 6 }, () => {
      now += 1_000;
      return guard.died();
    });
    expect(answers).toEqual([false, false, false, false, false, true]);
  });
});
