/**
 * `/ask`: answered in the command's acknowledgement, visible to the asker
 * only, with "Share in channel" to post it for everyone. Answering in the ack
 * needs no extra API call and works in channels the bot is not a member of,
 * where chat.postEphemeral would fail.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { AskContext } from '../../src/bot.ts';
import { logWhere } from '../../src/log.ts';
import { slowDownText } from '../../src/ratelimit.ts';
import { asker, type SlackHandlerContext } from './context.ts';
import { describeError } from './errors.ts';
import { questionFromSlackText } from './incoming.ts';
import { renderFailure, renderNotice, renderReply } from './render.ts';
import { send, type SlackTarget } from './send.ts';

/** The slash command in the manifest. */
export const SLASH_COMMAND = '/ask';

/** The /ask handler, bound to the adapter's {@link SlackHandlerContext}. */
export function commandHandlers(h: SlackHandlerContext) {
  async function onAsk({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const ctx: AskContext = { platform: 'slack', ...asker(command.user_id), channelKind: 'slash' };
    const target: SlackTarget = { via: 'ack', ack };
    try {
      const verdict = await h.limit(ctx, undefined);
      if (verdict.decision !== 'ok') {
        // Only the asker sees a command's answer, so the notice is shown every time: silence would look broken.
        await send(target, renderNotice(slowDownText(verdict)));
        h.activity({ kind: 'limited', via: 'command', warned: true });
        return;
      }
      const { id, reply } = h.bot.answer(questionFromSlackText(command.text ?? ''), ctx);
      if (id !== undefined) h.shareable.set(id, { id, reply });
      await send(target, renderReply(reply, { surface: { kind: 'ephemeral' }, ...(id ? { answerId: id } : {}) }));
      h.activity({ kind: 'answered', via: 'command' });
    } catch (error) {
      h.log.error({ ...logWhere(ctx), via: 'command', err: describeError(error) }, 'could not answer');
      await send(target, renderFailure()).catch(() => undefined);
      h.activity({ kind: 'failed', via: 'command' });
    }
  }

  return { onAsk };
}
