/**
 * The Slack adapter: Bolt set-up, start and stop. The handlers that turn
 * mentions, DMs, thread replies, /ask and button clicks into questions for
 * the {@link Bot} live in events.ts, command.ts and buttons.ts; everything
 * they send goes through send.ts. Everything Slack-specific lives in
 * adapters/slack/; the bot only ever sees plain questions.
 */
import { App, HTTPReceiver, SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import type { Adapter } from '../../src/adapter.ts';
import type { Bot, BotAnswer } from '../../src/bot.ts';
import { createInFlight, DRAIN_TIMEOUT_MS } from '../../src/inflight.ts';
import type { Logger } from '../../src/log.ts';
import { checkAsker, NO_RATE_LIMIT, type RateGate } from '../../src/ratelimit.ts';
import { BoundedMap, memoryEventLedger, memoryThreadRegistry, type EventLedger, type ThreadRegistry } from '../../src/store/ledger.ts';
import { buttonHandlers } from './buttons.ts';
import { commandHandlers, SLASH_COMMAND } from './command.ts';
import type { SlackConfig } from './config.ts';
import type { SlackActivity, SlackHandlerContext } from './context.ts';
import { describeError, listenError, startError } from './errors.ts';
import { eventHandlers } from './events.ts';
import { createSlackHttpServer, type HostServer, type SlackHttpServer } from './http.ts';
import { boltLogger, consoleSlackLogger } from './logger.ts';
import { ACTIONS } from './render.ts';

export { SLASH_COMMAND } from './command.ts';
export type { SlackActivity } from './context.ts';
export { consoleSlackLogger } from './logger.ts';

/** Where Slack sends events, commands and interactions in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/** Options for {@link createSlackAdapter}. */
export interface SlackAdapterOptions {
  bot: Bot;
  config: SlackConfig;
  /** Defaults to one line per message on stderr. Tokens are never logged. */
  logger?: Logger;
  /** Handled-event record; defaults to an in-memory one. Replace with a shared store when running several instances. */
  ledger?: EventLedger;
  /** Threads answered in; defaults to an in-memory one. */
  threads?: ThreadRegistry;
  /**
   * Web API client tuning. Tests set `retries: 0` so a failure shows at once,
   * or a short `minTimeoutMs` between retries.
   */
  webApi?: { retries?: number; timeoutMs?: number; minTimeoutMs?: number; maxTimeoutMs?: number };
  /**
   * Socket Mode tuning: how long to wait for a pong, which is also the pause
   * before reconnecting after Slack closes the socket (default 5000 ms).
   */
  socketMode?: { clientPingTimeoutMs?: number };
  /** Rate limits, shared with the other adapters (src/ratelimit.ts); none when absent. */
  rateLimit?: RateGate;
  /** How long stop() waits for replies in flight (default 3000 ms, inside a 5 s shutdown). */
  drainTimeoutMs?: number;
  /**
   * HTTP mode tuning (adapters/slack/http.ts), for tests: the clock that
   * signature timestamps and the rejection log go by, how often rejected
   * requests are logged (default once a minute), the largest body (default
   * 4 MB), and how long Bolt waits for a listener to acknowledge a request it
   * has none for before answering 404 (default 3001 ms, Slack's 3 s).
   */
  http?: { now?: () => number; rejectionLogIntervalMs?: number; bodyLimitBytes?: number; unacknowledgedTimeoutMs?: number };
  /**
   * HTTP mode on a server the process already runs (`npm start`'s HTTP_PORT
   * server when it is Slack's port): `/slack/events` is mounted there instead
   * of listening on a port of its own.
   */
  hostServer?: HostServer;
  /** Called once per event or click with what was done about it. Must not throw. */
  onActivity?: (activity: SlackActivity) => void;
}

/** The Slack {@link Adapter}, plus where it listens. */
export interface SlackAdapter extends Adapter {
  /** In HTTP mode once started: the URL of the events endpoint (e.g. http://127.0.0.1:3000/slack/events). */
  readonly url: string | undefined;
}

/**
 * Web API retries: a few quick ones. The SDK's default keeps retrying for
 * about 30 minutes, which would make start-up hang without a word when Slack
 * is unreachable, and an answer that late is no longer wanted anyway.
 */
const WEB_API_RETRIES = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };
/** No Web API call may keep a reply in flight for ever. */
const WEB_API_TIMEOUT_MS = 10_000;
/** Answers shown privately that "Share in channel" can still post exactly as they were. */
const SHAREABLE_ANSWERS = 1000;

/** How Slack reaches the app: Bolt's receiver, and in HTTP mode the server in front of it. */
type Transport =
  | { mode: 'http'; receiver: HTTPReceiver; server: SlackHttpServer; port: number; host: string | undefined }
  | { mode: 'socket'; receiver: SocketModeReceiver };

/**
 * Creates the Slack adapter. Nothing connects until {@link Adapter.start}.
 *
 * Socket Mode when `config.mode` is "socket" (no public URL needed);
 * otherwise an HTTP server on `config.port` taking signed requests at
 * `/slack/events` for events, the /ask command and button clicks.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { bot, config } = options;
  const log = options.logger ?? consoleSlackLogger;
  const gate = options.rateLimit ?? NO_RATE_LIMIT;
  const drainTimeoutMs = options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS;
  const inFlight = createInFlight();
  let url: string | undefined;
  let started = false;
  // Socket Mode: whether the WebSocket is up now (it reconnects by itself after a drop).
  let socketUp = false;

  // One bridge for Bolt, its receiver and the Socket Mode client alike.
  const bolt = boltLogger(log);
  const transport = createTransport(options, log, bolt);
  if (transport.mode === 'socket') {
    transport.receiver.client.on('connected', () => (socketUp = true));
    for (const state of ['disconnected', 'reconnecting', 'disconnecting']) transport.receiver.client.on(state, () => (socketUp = false));
  }
  const app = new App({
    token: config.botToken,
    receiver: transport.receiver,
    logger: bolt,
    clientOptions: clientOptions(options, false),
    // Our own filter (events.ts) drops every bot, ourselves included, and reports it.
    ignoreSelf: false,
    convoStore: false,
    // auth.test runs in start(), so a bad token fails start() instead of
    // becoming an unhandled rejection in the constructor.
    deferInitialization: true,
  });
  app.error(async (error) => {
    log.error({ err: describeError(error) }, 'unhandled error in a Slack listener');
  });

  const context: SlackHandlerContext = {
    bot,
    log,
    threadFollowups: config.threadFollowups,
    ledger: options.ledger ?? memoryEventLedger(),
    threads: options.threads ?? memoryThreadRegistry(),
    shareable: new BoundedMap<BotAnswer>(SHAREABLE_ANSWERS),
    limit: (ctx, publicChannel) => checkAsker(gate, 'slack', ctx.userId ?? 'unknown', publicChannel),
    activity(a) {
      try {
        options.onActivity?.(a);
      } catch {
        // An observer's bug must not break answering.
      }
    },
  };
  // Every listener's work counts as in flight until it is done, so stop() can let replies finish.
  const tracked =
    <Args>(handler: (args: Args) => Promise<void>) =>
    (args: Args): Promise<void> =>
      inFlight.track(handler(args));

  const events = eventHandlers(context);
  app.use(events.ignoreNonPeople);
  app.event('app_mention', tracked(events.onMention));
  app.event('message', tracked(events.onMessage));

  app.command(SLASH_COMMAND, tracked(commandHandlers(context).onAsk));

  const buttons = buttonHandlers(context);
  // Block actions only: the handlers read Bolt's BlockAction (and check that it is a button).
  const clicks = (actionId: string | RegExp): { type: 'block_actions'; action_id: string | RegExp } => ({ type: 'block_actions', action_id: actionId });
  app.action(clicks(new RegExp(`^${ACTIONS.related}\\d+$`)), tracked(buttons.onRelated));
  app.action(clicks(new RegExp(`^${ACTIONS.suggest}\\d+$`)), tracked(buttons.onSuggestion));
  app.action(clicks(ACTIONS.feedbackUp), tracked(buttons.onVote('up')));
  app.action(clicks(ACTIONS.feedbackDown), tracked(buttons.onVote('down')));
  app.action(clicks(ACTIONS.share), tracked(buttons.onShare));

  return {
    name: 'slack',
    get url() {
      return url;
    },
    connected() {
      // HTTP mode is "connected" while it listens: Slack reaches it, not the other way round.
      return started && (transport.mode === 'http' || socketUp);
    },
    async start() {
      if (started) throw new Error('The Slack adapter is already started');
      log.info({ adapter: 'slack', mode: config.mode }, 'connecting to Slack');
      try {
        await app.init();
      } catch (error) {
        throw new Error(startError(error, 'SLACK_BOT_TOKEN', config.apiUrl));
      }
      if (transport.mode === 'http') {
        let address;
        try {
          address = await transport.server.listen(transport.port, transport.host);
        } catch (error) {
          throw new Error(listenError(error, transport.port));
        }
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        url = `http://${host}:${address.port}${EVENTS_PATH}`;
        log.info({ adapter: 'slack', mode: 'http', url }, 'listening for Slack requests');
      } else {
        try {
          await transport.receiver.start();
        } catch (error) {
          await transport.receiver.client.disconnect().catch(() => undefined);
          throw new Error(startError(error, 'SLACK_APP_TOKEN', config.apiUrl));
        }
        log.info({ adapter: 'slack', mode: 'socket' }, 'connected to Slack with Socket Mode');
      }
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      // Take no new requests first, then let replies in flight finish, for a bounded time.
      if (transport.mode === 'http') transport.server.stopTaking();
      else await transport.receiver.client.disconnect();
      const drained = await inFlight.drain(drainTimeoutMs);
      if (!drained.drained) log.warn({ adapter: 'slack', inFlight: drained.remaining, drainTimeoutMs }, 'stopped waiting for replies in flight');
      // Then close what is left: a client that stopped sending mid-request is no reason to
      // hang the shutdown (before, one such connection kept it waiting for ever).
      if (transport.mode === 'http') {
        await transport.server.close().catch((e: unknown) => log.warn({ err: describeError(e) }, 'could not stop the HTTP server cleanly'));
      }
      url = undefined;
      log.info({ adapter: 'slack' }, 'stopped');
    },
  };
}

/** Web API client options: Slack's URL (SLACK_API_URL), the retry policy and the timeout. */
function clientOptions(options: SlackAdapterOptions, forSocketMode: boolean) {
  const { config, webApi } = options;
  return {
    ...(config.apiUrl !== undefined ? { slackApiUrl: config.apiUrl } : {}),
    // The Socket Mode client keeps its own, patient policy for reconnecting
    // unless told otherwise; answers and start-up use a short one.
    ...(webApi?.retries !== undefined
      ? {
          retryConfig: {
            retries: webApi.retries,
            factor: WEB_API_RETRIES.factor,
            minTimeout: webApi.minTimeoutMs ?? WEB_API_RETRIES.minTimeout,
            maxTimeout: webApi.maxTimeoutMs ?? WEB_API_RETRIES.maxTimeout,
          },
        }
      : forSocketMode
        ? {}
        : { retryConfig: WEB_API_RETRIES }),
    timeout: webApi?.timeoutMs ?? WEB_API_TIMEOUT_MS,
  };
}

/**
 * Bolt's receiver for the configured mode. Built here rather than by App so
 * that the Socket Mode client gets its own copy of the client options (it
 * writes into them) and so stop() can wait for the WebSocket to close.
 */
function createTransport(options: SlackAdapterOptions, log: Logger, bolt: BoltLogger): Transport {
  const { config, http } = options;
  if (config.mode === 'socket') {
    return {
      mode: 'socket',
      receiver: new SocketModeReceiver({
        appToken: config.appToken,
        logger: bolt,
        installerOptions: { clientOptions: clientOptions(options, true) },
        ...(options.socketMode?.clientPingTimeoutMs !== undefined ? { clientPingTimeout: options.socketMode.clientPingTimeoutMs } : {}),
      }),
    };
  }
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: EVENTS_PATH,
    port: config.port,
    logger: bolt,
    // Acknowledge first, answer after: Slack retries anything not acknowledged within 3 s.
    processBeforeResponse: false,
    // Verified by the server in front (http.ts) before Bolt sees a request: both ways
    // within 5 minutes, over the raw bytes. Bolt's own check would accept any future
    // timestamp and, once passed, can still crash on the body.
    signatureVerification: false,
    ...(http?.unacknowledgedTimeoutMs !== undefined ? { unhandledRequestTimeoutMillis: http.unacknowledgedTimeoutMs } : {}),
  });
  // The server Slack POSTs to; Bolt's receiver only ever sees requests it has checked.
  const server = createSlackHttpServer({
    path: EVENTS_PATH,
    signingSecret: config.signingSecret,
    receiver,
    log,
    ...(http?.now !== undefined ? { now: http.now } : {}),
    ...(http?.rejectionLogIntervalMs !== undefined ? { rejectionLogIntervalMs: http.rejectionLogIntervalMs } : {}),
    ...(http?.bodyLimitBytes !== undefined ? { bodyLimitBytes: http.bodyLimitBytes } : {}),
    ...(options.hostServer !== undefined ? { host: options.hostServer } : {}),
  });
  return { mode: 'http', receiver, server, port: config.port, host: config.host };
}
