/**
 * Reliability of the Slack adapter over HTTP with the real Bolt against the
 * fake Slack on 127.0.0.1: the rate limit (one "slow down", then silence),
 * a failing handler (an apology, a log line with context, and the next
 * question still answered), Web API 429s and 500s (retried, delivered once,
 * one error when giving up), hostile input end to end, and secrets kept out
 * of the product's logs.
 *
 * The rate limit's clock is injected: time is stepped, never slept. Waits are
 * on the adapter's activity reports and the fake's records, all bounded.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackActivity, type SlackAdapter } from '../adapters/slack/index.ts';
import { questionFromSlackText } from '../adapters/slack/incoming.ts';
import { renderReply } from '../adapters/slack/render.ts';
import type { Bot } from '../src/bot.ts';
import { createLogger, userHash } from '../src/log.ts';
import { createRateGate, slowDownText } from '../src/ratelimit.ts';
import {
  BOT_USER_ID,
  blockAction,
  eventCallback,
  Recorder,
  sendCommand,
  sendEvent,
  sendInteraction,
  slashCommand,
  startFakeSlack,
  userMessage,
  type FakeSlack,
} from './fakes/slack.ts';
import { answerIdOf, buttonOf, LIVE_TOKEN, loadRealKnowledge, realBot, httpModeConfig } from './fakes/slackHarness.ts';

const SECRET = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
const BOT_TOKEN = 'xoxb-9999-8888-reliabilityBotToken';

const kb = loadRealKnowledge();
const { bot: realOne, votes } = realBot(kb);
const reference = realBot(kb).bot;
// The real bot, except that a question containing EXPLODE makes it throw.
const bot: Bot = {
  ...realOne,
  ask(question, ctx) {
    if (question.includes('EXPLODE')) throw new Error('engine exploded');
    return realOne.ask(question, ctx);
  },
};

// The product's own logger (pino, JSON lines), writing into memory.
const logText: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    logText.push(String(chunk));
    done();
  },
});
const logger = createLogger({ LOG_LEVEL: 'info', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET }, sink);
const logLines = () => logText.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

// 3 questions per minute per person, 6 public answers per minute per channel; time only moves when a test says so.
let now = 0;
const gate = createRateGate({ user: { capacity: 3, windowMs: 60_000 }, channel: { capacity: 6, windowMs: 60_000 }, now: () => now });

let fake: FakeSlack;
let adapter: SlackAdapter;
let url: string;
const activity = new Recorder<SlackActivity>('adapter activity');

beforeAll(async () => {
  fake = await startFakeSlack();
  const config = httpModeConfig(fake.apiUrl, SECRET, BOT_TOKEN);
  adapter = createSlackAdapter({
    bot,
    config,
    logger,
    rateLimit: gate,
    // Two retries, quickly: enough to show a retried delivery without slowing the suite.
    webApi: { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 20 },
    onActivity: (a) => activity.push(a),
  });
  await adapter.start();
  url = adapter.url as string;
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

/** Sends an event and waits for the adapter's report on it. */
async function deliver(envelope: Record<string, unknown> & { event_id: string }) {
  const from = activity.items.length;
  const result = await sendEvent(url, envelope, { secret: SECRET });
  expect(result.status).toBe(200);
  return activity.waitFor((a) => a.ref === envelope.event_id, { label: `activity for ${envelope.event_id}`, from });
}

const mention = (text: string, channel: string, user: string) =>
  eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> ${text}`, channel, user, ts: fake.nextTs() }));

const postsIn = (channel: string) => fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel && !c.failed);

describe('rate limits', () => {
  it('a flood of mentions: answers up to the limit, one "slow down" only the flooder sees, then silence', async () => {
    const channel = 'C0FLOOD001';
    const spammer = 'U0SPAM001';
    const reports = [];
    for (let i = 0; i < 7; i++) reports.push(await deliver(mention('Where is the deposit?', channel, spammer)));
    expect(reports.map((r) => (r.kind === 'limited' ? `limited:${r.warned}` : r.kind))).toEqual([
      'answered',
      'answered',
      'answered',
      'limited:true',
      'limited:false',
      'limited:false',
      'limited:false',
    ]);
    expect(postsIn(channel)).toHaveLength(3);
    // The one notice is ephemeral: nobody else in the channel sees the flood being answered.
    const notices = fake.callsOf('chat.postEphemeral').filter((c) => c.params.channel === channel);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.params).toMatchObject({ user: spammer, text: slowDownText({ decision: 'warn', limit: 'user', retryAfterMs: 20_000 }) });

    // A token comes back every 20 s: one more answer, and still no second notice.
    now += 20_000;
    expect((await deliver(mention('When was the deposit discovered?', channel, spammer))).kind).toBe('answered');
    expect((await deliver(mention('When was the deposit discovered?', channel, spammer))).kind).toBe('limited');
    expect(postsIn(channel)).toHaveLength(4);
    expect(fake.callsOf('chat.postEphemeral').filter((c) => c.params.channel === channel)).toHaveLength(1);
  });

  it('a busy channel: public answers are limited per channel, other channels and DMs are not', async () => {
    const channel = 'C0BUSY0001';
    const reports = [];
    for (let i = 0; i < 8; i++) reports.push(await deliver(mention('Where is the deposit?', channel, `U0BUSY00${i}`)));
    expect(reports.map((r) => r.kind)).toEqual(['answered', 'answered', 'answered', 'answered', 'answered', 'answered', 'limited', 'limited']);
    expect(reports.slice(6).map((r) => r.warned)).toEqual([true, false]);
    const notice = fake.callsOf('chat.postEphemeral').filter((c) => c.params.channel === channel);
    expect(notice).toHaveLength(1);
    expect(notice[0]?.params.text).toMatch(/^Lots of questions in this channel right now/);
    // The refused person still has their own tokens: another channel and a DM answer them.
    expect((await deliver(mention('Where is the deposit?', 'C0QUIET001', 'U0BUSY006'))).kind).toBe('answered');
    const dm = eventCallback(userMessage({ text: 'Where is the deposit?', channel: 'D0BUSY0061', channelType: 'im', user: 'U0BUSY006', ts: fake.nextTs() }));
    expect((await deliver(dm)).kind).toBe('answered');
  });

  it('/ask over the limit is answered privately with the notice every time, never left blank', async () => {
    const user = 'U0CMD0001';
    const bodies = [];
    for (let i = 0; i < 5; i++) {
      const result = await sendCommand(url, slashCommand({ text: 'Where is the deposit?', responseUrl: fake.responseUrl(), user }), { secret: SECRET });
      expect(result.status).toBe(200);
      bodies.push(result.json());
    }
    expect(bodies.slice(0, 3).every((b) => b.blocks.length > 1)).toBe(true);
    for (const b of bodies.slice(3)) {
      expect(b.response_type).toBe('ephemeral');
      expect(b.text).toMatch(/^You're asking faster than I can keep up with\. Please wait about \d+ seconds/);
    }
  });

  it('feedback clicks are never limited', async () => {
    const user = 'U0CMD0001'; // over the limit since the previous test
    const answered = await sendCommand(url, slashCommand({ text: 'help', responseUrl: fake.responseUrl(), user }), { secret: SECRET });
    expect(answered.json().text).toMatch(/asking faster/);
    // An answer from before the flood still takes votes.
    const earlier = postsIn('C0FLOOD001')[0]!.params;
    const up = buttonOf(earlier.blocks, 'feedback_up');
    const before = fake.callsOf('chat.postEphemeral').length;
    const click = blockAction({ button: up, channel: 'C0FLOOD001', user, responseUrl: fake.responseUrl(), message: { ts: fake.nextTs(), thread_ts: earlier.thread_ts } });
    expect((await sendInteraction(url, click, { secret: SECRET })).status).toBe(200);
    const ack = await fake.waitForCall('chat.postEphemeral', before + 1);
    expect(ack.params.text).toBe('👍 Thanks for the feedback!');
    expect(votes).toContainEqual({ id: up.value, vote: 'up' });
  });

  it('a related-question click over the limit gets one private notice, then nothing', async () => {
    const user = 'U0CLICK01';
    const channel = 'C0CLICK001';
    for (let i = 0; i < 3; i++) expect((await deliver(mention('Where is the deposit?', channel, user))).kind).toBe('answered');
    const earlier = postsIn(channel)[0]!.params;
    const related = buttonOf(earlier.blocks, 'related_0');
    const from = fake.responses.items.length;
    const reports = [];
    for (let i = 0; i < 2; i++) {
      const click = blockAction({ button: related, channel, user, responseUrl: fake.responseUrl(), message: { ts: fake.nextTs(), thread_ts: earlier.thread_ts } });
      const seen = activity.items.length;
      await sendInteraction(url, click, { secret: SECRET });
      reports.push(await activity.waitFor((a) => a.via === 'related', { from: seen, label: 'the related click' }));
    }
    expect(reports.map((r) => [r.kind, r.warned])).toEqual([
      ['limited', true],
      ['limited', false],
    ]);
    expect(fake.responses.items.slice(from).map((r) => r.body.text)).toEqual([expect.stringMatching(/asking faster/)]);
  });
});

describe('faults', () => {
  it('a handler that throws: the asker gets a short apology, the log has context, others are still answered', async () => {
    const channel = 'C0BOOM0001';
    const envelope = mention('EXPLODE please', channel, 'U0BOOM001');
    expect(await deliver(envelope)).toEqual({ kind: 'failed', via: 'mention', ref: envelope.event_id });
    const apology = postsIn(channel).at(-1)!.params;
    expect(apology.text).toBe('Sorry, something went wrong while answering. Please try again in a moment.');
    expect(apology.thread_ts).toBe((envelope.event as { ts: string }).ts);

    const line = logLines().find((l) => l.msg === 'could not answer a message; apologising');
    expect(line).toMatchObject({ level: 50, platform: 'slack', via: 'mention', channelKind: 'channel', user: userHash('slack', 'U0BOOM001'), err: 'engine exploded' });
    expect(JSON.stringify(line)).not.toContain('U0BOOM001');

    // The process keeps serving: the next person (and the same one) is answered.
    expect((await deliver(mention('Where is the deposit?', channel, 'U0OTHER01'))).kind).toBe('answered');
    expect((await deliver(mention('Where is the deposit?', channel, 'U0BOOM001'))).kind).toBe('answered');
  });

  it('429 with Retry-After: the reply waits as told, is retried, and is delivered once', async () => {
    const channel = 'C0RATE0001';
    fake.failHttpNext('chat.postMessage', 429, { 'retry-after': '1' });
    const started = performance.now();
    const envelope = mention('Where is the deposit?', channel, 'U0RATE001');
    expect((await deliver(envelope)).kind).toBe('answered');
    // The Web API client honoured Retry-After (a lower bound, not a sleep in the test).
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    const attempts = fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel);
    expect(attempts.map((c) => c.failed ?? 'delivered')).toEqual(['HTTP 429', 'delivered']);
  });

  it('500s: the reply is retried and delivered once', async () => {
    const channel = 'C0FIVE0001';
    fake.failHttpNext('chat.postMessage', 500);
    fake.failHttpNext('chat.postMessage', 503);
    expect((await deliver(mention('Where is the deposit?', channel, 'U0FIVE001'))).kind).toBe('answered');
    const attempts = fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel);
    expect(attempts.map((c) => c.failed ?? 'delivered')).toEqual(['HTTP 500', 'HTTP 503', 'delivered']);
  });

  it('after giving up: exactly one logged error, nothing posted, and Slack\'s re-delivery is answered once', async () => {
    const channel = 'C0DOWN0001';
    for (let i = 0; i < 3; i++) fake.failHttpNext('chat.postMessage', 500);
    const errorsBefore = logLines().filter((l) => (l.level as number) >= 50).length;
    const envelope = mention('Where is the deposit?', channel, 'U0DOWN001');
    expect(await deliver(envelope)).toEqual({ kind: 'failed', via: 'mention', ref: envelope.event_id });
    const errors = logLines().filter((l) => (l.level as number) >= 50).slice(errorsBefore);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'could not deliver an answer', platform: 'slack', channelKind: 'channel', user: userHash('slack', 'U0DOWN001') });
    expect(postsIn(channel)).toHaveLength(0);
    // Slack re-delivers an event whose handling failed; now it is answered, once.
    const from = activity.items.length;
    await sendEvent(url, envelope, { secret: SECRET, retryNum: 1 });
    expect((await activity.waitFor((a) => a.ref === envelope.event_id, { from })).kind).toBe('answered');
    await sendEvent(url, envelope, { secret: SECRET, retryNum: 2 });
    expect((await activity.waitFor((a) => a.ref === envelope.event_id, { from: from + 1 })).reason).toBe('duplicate');
    expect(postsIn(channel)).toHaveLength(1);
  });
});

describe('hostile input end to end', () => {
  const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;

  it('zero-width, bidi and control characters neither reach the reply nor change the answer', async () => {
    const clean = 'Where is the deposit?';
    const hostile = '\u202EWh\u200Bere\u0007 is the\u2066 dep\u00ADosit?\u202C\uFEFF';
    const ask = async (text: string, user: string) =>
      (await sendCommand(url, slashCommand({ text, responseUrl: fake.responseUrl(), user }), { secret: SECRET })).json();
    const got = await ask(hostile, 'U0HOST001');
    const want = await ask(clean, 'U0HOST002');
    expect(got.blocks[0].elements[0].text).toBe(`*You asked:* ${clean}`);
    // Same fact, same answer: the invisible characters did not get in the way of search.
    expect(got.blocks.slice(1, 3)).toEqual(want.blocks.slice(1, 3));
    expect(JSON.stringify(got)).not.toMatch(INVISIBLE);
  });

  it('a huge message with broadcasts and pings: the echo is cleaned (no broadcast, no mention) and at most 500 characters', async () => {
    const text = `where is <!channel> the deposit <!here> <@U0ALICE01> <!everyone> ${'x\u200B'.repeat(3000)} ${'y '.repeat(20_000)}`;
    const body = (await sendCommand(url, slashCommand({ text, responseUrl: fake.responseUrl(), user: 'U0HOST003' }), { secret: SECRET })).json();
    const echo = body.blocks[0].elements[0].text as string;
    // Broadcasts and mentions are not part of the question: they never reach the echo at all.
    expect(echo.startsWith('*You asked:* where is the deposit xxx')).toBe(true);
    expect(echo.length).toBeLessThanOrEqual('*You asked:* '.length + 500);
    expect(JSON.stringify(body)).not.toMatch(LIVE_TOKEN);
    expect(JSON.stringify(body)).not.toMatch(/<![a-z]+>|<@U/);
    expect(JSON.stringify(body)).not.toMatch(INVISIBLE);

    // In a channel the same text gets a reply with no live token either.
    const envelope = mention(text, 'C0HOSTILE1', 'U0HOST003');
    expect((await deliver(envelope)).kind).toBe('answered');
    const posted = postsIn('C0HOSTILE1').at(-1)!.params;
    expect(JSON.stringify(posted)).not.toMatch(/<![a-z]+>|<@U/);
    const reply = reference.ask(questionFromSlackText(`<@${BOT_USER_ID}> ${text}`, BOT_USER_ID), { platform: 'slack' }).reply;
    const expected = renderReply(reply, { surface: { kind: 'message' }, ...(reply.kind === 'fact' ? { answerId: answerIdOf(posted.blocks) } : {}) });
    expect(posted.blocks).toEqual(expected.blocks);
  });
});

describe('secrets', () => {
  it('the product logger never writes the bot token or signing secret, whoever logs them', () => {
    // Even a careless line is redacted on its way out.
    logger.warn({ token: BOT_TOKEN, note: `secret=${SECRET}` }, `oops ${BOT_TOKEN}`);
    const all = logText.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SECRET);
    expect(all).toContain('[redacted]');
    // JSON lines, one object each.
    for (const l of logLines()) expect(typeof l.msg).toBe('string');
  });
});
