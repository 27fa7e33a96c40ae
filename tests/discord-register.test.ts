/**
 * discord:register: the PUT of the command definitions (guild or global)
 * against the fake Discord, and the invite URL it prints.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordAdapter, discordConfigFromEnv, registerDiscordCommands } from '../adapters/discord/index.ts';
import { join } from 'node:path';
import { createBot } from '../src/bot.ts';
import { createKnowledgeBase } from '../src/engine/answer.ts';
import { DRAIN_TIMEOUT_MS } from '../src/inflight.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { snowflake, startFakeDiscord, type FakeDiscord, type RecordedCall } from './fakes/discord.ts';

const TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-third-part-0123456789abcdef';
const APP_ID = '1299999999999999999';

/** The definitions Discord must receive, written out so any change to them is deliberate. */
const EXPECTED_COMMANDS = [
  {
    name: 'ask',
    type: 1,
    description: 'Ask factbot a question',
    contexts: [0, 1],
    integration_types: [0],
    options: [
      {
        name: 'question',
        description: 'Your question (suggestions appear as you type; "help" explains what I know)',
        type: 3,
        required: true,
        autocomplete: true,
        max_length: 500,
      },
      { name: 'private', description: 'Show the answer to you only', type: 5, required: false },
    ],
  },
  {
    name: 'about',
    type: 1,
    description: 'What factbot knows and how to ask it',
    contexts: [0, 1],
    integration_types: [0],
    options: [{ name: 'private', description: 'Show the answer to you only', type: 5, required: false }],
  },
];

// ViewChannel | SendMessages | EmbedLinks | ReadMessageHistory | SendMessagesInThreads
const PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 38n));
const INVITE = `https://discord.com/oauth2/authorize?client_id=${APP_ID}&scope=bot+applications.commands&permissions=${PERMISSIONS}`;

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
});
afterAll(async () => {
  await fake?.close();
});

function collect() {
  const chunks: string[] = [];
  return { out: { write: (s: string) => chunks.push(s) }, text: () => chunks.join('') };
}

describe('registerDiscordCommands', () => {
  test('--guild: PUTs the commands to the guild and prints the invite URL', async () => {
    const guildId = snowflake();
    const { out, text } = collect();
    const result = await registerDiscordCommands({ token: TOKEN, applicationId: APP_ID, guildId, apiUrl: fake.apiUrl }, out);
    const put = await fake.waitForCall((c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/guilds/${guildId}/commands`, 'the guild PUT');
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual(EXPECTED_COMMANDS);
    expect(result).toEqual({ scope: 'guild', commands: ['ask', 'about'], inviteUrl: INVITE });
    expect(text()).toBe(`Registered /ask, /about in server ${guildId} (available now).\nInvite the bot with:\n${INVITE}\n`);
  });

  test('without a guild: PUTs the commands globally', async () => {
    const { out, text } = collect();
    const result = await registerDiscordCommands({ token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl }, out);
    const put = await fake.waitForCall((c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/commands`, 'the global PUT');
    expect(put.body).toEqual(EXPECTED_COMMANDS);
    expect(result.scope).toBe('global');
    expect(text()).toContain('globally');
    expect(text()).toContain(INVITE);
  });

  test('a malformed guild id is refused before calling Discord', async () => {
    const before = fake.calls.length;
    await expect(registerDiscordCommands({ token: TOKEN, applicationId: APP_ID, guildId: 'my-server', apiUrl: fake.apiUrl }, collect().out)).rejects.toThrow(
      /guild: expected a server id/,
    );
    expect(fake.calls.length).toBe(before);
  });

  test('a rejected token fails with Discord\'s error, not the token', async () => {
    const wrong = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.GwRoNg.wrong-token-third-part-0123456789abcdef';
    const error = await registerDiscordCommands({ token: wrong, applicationId: APP_ID, apiUrl: fake.apiUrl }, collect().out).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/401|Unauthorized/);
    expect((error as Error).message).not.toContain(wrong);
  });
});

describe('adapter lifecycle', () => {
  test('DISCORD_MESSAGE_CONTENT=true adds the privileged MessageContent intent', async () => {
    const own = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
    const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: own.apiUrl, DISCORD_MESSAGE_CONTENT: 'true' });
    const adapter = createDiscordAdapter({ bot: createBot({ knowledge: () => { throw new Error('not used'); } }), config });
    try {
      await adapter.start();
      expect((await own.identified).intents).toBe(1 | 512 | 4096 | 32768);
    } finally {
      await adapter.stop();
      await own.close();
    }
  });

  test('stop() lets a reply in flight finish before disconnecting', async () => {
    const own = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
    const kb = (() => {
      const loaded = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'));
      if (!loaded.ok) throw new Error('knowledge does not load');
      return createKnowledgeBase(loaded.knowledge);
    })();
    const errors: string[] = [];
    const logger = { info() {}, warn() {}, error: (_f: Record<string, unknown>, m: string) => errors.push(m) };
    const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: own.apiUrl });
    const adapter = createDiscordAdapter({ bot: createBot({ knowledge: () => kb }), config, logger });
    try {
      await adapter.start();
      const msg = own.message({ content: `<@${own.botUser.id}> Where is the deposit?`, mentions: [own.botUser] });
      const isReply = (c: RecordedCall) => c.body?.message_reference?.message_id === msg.id;
      const held = own.holdNext(isReply);
      own.dispatch('MESSAGE_CREATE', msg);
      await held.arrived;

      let stopped = false;
      const stopping = adapter.stop().then(() => (stopped = true));
      // The gateway still answers after stop() began: the client waits for the reply in flight.
      await own.requestHeartbeat();
      expect(stopped).toBe(false);

      held.release();
      await stopping;
      await own.gatewayClosed;
      expect(own.calls.filter(isReply)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await adapter.stop();
      await own.close();
    }
  });

  test('stop() stops waiting for a reply in flight after drainTimeoutMs, and says so', async () => {
    const own = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
    const kb = (() => {
      const loaded = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'));
      if (!loaded.ok) throw new Error('knowledge does not load');
      return createKnowledgeBase(loaded.knowledge);
    })();
    const warnings: { fields: Record<string, unknown>; message: string }[] = [];
    const logger = { info() {}, warn: (fields: Record<string, unknown>, message: string) => warnings.push({ fields, message }), error() {} };
    const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: own.apiUrl });
    const adapter = createDiscordAdapter({ bot: createBot({ knowledge: () => kb }), config, logger, drainTimeoutMs: 100 });
    const msg = own.message({ content: `<@${own.botUser.id}> Where is the deposit?`, mentions: [own.botUser] });
    const held = own.holdNext((c: RecordedCall) => c.body?.message_reference?.message_id === msg.id);
    try {
      await adapter.start();
      own.dispatch('MESSAGE_CREATE', msg);
      await held.arrived;
      const started = performance.now();
      // The reply is never let through before stop() returns: only the drain timeout can end the wait.
      await adapter.stop();
      expect(performance.now() - started).toBeLessThan(DRAIN_TIMEOUT_MS);
      expect(warnings).toContainEqual({ fields: { inFlight: 1 }, message: 'discord: stopped waiting for replies in flight' });
    } finally {
      held.release();
      await adapter.stop();
      await own.close();
    }
  });

  test('a token Discord rejects makes start() fail clearly, without the token in the message', async () => {
    const wrong = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.GwRoNg.wrong-token-third-part-0123456789abcdef';
    const config = discordConfigFromEnv({ DISCORD_TOKEN: wrong, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    const adapter = createDiscordAdapter({ bot: createBot({ knowledge: () => { throw new Error('not used'); } }), config });
    const error = await adapter.start().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Discord login failed: .*invalid token/i);
    expect((error as Error).message).not.toContain(wrong);
    await adapter.stop();
  });
});
