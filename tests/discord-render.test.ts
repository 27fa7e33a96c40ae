/**
 * Unit and property tests of the pure Discord rendering: whatever the engine
 * replies, the payload stays within Discord's limits (a single overlong field
 * makes Discord reject the whole message) and never allows a mention.
 */
import { ButtonBuilder, EmbedBuilder, MessageFlags, type APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  LIMITS,
  clip,
  decodeCustomId,
  embedTextLength,
  encodeCustomId,
  extractQuestion,
  renderChoices,
  renderNotice,
  renderReply,
  type ButtonAction,
  type DiscordMessage,
} from '../adapters/discord/render.ts';
import { interactionReplyOptions, messageReplyOptions } from '../adapters/discord/respond.ts';
import type { FactReply, NoneReply, Reply, SmalltalkReply } from '../src/reply.ts';

const fact = (over: Partial<FactReply> = {}): FactReply => ({
  kind: 'fact',
  question: 'Where is the deposit?',
  answer: 'Near Eskişehir.',
  confidence: 0.9,
  factId: 'deposit-location',
  source: { id: 'src', title: 'A report', description: 'd', paragraphs: [2, 5], url: 'https://example.org/r' },
  related: [
    { id: 'deposit-size', question: 'How big is it?' },
    { id: 'deposit-date', question: 'When was it found?' },
  ],
  suggestions: [],
  ...over,
});

const none = (over: Partial<NoneReply> = {}): NoneReply => ({
  kind: 'none',
  reason: 'no-match',
  question: 'capital of France?',
  answer: 'Sorry, I only know about the deposit.',
  confidence: 0,
  related: [],
  suggestions: ['Where is the deposit?', 'How big is it?'],
  ...over,
});

/** Every limit Discord enforces on what the renderer produces, checked independently. */
function assertWithinLimits(msg: DiscordMessage): void {
  expect(msg.allowedMentions.parse).toEqual([]);
  expect(msg.allowedMentions.repliedUser).toBe(false);
  expect(msg.embeds.length).toBeLessThanOrEqual(10);
  for (const embed of msg.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.description?.length ?? 0).toBeGreaterThan(0);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
    expect(embedTextLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    if (embed.url) expect(['http:', 'https:']).toContain(new URL(embed.url).protocol);
    // Cross-check with discord.js's own validators (they throw on a violation).
    const builder = new EmbedBuilder().setDescription(embed.description ?? null);
    if (embed.title) builder.setTitle(embed.title);
    if (embed.footer) builder.setFooter({ text: embed.footer.text });
    expect(builder.length).toBeLessThanOrEqual(LIMITS.embedTotal);
  }
  expect(msg.components.length).toBeLessThanOrEqual(LIMITS.rowsPerMessage);
  const ids = new Set<string>();
  for (const row of msg.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const button of row.components) {
      expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      expect(ids.has(button.custom_id), `duplicate custom id ${button.custom_id}`).toBe(false);
      ids.add(button.custom_id);
      expect(decodeCustomId(button.custom_id)).not.toBeNull();
      if (button.label !== undefined) {
        expect(button.label.length).toBeGreaterThan(0);
        expect(button.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      }
      ButtonBuilder.from(button).toJSON();
      new ButtonBuilder().setCustomId(button.custom_id).setLabel(button.label ?? 'x');
    }
  }
}

// ---- Arbitraries ------------------------------------------------------------

// Text that stresses the renderer: huge, markdown-heavy, mentions, astral characters.
// Huge strings are rarer: escaping thousands of random characters is slow (~0.1 s).
const nasty = fc.oneof(
  { arbitrary: fc.string({ maxLength: 300 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 4 },
  {
    arbitrary: fc.string({ unit: fc.constantFrom('*', '_', '`', '\\', '~', '|', '>', '#', '-', '[', ']', '(', ')', ' ', '\n', 'a', '😀', '@'), maxLength: 400 }),
    weight: 4,
  },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 3000, maxLength: 9000 }), weight: 1 },
  { arbitrary: fc.constantFrom('@everyone hi', '<@&123456789012345678> <@123456789012345678>', '', '   ', 'x'.repeat(5000)), weight: 2 },
);
const id = fc.oneof(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), fc.string({ minLength: 80, maxLength: 140 }));
const related = fc.array(fc.record({ id, question: nasty }), { maxLength: 10 });
const base = {
  question: nasty,
  answer: nasty,
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  related,
  suggestions: fc.array(nasty, { maxLength: 10 }),
};
const replyArb: fc.Arbitrary<Reply> = fc.oneof(
  fc.record({
    ...base,
    kind: fc.constant('fact' as const),
    factId: id,
    source: fc.record({
      id,
      title: nasty,
      description: nasty,
      paragraphs: fc.array(fc.integer({ min: 1, max: 100_000 }), { maxLength: 300 }),
      url: fc.option(fc.oneof(fc.webUrl(), nasty, fc.constant('javascript:alert(1)')), { nil: undefined }),
    }),
  }),
  fc.record({ ...base, kind: fc.constant('smalltalk' as const), intent: id }),
  fc.record({ ...base, kind: fc.constant('none' as const), reason: fc.constantFrom('empty' as const, 'no-match' as const) }),
);

describe('renderReply property', () => {
  test('for any reply the payload stays within Discord limits and never allows mentions', () => {
    fc.assert(
      fc.property(replyArb, fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 120 })), { nil: undefined }), (reply, answerId) => {
        const msg = renderReply(reply, answerId);
        assertWithinLimits(msg);
        // Whatever the payload said, what respond() sends disables mentions.
        const hostile = { ...msg, allowedMentions: { parse: ['everyone'], repliedUser: true } } as unknown as DiscordMessage;
        expect(messageReplyOptions(hostile).allowedMentions).toEqual({ parse: [], repliedUser: false });
        expect(interactionReplyOptions(hostile, false).allowedMentions).toEqual({ parse: [], repliedUser: false });
      }),
      { numRuns: 200 },
    );
  });

  test('custom ids round-trip or are refused, never cut ids', () => {
    const action: fc.Arbitrary<ButtonAction> = fc.oneof(
      fc.record({ type: fc.constant('fact' as const), factId: id }),
      fc.record({ type: fc.constant('vote' as const), vote: fc.constantFrom('up' as const, 'down' as const), answerId: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 120 })) }),
      fc.record({ type: fc.constant('ask' as const), question: nasty }),
    );
    fc.assert(
      fc.property(action, (a) => {
        const encoded = encodeCustomId(a);
        if (encoded === null) return;
        expect(encoded.length).toBeLessThanOrEqual(LIMITS.customId);
        const decoded = decodeCustomId(encoded);
        if (a.type === 'ask') {
          // Questions may be shortened, never lengthened.
          expect(decoded?.type).toBe('ask');
        } else {
          expect(decoded).toEqual(a);
        }
      }),
    );
  });

  test('autocomplete choices: at most 25, names and values within 100, no duplicates', () => {
    fc.assert(
      fc.property(fc.array(nasty, { maxLength: 60 }), (questions) => {
        const choices = renderChoices(questions);
        expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
        expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
          expect(c.value.length).toBeGreaterThan(0);
          expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
        }
      }),
    );
  });
});

describe('renderReply examples', () => {
  test('a message of several questions: an embed per answer, each further one titled with the question it answers, within the 6000-character total', () => {
    const size = fact({ question: 'how big is it?', readingAs: 'how big is the *deposit*?', answer: 'No tonnage given.', factId: 'deposit-size', related: [] });
    const msg = renderReply(fact({ also: [size] }), '6f1c1b7e-0000-4000-8000-000000000000');
    expect(msg.embeds.map((e) => [e.title, e.description])).toEqual([
      ['Where is the deposit?', 'Near Eskişehir.'],
      ['how big is the \\*deposit\\*?', 'No tonnage given.'],
    ]);
    const big = fact({ question: 'q', readingAs: 'q', answer: 'y'.repeat(3000) });
    const full = renderReply(fact({ answer: 'x'.repeat(3000), also: [big, big] }), '6f1c1b7e-0000-4000-8000-000000000000');
    expect(full.embeds.reduce((sum, e) => sum + embedTextLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(full.embeds.length).toBeLessThan(3);
  });

  test('a message of several questions whose first answer is a reading of one of them: that embed is titled with it, not with the whole message', () => {
    const size = fact({ question: 'how big is it?', readingAs: 'how big is the deposit?', answer: 'No tonnage given.', factId: 'deposit-size', related: [] });
    const msg = renderReply(fact({ question: 'where is the deposit 2) how big is it', readingAs: 'where is the _deposit_', also: [size] }), '6f1c1b7e-0000-4000-8000-000000000000');
    expect(msg.embeds.map((e) => e.title)).toEqual(['where is the \\_deposit\\_', 'how big is the deposit?']);
    expect(msg.content).toBeUndefined();
  });

  test('a follow-up: the reading as a subtext line above the embed, markdown escaped; none without one', () => {
    const msg = renderReply(fact({ readingAs: 'when is the *delegation* to China?' }), '6f1c1b7e-0000-4000-8000-000000000000');
    expect(msg.content).toBe('-# Reading this as: when is the \\*delegation\\* to China?');
    expect(msg.allowedMentions).toMatchObject({ parse: [] });
    expect(renderReply(fact(), '6f1c1b7e-0000-4000-8000-000000000000').content).toBeUndefined();
  });

  test('a message of several questions: each question that got no answer as a subtext line, after the reading, escaped', () => {
    const msg = renderReply(fact({ readingAs: 'how big is the deposit?', unanswered: [none({ question: 'who owns *it*?' })] }), '6f1c1b7e-0000-4000-8000-000000000000');
    expect(msg.content).toBe('-# Reading this as: how big is the deposit?\n-# Not in what I know: “who owns \\*it\\*?”');
    expect(renderReply(fact({ unanswered: [none({ question: 'marsın rengi ne?' })], language: 'tr' }), undefined).content).toBe('-# Bildiklerim arasında yanıtı yok: “marsın rengi ne?”');
    // Questions of a long list beyond the ones read: asked for on their own, after the unanswered ones.
    expect(renderReply(fact({ unanswered: [none({ question: 'who owns it?' })], unread: ['and _why_'] }), undefined).content).toBe('-# Not in what I know: “who owns it?”\n-# Ask me this one on its own: “and \\_why\\_”');
  });

  test('a Turkish follow-up: the reading labelled in Turkish', () => {
    const msg = renderReply(fact({ readingAs: '“ya chery?” (“byd fabrika kuruyor mu?” sorusunun devamı olarak)', language: 'tr' }), '6f1c1b7e-0000-4000-8000-000000000000');
    expect(msg.content).toBe('-# Şöyle anladım: “ya chery?” (“byd fabrika kuruyor mu?” sorusunun devamı olarak)');
  });

  test('a fact: embed with title, answer, source footer, link, green; related buttons and 👍/👎', () => {
    const msg = renderReply(fact(), '6f1c1b7e-0000-4000-8000-000000000000');
    expect(msg.embeds).toEqual<APIEmbed[]>([
      {
        color: 0x2ecc71,
        title: 'Where is the deposit?',
        url: 'https://example.org/r',
        description: 'Near Eskişehir.',
        footer: { text: 'Source: A report · ¶ 2, 5 · high confidence' },
      },
    ]);
    expect(msg.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: 'How big is it?', custom_id: 'factbot:fact:deposit-size' },
          { type: 2, style: 2, label: 'When was it found?', custom_id: 'factbot:fact:deposit-date' },
        ],
      },
      {
        type: 1,
        components: [
          { type: 2, style: 2, emoji: { name: '👍' }, label: 'Helpful', custom_id: 'factbot:vote:up:6f1c1b7e-0000-4000-8000-000000000000' },
          { type: 2, style: 2, emoji: { name: '👎' }, label: 'Not helpful', custom_id: 'factbot:vote:down:6f1c1b7e-0000-4000-8000-000000000000' },
        ],
      },
    ]);
    expect(msg.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  test('kind none: orange fallback with "did you mean" buttons and no votes', () => {
    const msg = renderReply(none(), 'some-answer-id');
    expect(msg.embeds[0]?.color).toBe(0xe67e22);
    expect(msg.embeds[0]?.footer?.text).toMatch(/Did you mean/);
    expect(msg.components).toHaveLength(1);
    expect(msg.components[0]?.components.map((b) => [b.label, b.custom_id, b.style])).toEqual([
      ['Where is the deposit?', 'factbot:ask:Where is the deposit?', 1],
      ['How big is it?', 'factbot:ask:How big is it?', 1],
    ]);
  });

  test('small talk: blurple, no title echoing "hi"', () => {
    const reply: SmalltalkReply = { kind: 'smalltalk', intent: 'greeting', question: 'hi', answer: 'Hello!', confidence: 1, related: [], suggestions: [] };
    const msg = renderReply(reply, 'x');
    expect(msg.embeds).toEqual([{ color: 0x5865f2, description: 'Hello!' }]);
    expect(msg.components).toEqual([]);
  });

  test('at most 3 related questions; long labels are cut to 80 with an ellipsis', () => {
    const long = 'Why '.padEnd(150, 'very ') + 'long?';
    const msg = renderReply(
      fact({ related: ['a', 'b', 'c', 'd', 'e'].map((x) => ({ id: `fact-${x}`, question: x === 'a' ? long : `Question ${x}?` })) }),
    );
    const buttons = msg.components[0]!.components;
    expect(buttons).toHaveLength(3);
    expect(buttons[0]!.label!.length).toBeLessThanOrEqual(80);
    expect(buttons[0]!.label!.endsWith('…')).toBe(true);
    // No answer id, no feedback row.
    expect(msg.components).toHaveLength(1);
  });

  test('a fact id too long for a custom id falls back to asking the question text', () => {
    const msg = renderReply(fact({ related: [{ id: 'x'.repeat(95), question: 'How big is it?' }] }));
    expect(msg.components[0]!.components[0]!.custom_id).toBe('factbot:ask:How big is it?');
  });

  test('duplicate suggestions do not produce duplicate custom ids', () => {
    const msg = renderReply(none({ suggestions: ['Same?', 'Same?', 'Other?'] }));
    expect(msg.components[0]!.components.map((b) => b.custom_id)).toEqual(['factbot:ask:Same?', 'factbot:ask:Other?']);
  });

  test('markdown in answers and questions is shown literally, not formatted', () => {
    const msg = renderReply(fact({ question: '**bold** question', answer: '*Not italic*, `code`, [a link](https://evil.example) and\n# not a heading' }));
    expect(msg.embeds[0]!.title).toBe('\\*\\*bold\\*\\* question');
    expect(msg.embeds[0]!.description).toBe('\\*Not italic\\*, \\`code\\`, \\[a link](https://evil.example) and\n\\# not a heading');
  });

  test('a non-http source url (a relative path) is left out rather than rejected by Discord', () => {
    const msg = renderReply(fact({ source: { ...fact().source, url: '../shared/seeds/report.txt' } }));
    expect(msg.embeds[0]!.url).toBeUndefined();
  });

  test('huge answers are cut to fit the description and the 6000 total', () => {
    const msg = renderReply(fact({ answer: 'word '.repeat(3000), question: 'q'.repeat(1000), source: { ...fact().source, title: 't'.repeat(5000) } }));
    const embed = msg.embeds[0]!;
    expect(embed.title!.length).toBe(256);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description!.endsWith('…')).toBe(true);
    expect(embedTextLength(embed)).toBeLessThanOrEqual(6000);
  });

  test('an empty answer still gives a valid (non-empty) description', () => {
    expect(renderReply(none({ answer: '  ', question: '' })).embeds[0]!.description).toBe('…');
  });
});

describe('helpers', () => {
  test('clip never splits a surrogate pair or leaves an escaping backslash before the ellipsis', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('abc\\*def', 5)).toBe('abc…');
    expect(clip('short', 10)).toBe('short');
  });

  test('extractQuestion removes every mention of the bot, both forms', () => {
    expect(extractQuestion('<@123456789012345678> where is it? <@!123456789012345678>', '123456789012345678')).toBe('where is it?');
    expect(extractQuestion('hey <@999999999999999999>, where?', '123456789012345678')).toBe('hey <@999999999999999999>, where?');
    expect(extractQuestion('<@&222222222222222222> where? <@&333333333333333333>', '123456789012345678', '222222222222222222')).toBe('where? <@&333333333333333333>');
    // Line breaks stay (a line may be a question of its own); blank lines and runs of spaces go.
    expect(extractQuestion('<@123456789012345678>\nwhere is it\n\n  how   big  ', '123456789012345678')).toBe('where is it\nhow big');
  });

  test('notices carry no mentions and respond() adds the ephemeral flag only when asked', () => {
    const notice = renderNotice('@everyone hello');
    expect(interactionReplyOptions(notice, true)).toMatchObject({ content: '@everyone hello', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    expect(interactionReplyOptions(notice, false)).not.toHaveProperty('flags');
    expect(messageReplyOptions(notice)).toMatchObject({ failIfNotExists: false, allowedMentions: { parse: [], repliedUser: false } });
  });
});
