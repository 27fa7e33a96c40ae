/**
 * HTTP mode's front door (adapters/slack/http.ts) against hostile and odd
 * requests, with the real Bolt and the real bot against the fake Slack on
 * 127.0.0.1, then the real product as a subprocess:
 *
 * - a correctly signed body that is not an object (`null`, `payload=null`) or
 *   nests too deeply is refused with 400 and the process keeps answering;
 *   property tests: any correctly signed body gets an HTTP answer, and nothing
 *   escapes as an unhandled error;
 * - signatures are accepted at most 5 minutes from the clock, either way;
 * - rejected requests are logged once, then counted: one line per interval;
 * - an oversized request is answered 413 and its connection closed, so a
 *   later SIGTERM still ends the product with exit 0.
 *
 * Clocks are injected and stepped; waits are on responses, log lines and
 * process exits, all bounded.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSlackAdapter, type SlackActivity, type SlackAdapter } from '../adapters/slack/index.ts';
import { MAX_CLOCK_SKEW_SECONDS, MAX_JSON_DEPTH, RejectionLog, nestsDeeperThan } from '../adapters/slack/http.ts';
import {
  BOT_USER_ID,
  blockAction,
  eventCallback,
  rawConnection,
  Recorder,
  sendEvent,
  sendSigned,
  slackSignature,
  slashCommand,
  startFakeSlack,
  userMessage,
  type FakeSlack,
} from './fakes/slack.ts';
import { capturingLogger, loadRealKnowledge, realBot, httpModeConfig } from './fakes/slackHarness.ts';
import { startProduct, type RunningProduct } from './helpers/product.ts';

const SECRET = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const BOT_TOKEN = 'xoxb-4444-3333-httpGateBotToken';
const CHANNEL = 'C0GATE0001';
const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const REJECTED = 'rejected Slack HTTP requests (not signed by Slack, stale, too large or malformed); further ones are counted and logged once per interval';

const kb = loadRealKnowledge();
const { bot } = realBot(kb);

// Anything that escapes Bolt's or our handling ends a real process: here it is recorded, and every test checks there was none.
const escaped: unknown[] = [];
const onEscape = (error: unknown) => escaped.push(error);

/** One adapter in HTTP mode, with its own clock, fake and captured log. */
async function startGate(options: { bodyLimitBytes?: number; rejectionLogIntervalMs?: number } = {}) {
  const fake = await startFakeSlack();
  const clock = { now: Date.now() };
  const logger = capturingLogger();
  const activity = new Recorder<SlackActivity>('adapter activity');
  const config = httpModeConfig(fake.apiUrl, SECRET, BOT_TOKEN);
  const adapter: SlackAdapter = createSlackAdapter({
    bot,
    config,
    logger,
    webApi: { retries: 0 },
    onActivity: (a) => activity.push(a),
    // Requests the bot has no listener for are answered 404 by Bolt after this (3 s in production).
    http: { now: () => clock.now, unacknowledgedTimeoutMs: 50, ...options },
  });
  await adapter.start();
  const url = adapter.url!;
  const lines = () => logger.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    fake,
    clock,
    logger,
    lines,
    rejectionLines: () => lines().filter((l) => l.message === REJECTED),
    activity,
    adapter,
    url,
    /** A signed request at the injected clock's time. */
    signed: (body: string, contentType = JSON_TYPE, offsetSeconds = 0) =>
      sendSigned(url, body, contentType, { secret: SECRET, timestamp: Math.floor(clock.now / 1000) + offsetSeconds }),
    /** A mention, signed now; resolves with what the adapter did about it. */
    async mention(text = 'Where is the deposit?') {
      const envelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> ${text}`, channel: CHANNEL, ts: fake.nextTs() }));
      const from = activity.items.length;
      const result = await sendSigned(url, JSON.stringify(envelope), JSON_TYPE, { secret: SECRET, timestamp: Math.floor(clock.now / 1000) });
      expect(result.status).toBe(200);
      return activity.waitFor((a) => a.ref === envelope.event_id, { from, label: 'the mention' });
    },
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}
type Gate = Awaited<ReturnType<typeof startGate>>;

beforeAll(() => {
  process.on('unhandledRejection', onEscape);
  process.on('uncaughtException', onEscape);
});
afterAll(() => {
  process.off('unhandledRejection', onEscape);
  process.off('uncaughtException', onEscape);
});
afterEach(() => {
  // Cleared each time, so one test's escape is reported by that test only.
  expect(escaped.splice(0), 'nothing may escape as an unhandled error (it would end the process)').toEqual([]);
});

describe('a correctly signed body that Bolt cannot handle', () => {
  let gate: Gate;
  beforeAll(async () => {
    gate = await startGate();
  });
  afterAll(async () => {
    await gate?.stop();
  });

  it('null, as JSON or as the payload field of a form, is refused with 400 and the bot keeps answering', async () => {
    expect((await gate.signed('null')).status).toBe(400);
    expect((await gate.signed('payload=null', FORM_TYPE)).status).toBe(400);
    expect((await gate.mention()).kind).toBe('answered');
  });

  it('other bodies that are not an object, an event that is not an object, very deep nesting: 400', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const bodies: [string, string][] = [
      ['[]', JSON_TYPE],
      ['42', JSON_TYPE],
      ['"text"', JSON_TYPE],
      ['true', JSON_TYPE],
      ['not json at all', JSON_TYPE],
      ['', JSON_TYPE],
      ['payload=%5B1%5D', FORM_TYPE],
      ['payload=%7B', FORM_TYPE],
      ['{"type":"event_callback","event":null}', JSON_TYPE],
      ['{"type":"event_callback","event":"x","event_id":"Ev1"}', JSON_TYPE],
      // Bolt would echo the challenge with JSON.stringify, which overflows the stack on this.
      [`{"type":"url_verification","challenge":${deep}}`, JSON_TYPE],
    ];
    for (const [body, type] of bodies) expect((await gate.signed(body, type)).status, body.slice(0, 60)).toBe(400);
    expect((await gate.mention()).kind).toBe('answered');
  });

  it('nesting is measured without recursion, at any depth', () => {
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown;
    expect(nestsDeeperThan(deep, MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: [1, 2, { c: 'x' }] }] }, MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(null, 0)).toBe(false);
  });

  it('Slack\'s own requests still work: the URL check, the SSL check (unsigned, as Slack sends it), a command', async () => {
    const challenge = await gate.signed(JSON.stringify({ token: 'legacy', challenge: 'c-1', type: 'url_verification' }));
    expect(challenge.json()).toEqual({ challenge: 'c-1' });
    const ssl = await sendSigned(gate.url, 'ssl_check=1&token=legacy', FORM_TYPE, { secret: SECRET, unsigned: true });
    expect(ssl.status).toBe(200);
    // An unsigned SSL check carries nothing further in: a smuggled payload is not processed.
    const smuggled = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> rare earth`, channel: CHANNEL, ts: gate.fake.nextTs() }));
    const before = gate.activity.items.length;
    const sneaky = await sendSigned(gate.url, new URLSearchParams({ ssl_check: '1', payload: JSON.stringify(smuggled) }).toString(), FORM_TYPE, {
      secret: SECRET,
      unsigned: true,
    });
    expect(sneaky.status).toBe(200);
    const command = await gate.signed(new URLSearchParams(slashCommand({ text: 'help', responseUrl: gate.fake.responseUrl() })).toString(), FORM_TYPE);
    expect(command.status).toBe(200);
    expect(command.json().response_type).toBe('ephemeral');
    expect(gate.activity.items.slice(before).map((a) => a.via)).toEqual(['command']);
  });
});

describe('property: any correctly signed body gets an HTTP answer, and nothing escapes', () => {
  let gate: Gate;
  const statuses = new Map<number, number>();
  beforeAll(async () => {
    gate = await startGate();
  });
  afterAll(async () => {
    // After everything below, the bot still answers a person.
    expect((await gate.mention()).kind).toBe('answered');
    await gate?.stop();
    console.info(`signed fuzz: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  });

  /**
   * Response URLs are the one thing never fuzzed: Bolt would POST to whatever
   * they say, and these tests talk to loopback only.
   */
  const loopbackOnly = (value: unknown): unknown => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const copy = { ...(value as Record<string, unknown>) };
      delete copy.response_url;
      delete copy.response_urls;
      return copy;
    }
    return value;
  };
  const json = fc.jsonValue({ maxDepth: 4 }).map(loopbackOnly);
  const contentType = fc.constantFrom(JSON_TYPE, FORM_TYPE, 'text/plain', `${JSON_TYPE}; charset=utf-8`, `${FORM_TYPE}; charset=utf-8`);

  /** Sends one body, signed, and requires an answer (sendSigned rejects after 5 s without one). */
  const answered = async (body: string, type: string) => {
    const result = await gate.signed(body, type);
    statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    expect(result.status).toBeGreaterThanOrEqual(200);
    expect(result.status).toBeLessThan(600);
    expect(escaped).toEqual([]);
  };

  it('arbitrary text and arbitrary JSON, under any content type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), json.map((v) => JSON.stringify(v) ?? 'null')), contentType, answered),
      { numRuns: 150 },
    );
  }, 60_000);

  it('forms: arbitrary fields, and a payload field holding arbitrary JSON', async () => {
    const fields = fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 }), { maxKeys: 6 }).map((d) => loopbackOnly(d) as Record<string, string>);
    const payload = json.map((v) => ({ payload: JSON.stringify(v) ?? 'null' }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fields, payload), (f) => answered(new URLSearchParams(f).toString(), FORM_TYPE)),
      { numRuns: 150 },
    );
  }, 60_000);

  it('real events, commands and button clicks with fields replaced by arbitrary values', async () => {
    const eventKeys = ['type', 'text', 'user', 'channel', 'ts', 'thread_ts', 'channel_type', 'subtype', 'bot_id', 'bot_profile', 'client_msg_id', 'item', 'channel_id', 'blocks'];
    const envelopeKeys = ['type', 'event_id', 'authorizations', 'team_id', 'api_app_id', 'is_ext_shared_channel', 'event_context', 'challenge', 'enterprise_id'];
    const event = fc
      .record({
        kind: fc.constantFrom('app_mention' as const, 'message' as const),
        inner: fc.dictionary(fc.constantFrom(...eventKeys), json, { maxKeys: 4 }),
        outer: fc.dictionary(fc.constantFrom(...envelopeKeys), json, { maxKeys: 3 }),
      })
      .map(({ kind, inner, outer }) => {
        const message = userMessage({ type: kind, text: `<@${BOT_USER_ID}> where is the deposit`, channel: CHANNEL, ts: gate.fake.nextTs() });
        return { body: JSON.stringify(loopbackOnly({ ...eventCallback({ ...message, ...inner }), ...outer })), type: JSON_TYPE };
      });
    const commandKeys = ['command', 'text', 'user_id', 'channel_id', 'team_id', 'trigger_id', 'api_app_id', 'is_enterprise_install', 'enterprise_id', 'user_name'];
    const command = fc.dictionary(fc.constantFrom(...commandKeys), fc.string({ maxLength: 60 }), { maxKeys: 4 }).map((over) => ({
      body: new URLSearchParams({ ...slashCommand({ text: 'where is the deposit', responseUrl: gate.fake.responseUrl() }), ...over }).toString(),
      type: FORM_TYPE,
    }));
    const actionKeys = ['type', 'actions', 'user', 'container', 'channel', 'message', 'team', 'state', 'trigger_id', 'api_app_id'];
    const button = fc.record({
      action: fc.constantFrom('related_0', 'suggest_0', 'feedback_up', 'feedback_down', 'share', 'unknown_1'),
      value: fc.oneof(fc.string({ maxLength: 40 }), json.map((v) => JSON.stringify(v) ?? '')),
      over: fc.dictionary(fc.constantFrom(...actionKeys), json, { maxKeys: 3 }),
    });
    const click = button.map(({ action, value, over }) => {
      const payload = blockAction({ button: { action_id: action, value }, channel: CHANNEL, responseUrl: gate.fake.responseUrl(), message: { ts: gate.fake.nextTs() } });
      return { body: new URLSearchParams({ payload: JSON.stringify({ ...payload, ...(loopbackOnly(over) as object) }) }).toString(), type: FORM_TYPE };
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(event, command, click), ({ body, type }) => answered(body, type)),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('signature timestamps: at most 5 minutes from the clock, either way', () => {
  let gate: Gate;
  beforeAll(async () => {
    gate = await startGate();
  });
  afterAll(async () => {
    await gate?.stop();
  });

  const challenge = JSON.stringify({ token: 'legacy', challenge: 'fresh', type: 'url_verification' });

  it('refuses requests signed 10 minutes, a day or ten years ahead, and 10 minutes ago', async () => {
    for (const offset of [10 * 60, 24 * 3600, 10 * 365 * 24 * 3600, -10 * 60]) {
      expect((await gate.signed(challenge, JSON_TYPE, offset)).status, `signed ${offset} s from now`).toBe(401);
    }
  });

  it('takes what is within 5 minutes either way, to the second', async () => {
    for (const offset of [0, MAX_CLOCK_SKEW_SECONDS, -MAX_CLOCK_SKEW_SECONDS, 4 * 60, -4 * 60]) {
      const result = await gate.signed(challenge, JSON_TYPE, offset);
      expect(result.status, `signed ${offset} s from now`).toBe(200);
      expect(result.json()).toEqual({ challenge: 'fresh' });
    }
    for (const offset of [MAX_CLOCK_SKEW_SECONDS + 1, -MAX_CLOCK_SKEW_SECONDS - 1]) {
      expect((await gate.signed(challenge, JSON_TYPE, offset)).status, `signed ${offset} s from now`).toBe(401);
    }
  });

  it('a future-dated event is never answered', async () => {
    const envelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> rare earth`, channel: CHANNEL, ts: gate.fake.nextTs() }));
    const before = gate.fake.calls.items.length;
    const activities = gate.activity.items.length;
    const future = await sendEvent(gate.url, envelope, { secret: SECRET, timestamp: Math.floor(gate.clock.now / 1000) + 24 * 3600 });
    expect(future.status).toBe(401);
    // A fresh event afterwards is answered; the refused one left no trace.
    expect((await gate.mention()).kind).toBe('answered');
    expect(gate.activity.items.slice(activities)).toHaveLength(1);
    expect(gate.fake.calls.items.slice(before).map((c) => c.method)).toEqual(['chat.postMessage']);
  });
});

describe('rejected requests are logged once, then counted per interval', () => {
  let gate: Gate;
  afterEach(async () => {
    await gate?.stop();
  });

  /** Sends `n` requests that are each refused: unsigned, forged, stale or future, in turn; 20 at a time. */
  async function flood(n: number) {
    const envelope = JSON.stringify(eventCallback(userMessage({ text: 'Where is the deposit?', channel: 'D0FLOOD001', channelType: 'im', ts: gate.fake.nextTs() })));
    const nowS = () => Math.floor(gate.clock.now / 1000);
    const kinds = [
      () => sendSigned(gate.url, envelope, JSON_TYPE, { secret: SECRET, unsigned: true }),
      () => sendSigned(gate.url, envelope, JSON_TYPE, { secret: 'not-the-signing-secret-000000000', timestamp: nowS() }),
      () => sendSigned(gate.url, envelope, JSON_TYPE, { secret: SECRET, timestamp: nowS() - 3600 }),
      () => sendSigned(gate.url, envelope, JSON_TYPE, { secret: SECRET, timestamp: nowS() + 3600 }),
    ];
    for (let i = 0; i < n; i += 20) {
      const batch = Array.from({ length: Math.min(20, n - i) }, (_, j) => kinds[(i + j) % kinds.length]!());
      for (const result of await Promise.all(batch)) expect(result.status).toBe(401);
    }
  }

  it('1,000 bad requests: one line at once; the next interval, one line with the count', async () => {
    gate = await startGate();
    // The first alone (so it is known which one is logged), then 999 more, 20 at a time.
    await flood(1);
    await flood(999);
    expect(gate.rejectionLines()).toEqual([
      expect.objectContaining({ level: 'warn', rejected: 1, reasons: { unsigned: 1 }, statuses: [401], intervalSeconds: 60 }),
    ]);
    // Bolt logs nothing of its own about them.
    expect(gate.lines().filter((l) => l.source === 'bolt')).toEqual([]);
    // Still within the minute: counted, not logged.
    gate.clock.now += 59_000;
    await flood(4);
    expect(gate.rejectionLines()).toHaveLength(1);
    // The minute is over: the next rejection brings one line with everything counted since.
    gate.clock.now += 1_000;
    await flood(1);
    expect(gate.rejectionLines()).toHaveLength(2);
    expect(gate.rejectionLines()[1]).toMatchObject({
      rejected: 1004,
      reasons: { unsigned: 252, 'bad-signature': 251, stale: 251, future: 250 },
      statuses: [401],
    });
    // Nothing is left to report when it stops.
    await gate.stop();
    expect(gate.rejectionLines()).toHaveLength(2);
  }, 60_000);

  it('what is counted when it stops is logged then, not lost; 404s and 413s are counted the same way', async () => {
    gate = await startGate({ bodyLimitBytes: 1024 });
    await flood(3);
    const lost = await sendSigned(gate.url.replace('/slack/events', '/wp-login.php'), 'x', 'text/plain', { secret: SECRET, unsigned: true });
    expect(lost.status).toBe(404);
    const big = await gate.signed(JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(2048) }));
    expect(big.status).toBe(413);
    expect(gate.rejectionLines()).toHaveLength(1);
    await gate.stop();
    expect(gate.rejectionLines()).toHaveLength(2);
    expect(gate.rejectionLines()[1]).toMatchObject({ rejected: 4, reasons: { 'bad-signature': 1, stale: 1, 'not-found': 1, 'too-large': 1 }, statuses: [401, 404, 413] });
  });

  it('the interval is timed without keeping the process alive: its timer is unref\'d, and fires the count', () => {
    const lines: Record<string, unknown>[] = [];
    const log = { warn: (fields: Record<string, unknown>) => lines.push(fields) };
    // The default timer: none of the process's active (ref'd) timers is ours.
    const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timeouts();
    const real = new RejectionLog({ log });
    real.note('unsigned');
    real.note('unsigned');
    expect(timeouts()).toBe(before);
    real.flush();
    // A scheduled summary: the injected timer stands for the interval passing, with no waiting.
    let now = 0;
    const timers: { fn: () => void; ms: number }[] = [];
    const rejections = new RejectionLog({
      log,
      intervalMs: 60_000,
      now: () => now,
      schedule: (fn, ms) => {
        timers.push({ fn, ms });
        return () => undefined;
      },
    });
    lines.length = 0;
    rejections.note('bad-signature');
    now = 15_000;
    rejections.note('stale');
    rejections.note('stale');
    expect(lines).toEqual([expect.objectContaining({ rejected: 1 })]);
    expect(timers.map((t) => t.ms)).toEqual([45_000]);
    now = 60_000;
    timers[0]!.fn();
    expect(lines).toEqual([expect.objectContaining({ rejected: 1 }), expect.objectContaining({ rejected: 2, reasons: { stale: 2 } })]);
  });
});

describe('oversized requests and stopping', () => {
  it('413 closes the connection; a client stalled mid-body does not hold up stop()', async () => {
    const gate = await startGate({ bodyLimitBytes: 64 * 1024 });
    try {
      // A kept-alive client sends the whole oversized body: 413, and the server closes the connection.
      const whole = await rawConnection(gate.url);
      whole.post({ path: '/slack/events', contentLength: 200 * 1024, body: 'x'.repeat(200 * 1024) });
      expect(await whole.response).toMatchObject({ status: 413, headers: { connection: 'close' } });
      await whole.closed;
      // One that only declares it: refused before a byte of the body is read.
      const declared = await rawConnection(gate.url);
      declared.post({ path: '/slack/events', contentLength: 5 * 1024 * 1024 });
      expect((await declared.response).status).toBe(413);
      await declared.closed;
      // One that stops halfway through an acceptable body, and waits.
      const stalled = await rawConnection(gate.url);
      stalled.post({ path: '/slack/events', contentLength: 1000, body: '{"type":' });
      // Still answering everyone else.
      expect((await gate.mention()).kind).toBe('answered');
      const started = performance.now();
      await gate.adapter.stop();
      await stalled.closed;
      expect(performance.now() - started).toBeLessThan(4000);
    } finally {
      await gate.stop();
    }
  });
});

describe('the product (npm start) in HTTP mode', () => {
  const running: RunningProduct[] = [];
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    for (const p of running.splice(0)) await p.cleanup();
  });
  afterAll(async () => {
    await fake?.close();
  });

  async function start() {
    const product = startProduct(
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_HTTP_HOST: '127.0.0.1', SLACK_API_URL: fake.apiUrl, LOG_QUESTIONS: 'false' },
      { prefix: 'factbot-slack-http-' },
    );
    running.push(product);
    const listening = await product.waitForLog((l) => l.msg === 'listening for Slack requests', 'listening for Slack requests');
    await product.waitForLog((l) => l.msg === 'adapter started', 'adapter started');
    return { product, url: listening.url as string };
  }

  async function stopsCleanly(product: RunningProduct) {
    const signalled = performance.now();
    product.child.kill('SIGTERM');
    const exit = await product.exited;
    expect(exit, product.stderr().slice(-2000)).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalled).toBeLessThan(5000);
    expect(product.logs().map((l) => l.msg)).not.toContain('shutdown did not finish in time; exiting');
  }

  it('a signed null body (JSON or payload=null) gets 400 and the process keeps answering', async () => {
    const { product, url } = await start();
    expect((await sendSigned(url, 'null', JSON_TYPE, { secret: SECRET })).status).toBe(400);
    expect((await sendSigned(url, 'payload=null', FORM_TYPE, { secret: SECRET })).status).toBe(400);
    const before = fake.callsOf('chat.postMessage').length;
    const envelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> Where is the deposit?`, channel: CHANNEL, ts: fake.nextTs() }));
    expect((await sendEvent(url, envelope, { secret: SECRET })).status).toBe(200);
    expect((await fake.waitForCall('chat.postMessage', before + 1)).params.channel).toBe(CHANNEL);
    expect(product.child.exitCode).toBeNull();
    await stopsCleanly(product);
  }, 30_000);

  it('after a 413 on a kept-alive connection, SIGTERM exits 0 (not 13, "unfinished top-level await")', async () => {
    const { product, url } = await start();
    const limit = 4 * 1024 * 1024;
    // A kept-alive client (as a proxy keeps its connections) sends a body over the limit.
    const whole = await rawConnection(url);
    // (A megabyte over: more than Node reads ahead, so part of the body is still unread when the 413 goes out.)
    whole.post({ path: '/slack/events', contentLength: limit + 1024 * 1024, body: 'x'.repeat(limit + 1024 * 1024) });
    expect((await whole.response).status).toBe(413);
    // A kept-alive connection that did nothing wrong stays open until the shutdown closes it.
    const idle = await rawConnection(url);
    const challenge = JSON.stringify({ token: 'legacy', challenge: 'still-here', type: 'url_verification' });
    const ts = Math.floor(Date.now() / 1000);
    idle.post({
      path: '/slack/events',
      contentLength: Buffer.byteLength(challenge),
      body: challenge,
      headers: { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': slackSignature(SECRET, ts, challenge) },
    });
    expect((await idle.response).status).toBe(200);
    await stopsCleanly(product);
    await Promise.all([whole.closed, idle.closed]);
    expect(product.logs().filter((l) => typeof l.msg === 'string' && l.msg.startsWith('rejected Slack HTTP requests'))).toEqual([
      expect.objectContaining({ level: 40, rejected: 1, reasons: { 'too-large': 1 } }),
    ]);
  }, 30_000);
});
