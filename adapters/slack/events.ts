/**
 * Events: mentions, DMs and follow-ups in threads the bot answered in. A
 * filter before every listener drops what is not a person asking; each event
 * is answered once (the ledger), within the rate limit, in its channel and
 * thread. A failure gets the person a short apology and the log the details.
 */
import type { AllMiddlewareArgs, AnyMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AskContext, BotAnswer, HelpAnswer } from '../../src/bot.ts';
import { logWhere } from '../../src/log.ts';
import { slowDownText, type GateResult } from '../../src/ratelimit.ts';
import { asker, ref, slackConversation, type SlackHandlerContext } from './context.ts';
import { describeError } from './errors.ts';
import {
  mentions,
  mentionsSomeoneElse,
  notFromAPerson,
  questionFromSlackText,
  readEventCallback,
  readMessage,
  type IncomingMessage,
} from './incoming.ts';
import { renderFailure, renderNotice, renderReply } from './render.ts';
import { send, type SlackClient, type SlackTarget } from './send.ts';

type EventArgs<Name extends string> = SlackEventMiddlewareArgs<Name> & AllMiddlewareArgs;

/** One event to answer, as the listeners below have read it. */
interface Asked {
  via: 'mention' | 'dm' | 'thread';
  eventId: string | undefined;
  /** The thread to answer in; undefined answers at the top level (a DM). */
  threadTs: string | undefined;
  question: string;
  ctx: AskContext;
  /** Not addressed to the bot explicitly (a thread follow-up): no "I don't know", no "slow down". */
  quietOnNoMatch: boolean;
  client: SlackClient;
}

/** The event handlers, bound to the adapter's {@link SlackHandlerContext}. */
export function eventHandlers(h: SlackHandlerContext) {
  /** Bolt middleware: drops what is not a person writing something new, once, before any listener. */
  async function ignoreNonPeople({ body, context, next }: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const envelope = readEventCallback(body);
    if (envelope) {
      const m = readMessage(envelope.event);
      if (m && (m.type === 'message' || m.type === 'app_mention')) {
        const reason = notFromAPerson(m, context.botUserId);
        if (reason !== undefined) {
          h.activity({ kind: 'ignored', via: m.type === 'app_mention' ? 'mention' : 'message', reason, ...ref(envelope.eventId) });
          return;
        }
      }
    }
    await next();
  }

  /** A mention: always answered, in a thread (under the mention, or in the thread it was made in). */
  async function onMention({ event, body, context, client }: EventArgs<'app_mention'>): Promise<void> {
    const m = readMessage(event);
    if (!m) return;
    await answerEvent(m, {
      via: 'mention',
      eventId: body.event_id,
      threadTs: m.threadTs ?? m.ts,
      question: questionFromSlackText(m.text, context.botUserId),
      ctx: { platform: 'slack', ...asker(m.user), channelKind: m.threadTs ? 'thread' : 'channel', conversationId: slackConversation(m.channel, m.threadTs ?? m.ts) },
      quietOnNoMatch: false,
      client,
    });
  }

  /** A message: a DM is always answered; in a channel only a follow-up in a thread the bot answered in. */
  async function onMessage({ event, body, context, client }: EventArgs<'message'>): Promise<void> {
    const m = readMessage(event);
    if (!m) return;
    const question = questionFromSlackText(m.text, context.botUserId);
    if (m.channelType === 'im') {
      await answerEvent(m, {
        via: 'dm',
        eventId: body.event_id,
        threadTs: m.threadTs,
        question,
        ctx: { platform: 'slack', ...asker(m.user), channelKind: 'dm', conversationId: slackConversation(m.channel) },
        quietOnNoMatch: false,
        client,
      });
      return;
    }
    const followup =
      h.threadFollowups &&
      m.threadTs !== undefined &&
      m.threadTs !== m.ts &&
      // A mention is answered by the app_mention event; one answer is enough.
      !mentions(m.text, context.botUserId) &&
      // "@alex what do you think?" is for Alex.
      !mentionsSomeoneElse(m.text, context.botUserId) &&
      (await h.threads.has(m.channel, m.threadTs));
    if (!followup) {
      h.activity({ kind: 'ignored', via: 'message', reason: 'not-addressed', ...ref(body.event_id) });
      return;
    }
    await answerEvent(m, {
      via: 'thread',
      eventId: body.event_id,
      threadTs: m.threadTs,
      question,
      ctx: { platform: 'slack', ...asker(m.user), channelKind: 'thread', conversationId: slackConversation(m.channel, m.threadTs) },
      quietOnNoMatch: true,
      client,
    });
  }

  /** Answers an event in its channel (and thread), once per event. */
  async function answerEvent(m: IncomingMessage, p: Asked): Promise<void> {
    const keys = [p.eventId && `event:${p.eventId}`, m.clientMsgId && `msg:${m.clientMsgId}`].filter((k): k is string => !!k);
    if (keys.length > 0 && !(await h.ledger.claim(keys))) {
      h.activity({ kind: 'ignored', via: p.via, reason: 'duplicate', ...ref(p.eventId) });
      return;
    }
    const where: SlackTarget = { via: 'post', client: p.client, channel: m.channel, threadTs: p.threadTs };
    const publicChannel = p.ctx.channelKind === 'dm' ? undefined : m.channel;
    let result: BotAnswer | HelpAnswer;
    try {
      // Addressed to the bot: the limit applies before any work is done.
      if (!p.quietOnNoMatch) {
        const verdict = await h.limit(p.ctx, publicChannel);
        if (verdict.decision !== 'ok') {
          await refuse(m, p, verdict);
          return;
        }
      }
      result = await h.bot.converse(p.question, p.ctx);
    } catch (error) {
      // The answer could not be made: the person gets a short apology, the log the details.
      h.log.error({ ...logWhere(p.ctx), via: p.via, err: describeError(error) }, 'could not answer a message; apologising');
      try {
        await send(where, renderFailure());
      } catch (again) {
        await h.ledger.release(keys).catch(() => undefined);
        h.log.warn({ ...logWhere(p.ctx), via: p.via, err: describeError(again) }, 'could not send the apology either');
      }
      h.activity({ kind: 'failed', via: p.via, ...ref(p.eventId) });
      return;
    }
    if (p.quietOnNoMatch && result.reply.kind === 'none') {
      // Not addressed to the bot explicitly: stay out of the conversation rather than say "I don't know".
      h.activity({ kind: 'ignored', via: p.via, reason: 'no-match', ...ref(p.eventId) });
      return;
    }
    if (p.quietOnNoMatch && (await h.limit(p.ctx, publicChannel)).decision !== 'ok') {
      // A follow-up nobody addressed to the bot: over the limit, it just stays quiet.
      h.activity({ kind: 'limited', via: p.via, warned: false, ...ref(p.eventId) });
      return;
    }
    try {
      const { id, reply } = result;
      await send(where, renderReply(reply, { surface: { kind: 'message' }, ...(id ? { answerId: id } : {}) }));
      if (p.threadTs !== undefined && p.ctx.channelKind !== 'dm') await h.threads.remember(m.channel, p.threadTs);
      h.activity({ kind: 'answered', via: p.via, ...ref(p.eventId) });
    } catch (error) {
      // Slack refused or could not be reached even after the Web API client's retries:
      // one error line, and the event may be answered if Slack delivers it again.
      await h.ledger.release(keys).catch(() => undefined);
      h.log.error({ ...logWhere(p.ctx), via: p.via, err: describeError(error) }, 'could not deliver an answer');
      h.activity({ kind: 'failed', via: p.via, ...ref(p.eventId) });
    }
  }

  /**
   * Over the limit: the first time in a burst a short "slow down" (only the
   * asker sees it in a channel), then nothing, so a flood gets no flood back.
   */
  async function refuse(m: IncomingMessage, p: Asked, verdict: Exclude<GateResult, { decision: 'ok' }>): Promise<void> {
    const warned = verdict.decision === 'warn';
    if (warned) {
      const notice = renderNotice(slowDownText(verdict));
      try {
        if (p.ctx.channelKind === 'dm' || m.user === undefined) await send({ via: 'post', client: p.client, channel: m.channel, threadTs: p.threadTs }, notice);
        else await send({ via: 'ephemeral', client: p.client, channel: m.channel, user: m.user, threadTs: p.threadTs }, notice);
      } catch (error) {
        h.log.warn({ ...logWhere(p.ctx), via: p.via, err: describeError(error) }, 'could not send the slow-down notice');
      }
    }
    h.activity({ kind: 'limited', via: p.via, warned, ...ref(p.eventId) });
  }

  return { ignoreNonPeople, onMention, onMessage };
}
