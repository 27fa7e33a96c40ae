/**
 * What comes in from Slack, made safe to reason about: message events read
 * into a small typed shape (Bolt's union of 30+ message subtypes is more than
 * we need), and Slack-formatted text turned into the plain question the bot
 * answers. Pure functions only.
 */

/** The fields of a `message` / `app_mention` event that the adapter uses. */
export interface IncomingMessage {
  type: string;
  subtype?: string;
  channel: string;
  channelType?: string;
  user?: string;
  botId?: string;
  text: string;
  ts: string;
  threadTs?: string;
  clientMsgId?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Reads a Slack event into {@link IncomingMessage}; undefined when it lacks a channel or ts. */
export function readMessage(event: unknown): IncomingMessage | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const e = event as Record<string, unknown>;
  const channel = str(e.channel);
  const ts = str(e.ts);
  const type = str(e.type);
  if (!channel || !ts || !type) return undefined;
  const botProfile = typeof e.bot_profile === 'object' && e.bot_profile !== null;
  return {
    type,
    channel,
    ts,
    text: typeof e.text === 'string' ? e.text : '',
    ...(str(e.subtype) ? { subtype: str(e.subtype) } : {}),
    ...(str(e.channel_type) ? { channelType: str(e.channel_type) } : {}),
    ...(str(e.user) ? { user: str(e.user) } : {}),
    ...(str(e.bot_id) ? { botId: str(e.bot_id) } : botProfile ? { botId: 'unknown' } : {}),
    ...(str(e.thread_ts) ? { threadTs: str(e.thread_ts) } : {}),
    ...(str(e.client_msg_id) ? { clientMsgId: str(e.client_msg_id) } : {}),
  };
}

/** Message subtypes that are still a person writing something new. */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

/** Why an event is not for the bot at all, or undefined when a person wrote it. */
export function notFromAPerson(m: IncomingMessage, botUserId: string | undefined): 'bot' | 'subtype' | undefined {
  // Any bot, ourselves included: bots answering bots loop forever.
  if (m.botId !== undefined || m.subtype === 'bot_message') return 'bot';
  if (botUserId !== undefined && m.user === botUserId) return 'bot';
  // Edits, deletions, joins, topic changes…: nothing new was asked.
  if (m.subtype !== undefined && !PERSON_SUBTYPES.has(m.subtype)) return 'subtype';
  if (m.user === undefined) return 'subtype';
  return undefined;
}

/** Slack's three escaped characters back to text (Slack sends `&lt;` for a typed `<`). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** True when the text contains a mention of this user (`<@U…>` or `<@U…|name>`). */
export function mentions(text: string, userId: string | undefined): boolean {
  if (userId === undefined) return false;
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}

/** True when the text mentions any user other than `botUserId`: then it is addressed to a person. */
export function mentionsSomeoneElse(text: string, botUserId: string | undefined): boolean {
  for (const match of text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)) {
    if (match[1] !== botUserId) return true;
  }
  return false;
}

/**
 * The most characters of a message the adapter reads (Slack allows 40,000).
 * The engine then keeps at most 500 (SEARCH.maxQuestionChars) for matching
 * and echoing; this cap only bounds the work done on a huge paste first.
 */
export const MAX_INPUT_CHARS = 4000;

/** Cuts raw input to {@link MAX_INPUT_CHARS} without leaving half a surrogate pair. */
export function capInput(text: string): string {
  if (text.length <= MAX_INPUT_CHARS) return text;
  const cut = text.slice(0, MAX_INPUT_CHARS);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Slack message text → the question for the bot: the bot's own mention is
 * removed, links become their label (or URL), entities are decoded, and
 * whitespace is collapsed. Other `<…>` tokens (`<!channel>`, `<@U123>`) are
 * kept as literal text: they are meaningless to the engine and are escaped
 * again whenever they are shown.
 */
export function questionFromSlackText(text: string, botUserId?: string): string {
  let t = capInput(text);
  if (botUserId !== undefined) {
    t = t.replace(new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/g, '')}(?:\\|[^>]*)?>`, 'g'), ' ');
  }
  t = t.replace(/<((?:https?|mailto):[^|>\s]+)\|([^>]+)>/g, '$2').replace(/<((?:https?|mailto):[^|>\s]+)>/g, '$1');
  return unescapeSlack(t).replace(/\s+/g, ' ').trim();
}

/** An empty question or a plain "help" asks for the help text. */
export function isHelpRequest(question: string): boolean {
  const q = question.trim().toLowerCase().replace(/[\s?!.]+$/g, '');
  return q === '' || q === 'help';
}
