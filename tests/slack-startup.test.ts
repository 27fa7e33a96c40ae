/**
 * Start-up failures with the real Bolt: each stops start() with a message
 * naming what to check, and none prints a token.
 */
import { describe, expect, it } from 'vitest';
import { createSlackAdapter, slackConfigFromEnv } from '../adapters/slack/index.ts';
import { startFakeSlack } from './fakes/slack.ts';
import { capturingLogger, loadRealKnowledge, realBot } from './fakes/slackHarness.ts';

const BOT_TOKEN = 'xoxb-1111-2222-fakeBotToken';
const APP_TOKEN = 'xapp-1-A0APP0001-3333-fakeAppToken';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const { bot } = realBot(loadRealKnowledge());

async function startError(env: NodeJS.ProcessEnv): Promise<string> {
  const logger = capturingLogger();
  const adapter = createSlackAdapter({ bot, config: slackConfigFromEnv(env), logger, webApi: { retries: 0 } });
  try {
    await adapter.start();
  } catch (e) {
    const message = (e as Error).message;
    for (const secret of [BOT_TOKEN, APP_TOKEN, SECRET]) {
      expect(message).not.toContain(secret);
      expect(logger.lines.join('\n')).not.toContain(secret);
    }
    return message;
  } finally {
    await adapter.stop();
  }
  throw new Error('expected start() to fail');
}

describe('Slack adapter start-up failures', () => {
  it('names SLACK_BOT_TOKEN when Slack rejects the bot token', async () => {
    const fake = await startFakeSlack();
    try {
      fake.failNext('auth.test', 'invalid_auth');
      const message = await startError({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_HTTP_HOST: '127.0.0.1', SLACK_API_URL: fake.apiUrl });
      expect(message).toBe("Slack rejected SLACK_BOT_TOKEN (invalid_auth): check the value in .env against the app's settings page");
    } finally {
      await fake.close();
    }
  });

  it('names SLACK_APP_TOKEN when Slack refuses the Socket Mode connection', async () => {
    const fake = await startFakeSlack();
    try {
      fake.failNext('apps.connections.open', 'invalid_auth');
      const message = await startError({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
      expect(message).toBe("Slack rejected SLACK_APP_TOKEN (invalid_auth): check the value in .env against the app's settings page");
      expect(fake.sockets.items).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });

  it('says the Web API cannot be reached, naming SLACK_API_URL', async () => {
    const fake = await startFakeSlack();
    const apiUrl = fake.apiUrl;
    await fake.close();
    const message = await startError({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: apiUrl });
    expect(message).toMatch(new RegExp(`^Slack: could not reach the Web API at ${apiUrl.replace(/[.]/g, '\\.')} \\(.+\\); check the network or SLACK_API_URL$`));
  });

  it('says when PORT is taken', async () => {
    const fake = await startFakeSlack();
    try {
      const port = new URL(fake.baseUrl).port;
      const message = await startError({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, PORT: port, SLACK_HTTP_HOST: '127.0.0.1', SLACK_API_URL: fake.apiUrl });
      expect(message).toBe(`Slack: port ${port} is already in use; set PORT to a free port`);
    } finally {
      await fake.close();
    }
  });
});
