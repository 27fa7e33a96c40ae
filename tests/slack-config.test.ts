/**
 * Slack settings: modes, defaults, and start-up messages that name each bad
 * variable and what is expected without ever printing a value.
 */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slackConfigFromEnv, SLASH_COMMAND } from '../adapters/slack/index.ts';

const BOT = 'xoxb-1111-2222-abcdEFGH';
const APP = 'xapp-1-A0APP-3333-ffff';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

const errorOf = (env: NodeJS.ProcessEnv): string => {
  try {
    slackConfigFromEnv(env);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected slackConfigFromEnv to throw');
};

describe('slackConfigFromEnv', () => {
  it('uses HTTP mode with the signing secret when there is no app token, on port 3000 by default', () => {
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    expect({ ...config }).toEqual({ mode: 'http', botToken: BOT, signingSecret: SECRET, port: 3000, threadFollowups: true });
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set, and reads the optional settings', () => {
    const config = slackConfigFromEnv({
      SLACK_BOT_TOKEN: ` ${BOT}\n`,
      SLACK_APP_TOKEN: APP,
      SLACK_THREAD_FOLLOWUPS: 'FALSE',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
    });
    expect({ ...config }).toEqual({ mode: 'socket', botToken: BOT, appToken: APP, threadFollowups: false, apiUrl: 'http://127.0.0.1:9999/api/' });
  });

  it('reads PORT and SLACK_HTTP_HOST in HTTP mode; an empty value counts as unset', () => {
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: '', PORT: '0', SLACK_HTTP_HOST: '127.0.0.1' });
    expect(config).toMatchObject({ mode: 'http', port: 0, host: '127.0.0.1' });
  });

  it('names every missing variable and what is expected', () => {
    const message = errorOf({});
    expect(message).toContain('SLACK_BOT_TOKEN is missing: expected the Bot User OAuth Token starting with "xoxb-"');
    expect(message).toContain('SLACK_SIGNING_SECRET is missing: set SLACK_APP_TOKEN (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET');
  });

  it('names every malformed variable and never prints a value', () => {
    const env = {
      SLACK_BOT_TOKEN: 'xoxp-user-token-secret-1',
      SLACK_APP_TOKEN: 'not-an-app-token-secret-2',
      SLACK_SIGNING_SECRET: 'short-secret-3',
      PORT: '99999',
      SLACK_THREAD_FOLLOWUPS: 'sometimes',
      SLACK_API_URL: 'ftp://secret-4.example',
    };
    const message = errorOf(env);
    expect(message).toContain('SLACK_BOT_TOKEN is invalid: expected the Bot User OAuth Token (OAuth & Permissions page) starting with "xoxb-"');
    expect(message).toContain('SLACK_APP_TOKEN is invalid: expected an App-Level Token');
    expect(message).toContain('SLACK_SIGNING_SECRET is invalid: expected the Signing Secret');
    expect(message).toContain('PORT is invalid: expected a port number from 0 to 65535');
    expect(message).toContain('SLACK_THREAD_FOLLOWUPS is invalid: expected true or false');
    expect(message).toContain('SLACK_API_URL is invalid: expected an http(s) URL');
    for (const value of Object.values(env)) expect(message).not.toContain(value);
    expect(message).not.toMatch(/secret-\d/);
  });

  it('keeps the secrets out of logs when the config is printed whole', () => {
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    for (const shown of [JSON.stringify(config), inspect(config)]) {
      expect(shown).not.toContain(BOT);
      expect(shown).not.toContain(SECRET);
      expect(shown).toContain('[redacted]');
    }
    expect(config.botToken).toBe(BOT);
  });
});

describe('adapters/slack/manifest.yaml', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const manifest: any = parse(readFileSync(new URL('../adapters/slack/manifest.yaml', import.meta.url), 'utf8'));

  it('asks for what the adapter uses: mentions, DMs, thread follow-ups, /ask, buttons, Socket Mode', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im', 'message.channels', 'message.groups']);
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'app_mentions:read',
      'chat:write',
      'chat:write.public',
      'commands',
      'im:history',
      'channels:history',
      'groups:history',
    ]);
  });
});
