/**
 * Reply → Slack message (Block Kit plus a plain-text fallback). Pure: no I/O,
 * no clock, no randomness, so every rule here is unit-testable.
 *
 * Safety rule: every piece of text that came from a user or from the
 * knowledge files goes through {@link escapeMrkdwn} before it lands in a
 * mrkdwn field, so nothing we post can become `<!channel>`, `<!here>`,
 * `<!everyone>`, a user ping or a disguised link. `plain_text` fields (button
 * labels) are shown literally by Slack and are never parsed for mentions, so
 * they are passed as they are (escaping them would show "&amp;").
 */
import type { types } from '@slack/bolt';
import { confidenceLabel, readingLine, replyWords, unansweredLines, type Reply } from '../../src/reply.ts';
import type { Vote } from '../../src/feedback.ts';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Slack's limits that a message from us must respect (Block Kit reference). */
export const SLACK_LIMITS = {
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Characters in one context element's text. */
  contextText: 3000,
  /** Blocks in one message. */
  blocks: 50,
  /** Characters in a button label. */
  buttonText: 75,
  /** Characters in a button value. */
  buttonValue: 2000,
  /** Characters in an action_id. */
  actionId: 255,
  /** Our cap for the notification fallback (Slack truncates `text` past 4000). */
  fallbackText: 3000,
} as const;

/** Buttons per kind we show, as the issue asks ("up to 3"). */
const MAX_BUTTONS = 3;
/** Sections we split a long answer into; the rest is cut, leaving room for the other blocks. */
const MAX_ANSWER_SECTIONS = 10;
/** Blocks the buttons under an answer take at most: related (heading and buttons), suggestions (the same), votes. */
const TRAILING_BLOCKS = 5;

/** Action ids; the adapter routes button clicks on these. Unique within a message. */
export const ACTIONS = {
  /** `related_0`..`related_2`; value: the fact id (with "@tr" on a Turkish reply: {@link relatedValue}). */
  related: 'related_',
  /** `suggest_0`..`suggest_2`; value: the question text. */
  suggest: 'suggest_',
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  /** Value: {@link ShareValue} as JSON. */
  share: 'share',
} as const;

/** What a "Share in channel" button carries, so a share still works after a restart. */
export interface ShareValue {
  /** Answer id (feedback refers to it). */
  a: string;
  /** The question, to answer again if the answer is no longer remembered. */
  q: string;
  /** Fact id, when the answer was a fact. */
  f?: string;
  /** The answer's language when not English ("tr"), so an answer given again is in it too. */
  l?: string;
}

/** Where a rendered reply is shown, which decides the extras around the answer. */
export type Surface =
  /** A normal message in a channel thread or a DM. */
  | { kind: 'message' }
  /** Visible only to the asker (the /ask command): echoes the question and offers "Share in channel". */
  | { kind: 'ephemeral' }
  /** Shared publicly from an ephemeral reply: names the asker. */
  | { kind: 'shared'; askedBy: string };

/** Options for {@link renderReply}. */
export interface RenderOptions {
  surface: Surface;
  /** Id of the answered question; enables 👍/👎 (and sharing) for fact replies. */
  answerId?: string;
}

/** A message ready for `chat.postMessage`, `respond()` or an ack body. */
export interface SlackMessage {
  /** Plain fallback for notifications and clients that cannot show blocks (escaped mrkdwn). */
  text: string;
  blocks: KnownBlock[];
}

const ZWSP = '\u200B';

/**
 * The one escaping helper: makes arbitrary text safe inside a mrkdwn field.
 *
 * `&`, `<` and `>` become entities (Slack's documented escaping), which
 * disarms `<!channel>`, `<@U…>`, `<#C…>` and `<url|label>`. Bare `@channel`,
 * `@here` and `@everyone` get an invisible zero-width space after the `@`,
 * so they stay readable but can never be parsed as a broadcast, whatever
 * parsing Slack applies to the field.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(?<!\w)@(?=(?:channel|here|everyone)\b)/gi, `@${ZWSP}`);
}

/** Cuts text to at most `max` characters (UTF-16 units), ending in "…", never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Do not leave half of an emoji or other astral character behind.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Truncates already-escaped text without cutting an entity such as `&amp;` in half. */
function truncateEscaped(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = truncate(text, max);
  const body = cut.slice(0, -1);
  const amp = body.lastIndexOf('&');
  if (amp !== -1 && !body.slice(amp).includes(';')) cut = `${body.slice(0, amp)}…`;
  return cut;
}

/**
 * Splits escaped text into chunks of at most `max` characters, preferring
 * paragraph breaks, then line breaks, then spaces. Entities never contain
 * whitespace, so breaking at whitespace cannot split one.
 */
export function splitEscaped(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let at = window.lastIndexOf('\n\n');
    if (at < max / 2) at = window.lastIndexOf('\n');
    if (at < max / 2) at = window.lastIndexOf(' ');
    if (at <= 0) {
      // One unbroken run longer than a section: cut it, keeping entities and pairs whole.
      const piece = truncateEscaped(rest, max + 1).slice(0, -1);
      chunks.push(piece);
      rest = rest.slice(piece.length);
      continue;
    }
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^\s+/, '');
  }
  if (rest.trim() !== '' || chunks.length === 0) chunks.push(rest);
  return chunks.filter((c) => c.length > 0);
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text, verbatim: true });

const context = (text: string): KnownBlock => ({
  type: 'context',
  elements: [mrkdwn(truncateEscaped(text, SLACK_LIMITS.contextText))],
});

/**
 * A related-question button's value: the fact id, and "@tr" when the reply it is on is in Turkish, so that the
 * answer comes in the language it was offered in (Slack tells no locale). Fact ids never hold "@".
 */
export function relatedValue(factId: string, language: Reply['language']): string {
  return language && language !== 'en' ? `${factId}@${language}` : factId;
}

/** A related-question button's value read back: the fact id and the language, if it names one. */
export function readRelatedValue(value: string): { factId: string; language?: string } {
  const at = value.lastIndexOf('@');
  return at < 0 ? { factId: value } : { factId: value.slice(0, at), language: value.slice(at + 1) };
}

const button = (label: string, actionId: string, value: string, style?: 'primary'): Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text: truncate(label.trim() || '…', SLACK_LIMITS.buttonText), emoji: true },
  value: truncate(value, SLACK_LIMITS.buttonValue),
  ...(style ? { style } : {}),
});

/** "paragraph 5" / "paragraphs 3, 5", in the reply's language. */
function paragraphs(list: number[], reply: Reply): string {
  if (list.length === 0) return '';
  return replyWords(reply).paragraphs(list);
}

/** A source link only for absolute http(s) URLs that cannot break out of `<url|label>`. */
function sourceTitle(title: string, url: string | undefined): string {
  const safeTitle = escapeMrkdwn(title).replace(/\|/g, '¦');
  if (url !== undefined && /^https?:\/\/[^\s<>|]+$/.test(url)) return `<${url.replace(/&/g, '&amp;')}|${safeTitle}>`;
  return `*${safeTitle}*`;
}

/** Slack user ids look like U… or W…; anything else is not put in a mention. */
const isUserId = (id: string) => /^[UW][A-Z0-9]{2,}$/.test(id);

/** The context line under a fact: where it comes from and how sure the bot is. */
function sourceLine(reply: Reply): string | undefined {
  if (reply.kind !== 'fact') return undefined;
  const w = replyWords(reply);
  const where = paragraphs(reply.source.paragraphs, reply);
  return `${w.source}: ${sourceTitle(reply.source.title, reply.source.url)}${where ? ` (${where})` : ''} · ${w.confidenceHeading}: ${w.confidence[confidenceLabel(reply.confidence)]}`;
}

/** One answer: its reading (a follow-up's, or which of several questions it answers), the answer, and its source line. */
function answerBlocks(reply: Reply): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  // A follow-up's reading, above the answer it led to, so a wrong reading shows.
  const reading = readingLine(reply);
  if (reading) blocks.push(context(`_${escapeMrkdwn(reading)}_`));
  const answer = escapeMrkdwn(reply.answer.trim() === '' ? '…' : reply.answer.trim());
  let sections = splitEscaped(answer, SLACK_LIMITS.sectionText);
  if (sections.length > MAX_ANSWER_SECTIONS) {
    // Longer than any curated answer should be: keep what fits and say it was cut.
    sections = sections.slice(0, MAX_ANSWER_SECTIONS);
    const last = sections[MAX_ANSWER_SECTIONS - 1] as string;
    const room = SLACK_LIMITS.sectionText - 2;
    sections[MAX_ANSWER_SECTIONS - 1] = `${last.length <= room ? last : truncateEscaped(last, room).slice(0, -1)} …`;
  }
  for (const text of sections) blocks.push({ type: 'section', text: mrkdwn(text) });
  const source = sourceLine(reply);
  if (source) blocks.push(context(source));
  return blocks;
}

/**
 * Renders a reply as a Slack message within Slack's limits.
 *
 * Layout: [who asked] · [reading] · answer · source and confidence · [the
 * answers to the message's other questions, each with its reading and source] · related-question
 * buttons · "did you mean" / "try asking" buttons · [Share] 👍 👎.
 */
export function renderReply(reply: Reply, options: RenderOptions): SlackMessage {
  const { surface, answerId } = options;
  const blocks: KnownBlock[] = [];
  // The labels in the reply's language (src/reply.ts REPLY_WORDS).
  const w = replyWords(reply);
  const question = reply.question.trim();

  // Slack does not show the text of a slash command to anyone, so a private
  // answer repeats the question; help and small talk need no such reminder.
  const isQuestion = reply.kind === 'fact' || (reply.kind === 'none' && reply.reason === 'no-match');
  if (surface.kind === 'ephemeral' && question !== '' && isQuestion) {
    blocks.push(context(`*${w.youAsked}:* ${escapeMrkdwn(question)}`));
  } else if (surface.kind === 'shared') {
    const who = isUserId(surface.askedBy) ? `<@${surface.askedBy}>` : 'Someone';
    blocks.push(context(question !== '' ? `*${w.asked(who)}:* ${escapeMrkdwn(question)}` : `*Shared by ${who}*`));
  }

  blocks.push(...answerBlocks(reply));
  // The answers to the message's other questions, each under the question it answers.
  // Each only when it fits whole, leaving room for the buttons below (very long answers could run out of blocks).
  if (reply.kind === 'fact') {
    for (const other of reply.also ?? []) {
      const more: KnownBlock[] = [{ type: 'divider' }, ...answerBlocks(other)];
      if (blocks.length + more.length + TRAILING_BLOCKS <= SLACK_LIMITS.blocks) blocks.push(...more);
    }
    // The questions of the message that got no answer, one context line for them all.
    const unanswered = unansweredLines(reply);
    if (unanswered.length > 0 && blocks.length + 1 + TRAILING_BLOCKS <= SLACK_LIMITS.blocks) {
      blocks.push(context(unanswered.map((l) => `_${escapeMrkdwn(l)}_`).join('\n')));
    }
  }

  const related = reply.related.filter((r) => r.question.trim() !== '' && r.id !== '').slice(0, MAX_BUTTONS);
  if (related.length > 0) {
    blocks.push(context(`*${w.relatedQuestions}*`));
    blocks.push({
      type: 'actions',
      elements: related.map((r, i) => button(r.question, `${ACTIONS.related}${i}`, relatedValue(r.id, reply.language))),
    });
  }

  const suggestions = reply.suggestions.filter((s) => s.trim() !== '').slice(0, MAX_BUTTONS);
  if (suggestions.length > 0) {
    const noMatch = reply.kind === 'none' && reply.reason === 'no-match';
    blocks.push(context(noMatch ? `*${w.didYouMean}…*` : `*${w.tryAsking}*`));
    blocks.push({
      type: 'actions',
      elements: suggestions.map((s, i) => button(s, `${ACTIONS.suggest}${i}`, s)),
    });
  }

  // Votes and sharing only make sense for an answer from the knowledge.
  if (reply.kind === 'fact' && answerId !== undefined) {
    const elements: Button[] = [];
    if (surface.kind === 'ephemeral') {
      const share: ShareValue = { a: answerId, q: truncate(question, 1000), f: reply.factId, ...(reply.language && reply.language !== 'en' ? { l: reply.language } : {}) };
      elements.push(button(w.shareInChannel, ACTIONS.share, JSON.stringify(share), 'primary'));
    }
    elements.push(button(`👍 ${w.helpful}`, ACTIONS.feedbackUp, answerId));
    elements.push(button(`👎 ${w.notHelpful}`, ACTIONS.feedbackDown, answerId));
    blocks.push({ type: 'actions', elements });
  }

  return { text: fallbackText(reply, surface), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

function fallbackText(reply: Reply, surface: Surface): string {
  const answers = [reply, ...(reply.kind === 'fact' ? (reply.also ?? []) : [])].map((r) => r.answer.trim()).filter((a) => a !== '');
  const answer = answers.length === 0 ? '…' : answers.join('\n\n');
  const prefix =
    surface.kind === 'shared' && isUserId(surface.askedBy) ? `<@${surface.askedBy}> asked: ${escapeMrkdwn(reply.question.trim())}\n` : '';
  return truncateEscaped(prefix + escapeMrkdwn(answer), SLACK_LIMITS.fallbackText);
}

/** The visible acknowledgement of a 👍/👎 click. */
export function renderFeedbackAck(vote: Vote, recorded: boolean): SlackMessage {
  const text = !recorded
    ? 'Sorry, I can no longer record feedback on that answer. Ask again and vote on the new answer.'
    : vote === 'up'
      ? '👍 Thanks for the feedback!'
      : '👎 Thanks for telling us. The maintainers review answers marked as not helpful.';
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/** A short notice of our own (e.g. "slow down"), escaped like everything else. */
export function renderNotice(text: string): SlackMessage {
  const safe = truncateEscaped(escapeMrkdwn(text.trim() === '' ? '…' : text.trim()), SLACK_LIMITS.sectionText);
  return { text: safe, blocks: [{ type: 'section', text: mrkdwn(safe) }] };
}

/** What is shown when answering failed unexpectedly; the details go to the log only. */
export function renderFailure(): SlackMessage {
  const text = 'Sorry, something went wrong while answering. Please try again in a moment.';
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
