/**
 * Button clicks: a related question, a "did you mean" suggestion, 👍/👎 and
 * "Share in channel". Payloads come typed with Bolt's own types
 * (`BlockAction<ButtonAction>`); what Bolt leaves untyped or merely assumes
 * (where the click happened, the button's value) is read through incoming.ts.
 * Every click is acknowledged first: Slack shows an error after 3 s without.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AskContext, BotAnswer, HelpAnswer } from '../../src/bot.ts';
import type { Vote } from '../../src/feedback.ts';
import { logWhere } from '../../src/log.ts';
import { slowDownText } from '../../src/ratelimit.ts';
import { asker, ref, slackConversation, type SlackHandlerContext } from './context.ts';
import { describeError } from './errors.ts';
import { readButton, readShareValue, whereClicked, type ClickPlace } from './incoming.ts';
import { readRelatedValue, renderFeedbackAck, renderNotice, renderReply, type Surface } from './render.ts';
import { send, type SlackTarget } from './send.ts';

/** What Bolt hands a block_actions listener. */
export type BlockActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;
/** The same, once the action is known to be a button. */
export type ButtonClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Narrows a block action to a button click by its `type`, as Slack sends it. */
export function isButtonClick(args: BlockActionArgs): args is ButtonClickArgs {
  return args.action.type === 'button';
}

/** A click, read: where it happened, the button's value and the click's action_ts. */
interface Click {
  where: ClickPlace;
  value: string;
  actionTs: string | undefined;
  args: ButtonClickArgs;
}

/** The kind of conversation a click happened in, for the {@link AskContext}. */
const channelKindOf = (where: ClickPlace): AskContext['channelKind'] => (where.ephemeral ? 'slash' : where.isDm ? 'dm' : 'thread');

/** A click in a thread or a DM is a question asked in that conversation (follow-ups, issue 16); a private answer's is not. */
const conversationOf = (where: ClickPlace): { conversationId?: string } => {
  if (where.ephemeral || where.channel === undefined) return {};
  if (where.isDm) return { conversationId: slackConversation(where.channel) };
  return where.threadTs === undefined ? {} : { conversationId: slackConversation(where.channel, where.threadTs) };
};

/** The clicker's private reply, through the click's response URL. */
const privately = (args: ButtonClickArgs): SlackTarget => ({ via: 'response-url', respond: args.respond, as: 'private' });

/** The button handlers, bound to the adapter's {@link SlackHandlerContext}. */
export function buttonHandlers(h: SlackHandlerContext) {
  /** Acknowledges the click, then reads it; undefined for a block action that is not a button (none of ours). */
  async function acknowledge(args: BlockActionArgs): Promise<Click | undefined> {
    await args.ack();
    if (!isButtonClick(args)) return undefined;
    const { value, actionTs } = readButton(args.action);
    return { where: whereClicked(args.body), value, actionTs, args };
  }

  /** Answers a click with a new reply where the click happened. */
  async function deliverAnswer(click: Click, via: 'related' | 'suggestion', compute: (ctx: AskContext) => BotAnswer | HelpAnswer): Promise<void> {
    const { where, actionTs, args } = click;
    const ctx: AskContext = { platform: 'slack', ...asker(where.user), channelKind: channelKindOf(where), ...conversationOf(where) };
    const channel = where.ephemeral ? undefined : where.channel;
    try {
      const verdict = await h.limit(ctx, channel === undefined || where.isDm ? undefined : channel);
      if (verdict.decision !== 'ok') {
        // A private surface always gets the notice; in a conversation only the first time in a burst.
        const warned = channel === undefined || verdict.decision === 'warn';
        if (warned) await send(privately(args), renderNotice(slowDownText(verdict)));
        h.activity({ kind: 'limited', via, warned, ...ref(actionTs) });
        return;
      }
      const { id, reply } = compute(ctx);
      if (channel === undefined) {
        if (id !== undefined) h.shareable.set(id, { id, reply });
        await send(privately(args), renderReply(reply, { surface: { kind: 'ephemeral' }, ...(id ? { answerId: id } : {}) }));
      } else {
        const message = renderReply(reply, { surface: { kind: 'message' }, ...(id ? { answerId: id } : {}) });
        try {
          await send({ via: 'post', client: args.client, channel, threadTs: where.threadTs }, message);
          if (where.threadTs !== undefined && !where.isDm) await h.threads.remember(channel, where.threadTs);
        } catch (error) {
          // E.g. a shared answer in a private channel the bot is not in: answer the clicker privately instead.
          h.log.warn({ via, channel, err: describeError(error) }, 'could not post in the channel; answering privately');
          await send(privately(args), message);
        }
      }
      h.activity({ kind: 'answered', via, ...ref(actionTs) });
    } catch (error) {
      h.log.error({ ...logWhere(ctx), via, err: describeError(error) }, 'could not answer');
      h.activity({ kind: 'failed', via, ...ref(actionTs) });
    }
  }

  /** A related question: its fact, answered where the click happened. */
  async function onRelated(args: BlockActionArgs): Promise<void> {
    const click = await acknowledge(args);
    if (!click) return;
    const { factId, language } = readRelatedValue(click.value);
    await deliverAnswer(click, 'related', (ctx) => h.bot.askFact(factId, language ? { ...ctx, locale: language } : ctx));
  }

  /** A "did you mean" (or example) question, asked as if typed. */
  async function onSuggestion(args: BlockActionArgs): Promise<void> {
    const click = await acknowledge(args);
    if (click) await deliverAnswer(click, 'suggestion', (ctx) => h.bot.answer(click.value, ctx));
  }

  /** 👍 or 👎: recorded by the Bot, acknowledged to the voter only. */
  function onVote(vote: Vote) {
    return async (args: BlockActionArgs): Promise<void> => {
      const click = await acknowledge(args);
      if (!click) return;
      const { where, actionTs } = click;
      try {
        const recorded = h.bot.feedback(click.value, vote, { platform: 'slack', ...asker(where.user), channelKind: channelKindOf(where) });
        const message = renderFeedbackAck(vote, recorded);
        if (where.ephemeral || where.channel === undefined || where.user === undefined) {
          await send(privately(click.args), message);
        } else {
          try {
            await send({ via: 'ephemeral', client: click.args.client, channel: where.channel, user: where.user, threadTs: where.threadTs }, message);
          } catch (error) {
            h.log.warn({ channel: where.channel, err: describeError(error) }, 'could not acknowledge feedback in the channel; using the response URL');
            await send(privately(click.args), message);
          }
        }
        h.activity({ kind: 'voted', via: 'feedback', ...ref(actionTs) });
      } catch (error) {
        h.log.error({ via: 'feedback', err: describeError(error) }, 'could not record feedback');
        h.activity({ kind: 'failed', via: 'feedback', ...ref(actionTs) });
      }
    };
  }

  /** "Share in channel": the asker's private answer, posted for everyone with their name on it. */
  async function onShare(args: BlockActionArgs): Promise<void> {
    const click = await acknowledge(args);
    if (!click) return;
    const { where, actionTs } = click;
    const fail = (err: string) => {
      h.log.error({ via: 'share', err }, 'could not share an answer');
      h.activity({ kind: 'failed', via: 'share', ...ref(actionTs) });
    };
    const value = readShareValue(click.value);
    if (!value) {
      fail('malformed share button value');
      return;
    }
    try {
      const ctx: AskContext = { platform: 'slack', ...asker(where.user), channelKind: 'slash' };
      // Remembered: exactly what the asker saw. Forgotten (a restart): answered again from the button.
      const asked = value.l !== undefined ? { ...ctx, locale: value.l } : ctx;
      const known = h.shareable.get(value.a) ?? (value.f !== undefined ? h.bot.askFact(value.f, asked) : h.bot.ask(value.q, asked));
      const surface: Surface = { kind: 'shared', askedBy: where.user ?? '' };
      await send({ via: 'response-url', respond: click.args.respond, as: 'share' }, renderReply(known.reply, { surface, answerId: known.id }));
      h.activity({ kind: 'answered', via: 'share', ...ref(actionTs) });
    } catch (error) {
      fail(describeError(error));
    }
  }

  return { onRelated, onSuggestion, onVote, onShare };
}
