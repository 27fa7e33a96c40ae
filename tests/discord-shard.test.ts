/**
 * Discord sharding end to end: the real product (`src/main.ts`, as `npm start`
 * runs it) with DISCORD_SHARDS=auto against the fake Discord, which
 * advertises 2 shards. discord.js's ShardingManager starts two shard
 * processes; they identify with [0, 2] and [1, 2]; the fake routes each
 * guild's events to its shard's connection ((guild_id >> 22) % 2), and each
 * message is answered once, by that shard. A shard killed outright is started
 * again by the manager; a reply in flight when it stops is finished. `factbot stats` then counts the questions of all
 * shards: in the SQLite file (written by the manager for its shards) and in
 * PostgreSQL (written by each shard).
 *
 * No sleeps: every step waits for a gateway IDENTIFY, a REST call or a log line.
 */
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { startFakeDiscord, shardOf, type FakeDiscord, type FakeGuild, type RecordedCall } from './fakes/discord.ts';
import { runCliProcess } from './helpers/cli.ts';
import { makeTempDir, removeTempDirs } from './helpers/knowledge.ts';
import { describePostgres, dropTestSchemas, queryTestDb, testSchema } from './helpers/postgres.ts';
import { alive, startProduct, type RunningProduct } from './helpers/product.ts';

const TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwNQ.GsHaRd.shard-token-third-part-0123456789';
const APP_ID = '1299999999999999995';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(async () => {
  removeTempDirs();
  await dropTestSchemas();
});

async function fakeWithTwoShards(): Promise<FakeDiscord> {
  // max_concurrency 16: both shards may identify at once, so they start ~0.3 s apart, not 5.5 s.
  const fake = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID, shards: 2, maxConcurrency: 16 });
  cleanups.push(() => fake.close());
  return fake;
}

function startSharded(fake: FakeDiscord, env: Record<string, string>): RunningProduct {
  const product = startProduct(
    { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, DISCORD_SHARDS: 'auto', ...env },
    { prefix: 'factbot-shard-' },
  );
  cleanups.push(() => product.cleanup());
  return product;
}

/** Sends a mention of the bot in `guild` and resolves with the shard the fake routed it to and the reply's REST call. */
async function ask(fake: FakeDiscord, guild: FakeGuild, question: string): Promise<{ shard: number; reply: RecordedCall; messageId: string }> {
  const message = fake.message({ content: `<@${fake.botUser.id}> ${question}`, mentions: [fake.botUser], guild });
  const shard = fake.dispatch('MESSAGE_CREATE', message);
  const reply = await fake.waitForCall(
    (c) => c.method === 'POST' && c.path === `/channels/${guild.channelId}/messages` && c.body?.message_reference?.message_id === message.id,
    `the reply to "${question}" in guild ${guild.id}`,
    15_000,
  );
  return { shard, reply, messageId: message.id as string };
}

const repliesTo = (fake: FakeDiscord, messageId: string) =>
  fake.calls.filter((c) => c.method === 'POST' && c.body?.message_reference?.message_id === messageId).length;

/** Stops the product with SIGTERM as a supervisor would; resolves with its exit and how long it took. */
async function stop(product: RunningProduct): Promise<{ code: number | null; ms: number }> {
  const started = performance.now();
  product.child.kill('SIGTERM');
  const { code } = await product.exited;
  return { code, ms: performance.now() - started };
}

async function statsOf(env: Record<string, string>): Promise<{ total: { questions: number }; platforms: { platform: string; questions: number }[] }> {
  const run = await runCliProcess(['stats', '--json'], { env });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('Discord sharding with the ShardingManager (SQLite question log)', () => {
  test('two shard processes, each answering its own guilds once; a killed shard comes back; stats counts all shards', async () => {
    const timings: Record<string, number> = {};
    const t0 = performance.now();
    const fake = await fakeWithTwoShards();
    const [guild0, guild1] = fake.shardGuilds as [FakeGuild, FakeGuild];
    expect([shardOf(guild0.id, 2), shardOf(guild1.id, 2)]).toEqual([0, 1]);
    const database = path.join(makeTempDir('factbot-shard-db-'), 'questions.sqlite');
    const product = startSharded(fake, { DATABASE_PATH: database });

    // The gateway said 2; one process per shard identifies for its shard.
    const [id0, id1] = await Promise.all([fake.waitForIdentify(0, 2, 1, 30_000), fake.waitForIdentify(1, 2, 1, 30_000)]);
    expect([id0.shard, id1.shard]).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await product.waitForLog((l) => l.msg === 'discord: all shards connected', 'all shards connected');
    timings.start = performance.now() - t0;
    const started = product.logs().filter((l) => l.msg === 'discord: shard process started');
    expect(started.map((l) => l.shard).sort()).toEqual([0, 1]);
    const pids = new Map(started.map((l) => [l.shard as number, l.pid as number]));
    expect(new Set(pids.values()).size).toBe(2);
    expect(pids.has(0) && pids.get(0) !== product.child.pid).toBe(true);
    // Each shard process was given only its own guild(s): the main guild plus one per shard.
    const connectedLine = (shard: number, nth = 1) =>
      product.waitForLog(
        (l) => l.msg === 'discord: connected' && l.shard === shard && product.logs().filter((x) => x.msg === 'discord: connected' && x.shard === shard).length >= nth,
        `shard ${shard} connected (#${nth})`,
      );
    const connected = await Promise.all([connectedLine(0), connectedLine(1)]);
    const expectedGuilds = (shard: number) => [fake.guildId, guild0.id, guild1.id].filter((g) => shardOf(g, 2) === shard).length;
    expect(connected.map((l) => [l.shards, l.shardCount, l.guilds])).toEqual([
      [[0], 2, expectedGuilds(0)],
      [[1], 2, expectedGuilds(1)],
    ]);

    // A message in a guild of each shard: routed to that shard, answered once.
    const a = await ask(fake, guild0, 'Where is the rare earth deposit?');
    const b = await ask(fake, guild1, 'Is BYD building a factory in Turkey?');
    expect([a.shard, b.shard]).toEqual([0, 1]);
    expect(a.reply.body.embeds?.length ?? a.reply.body.content.length).toBeGreaterThan(0);
    timings.answers = performance.now() - t0 - timings.start;

    // Shard 1's process dies without warning: the manager starts it again and it answers again.
    process.kill(pids.get(1)!, 'SIGKILL');
    await fake.waitForIdentify(1, 2, 2, 30_000);
    const restarted = await product.waitForLog((l) => l.msg === 'discord: shard process started' && l.shard === 1 && l.pid !== pids.get(1), 'shard 1 started again');
    await product.waitForLog((l) => l.msg === 'discord: shard process exited; starting it again' && l.shard === 1, 'the restart logged');
    await connectedLine(1, 2);
    const c = await ask(fake, guild1, 'When was the deposit discovered?');
    expect(c.shard).toBe(1);

    // Stopping with a reply in flight in a shard: the shard finishes it, then everything exits.
    const late = fake.message({ content: `<@${fake.botUser.id}> Is BYD building a factory in Turkey?`, mentions: [fake.botUser], guild: guild0 });
    const held = fake.holdNext((x) => x.method === 'POST' && x.body?.message_reference?.message_id === late.id);
    expect(fake.dispatch('MESSAGE_CREATE', late)).toBe(0);
    await held.arrived;
    const stopStarted = performance.now();
    product.child.kill('SIGTERM');
    await product.waitForLog((l) => l.shard === 0 && String(l.msg).startsWith('shutting down'), 'shard 0 shutting down');
    held.release();
    const { code } = await product.exited;
    const stopped = { code, ms: performance.now() - stopStarted };
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(5000);
    expect(repliesTo(fake, late.id as string)).toBe(1);
    // No shard process is left behind.
    for (const pid of [pids.get(0)!, restarted.pid as number]) expect(alive(pid)).toBe(false);
    // Once everything has stopped, each message has exactly one reply: no shard answered another's guild.
    for (const m of [a, b, c]) expect(repliesTo(fake, m.messageId)).toBe(1);
    expect(fake.calls.filter((x) => x.method === 'POST' && x.path.startsWith('/channels/'))).toHaveLength(4);

    // The manager wrote the shards' questions to the one SQLite file, the last one too.
    const stats = await statsOf({ DATABASE_PATH: database });
    expect(stats.total.questions).toBe(4);
    expect(stats.platforms).toEqual([expect.objectContaining({ platform: 'discord', questions: 4 })]);
    // Nothing in the logs names the token.
    expect(product.stderr()).not.toContain(TOKEN);
    timings.total = performance.now() - t0;
    console.info(`discord-shard (SQLite) timings (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`);
  }, 90_000);
});

describePostgres('Discord sharding with the question log in PostgreSQL', (url) => {
  test('each shard writes its own questions to PostgreSQL; stats reads them all', async () => {
    const fake = await fakeWithTwoShards();
    const [guild0, guild1] = fake.shardGuilds as [FakeGuild, FakeGuild];
    const schema = testSchema();
    await queryTestDb(`CREATE SCHEMA ${schema}`);
    const databaseUrl = `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const product = startSharded(fake, { DATABASE_URL: databaseUrl });
    await product.waitForLog((l) => l.msg === 'discord: all shards connected', 'all shards connected');

    const a = await ask(fake, guild0, 'Where is the rare earth deposit?');
    const b = await ask(fake, guild1, 'Which Chinese carmakers could come to Turkey?');
    expect([a.shard, b.shard]).toEqual([0, 1]);
    // The message ids are in the shared "already answered" record, each claimed once.
    const handled = await queryTestDb<{ key: string }>('SELECT key FROM handled_events ORDER BY key', [], schema);
    expect(handled.map((h) => h.key).sort()).toEqual([`discord:msg:${a.messageId}`, `discord:msg:${b.messageId}`].sort());

    expect((await stop(product)).code).toBe(0);
    for (const m of [a, b]) expect(repliesTo(fake, m.messageId)).toBe(1);
    const stats = await statsOf({ DATABASE_URL: databaseUrl });
    expect(stats.total.questions).toBe(2);
  }, 90_000);
});
