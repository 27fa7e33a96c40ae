/**
 * Socket Mode connection loss with the real Bolt against the fake Slack: when
 * Slack sends `disconnect` (it does before recycling a server) or the
 * connection is cut, the client opens a new one through
 * apps.connections.open and the next question is answered, once.
 *
 * The reconnect pause is the client's ping timeout, set short here (200 ms);
 * the test waits on the fake's records, never on a clock.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, slackConfigFromEnv, type SlackActivity, type SlackAdapter } from '../adapters/slack/index.ts';
import { BOT_USER_ID, eventCallback, Recorder, slashCommand, startFakeSlack, userMessage, type FakeSlack } from './fakes/slack.ts';
import { capturingLogger, loadRealKnowledge, realBot } from './fakes/slackHarness.ts';

const BOT_TOKEN = 'xoxb-1111-2222-socketReliability';
const APP_TOKEN = 'xapp-1-A0APP0001-3333-socketReliability';
const CHANNEL = 'C0GENERAL1';

const { bot } = realBot(loadRealKnowledge());
const logger = capturingLogger();
const activity = new Recorder<SlackActivity>('adapter activity');
let fake: FakeSlack;
let adapter: SlackAdapter;

beforeAll(async () => {
  fake = await startFakeSlack();
  const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
  adapter = createSlackAdapter({
    bot,
    config,
    logger,
    webApi: { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 20 },
    socketMode: { clientPingTimeoutMs: 200 },
    onActivity: (a) => activity.push(a),
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

/** Sends a mention on the newest connection and waits for its answer in the thread. */
async function askAndWait(question: string) {
  const ts = fake.nextTs();
  const envelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> ${question}`, channel: CHANNEL, ts }));
  const ack = await fake.sendEnvelope('events_api', envelope);
  expect(ack.envelope_id).toMatch(/^env-/);
  const report = await activity.waitFor((a) => a.ref === envelope.event_id, { label: `the answer to ${envelope.event_id}` });
  expect(report.kind).toBe('answered');
  const posted = fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === ts);
  expect(posted).toHaveLength(1);
  return posted[0]!;
}

describe('Socket Mode connection loss', () => {
  it('answers on the first connection', async () => {
    await askAndWait('Where is the deposit?');
    expect(fake.sockets.items).toHaveLength(1);
  });

  it('Slack sends "disconnect": the client reconnects through apps.connections.open and answers the next question', async () => {
    const first = fake.sockets.items[0]!;
    const closed = once(first, 'close');
    await fake.disconnectSocket('refresh_requested');
    await closed;
    const second = await fake.sockets.waitFor(() => true, { count: 2, timeoutMs: 5000, label: 'the new connection' });
    expect(second).not.toBe(first);
    expect(fake.callsOf('apps.connections.open').map((c) => c.authorization)).toEqual([`Bearer ${APP_TOKEN}`, `Bearer ${APP_TOKEN}`]);
    await askAndWait('When was the deposit discovered?');
  });

  it('the connection is cut without a close frame: the client notices, reconnects and answers', async () => {
    const before = fake.sockets.items.length;
    fake.dropSocket();
    await fake.sockets.waitFor(() => true, { count: before + 1, timeoutMs: 8000, label: 'the connection after the cut' });
    await askAndWait('Will Turkey build a refinery?');
  });

  it('a slash command on the new connection is answered in the ack, exactly once', async () => {
    const ack = await fake.sendEnvelope('slash_commands', slashCommand({ text: 'Where is the deposit?', responseUrl: fake.responseUrl() }));
    expect(ack.payload.response_type).toBe('ephemeral');
    expect(ack.payload.blocks.length).toBeGreaterThan(1);
    expect(fake.acks.items.filter((a) => a.envelope_id === ack.envelope_id)).toHaveLength(1);
  });

  it('logs no token while reconnecting', () => {
    const all = logger.lines.join('\n');
    expect(all).not.toContain(APP_TOKEN);
    expect(all).not.toContain(BOT_TOKEN);
  });
});
