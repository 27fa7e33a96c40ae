/**
 * Unit tests of the pure Slack pieces: Block Kit rendering (exact payloads,
 * Slack's limits, escaping, a fast-check property over any reply text), the
 * reading of incoming Slack text, clicks and errors, and the bounded stores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactReply, NoneReply, Reply, SmalltalkReply } from '../src/reply.ts';
import {
  mentions,
  mentionsSomeoneElse,
  notFromAPerson,
  questionFromSlackText,
  readButton,
  readEventCallback,
  readMessage,
  readShareValue,
  whereClicked,
} from '../adapters/slack/incoming.ts';
import { describeError, listenError, startError } from '../adapters/slack/errors.ts';
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { escapeMrkdwn, readRelatedValue, renderFeedbackAck, renderReply, SLACK_LIMITS, splitEscaped, truncate, type SlackMessage } from '../adapters/slack/render.ts';
import { BoundedMap, BoundedSet, memoryEventLedger, memoryThreadRegistry } from '../src/store/ledger.ts';

const fact = (over: Partial<FactReply> = {}): FactReply => ({
  kind: 'fact',
  question: 'Where is the deposit?',
  answer: 'At Beylikova, near Eskişehir.',
  factId: 'beylikova-location',
  confidence: 0.91,
  source: { id: 'report', title: 'Turkey seeks Chinese help', description: 'A report.', paragraphs: [5] },
  related: [
    { id: 'beylikova-discovery', question: 'When was the deposit discovered?' },
    { id: 'refinery', question: 'Will Turkey refine it?' },
  ],
  suggestions: [],
  ...over,
});

const none = (over: Partial<NoneReply> = {}): NoneReply => ({
  kind: 'none',
  reason: 'no-match',
  question: 'weather?',
  answer: "Sorry, I don't know that.",
  confidence: 0.1,
  related: [],
  suggestions: ['Where is the deposit?', 'Who leads the delegation?'],
  ...over,
});

const ZWSP = '\u200B';

/** Every mrkdwn string in a message (block texts and context elements) plus the fallback. */
function mrkdwnTexts(message: SlackMessage): string[] {
  const out = [message.text];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'mrkdwn' && typeof n.text === 'string') out.push(n.text);
    for (const v of Object.values(n)) visit(v);
  };
  visit(message.blocks);
  return out;
}

/** Live broadcast or user-mention tokens, which must never come from user or knowledge text. */
const LIVE_TOKEN = /<!(channel|here|everyone)\b|<@[UW][A-Z0-9]*|<#C|<!subteam/i;
const BARE_BROADCAST = /(?<!\w)@(channel|here|everyone)\b/i;

/** Checks every limit of the Block Kit reference that our messages touch. */
function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  const actionIds = new Set<string>();
  for (const block of message.blocks) {
    if (block.type === 'section') {
      const text = block.text?.text ?? '';
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    if (block.type === 'context') {
      for (const el of block.elements) {
        if ('text' in el) {
          expect(el.text.length).toBeGreaterThan(0);
          expect(el.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
        }
      }
    }
    if (block.type === 'actions') {
      expect(block.elements.length).toBeLessThanOrEqual(5);
      for (const el of block.elements) {
        if (el.type !== 'button') continue;
        expect(el.text.text.length).toBeGreaterThan(0);
        expect(el.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        expect((el.value ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        expect(el.action_id).toBeDefined();
        expect(actionIds.has(el.action_id as string)).toBe(false);
        actionIds.add(el.action_id as string);
      }
    }
  }
}

describe('escapeMrkdwn', () => {
  it('escapes &, < and > so mentions, broadcasts and links stay text', () => {
    expect(escapeMrkdwn('a & b <!channel> <@U123> <https://x.test|y>')).toBe('a &amp; b &lt;!channel&gt; &lt;@U123&gt; &lt;https://x.test|y&gt;');
  });
  it('breaks bare @channel, @here and @everyone with an invisible space, but not e-mail addresses', () => {
    expect(escapeMrkdwn('@here and @Channel, (@everyone) me@here.com')).toBe(`@${ZWSP}here and @${ZWSP}Channel, (@${ZWSP}everyone) me@here.com`);
  });
  it('escapes an ampersand that already looks like an entity (the text is text)', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });
});

describe('renderReply', () => {
  it('a message of several questions: each further answer under a divider, with the question it answers and its source, escaped; the votes stay last', () => {
    const size = fact({ question: 'how big is it?', readingAs: 'how big is the <!here> deposit?', answer: 'No *tonnage* given.', factId: 'beylikova-size', related: [] });
    const message = renderReply(fact({ also: [size] }), { surface: { kind: 'message' }, answerId: 'ans-1' });
    const texts = message.blocks.map((b) => JSON.stringify(b));
    const divider = message.blocks.findIndex((b) => b.type === 'divider');
    expect(divider).toBeGreaterThan(0);
    expect(texts.slice(0, divider).join('')).toContain('At Beylikova, near Eskişehir.');
    expect(texts.slice(divider).join('')).toContain('Reading this as: how big is the &lt;!here&gt; deposit?');
    expect(texts.slice(divider).join('')).toContain('No *tonnage* given.');
    expect(texts.filter((t) => t.includes('Source:'))).toHaveLength(2);
    expect(texts.at(-1)).toContain('feedback');
    expect(message.text).toContain('No *tonnage* given.');
    // A further answer too long for the blocks left is left out whole, never the buttons.
    const long = fact({ answer: 'x '.repeat(30_000), also: [size, size, size] });
    const cut = renderReply(long, { surface: { kind: 'message' }, answerId: 'ans-1' });
    expect(cut.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(JSON.stringify(cut.blocks.at(-1))).toContain('feedback');
  });
  it('shows a follow-up\'s reading in a context block above the answer, escaped', () => {
    const message = renderReply(fact({ readingAs: 'when is <!channel> *the* delegation to China?' }), { surface: { kind: 'message' }, answerId: 'ans-1' });
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '_Reading this as: when is &lt;!channel&gt; *the* delegation to China?_', verbatim: true }] });
    expect(message.blocks[1]).toMatchObject({ type: 'section' });
    expect(renderReply(fact(), { surface: { kind: 'message' }, answerId: 'ans-1' }).blocks.some((b) => JSON.stringify(b).includes('Reading this as'))).toBe(false);
  });
  it('a message of several questions: the questions that got no answer in one context line, escaped, before the buttons', () => {
    const message = renderReply(fact({ unanswered: [none({ question: 'who owns <!here> it?' }), none({ question: 'and *why*?' })] }), { surface: { kind: 'message' }, answerId: 'ans-1' });
    const line = message.blocks.find((b) => JSON.stringify(b).includes('Not in what I know'));
    expect(line).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '_Not in what I know: “who owns &lt;!here&gt; it?”_\n_Not in what I know: “and *why*?”_', verbatim: true }] });
    expect(message.blocks.indexOf(line!)).toBeLessThan(message.blocks.length - 1);
    expect(JSON.stringify(message.blocks.at(-1))).toContain('feedback');
    expect(renderReply(fact(), { surface: { kind: 'message' }, answerId: 'ans-1' }).blocks.some((b) => JSON.stringify(b).includes('Not in what I know'))).toBe(false);
  });
  it('a Turkish reply\'s related buttons carry its language, so the click is answered in Turkish; an English one\'s only the fact id', () => {
    const values = (r: FactReply) =>
      renderReply(r, { surface: { kind: 'message' }, answerId: 'ans-1' })
        .blocks.flatMap((b) => ('elements' in b ? (b.elements as { action_id?: string; value?: string }[]) : []))
        .filter((e) => e.action_id?.startsWith('related_'))
        .map((e) => e.value);
    expect(values(fact({ language: 'tr' }))).toEqual(['beylikova-discovery@tr', 'refinery@tr']);
    expect(values(fact())).toEqual(['beylikova-discovery', 'refinery']);
    expect(readRelatedValue('beylikova-discovery@tr')).toEqual({ factId: 'beylikova-discovery', language: 'tr' });
    expect(readRelatedValue('beylikova-discovery')).toEqual({ factId: 'beylikova-discovery' });
  });

  it('labels a Turkish reply\'s reading in Turkish', () => {
    const message = renderReply(fact({ readingAs: '“peki ne zaman?” (“heyet gidecek mi?” sorusunun devamı olarak)', language: 'tr' }), { surface: { kind: 'message' }, answerId: 'ans-1' });
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '_Şöyle anladım: “peki ne zaman?” (“heyet gidecek mi?” sorusunun devamı olarak)_', verbatim: true }] });
  });

  it('renders a fact in a thread: answer, source and confidence, related buttons, feedback', () => {
    const message = renderReply(fact({ source: { ...fact().source, url: 'https://example.test/report?a=1&b=2' } }), {
      surface: { kind: 'message' },
      answerId: 'ans-1',
    });
    expect(message).toEqual({
      text: 'At Beylikova, near Eskişehir.',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'At Beylikova, near Eskişehir.', verbatim: true } },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: 'Source: <https://example.test/report?a=1&amp;b=2|Turkey seeks Chinese help> (paragraph 5) · Confidence: high',
              verbatim: true,
            },
          ],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '*Related questions*', verbatim: true }] },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'related_0',
              text: { type: 'plain_text', text: 'When was the deposit discovered?', emoji: true },
              value: 'beylikova-discovery',
            },
            { type: 'button', action_id: 'related_1', text: { type: 'plain_text', text: 'Will Turkey refine it?', emoji: true }, value: 'refinery' },
          ],
        },
        {
          type: 'actions',
          elements: [
            { type: 'button', action_id: 'feedback_up', text: { type: 'plain_text', text: '👍 Helpful', emoji: true }, value: 'ans-1' },
            { type: 'button', action_id: 'feedback_down', text: { type: 'plain_text', text: '👎 Not helpful', emoji: true }, value: 'ans-1' },
          ],
        },
      ],
    });
    expectWithinLimits(message);
  });

  it('names the source without a link when its URL is not absolute http(s)', () => {
    const message = renderReply(fact({ source: { ...fact().source, url: '../shared/seeds/report.txt', paragraphs: [3, 5] } }), {
      surface: { kind: 'message' },
    });
    expect(message.blocks[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Source: *Turkey seeks Chinese help* (paragraphs 3, 5) · Confidence: high', verbatim: true }],
    });
  });

  it('offers no votes without an answer id, and none for small talk or no-match', () => {
    const ids = (m: SlackMessage) => m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? e.action_id : '')) : []));
    expect(ids(renderReply(fact(), { surface: { kind: 'message' } }))).toEqual(['related_0', 'related_1']);
    expect(ids(renderReply(none(), { surface: { kind: 'message' }, answerId: 'x' }))).toEqual(['suggest_0', 'suggest_1']);
  });

  it('renders the polite fallback with "did you mean" buttons carrying the question', () => {
    const message = renderReply(none(), { surface: { kind: 'message' }, answerId: 'a' });
    expect(message.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: "Sorry, I don't know that.", verbatim: true } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '*Did you mean…*', verbatim: true }] },
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'suggest_0', text: { type: 'plain_text', text: 'Where is the deposit?', emoji: true }, value: 'Where is the deposit?' },
          {
            type: 'button',
            action_id: 'suggest_1',
            text: { type: 'plain_text', text: 'Who leads the delegation?', emoji: true },
            value: 'Who leads the delegation?',
          },
        ],
      },
    ]);
  });

  it('labels examples "Try asking" for help and empty questions', () => {
    const help: SmalltalkReply = { kind: 'smalltalk', intent: 'help', question: 'help', answer: 'I know about X.', confidence: 1, related: [], suggestions: ['Q1?'] };
    expect(renderReply(help, { surface: { kind: 'ephemeral' } }).blocks[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '*Try asking*', verbatim: true }],
    });
  });

  it('echoes the question and offers "Share in channel" when only the asker sees the reply', () => {
    const message = renderReply(fact({ question: 'where is <!here>?' }), { surface: { kind: 'ephemeral' }, answerId: 'ans-2' });
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '*You asked:* where is &lt;!here&gt;?', verbatim: true }] });
    const last = message.blocks.at(-1);
    expect(last).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'share',
          text: { type: 'plain_text', text: 'Share in channel', emoji: true },
          value: JSON.stringify({ a: 'ans-2', q: 'where is <!here>?', f: 'beylikova-location' }),
          style: 'primary',
        },
        { type: 'button', action_id: 'feedback_up', text: { type: 'plain_text', text: '👍 Helpful', emoji: true }, value: 'ans-2' },
        { type: 'button', action_id: 'feedback_down', text: { type: 'plain_text', text: '👎 Not helpful', emoji: true }, value: 'ans-2' },
      ],
    });
  });

  it('names the asker when an answer is shared, and only a well-formed user id becomes a mention', () => {
    const shared = renderReply(fact(), { surface: { kind: 'shared', askedBy: 'U0ALICE01' }, answerId: 'a' });
    expect(shared.blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '*<@U0ALICE01> asked:* Where is the deposit?', verbatim: true }],
    });
    expect(shared.text).toBe('<@U0ALICE01> asked: Where is the deposit?\nAt Beylikova, near Eskişehir.');
    const forged = renderReply(fact(), { surface: { kind: 'shared', askedBy: 'U1> <!channel' }, answerId: 'a' });
    expect(JSON.stringify(forged)).not.toMatch(LIVE_TOKEN);
  });

  it('splits a long answer into sections of at most 3000 characters without losing text', () => {
    const paragraph = 'word '.repeat(500).trim(); // 2499 characters
    const answer = [paragraph, paragraph, paragraph].join('\n\n');
    const message = renderReply(fact({ answer }), { surface: { kind: 'message' } });
    const sections = message.blocks.filter((b) => b.type === 'section');
    expect(sections).toHaveLength(3);
    expect(sections.map((s) => (s.type === 'section' ? s.text?.text : '')).join(' ').split(/\s+/).length).toBe(1500);
    expectWithinLimits(message);
  });

  it('never cuts an entity in half when a long unbroken run is split', () => {
    const chunks = splitEscaped(escapeMrkdwn('<'.repeat(2000)), 3000);
    for (const chunk of chunks) expect(chunk).toMatch(/^(&lt;)+$/);
    expect(chunks.join('')).toBe('&lt;'.repeat(2000));
  });

  it('cuts button labels to 75 characters and keeps action ids unique with many buttons', () => {
    const long = 'x'.repeat(200);
    const message = renderReply(
      fact({
        related: Array.from({ length: 6 }, (_, i) => ({ id: `f-${i}`, question: `${long}${i}` })),
        suggestions: Array.from({ length: 6 }, (_, i) => `${long} ${i}`),
      }),
      { surface: { kind: 'ephemeral' }, answerId: 'a' },
    );
    expectWithinLimits(message);
    const related = message.blocks.find((b) => b.type === 'actions');
    expect(related?.type === 'actions' && related.elements).toHaveLength(3);
  });

  it('truncates without splitting an emoji', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('acknowledges votes visibly, and says so when the answer is no longer known', () => {
    expect(renderFeedbackAck('up', true).text).toBe('👍 Thanks for the feedback!');
    expect(renderFeedbackAck('down', true).text).toMatch(/^👎 Thanks/);
    expect(renderFeedbackAck('up', false).text).toMatch(/no longer record/);
  });

  it('property: for any reply text the message stays within limits and carries no live broadcast or ping', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.stringMatching(/^([<>&@!|#]|<!channel>|<!here>|<!everyone>|<@U123>|@here|@channel|\s|\w){0,300}$/),
      fc.string({ minLength: 3000, maxLength: 40_000 }),
    );
    const reply = fc.record({
      kind: fc.constantFrom('fact', 'smalltalk', 'none'),
      question: text,
      answer: text,
      title: text,
      url: fc.oneof(fc.constant(undefined), fc.webUrl(), text),
      related: fc.array(fc.record({ id: fc.string({ maxLength: 2500 }), question: text }), { maxLength: 6 }),
      suggestions: fc.array(text, { maxLength: 6 }),
      surface: fc.constantFrom('message', 'ephemeral', 'shared'),
    });
    fc.assert(
      fc.property(reply, (r) => {
        const base = { question: r.question, answer: r.answer, confidence: 0.5, related: r.related, suggestions: r.suggestions };
        const built: Reply =
          r.kind === 'fact'
            ? { ...base, kind: 'fact', factId: 'f', source: { id: 's', title: r.title, description: 'd', paragraphs: [1], ...(r.url ? { url: r.url } : {}) } }
            : r.kind === 'none'
              ? { ...base, kind: 'none', reason: 'no-match' }
              : { ...base, kind: 'smalltalk', intent: 'greeting' };
        const message = renderReply(built, {
          surface: r.surface === 'shared' ? { kind: 'shared', askedBy: 'U0ALICE01' } : { kind: r.surface },
          answerId: 'answer-id',
        });
        expectWithinLimits(message);
        for (const t of mrkdwnTexts(message)) {
          const withoutAsker = t.replaceAll('<@U0ALICE01>', '');
          expect(withoutAsker).not.toMatch(LIVE_TOKEN);
          // A link's target is a URL, never parsed for mentions; check the rest.
          expect(withoutAsker.replace(/<https?:\/\/[^|>]*\|/g, '<')).not.toMatch(BARE_BROADCAST);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('incoming Slack text', () => {
  it('reads a message event and ignores anything without channel and ts', () => {
    expect(readMessage({ type: 'message', channel: 'C1', ts: '1.2', text: 'hi', user: 'U1', channel_type: 'channel', client_msg_id: 'm' })).toEqual({
      type: 'message',
      channel: 'C1',
      ts: '1.2',
      text: 'hi',
      user: 'U1',
      channelType: 'channel',
      clientMsgId: 'm',
    });
    expect(readMessage({ type: 'message', text: 'x' })).toBeUndefined();
    expect(readMessage(null)).toBeUndefined();
  });

  it('tells people from bots, ourselves, edits and deletions', () => {
    const m = (extra: Record<string, unknown>) => readMessage({ type: 'message', channel: 'C1', ts: '1', text: 'x', user: 'U1', ...extra })!;
    expect(notFromAPerson(m({}), 'UBOT')).toBeUndefined();
    expect(notFromAPerson(m({ bot_id: 'B1' }), 'UBOT')).toBe('bot');
    expect(notFromAPerson(m({ bot_profile: { id: 'B1' } }), 'UBOT')).toBe('bot');
    expect(notFromAPerson(m({ user: 'UBOT' }), 'UBOT')).toBe('bot');
    expect(notFromAPerson(m({ subtype: 'message_changed' }), 'UBOT')).toBe('subtype');
    expect(notFromAPerson(m({ subtype: 'message_deleted' }), 'UBOT')).toBe('subtype');
    expect(notFromAPerson(m({ subtype: 'thread_broadcast' }), 'UBOT')).toBeUndefined();
  });

  it('turns Slack text into the question: drops our mention, decodes entities, keeps other tokens as text', () => {
    expect(questionFromSlackText('<@UBOT>  where is it &amp; when? &lt;3', 'UBOT')).toBe('where is it & when? <3');
    expect(questionFromSlackText('<@UBOT|factbot> see <https://x.test/a|the report>', 'UBOT')).toBe('see the report');
    expect(questionFromSlackText('<!channel> and <@U123> hi', 'UBOT')).toBe('<!channel> and <@U123> hi');
    // Line breaks stay (a line may be a question of its own); blank lines and runs of spaces go.
    expect(questionFromSlackText('<@UBOT> where is it?\n\n   how  big\r\nwho found it ', 'UBOT')).toBe('where is it?\nhow big\nwho found it');
  });

  it('recognises mentions of the bot and of other people', () => {
    expect(mentions('hi <@UBOT>', 'UBOT')).toBe(true);
    expect(mentions('hi <@UBOT|bot>', 'UBOT')).toBe(true);
    expect(mentions('hi', 'UBOT')).toBe(false);
    expect(mentionsSomeoneElse('<@UBOT> and <@U999>', 'UBOT')).toBe(true);
    expect(mentionsSomeoneElse('<@UBOT> only', 'UBOT')).toBe(false);
  });

});

describe('incoming clicks, envelopes and errors, read without casts', () => {
  // What Slack sends, as far as these readers look; Bolt's types say more than Slack guarantees.
  const body = (over: Record<string, unknown>): BlockAction => JSON.parse(JSON.stringify({ type: 'block_actions', actions: [], ...over }));

  it('reads where a click happened: the clicked message\'s thread, a DM at top level, an ephemeral answer', () => {
    expect(whereClicked(body({ user: { id: 'U1' }, channel: { id: 'C1' }, container: { message_ts: '5.5', is_ephemeral: false }, message: { ts: '5.5' } }))).toEqual({
      user: 'U1',
      channel: 'C1',
      threadTs: '5.5',
      ephemeral: false,
      isDm: false,
    });
    expect(whereClicked(body({ user: { id: 'U1' }, channel: { id: 'D1' }, message: { ts: '5.5' } }))).toEqual({ user: 'U1', channel: 'D1', ephemeral: false, isDm: true });
    expect(whereClicked(body({ container: { channel_id: 'C2', is_ephemeral: true, thread_ts: '1.1' } }))).toEqual({ channel: 'C2', threadTs: '1.1', ephemeral: true, isDm: false });
  });

  it('leaves out whatever is malformed instead of failing the click', () => {
    expect(whereClicked(body({ user: 'U1', channel: 7, container: 'x', message: { ts: 5, thread_ts: null } }))).toEqual({ ephemeral: false, isDm: false });
    expect(whereClicked(body({ user: { id: '' }, container: { channel_id: ['C1'], is_ephemeral: 'yes' } }))).toEqual({ ephemeral: false, isDm: false });
  });

  it('reads a button\'s value and action_ts; a missing or odd value reads as empty', () => {
    const button = (over: Record<string, unknown>): ButtonAction => JSON.parse(JSON.stringify({ type: 'button', action_id: 'a', block_id: 'b', text: { type: 'plain_text', text: 't' }, ...over }));
    expect(readButton(button({ value: 'fact-1', action_ts: '9.9' }))).toEqual({ value: 'fact-1', actionTs: '9.9' });
    expect(readButton(button({ value: { nested: true } }))).toEqual({ value: '' });
    expect(readButton(button({}))).toEqual({ value: '' });
  });

  it('reads a share button\'s value only when it is the JSON render.ts writes', () => {
    expect(readShareValue(JSON.stringify({ a: 'ans', q: 'Where?', f: 'fact-1' }))).toEqual({ a: 'ans', q: 'Where?', f: 'fact-1' });
    expect(readShareValue(JSON.stringify({ a: 'ans', q: 'Where?', f: 3 }))).toMatchObject({ a: 'ans', q: 'Where?' });
    for (const raw of ['', 'not json', 'null', '[]', '{"a":1,"q":"x"}', '{"a":"x"}']) expect(readShareValue(raw), raw).toBeUndefined();
  });

  it('reads an event_callback envelope and nothing else', () => {
    expect(readEventCallback({ type: 'event_callback', event_id: 'Ev1', event: { type: 'message' } })).toEqual({ eventId: 'Ev1', event: { type: 'message' } });
    expect(readEventCallback({ type: 'event_callback', event_id: 5, event: null })).toEqual({ event: null });
    for (const other of [null, 'x', { type: 'block_actions' }, { type: 'url_verification', challenge: 'c' }]) expect(readEventCallback(other)).toBeUndefined();
  });

  it('describes errors by Slack\'s code and turns start-up failures into advice', () => {
    const platform = Object.assign(new Error('An API error occurred: invalid_auth'), { code: 'slack_webapi_platform_error', data: { ok: false, error: 'invalid_auth' } });
    expect(describeError(platform)).toBe('Slack API error "invalid_auth"');
    expect(describeError(Object.assign(new Error('plain'), { data: 'not an object' }))).toBe('plain');
    expect(describeError('text')).toBe('text');
    expect(startError(platform, 'SLACK_BOT_TOKEN', undefined)).toMatch(/^Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(startError(Object.assign(new Error('socket hang up'), { code: 'slack_webapi_request_error' }), 'SLACK_BOT_TOKEN', 'http://127.0.0.1:1/api/')).toContain('could not reach the Web API at http://127.0.0.1:1/api/');
    expect(listenError(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }), 3000)).toBe('Slack: port 3000 is already in use; set PORT to a free port');
    expect(listenError(new Error('EACCES'), 80)).toBe('Slack: could not listen on port 80: EACCES');
  });
});

describe('bounded stores', () => {
  it('forgets the oldest entries beyond the bound', () => {
    const set = new BoundedSet(2);
    set.add('a');
    set.add('b');
    set.add('c');
    expect([set.has('a'), set.has('b'), set.has('c'), set.size]).toEqual([false, true, true, 2]);
  });

  it('a bounded map forgets the least recently set entry, and setting a key again makes it the newest', () => {
    const map = new BoundedMap<number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect([map.get('a'), map.get('b'), map.get('c'), map.size]).toEqual([3, undefined, 4, 2]);
    expect(() => new BoundedMap(0)).toThrow(/positive integer/);
  });

  it('claims each event once, across all of its keys, and can release a claim', async () => {
    const ledger = memoryEventLedger(100);
    expect(await ledger.claim(['event:E1', 'msg:M1'])).toBe(true);
    expect(await ledger.claim(['event:E1'])).toBe(false);
    expect(await ledger.claim(['event:E2', 'msg:M1'])).toBe(false);
    await ledger.release(['event:E1', 'msg:M1']);
    expect(await ledger.claim(['event:E1', 'msg:M1'])).toBe(true);
  });

  it('remembers threads by channel and ts', async () => {
    const threads = memoryThreadRegistry(10);
    await threads.remember('C1', '1.1');
    expect(await threads.has('C1', '1.1')).toBe(true);
    expect(await threads.has('C2', '1.1')).toBe(false);
  });
});
