/**
 * Pure rendering of factbot replies into Discord message payloads: embed,
 * buttons, autocomplete choices, and the custom ids the buttons carry.
 *
 * Nothing here touches the network or discord.js objects, so every Discord
 * limit can be checked by unit and property tests. The limits are enforced
 * here rather than trusted to the engine because Discord rejects the whole
 * message (HTTP 400) when a single field is one character too long, and the
 * user would then get nothing at all.
 */
import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
} from 'discord.js';
import type { BotAnswer, HelpAnswer } from '../../src/bot.ts';
import { isVote, type Vote } from '../../src/feedback.ts';
import { confidenceLabel, readingLine, replyWords, unansweredLines, type Reply } from '../../src/reply.ts';
import { tidyWhitespace } from '../../src/text/normalize.ts';

/** Discord's documented limits that rendering must respect. */
export const LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  /** Sum of title, description, footer, author name and field names/values, over all a message's embeds. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  messageContent: 2000,
} as const;

/** How many question buttons (related or "did you mean") a reply shows. */
export const MAX_QUESTION_BUTTONS = 3;

/** Embed colour per reply kind, so a glance tells an answer from a fallback. */
export const KIND_COLOURS: Record<Reply['kind'], number> = {
  fact: 0x2ecc71, // green: answered from a curated fact
  smalltalk: 0x5865f2, // Discord blurple: the bot talking about itself
  none: 0xe67e22, // orange: nothing matched
};

/**
 * The no-mentions policy. `parse: []` stops @everyone/@here, role and user
 * pings even when the text contains them; `repliedUser: false` also keeps a
 * reply from pinging the person it answers.
 */
export const NO_MENTIONS = Object.freeze({ parse: [] as never[], repliedUser: false });

/** A rendered message, in the option shape discord.js `reply()` accepts. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: { parse: never[]; repliedUser: boolean };
}

// ---------------------------------------------------------------------------
// Button custom ids
// ---------------------------------------------------------------------------

/**
 * What a button does when clicked. Buttons carry their action in the custom
 * id (no server-side state), so they keep working across restarts.
 */
export type ButtonAction =
  | { type: 'fact'; factId: string }
  | { type: 'ask'; question: string }
  | { type: 'vote'; vote: Vote; answerId: string };

/** Prefix of every custom id this bot makes; anything else is not ours. */
export const CUSTOM_ID_PREFIX = 'factbot:';

/**
 * Encodes a button action as a custom id of at most 100 characters, or null
 * when it cannot fit without losing meaning (a fact id or answer id is never
 * truncated, since a cut id would point at the wrong thing). A free-text
 * question is cut to fit: the engine matches the shortened question well
 * enough, and the button label shows the user what they are asking.
 */
export function encodeCustomId(action: ButtonAction): string | null {
  let id: string;
  switch (action.type) {
    case 'fact':
      id = `${CUSTOM_ID_PREFIX}fact:${action.factId}`;
      break;
    case 'vote':
      id = `${CUSTOM_ID_PREFIX}vote:${action.vote}:${action.answerId}`;
      break;
    case 'ask': {
      const head = `${CUSTOM_ID_PREFIX}ask:`;
      const question = clip(oneLine(action.question), LIMITS.customId - head.length, '');
      if (!question) return null;
      id = head + question;
      break;
    }
  }
  return id.length <= LIMITS.customId ? id : null;
}

/** Decodes a custom id made by {@link encodeCustomId}; null for anything else. */
export function decodeCustomId(customId: string): ButtonAction | null {
  if (!customId.startsWith(CUSTOM_ID_PREFIX)) return null;
  const rest = customId.slice(CUSTOM_ID_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return null;
  const type = rest.slice(0, colon);
  const value = rest.slice(colon + 1);
  switch (type) {
    case 'fact':
      return value ? { type: 'fact', factId: value } : null;
    case 'ask':
      return value.trim() ? { type: 'ask', question: value } : null;
    case 'vote': {
      const sep = value.indexOf(':');
      const vote = value.slice(0, sep);
      const answerId = value.slice(sep + 1);
      if (sep < 0 || !isVote(vote) || !answerId) return null;
      return { type: 'vote', vote, answerId };
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/** Collapses all whitespace (newlines included) to single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` UTF-16 units (Discord counts characters; a
 * UTF-16 count is never smaller, so it is the safe measure), preferring a word
 * boundary and ending in `ellipsis`. Never leaves half a surrogate pair or a
 * dangling markdown escape backslash that would swallow the ellipsis.
 */
export function clip(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - ellipsis.length);
  const space = cut.lastIndexOf(' ');
  // Only back off to a word boundary when it costs little of the text.
  if (space > 0 && space >= cut.length - 20) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/\\+$/, '').trimEnd();
  return cut + ellipsis;
}

/**
 * Escapes Discord markdown so plain-text answers and user questions show as
 * written (a `*` stays a star; "1." does not become a list; `[x](y)` does not
 * become a masked link).
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/**
 * Escapes and shortens text to `max`. The raw text is cut first: escaping only
 * makes text longer, and discord.js's italic escape is quadratic on long input
 * (a 9000-character message took half a second), so it only ever sees what fits.
 */
function escapeAndClip(text: string, max: number): string {
  return clip(escapeText(clip(text, max)), max);
}

/** Only http(s) URLs may go into an embed: Discord rejects the message for anything else. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 2048) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The length Discord counts towards the 6000-character embed total. */
export function embedTextLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

// ---------------------------------------------------------------------------
// Replies
// ---------------------------------------------------------------------------

function footerFor(reply: Reply): string | undefined {
  switch (reply.kind) {
    case 'fact': {
      const { title, paragraphs } = reply.source;
      const where = paragraphs.length ? ` · ¶ ${paragraphs.join(', ')}` : '';
      const sure = replyWords(reply).confidencePhrase(confidenceLabel(reply.confidence));
      // The source title is the part that may be long; the rest is short and always kept.
      const tail = `${where} · ${sure}`;
      const source = replyWords(reply).source;
      return `${source}: ${clip(oneLine(title), 1024 - tail.length - source.length - 2)}${tail}`;
    }
    case 'none':
      return reply.suggestions.length ? replyWords(reply).noMatchingFact : undefined;
    case 'smalltalk':
      return undefined;
  }
}

function buildEmbed(reply: Reply): APIEmbed {
  const embed: APIEmbed = { color: KIND_COLOURS[reply.kind] };
  const question = oneLine(reply.question);
  // Small talk answers "hi"; echoing "hi" as a title would look odd.
  if (question && reply.kind !== 'smalltalk') {
    embed.title = escapeAndClip(question, LIMITS.embedTitle);
  }
  if (reply.kind === 'fact') {
    const url = safeUrl(reply.source.url);
    if (url && embed.title) embed.url = url;
  }
  const footer = footerFor(reply);
  if (footer) embed.footer = { text: clip(footer, LIMITS.embedFooter) };
  // The description takes whatever the title and footer leave of the 6000 total.
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - embedTextLength(embed));
  const answer = reply.answer.trim();
  embed.description = answer ? escapeAndClip(answer, room) : '…';
  return embed;
}

function questionButton(label: string, action: ButtonAction, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponentWithCustomId | null {
  const customId = encodeCustomId(action);
  const text = clip(oneLine(label), LIMITS.buttonLabel);
  if (!customId || !text) return null;
  return { type: ComponentType.Button, style, label: text, custom_id: customId };
}

function buildComponents(reply: Reply, answerId: string | undefined): DiscordMessage['components'] {
  const questions: APIButtonComponentWithCustomId[] = [];
  const seen = new Set<string>();
  const add = (button: APIButtonComponentWithCustomId | null) => {
    // Discord rejects a message whose buttons share a custom id.
    if (!button || seen.has(button.custom_id) || questions.length >= LIMITS.buttonsPerRow) return;
    seen.add(button.custom_id);
    questions.push(button);
  };
  for (const r of reply.related.slice(0, MAX_QUESTION_BUTTONS)) {
    // A fact id too long for a custom id falls back to asking the question's text.
    const byId: ButtonAction = { type: 'fact', factId: r.id };
    const action: ButtonAction = encodeCustomId(byId) ? byId : { type: 'ask', question: r.question };
    add(questionButton(r.question, action, ButtonStyle.Secondary));
  }
  // Suggestions are "did you mean" for a miss and examples for help; a fact has related questions instead.
  if (reply.kind !== 'fact') {
    for (const s of reply.suggestions.slice(0, MAX_QUESTION_BUTTONS)) {
      add(questionButton(s, { type: 'ask', question: s }, ButtonStyle.Primary));
    }
  }

  const rows: DiscordMessage['components'] = [];
  if (questions.length) rows.push({ type: ComponentType.ActionRow, components: questions });

  // Votes are asked only on facts: they tell maintainers which curated answers need work.
  if (reply.kind === 'fact' && answerId) {
    const up = encodeCustomId({ type: 'vote', vote: 'up', answerId });
    const down = encodeCustomId({ type: 'vote', vote: 'down', answerId });
    if (up && down) {
      rows.push({
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, label: replyWords(reply).helpful, custom_id: up },
          { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, label: replyWords(reply).notHelpful, custom_id: down },
        ],
      });
    }
  }
  return rows;
}

/** A question of several that got no answer is echoed in a line of at most this many characters (a question is short; a paste is cut). */
const UNANSWERED_LINE_CHARS = 300;

/**
 * Renders a reply as an embed plus buttons. Pass `answerId` (from
 * {@link BotAnswer}) to add 👍/👎 feedback buttons to a fact.
 */
export function renderReply(reply: Reply, answerId?: string): DiscordMessage {
  // A message of several questions: every answer's embed is titled with the question it answers, the first one's
  // too (not with the whole message), so its reading needs no line of its own.
  const several = reply.kind === 'fact' && (reply.also?.length ?? 0) > 0 && reply.readingAs !== undefined;
  const reading = several ? null : readingLine(reply);
  const embeds = [buildEmbed(several ? { ...reply, question: reply.readingAs! } : reply)];
  // The answers to the message's other questions, one embed each, titled with the question it answers; each only
  // when the message stays within Discord's 6000 characters over all its embeds.
  let total = embedTextLength(embeds[0]!);
  for (const other of reply.kind === 'fact' ? (reply.also ?? []) : []) {
    const embed = buildEmbed({ ...other, question: other.readingAs ?? other.question });
    if (total + embedTextLength(embed) > LIMITS.embedTotal || embeds.length >= LIMITS.embedsPerMessage) break;
    total += embedTextLength(embed);
    embeds.push(embed);
  }
  // Subtext above the embeds: a follow-up's reading, so a wrong reading shows; and the questions of a message of
  // several that got no answer, so they are not taken for overlooked.
  const subtext = [
    ...(reading ? [`-# ${escapeAndClip(oneLine(reading), LIMITS.messageContent - 3)}`] : []),
    ...unansweredLines(reply).map((l) => `-# ${escapeAndClip(oneLine(l), UNANSWERED_LINE_CHARS)}`),
  ];
  return {
    ...(subtext.length > 0 ? { content: clip(subtext.join('\n'), LIMITS.messageContent) } : {}),
    embeds,
    components: buildComponents(reply, answerId),
    allowedMentions: { ...NO_MENTIONS, parse: [] },
  };
}

/** Renders what the Bot gave: the reply, with feedback buttons bound to its id when it has one (help has none). */
export function renderAnswer(answer: BotAnswer | HelpAnswer): DiscordMessage {
  return renderReply(answer.reply, answer.id);
}

/** A short plain message (apologies, acknowledgements). */
export function renderNotice(text: string): DiscordMessage {
  return {
    content: clip(text, LIMITS.messageContent),
    embeds: [],
    components: [],
    allowedMentions: { ...NO_MENTIONS, parse: [] },
  };
}

/** What a user sees when answering their message failed. */
export const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';

/** Acknowledgement of a 👍/👎 click; `known` is false when the answer is too old to rate. */
export function feedbackNotice(vote: Vote, known: boolean): DiscordMessage {
  if (!known) return renderNotice('Thanks! That answer is too old to rate now, but you can ask again.');
  return renderNotice(
    vote === 'up' ? 'Thanks for the 👍, glad it helped!' : 'Thanks for the 👎, the maintainers will look at this answer.',
  );
}

// ---------------------------------------------------------------------------
// Autocomplete and mentions
// ---------------------------------------------------------------------------

/**
 * Turns known questions into autocomplete choices: at most 25, names and
 * values within 100 characters, no duplicates, no empty entries.
 */
export function renderChoices(questions: readonly string[]): APIApplicationCommandOptionChoice<string>[] {
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  const seen = new Set<string>();
  for (const q of questions) {
    const text = oneLine(q);
    if (!text) continue;
    const value = clip(text, LIMITS.choiceValue, '');
    if (seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: clip(text, LIMITS.choiceName), value });
    if (choices.length >= LIMITS.choices) break;
  }
  return choices;
}

/**
 * The question in a message addressed to the bot: the text with every
 * mention of the bot (`<@id>` or the older `<@!id>`) removed, and of its
 * managed role (`<@&roleId>`) when given: picking "@factbot" in Discord's
 * mention menu sometimes inserts the bot's role instead of the bot.
 */
export function extractQuestion(content: string, botId: string, botRoleId?: string): string {
  // Snowflakes are digits; stripping anything else keeps the patterns literal.
  const id = botId.replace(/[^0-9]/g, '');
  const role = botRoleId?.replace(/[^0-9]/g, '');
  let text = content;
  if (id) text = text.replace(new RegExp(`<@!?${id}>`, 'g'), ' ');
  if (role) text = text.replace(new RegExp(`<@&${role}>`, 'g'), ' ');
  // Line breaks stay: a message typed on several lines may ask a question a line.
  return tidyWhitespace(text);
}
