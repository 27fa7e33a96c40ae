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
import { describeReload, watchKnowledge } from './knowledge/watch.ts';
import { createLogger } from './log.ts';
import { createRateGate, rateLimitConfigFromEnv } from './ratelimit.ts';
import { stopAdapters, waitForShutdownSignal } from './shutdown.ts';
import { logConfigFromEnv } from './store/config.ts';
import { createQuestionRecorder } from './store/recorder.ts';
import { openSqliteQuestionLog } from './store/sqlite.ts';

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
  let logConfig;
  try {
    logger = createLogger(env);
    knowledgeDir = coreConfigFromEnv(env).knowledgeDir;
    logConfig = logConfigFromEnv(env);
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
  // Live reload: file changes swap in new knowledge once it validates (src/knowledge/watch.ts).
  const watcher = watchKnowledge({ dir: knowledgeDir, initial: createKnowledgeBase(loaded.knowledge), logger });
  // The question log (LOG_QUESTIONS=false: none). Its trouble never stops answers.
  const { databasePath, rawUserIds, salt } = logConfig;
  const recorder = logConfig.enabled
    ? createQuestionRecorder({ open: () => openSqliteQuestionLog(databasePath), logger, rawUserIds, ...(salt !== undefined ? { salt } : {}) })
    : undefined;
  // Opened now, so a problem shows at start-up and votes on answers from before a restart count.
  await recorder?.flush();
  const bot = createBot({ knowledge: watcher.current, ...(recorder ? { listener: recorder } : {}) });
  const shutdown = async () => {
    watcher.close();
    await recorder?.close();
  };

  const wanted = wantedAdapters(env);
  if (wanted.length === 0) {
    const chat = createConsoleAdapter({ bot, input: process.stdin, output: process.stdout });
    await chat.start();
    watcher.onReload((outcome) => {
      const notice = describeReload(outcome);
      if (notice) chat.notify(notice);
    });
    await chat.done;
    // /quit on a piped stdin that stays open (a supervisor, a test) must still end the process.
    process.stdin.destroy();
    await shutdown();
    return 0;
  }

  const adapters: Adapter[] = [];
  try {
    // One rate limit shared by every adapter (RATE_LIMIT_USER, RATE_LIMIT_CHANNEL).
    const rateLimit = createRateGate(rateLimitConfigFromEnv(env));
    for (const name of wanted) {
      if (name === 'discord') adapters.push(createDiscordAdapter({ bot, config: discordConfigFromEnv(env), logger, rateLimit }));
      else adapters.push(createSlackAdapter({ bot, config: slackConfigFromEnv(env), logger, rateLimit }));
    }
  } catch (e) {
    console.error((e as Error).message);
    await shutdown();
    return 1;
  }
  for (const adapter of adapters) {
    try {
      await adapter.start();
    } catch (e) {
      console.error(`Cannot start the ${adapter.name} adapter: ${(e as Error).message}`);
      for (const started of adapters) await started.stop().catch(() => undefined);
      await shutdown();
      return 1;
    }
    logger.info({ adapter: adapter.name }, 'adapter started');
  }
  // Stop on SIGINT/SIGTERM: every adapter stops taking messages at once and finishes
  // replies in flight, then the log is closed; all within 5 s (src/shutdown.ts).
  await waitForShutdownSignal({ logger });
  await stopAdapters(adapters, logger);
  await shutdown();
  logger.info({}, 'stopped');
  return 0;
}

process.exitCode = await main();
