/**
 * Discord sharding with discord.js's own ShardingManager: `npm start` with
 * DISCORD_SHARDS (or DISCORD_SHARD_COUNT + DISCORD_SHARD_IDS) runs a manager
 * that starts one process per shard, each running src/main.ts as a shard
 * (the Discord adapter only, connected for its shard; Discord sends it the
 * events of its guilds), and restarts a shard process that dies (the
 * manager's respawn).
 *
 * What shard processes share:
 * - the question log: with PostgreSQL (DATABASE_URL) every shard writes to it
 *   directly; with the SQLite file, shards send their entries to the manager
 *   over the IPC channel and the manager alone writes the file, so `factbot
 *   stats` counts the questions of all shards;
 * - the "already answered" record and rate limits: in PostgreSQL when it is
 *   configured; otherwise each shard keeps its own (a guild's channels are all
 *   on one shard, so channel limits are exact; a person active in guilds on
 *   several shards gets the per-person limit once per shard).
 */
import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { ShardingManager, type Shard } from 'discord.js';
import type { Adapter } from '../../src/adapter.ts';
import type { AnswerListener } from '../../src/bot.ts';
import type { Logger } from '../../src/log.ts';
import { describeError } from './adapter.ts';
import type { DiscordConfig } from './config.ts';
import { SHUTDOWN_MESSAGE, receiveShardLog } from './shard-process.ts';
import { z } from 'zod';

/** The part of GET /gateway/bot's answer that sharding uses. */
const gatewayBotSchema = z.object({
  shards: z.number().int().min(1),
  session_start_limit: z.object({ max_concurrency: z.number().optional() }).optional(),
});

/** What GET /gateway/bot says: the recommended shard count and how many may identify at once. */
export interface GatewayInfo {
  shards: number;
  maxConcurrency: number;
}

/**
 * Asks Discord (or DISCORD_API_URL) for the recommended number of shards. A
 * refused token is reported as such, naming DISCORD_TOKEN.
 */
export async function fetchGatewayInfo(config: Pick<DiscordConfig, 'token' | 'apiUrl'>, timeoutMs = 10_000): Promise<GatewayInfo> {
  const base = config.apiUrl ?? 'https://discord.com/api';
  let response: Response;
  try {
    response = await fetch(`${base}/v10/gateway/bot`, {
      headers: { Authorization: `Bot ${config.token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new Error(`Discord: could not reach ${base} to ask for the shard count (${(err as Error).message}); check the network or DISCORD_API_URL`);
  }
  if (response.status === 401) throw new Error('Discord login failed: Discord refused DISCORD_TOKEN (401); reset the token on the Bot page and update .env');
  if (!response.ok) throw new Error(`Discord: GET /gateway/bot answered ${response.status}`);
  // Read, not cast: Discord's answer is outside data.
  const body = gatewayBotSchema.safeParse(await response.json().catch(() => null));
  if (!body.success) throw new Error('Discord: GET /gateway/bot gave no shard count');
  const maxConcurrency = body.data.session_start_limit?.max_concurrency ?? 1;
  return { shards: body.data.shards, maxConcurrency: Number.isInteger(maxConcurrency) && maxConcurrency >= 1 ? maxConcurrency : 1 };
}

/**
 * Milliseconds between starting two shards. Discord lets `max_concurrency`
 * shards identify per 5 seconds; discord.js's default (5.5 s) assumes 1.
 */
export function spawnDelayMs(maxConcurrency: number): number {
  return Math.ceil(5_500 / Math.max(1, maxConcurrency));
}

/** Options for {@link createShardedDiscordAdapter}. */
export interface ShardedDiscordOptions {
  config: DiscordConfig & { sharding: NonNullable<DiscordConfig['sharding']> };
  logger: Logger;
  /** The entry file each shard process runs (src/main.ts, which knows it is a shard). */
  file: string;
  /** Node options of the shard processes (default: this process's, with tsx; see {@link shardExecArgv}). */
  execArgv?: string[];
  /** Receives the question-log entries shards send (SQLite: the manager writes them). */
  listener?: AnswerListener;
  /** How long a shard may take to connect at start-up (default 60 s). */
  spawnTimeoutMs?: number;
  /** How long stop() waits for shards to finish their replies and exit (default 3.5 s, inside the 5 s shutdown). */
  stopTimeoutMs?: number;
}

/** The sharded Discord adapter, plus a look at the manager (tests, health checks). */
export interface ShardedDiscordAdapter extends Adapter {
  /** The running shards' ids and process ids. */
  shards(): { id: number; pid: number | undefined; ready: boolean }[];
}

/**
 * Node options for shard processes: those this process was started with (so
 * `npm start`'s `--import tsx` and any memory flags carry over), without
 * debugger flags, and with tsx's loader by absolute URL when missing (a shard
 * may run in another working directory, where a bare `tsx` would not resolve).
 */
export function shardExecArgv(parent: readonly string[] = process.execArgv): string[] {
  const args = parent.filter((a) => !/^--inspect/.test(a));
  if (!args.some((a) => a.includes('tsx'))) args.push('--import', import.meta.resolve('tsx'));
  return args;
}

/** More deaths than this within {@link CRASH_WINDOW_MS} stop the respawning: something is wrong everywhere. */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 60_000;

/**
 * Counts shard deaths in a sliding window: `died()` says whether to give up
 * restarting (more than `max` deaths within `windowMs`). A shard that crashes
 * now and then is restarted for ever; one that crashes on start would
 * otherwise be restarted in a tight loop, flooding the log and Discord's
 * identify limit.
 */
export function crashLoopGuard(options: { max?: number; windowMs?: number; now?: () => number } = {}): { died(): boolean; recent(): number } {
  const max = options.max ?? MAX_CRASHES;
  const windowMs = options.windowMs ?? CRASH_WINDOW_MS;
  const now = options.now ?? Date.now;
  const deaths: number[] = [];
  const forget = (t: number) => {
    while (deaths.length > 0 && t - deaths[0]! > windowMs) deaths.shift();
  };
  return {
    died() {
      const t = now();
      deaths.push(t);
      forget(t);
      return deaths.length > max;
    },
    recent() {
      forget(now());
      return deaths.length;
    },
  };
}

/**
 * The Discord adapter as a ShardingManager: start() spawns the shard
 * processes one after another (as fast as Discord's identify limit allows)
 * and resolves when all are connected; a shard process that dies is started
 * again; stop() asks every shard to finish its replies and exit.
 */
export function createShardedDiscordAdapter(options: ShardedDiscordOptions): ShardedDiscordAdapter {
  const { config, logger: log } = options;
  const stopTimeoutMs = options.stopTimeoutMs ?? 3_500;
  let manager: ShardingManager | null = null;
  let stopping = false;
  const crashes = crashLoopGuard();

  const watch = (shard: Shard) => {
    // Process mode: the shard's child is a ChildProcess.
    shard.on('spawn', (child) => log.info({ shard: shard.id, pid: (child as ChildProcess).pid }, 'discord: shard process started'));
    shard.on('ready', () => log.info({ shard: shard.id }, 'discord: shard connected'));
    shard.on('death', (died) => {
      const child = died as ChildProcess;
      if (stopping) return;
      const giveUp = crashes.died();
      if (manager && !manager.respawn) {
        log.warn({ shard: shard.id, pid: child.pid, exitCode: child.exitCode, signal: child.signalCode }, 'discord: shard process exited (not restarted: too many crashes)');
        return;
      }
      if (giveUp && manager) {
        manager.respawn = false;
        log.error({ shard: shard.id, crashes: crashes.recent() }, 'discord: shard processes keep dying; no longer restarting them (see the errors above)');
        return;
      }
      log.warn({ shard: shard.id, pid: child.pid, exitCode: child.exitCode, signal: child.signalCode }, 'discord: shard process exited; starting it again');
    });
    // Without this listener a failed respawn would throw in the manager.
    shard.on('error', (err: unknown) => log.error({ shard: shard.id, ...describeError(err, config.token) }, 'discord: shard error'));
    shard.on('message', (message: unknown) => {
      receiveShardLog(message, options.listener);
    });
  };

  /** Asks one shard to stop, waits (bounded), then ends it. */
  const stopShard = async (shard: Shard): Promise<void> => {
    const child = shard.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit').then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), stopTimeoutMs);
    });
    if (child.connected) child.send(SHUTDOWN_MESSAGE, (err) => err && child.kill('SIGTERM'));
    else child.kill('SIGTERM');
    const clean = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (!clean) {
      log.warn({ shard: shard.id }, 'discord: shard did not stop in time; ending it');
      child.kill('SIGKILL');
    }
  };

  const stopAll = async (m: ShardingManager) => {
    stopping = true;
    m.respawn = false;
    await Promise.allSettled([...m.shards.values()].map(stopShard));
  };

  return {
    name: 'discord',

    shards() {
      return manager ? [...manager.shards.values()].map((s) => ({ id: s.id, pid: s.process?.pid, ready: s.ready })) : [];
    },

    connected() {
      // Every shard this process runs is ready (a shard being respawned is not).
      const shards = this.shards();
      return !stopping && shards.length > 0 && shards.every((s) => s.ready);
    },

    async start() {
      if (manager) return;
      stopping = false;
      const { sharding } = config;
      let info: GatewayInfo;
      try {
        info = await fetchGatewayInfo(config);
      } catch (err) {
        // A known count can start without the recommendation; "auto" cannot.
        if (sharding.count === 'auto' || /DISCORD_TOKEN/.test((err as Error).message)) throw err;
        log.warn({ err: (err as Error).message }, 'discord: could not ask for the identify limit; starting shards 5.5 s apart');
        info = { shards: sharding.count, maxConcurrency: 1 };
      }
      const count = sharding.count === 'auto' ? info.shards : sharding.count;
      const ids = sharding.ids ?? Array.from({ length: count }, (_, i) => i);
      const m = new ShardingManager(options.file, {
        totalShards: count,
        shardList: ids,
        mode: 'process',
        respawn: true,
        execArgv: options.execArgv ?? shardExecArgv(),
        token: config.token,
      });
      m.on('shardCreate', watch);
      manager = m;
      const delay = spawnDelayMs(info.maxConcurrency);
      log.info({ shards: ids, shardCount: count, recommended: info.shards, spawnDelayMs: delay }, 'discord: starting shard processes');
      try {
        await m.spawn({ amount: count, delay, timeout: options.spawnTimeoutMs ?? 60_000 });
      } catch (err) {
        await stopAll(m);
        manager = null;
        const reason = err instanceof Error ? err.message : String(err);
        throw new Error(`Discord: the shards did not all start (${reason}); see the shard's error above`);
      }
      log.info({ shards: ids, shardCount: count }, 'discord: all shards connected');
    },

    async stop() {
      const m = manager;
      if (!m) return;
      manager = null;
      await stopAll(m);
      log.info({}, 'discord: shards stopped');
    },
  };
}
