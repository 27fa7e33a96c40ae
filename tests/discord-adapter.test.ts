/**
 * End-to-end: the real discord.js client, started as the product starts it
 * (config from environment variables, DISCORD_API_URL pointing at a fake
 * Discord on 127.0.0.1), answering with the real bot over the real knowledge.
 * Assertions are on the exact REST payloads Discord would receive.
 *
 * No sleeps: each step waits for the REST call it expects (bounded timeout).
 * "Ignored" is proven by ordering: a probe message sent afterwards in the same
 * channel is answered, and discord.js sends one channel's messages in order.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordAdapter, discordConfigFromEnv } from '../adapters/discord/index.ts';
import type { Adapter } from '../src/adapter.ts';
import { createBot, type AskContext, type Bot, type Vote } from '../src/bot.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/engine/answer.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { confidenceLabel, type FactReply, type Reply } from '../src/reply.ts';
import { snowflake, startFakeDiscord, type FakeDiscord, type RecordedCall } from './fakes/discord.ts';

const TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-third-part-0123456789abcdef';
const APP_ID = '1299999999999999999';
const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';
const GREEN = 0x2ecc71;
const ORANGE = 0xe67e22;
const BLURPLE = 0x5865f2;
const NO_MENTIONS = { parse: [], replied_user: false };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function loadKb(): KnowledgeBase {
  const loaded = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'));
  if (!loaded.ok) throw new Error(`knowledge does not load: ${JSON.stringify(loaded.errors)}`);
  return createKnowledgeBase(loaded.knowledge);
}

const kb = loadKb();
/** A second bot over the same knowledge: what the adapter should have answered. */
const oracle = createBot({ knowledge: () => kb });
const expectFact = (question: string): FactReply => {
  const reply = oracle.ask(question, { platform: 'discord' }).reply;
  if (reply.kind !== 'fact') throw new Error(`expected "${question}" to match a fact, got ${reply.kind}`);
  // The expected embeds below use the answer verbatim, so it must contain no markdown to escape.
  expect(reply.answer).not.toMatch(/[*_`~|\\[\]]/);
  return reply;
};

// The real bot, observed: records what the adapter asks, and throws on demand
// to check that one failing answer only costs that user an apology.
const real = createBot({ knowledge: () => kb });
const asked: { question: string; ctx: AskContext }[] = [];
const votes: { answerId: string; vote: Vote; ctx: AskContext; known: boolean }[] = [];
const bot: Bot = {
  ...real,
  ask(question, ctx) {
    asked.push({ question, ctx });
    if (question.includes('EXPLODE')) throw new Error('engine exploded');
    return real.ask(question, ctx);
  },
  askFact: (factId, ctx) => real.askFact(factId, ctx),
  feedback(answerId, vote, ctx) {
    const known = real.feedback(answerId, vote, ctx);
    votes.push({ answerId, vote, ctx, known });
    return known;
  },
};

const logs: { level: string; fields: Record<string, unknown>; message: string }[] = [];
const logger = {
  info: (fields: Record<string, unknown>, message: string) => logs.push({ level: 'info', fields, message }),
  warn: (fields: Record<string, unknown>, message: string) => logs.push({ level: 'warn', fields, message }),
  error: (fields: Record<string, unknown>, message: string) => logs.push({ level: 'error', fields, message }),
};

let fake: FakeDiscord;
let adapter: Adapter;
let startMs = 0;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
  const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl };
  adapter = createDiscordAdapter({ bot, config: discordConfigFromEnv(env), logger });
  const t = performance.now();
  await adapter.start();
  startMs = performance.now() - t;
});

afterAll(async () => {
  // The client first, so it does not try to reconnect to a fake that is gone.
  await adapter?.stop();
  await fake?.close();
});

// ---- helpers ------------------------------------------------------------

const replyTo = (message: Record<string, unknown>) => (c: RecordedCall) =>
  c.method === 'POST' && c.body?.message_reference?.message_id === message.id;

const callbackOf = (interaction: Record<string, unknown>) => (c: RecordedCall) =>
  c.method === 'POST' && c.path === `/interactions/${interaction.id as string}/${interaction.token as string}/callback`;

const mention = (text: string) => `<@${fake.botUser.id}> ${text}`;

function askCommand(question: string, isPrivate?: boolean) {
  return {
    id: snowflake(),
    name: 'ask',
    type: 1,
    options: [
      { name: 'question', type: 3, value: question },
      ...(isPrivate === undefined ? [] : [{ name: 'private', type: 5, value: isPrivate }]),
    ],
  };
}

/** The embed the adapter must post for a fact, written out by hand. */
function factEmbed(reply: FactReply, title: string) {
  return {
    color: GREEN,
    title,
    description: reply.answer,
    footer: { text: `Source: ${reply.source.title} · ¶ ${reply.source.paragraphs.join(', ')} · ${confidenceLabel(reply.confidence)} confidence` },
  };
}

function factComponents(reply: Reply) {
  return [
    {
      type: 1,
      components: reply.related.map((r) => ({ type: 2, style: 2, label: r.question, custom_id: `factbot:fact:${r.id}` })),
    },
    {
      type: 1,
      components: [
        { type: 2, style: 2, emoji: { name: '👍' }, label: 'Helpful', custom_id: expect.stringMatching(/^factbot:vote:up:/) },
        { type: 2, style: 2, emoji: { name: '👎' }, label: 'Not helpful', custom_id: expect.stringMatching(/^factbot:vote:down:/) },
      ],
    },
  ];
}

/** Sends a message, then waits for the bot's reply to it. */
async function sendAndWaitReply(message: Record<string, unknown>, what: string): Promise<RecordedCall> {
  fake.dispatch('MESSAGE_CREATE', message);
  return fake.waitForCall(replyTo(message), what);
}

// ---- start-up ---------------------------------------------------------------

describe('start-up', () => {
  test('connects with the minimal intents over plain JSON, via DISCORD_API_URL', async () => {
    const identify = await fake.identified;
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096); no privileged MessageContent.
    expect(identify.intents).toBe(1 | 512 | 4096);
    expect(identify.token).toBe(TOKEN);
    expect(fake.gatewayQueries).toEqual([{ v: '10', encoding: 'json' }]);
    const gateway = await fake.waitForCall((c) => c.path === '/gateway/bot', 'GET /gateway/bot');
    expect(gateway).toMatchObject({ method: 'GET', authorization: `Bot ${TOKEN}` });
    expect(startMs).toBeLessThan(5_000);
  });
});

// ---- messages ----------------------------------------------------------------

describe('mentions, DMs and replies', () => {
  let answerMessage: Record<string, unknown>;
  let answerCall: RecordedCall;

  test('a mention gets an embed reply referencing the message, with related and feedback buttons', async () => {
    const expected = expectFact('Where is the deposit?');
    const msg = fake.message({ content: mention('Where is the deposit?'), mentions: [fake.botUser] });
    answerCall = await sendAndWaitReply(msg, 'the reply to a mention');

    expect(answerCall.path).toBe(`/channels/${fake.channelId}/messages`);
    expect(answerCall.authorization).toBe(`Bot ${TOKEN}`);
    expect(answerCall.body).toEqual({
      tts: false,
      enforce_nonce: false,
      embeds: [factEmbed(expected, 'Where is the deposit?')],
      components: factComponents(expected),
      message_reference: { message_id: msg.id, fail_if_not_exists: false },
      allowed_mentions: NO_MENTIONS,
    });
    // Both votes point at the same answer id, the one the bot handed out.
    const [up, down] = answerCall.body.components[1].components.map((b: { custom_id: string }) => b.custom_id.split(':').pop());
    expect(up).toMatch(UUID);
    expect(down).toBe(up);
    // In a server channel each person has their own conversation (follow-ups, issue 16).
    expect(asked.at(-1)).toEqual({ question: 'Where is the deposit?', ctx: { platform: 'discord', userId: fake.alice.id, channelKind: 'channel', conversationId: `${fake.channelId}:${fake.alice.id}` } });
    answerMessage = fake.postedMessage(answerCall);
  });

  test('a DM gets a reply in the DM, no mention needed', async () => {
    const dm = snowflake();
    const expected = expectFact('When was the deposit discovered?');
    const msg = fake.message({ content: 'When was the deposit discovered?', dmChannelId: dm });
    const call = await sendAndWaitReply(msg, 'the reply to a DM');
    expect(call.path).toBe(`/channels/${dm}/messages`);
    expect(call.body).toEqual({
      tts: false,
      enforce_nonce: false,
      embeds: [factEmbed(expected, 'When was the deposit discovered?')],
      components: factComponents(expected),
      message_reference: { message_id: msg.id, fail_if_not_exists: false },
      allowed_mentions: NO_MENTIONS,
    });
    expect(asked.at(-1)?.ctx).toEqual({ platform: 'discord', userId: fake.alice.id, channelKind: 'dm', conversationId: dm });
  });

  test('a reply to one of the bot\'s answers is a new question, without a mention', async () => {
    const expected = expectFact('Will Turkey build a refinery?');
    const msg = fake.message({ content: 'Will Turkey build a refinery?', replyTo: answerMessage });
    const call = await sendAndWaitReply(msg, 'the reply to a reply');
    expect(call.body.embeds).toEqual([factEmbed(expected, 'Will Turkey build a refinery?')]);
    expect(call.body.allowed_mentions).toEqual(NO_MENTIONS);
  });

  test('a follow-up in a DM is read with the question before it; the reading is a subtext line above the embed', async () => {
    const dm = snowflake();
    await sendAndWaitReply(fake.message({ content: 'who is leading the delegation to China?', dmChannelId: dm }), 'the first answer in a DM');
    const call = await sendAndWaitReply(fake.message({ content: 'and when?', dmChannelId: dm }), 'the follow-up in a DM');
    expect(call.body.content).toBe('-# Reading this as: when is the delegation to China?');
    expect(call.body.embeds[0]).toMatchObject({ color: GREEN, title: 'and when?', description: expectFact('when is the delegation to China?').answer });
    expect(call.body.allowed_mentions).toEqual(NO_MENTIONS);
  });

  test('in a server channel each person has their own conversation', async () => {
    await sendAndWaitReply(fake.message({ content: mention('who is leading the delegation to China?'), mentions: [fake.botUser] }), 'the first answer in a channel');
    const mine = await sendAndWaitReply(fake.message({ content: mention('and when?'), mentions: [fake.botUser] }), 'the follow-up of the same person');
    expect(mine.body.content).toBe('-# Reading this as: when is the delegation to China?');
    // Someone else's "and when?" in the same channel is read on its own.
    const bob = { id: snowflake(), username: 'bob', discriminator: '0', global_name: null, avatar: null };
    const theirs = await sendAndWaitReply(fake.message({ content: mention('and when?'), mentions: [fake.botUser], author: bob }), 'the same words from another person');
    expect(theirs.body.content).toBeUndefined();
  });

  test('a mention in a thread is answered in the thread', async () => {
    const msg = fake.message({ content: mention('Where is the deposit?'), mentions: [fake.botUser], channelId: fake.threadId });
    const call = await sendAndWaitReply(msg, 'the reply in a thread');
    expect(call.path).toBe(`/channels/${fake.threadId}/messages`);
    expect(asked.at(-1)?.ctx.channelKind).toBe('thread');
  });

  test('a mention of the bot\'s managed role counts as a mention (Discord\'s menu offers both)', async () => {
    const msg = fake.message({ content: `<@&${fake.botRoleId}> Where is the deposit?`, mentionRoles: [fake.botRoleId] });
    const call = await sendAndWaitReply(msg, 'the reply to a role mention');
    expect(call.body.embeds[0]).toMatchObject({ color: GREEN, title: 'Where is the deposit?' });
  });

  test('@everyone, @here, roles and users in the question ping nobody', async () => {
    const text = mention(`@everyone @here <@&${fake.guildId}> <@${fake.alice.id}> where is the deposit?`);
    const msg = fake.message({ content: text, mentions: [fake.botUser, fake.alice], mentionEveryone: true });
    const call = await sendAndWaitReply(msg, 'the reply to an @everyone message');
    expect(call.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(call.body.content).toBeUndefined();
    // The question is echoed in the embed title only (titles never ping); broadcasts and mentions are no part of it.
    expect(call.body.embeds[0].title).toBe('where is the deposit?');
  });

  test('a question outside the knowledge gets the polite fallback with "did you mean" buttons', async () => {
    const expected = oracle.ask('What is the capital of France?', { platform: 'discord' }).reply;
    expect(expected.kind).toBe('none');
    const msg = fake.message({ content: mention('What is the capital of France?'), mentions: [fake.botUser] });
    const call = await sendAndWaitReply(msg, 'the fallback');
    expect(call.body.embeds).toEqual([
      { color: ORANGE, title: 'What is the capital of France?', description: expected.answer, footer: { text: 'No matching fact. Did you mean one of these?' } },
    ]);
    expect(call.body.components).toEqual([
      { type: 1, components: expected.suggestions.map((s) => ({ type: 2, style: 1, label: s, custom_id: `factbot:ask:${s}` })) },
    ]);
  });

  test('ignores other bots, itself, and channel messages not addressed to it', async () => {
    const fromBot = fake.message({ content: mention('Where is the deposit?'), author: fake.otherBot, mentions: [fake.botUser] });
    const fromSelf = fake.message({ content: mention('Where is the deposit?'), author: fake.botUser, mentions: [fake.botUser] });
    const notForUs = fake.message({ content: 'Where is the deposit?' });
    const everyoneOnly = fake.message({ content: '@everyone where is the deposit?', mentionEveryone: true });
    for (const m of [fromBot, fromSelf, notForUs, everyoneOnly]) fake.dispatch('MESSAGE_CREATE', m);
    const probe = fake.message({ content: mention('Where is the deposit?'), mentions: [fake.botUser] });
    await sendAndWaitReply(probe, 'the reply to the probe');
    for (const m of [fromBot, fromSelf, notForUs, everyoneOnly]) expect(fake.calls.some(replyTo(m))).toBe(false);
  });

  test('a failure while answering gets that user an apology, and the bot keeps answering', async () => {
    const msg = fake.message({ content: mention('EXPLODE please'), mentions: [fake.botUser] });
    const call = await sendAndWaitReply(msg, 'the apology');
    expect(call.body).toEqual({
      content: APOLOGY,
      tts: false,
      enforce_nonce: false,
      embeds: [],
      components: [],
      message_reference: { message_id: msg.id, fail_if_not_exists: false },
      allowed_mentions: NO_MENTIONS,
    });
    expect(logs.some((l) => l.level === 'error' && String(l.fields.error).includes('engine exploded'))).toBe(true);
    const next = fake.message({ content: mention('Where is the deposit?'), mentions: [fake.botUser] });
    const after = await sendAndWaitReply(next, 'an answer after the failure');
    expect(after.body.embeds[0].color).toBe(GREEN);
  });

  test('when Discord refuses the answer, the user still gets the apology', async () => {
    const msg = fake.message({ content: mention('Where is the deposit?'), mentions: [fake.botUser] });
    fake.failNext(replyTo(msg), 403);
    fake.dispatch('MESSAGE_CREATE', msg);
    await fake.waitForCall((c) => replyTo(msg)(c) && c.body.content === APOLOGY, 'the apology after a 403');
    const attempts = fake.calls.filter(replyTo(msg));
    expect(attempts.map((c) => (c.body.embeds.length ? 'answer' : 'apology'))).toEqual(['answer', 'apology']);
  });
});

// ---- interactions ------------------------------------------------------------

describe('slash commands, autocomplete and buttons', () => {
  test('/ask answers publicly with callback type 4, without an Authorization header', async () => {
    const expected = expectFact('Where is the deposit?');
    const interaction = fake.interaction({ type: 2, data: askCommand('Where is the deposit?') });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction), '/ask callback');
    expect(call.authorization).toBeUndefined();
    expect(call.query).toEqual({ with_response: 'false' });
    expect(call.body).toEqual({
      type: 4,
      data: {
        tts: false,
        enforce_nonce: false,
        embeds: [factEmbed(expected, 'Where is the deposit?')],
        components: factComponents(expected),
        allowed_mentions: NO_MENTIONS,
      },
    });
    // The interaction's locale travels with the question (it decides the reply's language when the question does not).
    expect(asked.at(-1)?.ctx).toEqual({ platform: 'discord', userId: fake.alice.id, channelKind: 'slash', conversationId: `${fake.channelId}:${fake.alice.id}`, locale: 'en-US' });
  });

  test('/ask private:true answers ephemerally (flag 64)', async () => {
    const interaction = fake.interaction({ type: 2, data: askCommand('Where is the deposit?', true) });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction), '/ask private callback');
    expect(call.body.type).toBe(4);
    expect(call.body.data.flags).toBe(64);
    expect(call.body.data.allowed_mentions).toEqual(NO_MENTIONS);
  });

  test('/ask in a DM works too', async () => {
    const interaction = fake.interaction({ type: 2, data: askCommand('Where is the deposit?'), dmChannelId: snowflake() });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction), '/ask in a DM');
    expect(call.body.data.embeds[0].color).toBe(GREEN);
  });

  test('/ask help and /about say what the bot knows, with example buttons', async () => {
    const help = oracle.help();
    const expectedData = {
      tts: false,
      enforce_nonce: false,
      embeds: [{ color: BLURPLE, description: help.answer }],
      components: [{ type: 1, components: help.suggestions.map((s) => ({ type: 2, style: 1, label: s, custom_id: `factbot:ask:${s}` })) }],
      allowed_mentions: NO_MENTIONS,
    };
    const viaAsk = fake.interaction({ type: 2, data: askCommand('help') });
    const viaAbout = fake.interaction({ type: 2, data: { id: snowflake(), name: 'about', type: 1 } });
    fake.dispatch('INTERACTION_CREATE', viaAsk);
    fake.dispatch('INTERACTION_CREATE', viaAbout);
    const [a, b] = await Promise.all([
      fake.waitForCall(callbackOf(viaAsk), '/ask help'),
      fake.waitForCall(callbackOf(viaAbout), '/about'),
    ]);
    expect(a.body).toEqual({ type: 4, data: expectedData });
    expect(b.body).toEqual({ type: 4, data: expectedData });
  });

  test('every form of the Bot\'s help rule gets the help, by /ask, a mention or a DM, and none is asked as a question', async () => {
    const help = oracle.help();
    const embeds = [{ color: BLURPLE, description: help.answer }];
    const components = [{ type: 1, components: help.suggestions.map((s) => ({ type: 2, style: 1, label: s, custom_id: `factbot:ask:${s}` })) }];
    const askedBefore = asked.length;
    for (const text of ['?', 'About', 'HELP!', '/help']) {
      const interaction = fake.interaction({ type: 2, data: askCommand(text) });
      fake.dispatch('INTERACTION_CREATE', interaction);
      const call = await fake.waitForCall(callbackOf(interaction), `/ask ${text}`);
      expect(call.body.data).toMatchObject({ embeds, components });
    }
    const inChannel = fake.message({ content: mention('help?'), mentions: [fake.botUser] });
    const byMention = await sendAndWaitReply(inChannel, 'the reply to "@bot help?"');
    // The help, with its example buttons and no 👍/👎 (nothing was asked, there is nothing to rate).
    expect(byMention.body).toMatchObject({ embeds, components });
    const inDm = fake.message({ content: 'about', dmChannelId: snowflake() });
    expect((await sendAndWaitReply(inDm, 'the reply to a DM "about"')).body).toMatchObject({ embeds, components });
    expect(asked.slice(askedBefore)).toEqual([]);
  });

  test('autocomplete offers up to 25 known questions within 100 characters, well inside 3 seconds', async () => {
    for (const typed of ['wh', '', 'refinery']) {
      const interaction = fake.interaction({
        type: 4,
        data: { id: snowflake(), name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: typed, focused: true }] },
      });
      const t = performance.now();
      fake.dispatch('INTERACTION_CREATE', interaction);
      const call = await fake.waitForCall(callbackOf(interaction), `autocomplete for "${typed}"`);
      const ms = performance.now() - t;
      expect(ms).toBeLessThan(1_000);
      const suggestions = oracle.suggest(typed, 25);
      expect(suggestions.length).toBeGreaterThan(0);
      expect(call.body).toEqual({ type: 8, data: { choices: suggestions.map((q) => ({ name: q, value: q })) } });
      expect(call.body.data.choices.length).toBeLessThanOrEqual(25);
      for (const c of call.body.data.choices) expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  test('a related-question button answers that fact, visible to the clicker only', async () => {
    const msg = fake.message({ content: mention('Where is the deposit?'), mentions: [fake.botUser] });
    const posted = await sendAndWaitReply(msg, 'an answer with buttons');
    const related = posted.body.components[0].components[0] as { custom_id: string; label: string };
    const factId = related.custom_id.replace('factbot:fact:', '');
    const expected = oracle.askFact(factId, { platform: 'discord' }).reply as FactReply;

    const click = fake.interaction({ type: 3, data: { custom_id: related.custom_id, component_type: 2 }, message: fake.postedMessage(posted) });
    fake.dispatch('INTERACTION_CREATE', click);
    const call = await fake.waitForCall(callbackOf(click), 'the related-question callback');
    expect(call.authorization).toBeUndefined();
    expect(call.body).toEqual({
      type: 4,
      data: {
        tts: false,
        enforce_nonce: false,
        embeds: [factEmbed(expected, expected.question)],
        components: factComponents(expected),
        allowed_mentions: NO_MENTIONS,
        flags: 64,
      },
    });
    expect(expected.factId).toBe(factId);
  });

  test('a "did you mean" button asks that question', async () => {
    const msg = fake.message({ content: mention('What is the capital of France?'), mentions: [fake.botUser] });
    const posted = await sendAndWaitReply(msg, 'a fallback with buttons');
    const button = posted.body.components[0].components[0] as { custom_id: string; label: string };
    const click = fake.interaction({ type: 3, data: { custom_id: button.custom_id, component_type: 2 }, message: fake.postedMessage(posted) });
    fake.dispatch('INTERACTION_CREATE', click);
    const call = await fake.waitForCall(callbackOf(click), 'the did-you-mean callback');
    expect(call.body.data.flags).toBe(64);
    expect(call.body.data.embeds[0]).toMatchObject({ color: GREEN, title: button.label });
  });

  test('a feedback button calls bot.feedback and acknowledges the clicker', async () => {
    const msg = fake.message({ content: mention('Where is the deposit?'), mentions: [fake.botUser] });
    const posted = await sendAndWaitReply(msg, 'an answer to vote on');
    const down = posted.body.components[1].components[1] as { custom_id: string };
    const answerId = down.custom_id.split(':').pop();
    const click = fake.interaction({ type: 3, data: { custom_id: down.custom_id, component_type: 2 }, message: fake.postedMessage(posted) });
    fake.dispatch('INTERACTION_CREATE', click);
    const call = await fake.waitForCall(callbackOf(click), 'the feedback callback');
    expect(call.body).toEqual({
      type: 4,
      data: {
        content: 'Thanks for the 👎, the maintainers will look at this answer.',
        tts: false,
        enforce_nonce: false,
        embeds: [],
        components: [],
        allowed_mentions: NO_MENTIONS,
        flags: 64,
      },
    });
    expect(votes.at(-1)).toEqual({ answerId, vote: 'down', known: true, ctx: { platform: 'discord', userId: fake.alice.id, channelKind: 'channel', conversationId: `${fake.channelId}:${fake.alice.id}`, locale: 'en-US' } });
  });

  test('a vote on an unknown answer is acknowledged without being counted', async () => {
    const someMessage = fake.postedMessage(fake.calls.find((c) => c.path.endsWith('/messages'))!);
    const click = fake.interaction({ type: 3, data: { custom_id: 'factbot:vote:up:00000000-0000-4000-8000-000000000000', component_type: 2 }, message: someMessage });
    fake.dispatch('INTERACTION_CREATE', click);
    const call = await fake.waitForCall(callbackOf(click), 'the stale-vote callback');
    expect(call.body.data).toMatchObject({ content: expect.stringMatching(/too old/), flags: 64 });
    expect(votes.at(-1)?.known).toBe(false);
  });

  test('a button this version does not know gets a polite ephemeral notice', async () => {
    const someMessage = fake.postedMessage(fake.calls.find((c) => c.path.endsWith('/messages'))!);
    const click = fake.interaction({ type: 3, data: { custom_id: 'factbot:retired:thing', component_type: 2 }, message: someMessage });
    fake.dispatch('INTERACTION_CREATE', click);
    const call = await fake.waitForCall(callbackOf(click), 'the unknown-button callback');
    expect(call.body.data).toMatchObject({ content: 'This button no longer works. Ask again with /ask.', flags: 64, allowed_mentions: NO_MENTIONS });
  });

  test('a failing /ask gets an ephemeral apology', async () => {
    const interaction = fake.interaction({ type: 2, data: askCommand('EXPLODE') });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction), 'the /ask apology');
    expect(call.body).toEqual({
      type: 4,
      data: { content: APOLOGY, tts: false, enforce_nonce: false, embeds: [], components: [], allowed_mentions: NO_MENTIONS, flags: 64 },
    });
  });
});

describe('logs', () => {
  test('never contain the bot token or an interaction token', () => {
    const text = JSON.stringify(logs);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toMatch(/interaction-token-/);
    expect(logs.some((l) => l.message === 'discord: connected')).toBe(true);
  });
});
