/**
 * `npm run bench:load`: the real adapters under load against the loopback
 * fakes, with figures side by side from one run.
 *
 * The bot runs in a child process (bench/load-bot.ts: the real bot on the real
 * knowledge, the shared rate limit, Slack over HTTP, Slack in Socket Mode and
 * Discord, all at once), so its memory is measured alone and it gets a core of
 * its own; this process runs the fakes (tests/fakes/) and drives them:
 *
 * - Slack HTTP: signed Events API requests (app_mention), one connection each;
 * - Slack Socket Mode: events_api envelopes over the WebSocket;
 * - Discord gateway: MESSAGE_CREATE dispatches, and INTERACTION_CREATE (/ask);
 *
 * each with `--questions` questions (default 5,000) at `--concurrency` in
 * flight (default 50). A question's latency runs from sending it to the fake
 * receiving its reply. A share of Slack deliveries (`--duplicates`, default
 * 2%) is sent twice, as Slack re-delivers, to show each is answered once.
 * Then a soak of `--soak` questions (default 50,000) spread over all four
 * paths, sampling the bot's resident memory after a full GC. "Before" is the
 * connected, idle bot; "after" is the same bot idle again (10 s) after every
 * question: the difference must stay under {@link MEMORY_BOUND_MB}, else the
 * run fails, as it does when any question is not answered exactly once.
 *
 * Every question comes from a different user id, so the per-user limit never
 * refuses one (and its table fills to its bound); the per-channel limit is
 * off because the load shares a few channels.
 *
 * Options: --questions N  --soak N  --concurrency N  --duplicates F
 *          --question-log (record questions in SQLite as npm start does)
 *          --quick (500 questions, 5,000 soak)  --json FILE (write the figures)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { snowflake, startFakeDiscord, type FakeDiscord, type FakeUser, type RecordedCall } from '../tests/fakes/discord.ts';
import { BOT_USER_ID, eventCallback, sendEvent, startFakeSlack, userMessage, type ApiCall, type FakeSlack } from '../tests/fakes/slack.ts';
import type { BotReply, StartMessage } from './load-bot.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values: opts } = parseArgs({
  options: {
    questions: { type: 'string' },
    soak: { type: 'string' },
    concurrency: { type: 'string', default: '50' },
    duplicates: { type: 'string', default: '0.02' },
    'question-log': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const QUESTIONS = Number(opts.questions ?? (opts.quick ? 500 : 5000));
const SOAK = Number(opts.soak ?? (opts.quick ? 5000 : 50_000));
const CONCURRENCY = Number(opts.concurrency);
const DUPLICATES = Number(opts.duplicates);

const SECRET = 'b0a1c2d3e4f5061728394a5b6c7d8e9f';
const SLACK_BOT_TOKEN = 'xoxb-1000-2000-loadBenchBotToken';
const SLACK_APP_TOKEN = 'xapp-1-A0APP0001-3000-loadBenchAppToken';
const DISCORD_TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwNA.GlOaDb.load-bench-token-third-part-0123456789';
const DISCORD_APP_ID = '1299999999999999996';
/**
 * The documented bound on resident memory growth, idle after the soak vs.
 * idle before any question. What may grow is bounded by design: the rate
 * limit keeps at most 20,000 buckets per kind, each Slack adapter 10,000
 * handled-event keys and threads, the bot 10,000 answer ids, discord.js 2,000
 * users and members; under load V8 also keeps more heap committed, which it
 * hands back when idle.
 */
const MEMORY_BOUND_MB = 64;
const HTTP_CHANNEL = 'C0LOADHTTP';
const SOCKET_CHANNEL = 'C0LOADSOCK';

/** Questions as people type them (the eval set: typos, lowercase, out of scope), cycled. */
function questionSet(): string[] {
  const doc = parse(readFileSync(path.join(ROOT, 'tests', 'eval', 'eval.yaml'), 'utf8')) as {
    answerable: { q: string }[];
    out_of_scope: ({ q: string } | string)[];
  };
  return [...doc.answerable.map((a) => a.q), ...doc.out_of_scope.map((o) => (typeof o === 'string' ? o : o.q))];
}
const QUESTION_TEXTS = questionSet();
const question = (i: number) => QUESTION_TEXTS[i % QUESTION_TEXTS.length] as string;

// ---- The bot process ---------------------------------------------------------

interface Memory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
}

interface Bot {
  child: ChildProcess;
  httpUrl: string;
  memory(): Promise<Memory>;
  stop(): Promise<void>;
}

async function startBot(env: Record<string, string>, questionLog: string | undefined): Promise<Bot> {
  const child = fork(path.join(ROOT, 'bench', 'load-bot.ts'), [], {
    // As `npm start` runs it (package.json), plus --expose-gc for the memory figures.
    execArgv: ['--v8-pool-size=1', '--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type: BotReply['type']) =>
    new Promise<BotReply>((resolve, reject) => {
      const onMessage = (m: BotReply) => {
        if (m.type === 'error') {
          cleanup();
          reject(new Error(`bot: ${m.message}`));
        } else if (m.type === type) {
          cleanup();
          resolve(m);
        }
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`the bot process exited (${code}) while waiting for "${type}"`));
      };
      const cleanup = () => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
  const ready = next('ready');
  child.send({ type: 'start', env, ...(questionLog ? { questionLog } : {}) } satisfies StartMessage);
  const r = (await ready) as Extract<BotReply, { type: 'ready' }>;
  return {
    child,
    httpUrl: r.httpUrl,
    async memory() {
      const m = next('memory');
      child.send({ type: 'memory' });
      const got = (await m) as Extract<BotReply, { type: 'memory' }>;
      return { rss: got.rss, heapTotal: got.heapTotal, heapUsed: got.heapUsed, external: got.external };
    },
    async stop() {
      const stopped = next('stopped');
      const exited = once(child, 'exit');
      child.send({ type: 'stop' });
      await stopped;
      await exited;
    },
  };
}

// ---- Replies: which question each one answers ---------------------------------

/** Counts replies per question key and wakes the sender waiting for it. */
class Replies {
  readonly counts = new Map<string, number>();
  readonly #waiting = new Map<string, () => void>();
  unexpected = 0;

  expect(key: string): Promise<void> {
    this.counts.set(key, 0);
    return new Promise<void>((resolve) => this.#waiting.set(key, resolve));
  }

  seen(key: string): void {
    const n = this.counts.get(key);
    if (n === undefined) {
      this.unexpected += 1;
      return;
    }
    this.counts.set(key, n + 1);
    const wake = this.#waiting.get(key);
    if (wake) {
      this.#waiting.delete(key);
      wake();
    }
  }

  /** Answered exactly once, never, and more than once, among `keys`. */
  tally(keys: Iterable<string>): { once: number; lost: number; duplicated: number } {
    const t = { once: 0, lost: 0, duplicated: 0 };
    for (const k of keys) {
      const n = this.counts.get(k) ?? 0;
      if (n === 1) t.once += 1;
      else if (n === 0) t.lost += 1;
      else t.duplicated += 1;
    }
    return t;
  }

  forget(keys: Iterable<string>): void {
    for (const k of keys) this.counts.delete(k);
  }
}

// ---- The four paths -------------------------------------------------------------

type PathName = 'slack-http' | 'slack-socket' | 'discord-message' | 'discord-interaction';

interface Fakes {
  slack: FakeSlack;
  discord: FakeDiscord;
  replies: Replies;
  httpUrl: string;
  dmChannels: string[];
}

/** Sends question `i` on a path; resolves with its key once the reply is in. */
async function ask(path: PathName, i: number, worker: number, f: Fakes, keys: string[]): Promise<void> {
  const text = question(i);
  const duplicate = DUPLICATES > 0 && i % Math.round(1 / DUPLICATES) === 0;
  if (path === 'slack-http' || path === 'slack-socket') {
    const channel = path === 'slack-http' ? HTTP_CHANNEL : SOCKET_CHANNEL;
    const ts = f.slack.nextTs();
    const key = `${channel}:${ts}`;
    keys.push(key);
    const replied = f.replies.expect(key);
    const user = `U${String(i).padStart(10, '0')}`;
    const envelope = eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> ${text}`, channel, user, ts }));
    if (path === 'slack-http') {
      const res = await sendEvent(f.httpUrl, envelope, { secret: SECRET });
      if (res.status !== 200) throw new Error(`Slack HTTP answered ${res.status}`);
      // Slack re-delivers an event it thinks was not acknowledged: the same event, flagged as a retry.
      if (duplicate) await sendEvent(f.httpUrl, envelope, { secret: SECRET, retryNum: 1 });
    } else {
      await f.slack.sendEnvelope('events_api', envelope);
      if (duplicate) await f.slack.sendEnvelope('events_api', envelope, { retry_attempt: 1, retry_reason: 'timeout' });
    }
    await replied;
    return;
  }
  const author: FakeUser = { id: snowflake(), username: `user${i}`, discriminator: '0', global_name: null, avatar: null };
  if (path === 'discord-message') {
    // One DM channel per worker: discord.js queues sends per channel, as Discord's per-route limits require.
    const message = f.discord.message({ content: text, author, dmChannelId: f.dmChannels[worker % f.dmChannels.length] as string });
    const key = `message:${message.id as string}`;
    keys.push(key);
    const replied = f.replies.expect(key);
    f.discord.dispatch('MESSAGE_CREATE', message);
    await replied;
    return;
  }
  const interaction = f.discord.interaction({
    type: 2,
    user: author,
    data: { id: snowflake(), name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: text.slice(0, 100) }] },
  });
  const key = `interaction:${interaction.id as string}`;
  keys.push(key);
  const replied = f.replies.expect(key);
  f.discord.dispatch('INTERACTION_CREATE', interaction);
  await replied;
}

interface RunResult {
  path: string;
  questions: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  once: number;
  lost: number;
  duplicated: number;
  duplicatesSent: number;
}

const TIMEOUT_MS = 30_000;

/** Runs `count` questions with `CONCURRENCY` in flight, each on `pathOf(i)`. */
async function run(label: string, count: number, pathOf: (i: number) => PathName, f: Fakes, offset: number): Promise<RunResult> {
  const latencies: number[] = [];
  const keys: string[] = [];
  let next = 0;
  let duplicatesSent = 0;
  const started = performance.now();
  const worker = async (w: number) => {
    while (next < count) {
      const i = next++;
      const p = pathOf(i);
      const t = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no reply within ${TIMEOUT_MS} ms to question ${offset + i} on ${p}`)), TIMEOUT_MS);
      });
      await Promise.race([ask(p, offset + i, w, f, keys), timeout]);
      clearTimeout(timer);
      latencies.push(performance.now() - t);
      if ((p === 'slack-http' || p === 'slack-socket') && DUPLICATES > 0 && (offset + i) % Math.round(1 / DUPLICATES) === 0) duplicatesSent += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  // Let any late duplicate arrive before counting (a bounded wait, not a measurement).
  await settle(f.replies);
  const tally = f.replies.tally(keys);
  f.replies.forget(keys);
  latencies.sort((a, b) => a - b);
  const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    path: label,
    questions: count,
    seconds,
    perSecond: count / seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    max: latencies.at(-1) ?? 0,
    ...tally,
    duplicatesSent,
  };
}

/** Waits until no reply has arrived for 500 ms (at most 5 s). */
async function settle(replies: Replies): Promise<void> {
  const deadline = performance.now() + 5000;
  let last = -1;
  for (;;) {
    const total = [...replies.counts.values()].reduce((a, b) => a + b, 0) + replies.unexpected;
    if (total === last || performance.now() > deadline) return;
    last = total;
    await new Promise((r) => setTimeout(r, 500));
  }
}

// ---- Main --------------------------------------------------------------------------

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const slack = await startFakeSlack({ keep: false });
  const discord = await startFakeDiscord({ token: DISCORD_TOKEN, applicationId: DISCORD_APP_ID, keepCalls: false });
  const replies = new Replies();
  slack.calls.listen((c: ApiCall) => {
    if (c.method === 'chat.postMessage' && !c.failed) replies.seen(`${c.params.channel as string}:${c.params.thread_ts as string}`);
  });
  discord.onCall((c: RecordedCall) => {
    if (c.method !== 'POST' || c.status !== undefined) return;
    const m = c.path.match(/^\/interactions\/(\d+)\/[^/]+\/callback$/);
    if (m) replies.seen(`interaction:${m[1]}`);
    else if (c.body?.message_reference?.message_id) replies.seen(`message:${c.body.message_reference.message_id as string}`);
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'factbot-load-'));
  const env = {
    SLACK_BOT_TOKEN,
    SLACK_APP_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    SLACK_HTTP_HOST: '127.0.0.1',
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: DISCORD_APP_ID,
    DISCORD_API_URL: discord.apiUrl,
    RATE_LIMIT_CHANNEL: 'off',
    LOG_LEVEL: 'warn',
  };
  const bot = await startBot(env, opts['question-log'] ? path.join(dir, 'questions.sqlite') : undefined);
  const f: Fakes = { slack, discord, replies, httpUrl: bot.httpUrl, dmChannels: Array.from({ length: CONCURRENCY }, () => snowflake()) };

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${mb(totalmem())} MB RAM, Node ${process.version}, ${process.platform}`;
  console.log(`factbot load benchmark: ${machine}`);
  console.log(`${QUESTIONS} questions per path at concurrency ${CONCURRENCY}; soak ${SOAK}; duplicates ${DUPLICATES * 100}% of Slack deliveries; question log ${opts['question-log'] ? 'on' : 'off'}`);

  const memory: ({ at: string } & Memory)[] = [];
  const sample = async (at: string) => {
    const m = await bot.memory();
    memory.push({ at, ...m });
    console.log(`  memory ${at}: RSS ${mb(m.rss)} MB, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)} MB, external ${mb(m.external)} MB`);
  };
  await sample('connected, before any question');

  const results: RunResult[] = [];
  let offset = 0;
  const paths: [string, PathName][] = [
    ['Slack HTTP (signed requests)', 'slack-http'],
    ['Slack Socket Mode', 'slack-socket'],
    ['Discord gateway: MESSAGE_CREATE', 'discord-message'],
    ['Discord gateway: interactions (/ask)', 'discord-interaction'],
  ];
  for (const [label, p] of paths) {
    const r = await run(label, QUESTIONS, () => p, f, offset);
    offset += QUESTIONS;
    results.push(r);
    console.log(`  ${label}: ${r.perSecond.toFixed(0)} q/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, exactly once ${r.once}/${r.questions}`);
  }
  await sample('after the four runs (soak start)');

  const order: PathName[] = ['slack-http', 'slack-socket', 'discord-message', 'discord-interaction'];
  const chunk = Math.max(1, Math.floor(SOAK / 5));
  const soak: RunResult[] = [];
  for (let done = 0; done < SOAK; done += chunk) {
    const n = Math.min(chunk, SOAK - done);
    soak.push(await run('soak', n, (i) => order[i % 4] as PathName, f, offset));
    offset += n;
    await sample(`soak ${done + n}`);
  }
  // The same after ten idle seconds, when V8 may hand freed pages back (a fact about the runtime, shown apart).
  await new Promise((r) => setTimeout(r, 10_000));
  const idle = await bot.memory();
  console.log(`  memory after 10 s idle: RSS ${mb(idle.rss)} MB, heap used ${mb(idle.heapUsed)} of ${mb(idle.heapTotal)} MB`);
  const soakTotal = soak.reduce(
    (a, r) => ({
      questions: a.questions + r.questions,
      once: a.once + r.once,
      lost: a.lost + r.lost,
      duplicated: a.duplicated + r.duplicated,
      seconds: a.seconds + r.seconds,
      duplicatesSent: a.duplicatesSent + r.duplicatesSent,
    }),
    { questions: 0, once: 0, lost: 0, duplicated: 0, seconds: 0, duplicatesSent: 0 },
  );

  await bot.stop();
  await slack.close();
  await discord.close();
  rmSync(dir, { recursive: true, force: true });

  const before = memory[0]!;
  const soakStart = memory[1]!;
  const soakEnd = memory.at(-1)!;
  const peak = Math.max(...memory.slice(1).map((m) => m.rss));
  const growthMb = (idle.rss - before.rss) / 1024 / 1024;
  console.log('\n| path | questions | q/s | p50 ms | p99 ms | max ms | answered exactly once | lost | duplicated | deliveries sent twice |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.path} | ${r.questions} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.once} | ${r.lost} | ${r.duplicated} | ${r.duplicatesSent} |`,
    );
  }
  console.log(
    `| soak, all four paths | ${soakTotal.questions} | ${(soakTotal.questions / soakTotal.seconds).toFixed(0)} | | | | ${soakTotal.once} | ${soakTotal.lost} | ${soakTotal.duplicated} | ${soakTotal.duplicatesSent} |`,
  );
  console.log(`\nunexpected replies (to no question sent): ${replies.unexpected}`);
  console.log(
    `resident memory, idle, after a full GC: ${mb(before.rss)} MB before any question, ${mb(idle.rss)} MB after all ${offset} (growth ${growthMb.toFixed(1)} MB; bound ${MEMORY_BOUND_MB} MB)`,
  );
  console.log(
    `heap in use: ${mb(before.heapUsed)} MB before, ${mb(soakStart.heapUsed)} MB at the soak's start, ${mb(soakEnd.heapUsed)} MB at its end, ${mb(idle.heapUsed)} MB idle after`,
  );
  console.log(`resident memory under load (sampled after a full GC): ${mb(soakStart.rss)} MB at the soak's start, ${mb(soakEnd.rss)} MB at its end, peak ${mb(peak)} MB`);
  console.log(`machine: ${machine}`);

  const exactlyOnce = results.every((r) => r.once === r.questions) && soakTotal.once === soakTotal.questions && replies.unexpected === 0;
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ machine, results, soak: soakTotal, memory, idle, growthMb, unexpected: replies.unexpected }, null, 2));
  if (!exactlyOnce) {
    console.error('FAILED: some questions were not answered exactly once');
    process.exitCode = 1;
  }
  if (growthMb > MEMORY_BOUND_MB) {
    console.error(`FAILED: resident memory grew ${growthMb.toFixed(1)} MB, more than the ${MEMORY_BOUND_MB} MB bound`);
    process.exitCode = 1;
  }
}

await main();
