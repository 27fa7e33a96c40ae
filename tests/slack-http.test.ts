/**
 * End to end in HTTP mode: the real @slack/bolt, started as the product does
 * (slackConfigFromEnv + createSlackAdapter), with the real bot on the real
 * knowledge, against the fake Slack on 127.0.0.1. Requests are signed exactly
 * as Slack signs them; every reply is checked as the exact payload posted.
 *
 * No sleeps: each step waits for the adapter's activity report or the fake's
 * record of a call, with a bounded timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, slackConfigFromEnv, type SlackActivity, type SlackAdapter } from '../adapters/slack/index.ts';
import { renderFeedbackAck, renderReply } from '../adapters/slack/render.ts';
import {
  BOT_ID,
  BOT_USER_ID,
  blockAction,
  eventCallback,
  Recorder,
  sendCommand,
  sendEvent,
  sendInteraction,
  slashCommand,
  startFakeSlack,
  TEAM_ID,
  userMessage,
  type FakeSlack,
} from './fakes/slack.ts';
import { answerIdOf, buttonOf, capturingLogger, LIVE_TOKEN, loadRealKnowledge, realBot, httpModeConfig } from './fakes/slackHarness.ts';

const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const BOT_TOKEN = 'xoxb-1111-2222-fakeBotToken';
const CHANNEL = 'C0GENERAL1';
const DM = 'D0ALICE001';
const ALICE = 'U0ALICE01';

const kb = loadRealKnowledge();
const { bot, votes } = realBot(kb);
// A second bot on the same knowledge computes the expected replies (the engine is deterministic).
const reference = realBot(kb).bot;
const ctx = { platform: 'slack' as const };

let fake: FakeSlack;
let adapter: SlackAdapter;
let url: string;
const activity = new Recorder<SlackActivity>('adapter activity');
const logger = capturingLogger();
const timings: Record<string, number> = {};

/** Sends an event and waits for the adapter's report on it. */
async function deliver(envelope: Record<string, unknown> & { event_id: string }, options: { retryNum?: number } = {}) {
  const from = activity.items.length;
  const result = await sendEvent(url, envelope, { secret: SECRET, ...options });
  expect(result.status).toBe(200);
  return activity.waitFor((a) => a.ref === envelope.event_id, { label: `activity for ${envelope.event_id}`, from });
}

/** The next chat.postMessage after the ones seen so far. */
const posts = () => fake.callsOf('chat.postMessage');

beforeAll(async () => {
  const started = performance.now();
  fake = await startFakeSlack();
  const config = httpModeConfig(fake.apiUrl, SECRET, BOT_TOKEN);
  adapter = createSlackAdapter({ bot, config, logger, webApi: { retries: 0 }, onActivity: (a) => activity.push(a) });
  await adapter.start();
  url = adapter.url as string;
  timings.start = performance.now() - started;
});

afterAll(async () => {
  const started = performance.now();
  // The app first (it may still be talking to the fake), then the fake.
  await adapter?.stop();
  await fake?.close();
  timings.stop = performance.now() - started;
  if (process.env.SLACK_TEST_LOGS) console.info(logger.lines.join("\n"));
  console.info(`slack-http timings (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`);
});

describe('Slack adapter over HTTP with the real Bolt', () => {
  // Shared between steps: the thread of the first mention and the reply posted in it.
  let threadTs: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let mentionReply: any;

  it('starts as the product does: auth.test with the bot token, listening on loopback', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
    const auth = fake.callsOf('auth.test');
    expect(auth).toHaveLength(1);
    expect(auth[0]?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(logger.lines.some((l) => l.includes('listening for Slack requests'))).toBe(true);
  });

  it('answers the URL verification challenge Slack sends when the request URL is saved', async () => {
    const result = await sendEvent(url, { token: 'legacy', challenge: 'challenge-123', type: 'url_verification' }, { secret: SECRET });
    expect(result.status).toBe(200);
    expect(result.json()).toEqual({ challenge: 'challenge-123' });
  });

  it('answers an @mention in a thread under the mention, with blocks and a text fallback', async () => {
    threadTs = fake.nextTs();
    const question = 'Where is the rare earth deposit?';
    const envelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> ${question}`, channel: CHANNEL, ts: threadTs }));
    const before = posts().length;
    expect(await deliver(envelope)).toEqual({ kind: 'answered', via: 'mention', ref: envelope.event_id });

    expect(posts()).toHaveLength(before + 1);
    const call = posts().at(-1)!;
    expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const reply = reference.ask(question, ctx).reply;
    expect(reply.kind).toBe('fact');
    const expected = renderReply(reply, { surface: { kind: 'message' }, answerId: answerIdOf(call.params.blocks) });
    expect(call.params).toEqual({
      // Bolt's per-workspace client adds the team id to every call.
      team_id: TEAM_ID,
      channel: CHANNEL,
      thread_ts: threadTs,
      text: expected.text,
      blocks: expected.blocks,
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
    expect(call.params.text).toContain('Beylikova');
    mentionReply = call.params;
  });

  it('answers a mention made inside a thread in that thread', async () => {
    const parent = fake.nextTs();
    const envelope = eventCallback(
      userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> rare earth`, channel: CHANNEL, ts: fake.nextTs(), threadTs: parent }),
    );
    expect((await deliver(envelope)).kind).toBe('answered');
    expect(posts().at(-1)?.params.thread_ts).toBe(parent);
  });

  it('answers a direct message in the DM, not in a thread', async () => {
    const question = "Who is leading Turkey's delegation to China?";
    const envelope = eventCallback(userMessage({ text: question, channel: DM, channelType: 'im', ts: fake.nextTs() }));
    expect(await deliver(envelope)).toEqual({ kind: 'answered', via: 'dm', ref: envelope.event_id });
    const call = posts().at(-1)!;
    const expected = renderReply(reference.ask(question, ctx).reply, { surface: { kind: 'message' }, answerId: answerIdOf(call.params.blocks) });
    expect(call.params).toEqual({ team_id: TEAM_ID, channel: DM, text: expected.text, blocks: expected.blocks, unfurl_links: 'false', unfurl_media: 'false' });
    expect(call.params.text).toContain('Bayraktar');
  });

  it('answers /ask privately in the acknowledgement, with "Share in channel"', async () => {
    const question = 'Where is the rare earth deposit?';
    const before = fake.calls.items.length;
    const result = await sendCommand(url, slashCommand({ text: question, responseUrl: fake.responseUrl() }), { secret: SECRET });
    expect(result.status).toBe(200);
    expect(result.contentType).toBe('application/json');
    const body = result.json();
    const answerId = answerIdOf(body.blocks);
    const expected = renderReply(reference.ask(question, ctx).reply, { surface: { kind: 'ephemeral' }, answerId });
    expect(body).toEqual({ response_type: 'ephemeral', text: expected.text, blocks: expected.blocks });
    expect(body.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `*You asked:* ${question}`, verbatim: true }] });
    // Nothing went through the Web API: the answer travelled in the ack.
    expect(fake.calls.items.length).toBe(before);
    await activity.waitFor((a) => a.via === 'command', { label: '/ask activity' });
  });

  it('shows the help for /ask with no text and for /ask help (and every form of the Bot\'s help rule)', async () => {
    const expected = renderReply(reference.help(), { surface: { kind: 'ephemeral' } });
    for (const text of ['', 'help', '?', 'HELP!', '/help', 'about']) {
      const result = await sendCommand(url, slashCommand({ text, responseUrl: fake.responseUrl() }), { secret: SECRET });
      expect(result.status).toBe(200);
      expect(result.json()).toEqual({ response_type: 'ephemeral', text: expected.text, blocks: expected.blocks });
    }
    expect(expected.text).toContain('Beylikova');
  });

  it('answers a mention or a DM that asks for help with the help, by the same rule as /ask', async () => {
    const expected = renderReply(reference.help(), { surface: { kind: 'message' } });
    const asks = [
      userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> help?`, channel: CHANNEL, ts: fake.nextTs() }),
      userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}>`, channel: CHANNEL, ts: fake.nextTs() }),
      userMessage({ text: 'About', channel: DM, channelType: 'im', ts: fake.nextTs() }),
    ];
    for (const event of asks) {
      const envelope = eventCallback(event);
      expect((await deliver(envelope)).kind).toBe('answered');
      const call = posts().at(-1)!;
      // The help itself, with no 👍/👎: nothing was asked, so there is nothing to rate.
      expect([call.params.text, call.params.blocks]).toEqual([expected.text, expected.blocks]);
    }
  });

  it('shares a private /ask answer publicly with the asker named', async () => {
    const question = "Which Chinese carmakers is Turkey talking to?";
    const result = await sendCommand(url, slashCommand({ text: question, responseUrl: fake.responseUrl(), user: ALICE }), { secret: SECRET });
    const blocks = result.json().blocks;
    const share = buttonOf(blocks, 'share');
    const responseUrl = fake.responseUrl();
    const from = fake.responses.items.length;
    const click = await sendInteraction(url, blockAction({ button: share, channel: CHANNEL, responseUrl, user: ALICE }), { secret: SECRET });
    expect(click.status).toBe(200);
    const posted = await fake.responses.waitFor(() => true, { from, label: 'the shared answer' });
    expect(posted.id).toBe(responseUrl.split('/').at(-1));
    const expected = renderReply(reference.ask(question, ctx).reply, {
      surface: { kind: 'shared', askedBy: ALICE },
      answerId: answerIdOf(blocks),
    });
    expect(posted.body).toEqual({ response_type: 'in_channel', delete_original: true, text: expected.text, blocks: expected.blocks });
    expect(posted.body.blocks[0].elements[0].text).toBe(`*<@${ALICE}> asked:* ${question}`);
  });

  it('answers a related-question button in the same thread', async () => {
    const related = buttonOf(mentionReply.blocks, 'related_0');
    const before = posts().length;
    const payload = blockAction({
      button: related,
      channel: CHANNEL,
      responseUrl: fake.responseUrl(),
      message: { ts: fake.nextTs(), thread_ts: threadTs, text: mentionReply.text, blocks: mentionReply.blocks },
    });
    const result = await sendInteraction(url, payload, { secret: SECRET });
    expect(result.status).toBe(200);
    await fake.waitForCall('chat.postMessage', before + 1);
    const call = posts().at(-1)!;
    const expected = renderReply(reference.askFact(related.value!, ctx).reply, { surface: { kind: 'message' }, answerId: answerIdOf(call.params.blocks) });
    expect(call.params).toEqual({ team_id: TEAM_ID, channel: CHANNEL, thread_ts: threadTs, text: expected.text, blocks: expected.blocks, unfurl_links: 'false', unfurl_media: 'false' });
    await activity.waitFor((a) => a.via === 'related', { label: 'related activity' });
  });

  it('records a 👍 with bot.feedback and acknowledges it visibly to the voter', async () => {
    const up = buttonOf(mentionReply.blocks, 'feedback_up');
    const before = fake.callsOf('chat.postEphemeral').length;
    const payload = blockAction({
      button: up,
      channel: CHANNEL,
      user: ALICE,
      responseUrl: fake.responseUrl(),
      message: { ts: fake.nextTs(), thread_ts: threadTs, blocks: mentionReply.blocks },
    });
    expect((await sendInteraction(url, payload, { secret: SECRET })).status).toBe(200);
    const call = await fake.waitForCall('chat.postEphemeral', before + 1);
    const ack = renderFeedbackAck('up', true);
    expect(call.params).toEqual({ team_id: TEAM_ID, channel: CHANNEL, user: ALICE, thread_ts: threadTs, text: ack.text, blocks: ack.blocks });
    expect(votes).toContainEqual({ id: up.value, vote: 'up' });
  });

  it('acknowledges a 👎 on a private /ask answer through its response URL', async () => {
    const result = await sendCommand(url, slashCommand({ text: 'rare earth', responseUrl: fake.responseUrl() }), { secret: SECRET });
    const down = buttonOf(result.json().blocks, 'feedback_down');
    const from = fake.responses.items.length;
    await sendInteraction(url, blockAction({ button: down, channel: CHANNEL, responseUrl: fake.responseUrl() }), { secret: SECRET });
    const posted = await fake.responses.waitFor(() => true, { from, label: 'the feedback ack' });
    const ack = renderFeedbackAck('down', true);
    expect(posted.body).toEqual({ response_type: 'ephemeral', replace_original: false, text: ack.text, blocks: ack.blocks });
    expect(votes).toContainEqual({ id: down.value, vote: 'down' });
  });

  it('answers a reply in a thread it answered in, without a fresh mention', async () => {
    const question = 'When was the deposit discovered?';
    const envelope = eventCallback(userMessage({ text: question, channel: CHANNEL, ts: fake.nextTs(), threadTs }));
    expect(await deliver(envelope)).toEqual({ kind: 'answered', via: 'thread', ref: envelope.event_id });
    const call = posts().at(-1)!;
    const expected = renderReply(reference.ask(question, ctx).reply, { surface: { kind: 'message' }, answerId: answerIdOf(call.params.blocks) });
    expect(call.params).toEqual({ team_id: TEAM_ID, channel: CHANNEL, thread_ts: threadTs, text: expected.text, blocks: expected.blocks, unfurl_links: 'false', unfurl_media: 'false' });
  });

  it('stays quiet in a followed thread when the reply is for someone else, not a question it knows, or a mention', async () => {
    const before = posts().length;
    const cases: [string, SlackActivity['reason']][] = [
      ['<@U0BOB0001> can you double-check this?', 'not-addressed'],
      ['ok, I will look at the minutes later', 'no-match'],
      [`<@${BOT_USER_ID}> and the refinery?`, 'not-addressed'], // the app_mention event answers this one
    ];
    for (const [text, reason] of cases) {
      const envelope = eventCallback(userMessage({ text, channel: CHANNEL, ts: fake.nextTs(), threadTs }));
      expect(await deliver(envelope)).toEqual({ kind: 'ignored', via: reason === 'no-match' ? 'thread' : 'message', reason, ref: envelope.event_id });
    }
    // Not a thread the bot answered in, and not in a thread at all.
    for (const message of [
      userMessage({ text: 'Where is the deposit?', channel: CHANNEL, ts: fake.nextTs(), threadTs: '1600000000.000100' }),
      userMessage({ text: 'Where is the deposit?', channel: CHANNEL, ts: fake.nextTs() }),
    ]) {
      const envelope = eventCallback(message);
      expect(await deliver(envelope)).toEqual({ kind: 'ignored', via: 'message', reason: 'not-addressed', ref: envelope.event_id });
    }
    expect(posts()).toHaveLength(before);
  });

  it('does not answer a retry of an event it already answered', async () => {
    const envelope = eventCallback(userMessage({ text: 'What are rare earths used for?', channel: DM, channelType: 'im', ts: fake.nextTs() }));
    expect((await deliver(envelope)).kind).toBe('answered');
    const before = posts().length;
    const from = activity.items.length;
    const retry = await sendEvent(url, envelope, { secret: SECRET, retryNum: 1 });
    expect(retry.status).toBe(200);
    const report = await activity.waitFor((a) => a.ref === envelope.event_id, { from, label: 'the retry report' });
    expect(report).toEqual({ kind: 'ignored', via: 'dm', reason: 'duplicate', ref: envelope.event_id });
    expect(posts()).toHaveLength(before);
  });

  it("ignores bots' messages (its own included), edits and deletions", async () => {
    const before = posts().length;
    const cases: [Record<string, unknown>, SlackActivity['reason']][] = [
      [{ ...userMessage({ text: 'Where is the deposit?', channel: DM, channelType: 'im', ts: fake.nextTs() }), bot_id: 'B0OTHER01', subtype: 'bot_message' }, 'bot'],
      [{ ...userMessage({ text: 'Where is the deposit?', channel: DM, channelType: 'im', ts: fake.nextTs(), user: BOT_USER_ID }), bot_id: BOT_ID }, 'bot'],
      [{ ...userMessage({ text: 'Where is the deposit?', channel: CHANNEL, ts: fake.nextTs(), threadTs }), bot_id: 'B0OTHER01' }, 'bot'],
      [
        {
          type: 'message',
          subtype: 'message_changed',
          channel: DM,
          channel_type: 'im',
          ts: fake.nextTs(),
          message: { type: 'message', user: ALICE, text: 'Where is the deposit?', ts: '1700000000.000001' },
        },
        'subtype',
      ],
      [{ type: 'message', subtype: 'message_deleted', channel: DM, channel_type: 'im', ts: fake.nextTs(), deleted_ts: '1700000000.000001' }, 'subtype'],
    ];
    for (const [event, reason] of cases) {
      const envelope = eventCallback(event);
      expect(await deliver(envelope)).toEqual({ kind: 'ignored', via: 'message', reason, ref: envelope.event_id });
    }
    expect(posts()).toHaveLength(before);
  });

  it('rejects a bad or stale signature with 401 and never answers it', async () => {
    const before = fake.calls.items.length;
    const activities = activity.items.length;
    const envelope = eventCallback(userMessage({ text: 'Where is the deposit?', channel: DM, channelType: 'im', ts: fake.nextTs() }));
    const forged = await sendEvent(url, envelope, { secret: 'not-the-signing-secret-0000000000' });
    expect(forged.status).toBe(401);
    const stale = await sendEvent(url, envelope, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(stale.status).toBe(401);
    const unsigned = await sendEvent(url, envelope, { secret: SECRET, signature: 'v0=' + '0'.repeat(64) });
    expect(unsigned.status).toBe(401);
    // A correctly signed request sent afterwards is answered; the rejected ones left no trace.
    const good = eventCallback(userMessage({ text: 'Where is the deposit?', channel: DM, channelType: 'im', ts: fake.nextTs() }));
    await deliver(good);
    expect(activity.items.slice(activities).map((a) => a.ref)).toEqual([good.event_id]);
    expect(fake.calls.items.slice(before).map((c) => c.method)).toEqual(['chat.postMessage']);
  });

  it('leaves <!channel> and <@U123> out of the question, so the reply can ping no one', async () => {
    const text = `<@${BOT_USER_ID}> what about <!channel> and <@U123>?`;
    const envelope = eventCallback(userMessage({ type: 'app_mention', text, channel: CHANNEL, ts: fake.nextTs() }));
    expect((await deliver(envelope)).kind).toBe('answered');
    const posted = posts().at(-1)!.params;
    expect(JSON.stringify(posted)).not.toMatch(LIVE_TOKEN);
    const expected = renderReply(reference.ask('what about <!channel> and <@U123>?', ctx).reply, { surface: { kind: 'message' } });
    expect(posted.blocks).toEqual(expected.blocks);

    // /ask repeats the question: broadcasts and mentions are no part of it, so the echo leaves them out.
    const result = await sendCommand(url, slashCommand({ text: 'what about <!channel> and <@U123>?', responseUrl: fake.responseUrl() }), { secret: SECRET });
    const body = result.json();
    expect(JSON.stringify(body)).not.toMatch(LIVE_TOKEN);
    expect(body.blocks[0].elements[0].text).toBe('*You asked:* what about and ?');
    // What is echoed is still escaped: markup that is not a mention stays text.
    const other = (await sendCommand(url, slashCommand({ text: 'is <b>this</b> & that <http://x|y> ok?', responseUrl: fake.responseUrl() }), { secret: SECRET })).json();
    expect(other.blocks[0].elements[0].text).toBe('*You asked:* is &lt;b&gt;this&lt;/b&gt; &amp; that y ok?');
  });

  it('answers a "did you mean" button in the same thread', async () => {
    const noMatch = posts().at(-1)!.params;
    const suggestion = buttonOf(noMatch.blocks, 'suggest_0');
    const before = posts().length;
    const payload = blockAction({
      button: suggestion,
      channel: CHANNEL,
      responseUrl: fake.responseUrl(),
      message: { ts: fake.nextTs(), thread_ts: noMatch.thread_ts, blocks: noMatch.blocks },
    });
    await sendInteraction(url, payload, { secret: SECRET });
    const call = await fake.waitForCall('chat.postMessage', before + 1);
    expect(call.params.thread_ts).toBe(noMatch.thread_ts);
    const expected = renderReply(reference.ask(suggestion.value!, ctx).reply, { surface: { kind: 'message' }, answerId: answerIdOf(call.params.blocks) });
    expect(call.params.blocks).toEqual(expected.blocks);
  });

  it('reports a failed post, and answers Slack\'s retry of that event', async () => {
    fake.failNext('chat.postMessage', 'not_in_channel');
    const envelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> rare earth`, channel: 'C0PRIVATE1', ts: fake.nextTs() }));
    expect(await deliver(envelope)).toEqual({ kind: 'failed', via: 'mention', ref: envelope.event_id });
    expect(logger.lines.at(-1)).toContain('Slack API error \\"not_in_channel\\"');
    // The claim on the event was released, so a re-delivery gets its answer.
    expect(await deliver(envelope, { retryNum: 1 })).toEqual({ kind: 'answered', via: 'mention', ref: envelope.event_id });
    expect(posts().at(-1)?.params.channel).toBe('C0PRIVATE1');
  });

  it('answers a click privately when it cannot post in the channel', async () => {
    const related = buttonOf(mentionReply.blocks, 'related_1');
    fake.failNext('chat.postMessage', 'channel_not_found');
    const responseUrl = fake.responseUrl();
    const from = fake.responses.items.length;
    const payload = blockAction({ button: related, channel: 'C0PRIVATE2', responseUrl, message: { ts: fake.nextTs() } });
    await sendInteraction(url, payload, { secret: SECRET });
    const posted = await fake.responses.waitFor(() => true, { from, label: 'the private answer' });
    expect(posted.id).toBe(responseUrl.split('/').at(-1));
    const expected = renderReply(reference.askFact(related.value!, ctx).reply, { surface: { kind: 'message' }, answerId: answerIdOf(posted.body.blocks) });
    expect(posted.body).toEqual({ response_type: 'ephemeral', replace_original: false, text: expected.text, blocks: expected.blocks });
  });

  it('never logs a token or the signing secret', () => {
    const all = logger.lines.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SECRET);
  });
});

describe('Slack adapter with SLACK_THREAD_FOLLOWUPS=false', () => {
  it('answers mentions but not replies in its threads', async () => {
    const local = await startFakeSlack();
    const seen = new Recorder<SlackActivity>('activity');
    const config = slackConfigFromEnv({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '0',
      SLACK_HTTP_HOST: '127.0.0.1',
      SLACK_API_URL: local.apiUrl,
      SLACK_THREAD_FOLLOWUPS: 'false',
    });
    const quiet = createSlackAdapter({ bot, config, logger: capturingLogger(), webApi: { retries: 0 }, onActivity: (a) => seen.push(a) });
    await quiet.start();
    try {
      const ts = local.nextTs();
      const mention = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> rare earth`, channel: CHANNEL, ts }));
      await sendEvent(quiet.url!, mention, { secret: SECRET });
      expect((await seen.waitFor((a) => a.ref === mention.event_id)).kind).toBe('answered');
      const followup = eventCallback(userMessage({ text: 'When was the deposit discovered?', channel: CHANNEL, ts: local.nextTs(), threadTs: ts }));
      await sendEvent(quiet.url!, followup, { secret: SECRET });
      expect(await seen.waitFor((a) => a.ref === followup.event_id)).toEqual({ kind: 'ignored', via: 'message', reason: 'not-addressed', ref: followup.event_id });
      expect(local.callsOf('chat.postMessage')).toHaveLength(1);
    } finally {
      await quiet.stop();
      await local.close();
    }
  });
});
