/**
 * Every variable is checked when `npm start` starts, whichever adapters run: a
 * malformed setting for a platform not configured yet stops start-up too, with
 * one "Invalid configuration" message naming each bad variable, never its value.
 * The modules' checks that need no platform token, then the product itself.
 */
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { discordSettingsProblems } from '../adapters/discord/config.ts';
import { slackSettingsProblems } from '../adapters/slack/config.ts';
import { coreEnvProblems } from '../src/config.ts';
import { createLogger, logLevelProblems } from '../src/log.ts';
import { rateLimitEnvProblems } from '../src/ratelimit.ts';
import { logConfigProblems } from '../src/store/config.ts';
import { miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { startProduct, type RunningProduct } from './helpers/product.ts';

const running: RunningProduct[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) await p.cleanup();
});
afterAll(removeTempDirs);

describe('settings checks that need no platform token', () => {
  it('nothing set, or empty as .env leaves it: no problem', () => {
    const empty = {
      DISCORD_TOKEN: '',
      DISCORD_APPLICATION_ID: '',
      DISCORD_SHARDS: ' ',
      SLACK_APP_TOKEN: '',
      PORT: '',
      RATE_LIMIT_USER: '',
      LOG_LEVEL: '',
      LOG_SALT: '',
    };
    for (const check of [coreEnvProblems, logLevelProblems, logConfigProblems, rateLimitEnvProblems, slackSettingsProblems, discordSettingsProblems]) {
      expect(check({}), check.name).toEqual([]);
      expect(check(empty), check.name).toEqual([]);
    }
  });

  it('Slack: each malformed variable named, the tokens not required', () => {
    const env = { PORT: '99999', SLACK_THREAD_FOLLOWUPS: 'perhaps', SLACK_APP_TOKEN: 'xoxb-the-wrong-kind', SLACK_API_URL: 'slack dot com' };
    const problems = slackSettingsProblems(env);
    expect(problems).toEqual([
      'SLACK_APP_TOKEN: expected an App-Level Token with the connections:write scope (Basic Information page) starting with "xapp-"',
      'PORT: expected a port number from 0 to 65535',
      'SLACK_THREAD_FOLLOWUPS: expected true or false',
      'SLACK_API_URL: expected an http(s) URL of the Web API, e.g. https://slack.com/api/',
    ]);
    for (const value of Object.values(env)) expect(problems.join('\n')).not.toContain(value);
    expect(slackSettingsProblems({ PORT: '8080', SLACK_THREAD_FOLLOWUPS: 'FALSE' })).toEqual([]);
  });

  it('Discord: each malformed variable named, and how the shard variables go together; the token not required', () => {
    expect(discordSettingsProblems({ DISCORD_SHARDS: 'lots', DISCORD_MESSAGE_CONTENT: 'yes' })).toEqual([
      'DISCORD_MESSAGE_CONTENT: expected "true" or "false"',
      'DISCORD_SHARDS: expected auto (as many shards as Discord recommends) or a number of shards from 1 to 4096',
    ]);
    expect(discordSettingsProblems({ DISCORD_SHARD_IDS: '0-3' })).toEqual([
      'DISCORD_SHARD_COUNT: missing; DISCORD_SHARD_IDS needs the total number of shards across all machines',
    ]);
    const token = 'not-a-discord-token';
    expect(discordSettingsProblems({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '12' })).toEqual([
      'DISCORD_TOKEN: expected a bot token: three dot-separated parts, without a "Bot " prefix (not the client secret or public key)',
      'DISCORD_APPLICATION_ID: expected the application id: a number of 17 to 20 digits',
    ]);
    expect(discordSettingsProblems({ DISCORD_SHARDS: 'auto', DISCORD_APPLICATION_ID: '1299999999999999997' })).toEqual([]);
  });

  it('the rate limits, the question log, the core and LOG_LEVEL', () => {
    expect(rateLimitEnvProblems({ RATE_LIMIT_USER: 'abc', RATE_LIMIT_CHANNEL: 'off' })).toEqual([
      'RATE_LIMIT_USER: expected questions per time such as 5/30s, 20/1m or 100/h (units ms, s, m, h; at most a day), or off',
    ]);
    expect(logConfigProblems({ LOG_QUESTIONS: 'nope', LOG_SALT: 'short' })).toEqual([
      'LOG_QUESTIONS: expected true or false',
      'LOG_SALT: expected at least 16 characters (a long random string)',
    ]);
    expect(coreEnvProblems({ ANSWER_MAX_WRONG: '5%' })).toEqual(['ANSWER_MAX_WRONG: expected a share between 0 and 0.5, e.g. 0.05']);
    expect(logLevelProblems({ LOG_LEVEL: 'loud' })).toEqual(['LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent']);
  });

  it.each(['INFO', 'Warn', ' debug '])('LOG_LEVEL=%j is accepted, in any case', (level) => {
    expect(logLevelProblems({ LOG_LEVEL: level })).toEqual([]);
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString()));
    const logger = createLogger({ LOG_LEVEL: level }, out, { format: 'json' });
    logger.warn({}, 'shown');
    expect(text).toContain('"msg":"shown"');
  });
});

describe('npm start checks every variable, whichever adapters run', { timeout: 60_000 }, () => {
  it('no platform token (the console chat): malformed settings of every module stop start-up, named in one message without their values', async () => {
    const bad = {
      LOG_LEVEL: 'LOUDEST',
      RATE_LIMIT_USER: 'abc-per-second',
      PORT: '99999',
      SLACK_THREAD_FOLLOWUPS: 'perhaps-so',
      DISCORD_SHARDS: 'lots-of-them',
    };
    const product = startProduct({ KNOWLEDGE_DIR: writeKnowledge(miniFiles()), LOG_QUESTIONS: 'false', ...bad }, { stdin: 'pipe' });
    running.push(product);
    const exit = await product.exited;
    await product.closed;
    expect(exit).toMatchObject({ code: 1, signal: null });
    expect(product.stderr()).toBe(
      [
        'Invalid configuration:',
        '  LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent',
        '  RATE_LIMIT_USER: expected questions per time such as 5/30s, 20/1m or 100/h (units ms, s, m, h; at most a day), or off',
        '  PORT: expected a port number from 0 to 65535',
        '  SLACK_THREAD_FOLLOWUPS: expected true or false',
        '  DISCORD_SHARDS: expected auto (as many shards as Discord recommends) or a number of shards from 1 to 4096',
        '',
      ].join('\n'),
    );
    expect(product.stdout()).toBe('');
  });

  it('LOG_LEVEL in capitals starts the chat', async () => {
    const product = startProduct({ KNOWLEDGE_DIR: writeKnowledge(miniFiles()), LOG_QUESTIONS: 'false', LOG_LEVEL: 'WARN' });
    running.push(product);
    const exit = await product.exited;
    await product.closed;
    expect(exit, product.stderr()).toMatchObject({ code: 0, signal: null });
    expect(product.stdout()).toMatch(/^minibot: ask me about/);
    expect(product.stdout().endsWith('Bye!\n')).toBe(true);
  });
});
