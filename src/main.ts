/**
 * `npm start`: loads the knowledge and starts the adapters whose credentials
 * are set (Slack, Discord, or both in one process), or the console chat when
 * none are. Start-up problems print a clear message and exit 1. Every
 * variable is checked first, whichever adapters run. SIGINT or SIGTERM ends
 * the process cleanly with exit 0, in every mode and at any point of start-up.
 *
 * With DISCORD_SHARDS (or DISCORD_SHARD_COUNT) Discord runs as shard
 * processes under discord.js's ShardingManager, each running this file as a
 * shard: Discord only, for its shard (adapters/discord/sharding.ts). With
 * DATABASE_URL the question log and what instances share are in PostgreSQL.
 *
 * With HTTP_PORT the HTTP server runs too (src/http/: the API, health, metrics
 * and the maintainers' console), listening before the knowledge loads; with no
 * chat platform it runs alone, without the console chat.
 */
// Only what listens for signals is imported before main() runs; the rest is imported once
// it listens (see `modules`), so that a signal during that half second stops the process
// cleanly instead of killing it. Type imports cost nothing at run time.
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { isShardProcess, shardShutdownSource } from '../adapters/discord/shard-process.ts';
import type { Adapter } from './adapter.ts';
import type { Knowledge } from './knowledge/load.ts';
import type { Logger } from './log.ts';
import { stopAdapters, waitForShutdownSignal } from './shutdown.ts';

/** Everything else main() uses: loading it (pino, zod, YAML, the engine, the store) is most of start-up. */
async function modules() {
  const [consoleAdapter, discordConfig, shardProcess, slackConfig, bot, config, engine, env, knowledgeCache, load, watch, log, ratelimit, storeConfig, storeOpen, recorder, metrics, httpServer] =
    await Promise.all([
      import('../adapters/console/index.ts'),
      import('../adapters/discord/config.ts'),
      import('../adapters/discord/shard-process.ts'),
      import('../adapters/slack/config.ts'),
      import('./bot.ts'),
      import('./config.ts'),
      import('./engine/answer.ts'),
      import('./env.ts'),
      import('./knowledge/cache.ts'),
      import('./knowledge/load.ts'),
      import('./knowledge/watch.ts'),
      import('./log.ts'),
      import('./ratelimit.ts'),
      import('./store/config.ts'),
      import('./store/open.ts'),
      import('./store/recorder.ts'),
      import('./metrics.ts'),
      import('./http/server.ts'),
    ]);
  return { ...consoleAdapter, ...discordConfig, ...shardProcess, ...slackConfig, ...bot, ...config, ...engine, ...env, ...knowledgeCache, ...load, ...watch, ...log, ...ratelimit, ...storeConfig, ...storeOpen, ...recorder, ...metrics, ...httpServer };
}

/**
 * A logger for what happens before the process logger exists (a signal while the modules
 * load): its lines are kept, and written once {@link bind} hands it the real one.
 */
function laterLogger(): Logger & { bind(logger: Logger): void } {
  let target: Logger | undefined;
  const kept: ['info' | 'warn' | 'error', Record<string, unknown>, string][] = [];
  const at = (level: 'info' | 'warn' | 'error') => (fields: Record<string, unknown>, message: string) =>
    target ? target[level](fields, message) : kept.push([level, fields, message]);
  return {
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    bind(logger) {
      target = logger;
      for (const [level, fields, message] of kept.splice(0)) logger[level](fields, message);
    },
  };
}

/** Which adapters the environment asks for: a platform counts as configured when its token is set. */
export function wantedAdapters(env: NodeJS.ProcessEnv): ('slack' | 'discord')[] {
  const wanted: ('slack' | 'discord')[] = [];
  if (env.SLACK_BOT_TOKEN) wanted.push('slack');
  if (env.DISCORD_TOKEN) wanted.push('discord');
  return wanted;
}

async function main(): Promise<number> {
  // A shard process started by the Discord ShardingManager: Discord only, for its shard.
  const shardChild = isShardProcess(process.env);
  // Listen for SIGINT/SIGTERM before anything else: a signal while the modules or the knowledge
  // load, a platform library is imported or an adapter connects must stop the process cleanly
  // (exit 0), not kill it outright. Start-up looks at `stopSignal` between its steps.
  const early = laterLogger();
  let stopSignal: NodeJS.Signals | undefined;
  const signalled = waitForShutdownSignal({ logger: early, ...(shardChild ? { source: shardShutdownSource() } : {}) }).then((signal) => (stopSignal = signal));
  // `npm start | head -1`: the reader closing the pipe is its choice, not an error; the chat
  // ends as with Ctrl-D. A log pipe that closes leaves the log nowhere to go, and the bot answering.
  let outputClosed = () => {};
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    outputClosed();
  });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });

  // `m`: the modules main() uses, loaded now that signals are listened for.
  const m = await modules();
  m.loadDotenv();
  const env = process.env;
  const wanted: ('slack' | 'discord')[] = shardChild ? ['discord'] : wantedAdapters(env);
  // Every variable, whichever adapters will run: a malformed setting for a platform not started
  // yet (or a rate limit the console does not use) is a mistake all the same, best found the day
  // it is made. One line each, naming the variable, never its value.
  const problems = [
    ...m.coreEnvProblems(env),
    ...m.logLevelProblems(env),
    ...m.logConfigProblems(env),
    ...m.rateLimitEnvProblems(env),
    ...m.slackSettingsProblems(env),
    ...m.discordSettingsProblems(env),
    ...m.httpEnvProblems(env),
  ];
  if (problems.length > 0) {
    console.error(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  // The console chat and the log on one terminal: each log line is printed above the prompt
  // (never after `? `), once the chat is there to redraw it.
  const chatOnTerminal = wanted.length === 0 && Boolean(process.stdout.isTTY) && Boolean(process.stderr.isTTY);
  let aboveTheChat = (write: () => void) => write();
  const logDestination = chatOnTerminal
    ? new Writable({
        write(chunk: Buffer, _encoding, callback) {
          aboveTheChat(() => process.stderr.write(chunk));
          callback();
        },
      })
    : process.stderr;
  let logger: Logger = m.createLogger(env, logDestination, chatOnTerminal ? { format: 'pretty' } : {});
  if (shardChild) {
    const ids = m.shardOfProcess(env)?.ids ?? [];
    logger = m.withFields(logger, { shard: ids.length === 1 ? ids[0] : ids });
  }
  early.bind(logger);
  // Signalled while the modules loaded: nothing is open yet, and loading large knowledge could outlast the deadline.
  if (stopSignal) {
    logger.info({}, 'stopped');
    return 0;
  }
  // The HTTP server (HTTP_PORT; not in a Discord shard, whose manager has it): it listens
  // before the knowledge loads, so /healthz says "starting" rather than nothing (src/http/).
  const httpConfig = m.httpConfigFromEnv(env);
  const metrics = httpConfig.port !== undefined && !shardChild ? m.createMetrics() : undefined;
  const sink = metrics ?? m.NO_METRICS;
  let knowledgeReady = false;
  const live = new Map<string, Adapter>();
  const http =
    metrics && httpConfig.port !== undefined
      ? m.createHttpServer({
          adminToken: httpConfig.adminToken,
          apiToken: httpConfig.apiToken,
          bodyLimitBytes: httpConfig.bodyLimitBytes,
          logger,
          metrics,
          // Every adapter asked for counts, started or not: not started yet is not ready.
          health: () => ({ knowledge: knowledgeReady, adapters: wanted.map((name) => ({ name, connected: live.get(name)?.connected?.() ?? live.has(name) })) }),
        })
      : undefined;
  if (http && httpConfig.port !== undefined) {
    try {
      const address = await http.listen(httpConfig.port, httpConfig.host);
      logger.info({ host: address.address, port: address.port }, 'HTTP server listening (API, health, metrics, console)');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'the port is in use' : (e as Error).message;
      console.error(`Cannot start the HTTP server on HTTP_HOST ${httpConfig.host}, HTTP_PORT ${httpConfig.port}: ${reason}.`);
      return 1;
    }
  }
  // Checked above: these no longer throw.
  const { knowledgeDir, maxWrongShare, contextTtlMs } = m.coreConfigFromEnv(env);
  const logConfig = m.logConfigFromEnv(env);
  // Validated knowledge is cached between starts like the CLI's (src/knowledge/cache.ts): parsing YAML is most of a cold start.
  const loaded = m.loadKnowledge(knowledgeDir, { cache: m.fileKnowledgeCache(m.KNOWLEDGE_CACHE_DIR) });
  if (!loaded.ok) {
    for (const issue of loaded.errors) console.error(m.formatIssue(issue));
    console.error(`Cannot start: ${loaded.errors.length} problem(s) in the knowledge at ${knowledgeDir}.`);
    await http?.close();
    return 1;
  }
  // The answer threshold is calibrated on each knowledge (src/engine/calibrate.ts) and cached like the knowledge.
  const calibrationCache = m.fileCalibrationCache(m.KNOWLEDGE_CACHE_DIR);
  const build = (knowledge: Knowledge) => m.createKnowledgeBase(knowledge, { maxWrongShare, cache: calibrationCache });
  // The store: PostgreSQL with DATABASE_URL (shared by instances), else the SQLite file (src/store/open.ts).
  // A folder that cannot exist (DATABASE_PATH under /proc) stops start-up with the reason, before anything is watched.
  let storage: ReturnType<typeof m.openStorage>;
  try {
    storage = m.openStorage(logConfig, logger);
  } catch (e) {
    console.error(`Cannot start: ${(e as Error).message}`);
    await http?.close();
    return 1;
  }
  // Live reload: file changes swap in new knowledge once it validates (src/knowledge/watch.ts).
  // In the chat on a terminal the chat prints each reload's outcome; the log would say it again.
  const watcher = m.watchKnowledge({ dir: knowledgeDir, initial: build(loaded.knowledge), build, logger, logOutcomes: !chatOnTerminal });
  // The question log (LOG_QUESTIONS=false: none). Its trouble never stops answers. A shard on
  // the SQLite file hands its entries to the manager, the file's only writer.
  const { rawUserIds, salt } = logConfig;
  const forwardLog = logConfig.enabled && shardChild && storage.kind === 'sqlite';
  const recorder =
    logConfig.enabled && !forwardLog
      ? // Configured secrets (tokens, signing secret, database password) never reach the log's rows, as they never reach its lines.
        m.createQuestionRecorder({ open: storage.openLog, logger, rawUserIds, secrets: m.secretValues(env), ...(salt !== undefined ? { salt } : {}) })
      : undefined;
  const listener = forwardLog ? m.shardLogForwarder(logger) : recorder;
  // Opened now, so a problem shows at start-up and votes on answers from before a restart count.
  await recorder?.flush();
  // Follow-ups (CONTEXT_TTL): conversations shared by instances when the store is PostgreSQL.
  const bot = m.createBot({
    knowledge: watcher.current,
    metrics: sink,
    ...(listener ? { listener } : {}),
    contextTtlMs,
    ...(storage.shared ? { conversations: storage.shared.conversationStore() } : {}),
  });
  if (metrics) watcher.onReload((outcome) => metrics.reload(m.reloadResult(outcome)));
  // One rate limit shared by every adapter and the HTTP API (RATE_LIMIT_USER, RATE_LIMIT_CHANNEL),
  // and by every instance when the store is shared; each refusal is counted (src/metrics.ts).
  const rateConfig = m.rateLimitConfigFromEnv(env);
  const shared = storage.shared;
  const rateLimit = m.meteredRateGate(shared ? shared.rateGate(rateConfig) : m.createRateGate(rateConfig), sink);
  // The maintainers' console (src/http/console/): it reads the log through its own connection, and a
  // change learned on its gaps page is reloaded at once rather than after the watcher's debounce.
  const consoleLog = http && logConfig.enabled ? (await import('./http/console/log-reader.ts')).lazyLogReader(storage.openLog) : undefined;
  const consolePages = http
    ? (await import('./http/console/index.ts')).createConsole({ knowledge: watcher.current, knowledgeDir, log: consoleLog ?? null, reload: () => watcher.reload() })
    : undefined;
  // The API and the console answer from now on.
  http?.serve({ bot, rateLimit, ...(consolePages ? { console: consolePages } : {}) });
  knowledgeReady = true;
  const shutdown = async () => {
    await http?.close();
    await consoleLog?.close();
    watcher.close();
    await recorder?.close();
    await storage.close();
  };
  /** Stops start-up for a signal that came during it: nothing of what did not start yet is started. */
  const stopEarly = async (started: readonly Adapter[] = []) => {
    http?.stopTaking();
    await stopAdapters(started, logger);
    await shutdown();
    logger.info({}, 'stopped');
    return 0;
  };
  if (stopSignal) return stopEarly();

  // No chat platform: the console chat, unless the HTTP server runs (a service has no terminal to chat on).
  if (wanted.length === 0 && !http) {
    const chat = m.createConsoleAdapter({ bot, input: process.stdin, output: process.stdout });
    outputClosed = () => void chat.stop();
    await chat.start();
    aboveTheChat = (write) => chat.aboveThePrompt(write);
    watcher.onReload((outcome) => {
      const notice = m.describeReload(outcome);
      if (notice) chat.notify(notice);
    });
    // A signal ends the chat as /quit does, goodbye included.
    await Promise.race([chat.done, signalled]);
    await chat.stop();
    aboveTheChat = (write) => write();
    // /quit on a piped stdin that stays open (a supervisor, a test) must still end the process.
    process.stdin.destroy();
    await shutdown();
    return 0;
  }

  const adapters: Adapter[] = [];
  try {
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
          adapters.push(createShardedDiscordAdapter({ config: { ...config, sharding }, logger: m.countingErrors(logger, 'discord', sink), file: fileURLToPath(import.meta.url), ...(recorder ? { listener: recorder } : {}) }));
        } else {
          adapters.push(createDiscordAdapter({ bot, config, logger: m.countingErrors(logger, 'discord', sink), rateLimit, ...(shared ? { ledger: shared.eventLedger('discord') } : {}) }));
        }
      } else {
        const { createSlackAdapter, slackConfigFromEnv } = await import('../adapters/slack/index.ts');
        const stores = shared ? { ledger: shared.eventLedger('slack'), threads: shared.threadRegistry() } : {};
        const config = slackConfigFromEnv(env);
        // HTTP mode on HTTP_PORT: one server serves both, /slack/events mounted on it (docs/operations.md).
        const onHttpServer = http !== undefined && config.mode === 'http' && config.port === httpConfig.port;
        if (onHttpServer && config.host !== undefined && config.host !== httpConfig.host) {
          throw new Error('SLACK_HTTP_HOST and HTTP_HOST differ, but PORT and HTTP_PORT are the same port: one server serves both there; set only HTTP_HOST, or give Slack another PORT.');
        }
        adapters.push(
          createSlackAdapter({ bot, config, logger: m.countingErrors(logger, 'slack', sink), rateLimit, ...stores, ...(onHttpServer ? { hostServer: http } : {}) }),
        );
      }
    }
  } catch (e) {
    console.error((e as Error).message);
    await shutdown();
    return 1;
  }
  if (stopSignal) return stopEarly();
  const started: Adapter[] = [];
  for (const adapter of adapters) {
    try {
      await adapter.start();
      started.push(adapter);
    } catch (e) {
      console.error(`Cannot start the ${adapter.name} adapter: ${(e as Error).message}`);
      for (const other of adapters) await other.stop().catch(() => undefined);
      await shutdown();
      return 1;
    }
    live.set(adapter.name, adapter);
    logger.info({ adapter: adapter.name }, 'adapter started');
    if (stopSignal) return stopEarly(started);
  }
  // Stop on SIGINT/SIGTERM: every adapter stops taking messages at once and finishes
  // replies in flight, then the log is closed; all within 5 s (src/shutdown.ts).
  if (adapters.length === 0) logger.info({}, 'no chat platform configured (SLACK_BOT_TOKEN, DISCORD_TOKEN): serving HTTP only');
  await signalled;
  http?.stopTaking();
  await stopAdapters(adapters, logger);
  await shutdown();
  logger.info({}, 'stopped');
  return 0;
}

process.exitCode = await main();
// A shard's channel to its manager would keep the process alive: close it, the process then ends.
if (isShardProcess(process.env) && process.connected) process.disconnect();
