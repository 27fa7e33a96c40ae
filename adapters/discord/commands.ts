/**
 * The slash commands factbot offers, their registration through Discord's
 * REST API, and the invite link. Used by the `discord:register` CLI command.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  OAuth2Scopes,
  PermissionFlagsBits,
  REST,
  Routes,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** Longest question accepted by /ask (the curated questions are at most 200 characters). */
export const MAX_QUESTION_LENGTH = 500;

/**
 * The command definitions, exactly as PUT to Discord. Usable in servers and in
 * the bot's DMs; installed to servers (the bot account has to be present to
 * answer mentions, so user installs are not offered).
 */
export const DISCORD_COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: 'ask',
    type: ApplicationCommandType.ChatInput,
    description: 'Ask factbot a question',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      {
        name: 'question',
        description: 'Your question (suggestions appear as you type; "help" explains what I know)',
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: MAX_QUESTION_LENGTH,
      },
      {
        name: 'private',
        description: 'Show the answer to you only',
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      },
    ],
  },
  {
    name: 'about',
    type: ApplicationCommandType.ChatInput,
    description: 'What factbot knows and how to ask it',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      {
        name: 'private',
        description: 'Show the answer to you only',
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      },
    ],
  },
];

/**
 * The minimal permissions: see channels, send messages (also in threads), embed
 * answers, and read history (Discord requires it to reply to a message).
 */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/** The OAuth2 link that adds the bot and its commands to a server with {@link BOT_PERMISSIONS}. */
export function discordInviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

/** Options for {@link registerDiscordCommands}. */
export interface RegisterDiscordCommandsOptions {
  /** Bot token (DISCORD_TOKEN). */
  token: string;
  /** Application id (DISCORD_APPLICATION_ID). */
  applicationId: string;
  /** Register in this server only (updates instantly; for testing). Global otherwise (may take up to an hour to appear). */
  guildId?: string;
  /** REST base without the version (DISCORD_API_URL); Discord's own when unset. */
  apiUrl?: string;
}

/** What {@link registerDiscordCommands} did. */
export interface RegisterDiscordCommandsResult {
  scope: 'guild' | 'global';
  /** Names of the commands now registered. */
  commands: string[];
  inviteUrl: string;
}

/**
 * Registers (overwrites) factbot's slash commands, in one server when
 * `guildId` is given and globally otherwise, then writes a summary and the
 * invite URL to `out`. Rejects with Discord's error when the PUT fails.
 */
export async function registerDiscordCommands(
  options: RegisterDiscordCommandsOptions,
  out: { write(text: string): unknown } = process.stdout,
): Promise<RegisterDiscordCommandsResult> {
  const { token, applicationId, guildId, apiUrl } = options;
  if (!/^\d{17,20}$/.test(applicationId)) throw new Error('applicationId: expected a number of 17 to 20 digits');
  if (guildId !== undefined && !/^\d{17,20}$/.test(guildId)) {
    throw new Error('guild: expected a server id, a number of 17 to 20 digits (Developer Mode → right-click the server → Copy Server ID)');
  }
  const rest = new REST({ version: '10', ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
  try {
    const route = guildId
      ? Routes.applicationGuildCommands(applicationId, guildId)
      : Routes.applicationCommands(applicationId);
    // PUT replaces the whole set, so commands removed from DISCORD_COMMANDS disappear too.
    const saved = (await rest.put(route, { body: DISCORD_COMMANDS })) as { name: string }[];
    const result: RegisterDiscordCommandsResult = {
      scope: guildId ? 'guild' : 'global',
      commands: saved.map((c) => c.name),
      inviteUrl: discordInviteUrl(applicationId),
    };
    const where = guildId ? `in server ${guildId} (available now)` : 'globally (may take up to an hour to appear)';
    out.write(
      `Registered ${result.commands.map((n) => `/${n}`).join(', ')} ${where}.\n` +
        `Invite the bot with:\n${result.inviteUrl}\n`,
    );
    return result;
  } finally {
    // Sweeper timers would otherwise keep a short-lived CLI process alive.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
