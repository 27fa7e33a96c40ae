/**
 * Slack settings, read from the environment and validated with zod before
 * anything connects. A bad value stops start-up with a message that names the
 * variable and says what is expected; values themselves are never echoed,
 * because most of them are secrets and start-up output ends up in logs.
 */
import { inspect } from 'node:util';
import { z } from 'zod';

/** Settings shared by both connection modes. */
interface SlackConfigBase {
  /** Bot User OAuth Token (`xoxb-…`), used for every Web API call. */
  botToken: string;
  /** Answer replies in a thread the bot already answered in, without a fresh mention. */
  threadFollowups: boolean;
  /** Web API base URL (Bolt's `clientOptions.slackApiUrl`); undefined means Slack's default. */
  apiUrl?: string;
}

/** Socket Mode: the app opens a WebSocket to Slack, so no public URL is needed. */
export interface SlackSocketConfig extends SlackConfigBase {
  mode: 'socket';
  /** App-Level Token (`xapp-…`) with the `connections:write` scope. */
  appToken: string;
}

/** HTTP mode: Slack POSTs signed requests to `/slack/events` on this server. */
export interface SlackHttpConfig extends SlackConfigBase {
  mode: 'http';
  /** Signing Secret, used to reject requests that did not come from Slack. */
  signingSecret: string;
  /** Port to listen on; 0 picks a free one (tests). */
  port: number;
  /** Interface to bind; undefined means all interfaces. */
  host?: string;
}

/** Validated Slack settings. `mode` is decided by whether `SLACK_APP_TOKEN` is set. */
export type SlackConfig = SlackSocketConfig | SlackHttpConfig;

// An empty assignment (`SLACK_APP_TOKEN=` copied from .env.example) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

// Tokens are trimmed because a stray space or newline from copy-paste is the
// commonest mistake and is never part of a real token.
const token = (prefix: string, what: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^${prefix}-[A-Za-z0-9-]+$`), `expected ${what} starting with "${prefix}-"`);

/** The format of each variable, whichever are set (no variable is required here). */
const formatSchema = z.object({
  SLACK_BOT_TOKEN: optional(token('xoxb', 'the Bot User OAuth Token (OAuth & Permissions page)')),
  SLACK_APP_TOKEN: optional(token('xapp', 'an App-Level Token with the connections:write scope (Basic Information page)')),
  SLACK_SIGNING_SECRET: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{16,}$/, 'expected the Signing Secret (Basic Information → App Credentials), letters and digits only'),
  ),
  PORT: optional(
    z
      .string()
      .trim()
      .regex(/^\d+$/, 'expected a port number from 0 to 65535')
      .transform(Number)
      .refine((n) => n <= 65535, 'expected a port number from 0 to 65535'),
  ),
  SLACK_HTTP_HOST: optional(z.string().trim().regex(/^[A-Za-z0-9.:[\]-]+$/, 'expected a host name or IP address to listen on, e.g. 127.0.0.1')),
  SLACK_THREAD_FOLLOWUPS: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['true', 'false'], { error: 'expected true or false' })),
  ),
  SLACK_API_URL: optional(
    z
      .string()
      .trim()
      .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'expected an http(s) URL of the Web API, e.g. https://slack.com/api/'),
  ),
});

/** What Slack needs to run: the formats, and the tokens of one connection mode. */
const envSchema = formatSchema.superRefine((env, ctx) => {
  if (env.SLACK_BOT_TOKEN === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_BOT_TOKEN'],
      message: 'is missing: expected the Bot User OAuth Token starting with "xoxb-" (OAuth & Permissions page)',
    });
  }
  if (env.SLACK_APP_TOKEN === undefined && env.SLACK_SIGNING_SECRET === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_SIGNING_SECRET'],
      message:
        'is missing: set SLACK_APP_TOKEN (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET (Basic Information → App Credentials) for HTTP mode',
    });
  }
});

/** The Slack variables of an environment, and no other (the schemas see nothing else). */
const pick = (env: NodeJS.ProcessEnv) => ({
  SLACK_BOT_TOKEN: env.SLACK_BOT_TOKEN,
  SLACK_APP_TOKEN: env.SLACK_APP_TOKEN,
  SLACK_SIGNING_SECRET: env.SLACK_SIGNING_SECRET,
  PORT: env.PORT,
  SLACK_HTTP_HOST: env.SLACK_HTTP_HOST,
  SLACK_THREAD_FOLLOWUPS: env.SLACK_THREAD_FOLLOWUPS,
  SLACK_API_URL: env.SLACK_API_URL,
});

/**
 * What is wrong with the format of the Slack variables that are set, one
 * `VARIABLE: what is expected` line each (never the value); empty when nothing
 * is. Nothing is required: `npm start` checks these even when Slack is not
 * started, so `PORT=99999` is caught the day it is written, not the day
 * SLACK_BOT_TOKEN is added.
 */
export function slackSettingsProblems(env: NodeJS.ProcessEnv): string[] {
  const parsed = formatSchema.safeParse(pick(env));
  // Built from the path and our own messages only, as below.
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'Slack settings')}: ${issue.message}`))];
}

/**
 * Reads and validates the Slack settings from an environment.
 *
 * Socket Mode is used when `SLACK_APP_TOKEN` is set; HTTP mode otherwise.
 *
 * @throws Error listing every missing or malformed variable with what is
 *   expected. The message never contains a variable's value.
 */
export function slackConfigFromEnv(env: NodeJS.ProcessEnv): SlackConfig {
  const parsed = envSchema.safeParse(pick(env));
  if (!parsed.success) {
    // Built from the path and our own messages only: zod issues can carry the
    // input, and the input here is a secret.
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'Slack settings');
      const message = issue.message.startsWith('is missing') ? issue.message : `is invalid: ${issue.message}`;
      return `  ${name} ${message}`;
    });
    throw new Error(`Slack configuration problem:\n${[...new Set(lines)].join('\n')}`);
  }
  const e = parsed.data;
  const base = {
    // Checked in superRefine; the assertion only informs the type checker.
    botToken: e.SLACK_BOT_TOKEN as string,
    threadFollowups: e.SLACK_THREAD_FOLLOWUPS !== 'false',
    ...(e.SLACK_API_URL !== undefined ? { apiUrl: e.SLACK_API_URL } : {}),
  };
  if (e.SLACK_APP_TOKEN !== undefined) {
    return hideSecrets({ mode: 'socket', ...base, appToken: e.SLACK_APP_TOKEN });
  }
  return hideSecrets({
    mode: 'http',
    ...base,
    signingSecret: e.SLACK_SIGNING_SECRET as string,
    port: e.PORT ?? 3000,
    ...(e.SLACK_HTTP_HOST !== undefined ? { host: e.SLACK_HTTP_HOST } : {}),
  });
}

/**
 * Keeps secrets out of logs: a config passed whole to a logger, JSON.stringify
 * or console.log shows them as "[redacted]". Reading the fields still works.
 */
function hideSecrets<T extends SlackConfig>(config: T): T {
  const redacted = () => {
    const copy: Record<string, unknown> = { ...config };
    for (const key of ['botToken', 'appToken', 'signingSecret']) if (key in copy) copy[key] = '[redacted]';
    return copy;
  };
  Object.defineProperty(config, 'toJSON', { value: redacted, enumerable: false });
  Object.defineProperty(config, inspect.custom, { value: () => redacted(), enumerable: false });
  return config;
}
