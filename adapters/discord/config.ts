/**
 * Discord settings from the environment, validated with zod at start-up so a
 * missing or mistyped variable stops the bot with a message naming it, rather
 * than failing later with an opaque 401 from Discord. Error messages name the
 * variable and what is expected, never the value: the value may be a token.
 */
import { inspect } from 'node:util';
import { z } from 'zod';

/** Validated Discord settings. */
export interface DiscordConfig {
  /** Bot token (Developer Portal → Bot → Reset Token). Secret: never log it. */
  token: string;
  /** Application id (Developer Portal → General Information → Application ID). */
  applicationId: string;
  /** Request the privileged MessageContent intent (only for replies to the bot that do not mention it). */
  messageContent: boolean;
  /** REST base without the version, e.g. `http://127.0.0.1:4000/api`; Discord's own when unset. */
  apiUrl?: string;
}

const SNOWFLAKE = /^\d{17,20}$/;
// Bot tokens are three base64url parts joined by dots; a client secret or public key has no dots.
const TOKEN = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Empty strings (as `VAR=` in .env leaves them) mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const envSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'missing; expected the bot token (Developer Portal → your app → Bot → Reset Token)' })
    .trim()
    .min(1, 'missing; expected the bot token (Developer Portal → your app → Bot → Reset Token)')
    .regex(TOKEN, 'expected a bot token: three dot-separated parts, without a "Bot " prefix (not the client secret or public key)'),
  DISCORD_APPLICATION_ID: z
    .string({ error: 'missing; expected the application id (Developer Portal → General Information → Application ID)' })
    .trim()
    .regex(SNOWFLAKE, 'expected the application id: a number of 17 to 20 digits'),
  DISCORD_MESSAGE_CONTENT: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === 'true' || v === 'false', { error: 'expected "true" or "false"' }),
  ),
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), { error: 'expected an http(s) URL such as http://127.0.0.1:4000/api' })
      .refine((v) => !/\/v\d+\/?$/.test(v), { error: 'expected the base without the version (drop the trailing /v10; the client adds it)' }),
  ),
});

/**
 * Reads and validates the Discord variables from `env` (usually `process.env`).
 * Throws one Error listing every bad or missing variable and what is expected.
 */
export function discordConfigFromEnv(env: Record<string, string | undefined>): DiscordConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Built from our own messages and the variable names only: zod's defaults are not
    // guaranteed to leave the received value out, and that value may be a secret.
    const lines = parsed.error.issues.map((issue) => `  ${String(issue.path[0] ?? '(environment)')}: ${issue.message}`);
    throw new Error(`Discord configuration is invalid:\n${[...new Set(lines)].join('\n')}`);
  }
  const e = parsed.data;
  const config: DiscordConfig = {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    messageContent: e.DISCORD_MESSAGE_CONTENT === 'true',
    ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
  };
  return hideToken(config);
}

/**
 * Keeps the token out of logs: a config passed whole to a logger, JSON.stringify
 * or console.log shows `token: '[redacted]'`. Reading `config.token` still works.
 */
function hideToken(config: DiscordConfig): DiscordConfig {
  const redacted = () => ({ ...config, token: '[redacted]' });
  Object.defineProperty(config, 'toJSON', { value: redacted, enumerable: false });
  Object.defineProperty(config, inspect.custom, { value: () => redacted(), enumerable: false });
  return config;
}
