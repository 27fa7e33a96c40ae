/**
 * The one way the Discord adapter sends anything. Every message goes through
 * {@link respond}, which forces the no-mentions policy on the payload, so a
 * question containing "@everyone" or a role mention can never make the bot
 * ping anyone, whichever code path produced the reply.
 */
import { MessageFlags, type InteractionReplyOptions, type Message, type MessageReplyOptions, type RepliableInteraction } from 'discord.js';
import { NO_MENTIONS, type DiscordMessage } from './render.ts';

/** Where a reply goes. */
export type RespondTarget =
  /** An inline reply to a message (a mention, a DM, or a reply to the bot). */
  | { message: Message }
  /** The answer to a slash command or button; `ephemeral` shows it to the clicker only. */
  | { interaction: RepliableInteraction; ephemeral: boolean };

/** discord.js options for an inline message reply, with mentions disabled. Pure; exported for tests. */
export function messageReplyOptions(payload: DiscordMessage): MessageReplyOptions {
  return {
    ...payload,
    // A deleted question must not turn the answer into an error: post it unreferenced instead.
    failIfNotExists: false,
    allowedMentions: { ...NO_MENTIONS, parse: [] },
  };
}

/** discord.js options for an interaction reply, with mentions disabled. Pure; exported for tests. */
export function interactionReplyOptions(payload: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return {
    ...payload,
    allowedMentions: { ...NO_MENTIONS, parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Sends `payload` to `target` with `allowedMentions: { parse: [] }` always set. */
export async function respond(target: RespondTarget, payload: DiscordMessage): Promise<void> {
  if ('message' in target) {
    await target.message.reply(messageReplyOptions(payload));
    return;
  }
  const { interaction, ephemeral } = target;
  const options = interactionReplyOptions(payload, ephemeral);
  // An interaction can be answered once; anything after that (e.g. an apology) is a follow-up.
  if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}
