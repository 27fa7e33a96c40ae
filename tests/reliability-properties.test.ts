/**
 * Properties of the whole path from what a person types to what is sent, with
 * the real engine on the real knowledge: for any text, Slack's payload is
 * valid Block Kit within Slack's limits with no live broadcast or ping, and
 * Discord's stays within embed and component limits with mentions disabled;
 * nothing throws. The notices (slow down, apology) are checked the same way.
 * (tests/slack-render.test.ts and tests/discord-render.test.ts check the
 * renderers alone over arbitrary replies.)
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIMITS, decodeCustomId, embedTextLength, extractQuestion, renderAnswer, renderNotice as discordNotice, type DiscordMessage } from '../adapters/discord/render.ts';
import { interactionReplyOptions, messageReplyOptions } from '../adapters/discord/respond.ts';
import { questionFromSlackText } from '../adapters/slack/incoming.ts';
import { renderFailure, renderNotice as slackNotice, renderReply, SLACK_LIMITS, type SlackMessage, type Surface } from '../adapters/slack/render.ts';
import { createBot } from '../src/bot.ts';
import { SEARCH } from '../src/config.ts';
import { slowDownText } from '../src/ratelimit.ts';
import { loadRealKnowledge } from './fakes/slackHarness.ts';

const bot = createBot({ knowledge: ((kb) => () => kb)(loadRealKnowledge()) });
const SLACK_BOT = 'U0BOT0001';
const DISCORD_BOT = '1300000000000000001';
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;

// What people (and attackers) type: anything, plus the tokens that could do harm.
const hostilePiece = fc.constantFrom(
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123>',
  '<@U0ALICE01>',
  '<#C0GENERAL1>',
  '<https://evil.example|click>',
  '@everyone',
  '@here',
  '@channel',
  '<@&123456789012345678>',
  '<@123456789012345678>',
  '&lt;!channel&gt;',
  '&amp;',
  '*bold*',
  '`code`',
  '```',
  '> quote',
  '[x](https://evil.example)',
  '\u202E',
  '\u200B',
  '\u0000',
  '\u0007',
  '\uFEFF',
  '\u2066',
  '😀',
  '\n',
  'where is the deposit',
  'byd',
  'rare earth',
);
const typed = fc.oneof(
  { arbitrary: fc.string({ maxLength: 200 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 2 },
  { arbitrary: fc.array(hostilePiece, { maxLength: 30 }).map((p) => p.join(' ')), weight: 4 },
  { arbitrary: fc.string({ minLength: 3000, maxLength: 6000 }), weight: 1 },
);

/** Live broadcast, ping or link tokens: none may come from user text. */
const LIVE = /<!(channel|here|everyone|subteam)|<@[UW]|<#C|<https?:/i;
const BARE_BROADCAST = /(?<!\w)@(channel|here|everyone)\b/i;
const BLOCK_TYPES = new Set(['section', 'context', 'actions', 'divider', 'header']);

function checkSlack(message: SlackMessage, allowedAsker?: string): void {
  expect(message.blocks.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  const ids = new Set<string>();
  const texts = [message.text];
  for (const block of message.blocks) {
    expect(BLOCK_TYPES.has(block.type)).toBe(true);
    if (block.type === 'section') {
      expect(block.text?.type).toBe('mrkdwn');
      const t = block.text?.text ?? '';
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      texts.push(t);
    } else if (block.type === 'context') {
      expect(block.elements.length).toBeGreaterThan(0);
      expect(block.elements.length).toBeLessThanOrEqual(10);
      for (const el of block.elements) {
        if (!('text' in el)) continue;
        expect(el.text.length).toBeGreaterThan(0);
        expect(el.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
        texts.push(el.text);
      }
    } else if (block.type === 'actions') {
      expect(block.elements.length).toBeGreaterThan(0);
      expect(block.elements.length).toBeLessThanOrEqual(25);
      for (const el of block.elements) {
        expect(el.type).toBe('button');
        if (el.type !== 'button') continue;
        expect(el.text.type).toBe('plain_text');
        expect(el.text.text.length).toBeGreaterThan(0);
        expect(el.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        expect((el.value ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        const id = el.action_id ?? '';
        expect(id.length).toBeGreaterThan(0);
        expect(id.length).toBeLessThanOrEqual(SLACK_LIMITS.actionId);
        expect(ids.has(id)).toBe(false);
        ids.add(id);
      }
    }
  }
  for (const t of texts) {
    // Allowed: the asker named on a shared answer, and the source's own link (from the knowledge, never from user text).
    const rest = (allowedAsker ? t.replaceAll(`<@${allowedAsker}>`, '') : t).replace(/Source: <https?:\/\/[^|>\s]+\|/g, 'Source: ');
    expect(rest).not.toMatch(LIVE);
    expect(rest).not.toMatch(BARE_BROADCAST);
    // The one invisible character allowed is ours: the zero-width space that disarms a bare "@everyone".
    expect(rest.replaceAll('@\u200B', '@')).not.toMatch(INVISIBLE);
  }
}

function checkDiscord(msg: DiscordMessage): void {
  expect(msg.allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect(messageReplyOptions(msg).allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect(interactionReplyOptions(msg, true).allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect((msg.content ?? '').length).toBeLessThanOrEqual(LIMITS.messageContent);
  expect(msg.embeds.length).toBeLessThanOrEqual(10);
  for (const e of msg.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.description?.length ?? 0).toBeGreaterThan(0);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
    expect(embedTextLength(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(JSON.stringify(e)).not.toMatch(INVISIBLE);
  }
  expect(msg.components.length).toBeLessThanOrEqual(LIMITS.rowsPerMessage);
  const ids = new Set<string>();
  for (const row of msg.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      expect(ids.has(b.custom_id)).toBe(false);
      ids.add(b.custom_id);
      expect(decodeCustomId(b.custom_id)).not.toBeNull();
      expect((b.label ?? 'x').length).toBeGreaterThan(0);
      expect((b.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
}

const surfaces: Surface[] = [{ kind: 'message' }, { kind: 'ephemeral' }, { kind: 'shared', askedBy: 'U0ASKER01' }];

describe('from typed text to what is sent', () => {
  test('Slack: any message text gives valid Block Kit within limits, with nothing live and nothing invisible', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const question = questionFromSlackText(`<@${SLACK_BOT}> ${text}`, SLACK_BOT);
        const { id, reply } = bot.ask(question, { platform: 'slack', userId: 'U0ANY0001', channelKind: 'channel' });
        // What the bot echoes is the cleaned question, never more than the matching cap.
        expect(reply.question.length).toBeLessThanOrEqual(SEARCH.maxQuestionChars);
        expect(reply.question).not.toMatch(INVISIBLE);
        for (const surface of surfaces) checkSlack(renderReply(reply, { surface, answerId: id }), 'U0ASKER01');
      }),
      { numRuns: 200 },
    );
  });

  test('Discord: any message text gives embeds and buttons within limits, mentions always off', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const question = extractQuestion(`<@${DISCORD_BOT}> ${text}`, DISCORD_BOT);
        const answer = bot.ask(question, { platform: 'discord', userId: '1', channelKind: 'channel' });
        checkDiscord(renderAnswer(answer));
      }),
      { numRuns: 200 },
    );
  });

  test('notices (slow down, apology) are within limits on both platforms for any wait', () => {
    fc.assert(
      fc.property(fc.constantFrom('user' as const, 'channel' as const), fc.constantFrom('warn' as const, 'silent' as const), fc.nat(), (limit, decision, retryAfterMs) => {
        const text = slowDownText({ decision, limit, retryAfterMs });
        checkSlack(slackNotice(text));
        checkDiscord(discordNotice(text));
      }),
    );
    checkSlack(renderFailure());
  });
});
