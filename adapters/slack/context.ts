/**
 * What the Slack handlers (events.ts, command.ts, buttons.ts) share, built
 * once by createSlackAdapter: the Bot, the logger, the rate limit, the stores
 * and the activity report. Handlers get it as an argument rather than
 * reaching for module state, so each can be read on its own.
 */
import type { AskContext, Bot, BotAnswer } from '../../src/bot.ts';
import type { Logger } from '../../src/log.ts';
import type { GateResult } from '../../src/ratelimit.ts';
import type { BoundedMap, EventLedger, ThreadRegistry } from '../../src/store/ledger.ts';

/** What the adapter did with one incoming event or click; for metrics and tests. */
export interface SlackActivity {
  /** `limited`: refused by the rate limit (with a "slow down" notice when `warned`). */
  kind: 'answered' | 'ignored' | 'voted' | 'failed' | 'limited';
  via: 'mention' | 'dm' | 'thread' | 'message' | 'command' | 'related' | 'suggestion' | 'share' | 'feedback';
  /** Why it was ignored (kind "ignored"). */
  reason?: 'duplicate' | 'bot' | 'subtype' | 'not-addressed' | 'no-match';
  /** Slack's event_id for events; the action's action_ts for clicks. */
  ref?: string;
  /** For `limited`: whether the person was shown the "slow down" notice. */
  warned?: boolean;
}

/** Everything a handler needs. */
export interface SlackHandlerContext {
  bot: Bot;
  log: Logger;
  /** SLACK_THREAD_FOLLOWUPS: answer in threads the bot answered in without a new mention. */
  threadFollowups: boolean;
  /** Events already handled (Slack re-delivers what it thinks was not acknowledged). */
  ledger: EventLedger;
  /** Threads the bot answered in. */
  threads: ThreadRegistry;
  /** Answers shown privately (/ask, clicks on private answers), kept so "Share in channel" posts exactly what the asker saw. */
  shareable: BoundedMap<BotAnswer>;
  /** The shared rate limit; `publicChannel` only for an answer everyone in that channel sees. */
  limit(ctx: AskContext, publicChannel: string | undefined): Promise<GateResult>;
  /** Reports what was done with an event or click; never throws. */
  activity(a: SlackActivity): void;
}

/** `{ ref }` when there is one, for {@link SlackActivity}. */
export const ref = (value: string | undefined): { ref?: string } => (value !== undefined ? { ref: value } : {});

/** `{ userId }` when the user is known, for an {@link AskContext}. */
export const asker = (id: string | undefined): { userId?: string } => (id !== undefined ? { userId: id } : {});

/**
 * The conversation a Slack message belongs to, for follow-ups (issue 16):
 * a thread is one (channel and thread), a DM is one (its channel).
 */
export function slackConversation(channel: string, threadTs?: string): string {
  return threadTs === undefined ? channel : `${channel}:${threadTs}`;
}
