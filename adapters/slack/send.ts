/**
 * The one way the Slack adapter sends anything. Every message goes through
 * {@link send} as a rendered {@link SlackMessage} (render.ts has escaped all
 * user and knowledge text in it), to one of the four places Slack takes
 * messages from an app; how each is called (unfurling off, which response
 * URL flags) is decided here and nowhere else.
 */
import type { AckFn, AllMiddlewareArgs, RespondArguments, RespondFn } from '@slack/bolt';
import type { SlackMessage } from './render.ts';

/** The Web API client Bolt hands each listener. */
export type SlackClient = AllMiddlewareArgs['client'];

/** Where a message goes. */
export type SlackTarget =
  /** `chat.postMessage`: everyone in the conversation (a channel thread or a DM) sees it. */
  | { via: 'post'; client: SlackClient; channel: string; threadTs: string | undefined }
  /** `chat.postEphemeral`: shown in the conversation to `user` only. */
  | { via: 'ephemeral'; client: SlackClient; channel: string; user: string; threadTs: string | undefined }
  /**
   * The acknowledgement of a slash command, shown to the person who typed it
   * only: no API call, and it works in channels the bot is not a member of.
   */
  | { via: 'ack'; ack: AckFn<string | RespondArguments> }
  /**
   * A click's response URL. `private`: a new message for the clicker only.
   * `share`: posted for everyone in the channel, replacing the clicker's
   * private copy (which only its response URL can change).
   */
  | { via: 'response-url'; respond: RespondFn; as: 'private' | 'share' };

/** Sends `message` to `target`; rejects when Slack refuses or cannot be reached. */
export async function send(target: SlackTarget, message: SlackMessage): Promise<void> {
  const { text, blocks } = message;
  switch (target.via) {
    case 'post':
      await target.client.chat.postMessage({
        channel: target.channel,
        ...(target.threadTs !== undefined ? { thread_ts: target.threadTs } : {}),
        text,
        blocks,
        // A cited source link should not unfold into a big preview under every answer.
        unfurl_links: false,
        unfurl_media: false,
      });
      return;
    case 'ephemeral':
      await target.client.chat.postEphemeral({
        channel: target.channel,
        user: target.user,
        ...(target.threadTs !== undefined ? { thread_ts: target.threadTs } : {}),
        text,
        blocks,
      });
      return;
    case 'ack':
      await target.ack({ response_type: 'ephemeral', text, blocks });
      return;
    case 'response-url':
      await target.respond(
        target.as === 'share'
          ? { response_type: 'in_channel', delete_original: true, text, blocks }
          : { response_type: 'ephemeral', replace_original: false, text, blocks },
      );
      return;
  }
}
