/**
 * POST /api/ask, GET /healthz and GET /metrics over HTTP on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.ts';
import path from 'node:path';
import fc from 'fast-check';
import { createRateGate } from '../src/ratelimit.ts';
import { openSqliteQuestionLog } from '../src/store/sqlite.ts';
import { createQuestionRecorder } from '../src/store/recorder.ts';
import { captureIo } from './helpers/io.ts';
import { makeTempDir, realKb, removeTempDirs } from './helpers/knowledge.ts';
import { ask, send, startHttp, type Running } from './helpers/http.ts';
import { REPLY_JSON_KEYS } from './helpers/reply.ts';

const API_TOKEN = 'api-token-0123456789abcdef';

/** What `ask --json "question"` prints, run in-process. */
async function cliJson(question: string): Promise<unknown> {
  const io = captureIo({});
  const code = await runCli(['ask', '--json', question], io);
  expect(code).toBe(0);
  return JSON.parse(io.out());
}

const running: Running[] = [];
const start = async (...args: Parameters<typeof startHttp>) => {
  const r = await startHttp(...args);
  running.push(r);
  return r;
};
afterEach(async () => {
  for (const r of running.splice(0)) await r.close();
});
afterAll(() => removeTempDirs());

describe('POST /api/ask', () => {
  beforeAll(() => void realKb());

  it('answers with exactly the ask --json object, for a fact, small talk and a declined question', async () => {
    const r = await start({ kb: realKb() });
    const questions = ['wher is the deposit', 'hello', 'what is the price of bitcoin in 2030'];
    const kinds = new Set<string>();
    for (const q of questions) {
      const res = await ask(r.base, { question: q });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json() as { kind: string };
      expect(body).toEqual(await cliJson(q));
      kinds.add(body.kind);
    }
    // The three questions reach the three kinds of reply, so the comparison covers each shape.
    expect([...kinds].sort()).toEqual(['fact', 'none', 'smalltalk']);
  });

  it('passes conversation to the Bot as conversationId, and refuses one over 200 characters', async () => {
    const r = await start({ kb: realKb() });
    const seen: (string | undefined)[] = [];
    const ask0 = r.bot.ask.bind(r.bot);
    r.bot.ask = (q, ctx) => {
      seen.push(ctx.conversationId);
      expect(ctx.platform).toBe('api');
      return ask0(q, ctx);
    };
    expect((await ask(r.base, { question: 'where is the deposit', conversation: 'c-42' })).status).toBe(200);
    expect((await ask(r.base, { question: 'where is the deposit' })).status).toBe(200);
    const long = await ask(r.base, { question: 'where is the deposit', conversation: 'x'.repeat(201) });
    expect(long.status).toBe(400);
    expect((long.json() as { error: string }).error).toMatch(/conversation/);
    expect(seen).toEqual(['c-42', undefined]);
  });

  it('reads a follow-up with the last question answered in the same conversation, and only in it', async () => {
    const r = await start({ kb: realKb() });
    const first = (await ask(r.base, { question: 'who is leading the delegation to china?', conversation: 'thread-1' })).json() as { factId: string };
    expect(first.factId).toBe('october-delegation');
    const followUp = (await ask(r.base, { question: 'and when?', conversation: 'thread-1' })).json() as { factId: string | null; readingAs: string | null };
    expect(followUp.readingAs).toBeTruthy();
    expect(followUp.factId).toBe('october-delegation');
    // Another conversation, or none, has no previous question: the same words are read alone.
    for (const other of [{ conversation: 'thread-2' }, {}]) {
      const alone = (await ask(r.base, { question: 'and when?', ...other })).json() as { readingAs: string | null };
      expect(alone.readingAs ?? null).toBeNull();
    }
  });

  it('records API questions in the question log under the platform api, which gaps and stats read back', async () => {
    const file = path.join(makeTempDir('factbot-api-log-'), 'log.sqlite');
    const recorder = createQuestionRecorder({ open: () => openSqliteQuestionLog(file), logger: { info() {}, warn() {}, error() {} }, retryMs: 0 });
    const r = await start({ kb: realKb(), listener: recorder });
    expect((await ask(r.base, { question: 'where is the deposit' })).status).toBe(200);
    await recorder.close();
    const log = openSqliteQuestionLog(file);
    try {
      const questions = await log.questions();
      expect(questions).toHaveLength(1);
      expect(questions[0]).toMatchObject({ platform: 'api', question: 'where is the deposit', kind: 'fact' });
      // The client address is a user id: stored as a salted hash, never as it is.
      expect(questions[0]!.user).not.toContain('127.0.0.1');
    } finally {
      await log.close();
    }
  });

  it('requires API_TOKEN as a Bearer token when it is set: missing 401, wrong 401, right 200', async () => {
    const r = await start({ kb: realKb(), apiToken: API_TOKEN });
    const missing = await ask(r.base, { question: 'where is the deposit' });
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await ask(r.base, { question: 'where is the deposit' }, { authorization: `Bearer ${API_TOKEN}x` })).status).toBe(401);
    expect((await ask(r.base, { question: 'where is the deposit' }, { authorization: `Basic ${API_TOKEN}` })).status).toBe(401);
    const right = await ask(r.base, { question: 'where is the deposit' }, { authorization: `Bearer ${API_TOKEN}` });
    expect(right.status).toBe(200);
    expect((right.json() as { kind: string }).kind).toBe('fact');
    expect(r.logger.text()).not.toContain(API_TOKEN);
  });

  it('rate-limits per client address with 429 and Retry-After, and answers again once the bucket refills', async () => {
    let clock = 0;
    const r = await start({ kb: realKb(), rateLimit: createRateGate({ user: { capacity: 2, windowMs: 60_000 }, channel: null, now: () => clock }) });
    expect((await ask(r.base, { question: 'where is the deposit' })).status).toBe(200);
    expect((await ask(r.base, { question: 'where is the deposit' })).status).toBe(200);
    const refused = await ask(r.base, { question: 'where is the deposit' });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('30');
    expect((refused.json() as { error: string }).error).toMatch(/wait about 30 seconds/);
    clock += 30_000;
    expect((await ask(r.base, { question: 'where is the deposit' })).status).toBe(200);
    const text = await r.metrics.text();
    expect(text).toMatch(/^factbot_rate_limited_total\{platform="api"\} 1$/m);
  });

  it('answers 413 to a body over the cap (declared or streamed), 400 to bad JSON or a missing question, 415 to another type', async () => {
    const r = await start({ kb: realKb(), bodyLimitBytes: 2048 });
    const big = await ask(r.base, { question: 'a'.repeat(3000) });
    expect(big.status).toBe(413);
    expect((big.json() as { error: string }).error).toMatch(/larger than 2048 bytes/);
    // No declared length: the cap is found while reading.
    const streamed = await send(`${r.base}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: JSON.stringify({ question: 'b'.repeat(3000) }),
    });
    expect(streamed.status).toBe(413);
    for (const body of ['{"question": ', 'question=where', '']) {
      const res = await ask(r.base, body);
      expect(res.status, body).toBe(400);
      expect((res.json() as { error: string }).error).toMatch(/not valid JSON/);
    }
    for (const value of [{}, { question: 42 }, [], null, 'where is the deposit']) {
      const res = await ask(r.base, value === 'where is the deposit' ? JSON.stringify(value) : value);
      expect(res.status, JSON.stringify(value)).toBe(400);
      expect(res.json()).toHaveProperty('error');
    }
    const form = await send(`${r.base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'question=x' });
    expect(form.status).toBe(415);
    // The server still answers after all that.
    expect((await ask(r.base, { question: 'where is the deposit' })).status).toBe(200);
  });

  it('cuts a huge question at the chat cap and answers it as the CLI answers the whole text', async () => {
    const r = await start({ kb: realKb() });
    const q = `where is the deposit ${'and '.repeat(1500)}`;
    const res = await ask(r.base, { question: q });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual(await cliJson(q));
  });

  it('answers any body with JSON (200 for a question, 400 otherwise), never a crash, and keeps answering', async () => {
    const r = await start({ kb: realKb() });
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.json({ maxDepth: 4 }),
      fc.record({ question: fc.string({ unit: 'binary', maxLength: 600 }) }).map((v) => JSON.stringify(v)),
      fc.record({ question: fc.anything({ maxDepth: 2 }), conversation: fc.anything({ maxDepth: 1 }) }).map((v) => JSON.stringify(v) ?? 'null'),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const res = await ask(r.base, text);
        expect([200, 400]).toContain(res.status);
        const value = res.json() as Record<string, unknown>;
        if (res.status === 200) expect(Object.keys(value).sort()).toEqual([...REPLY_JSON_KEYS].sort());
        else expect(typeof value.error).toBe('string');
      }),
      { numRuns: 150 },
    );
    expect((await ask(r.base, { question: 'where is the deposit' })).status).toBe(200);
    expect(r.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('answers 405 to another method, 404 elsewhere, 503 before the knowledge is loaded', async () => {
    const r = await start({ kb: realKb() });
    const get = await send(`${r.base}/api/ask`);
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await send(`${r.base}/nope`)).status).toBe(404);
    const early = await start({ kb: realKb(), notServed: true });
    expect((await ask(early.base, { question: 'where is the deposit' })).status).toBe(503);
  });
});

describe('GET /healthz', () => {
  it('is 503 before the knowledge is loaded and with a disconnected adapter, 200 once all is up', async () => {
    const r = await start({ kb: realKb(), health: { knowledge: false, adapters: [] } });
    let res = await send(`${r.base}/healthz`);
    expect(res.status).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', knowledge: 'loading', adapters: {} });
    // A configured adapter not connected (yet, or any more).
    const adapters = [{ name: 'slack', connected: false }, { name: 'discord', connected: true }];
    Object.assign(r.health, { knowledge: true, adapters });
    res = await send(`${r.base}/healthz`);
    expect(res.status).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', knowledge: 'loaded', adapters: { slack: 'disconnected', discord: 'connected' } });
    adapters[0]!.connected = true;
    res = await send(`${r.base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', knowledge: 'loaded', adapters: { slack: 'connected', discord: 'connected' } });
  });
});

/** The value of one sample in Prometheus text, or 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  afterAll(() => undefined);

  it('serves every metric with its labels, and the counts move with the questions', async () => {
    const r = await start({ kb: realKb() });
    const before = (await send(`${r.base}/metrics`)).body;
    for (const q of ['where is the deposit', 'who is leading the delegation to china', 'hello', 'what is the price of bitcoin in 2030']) {
      expect((await ask(r.base, { question: q })).status).toBe(200);
    }
    r.bot.answer('help', { platform: 'console' });
    r.metrics.reload('ok');
    r.metrics.reload('failed');
    r.metrics.error('slack');
    const res = await send(`${r.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    for (const name of ['factbot_questions_total', 'factbot_answer_seconds', 'factbot_knowledge_reloads_total', 'factbot_rate_limited_total', 'factbot_errors_total']) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(sample(text, 'factbot_questions_total', '{platform="api",kind="answered"}') - sample(before, 'factbot_questions_total', '{platform="api",kind="answered"}')).toBe(2);
    expect(sample(text, 'factbot_questions_total', '{platform="api",kind="smalltalk"}')).toBe(1);
    expect(sample(text, 'factbot_questions_total', '{platform="api",kind="declined"}')).toBe(1);
    expect(sample(text, 'factbot_questions_total', '{platform="console",kind="help"}')).toBe(1);
    expect(sample(text, 'factbot_answer_seconds_count')).toBe(4);
    expect(sample(text, 'factbot_answer_seconds_bucket', '{le="+Inf"}')).toBe(4);
    expect(sample(text, 'factbot_knowledge_reloads_total', '{result="ok"}')).toBe(1);
    expect(sample(text, 'factbot_knowledge_reloads_total', '{result="failed"}')).toBe(1);
    expect(sample(text, 'factbot_errors_total', '{platform="slack"}')).toBe(1);
    // The default process metrics, on this Registry.
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});
