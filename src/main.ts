/**
 * `npm start`: loads the knowledge and starts the adapters whose credentials
 * are set (Slack, Discord, or both in one process), or the console chat when
 * none are. Start-up problems print a clear message and exit 1.
 */
import { createConsoleAdapter } from '../adapters/console/index.ts';
import { createDiscordAdapter, discordConfigFromEnv } from '../adapters/discord/index.ts';
import { createSlackAdapter, slackConfigFromEnv } from '../adapters/slack/index.ts';
import type { Adapter } from './adapter.ts';
import { createBot } from './bot.ts';
import { coreConfigFromEnv } from './config.ts';
import { createKnowledgeBase } from './engine/answer.ts';
import { loadDotenv } from './env.ts';
import { formatIssue, loadKnowledge } from './knowledge/load.ts';
import { createLogger } from './log.ts';

/** Which adapters the environment asks for: a platform counts as configured when its token is set. */
export function wantedAdapters(env: NodeJS.ProcessEnv): ('slack' | 'discord')[] {
  const wanted: ('slack' | 'discord')[] = [];
  if (env.SLACK_BOT_TOKEN) wanted.push('slack');
  if (env.DISCORD_TOKEN) wanted.push('discord');
  return wanted;
}

async function main(): Promise<number> {
  loadDotenv();
  const env = process.env;
  let logger;
  let knowledgeDir;
  try {
    logger = createLogger(env);
    knowledgeDir = coreConfigFromEnv(env).knowledgeDir;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const loaded = loadKnowledge(knowledgeDir);
  if (!loaded.ok) {
    for (const issue of loaded.errors) console.error(formatIssue(issue));
    console.error(`Cannot start: ${loaded.errors.length} problem(s) in the knowledge at ${knowledgeDir}.`);
    return 1;
  }
  const kb = createKnowledgeBase(loaded.knowledge);
  const bot = createBot({ knowledge: () => kb });

  const wanted = wantedAdapters(env);
  if (wanted.length === 0) {
    const chat = createConsoleAdapter({ bot, input: process.stdin, output: process.stdout });
    await chat.start();
    await chat.done;
    return 0;
  }

  const adapters: Adapter[] = [];
  try {
    for (const name of wanted) {
      if (name === 'discord') adapters.push(createDiscordAdapter({ bot, config: discordConfigFromEnv(env), logger }));
      else adapters.push(createSlackAdapter({ bot, config: slackConfigFromEnv(env), logger }));
    }
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  for (const adapter of adapters) {
    try {
      await adapter.start();
    } catch (e) {
      console.error(`Cannot start the ${adapter.name} adapter: ${(e as Error).message}`);
      for (const started of adapters) await started.stop().catch(() => undefined);
      return 1;
    }
    logger.info({ adapter: adapter.name }, 'adapter started');
  }
  // Stop on SIGINT/SIGTERM: adapters stop taking messages and finish replies in flight.
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  for (const adapter of adapters.reverse()) await adapter.stop();
  logger.info({}, 'stopped');
  return 0;
}

process.exitCode = await main();
