/**
 * The bot side of `npm run bench:load`: one process running the product's
 * adapters as `npm start` builds them (the real bot on the real knowledge,
 * the shared rate limit at its defaults, the pino logger at "warn"), here with
 * three adapters at once: Slack over HTTP, Slack in Socket Mode and Discord,
 * all pointed at the fakes the driver (bench/load.ts) runs.
 *
 * Talks to the driver over IPC: `start` → `ready`, `memory` → RSS and heap
 * after a full GC, `stop` → adapters stopped, process exits.
 */
import { createDiscordAdapter, discordConfigFromEnv } from '../adapters/discord/index.ts';
import { createSlackAdapter, slackConfigFromEnv, type SlackAdapter } from '../adapters/slack/index.ts';
import type { Adapter } from '../src/adapter.ts';
import { createBot, type AnswerListener } from '../src/bot.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/config.ts';
import { createKnowledgeBase } from '../src/engine/answer.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createLogger } from '../src/log.ts';
import { createRateGate, rateLimitConfigFromEnv } from '../src/ratelimit.ts';

/** What the driver sends to start the bot. */
export interface StartMessage {
  type: 'start';
  env: Record<string, string>;
  /** Also record every question in the SQLite question log, as `npm start` does by default. */
  questionLog?: string;
}

export type BotReply =
  | { type: 'ready'; httpUrl: string }
  | { type: 'memory'; rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

const send = (m: BotReply) => process.send?.(m);
const gc = (globalThis as { gc?: () => void }).gc;

let adapters: Adapter[] = [];
let closeLog: (() => Promise<void>) | undefined;

async function start(message: StartMessage): Promise<void> {
  const env = message.env;
  const logger = createLogger({ ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' });
  const loaded = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  if (!loaded.ok) throw new Error('the knowledge does not load');
  const kb = createKnowledgeBase(loaded.knowledge);
  let listener: AnswerListener | undefined;
  if (message.questionLog) {
    // Loaded only on request: the question log is the store's, and optional here.
    const { createQuestionRecorder } = await import('../src/store/recorder.ts');
    const { openSqliteQuestionLog } = await import('../src/store/sqlite.ts');
    const path = message.questionLog;
    const recorder = createQuestionRecorder({ open: () => openSqliteQuestionLog(path), logger, rawUserIds: false });
    await recorder.flush();
    listener = recorder;
    closeLog = () => recorder.close();
  }
  const bot = createBot({ knowledge: () => kb, ...(listener ? { listener } : {}) });
  const rateLimit = createRateGate(rateLimitConfigFromEnv(env));
  const http = createSlackAdapter({ bot, config: slackConfigFromEnv({ ...env, SLACK_APP_TOKEN: '' }), logger, rateLimit });
  const socket = createSlackAdapter({ bot, config: slackConfigFromEnv(env), logger, rateLimit });
  const discord = createDiscordAdapter({ bot, config: discordConfigFromEnv(env), logger, rateLimit });
  adapters = [http, socket, discord];
  for (const a of adapters) await a.start();
  send({ type: 'ready', httpUrl: (http as SlackAdapter).url as string });
}

process.on('message', (raw) => {
  const message = raw as StartMessage | { type: 'memory' } | { type: 'stop' };
  if (message.type === 'start') {
    start(message).catch((e: unknown) => send({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
  } else if (message.type === 'memory') {
    gc?.();
    gc?.();
    const m = process.memoryUsage();
    send({ type: 'memory', rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers });
  } else if (message.type === 'stop') {
    void Promise.allSettled(adapters.map((a) => a.stop()))
      .then(() => closeLog?.())
      .then(() => {
        send({ type: 'stopped' });
        process.disconnect?.();
      });
  }
});
