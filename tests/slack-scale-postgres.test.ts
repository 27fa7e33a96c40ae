/**
 * Two Slack HTTP instances behind one URL, sharing one PostgreSQL (as a load
 * balancer would spread Slack's requests): the real Bolt, the real bot, the
 * fake Slack on 127.0.0.1, and a real PostgreSQL server (DATABASE_URL_TEST).
 * Each instance has its own bot, its own connection pool and its own port,
 * like two processes; what they share is the database.
 *
 * - The same signed event delivered to both at once (as a retry landing on
 *   the other instance would be) gets exactly one reply.
 * - 1,000 events spread across both, a tenth of them delivered again to the
 *   other instance as retries, get 1,000 replies: none lost, none twice.
 * - A follow-up in a thread one instance answered in is answered by the other.
 * - One person's rate limit holds across both instances.
 *
 * No sleeps: every step waits on the adapters' activity reports or the fake's records.
 */
import { afterAll, afterEach, expect, test } from 'vitest';
import { createSlackAdapter, slackConfigFromEnv, type SlackActivity, type SlackAdapter } from '../adapters/slack/index.ts';
import { NO_RATE_LIMIT, slowDownText, type RateGate } from '../src/ratelimit.ts';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres.ts';
import { BOT_USER_ID, eventCallback, Recorder, sendEvent, startFakeSlack, userMessage, type FakeSlack } from './fakes/slack.ts';
import { capturingLogger, loadRealKnowledge, realBot } from './fakes/slackHarness.ts';
import { describePostgres, dropTestSchemas, queryTestDb, testSchema } from './helpers/postgres.ts';

const SECRET = 'b1c2d3e4f5a60718293a4b5c6d7e8f90';
const BOT_TOKEN = 'xoxb-3333-4444-scaleBotToken';
const kb = loadRealKnowledge();

const QUESTIONS = [
  'Where is the rare earth deposit?',
  'Is BYD building a factory in Turkey?',
  'When was the deposit discovered?',
  'Which Chinese carmakers could come to Turkey?',
  "Who is leading Turkey's delegation to China?",
];

interface Instance {
  adapter: SlackAdapter;
  store: PostgresStore;
  url: string;
  activity: Recorder<SlackActivity>;
  /** The database schema both instances use. */
  schema: string;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(dropTestSchemas);

/** Two instances on one fresh schema, each with its own pool and port. */
async function startTwo(fake: FakeSlack, databaseUrl: string, rateLimit: (store: PostgresStore) => RateGate = () => NO_RATE_LIMIT): Promise<[Instance, Instance]> {
  const schema = testSchema();
  const start = async (): Promise<Instance> => {
    const store = openPostgresStore(databaseUrl, { schema });
    const activity = new Recorder<SlackActivity>('adapter activity');
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_HTTP_HOST: '127.0.0.1', SLACK_API_URL: fake.apiUrl });
    const adapter = createSlackAdapter({
      bot: realBot(kb).bot,
      config,
      logger: capturingLogger(),
      webApi: { retries: 0 },
      ledger: store.eventLedger('slack'),
      threads: store.threadRegistry(),
      rateLimit: rateLimit(store),
      onActivity: (a) => activity.push(a),
    });
    await adapter.start();
    cleanups.push(async () => {
      await adapter.stop();
      await store.close();
    });
    return { adapter, store, url: adapter.url as string, activity, schema };
  };
  // Migrate once before both start answering (instances starting together is tested in store-postgres).
  await openPostgresStore(databaseUrl, { schema }).questionLog().then((l) => l.close());
  return [await start(), await start()];
}

async function fakeSlack(): Promise<FakeSlack> {
  const fake = await startFakeSlack();
  cleanups.push(() => fake.close());
  return fake;
}

/** Resolves when the instances together have reported `count` activities matching. */
function waitForActivities(instances: Instance[], match: (a: SlackActivity) => boolean, count: number, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const seen = () => instances.reduce((n, i) => n + i.activity.items.filter(match).length, 0);
    const stops: (() => void)[] = [];
    const done = () => {
      clearTimeout(timer);
      for (const s of stops) s();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out: ${seen()} of ${count} activities after ${timeoutMs} ms`));
    }, timeoutMs);
    const check = () => {
      if (seen() >= count) {
        done();
        resolve();
      }
    };
    for (const i of instances) stops.push(i.activity.listen(check));
    check();
  });
}

const mention = (fake: FakeSlack, i: number, channel = 'C0GENERAL1', user = `U0SCALE${String(i).padStart(4, '0')}`) => {
  const ts = fake.nextTs();
  return { ts, envelope: eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> ${QUESTIONS[i % QUESTIONS.length]}`, channel, user, ts })) };
};

describePostgres('Two Slack HTTP instances on one PostgreSQL', (databaseUrl) => {
  test('the same signed event delivered to both at once gets exactly one reply', async () => {
    const fake = await fakeSlack();
    const [a, b] = await startTwo(fake, databaseUrl);
    for (let round = 0; round < 10; round++) {
      const { ts, envelope } = mention(fake, round);
      // The first delivery to one, Slack's retry of it to the other, both in flight together.
      const [ra, rb] = await Promise.all([
        sendEvent(a.url, envelope, { secret: SECRET }),
        sendEvent(b.url, envelope, { secret: SECRET, retryNum: 1 }),
      ]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
      await waitForActivities([a, b], (x) => x.ref === envelope.event_id, 2);
      const reports = [...a.activity.items, ...b.activity.items].filter((x) => x.ref === envelope.event_id);
      expect(reports.map((r) => `${r.kind}${r.reason ? `:${r.reason}` : ''}`).sort()).toEqual(['answered', 'ignored:duplicate']);
      expect(fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
    }
  });

  test('1,000 events spread across both, a tenth retried on the other: 1,000 replies, none twice', async () => {
    const fake = await fakeSlack();
    const instances = await startTwo(fake, databaseUrl);
    const started = performance.now();
    const events = Array.from({ length: 1000 }, (_, i) => mention(fake, i, `C0SCALE${String(i % 50).padStart(3, '0')}`));
    const deliveries = events.flatMap(({ envelope }, i) => [
      { to: instances[i % 2]!, envelope, retryNum: undefined as number | undefined },
      ...(i % 10 === 0 ? [{ to: instances[(i + 1) % 2]!, envelope, retryNum: 1 }] : []),
    ]);
    // 16 requests in flight at a time, as a busy workspace would send them.
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < deliveries.length) {
          const d = deliveries[next++]!;
          statuses.push((await sendEvent(d.to.url, d.envelope, { secret: SECRET, ...(d.retryNum !== undefined ? { retryNum: d.retryNum } : {}) })).status);
        }
      }),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    await waitForActivities(instances, (x) => x.kind === 'answered' || x.reason === 'duplicate', deliveries.length);
    const ms = performance.now() - started;

    const posts = fake.callsOf('chat.postMessage');
    const perThread = new Map<string, number>();
    for (const p of posts) perThread.set(p.params.thread_ts, (perThread.get(p.params.thread_ts) ?? 0) + 1);
    expect(posts).toHaveLength(1000);
    expect(perThread.size).toBe(1000);
    expect([...perThread.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(events.map((e) => e.ts))).toEqual(new Set(perThread.keys()));
    const answered = instances.map((i) => i.activity.items.filter((x) => x.kind === 'answered').length);
    const duplicates = instances.reduce((n, i) => n + i.activity.items.filter((x) => x.reason === 'duplicate').length, 0);
    expect(answered[0]! + answered[1]!).toBe(1000);
    expect(duplicates).toBe(100);
    // Both instances did real work.
    expect(Math.min(...answered)).toBeGreaterThan(400);
    expect(instances.flatMap((i) => i.activity.items).filter((x) => x.kind === 'failed')).toEqual([]);
    console.info(`slack two instances on PostgreSQL: 1,000 events + 100 retries in ${Math.round(ms)} ms; answered per instance ${answered.join(' / ')}`);
  }, 120_000);

  test('a follow-up in a thread answered by one instance is answered by the other', async () => {
    const fake = await fakeSlack();
    const [a, b] = await startTwo(fake, databaseUrl);
    const { ts, envelope } = mention(fake, 0);
    await sendEvent(a.url, envelope, { secret: SECRET });
    await waitForActivities([a], (x) => x.ref === envelope.event_id && x.kind === 'answered', 1);
    // A reply in that thread without a mention, delivered to the other instance.
    const followUp = eventCallback(userMessage({ text: 'and when was it discovered?', channel: 'C0GENERAL1', ts: fake.nextTs(), threadTs: ts }));
    await sendEvent(b.url, followUp, { secret: SECRET });
    await waitForActivities([b], (x) => x.ref === followUp.event_id, 1);
    expect(b.activity.items.find((x) => x.ref === followUp.event_id)).toEqual({ kind: 'answered', via: 'thread', ref: followUp.event_id });
    expect(fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === ts)).toHaveLength(2);
  });

  test("one person's rate limit holds across both instances: 3 answers, one slow-down notice, then silence", async () => {
    const fake = await fakeSlack();
    const limits = { user: { capacity: 3, windowMs: 3_600_000 }, channel: null };
    const [a, b] = await startTwo(fake, databaseUrl, (store) => store.rateGate(limits));
    const user = 'U0HAMMER01';
    for (let i = 0; i < 8; i++) {
      const { envelope } = mention(fake, i, 'C0BUSY0001', user);
      const to = i % 2 === 0 ? a : b;
      await sendEvent(to.url, envelope, { secret: SECRET });
      await waitForActivities([to], (x) => x.ref === envelope.event_id, 1);
    }
    const all = [...a.activity.items, ...b.activity.items];
    expect(all.filter((x) => x.kind === 'answered')).toHaveLength(3);
    expect(all.filter((x) => x.kind === 'limited').map((x) => x.warned)).toEqual(expect.arrayContaining([true, false, false, false, false]));
    expect(all.filter((x) => x.kind === 'limited' && x.warned)).toHaveLength(1);
    const notices = fake.callsOf('chat.postEphemeral').filter((c) => c.params.user === user);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.params.text).toMatch(/^You're asking faster than I can keep up with\. Please wait about \d+ seconds, then ask again\.$/);
    expect(notices[0]?.params.text).not.toBe(slowDownText({ decision: 'warn', limit: 'channel', retryAfterMs: 1000 }));
    // The bucket is in the database: one row for this person, empty, the warning given.
    const buckets = await queryTestDb<{ scope: string; key: string; tokens: number; warned: boolean }>('SELECT scope, key, tokens, warned FROM rate_buckets', [], a.schema);
    expect(buckets).toHaveLength(1);
    expect(buckets[0]).toMatchObject({ scope: 'user', key: `slack:${user}`, warned: true });
    expect(buckets[0]!.tokens).toBeLessThan(1);
  });
});
