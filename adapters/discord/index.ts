/**
 * factbot on Discord: the public surface of the adapter. `src/main.ts` uses
 * {@link discordConfigFromEnv} and {@link createDiscordAdapter}; the CLI's
 * `discord:register` uses {@link registerDiscordCommands}.
 */
export { discordConfigFromEnv, type DiscordConfig } from './config.ts';
export {
  createDiscordAdapter,
  discordIntents,
  type DiscordAdapterOptions,
} from './adapter.ts';
export {
  registerDiscordCommands,
  discordInviteUrl,
  DISCORD_COMMANDS,
  BOT_PERMISSIONS,
  type RegisterDiscordCommandsOptions,
  type RegisterDiscordCommandsResult,
} from './commands.ts';
