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
  /**
   * Sharding with discord.js's ShardingManager (docs/operations.md, "Running at scale"):
   * `count` shards in all (`auto`: as many as Discord recommends), of which
   * this machine runs `ids` (all of them when absent). Absent: one connection,
   * no shard processes.
   */
  sharding?: DiscordSharding;
}

/** Which shards to run: DISCORD_SHARDS, or DISCORD_SHARD_COUNT with DISCORD_SHARD_IDS. */
export interface DiscordSharding {
  count: number | 'auto';
  ids?: number[];
}

/** Most shards accepted: far above what any bot needs, low enough to catch a typo. */
const MAX_SHARDS = 4096;

/** Parses "0,1,2", "0-3" or "0-3,8,10-11" into sorted, distinct ids; undefined when malformed. */
export function parseShardIds(text: string): number[] | undefined {
  const ids = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^\s*(\d{1,4})\s*(?:-\s*(\d{1,4})\s*)?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    if (to < from || to - from >= MAX_SHARDS) return undefined;
    for (let i = from; i <= to; i++) ids.add(i);
  }
  return [...ids].sort((a, b) => a - b);
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
  DISCORD_SHARDS: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === 'auto' || (/^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SHARDS), {
        error: `expected auto (as many shards as Discord recommends) or a number of shards from 1 to ${MAX_SHARDS}`,
      }),
  ),
  DISCORD_SHARD_COUNT: optional(
    z
      .string()
      .trim()
      .refine((v) => /^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SHARDS, {
        error: `expected the total number of shards across all machines, from 1 to ${MAX_SHARDS}`,
      }),
  ),
  DISCORD_SHARD_IDS: optional(
    z
      .string()
      .trim()
      .refine((v) => parseShardIds(v) !== undefined, { error: 'expected shard ids such as 0,1 or 0-3 (ranges and lists, comma-separated)' }),
  ),
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), { error: 'expected an http(s) URL such as http://127.0.0.1:4000/api' })
      .refine((v) => !/\/v\d+\/?$/.test(v), { error: 'expected the base without the version (drop the trailing /v10; the client adds it)' }),
  ),
});

/** How the sharding variables go together (each one's own format is checked by the schema). */
function shardingRules(e: Partial<z.infer<typeof envSchema>>, ctx: z.RefinementCtx): void {
  if (e.DISCORD_SHARDS !== undefined && (e.DISCORD_SHARD_COUNT !== undefined || e.DISCORD_SHARD_IDS !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARDS'], message: 'set either DISCORD_SHARDS (all shards on this machine) or DISCORD_SHARD_COUNT with DISCORD_SHARD_IDS (a range of them), not both' });
  }
  if (e.DISCORD_SHARD_IDS !== undefined && e.DISCORD_SHARD_COUNT === undefined) {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_COUNT'], message: 'missing; DISCORD_SHARD_IDS needs the total number of shards across all machines' });
  }
  const ids = e.DISCORD_SHARD_IDS !== undefined ? parseShardIds(e.DISCORD_SHARD_IDS) : undefined;
  if (ids && e.DISCORD_SHARD_COUNT !== undefined && ids.some((id) => id >= Number(e.DISCORD_SHARD_COUNT))) {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_IDS'], message: 'expected ids below DISCORD_SHARD_COUNT (shards are numbered from 0)' });
  }
}

// Built from our own messages and the variable names only: zod's defaults are not
// guaranteed to leave the received value out, and that value may be a secret.
const problemLines = (error: z.ZodError) => [...new Set(error.issues.map((issue) => `${String(issue.path[0] ?? '(environment)')}: ${issue.message}`))];

/**
 * What is wrong with the Discord variables that are set, one `VARIABLE: what is
 * expected` line each (never the value); empty when nothing is. Nothing is
 * required: `npm start` checks these even when Discord is not started, so a
 * mistyped DISCORD_SHARDS shows the day it is written, not the day the token is added.
 */
export function discordSettingsProblems(env: Record<string, string | undefined>): string[] {
  // Empty (`DISCORD_APPLICATION_ID=` from .env.example) is unset here: nothing is required.
  const set = Object.fromEntries(Object.keys(envSchema.shape).flatMap((name) => (env[name]?.trim() ? [[name, env[name]]] : [])));
  const parsed = envSchema.partial().superRefine(shardingRules).safeParse(set);
  return parsed.success ? [] : problemLines(parsed.error);
}

/**
 * Reads and validates the Discord variables from `env` (usually `process.env`).
 * Throws one Error listing every bad or missing variable and what is expected.
 */
export function discordConfigFromEnv(env: Record<string, string | undefined>): DiscordConfig {
  const parsed = envSchema.superRefine(shardingRules).safeParse(env);
  if (!parsed.success) {
    throw new Error(`Discord configuration is invalid:\n${problemLines(parsed.error).map((line) => `  ${line}`).join('\n')}`);
  }
  const e = parsed.data;
  const config: DiscordConfig = {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    messageContent: e.DISCORD_MESSAGE_CONTENT === 'true',
    ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
    ...shardingOf(e),
  };
  return hideToken(config);
}

function shardingOf(e: { DISCORD_SHARDS?: string | undefined; DISCORD_SHARD_COUNT?: string | undefined; DISCORD_SHARD_IDS?: string | undefined }): { sharding?: DiscordSharding } {
  if (e.DISCORD_SHARDS !== undefined) return { sharding: { count: e.DISCORD_SHARDS === 'auto' ? 'auto' : Number(e.DISCORD_SHARDS) } };
  if (e.DISCORD_SHARD_COUNT === undefined) return {};
  const ids = e.DISCORD_SHARD_IDS !== undefined ? parseShardIds(e.DISCORD_SHARD_IDS) : undefined;
  return { sharding: { count: Number(e.DISCORD_SHARD_COUNT), ...(ids ? { ids } : {}) } };
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
