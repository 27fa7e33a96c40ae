/**
 * DISCORD_* variables: validated at start with messages that name the
 * variable and what is expected, and never echo a value (it may be a secret).
 */
import { inspect } from 'node:util';
import { GatewayIntentBits } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { discordConfigFromEnv, discordIntents } from '../adapters/discord/index.ts';

const TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-third-part-0123456789abcdef';
const APP_ID = '1299999999999999999';

function errorOf(env: Record<string, string | undefined>): string {
  try {
    discordConfigFromEnv(env);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected discordConfigFromEnv to throw');
}

describe('discordConfigFromEnv', () => {
  test('reads a valid environment', () => {
    const config = discordConfigFromEnv({ DISCORD_TOKEN: ` ${TOKEN} `, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: 'http://127.0.0.1:4000/api/' });
    expect({ ...config }).toEqual({ token: TOKEN, applicationId: APP_ID, messageContent: false, apiUrl: 'http://127.0.0.1:4000/api' });
  });

  test('optional variables left empty (VAR= in .env) count as unset', () => {
    const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: '', DISCORD_MESSAGE_CONTENT: '' });
    expect(config.apiUrl).toBeUndefined();
    expect(config.messageContent).toBe(false);
  });

  test('DISCORD_MESSAGE_CONTENT=true (any case) asks for the privileged intent', () => {
    const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_MESSAGE_CONTENT: 'TRUE' });
    expect(config.messageContent).toBe(true);
    expect(discordIntents(config)).toContain(GatewayIntentBits.MessageContent);
    expect(discordIntents({ messageContent: false })).toEqual([GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages]);
  });

  test('names every missing variable and what is expected', () => {
    const message = errorOf({});
    expect(message).toMatch(/DISCORD_TOKEN: missing; expected the bot token/);
    expect(message).toMatch(/DISCORD_APPLICATION_ID: missing; expected the application id/);
  });

  test('bad values are named, never echoed', () => {
    const secret = 'my-client-secret-value-QQQ';
    const message = errorOf({
      DISCORD_TOKEN: secret,
      DISCORD_APPLICATION_ID: 'app-QQQ',
      DISCORD_MESSAGE_CONTENT: 'yes-QQQ',
      DISCORD_API_URL: 'ftp://host-QQQ',
    });
    expect(message).not.toContain('QQQ');
    expect(message).toMatch(/DISCORD_TOKEN: expected a bot token/);
    expect(message).toMatch(/DISCORD_APPLICATION_ID: expected the application id: a number of 17 to 20 digits/);
    expect(message).toMatch(/DISCORD_MESSAGE_CONTENT: expected "true" or "false"/);
    expect(message).toMatch(/DISCORD_API_URL: expected an http\(s\) URL/);
  });

  test('a token pasted with its "Bot " prefix is refused with a hint', () => {
    expect(errorOf({ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APPLICATION_ID: APP_ID })).toMatch(/without a "Bot " prefix/);
  });

  test('DISCORD_API_URL must not include the API version', () => {
    const message = errorOf({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: 'http://127.0.0.1:4000/api/v10' });
    expect(message).toMatch(/DISCORD_API_URL: expected the base without the version/);
  });

  test('the token stays out of JSON and inspect output, but is readable', () => {
    const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID });
    expect(config.token).toBe(TOKEN);
    expect(JSON.stringify(config)).not.toContain(TOKEN);
    expect(inspect(config)).not.toContain(TOKEN);
    expect(JSON.stringify(config)).toContain('[redacted]');
  });
});
