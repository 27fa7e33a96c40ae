/**
 * The Slack adapter's stop(): it takes no new requests, lets replies in
 * flight finish for at most `drainTimeoutMs` (src/inflight.ts), then closes.
 * A reply "in flight" is a chat.postMessage the fake Slack holds back until
 * the test releases it; nothing here sleeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackActivity, type SlackAdapter } from '../adapters/slack/index.ts';
import { DRAIN_TIMEOUT_MS } from '../src/inflight.ts';
import { BOT_USER_ID, eventCallback, Recorder, sendEvent, startFakeSlack, userMessage, type FakeSlack } from './fakes/slack.ts';
import { capturingLogger, loadRealKnowledge, realBot, httpModeConfig } from './fakes/slackHarness.ts';

const SECRET = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const BOT_TOKEN = 'xoxb-3333-4444-stopTestBotToken';
const CHANNEL = 'C0GENERAL1';

const { bot } = realBot(loadRealKnowledge());

/** What a test started, stopped afterwards whatever happened. */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A started adapter in HTTP mode against its own fake Slack, and a mention whose reply the fake holds back. */
async function withReplyInFlight(drainTimeoutMs: number) {
  const fake: FakeSlack = await startFakeSlack();
  cleanups.push(() => fake.close());
  const logger = capturingLogger();
  const activity = new Recorder<SlackActivity>('adapter activity');
  const config = httpModeConfig(fake.apiUrl, SECRET, BOT_TOKEN);
  const adapter: SlackAdapter = createSlackAdapter({ bot, config, logger, webApi: { retries: 0 }, drainTimeoutMs, onActivity: (a) => activity.push(a) });
  await adapter.start();
  cleanups.push(() => adapter.stop());

  const hold = fake.holdNext('chat.postMessage');
  const threadTs = fake.nextTs();
  const envelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> Where is the deposit?`, channel: CHANNEL, ts: threadTs }));
  // Bolt acknowledges at once; the answer is posted after, and that post is held.
  expect((await sendEvent(adapter.url as string, envelope, { secret: SECRET })).status).toBe(200);
  await hold.arrived;
  const outcome = activity.waitFor((a) => a.ref === envelope.event_id, { label: 'what became of the held reply' });
  // Whatever a test does, the held reply is let go before the fake closes.
  cleanups.push(async () => {
    hold.release();
    await outcome;
  });
  return { fake, adapter, logger, hold, outcome, threadTs };
}

const stoppedWaiting = (lines: string[]) => lines.map((l) => JSON.parse(l)).filter((l) => l.message === 'stopped waiting for replies in flight');

describe('Slack stop() and replies in flight', () => {
  it('stops waiting after drainTimeoutMs, with a warning that says how many replies were left', async () => {
    const { adapter, logger, outcome } = await withReplyInFlight(100);
    const started = performance.now();
    await adapter.stop();
    const took = performance.now() - started;
    // The held reply never came back, so only the drain timeout can have ended the wait, and
    // it was this adapter's, not the default.
    expect(took).toBeLessThan(DRAIN_TIMEOUT_MS);
    expect(stoppedWaiting(logger.lines)).toEqual([{ level: 'warn', adapter: 'slack', inFlight: 1, drainTimeoutMs: 100, message: 'stopped waiting for replies in flight' }]);
    expect(logger.lines.at(-1)).toContain('"message":"stopped"');
    // The reply was still pending when stop() returned.
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
  });

  it('within drainTimeoutMs, waits for the reply in flight and delivers it once', async () => {
    const { fake, adapter, logger, hold, outcome, threadTs } = await withReplyInFlight(10_000);
    let stopped = false;
    const stopping = adapter.stop().then(() => (stopped = true));
    // A round trip to Slack's API meanwhile: stop() is still waiting on the reply.
    expect((await fetch(`${fake.apiUrl}api.test`, { method: 'POST' })).ok).toBe(true);
    expect(stopped).toBe(false);
    hold.release();
    await stopping;
    expect(await outcome).toMatchObject({ kind: 'answered', via: 'mention' });
    expect(fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === threadTs)).toHaveLength(1);
    expect(stoppedWaiting(logger.lines)).toEqual([]);
  });
});
