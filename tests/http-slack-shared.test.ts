/**
 * Slack's HTTP mode on the HTTP server's port: one server, one port, serving
 * /slack/events (signed, through the Slack adapter's own checks) next to the
 * API, health and metrics. The real Bolt against the fake Slack on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/index.ts';
import { eventCallback, sendEvent, startFakeSlack, userMessage, type FakeSlack } from './fakes/slack.ts';
import { capturingLogger, httpModeConfig } from './fakes/slackHarness.ts';
import { ask, send, startHttp, type Running } from './helpers/http.ts';
import { realKb } from './helpers/knowledge.ts';

const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const BOT_TOKEN = 'xoxb-1111-2222-fakeBotToken';

let fake: FakeSlack | undefined;
let adapter: SlackAdapter | undefined;
let http: Running | undefined;
afterEach(async () => {
  await adapter?.stop();
  await http?.close();
  await fake?.close();
  adapter = undefined;
  http = undefined;
  fake = undefined;
});

describe('Slack HTTP mode sharing the HTTP server', () => {
  it('answers Slack events, the API, health and metrics on one port, and stops taking Slack requests on stop', async () => {
    fake = await startFakeSlack();
    const adapters = [{ name: 'slack', connected: false }];
    http = await startHttp({ kb: realKb(), health: { knowledge: true, adapters } });
    adapter = createSlackAdapter({ bot: http.bot, config: httpModeConfig(fake.apiUrl, SECRET, BOT_TOKEN), logger: capturingLogger(), webApi: { retries: 0 }, hostServer: http.server });
    expect((await send(`${http.base}/healthz`)).status).toBe(503);
    await adapter.start();
    adapters[0]!.connected = adapter.connected?.() === true;
    // Mounted, not listening on a port of its own.
    expect(adapter.url).toBe(`${http.base}/slack/events`);
    expect((await send(`${http.base}/healthz`)).status).toBe(200);

    // An unsigned request is refused by the Slack adapter's checks, as on its own server.
    const unsigned = await sendEvent(`${http.base}/slack/events`, eventCallback(userMessage({ text: 'hi', channel: 'D0ALICE001', channelType: 'im', ts: fake.nextTs() })), { secret: SECRET, unsigned: true });
    expect(unsigned.status).toBe(401);

    const envelope = eventCallback(userMessage({ text: 'where is the deposit?', channel: 'D0ALICE001', channelType: 'im', ts: fake.nextTs() }));
    const delivered = await sendEvent(`${http.base}/slack/events`, envelope, { secret: SECRET });
    expect(delivered.status).toBe(200);
    const post = await fake.calls.waitFor((c) => c.method === 'chat.postMessage', { label: 'the answer in the DM' });
    expect(post.params.channel).toBe('D0ALICE001');
    expect(JSON.stringify(post.params)).toMatch(/Beylikova/);

    const api = await ask(http.base, { question: 'where is the deposit?' });
    expect(api.status).toBe(200);
    const metrics = (await send(`${http.base}/metrics`)).body;
    expect(metrics).toMatch(/^factbot_questions_total\{platform="slack",kind="answered"\} 1$/m);
    expect(metrics).toMatch(/^factbot_questions_total\{platform="api",kind="answered"\} 1$/m);

    await adapter.stop();
    expect(adapter.connected?.()).toBe(false);
    // The endpoint is gone from the shared server; the server itself still answers.
    expect((await sendEvent(`${http.base}/slack/events`, eventCallback(userMessage({ text: 'hi', channel: 'D0ALICE001', channelType: 'im', ts: fake.nextTs() })), { secret: SECRET })).status).toBe(404);
    expect((await ask(http.base, { question: 'where is the deposit?' })).status).toBe(200);
  });
});
