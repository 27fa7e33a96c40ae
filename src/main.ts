/**
 * `npm start`: loads the knowledge and starts the adapters whose credentials
 * are set (Slack, Discord, or both in one process), or the console chat when
 * none are. Start-up problems print a clear message and exit 1.
 *
 * With DISCORD_SHARDS (or DISCORD_SHARD_COUNT) Discord runs as shard
 * processes under discord.js's ShardingManager, each running this file as a
 * shard: Discord only, for its shard (adapters/discord/sharding.ts). With
 * DATABASE_URL the question log and what instances share are in PostgreSQL.
 */
import { fileURLToPath } from 'node:url';
import { createConsoleAdapter } from '../adapters/console/index.ts';
import { isShardProcess, shardLogForwarder, shardOfProcess, shardShutdownSource, withFields } from '../adapters/discord/shard-process.ts';
import type { Adapter } from './adapter.ts';
import { createBot } from './bot.ts';
import { KNOWLEDGE_CACHE_DIR, coreConfigFromEnv } from './config.ts';
import { createKnowledgeBase } from './engine/answer.ts';
import { fileCalibrationCache } from './engine/calibration-cache.ts';
import { loadDotenv } from './env.ts';
import { fileKnowledgeCache } from './knowledge/cache.ts';
import { formatIssue, loadKnowledge, type Knowledge } from './knowledge/load.ts';
import { describeReload, watchKnowledge } from './knowledge/watch.ts';
import { createLogger } from './log.ts';
import { createRateGate, rateLimitConfigFromEnv } from './ratelimit.ts';
import { stopAdapters, waitForShutdownSignal } from './shutdown.ts';
import { logConfigFromEnv } from './store/config.ts';
import { openStorage } from './store/open.ts';
import { createQuestionRecorder } from './store/recorder.ts';

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
  // A shard process started by the Discord ShardingManager: Discord only, for its shard.
  const shardChild = isShardProcess(env);
  let logger;
  let knowledgeDir;
  let maxWrongShare;
  let logConfig;
  try {
    logger = createLogger(env);
    if (shardChild) {
      const ids = shardOfProcess(env)?.ids ?? [];
      logger = withFields(logger, { shard: ids.length === 1 ? ids[0] : ids });
    }
    ({ knowledgeDir, maxWrongShare } = coreConfigFromEnv(env));
    logConfig = logConfigFromEnv(env);
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  // Validated knowledge is cached between starts like the CLI's (src/knowledge/cache.ts): parsing YAML is most of a cold start.
  const loaded = loadKnowledge(knowledgeDir, { cache: fileKnowledgeCache(KNOWLEDGE_CACHE_DIR) });
  if (!loaded.ok) {
    for (const issue of loaded.errors) console.error(formatIssue(issue));
    console.error(`Cannot start: ${loaded.errors.length} problem(s) in the knowledge at ${knowledgeDir}.`);
    return 1;
  }
  // The answer threshold is calibrated on each knowledge (src/engine/calibrate.ts) and cached like the knowledge.
  const calibrationCache = fileCalibrationCache(KNOWLEDGE_CACHE_DIR);
  const build = (knowledge: Knowledge) => createKnowledgeBase(knowledge, { maxWrongShare, cache: calibrationCache });
  // Live reload: file changes swap in new knowledge once it validates (src/knowledge/watch.ts).
  const watcher = watchKnowledge({ dir: knowledgeDir, initial: build(loaded.knowledge), build, logger });
  // The store: PostgreSQL with DATABASE_URL (shared by instances), else the SQLite file (src/store/open.ts).
  const storage = openStorage(logConfig, logger);
  // The question log (LOG_QUESTIONS=false: none). Its trouble never stops answers. A shard on
  // the SQLite file hands its entries to the manager, the file's only writer.
  const { rawUserIds, salt } = logConfig;
  const forwardLog = logConfig.enabled && shardChild && storage.kind === 'sqlite';
  const recorder =
    logConfig.enabled && !forwardLog
      ? createQuestionRecorder({ open: storage.openLog, logger, rawUserIds, ...(salt !== undefined ? { salt } : {}) })
      : undefined;
  const listener = forwardLog ? shardLogForwarder(logger) : recorder;
  // Opened now, so a problem shows at start-up and votes on answers from before a restart count.
  await recorder?.flush();
  const bot = createBot({ knowledge: watcher.current, ...(listener ? { listener } : {}) });
  const shutdown = async () => {
    watcher.close();
    await recorder?.close();
    await storage.close();
  };

  const wanted: ('slack' | 'discord')[] = shardChild ? ['discord'] : wantedAdapters(env);
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
    // One rate limit shared by every adapter (RATE_LIMIT_USER, RATE_LIMIT_CHANNEL), and by
    // every instance when the store is shared.
    const rateConfig = rateLimitConfigFromEnv(env);
    const shared = storage.shared;
    const rateLimit = shared ? shared.rateGate(rateConfig) : createRateGate(rateConfig);
    // The platforms' libraries load only when asked for: importing discord.js and
    // Bolt takes about a second, which the console chat need not wait for.
    for (const name of wanted) {
      if (name === 'discord') {
        const { createDiscordAdapter, discordConfigFromEnv } = await import('../adapters/discord/index.ts');
        const config = discordConfigFromEnv(env);
        if (config.sharding && !shardChild) {
          // The shards answer; this process supervises them (and writes their SQLite log entries).
          const { sharding } = config;
          const { createShardedDiscordAdapter } = await import('../adapters/discord/sharding.ts');
          adapters.push(createShardedDiscordAdapter({ config: { ...config, sharding }, logger, file: fileURLToPath(import.meta.url), ...(recorder ? { listener: recorder } : {}) }));
        } else {
          adapters.push(createDiscordAdapter({ bot, config, logger, rateLimit, ...(shared ? { ledger: shared.eventLedger('discord') } : {}) }));
        }
      } else {
        const { createSlackAdapter, slackConfigFromEnv } = await import('../adapters/slack/index.ts');
        const stores = shared ? { ledger: shared.eventLedger('slack'), threads: shared.threadRegistry() } : {};
        adapters.push(createSlackAdapter({ bot, config: slackConfigFromEnv(env), logger, rateLimit, ...stores }));
      }
    }
  } catch (e) {
    console.error((e as Error).message);
    await shutdown();
    return 1;
  }
  // Listen for SIGINT/SIGTERM before anything starts: a signal that comes while an adapter is
  // connecting (or just after) must stop the process cleanly, not kill it outright.
  const signalled = waitForShutdownSignal({ logger, ...(shardChild ? { source: shardShutdownSource() } : {}) });
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
  await signalled;
  await stopAdapters(adapters, logger);
  await shutdown();
  logger.info({}, 'stopped');
  return 0;
}

process.exitCode = await main();
// A shard's channel to its manager would keep the process alive: close it, the process then ends.
if (isShardProcess(process.env) && process.connected) process.disconnect();
