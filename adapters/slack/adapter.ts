/**
 * The Slack adapter: Bolt listeners that turn mentions, DMs, thread replies,
 * /ask and button clicks into questions for the {@link Bot}, and post the
 * rendered replies. Everything Slack-specific lives in adapters/slack/; the
 * bot only ever sees plain questions.
 */
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import type { Adapter } from '../../src/adapter.ts';
import type { AskContext, Bot, BotAnswer, Vote } from '../../src/bot.ts';
import { userHash } from '../../src/log.ts';
import { NO_RATE_LIMIT, slowDownText, type GateResult, type RateGate } from '../../src/ratelimit.ts';
import type { Reply } from '../../src/reply.ts';
import type { SlackConfig } from './config.ts';
import { createSlackHttpServer, type SlackHttpServer } from './http.ts';
import {
  isHelpRequest,
  mentions,
  mentionsSomeoneElse,
  notFromAPerson,
  questionFromSlackText,
  readMessage,
  type IncomingMessage,
} from './incoming.ts';
import { ACTIONS, renderFailure, renderFeedbackAck, renderNotice, renderReply, type ShareValue, type SlackMessage, type Surface } from './render.ts';
import { BoundedMap, memoryEventLedger, memoryThreadRegistry, type EventLedger, type ThreadRegistry } from './stores.ts';

/** The slash command in the manifest. */
export const SLASH_COMMAND = '/ask';
/** Where Slack sends events, commands and interactions in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/** A pino-compatible logger (`logger.info({ ...fields }, 'message')`), like the product's. */
export interface SlackLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** What the adapter did with one incoming event or click; for metrics and tests. */
export interface SlackActivity {
  /** `limited`: refused by the rate limit (with a "slow down" notice when `warned`). */
  kind: 'answered' | 'ignored' | 'voted' | 'failed' | 'limited';
  via: 'mention' | 'dm' | 'thread' | 'message' | 'command' | 'related' | 'suggestion' | 'share' | 'feedback';
  /** Why it was ignored (kind "ignored"). */
  reason?: 'duplicate' | 'bot' | 'subtype' | 'not-addressed' | 'no-match';
  /** Slack's event_id for events; the action's action_ts for clicks. */
  ref?: string;
  /** For `limited`: whether the person was shown the "slow down" notice. */
  warned?: boolean;
}

/** Options for {@link createSlackAdapter}. */
export interface SlackAdapterOptions {
  bot: Bot;
  config: SlackConfig;
  /** Defaults to one line per message on stderr. Tokens are never logged. */
  logger?: SlackLogger;
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
  /** Called once per event or click with what was done about it. Must not throw. */
  onActivity?: (activity: SlackActivity) => void;
}

/** The Slack {@link Adapter}, plus where it listens. */
export interface SlackAdapter extends Adapter {
  /** In HTTP mode once started: the URL of the events endpoint (e.g. http://127.0.0.1:3000/slack/events). */
  readonly url: string | undefined;
}

const line = (level: string, fields: Record<string, unknown>, message: string) => {
  const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
  console.error(`[slack] ${level}${message}${extra}`);
};
/** Logger used when none is given: one line per message on stderr, so stdout stays free for the product. */
export const consoleSlackLogger: SlackLogger = {
  info: (fields, message) => line('', fields, message),
  warn: (fields, message) => line('warning: ', fields, message),
  error: (fields, message) => line('error: ', fields, message),
};

/** How long stop() waits for replies in flight: a shutdown must finish within 5 s. */
const DRAIN_TIMEOUT_MS = 3_000;
/**
 * Web API retries: a few quick ones. The SDK's default keeps retrying for
 * about 30 minutes, which would make start-up hang without a word when Slack
 * is unreachable, and an answer that late is no longer wanted anyway.
 */
const WEB_API_RETRIES = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };
/** No Web API call may keep a reply in flight for ever. */
const WEB_API_TIMEOUT_MS = 10_000;

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
  const ledger = options.ledger ?? memoryEventLedger();
  const threads = options.threads ?? memoryThreadRegistry();
  // Answers given by /ask, kept so "Share in channel" posts exactly what the asker saw.
  const shareable = new BoundedMap<{ id: string; reply: Reply }>(1000);
  const inflight = new Set<Promise<unknown>>();
  let url: string | undefined;
  let started = false;

  const activity = (a: SlackActivity) => {
    try {
      options.onActivity?.(a);
    } catch {
      // An observer's bug must not break answering.
    }
  };
  const track = async (work: () => Promise<void>) => {
    const p = work();
    inflight.add(p);
    try {
      await p;
    } finally {
      inflight.delete(p);
    }
  };

  const boltLogger = toBoltLogger(log);
  const clientOptions = (forSocketMode: boolean) => ({
    ...(config.apiUrl !== undefined ? { slackApiUrl: config.apiUrl } : {}),
    // The Socket Mode client keeps its own, patient policy for reconnecting
    // unless told otherwise; answers and start-up use a short one.
    ...(options.webApi?.retries !== undefined
      ? {
          retryConfig: {
            retries: options.webApi.retries,
            factor: WEB_API_RETRIES.factor,
            minTimeout: options.webApi.minTimeoutMs ?? WEB_API_RETRIES.minTimeout,
            maxTimeout: options.webApi.maxTimeoutMs ?? WEB_API_RETRIES.maxTimeout,
          },
        }
      : forSocketMode
        ? {}
        : { retryConfig: WEB_API_RETRIES }),
    timeout: options.webApi?.timeoutMs ?? WEB_API_TIMEOUT_MS,
  });

  // Receivers are built here rather than by App so that the Socket Mode
  // client gets its own copy of the client options (it writes into them) and
  // so stop() can wait for the WebSocket to close.
  const httpReceiver =
    config.mode === 'http'
      ? new HTTPReceiver({
          signingSecret: config.signingSecret,
          endpoints: EVENTS_PATH,
          port: config.port,
          logger: boltLogger,
          // Acknowledge first, answer after: Slack retries anything not acknowledged within 3 s.
          processBeforeResponse: false,
          // Verified by the server in front (http.ts) before Bolt sees a request: both ways
          // within 5 minutes, over the raw bytes. Bolt's own check would accept any future
          // timestamp and, once passed, can still crash on the body.
          signatureVerification: false,
          ...(options.http?.unacknowledgedTimeoutMs !== undefined ? { unhandledRequestTimeoutMillis: options.http.unacknowledgedTimeoutMs } : {}),
        })
      : undefined;
  // The server Slack POSTs to; Bolt's receiver only ever sees requests it has checked.
  const httpServer: SlackHttpServer | undefined =
    httpReceiver && config.mode === 'http'
      ? createSlackHttpServer({
          path: EVENTS_PATH,
          signingSecret: config.signingSecret,
          receiver: httpReceiver,
          log,
          ...(options.http?.now !== undefined ? { now: options.http.now } : {}),
          ...(options.http?.rejectionLogIntervalMs !== undefined ? { rejectionLogIntervalMs: options.http.rejectionLogIntervalMs } : {}),
          ...(options.http?.bodyLimitBytes !== undefined ? { bodyLimitBytes: options.http.bodyLimitBytes } : {}),
        })
      : undefined;
  const socketReceiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: config.appToken,
          logger: boltLogger,
          installerOptions: { clientOptions: clientOptions(true) },
          ...(options.socketMode?.clientPingTimeoutMs !== undefined ? { clientPingTimeout: options.socketMode.clientPingTimeoutMs } : {}),
        })
      : undefined;

  const app = new App({
    token: config.botToken,
    receiver: (httpReceiver ?? socketReceiver) as HTTPReceiver,
    logger: boltLogger,
    clientOptions: clientOptions(false),
    // Our own filter below drops every bot, ourselves included, and reports it.
    ignoreSelf: false,
    convoStore: false,
    // auth.test runs in start(), so a bad token fails start() instead of
    // becoming an unhandled rejection in the constructor.
    deferInitialization: true,
  });

  app.error(async (error) => {
    log.error({ err: describe(error) }, 'unhandled error in a Slack listener');
  });

  // ---- Events: filter out what is not a person asking, once, before any listener. ----
  app.use(async ({ body, context, next }) => {
    const b = body as { type?: string; event_id?: string; event?: unknown };
    if (b.type === 'event_callback') {
      const m = readMessage(b.event);
      if (m && (m.type === 'message' || m.type === 'app_mention')) {
        const reason = notFromAPerson(m, context.botUserId);
        if (reason !== undefined) {
          activity({ kind: 'ignored', via: m.type === 'app_mention' ? 'mention' : 'message', reason, ...ref(b.event_id) });
          return;
        }
      }
    }
    await next();
  });

  /** The reply to a question: the help text for an empty question or "help". */
  const answer = (question: string, ctx: AskContext): { id?: string; reply: Reply } =>
    isHelpRequest(question) ? { reply: bot.help() } : bot.ask(question, ctx);

  /** Log fields that say where a failure happened without naming anyone: platform, channel kind, a hash of the user. */
  const logWhere = (via: SlackActivity['via'], ctx: AskContext) => ({
    platform: 'slack',
    via,
    channelKind: ctx.channelKind,
    ...(ctx.userId !== undefined ? { user: userHash('slack', ctx.userId) } : {}),
  });

  /** Asks the shared rate limit; channel keys only for answers everyone in a channel sees. */
  const limit = async (ctx: AskContext, publicChannel: string | undefined): Promise<GateResult> =>
    gate.check(`slack:${ctx.userId ?? 'unknown'}`, publicChannel !== undefined ? `slack:${publicChannel}` : undefined);

  /** Answers an event in its channel (and thread), once per event. */
  const answerEvent = async (
    m: IncomingMessage,
    p: {
      via: 'mention' | 'dm' | 'thread';
      eventId: string | undefined;
      threadTs: string | undefined;
      question: string;
      ctx: AskContext;
      quietOnNoMatch: boolean;
      client: App['client'];
    },
  ) => {
    const keys = [p.eventId && `event:${p.eventId}`, m.clientMsgId && `msg:${m.clientMsgId}`].filter((k): k is string => !!k);
    if (keys.length > 0 && !(await ledger.claim(keys))) {
      activity({ kind: 'ignored', via: p.via, reason: 'duplicate', ...ref(p.eventId) });
      return;
    }
    const publicChannel = p.ctx.channelKind === 'dm' ? undefined : m.channel;
    let result: { id?: string; reply: Reply };
    try {
      // Addressed to the bot: the limit applies before any work is done.
      if (!p.quietOnNoMatch) {
        const verdict = await limit(p.ctx, publicChannel);
        if (verdict.decision !== 'ok') {
          await refuseEvent(m, p, verdict);
          return;
        }
      }
      result = answer(p.question, p.ctx);
    } catch (error) {
      // The answer could not be made: the person gets a short apology, the log the details.
      log.error({ ...logWhere(p.via, p.ctx), err: describe(error) }, 'could not answer a message; apologising');
      try {
        await post(p.client, m.channel, p.threadTs, renderFailure());
      } catch (again) {
        await ledger.release(keys).catch(() => undefined);
        log.warn({ ...logWhere(p.via, p.ctx), err: describe(again) }, 'could not send the apology either');
      }
      activity({ kind: 'failed', via: p.via, ...ref(p.eventId) });
      return;
    }
    if (p.quietOnNoMatch && result.reply.kind === 'none') {
      // Not addressed to the bot explicitly: stay out of the conversation rather than say "I don't know".
      activity({ kind: 'ignored', via: p.via, reason: 'no-match', ...ref(p.eventId) });
      return;
    }
    if (p.quietOnNoMatch && (await limit(p.ctx, publicChannel)).decision !== 'ok') {
      // A follow-up nobody addressed to the bot: over the limit, it just stays quiet.
      activity({ kind: 'limited', via: p.via, warned: false, ...ref(p.eventId) });
      return;
    }
    try {
      const { id, reply } = result;
      await post(p.client, m.channel, p.threadTs, renderReply(reply, { surface: { kind: 'message' }, ...(id ? { answerId: id } : {}) }));
      if (p.threadTs !== undefined && p.ctx.channelKind !== 'dm') await threads.remember(m.channel, p.threadTs);
      activity({ kind: 'answered', via: p.via, ...ref(p.eventId) });
    } catch (error) {
      // Slack refused or could not be reached even after the Web API client's retries:
      // one error line, and the event may be answered if Slack delivers it again.
      await ledger.release(keys).catch(() => undefined);
      log.error({ ...logWhere(p.via, p.ctx), err: describe(error) }, 'could not deliver an answer');
      activity({ kind: 'failed', via: p.via, ...ref(p.eventId) });
    }
  };

  /**
   * Over the limit: the first time in a burst a short "slow down" (only the
   * asker sees it in a channel), then nothing, so a flood gets no flood back.
   */
  const refuseEvent = async (
    m: IncomingMessage,
    p: { via: 'mention' | 'dm' | 'thread'; eventId: string | undefined; threadTs: string | undefined; ctx: AskContext; client: App['client'] },
    verdict: Exclude<GateResult, { decision: 'ok' }>,
  ) => {
    const warned = verdict.decision === 'warn';
    if (warned) {
      const notice = renderNotice(slowDownText(verdict));
      try {
        if (p.ctx.channelKind === 'dm' || m.user === undefined) await post(p.client, m.channel, p.threadTs, notice);
        else {
          await p.client.chat.postEphemeral({
            channel: m.channel,
            user: m.user,
            ...(p.threadTs !== undefined ? { thread_ts: p.threadTs } : {}),
            text: notice.text,
            blocks: notice.blocks,
          });
        }
      } catch (error) {
        log.warn({ ...logWhere(p.via, p.ctx), err: describe(error) }, 'could not send the slow-down notice');
      }
    }
    activity({ kind: 'limited', via: p.via, warned, ...ref(p.eventId) });
  };

  app.event('app_mention', async ({ event, body, context, client }) =>
    track(async () => {
      const m = readMessage(event);
      if (!m) return;
      await answerEvent(m, {
        via: 'mention',
        eventId: body.event_id,
        // Always answer in a thread: under the mention, or in the thread it was made in.
        threadTs: m.threadTs ?? m.ts,
        question: questionFromSlackText(m.text, context.botUserId),
        ctx: { platform: 'slack', ...user(m.user), channelKind: m.threadTs ? 'thread' : 'channel' },
        quietOnNoMatch: false,
        client,
      });
    }),
  );

  app.event('message', async ({ event, body, context, client }) =>
    track(async () => {
      const m = readMessage(event);
      if (!m) return;
      const question = questionFromSlackText(m.text, context.botUserId);
      if (m.channelType === 'im') {
        await answerEvent(m, {
          via: 'dm',
          eventId: body.event_id,
          threadTs: m.threadTs,
          question,
          ctx: { platform: 'slack', ...user(m.user), channelKind: 'dm' },
          quietOnNoMatch: false,
          client,
        });
        return;
      }
      // In a channel, a message is only for the bot as a follow-up in a thread it answered in.
      const followup =
        config.threadFollowups &&
        m.threadTs !== undefined &&
        m.threadTs !== m.ts &&
        // A mention is answered by the app_mention event; one answer is enough.
        !mentions(m.text, context.botUserId) &&
        // "@alex what do you think?" is for Alex.
        !mentionsSomeoneElse(m.text, context.botUserId) &&
        (await threads.has(m.channel, m.threadTs));
      if (!followup) {
        activity({ kind: 'ignored', via: 'message', reason: 'not-addressed', ...ref(body.event_id) });
        return;
      }
      await answerEvent(m, {
        via: 'thread',
        eventId: body.event_id,
        threadTs: m.threadTs,
        question,
        ctx: { platform: 'slack', ...user(m.user), channelKind: 'thread' },
        quietOnNoMatch: true,
        client,
      });
    }),
  );

  // ---- /ask: an ephemeral answer in the acknowledgement itself. ----
  // Answering in the ack needs no extra API call and works in channels the
  // bot is not a member of, where chat.postEphemeral would fail.
  app.command(SLASH_COMMAND, async ({ command, ack }) =>
    track(async () => {
      try {
        const question = questionFromSlackText(command.text ?? '');
        const ctx: AskContext = { platform: 'slack', ...user(command.user_id), channelKind: 'slash' };
        const verdict = await limit(ctx, undefined);
        if (verdict.decision !== 'ok') {
          // Only the asker sees a command's answer, so the notice is shown every time: silence would look broken.
          await ack({ response_type: 'ephemeral', ...renderNotice(slowDownText(verdict)) });
          activity({ kind: 'limited', via: 'command', warned: true });
          return;
        }
        const { id, reply } = answer(question, ctx);
        if (id !== undefined) shareable.set(id, { id, reply });
        const message = renderReply(reply, { surface: { kind: 'ephemeral' }, ...(id ? { answerId: id } : {}) });
        await ack({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
        activity({ kind: 'answered', via: 'command' });
      } catch (error) {
        log.error({ platform: 'slack', via: 'command', channelKind: 'slash', user: userHash('slack', command.user_id), err: describe(error) }, 'could not answer');
        await ack({ response_type: 'ephemeral', ...renderFailure() }).catch(() => undefined);
        activity({ kind: 'failed', via: 'command' });
      }
    }),
  );

  // ---- Buttons. ----
  type Click = {
    body: unknown;
    action: unknown;
    respond: (m: Record<string, unknown>) => Promise<unknown>;
    client: App['client'];
  };

  /** Answers a click with a new reply where the click happened. */
  const deliverAnswer = async (click: Click, via: 'related' | 'suggestion', compute: (ctx: AskContext) => BotAnswer | { reply: Reply; id?: string }) => {
    const where = whereClicked(click.body);
    const ctx: AskContext = {
      platform: 'slack',
      ...user(where.user),
      channelKind: where.ephemeral ? 'slash' : where.isDm ? 'dm' : 'thread',
    };
    const actionTs = readActionTs(click.action);
    const privately = where.ephemeral || where.channel === undefined;
    try {
      const verdict = await limit(ctx, privately || where.isDm ? undefined : where.channel);
      if (verdict.decision !== 'ok') {
        // A private surface always gets the notice; in a conversation only the first time in a burst.
        const warned = privately || verdict.decision === 'warn';
        if (warned) await respondEphemeral(click, renderNotice(slowDownText(verdict)));
        activity({ kind: 'limited', via, warned, ...ref(actionTs) });
        return;
      }
      const { id, reply } = compute(ctx);
      if (privately || where.channel === undefined) {
        if (id !== undefined) shareable.set(id, { id, reply });
        await respondEphemeral(click, renderReply(reply, { surface: { kind: 'ephemeral' }, ...(id ? { answerId: id } : {}) }));
      } else {
        const message = renderReply(reply, { surface: { kind: 'message' }, ...(id ? { answerId: id } : {}) });
        try {
          await post(click.client, where.channel, where.threadTs, message);
          if (where.threadTs !== undefined && !where.isDm) await threads.remember(where.channel, where.threadTs);
        } catch (error) {
          // E.g. a shared answer in a private channel the bot is not in: answer the clicker privately instead.
          log.warn({ via, channel: where.channel, err: describe(error) }, 'could not post in the channel; answering privately');
          await respondEphemeral(click, message);
        }
      }
      activity({ kind: 'answered', via, ...ref(actionTs) });
    } catch (error) {
      log.error({ ...logWhere(via, ctx), err: describe(error) }, 'could not answer');
      activity({ kind: 'failed', via, ...ref(actionTs) });
    }
  };

  app.action(new RegExp(`^${ACTIONS.related}\\d+$`), async ({ ack, body, action, respond, client }) =>
    track(async () => {
      await ack();
      const factId = readActionValue(action);
      await deliverAnswer({ body, action, respond, client }, 'related', (ctx) => bot.askFact(factId, ctx));
    }),
  );

  app.action(new RegExp(`^${ACTIONS.suggest}\\d+$`), async ({ ack, body, action, respond, client }) =>
    track(async () => {
      await ack();
      const question = readActionValue(action);
      await deliverAnswer({ body, action, respond, client }, 'suggestion', (ctx) => answer(question, ctx));
    }),
  );

  const votes: [string, Vote][] = [
    [ACTIONS.feedbackUp, 'up'],
    [ACTIONS.feedbackDown, 'down'],
  ];
  for (const [actionId, vote] of votes) {
    app.action(actionId, async ({ ack, body, action, respond, client }) =>
      track(async () => {
        await ack();
        const where = whereClicked(body);
        const actionTs = readActionTs(action);
        try {
          const recorded = bot.feedback(readActionValue(action), vote, {
            platform: 'slack',
            ...user(where.user),
            channelKind: where.ephemeral ? 'slash' : where.isDm ? 'dm' : 'thread',
          });
          const message = renderFeedbackAck(vote, recorded);
          if (where.ephemeral || where.channel === undefined || where.user === undefined) {
            await respondEphemeral({ respond }, message);
          } else {
            try {
              await client.chat.postEphemeral({
                channel: where.channel,
                user: where.user,
                ...(where.threadTs !== undefined ? { thread_ts: where.threadTs } : {}),
                text: message.text,
                blocks: message.blocks,
              });
            } catch (error) {
              log.warn({ channel: where.channel, err: describe(error) }, 'could not acknowledge feedback in the channel; using the response URL');
              await respondEphemeral({ respond }, message);
            }
          }
          activity({ kind: 'voted', via: 'feedback', ...ref(actionTs) });
        } catch (error) {
          log.error({ via: 'feedback', err: describe(error) }, 'could not record feedback');
          activity({ kind: 'failed', via: 'feedback', ...ref(actionTs) });
        }
      }),
    );
  }

  app.action(ACTIONS.share, async ({ ack, body, action, respond }) =>
    track(async () => {
      await ack();
      const where = whereClicked(body);
      const actionTs = readActionTs(action);
      try {
        const value = parseShareValue(readActionValue(action));
        const ctx: AskContext = { platform: 'slack', ...user(where.user), channelKind: 'slash' };
        const known = shareable.get(value.a) ?? (value.f !== undefined ? bot.askFact(value.f, ctx) : bot.ask(value.q, ctx));
        const surface: Surface = { kind: 'shared', askedBy: where.user ?? '' };
        const message = renderReply(known.reply, { surface, answerId: known.id });
        // One call posts publicly and removes the private copy (the ephemeral
        // message can only be changed through its response URL).
        await respond({ response_type: 'in_channel', delete_original: true, text: message.text, blocks: message.blocks });
        activity({ kind: 'answered', via: 'share', ...ref(actionTs) });
      } catch (error) {
        log.error({ via: 'share', err: describe(error) }, 'could not share an answer');
        activity({ kind: 'failed', via: 'share', ...ref(actionTs) });
      }
    }),
  );

  return {
    name: 'slack',
    get url() {
      return url;
    },
    async start() {
      if (started) throw new Error('The Slack adapter is already started');
      log.info({ adapter: 'slack', mode: config.mode }, 'connecting to Slack');
      try {
        await app.init();
      } catch (error) {
        throw new Error(startError(error, 'SLACK_BOT_TOKEN', config.apiUrl));
      }
      if (httpServer && config.mode === 'http') {
        let address;
        try {
          address = await httpServer.listen(config.port, config.host);
        } catch (error) {
          const code = (error as { code?: string }).code;
          throw new Error(
            code === 'EADDRINUSE'
              ? `Slack: port ${config.port} is already in use; set PORT to a free port`
              : `Slack: could not listen on port ${config.port}: ${describe(error)}`,
          );
        }
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        url = `http://${host}:${address.port}${EVENTS_PATH}`;
        log.info({ adapter: 'slack', mode: 'http', url }, 'listening for Slack requests');
      } else if (socketReceiver) {
        try {
          await socketReceiver.start();
        } catch (error) {
          await socketReceiver.client.disconnect().catch(() => undefined);
          throw new Error(startError(error, 'SLACK_APP_TOKEN', config.apiUrl));
        }
        log.info({ adapter: 'slack', mode: 'socket' }, 'connected to Slack with Socket Mode');
      }
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      // Take no new requests first, then let replies in flight finish.
      httpServer?.stopTaking();
      if (socketReceiver) await socketReceiver.client.disconnect();
      if (inflight.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, DRAIN_TIMEOUT_MS);
        });
        await Promise.race([Promise.allSettled([...inflight]), timeout]);
        clearTimeout(timer);
      }
      // Then close what is left: a client that stopped sending mid-request is no reason to
      // hang the shutdown (before, one such connection kept it waiting for ever).
      if (httpServer) await httpServer.close().catch((e: unknown) => log.warn({ err: describe(e) }, 'could not stop the HTTP server cleanly'));
      url = undefined;
      log.info({ adapter: 'slack' }, 'stopped');
    },
  };
}

async function post(client: App['client'], channel: string, threadTs: string | undefined, message: SlackMessage): Promise<void> {
  await client.chat.postMessage({
    channel,
    ...(threadTs !== undefined ? { thread_ts: threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    // A cited source link should not unfold into a big preview under every answer.
    unfurl_links: false,
    unfurl_media: false,
  });
}

async function respondEphemeral(click: { respond: (m: Record<string, unknown>) => Promise<unknown> }, message: SlackMessage) {
  await click.respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
}

const ref = (value: string | undefined): { ref?: string } => (value !== undefined ? { ref: value } : {});
const user = (id: string | undefined): { userId?: string } => (id !== undefined ? { userId: id } : {});

/** Where a button was clicked: which channel and thread to answer in, and by whom. */
function whereClicked(body: unknown): { channel?: string; threadTs?: string; user?: string; ephemeral: boolean; isDm: boolean } {
  const b = (body ?? {}) as {
    user?: { id?: string };
    channel?: { id?: string };
    container?: { channel_id?: string; message_ts?: string; thread_ts?: string; is_ephemeral?: boolean };
    message?: { ts?: string; thread_ts?: string };
  };
  const channel = b.channel?.id ?? b.container?.channel_id;
  const isDm = channel?.startsWith('D') ?? false;
  const ephemeral = b.container?.is_ephemeral === true;
  const messageTs = b.message?.ts ?? b.container?.message_ts;
  // Answers go in the clicked message's thread; a top-level message in a
  // channel starts one, a top-level DM message is answered at top level.
  const threadTs = b.message?.thread_ts ?? b.container?.thread_ts ?? (isDm ? undefined : messageTs);
  return {
    ephemeral,
    isDm,
    ...(channel !== undefined ? { channel } : {}),
    ...(threadTs !== undefined ? { threadTs } : {}),
    ...(b.user?.id !== undefined ? { user: b.user.id } : {}),
  };
}

function readActionValue(action: unknown): string {
  const value = (action as { value?: unknown }).value;
  return typeof value === 'string' ? value : '';
}

function readActionTs(action: unknown): string | undefined {
  const ts = (action as { action_ts?: unknown }).action_ts;
  return typeof ts === 'string' ? ts : undefined;
}

function parseShareValue(raw: string): ShareValue {
  const v = JSON.parse(raw) as Partial<ShareValue>;
  if (typeof v.a !== 'string' || typeof v.q !== 'string') throw new Error('malformed share button value');
  return { a: v.a, q: v.q, ...(typeof v.f === 'string' ? { f: v.f } : {}) };
}

/** A one-line description of an error for the log: Slack's error code when there is one, never request data. */
function describe(error: unknown): string {
  if (error instanceof Error) {
    const data = (error as { data?: { error?: unknown } }).data;
    if (data && typeof data.error === 'string') return `Slack API error "${data.error}"`;
    return error.message;
  }
  return String(error);
}

/** Turns a failure at start-up into advice naming the variable to check. */
function startError(error: unknown, variable: string, apiUrl: string | undefined): string {
  const e = error as { code?: string; data?: { error?: string } };
  if (e.code === 'slack_webapi_platform_error' && e.data?.error) {
    return `Slack rejected ${variable} (${e.data.error}): check the value in .env against the app's settings page`;
  }
  if (e.code === 'slack_webapi_request_error' || e.code === 'slack_webapi_http_error') {
    return `Slack: could not reach the Web API at ${apiUrl ?? 'https://slack.com/api/'} (${describe(error)}); check the network or SLACK_API_URL`;
  }
  return `Slack: start-up failed: ${describe(error)}`;
}

/** Bolt wants a full Logger; ours has three methods. Debug output is dropped (it can include payloads). */
function toBoltLogger(log: SlackLogger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? describe(p) : typeof p === 'string' ? p : String(p))).join(' ');
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => log.info({ source: 'bolt' }, text(parts)),
    warn: (...parts: unknown[]) => log.warn({ source: 'bolt' }, text(parts)),
    error: (...parts: unknown[]) => log.error({ source: 'bolt' }, text(parts)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
