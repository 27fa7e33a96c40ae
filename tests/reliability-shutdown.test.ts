/**
 * Shutdown of the real product: `node --import tsx src/main.ts` as a
 * subprocess, with Slack (Socket Mode) and Discord pointed at the fakes on
 * 127.0.0.1. On SIGTERM it stops taking new messages, finishes the replies in
 * flight (held back by the fakes until after the signal), closes the question
 * log and exits 0 within 5 s. Its logs are JSON lines with no token in them.
 *
 * The child runs in an empty temporary directory (no .env is read) with a
 * minimal environment, so nothing of the developer's leaks in.
 */
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, snowflake, type FakeDiscord, type RecordedCall } from './fakes/discord.ts';
import { BOT_USER_ID, eventCallback, startFakeSlack, userMessage, type FakeSlack } from './fakes/slack.ts';
import { miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { startProduct, type RunningProduct } from './helpers/product.ts';

const SLACK_BOT_TOKEN = 'xoxb-5555-6666-shutdownBotToken';
const SLACK_APP_TOKEN = 'xapp-1-A0APP0001-7777-shutdownAppToken';
const DISCORD_TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMw.GsHuTd.shutdown-token-third-part-0123456789';
const DISCORD_APP_ID = '1299999999999999997';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(removeTempDirs);

/** The product with its question log in its own temp directory (DATABASE_PATH), cleaned up after each test. */
function startWithLog(env: Record<string, string>, options: { stdin?: 'pipe' } = {}): RunningProduct & { database: string } {
  const database = path.join(mkdtempSync(path.join(tmpdir(), 'factbot-shutdown-db-')), 'questions.sqlite');
  const product = startProduct({ DATABASE_PATH: database, ...env }, { prefix: 'factbot-shutdown-', ...options });
  cleanups.push(async () => {
    await product.cleanup();
    rmSync(path.dirname(database), { recursive: true, force: true });
  });
  return { ...product, database };
}

async function startFakes(): Promise<{ slack: FakeSlack; discord: FakeDiscord; env: Record<string, string> }> {
  const slack = await startFakeSlack();
  const discord = await startFakeDiscord({ token: DISCORD_TOKEN, applicationId: DISCORD_APP_ID });
  cleanups.push(async () => {
    await slack.close();
    await discord.close();
  });
  return {
    slack,
    discord,
    env: {
      SLACK_BOT_TOKEN,
      SLACK_APP_TOKEN,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: DISCORD_APP_ID,
      DISCORD_API_URL: discord.apiUrl,
    },
  };
}

const replyTo = (message: Record<string, unknown>) => (c: RecordedCall) => c.method === 'POST' && c.body?.message_reference?.message_id === message.id;

describe('npm start shuts down cleanly', () => {
  it('SIGTERM: no new messages, replies in flight delivered, log closed, exit 0 within 5 s; JSON logs without tokens', async () => {
    const { slack, discord, env } = await startFakes();
    const product = startWithLog(env);
    await product.waitForLog((l) => l.msg === 'adapter started' && l.adapter === 'slack', 'Slack started');
    await product.waitForLog((l) => l.msg === 'adapter started' && l.adapter === 'discord', 'Discord started');

    // One reply in flight on each platform: the fakes hold back their answers.
    const inFlight = discord.message({ content: 'Where is the deposit?', dmChannelId: snowflake() });
    const discordHold = discord.holdNext(replyTo(inFlight));
    discord.dispatch('MESSAGE_CREATE', inFlight);
    await discordHold.arrived;
    const slackHold = slack.holdNext('chat.postMessage');
    const threadTs = slack.nextTs();
    await slack.sendEnvelope(
      'events_api',
      eventCallback(userMessage({ type: 'app_mention', text: `<@${BOT_USER_ID}> Where is the deposit?`, channel: 'C0GENERAL1', ts: threadTs })),
    );
    await slackHold.arrived;

    const socketClosed = once(slack.sockets.items[0]!, 'close');
    const signalled = performance.now();
    product.child.kill('SIGTERM');
    await product.waitForLog((l) => typeof l.msg === 'string' && l.msg.startsWith('shutting down'), 'the shutdown line');

    // New messages are no longer taken: Slack's socket is closed, a Discord message is ignored.
    await socketClosed;
    const late = discord.message({ content: 'Where is the deposit?', dmChannelId: snowflake() });
    discord.dispatch('MESSAGE_CREATE', late);

    // The replies in flight are let through now, after the signal.
    discordHold.release();
    slackHold.release();

    const exit = await product.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalled).toBeLessThan(5000);

    // Both replies in flight arrived, once each; the late message got nothing.
    expect(discord.calls.filter(replyTo(inFlight))).toHaveLength(1);
    expect(discord.calls.filter(replyTo(late))).toHaveLength(0);
    expect(slack.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === threadTs)).toHaveLength(1);

    // Logs: JSON lines only, ending with "stopped", no token anywhere, nothing on stdout.
    const stderrLines = product.stderr().split('\n').filter(Boolean);
    for (const line of stderrLines) expect(() => JSON.parse(line), line).not.toThrow();
    const messages = stderrLines.map((l) => JSON.parse(l).msg as string);
    expect(messages.at(-1)).toBe('stopped');
    expect(messages).not.toContain('shutdown did not finish in time; exiting');
    for (const secret of [SLACK_BOT_TOKEN, SLACK_APP_TOKEN, DISCORD_TOKEN]) expect(product.stderr()).not.toContain(secret);
    expect(product.stdout()).toBe('');
    // The question log was closed: SQLite removes the write-ahead log on a clean close.
    expect(existsSync(product.database)).toBe(true);
    expect(existsSync(`${product.database}-wal`)).toBe(false);
    console.info(`SIGTERM to exit: ${Math.round(exit.at - signalled)} ms`);
  });

  it('SIGINT with nothing in flight exits 0 at once, and the question log is closed cleanly', async () => {
    const { env } = await startFakes();
    const product = startWithLog(env);
    await product.waitForLog((l) => l.msg === 'adapter started' && l.adapter === 'discord', 'Discord started');
    const signalled = performance.now();
    product.child.kill('SIGINT');
    const exit = await product.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalled).toBeLessThan(5000);
    expect(existsSync(product.database)).toBe(true);
    expect(existsSync(`${product.database}-wal`)).toBe(false);
    console.info(`SIGINT to exit: ${Math.round(exit.at - signalled)} ms`);
  });
});

/** Resolves once `file` exists (fs events on its folder, no polling), rejecting after `ms`. */
function fileAppears(file: string, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(path.dirname(file), () => check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`${file} did not appear within ${ms} ms`));
    }, ms);
    const check = () => {
      if (!existsSync(file)) return;
      clearTimeout(timer);
      watcher.close();
      resolve();
    };
    check();
  });
}

describe('npm start: a signal in the console chat, or while starting, ends it cleanly too', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s in the console chat: goodbye, question log closed, exit 0', async (signal) => {
    const product = startWithLog({ KNOWLEDGE_DIR: writeKnowledge(miniFiles()) }, { stdin: 'pipe' });
    await product.waitForStdout((out) => out.endsWith('\n? '), 'the first prompt');
    product.child.kill(signal);
    const exit = await product.exited;
    await product.closed;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(product.stdout().endsWith('? Bye!\n')).toBe(true);
    expect(existsSync(product.database)).toBe(true);
    expect(existsSync(`${product.database}-wal`)).toBe(false);
  });

  it('SIGTERM while Slack is still starting (its library loading): exit 0, question log closed', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const product = startWithLog({ KNOWLEDGE_DIR: writeKnowledge(miniFiles()), SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_API_URL: slack.apiUrl });
    // The question log is opened before the Slack library is imported (which takes about half a second).
    await fileAppears(product.database);
    product.child.kill('SIGTERM');
    const exit = await product.exited;
    await product.closed;
    expect(exit, product.stderr()).toMatchObject({ code: 0, signal: null });
    const messages = product.logs().map((l) => l.msg);
    expect(messages.at(-1)).toBe('stopped');
    expect(messages).not.toContain('shutdown did not finish in time; exiting');
    expect(existsSync(`${product.database}-wal`)).toBe(false);
  });
});
