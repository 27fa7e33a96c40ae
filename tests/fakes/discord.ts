/**
 * A small fake Discord on 127.0.0.1 for end-to-end tests with the real
 * discord.js: a REST server that records every call and answers the handful of
 * routes the adapter uses, and a JSON gateway (HELLO, heartbeat ACK,
 * IDENTIFY → READY → GUILD_CREATE, RESUME → replay → RESUMED) through which
 * tests dispatch events. Sharding as Discord does it: GET /gateway/bot
 * advertises `shards`, each connection identifies with `shard: [id, count]`
 * and gets the guilds with `(guild_id >> 22) % count === id`; a guild's events
 * go to its shard's connection, DMs to shard 0. Faults on demand: REST failures and 429s with
 * Retry-After, a gateway connection closed with a code or cut outright.
 *
 * Tests wait on promises ({@link FakeDiscord.waitForCall}), never on sleeps.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants as zlibConstants, createDeflate, deflateSync, type Deflate } from 'node:zlib';
import { WebSocketServer, type WebSocket } from 'ws';

/** One REST request the fake received. */
export interface RecordedCall {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  /** The Authorization header, or undefined when none was sent (interaction callbacks). */
  authorization: string | undefined;
  /** The status of an injected failure (e.g. 429); absent for a normal answer. */
  status?: number;
  // Tests read arbitrary JSON; `any` keeps the assertions readable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A Discord user as the API represents it. */
export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

/** The IDENTIFY payload the client sent (token included, for assertions only). */
export interface IdentifyData {
  token: string;
  intents: number;
  compress?: boolean;
  properties: Record<string, string>;
  shard?: [number, number];
}

let lastSnowflake = 1_300_000_000_000_000_000n;
/** A fresh, realistic-looking snowflake id (19 digits), unique in this process. */
export function snowflake(): string {
  lastSnowflake += 1n;
  return lastSnowflake.toString();
}

const PERMISSIONS_ALL = '2251799813685247';

function user(username: string, bot = false): FakeUser {
  return { id: snowflake(), username, discriminator: '0', global_name: null, avatar: null, ...(bot ? { bot: true } : {}) };
}

/** Options for {@link startFakeDiscord}. */
export interface FakeDiscordOptions {
  /** The bot token the fake accepts (REST Authorization and IDENTIFY). */
  token: string;
  /** The application id READY reports. */
  applicationId: string;
  /** false: keep no record of REST calls (load runs); `onCall` listeners and waiters still see them. */
  keepCalls?: boolean;
  /**
   * How many shards GET /gateway/bot recommends (default 1). Above 1 the fake
   * also has one extra guild per shard ({@link FakeDiscord.shardGuilds}).
   */
  shards?: number;
  /** session_start_limit.max_concurrency of GET /gateway/bot (default 1). */
  maxConcurrency?: number;
}

/** A guild of the fake, with one text channel. */
export interface FakeGuild {
  id: string;
  channelId: string;
  botRoleId: string;
}

/** The shard a guild belongs to, as Discord computes it. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A gateway session starting: a fresh IDENTIFY, or a RESUME of the current session. */
export interface GatewaySessionEvent {
  kind: 'identify' | 'resume';
  /** For a resume: how many missed events were replayed. */
  replayed?: number;
}

/** Handle on a running fake; {@link startFakeDiscord} creates one. */
export interface FakeDiscord {
  /** REST base for DISCORD_API_URL (no version): `http://127.0.0.1:PORT/api`. */
  apiUrl: string;
  /** Gateway URL returned by GET /gateway/bot. */
  gatewayUrl: string;
  botUser: FakeUser;
  /** A human member of the guild. */
  alice: FakeUser;
  /** Another bot in the guild. */
  otherBot: FakeUser;
  guildId: string;
  /** A text channel in the guild. */
  channelId: string;
  /** A thread in the guild. */
  threadId: string;
  /** The bot's managed role in the guild. */
  botRoleId: string;
  /** Every REST call, in arrival order. */
  calls: RecordedCall[];
  /** Query parameters of each gateway connection (to check `encoding=json`, no `compress`). */
  gatewayQueries: Record<string, string>[];
  /** Resolves with the first IDENTIFY. */
  identified: Promise<IdentifyData>;
  /** Resolves with the first call matching `predicate` (already received or arriving within `timeoutMs`). */
  waitForCall(predicate: (call: RecordedCall) => boolean, what: string, timeoutMs?: number): Promise<RecordedCall>;
  /** Makes the next REST call matching `predicate` fail with `status`. */
  failNext(predicate: (call: RecordedCall) => boolean, status: number): void;
  /**
   * Holds back the response to the next call matching `predicate`: `arrived`
   * resolves when it comes in; the response goes out on `release()`.
   */
  holdNext(predicate: (call: RecordedCall) => boolean): { arrived: Promise<RecordedCall>; release: () => void };
  /** Asks the client for a heartbeat (op 1); resolves when it answers, proving the gateway is alive; rejects if it closes first. */
  requestHeartbeat(): Promise<void>;
  /** Resolves when the identified gateway connection closes. */
  gatewayClosed: Promise<void>;
  /** Every IDENTIFY and RESUME, in order. */
  sessions: GatewaySessionEvent[];
  /** Resolves with the `count`-th session event (from 1) of `kind`, already seen or arriving within `timeoutMs`. */
  waitForSession(kind: GatewaySessionEvent['kind'], count: number, timeoutMs?: number): Promise<GatewaySessionEvent>;
  /**
   * Closes the live gateway connection with `code`, as Discord does: 4000
   * (unknown error) lets the client resume; 1000 makes it identify again.
   */
  closeGateway(code: number, reason?: string): void;
  /** Cuts the live gateway connection without a close frame, like a network failure (the client resumes). */
  dropGateway(): void;
  /** Calls `listener` with every REST call from now on (also when `keepCalls` is false). */
  onCall(listener: (call: RecordedCall) => void): () => void;
  /**
   * Answers the next REST call matching `predicate` with 429 and Retry-After
   * (seconds), as Discord's per-route limits do; discord.js waits and retries.
   */
  rateLimitNext(predicate: (call: RecordedCall) => boolean, retryAfterSeconds: number): void;
  /**
   * Sends a gateway DISPATCH (op 0) with the next sequence number, on the
   * connection of the shard the event's guild belongs to (DMs: shard 0), as
   * Discord routes events. Returns that shard's id.
   */
  dispatch(type: string, data: unknown): number;
  /** Every IDENTIFY, in order (their `shard` says which shard each connection asked for). */
  identifies: IdentifyData[];
  /** Resolves with the `nth` (from 1) IDENTIFY for shard `[id, count]`, already seen or arriving within `timeoutMs`. */
  waitForIdentify(id: number, count: number, nth?: number, timeoutMs?: number): Promise<IdentifyData>;
  /** One extra guild per shard when the fake advertises more than one (index = shard id); empty otherwise. */
  shardGuilds: FakeGuild[];
  /** A MESSAGE_CREATE payload; see {@link MessageSpec}. */
  message(spec: MessageSpec): Record<string, unknown>;
  /** An INTERACTION_CREATE payload; see {@link InteractionSpec}. */
  interaction(spec: InteractionSpec): Record<string, unknown>;
  /** The message object the fake returned for a recorded POST (to use as an interaction's `message`). */
  postedMessage(call: RecordedCall): Record<string, unknown>;
  /** Closes every socket and both servers. Destroy the discord.js client first. */
  close(): Promise<void>;
}

/** What a test message looks like. */
export interface MessageSpec {
  content: string;
  author?: FakeUser;
  /** DM channel id: makes this a DM (channel_type 1, no guild). */
  dmChannelId?: string;
  channelId?: string;
  /** Another guild than the main one (e.g. one of {@link FakeDiscord.shardGuilds}); its channel unless `channelId` says otherwise. */
  guild?: FakeGuild;
  /** Users mentioned (Discord lists them in `mentions`). */
  mentions?: FakeUser[];
  mentionEveryone?: boolean;
  /** Role ids mentioned. */
  mentionRoles?: string[];
  /** Message being replied to (type 19 reply with `referenced_message`). */
  replyTo?: Record<string, unknown>;
}

/** What a test interaction looks like. */
export interface InteractionSpec {
  type: 2 | 3 | 4;
  data: Record<string, unknown>;
  user?: FakeUser;
  dmChannelId?: string;
  /** For component interactions: the message the button is on. */
  message?: Record<string, unknown>;
}

/** Starts the fake REST server and gateway on 127.0.0.1 (random ports). */
export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const botUser = user('factbot', true);
  const alice = user('alice');
  const otherBot = user('otherbot', true);
  const guildId = snowflake();
  const channelId = snowflake();
  const threadId = snowflake();
  const botRoleId = snowflake();
  const advertisedShards = options.shards ?? 1;
  // One guild per shard, its id picked so that it lands on that shard.
  const shardGuilds: FakeGuild[] = [];
  if (advertisedShards > 1) {
    for (let shard = 0; shard < advertisedShards; shard++) {
      let id = snowflake();
      while (shardOf(id, advertisedShards) !== shard) {
        lastSnowflake = ((lastSnowflake >> 22n) + 1n) << 22n;
        id = snowflake();
      }
      shardGuilds.push({ id, channelId: snowflake(), botRoleId: snowflake() });
    }
  }
  const allGuilds = (): FakeGuild[] => [{ id: guildId, channelId, botRoleId }, ...shardGuilds];

  const calls: RecordedCall[] = [];
  const waiters: { predicate: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];
  const failures: { predicate: (c: RecordedCall) => boolean; status: number; retryAfter?: number }[] = [];
  const callListeners = new Set<(c: RecordedCall) => void>();
  const keepCalls = options.keepCalls ?? true;
  const posted = new WeakMap<RecordedCall, Record<string, unknown>>();
  const holds: { predicate: (c: RecordedCall) => boolean; arrived: (c: RecordedCall, answer: () => void) => void }[] = [];

  // ---- REST -------------------------------------------------------------
  const messageObject = (channel: string, body: Record<string, unknown>): Record<string, unknown> => ({
    id: snowflake(),
    channel_id: channel,
    author: botUser,
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    type: body.message_reference ? 19 : 0,
    flags: 0,
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
  });

  const json = (res: ServerResponse, status: number, data: unknown) => {
    const text = JSON.stringify(data);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const route = (call: RecordedCall, res: ServerResponse): void => {
    const p = call.path;
    const isInteraction = /^\/(interactions|webhooks)\//.test(p);
    if (!isInteraction && call.authorization !== `Bot ${options.token}`) {
      return json(res, 401, { message: '401: Unauthorized', code: 0 });
    }
    const fail = failures.findIndex((f) => f.predicate(call));
    if (fail >= 0) {
      const [f] = failures.splice(fail, 1);
      call.status = f!.status;
      if (f!.status === 429) {
        const retryAfter = f!.retryAfter ?? 0.05;
        res.setHeader('retry-after', String(retryAfter));
        res.setHeader('x-ratelimit-scope', 'user');
        res.setHeader('x-ratelimit-limit', '5');
        res.setHeader('x-ratelimit-remaining', '0');
        res.setHeader('x-ratelimit-reset-after', String(retryAfter));
        res.setHeader('x-ratelimit-bucket', 'fake-bucket');
        return json(res, 429, { message: 'You are being rate limited.', retry_after: retryAfter, global: false });
      }
      return json(res, f!.status, { message: 'Injected failure', code: 50013 });
    }
    let m: RegExpMatchArray | null;
    if (call.method === 'GET' && p === '/gateway/bot') {
      return json(res, 200, {
        url: gatewayUrl,
        shards: advertisedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: options.maxConcurrency ?? 1 },
      });
    }
    if (call.method === 'POST' && (m = p.match(/^\/channels\/(\d+)\/messages$/))) {
      const msg = messageObject(m[1]!, call.body ?? {});
      posted.set(call, msg);
      return json(res, 200, msg);
    }
    if (call.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) {
      // with_response=false: Discord answers 204 No Content.
      res.writeHead(204).end();
      return;
    }
    if (call.method === 'POST' && (m = p.match(/^\/webhooks\/\d+\/[^/]+$/))) {
      return json(res, 200, messageObject(channelId, call.body ?? {}));
    }
    if (call.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) {
      const body = Array.isArray(call.body) ? call.body : [];
      return json(
        res,
        200,
        body.map((c: Record<string, unknown>) => ({ ...c, id: snowflake(), application_id: options.applicationId, version: snowflake() })),
      );
    }
    json(res, 404, { message: '404: Not Found', code: 0 });
  };

  const rest: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const call: RecordedCall = {
        method: req.method ?? 'GET',
        path: url.pathname.replace(/^\/api\/v10/, ''),
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization,
        body,
      };
      const answer = () => {
        if (!url.pathname.startsWith('/api/v10/')) json(res, 404, { message: 'expected /api/v10', code: 0 });
        else route(call, res);
        // Record after answering, so a waiter sees the call together with its response object.
        if (keepCalls) calls.push(call);
        for (const l of callListeners) l(call);
        for (const w of [...waiters]) {
          if (w.predicate(call)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(call);
          }
        }
      };
      const hold = holds.findIndex((h) => h.predicate(call));
      if (hold < 0) return answer();
      const [h] = holds.splice(hold, 1);
      h!.arrived(call, answer);
    });
  });

  // ---- Gateway ----------------------------------------------------------
  const gatewayHttp = createServer((_req, res) => res.writeHead(426).end());
  const wss = new WebSocketServer({ server: gatewayHttp });
  const sockets = new Set<WebSocket>();
  const gatewayQueries: Record<string, string>[] = [];
  let resolveIdentified!: (d: IdentifyData) => void;
  const identified = new Promise<IdentifyData>((r) => (resolveIdentified = r));
  const identifies: IdentifyData[] = [];
  /**
   * One gateway session per shard: its live connection, id, and the
   * dispatches sent in it (the last 1000), for RESUME.
   */
  interface ShardSession {
    shard: number;
    live: { socket: WebSocket; send: (payload: unknown) => void } | null;
    sessionId: string;
    seq: number;
    history: { s: number; payload: unknown }[];
  }
  const shardSessions = new Map<number, ShardSession>();
  /** The shard count the client identified with (routing uses it). */
  let clientShardCount = 1;
  let sessionCount = 0;
  const sessions: GatewaySessionEvent[] = [];
  const sessionWaiters: (() => void)[] = [];
  const noteSession = (event: GatewaySessionEvent) => {
    sessions.push(event);
    for (const w of sessionWaiters.splice(0)) w();
  };
  /** Sends a dispatch in a shard's current session, and keeps it for a resume. */
  const sendDispatch = (session: ShardSession, type: string, data: unknown) => {
    const payload = { op: 0, t: type, s: ++session.seq, d: data };
    session.history.push({ s: payload.s, payload });
    if (session.history.length > 1000) session.history = session.history.slice(-1000);
    session.live?.send(payload);
  };
  /** The session of shard 0 (the only one without sharding), for the single-connection helpers. */
  const mainSession = (): ShardSession | undefined => shardSessions.get(0) ?? shardSessions.values().next().value;
  const heartbeatWaiters: (() => void)[] = [];
  let resolveGatewayClosed!: () => void;
  const gatewayClosed = new Promise<void>((r) => (resolveGatewayClosed = r));

  const guildCreate = (g: FakeGuild = { id: guildId, channelId, botRoleId }) => ({
    id: g.id,
    name: 'Fake Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: alice.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      { id: g.id, name: '@everyone', permissions: PERMISSIONS_ALL, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null },
      // The role Discord creates for a bot when it joins, named after it.
      { id: g.botRoleId, name: botUser.username, permissions: '0', position: 1, color: 0, hoist: false, managed: true, mentionable: false, flags: 0, icon: null, unicode_emoji: null, tags: { bot_id: botUser.id } },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [],
    channels: [{ id: g.channelId, type: 0, guild_id: g.id, name: 'general', position: 0, permission_overwrites: [], nsfw: false, topic: null, parent_id: null, last_message_id: null, rate_limit_per_user: 0 }],
    threads:
      g.id !== guildId
        ? []
        : [
            {
              id: threadId, type: 11, guild_id: guildId, name: 'a thread', parent_id: channelId, owner_id: alice.id,
              last_message_id: null, rate_limit_per_user: 0, message_count: 0, member_count: 1,
              thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
            },
          ],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  });

  wss.on('connection', (socket, req) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const query = Object.fromEntries(new URL(req.url ?? '/', 'ws://127.0.0.1').searchParams);
    gatewayQueries.push(query);
    if (query.encoding !== 'json') {
      // ETF is not spoken here; Discord itself closes with 4002 on payloads it cannot decode.
      socket.close(4002, 'This fake gateway speaks JSON only');
      return;
    }
    // Speak whatever the client asked for: plain JSON text, or one zlib stream
    // (compress=zlib-stream) flushed after every payload as Discord does.
    let stream: Deflate | null = null;
    if (query.compress === 'zlib-stream') {
      stream = createDeflate();
      stream.on('data', (chunk: Buffer) => socket.send(chunk));
    }
    let identifyCompress = false;
    const send = (payload: unknown) => {
      if (socket.readyState !== socket.OPEN) return;
      const text = JSON.stringify(payload);
      if (stream) {
        stream.write(text);
        stream.flush(zlibConstants.Z_SYNC_FLUSH);
      } else if (identifyCompress) {
        socket.send(deflateSync(text));
      } else {
        socket.send(text);
      }
    };
    send({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    socket.on('message', (data, isBinary) => {
      let payload: { op: number; d: unknown };
      try {
        payload = JSON.parse(isBinary ? '' : data.toString());
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      switch (payload.op) {
        case 1: // heartbeat
          send({ op: 11, d: null, s: null, t: null });
          for (const w of heartbeatWaiters.splice(0)) w();
          break;
        case 2: {
          const d = payload.d as IdentifyData;
          if (d.token !== options.token) {
            socket.close(4004, 'Authentication failed');
            return;
          }
          const [shardId, shardCount] = d.shard ?? [0, 1];
          if (!(shardCount >= 1 && shardId >= 0 && shardId < shardCount)) {
            socket.close(4010, 'Invalid shard');
            return;
          }
          identifies.push(d);
          resolveIdentified(d);
          identifyCompress = d.compress === true && !stream;
          clientShardCount = shardCount;
          sessionCount += 1;
          // A new session for this shard replaces the old one (whose events are then lost, as on Discord).
          const session: ShardSession = { shard: shardId, live: { socket, send }, sessionId: `fake-session-${sessionCount}`, seq: 0, history: [] };
          shardSessions.set(shardId, session);
          socket.on('close', () => resolveGatewayClosed());
          noteSession({ kind: 'identify' });
          const mine = allGuilds().filter((g) => shardOf(g.id, shardCount) === shardId);
          sendDispatch(session, 'READY', {
            v: 10,
            user: { ...botUser, verified: true, mfa_enabled: false, flags: 0 },
            guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
            session_id: session.sessionId,
            resume_gateway_url: gatewayUrl,
            shard: [shardId, shardCount],
            application: { id: options.applicationId, flags: 0 },
            private_channels: [],
            relationships: [],
            user_settings: {},
            presences: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
          });
          for (const g of mine) sendDispatch(session, 'GUILD_CREATE', guildCreate(g));
          break;
        }
        case 6: {
          // RESUME: replay what the client missed in this session, then RESUMED, as Discord does.
          const d = payload.d as { token?: string; session_id?: string; seq?: number };
          if (d.token !== options.token) {
            socket.close(4004, 'Authentication failed');
            return;
          }
          const session = [...shardSessions.values()].find((x) => x.sessionId === d.session_id);
          if (!session || typeof d.seq !== 'number') {
            send({ op: 9, d: false, s: null, t: null });
            return;
          }
          identifyCompress = false;
          session.live = { socket, send };
          const missed = session.history.filter((h) => h.s > (d.seq as number));
          for (const h of missed) send(h.payload);
          noteSession({ kind: 'resume', replayed: missed.length });
          sendDispatch(session, 'RESUMED', {});
          break;
        }
        default:
          break;
      }
    });
  });

  rest.listen(0, '127.0.0.1');
  gatewayHttp.listen(0, '127.0.0.1');
  await Promise.all([once(rest, 'listening'), once(gatewayHttp, 'listening')]);
  const apiUrl = `http://127.0.0.1:${(rest.address() as AddressInfo).port}/api`;
  const gatewayUrl = `ws://127.0.0.1:${(gatewayHttp.address() as AddressInfo).port}`;

  const fake: FakeDiscord = {
    apiUrl,
    gatewayUrl,
    botUser,
    alice,
    otherBot,
    guildId,
    channelId,
    threadId,
    botRoleId,
    calls,
    gatewayClosed,
    gatewayQueries,
    identified,
    identifies,
    sessions,
    shardGuilds,

    waitForIdentify(id, count, nth = 1, timeoutMs = 10_000) {
      const find = () => identifies.filter((d) => (d.shard?.[0] ?? 0) === id && (d.shard?.[1] ?? 1) === count)[nth - 1];
      return new Promise<IdentifyData>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`Timed out after ${timeoutMs} ms waiting for IDENTIFY #${nth} of shard [${id}, ${count}]; identifies so far: ${JSON.stringify(identifies.map((d) => d.shard ?? null))}`)),
          timeoutMs,
        );
        const check = () => {
          const found = find();
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else sessionWaiters.push(check);
        };
        check();
      });
    },

    waitForSession(kind, count, timeoutMs = 10_000) {
      const find = () => sessions.filter((e) => e.kind === kind)[count - 1];
      return new Promise<GatewaySessionEvent>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${kind} #${count}; sessions so far: ${JSON.stringify(sessions)}`)),
          timeoutMs,
        );
        const check = () => {
          const found = find();
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else sessionWaiters.push(check);
        };
        check();
      });
    },

    closeGateway(code, reason = 'closed by the fake') {
      const live = mainSession()?.live;
      if (!live) throw new Error('No identified gateway connection to close');
      live.socket.close(code, reason);
    },

    dropGateway() {
      const live = mainSession()?.live;
      if (!live) throw new Error('No identified gateway connection to drop');
      live.socket.terminate();
    },

    onCall(listener) {
      callListeners.add(listener);
      return () => callListeners.delete(listener);
    },

    rateLimitNext(predicate, retryAfterSeconds) {
      failures.push({ predicate, status: 429, retryAfter: retryAfterSeconds });
    },

    waitForCall(predicate, what, timeoutMs = 5_000) {
      const found = calls.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise<RecordedCall>((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (c: RecordedCall) => {
            clearTimeout(timer);
            resolve(c);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          const seen = calls.map((c) => `${c.method} ${c.path}`).join('\n  ');
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Calls so far:\n  ${seen || '(none)'}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },

    failNext(predicate, status) {
      failures.push({ predicate, status });
    },

    holdNext(predicate) {
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      const arrived = new Promise<RecordedCall>((resolve) => {
        holds.push({
          predicate,
          arrived: (call, answer) => {
            resolve(call);
            void released.then(answer);
          },
        });
      });
      return { arrived, release };
    },

    requestHeartbeat() {
      const live = mainSession()?.live;
      if (!live) return Promise.reject(new Error('No identified gateway connection'));
      const answered = new Promise<void>((r) => heartbeatWaiters.push(r));
      const closed = gatewayClosed.then(() => {
        throw new Error('The gateway connection closed before the client answered the heartbeat request');
      });
      live.send({ op: 1, d: null, s: null, t: null });
      return Promise.race([answered, closed]);
    },

    dispatch(type, data) {
      const guild = (data as { guild_id?: unknown } | null)?.guild_id;
      const shard = typeof guild === 'string' ? shardOf(guild, clientShardCount) : 0;
      const session = shardSessions.get(shard);
      if (!session?.live) throw new Error(`No identified gateway connection for shard ${shard} to dispatch on`);
      // While the connection is down the event is kept for the client's RESUME.
      sendDispatch(session, type, data);
      return shard;
    },

    message(spec) {
      const author = spec.author ?? alice;
      const inDm = spec.dmChannelId !== undefined;
      const id = snowflake();
      const replyTo = spec.replyTo;
      const inGuild = spec.guild?.id ?? guildId;
      return {
        id,
        channel_id: spec.dmChannelId ?? spec.channelId ?? spec.guild?.channelId ?? channelId,
        ...(inDm ? { channel_type: 1 } : { guild_id: inGuild, channel_type: spec.channelId === threadId ? 11 : 0 }),
        author,
        ...(inDm ? {} : { member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }),
        content: spec.content,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: spec.mentionEveryone ?? false,
        mentions: (spec.mentions ?? []).map((u) => ({ ...u })),
        mention_roles: spec.mentionRoles ?? [],
        attachments: [],
        embeds: [],
        pinned: false,
        type: replyTo ? 19 : 0,
        flags: 0,
        ...(replyTo
          ? {
              message_reference: { type: 0, message_id: replyTo.id, channel_id: replyTo.channel_id, ...(inDm ? {} : { guild_id: inGuild }) },
              referenced_message: replyTo,
            }
          : {}),
      };
    },

    interaction(spec) {
      const who = spec.user ?? alice;
      const inDm = spec.dmChannelId !== undefined;
      const channel = inDm
        ? { id: spec.dmChannelId, type: 1, recipients: [who], last_message_id: null, flags: 0 }
        : { id: channelId, type: 0, guild_id: guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, flags: 0 };
      const id = snowflake();
      return {
        id,
        application_id: options.applicationId,
        type: spec.type,
        data: spec.data,
        ...(inDm
          ? { user: who, context: 1 }
          : {
              guild_id: guildId,
              guild: { id: guildId, locale: 'en-US', features: [] },
              guild_locale: 'en-US',
              member: { user: who, roles: [], permissions: PERMISSIONS_ALL, joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false },
              context: 0,
            }),
        channel,
        channel_id: channel.id,
        token: `interaction-token-${id}`,
        version: 1,
        app_permissions: PERMISSIONS_ALL,
        locale: 'en-US',
        entitlements: [],
        authorizing_integration_owners: {},
        attachment_size_limit: 10_485_760,
        ...(spec.message ? { message: spec.message } : {}),
      };
    },

    postedMessage(call) {
      const msg = posted.get(call);
      if (!msg) throw new Error(`No message was posted by ${call.method} ${call.path}`);
      return msg;
    },

    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      rest.closeAllConnections();
      gatewayHttp.closeAllConnections();
      await Promise.all([
        new Promise<void>((r) => rest.close(() => r())),
        new Promise<void>((r) => gatewayHttp.close(() => r())),
      ]);
    },
  };
  return fake;
}
