/**
 * What comes in from Slack, made safe to reason about: events, envelopes and
 * button clicks read with zod into small typed shapes (Bolt types its
 * payloads but checks nothing, and its union of 30+ message subtypes is more
 * than we need), and Slack-formatted text turned into the plain question the
 * bot answers. Pure functions only; nothing here casts what Slack sent.
 */
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { tidyWhitespace } from '../../src/text/normalize.ts';
import type { ShareValue } from './render.ts';

/**
 * A text field that may be absent: a missing, empty or non-string value all
 * read as absent, so one odd field never makes a whole event unreadable.
 */
const optionalText = z.string().min(1).optional().catch(undefined);

const messageSchema = z.object({
  type: z.string().min(1),
  channel: z.string().min(1),
  ts: z.string().min(1),
  text: z.string().catch(''),
  subtype: optionalText,
  channel_type: optionalText,
  user: optionalText,
  bot_id: optionalText,
  // Some bot messages carry only a profile; its contents do not matter, its presence does.
  bot_profile: z.unknown().optional(),
  thread_ts: optionalText,
  client_msg_id: optionalText,
});

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

/** Reads a Slack event into {@link IncomingMessage}; undefined when it is not an object with a type, channel and ts. */
export function readMessage(event: unknown): IncomingMessage | undefined {
  const parsed = messageSchema.safeParse(event);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  const botProfile = typeof e.bot_profile === 'object' && e.bot_profile !== null;
  return {
    type: e.type,
    channel: e.channel,
    ts: e.ts,
    text: e.text,
    ...(e.subtype !== undefined ? { subtype: e.subtype } : {}),
    ...(e.channel_type !== undefined ? { channelType: e.channel_type } : {}),
    ...(e.user !== undefined ? { user: e.user } : {}),
    ...(e.bot_id !== undefined ? { botId: e.bot_id } : botProfile ? { botId: 'unknown' } : {}),
    ...(e.thread_ts !== undefined ? { threadTs: e.thread_ts } : {}),
    ...(e.client_msg_id !== undefined ? { clientMsgId: e.client_msg_id } : {}),
  };
}

const eventCallbackSchema = z.object({
  type: z.literal('event_callback'),
  event_id: optionalText,
  event: z.unknown(),
});

/** An Events API envelope (`event_callback`): its event, unread, and Slack's event id. Undefined for any other body. */
export function readEventCallback(body: unknown): { event: unknown; eventId?: string } | undefined {
  const parsed = eventCallbackSchema.safeParse(body);
  if (!parsed.success) return undefined;
  return { event: parsed.data.event, ...(parsed.data.event_id !== undefined ? { eventId: parsed.data.event_id } : {}) };
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
 * whitespace is tidied, line breaks kept (a line may be a question of its
 * own). Other `<…>` tokens (`<!channel>`, `<@U123>`) are kept as literal
 * text: they are meaningless to the engine and are escaped again whenever
 * they are shown.
 */
export function questionFromSlackText(text: string, botUserId?: string): string {
  let t = capInput(text);
  if (botUserId !== undefined) {
    t = t.replace(new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/g, '')}(?:\\|[^>]*)?>`, 'g'), ' ');
  }
  t = t.replace(/<((?:https?|mailto):[^|>\s]+)\|([^>]+)>/g, '$2').replace(/<((?:https?|mailto):[^|>\s]+)>/g, '$1');
  return tidyWhitespace(unescapeSlack(t));
}

// ---- Button clicks. ----

const idSchema = z.object({ id: optionalText }).optional().catch(undefined);

// Bolt types `container` as any and the rest as Slack documents it; all of it is read through this.
const clickSchema = z.object({
  user: idSchema,
  channel: idSchema,
  container: z
    .object({
      channel_id: optionalText,
      message_ts: optionalText,
      thread_ts: optionalText,
      is_ephemeral: z.boolean().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  message: z.object({ ts: optionalText, thread_ts: optionalText }).optional().catch(undefined),
});

/** Where a button was clicked: which channel and thread to answer in, and by whom. */
export interface ClickPlace {
  channel?: string;
  threadTs?: string;
  user?: string;
  /** The clicked message was only visible to the clicker (an /ask answer). */
  ephemeral: boolean;
  isDm: boolean;
}

/** Reads where a block_actions click happened; whatever is missing or malformed is left out. */
export function whereClicked(body: BlockAction): ClickPlace {
  const parsed = clickSchema.safeParse(body);
  const b = parsed.success ? parsed.data : {};
  const channel = b.channel?.id ?? b.container?.channel_id;
  const isDm = channel?.startsWith('D') ?? false;
  const ephemeral = b.container?.is_ephemeral === true;
  const messageTs = b.message?.ts ?? b.container?.message_ts;
  // Answers go in the clicked message's thread; a top-level message in a
  // channel starts one, a top-level DM message is answered at top level.
  const threadTs = b.message?.thread_ts ?? b.container?.thread_ts ?? (isDm ? undefined : messageTs);
  const user = b.user?.id;
  return {
    ephemeral,
    isDm,
    ...(channel !== undefined ? { channel } : {}),
    ...(threadTs !== undefined ? { threadTs } : {}),
    ...(user !== undefined ? { user } : {}),
  };
}

const buttonSchema = z.object({ value: z.string().catch(''), action_ts: optionalText });

/** A clicked button's value ('' when it has none) and the click's action_ts. */
export function readButton(action: ButtonAction): { value: string; actionTs?: string } {
  const parsed = buttonSchema.safeParse(action);
  if (!parsed.success) return { value: '' };
  return { value: parsed.data.value, ...(parsed.data.action_ts !== undefined ? { actionTs: parsed.data.action_ts } : {}) };
}

// Checked against the type render.ts writes, so the two cannot drift apart.
const shareValueSchema: z.ZodType<ShareValue> = z.object({ a: z.string(), q: z.string(), f: z.string().optional().catch(undefined), l: z.string().optional().catch(undefined) });

/** The "Share in channel" button's value ({@link ShareValue} as JSON); undefined when it is not one. */
export function readShareValue(raw: string): ShareValue | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = shareValueSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
