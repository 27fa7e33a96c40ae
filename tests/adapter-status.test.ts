/**
 * Each adapter's connected(), which GET /healthz reads: against the fakes of
 * Slack (Socket Mode) and Discord on 127.0.0.1.
 */
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter, discordConfigFromEnv } from '../adapters/discord/index.ts';
import { createSlackAdapter, slackConfigFromEnv } from '../adapters/slack/index.ts';
import type { Adapter } from '../src/adapter.ts';
import { startFakeDiscord, type FakeDiscord } from './fakes/discord.ts';
import { startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { capturingLogger, loadRealKnowledge, realBot } from './fakes/slackHarness.ts';

const { bot } = realBot(loadRealKnowledge());
let adapter: Adapter | undefined;
let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;
afterEach(async () => {
  await adapter?.stop();
  await slack?.close();
  await discord?.close();
  adapter = slack = discord = undefined;
});

describe('connected()', () => {
  it('Slack Socket Mode: false before start, true once connected, false while the socket is down, true again after it reconnects, false after stop', async () => {
    slack = await startFakeSlack();
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1111-2222-fakeBotToken', SLACK_APP_TOKEN: 'xapp-1-A0APP0001-3333-fakeAppToken', SLACK_API_URL: slack.apiUrl });
    const a = createSlackAdapter({ bot, config, logger: capturingLogger(), webApi: { retries: 0 }, socketMode: { clientPingTimeoutMs: 200 } });
    adapter = a;
    expect(a.connected?.()).toBe(false);
    await a.start();
    expect(a.connected?.()).toBe(true);
    const first = slack.sockets.items[0]!;
    const closed = once(first, 'close');
    // The first attempt to reconnect fails, so "down" lasts until the client tries again
    // (otherwise it reconnects within milliseconds, and a check could miss the moment).
    slack.failNext('apps.connections.open', 'internal_error');
    await slack.disconnectSocket('refresh_requested');
    await closed;
    await slack.calls.waitFor((c) => c.method === 'apps.connections.open', { count: 2, timeoutMs: 5000, label: 'the failed reconnect' });
    expect(a.connected?.()).toBe(false);
    await slack.sockets.waitFor(() => true, { count: 2, timeoutMs: 5000, label: 'the new connection' });
    await expect.poll(() => a.connected?.(), { timeout: 5000 }).toBe(true);
    await a.stop();
    expect(a.connected?.()).toBe(false);
  });

  it('Discord: false before start, true once the gateway is ready, false after stop', async () => {
    const token = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-third-part-0123456789abcdef';
    const applicationId = '1300000000000000001';
    discord = await startFakeDiscord({ token, applicationId });
    const a = createDiscordAdapter({ bot, config: discordConfigFromEnv({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: discord.apiUrl }), logger: capturingLogger() });
    adapter = a;
    expect(a.connected?.()).toBe(false);
    await a.start();
    expect(a.connected?.()).toBe(true);
    await a.stop();
    expect(a.connected?.()).toBe(false);
  });
});
