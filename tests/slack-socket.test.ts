/**
 * End to end in Socket Mode: the real Bolt's Socket Mode client, started as
 * the product does when SLACK_APP_TOKEN is set. apps.connections.open (on the
 * fake Web API) hands out the fake's ws://127.0.0.1 URL; the fake says hello,
 * sends envelopes like Slack, and records the acknowledgements.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, slackConfigFromEnv, type SlackActivity, type SlackAdapter } from '../adapters/slack/index.ts';
import { renderFeedbackAck, renderReply } from '../adapters/slack/render.ts';
import { BOT_USER_ID, blockAction, eventCallback, Recorder, slashCommand, startFakeSlack, TEAM_ID, userMessage, type FakeSlack } from './fakes/slack.ts';
import { answerIdOf, buttonOf, capturingLogger, loadRealKnowledge, realBot } from './fakes/slackHarness.ts';

const BOT_TOKEN = 'xoxb-1111-2222-fakeBotToken';
const APP_TOKEN = 'xapp-1-A0APP0001-3333-fakeAppToken';
const CHANNEL = 'C0GENERAL1';
const ALICE = 'U0ALICE01';

const kb = loadRealKnowledge();
const { bot, votes } = realBot(kb);
const reference = realBot(kb).bot;
const ctx = { platform: 'slack' as const };

let fake: FakeSlack;
let adapter: SlackAdapter;
const activity = new Recorder<SlackActivity>('adapter activity');
const logger = capturingLogger();
const timings: Record<string, number> = {};

beforeAll(async () => {
  const started = performance.now();
  fake = await startFakeSlack();
  const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
  adapter = createSlackAdapter({ bot, config, logger, webApi: { retries: 0 }, onActivity: (a) => activity.push(a) });
  await adapter.start();
  timings.start = performance.now() - started;
});

afterAll(async () => {
  // Normally stopped by the last test; this covers a failure before it.
  await adapter?.stop();
  await fake?.close();
  if (process.env.SLACK_TEST_LOGS) console.info(logger.lines.join("\n"));
  console.info(`slack-socket timings (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`);
});

describe('Slack adapter in Socket Mode with the real Bolt', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let mentionReply: any;
  let threadTs: string;
  let mentionEnvelope: ReturnType<typeof eventCallback>;

  it('connects with the app token through apps.connections.open and needs no HTTP server', () => {
    expect(fake.callsOf('auth.test').map((c) => c.authorization)).toEqual([`Bearer ${BOT_TOKEN}`]);
    expect(fake.callsOf('apps.connections.open').map((c) => c.authorization)).toEqual([`Bearer ${APP_TOKEN}`]);
    expect(fake.sockets.items).toHaveLength(1);
    expect(adapter.url).toBeUndefined();
  });

  it('acknowledges an app_mention envelope and answers in the thread', async () => {
    threadTs = fake.nextTs();
    const question = 'Where is the rare earth deposit?';
    mentionEnvelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> ${question}`, channel: CHANNEL, ts: threadTs }));
    const ack = await fake.sendEnvelope('events_api', mentionEnvelope);
    expect(ack).toEqual({ envelope_id: expect.stringMatching(/^env-/), payload: {} });
    expect(await activity.waitFor((a) => a.ref === mentionEnvelope.event_id)).toEqual({ kind: 'answered', via: 'mention', ref: mentionEnvelope.event_id });
    const call = fake.callsOf('chat.postMessage').at(-1)!;
    const expected = renderReply(reference.ask(question, ctx).reply, { surface: { kind: 'message' }, answerId: answerIdOf(call.params.blocks) });
    expect(call.params).toEqual({
      team_id: TEAM_ID,
      channel: CHANNEL,
      thread_ts: threadTs,
      text: expected.text,
      blocks: expected.blocks,
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
    expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    mentionReply = call.params;
  });

  it('does not answer a redelivered envelope of the same event', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    const from = activity.items.length;
    const ack = await fake.sendEnvelope('events_api', mentionEnvelope, { retry_attempt: 1, retry_reason: 'timeout' });
    expect(ack.payload).toEqual({});
    expect(await activity.waitFor((a) => a.ref === mentionEnvelope.event_id, { from })).toEqual({
      kind: 'ignored',
      via: 'mention',
      reason: 'duplicate',
      ref: mentionEnvelope.event_id,
    });
    expect(fake.callsOf('chat.postMessage')).toHaveLength(before);
  });

  it('answers a thread follow-up and ignores a bot in the same thread', async () => {
    const followup = eventCallback(userMessage({ text: 'When was the deposit discovered?', channel: CHANNEL, ts: fake.nextTs(), threadTs }));
    await fake.sendEnvelope('events_api', followup);
    expect((await activity.waitFor((a) => a.ref === followup.event_id)).kind).toBe('answered');
    expect(fake.callsOf('chat.postMessage').at(-1)?.params.thread_ts).toBe(threadTs);

    const before = fake.callsOf('chat.postMessage').length;
    const fromBot = eventCallback({ ...userMessage({ text: 'When was it found?', channel: CHANNEL, ts: fake.nextTs(), threadTs }), bot_id: 'B0OTHER01' });
    await fake.sendEnvelope('events_api', fromBot);
    expect(await activity.waitFor((a) => a.ref === fromBot.event_id)).toEqual({ kind: 'ignored', via: 'message', reason: 'bot', ref: fromBot.event_id });
    expect(fake.callsOf('chat.postMessage')).toHaveLength(before);
  });

  it('reads a follow-up in a thread with the question before it, and shows the reading in a context block', async () => {
    const ts = fake.nextTs();
    const first = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> who is leading the delegation to China?`, channel: CHANNEL, ts }));
    await fake.sendEnvelope('events_api', first);
    expect((await activity.waitFor((a) => a.ref === first.event_id)).kind).toBe('answered');
    const followup = eventCallback(userMessage({ text: 'and when?', channel: CHANNEL, ts: fake.nextTs(), threadTs: ts }));
    await fake.sendEnvelope('events_api', followup);
    expect((await activity.waitFor((a) => a.ref === followup.event_id)).kind).toBe('answered');
    const call = fake.callsOf('chat.postMessage').at(-1)!;
    expect(call.params.thread_ts).toBe(ts);
    const blocks = call.params.blocks;
    expect(blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '_Reading this as: when is the delegation to China?_', verbatim: true }] });
    expect(JSON.stringify(blocks)).toContain(kb.facts.find((f) => f.id === 'october-delegation')!.answer.slice(0, 60));
    // Another thread is another conversation: the same words are read alone there.
    const elsewhere = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> and when?`, channel: CHANNEL, ts: fake.nextTs() }));
    await fake.sendEnvelope('events_api', elsewhere);
    await activity.waitFor((a) => a.ref === elsewhere.event_id);
    expect(JSON.stringify(fake.callsOf('chat.postMessage').at(-1)!.params.blocks)).not.toContain('Reading this as');
  });

  it('answers /ask in the envelope acknowledgement', async () => {
    const question = 'rare earth';
    const ack = await fake.sendEnvelope('slash_commands', slashCommand({ text: question, responseUrl: fake.responseUrl() }));
    const expected = renderReply(reference.ask(question, ctx).reply, { surface: { kind: 'ephemeral' }, answerId: answerIdOf(ack.payload.blocks) });
    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: expected.text, blocks: expected.blocks });
  });

  it('acknowledges a feedback click and answers it visibly', async () => {
    const up = buttonOf(mentionReply.blocks, 'feedback_up');
    const before = fake.callsOf('chat.postEphemeral').length;
    const ack = await fake.sendEnvelope(
      'interactive',
      blockAction({ button: up, channel: CHANNEL, user: ALICE, responseUrl: fake.responseUrl(), message: { ts: fake.nextTs(), thread_ts: threadTs } }),
    );
    expect(ack.payload).toEqual({});
    const call = await fake.waitForCall('chat.postEphemeral', before + 1);
    const thanks = renderFeedbackAck('up', true);
    expect(call.params).toEqual({ team_id: TEAM_ID, channel: CHANNEL, user: ALICE, thread_ts: threadTs, text: thanks.text, blocks: thanks.blocks });
    expect(votes).toContainEqual({ id: up.value, vote: 'up' });
  });

  it('answers a related-question click in the thread', async () => {
    const related = buttonOf(mentionReply.blocks, 'related_1');
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEnvelope(
      'interactive',
      blockAction({ button: related, channel: CHANNEL, responseUrl: fake.responseUrl(), message: { ts: fake.nextTs(), thread_ts: threadTs } }),
    );
    const call = await fake.waitForCall('chat.postMessage', before + 1);
    const expected = renderReply(reference.askFact(related.value!, ctx).reply, { surface: { kind: 'message' }, answerId: answerIdOf(call.params.blocks) });
    expect(call.params.thread_ts).toBe(threadTs);
    expect(call.params.blocks).toEqual(expected.blocks);
  });

  it('stops promptly: closes the WebSocket and leaves nothing running', async () => {
    const ws = fake.sockets.items[0]!;
    const closed = once(ws, 'close');
    const started = performance.now();
    await adapter.stop();
    timings.stop = performance.now() - started;
    const [code] = (await closed) as [number];
    expect(code).toBe(1000);
    expect(timings.stop).toBeLessThan(2000);
    expect(logger.lines.join('\n')).not.toContain(APP_TOKEN);
    expect(logger.lines.join('\n')).not.toContain(BOT_TOKEN);
  });
});
