/**
 * Reliability of the Discord adapter with the real discord.js against the fake
 * Discord on 127.0.0.1: the rate limit (one "slow down", then silence; slash
 * commands always answered, privately), a failing handler, REST 429s, gateway
 * loss (resumed, re-identified, events missed while down replayed and answered
 * once), and hostile input end to end.
 *
 * "Ignored" is proven by ordering, as in discord-adapter.test.ts: a probe
 * sent afterwards in the same channel is answered, and discord.js sends one
 * channel's messages in order. The rate limit's clock is injected.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordAdapter, discordConfigFromEnv } from '../adapters/discord/index.ts';
import type { Adapter } from '../src/adapter.ts';
import { createBot, type Bot } from '../src/bot.ts';
import { userHash } from '../src/log.ts';
import { createRateGate } from '../src/ratelimit.ts';
import { snowflake, startFakeDiscord, type FakeDiscord, type RecordedCall } from './fakes/discord.ts';
import { loadRealKnowledge } from './fakes/slackHarness.ts';

const TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMg.GrElIa.reliability-token-third-part-abcdef012345';
const APP_ID = '1299999999999999998';
const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';
const NO_MENTIONS = { parse: [], replied_user: false };
const GREEN = 0x2ecc71;

const kb = loadRealKnowledge();
const real = createBot({ knowledge: () => kb });
const bot: Bot = {
  ...real,
  ask(question, ctx) {
    if (question.includes('EXPLODE')) throw new Error('engine exploded');
    return real.ask(question, ctx);
  },
};

const logs: { level: string; fields: Record<string, unknown>; message: string }[] = [];
const keep = (level: string) => (fields: Record<string, unknown>, message: string) => logs.push({ level, fields, message });
const logger = { info: keep('info'), warn: keep('warn'), error: keep('error') };

// 3 questions per minute per person, 6 public answers per minute per channel.
let now = 0;
const gate = createRateGate({ user: { capacity: 3, windowMs: 60_000 }, channel: { capacity: 6, windowMs: 60_000 }, now: () => now });

let fake: FakeDiscord;
let adapter: Adapter;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
  const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
  adapter = createDiscordAdapter({ bot, config, logger, rateLimit: gate });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const replyTo = (message: Record<string, unknown>) => (c: RecordedCall) =>
  c.method === 'POST' && c.body?.message_reference?.message_id === message.id && c.status === undefined;
const callbackOf = (interaction: Record<string, unknown>) => (c: RecordedCall) =>
  c.method === 'POST' && c.path === `/interactions/${interaction.id as string}/${interaction.token as string}/callback`;
const mention = (text: string) => `<@${fake.botUser.id}> ${text}`;
const person = (name: string) => ({ id: snowflake(), username: name, discriminator: '0', global_name: null, avatar: null });

/** A mention in a DM channel of its own, so one test's replies never queue behind another's. */
function dmFrom(author: ReturnType<typeof person>, content: string, dmChannelId: string) {
  return fake.message({ content, author, dmChannelId });
}

async function sendAndWaitReply(message: Record<string, unknown>, what: string): Promise<RecordedCall> {
  fake.dispatch('MESSAGE_CREATE', message);
  return fake.waitForCall(replyTo(message), what);
}

function askCommand(question: string, user: ReturnType<typeof person>, isPrivate = false) {
  return fake.interaction({
    type: 2,
    user,
    data: { id: snowflake(), name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }, { name: 'private', type: 5, value: isPrivate }] },
  });
}

describe('rate limits', () => {
  test('a flood of messages: answers up to the limit, one "slow down", then silence', async () => {
    const spammer = person('spammer');
    const dm = snowflake();
    const flood = Array.from({ length: 6 }, () => dmFrom(spammer, 'Where is the deposit?', dm));
    for (const m of flood) fake.dispatch('MESSAGE_CREATE', m);
    // Someone else in a DM of their own, afterwards: once answered, the flood has been handled.
    const probe = dmFrom(person('probe'), 'Where is the deposit?', dm);
    await sendAndWaitReply(probe, 'the probe after the flood');
    const replies = flood.map((m) => fake.calls.filter(replyTo(m)));
    expect(replies.map((r) => r.length)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(replies.slice(0, 3).every((r) => r[0]!.body.embeds[0].color === GREEN)).toBe(true);
    expect(replies[3]![0]!.body).toMatchObject({
      content: expect.stringMatching(/^You're asking faster than I can keep up with\. Please wait about 20 seconds/),
      embeds: [],
      allowed_mentions: NO_MENTIONS,
    });

    // A token back: answered again, and no second notice in the same burst.
    now += 20_000;
    const again = [dmFrom(spammer, 'Where is the deposit?', dm), dmFrom(spammer, 'Where is the deposit?', dm)];
    await sendAndWaitReply(again[0]!, 'the answer once a token is back');
    fake.dispatch('MESSAGE_CREATE', again[1]);
    await sendAndWaitReply(dmFrom(person('probe2'), 'Where is the deposit?', dm), 'a second probe');
    expect(fake.calls.filter(replyTo(again[1]!))).toHaveLength(0);
  });

  test('a busy channel: mentions from many people are limited per channel; a DM still works', async () => {
    const people = Array.from({ length: 8 }, (_, i) => person(`busy${i}`));
    const msgs = people.map((p) => fake.message({ content: mention('Where is the deposit?'), author: p, mentions: [fake.botUser], channelId: fake.threadId }));
    for (const m of msgs) fake.dispatch('MESSAGE_CREATE', m);
    const probe = fake.message({ content: mention('hi'), author: person('probe3'), mentions: [fake.botUser], channelId: fake.channelId });
    await sendAndWaitReply(probe, 'a probe in another channel');
    // Wait for each of the seven replies (an answer waits a moment longer than a notice: it may look up its conversation).
    for (const [i, m] of msgs.slice(0, 7).entries()) await fake.waitForCall(replyTo(m), i === 6 ? 'the channel notice' : `the answer to mention ${i + 1}`);
    const counts = msgs.map((m) => fake.calls.filter(replyTo(m)).length);
    expect(counts.slice(0, 7)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(fake.calls.find(replyTo(msgs[6]!))!.body.content).toMatch(/^Lots of questions in this channel right now/);
    const dm = dmFrom(people[7]!, 'Where is the deposit?', snowflake());
    const dmReply = await sendAndWaitReply(dm, 'the DM of someone refused in the busy channel');
    expect(dmReply.body.embeds[0].color).toBe(GREEN);
    expect(fake.calls.filter(replyTo(msgs[7]!))).toHaveLength(0);
  });

  test('/ask over the limit is always answered within the interaction, privately', async () => {
    const user = person('commander');
    const callbacks = [];
    for (let i = 0; i < 5; i++) {
      const interaction = askCommand('Where is the deposit?', user);
      fake.dispatch('INTERACTION_CREATE', interaction);
      callbacks.push(await fake.waitForCall(callbackOf(interaction), `/ask #${i + 1}`));
    }
    expect(callbacks.slice(0, 3).map((c) => c.body.data.flags)).toEqual([undefined, undefined, undefined]);
    for (const c of callbacks.slice(3)) {
      expect(c.body).toMatchObject({ type: 4, data: { content: expect.stringMatching(/asking faster/), flags: 64, allowed_mentions: NO_MENTIONS } });
    }
  });

  test('feedback buttons are never limited; question buttons are', async () => {
    const user = person('clicker');
    const dm = snowflake();
    const answer = await sendAndWaitReply(dmFrom(user, 'Where is the deposit?', dm), 'an answer to click on');
    for (let i = 0; i < 2; i++) await sendAndWaitReply(dmFrom(user, 'Where is the deposit?', dm), 'using up tokens');
    const [related] = answer.body.components[0].components as { custom_id: string }[];
    const [up] = answer.body.components[1].components as { custom_id: string }[];
    const message = fake.postedMessage(answer);
    const click = (customId: string) => {
      const interaction = fake.interaction({ type: 3, user, data: { custom_id: customId, component_type: 2 }, message });
      fake.dispatch('INTERACTION_CREATE', interaction);
      return fake.waitForCall(callbackOf(interaction), `the click on ${customId}`);
    };
    expect((await click(related!.custom_id)).body.data.content).toMatch(/asking faster/);
    expect((await click(up!.custom_id)).body.data.content).toBe('Thanks for the 👍, glad it helped!');
  });
});

describe('faults', () => {
  test('a handler that throws: an apology, a log line with context, and the next person is answered', async () => {
    const user = person('boom');
    const dm = snowflake();
    const call = await sendAndWaitReply(dmFrom(user, 'EXPLODE please', dm), 'the apology');
    expect(call.body.content).toBe(APOLOGY);
    const line = logs.find((l) => l.level === 'error' && String(l.fields.error).includes('engine exploded'));
    expect(line?.fields).toMatchObject({ platform: 'discord', channelKind: 'dm', user: userHash('discord', user.id) });
    expect(JSON.stringify(line)).not.toContain(user.id);
    const next = await sendAndWaitReply(dmFrom(person('after'), 'Where is the deposit?', snowflake()), 'an answer after the failure');
    expect(next.body.embeds[0].color).toBe(GREEN);
  });

  test('REST 429 with Retry-After: discord.js waits, retries, and the reply arrives once', async () => {
    const msg = dmFrom(person('limited'), 'Where is the deposit?', snowflake());
    fake.rateLimitNext((c) => c.method === 'POST' && c.body?.message_reference?.message_id === msg.id, 0.2);
    const started = performance.now();
    const call = await sendAndWaitReply(msg, 'the reply after a 429');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    const attempts = fake.calls.filter((c) => c.method === 'POST' && c.body?.message_reference?.message_id === msg.id);
    expect(attempts.map((c) => c.status ?? 200)).toEqual([429, 200]);
    expect(call.body.embeds[0].color).toBe(GREEN);
  });

  test('a 500 from REST: retried by discord.js, delivered once', async () => {
    const msg = dmFrom(person('flaky'), 'Where is the deposit?', snowflake());
    fake.failNext((c) => c.method === 'POST' && c.body?.message_reference?.message_id === msg.id, 500);
    await sendAndWaitReply(msg, 'the reply after a 500');
    const attempts = fake.calls.filter((c) => c.method === 'POST' && c.body?.message_reference?.message_id === msg.id);
    expect(attempts.map((c) => c.status ?? 200)).toEqual([500, 200]);
  });
});

describe('gateway loss', () => {
  test('closed with a resumable code (4000): the client resumes, gets what it missed, and answers it once', async () => {
    expect(fake.sessions).toEqual([{ kind: 'identify' }]);
    fake.closeGateway(4000, 'unknown error');
    // Sent while the connection is down: Discord keeps it for the resume.
    const missed = dmFrom(person('patient'), 'Where is the deposit?', snowflake());
    fake.dispatch('MESSAGE_CREATE', missed);
    const resumed = await fake.waitForSession('resume', 1);
    expect(resumed.replayed).toBeGreaterThanOrEqual(1);
    const call = await fake.waitForCall(replyTo(missed), 'the reply to the missed message');
    expect(call.body.embeds[0].color).toBe(GREEN);
    const next = await sendAndWaitReply(dmFrom(person('next'), 'When was the deposit discovered?', snowflake()), 'the next message');
    expect(next.body.embeds[0].color).toBe(GREEN);
    expect(fake.calls.filter(replyTo(missed))).toHaveLength(1);
  });

  test('cut without a close frame: the client resumes and answers the next message', async () => {
    fake.dropGateway();
    await fake.waitForSession('resume', 2);
    await sendAndWaitReply(dmFrom(person('after-cut'), 'Where is the deposit?', snowflake()), 'a reply after the cut');
  });

  test('closed normally (1000): the client identifies again and answers the next message', async () => {
    fake.closeGateway(1000, 'going away');
    await fake.waitForSession('identify', 2);
    await sendAndWaitReply(dmFrom(person('after-reidentify'), 'Where is the deposit?', snowflake()), 'a reply after identifying again');
    const interaction = askCommand('Where is the deposit?', person('slash-after'));
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect((await fake.waitForCall(callbackOf(interaction), '/ask after identifying again')).body.type).toBe(4);
  });
});

describe('hostile input end to end', () => {
  const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;

  test('invisible characters never reach the embed, pings stay off, and the answer is the same', async () => {
    const hostile = '\u202EWh\u200Bere\u0007 is the\u2066 dep\u00ADosit? @everyone <@&123456789012345678>\u202C';
    const call = await sendAndWaitReply(dmFrom(person('hostile'), hostile, snowflake()), 'the hostile reply');
    const clean = await sendAndWaitReply(dmFrom(person('plain'), 'Where is the deposit? @everyone <@&123456789012345678>', snowflake()), 'the plain reply');
    expect(JSON.stringify(call.body)).not.toMatch(INVISIBLE);
    expect(call.body.embeds[0].title).toBe(clean.body.embeds[0].title);
    expect(call.body.embeds[0].description).toBe(clean.body.embeds[0].description);
    expect(call.body.allowed_mentions).toEqual(NO_MENTIONS);
  });

  test('a long question is echoed cut to fit the title, never breaking the message', async () => {
    const long = `where is the deposit ${'x\u200B'.repeat(2000)}`;
    const call = await sendAndWaitReply(dmFrom(person('long'), long, snowflake()), 'the reply to a long question');
    expect(call.body.embeds[0].title.length).toBeLessThanOrEqual(256);
    expect(JSON.stringify(call.body)).not.toMatch(INVISIBLE);
  });

  test('logs never contain the bot token or an interaction token', () => {
    const text = JSON.stringify(logs);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toMatch(/interaction-token-/);
  });
});
