/**
 * A small fake Slack on 127.0.0.1 for end-to-end tests with the real Bolt:
 *
 * - a Web API (`/api/<method>`) that records every call and answers
 *   `{ ok: true, … }` like Slack (auth.test, chat.postMessage,
 *   chat.postEphemeral, apps.connections.open, …);
 * - response URLs (`/response/<n>`) that record what `respond()` posts;
 * - a Socket Mode WebSocket (`/socket`): says hello, carries envelopes the
 *   test sends and records the app's acknowledgements;
 * - a sender of correctly signed HTTP requests (v0 HMAC-SHA256 over
 *   `v0:timestamp:body`), as Slack sends events, commands and interactions;
 * - faults on demand: HTTP 429 with Retry-After and 500s from the Web API,
 *   held responses (a reply "in flight"), a `disconnect` message or a cut
 *   connection on the socket.
 *
 * Tests wait on promises that resolve when the awaited record arrives, with a
 * bounded timeout; never on sleeps.
 */
import { createHmac } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** Ids the fake workspace uses. */
export const TEAM_ID = 'T0FAKE001';
export const BOT_USER_ID = 'U0BOT0001';
export const BOT_ID = 'B0BOT0001';
export const APP_ID = 'A0APP0001';

/** One Web API call the fake received. */
export interface ApiCall {
  method: string;
  /** Parameters; JSON-valued ones (blocks, attachments) already parsed. */
  // Tests read arbitrary JSON; `any` keeps the assertions readable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  params: Record<string, any>;
  /** The Authorization header (for assertions on which token was used). */
  authorization: string | undefined;
  /** Set when the fake answered with an injected HTTP failure (e.g. "HTTP 429"); absent for a normal answer. */
  failed?: string;
}

/** One POST to a response URL. */
export interface ResponsePost {
  /** The n in `/response/<n>`. */
  id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A message the app sent over the Socket Mode WebSocket (acks). */
export interface SocketAck {
  envelope_id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload?: any;
}

/** The answer to a signed HTTP request. */
export interface HttpResult {
  status: number;
  contentType: string | undefined;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json(): any;
}

/**
 * A list that tests can wait on: `waitFor` resolves when a matching item
 * arrives. With `keep: false` (load runs) items are not stored: only
 * listeners and waiters for the first match see them.
 */
export class Recorder<T> {
  readonly items: T[] = [];
  readonly #changes = new EventEmitter();
  readonly #keep: boolean;
  constructor(
    readonly what: string,
    options: { keep?: boolean } = {},
  ) {
    this.#keep = options.keep ?? true;
    this.#changes.setMaxListeners(0);
  }

  push(item: T): void {
    if (this.#keep) this.items.push(item);
    this.#changes.emit('change', item);
  }

  /** Calls `listener` with every item pushed from now on; returns a function that stops it. */
  listen(listener: (item: T) => void): () => void {
    const onChange = (item: T) => listener(item);
    this.#changes.on('change', onChange);
    return () => this.#changes.off('change', onChange);
  }

  /**
   * Resolves with the `count`-th item (counting from 1, among items from index
   * `from` on) that matches, as soon as it has arrived; rejects after
   * `timeoutMs` listing what did arrive.
   */
  waitFor(match: (item: T) => boolean, options: { count?: number; timeoutMs?: number; label?: string; from?: number } = {}): Promise<T> {
    const count = options.count ?? 1;
    const timeoutMs = options.timeoutMs ?? 5000;
    const find = () => this.items.slice(options.from ?? 0).filter(match)[count - 1];
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const onChange = (pushed: T) => {
        const item = this.#keep ? find() : count === 1 && match(pushed) ? pushed : undefined;
        if (item === undefined) return;
        cleanup();
        resolve(item);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${options.label ?? 'a matching item'} in ${this.what}; got ${describeItems(this.items)}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.#changes.off('change', onChange);
      };
      this.#changes.on('change', onChange);
    });
  }
}

function describeItems(items: unknown[]): string {
  try {
    return JSON.stringify(items).slice(0, 2000);
  } catch {
    return `${items.length} item(s)`;
  }
}

const JSON_PARAMS = new Set(['blocks', 'attachments', 'metadata']);

/** The fake Slack. Create with {@link startFakeSlack}; close with {@link FakeSlack.close}. */
export class FakeSlack {
  readonly calls: Recorder<ApiCall>;
  readonly responses: Recorder<ResponsePost>;
  readonly acks: Recorder<SocketAck>;
  /** Socket Mode connections (the app's), in the order they were opened. */
  readonly sockets = new Recorder<WebSocket>('Socket Mode connections');
  readonly #failures = new Map<string, string[]>();
  readonly #httpFailures = new Map<string, { status: number; headers: Record<string, string> }[]>();
  readonly #holds = new Map<string, ((answer: () => void) => void)[]>();
  #ts = 1_700_000_000_000_000;
  #responseIds = 0;
  #envelopes = 0;

  constructor(
    readonly server: Server,
    readonly wss: WebSocketServer,
    readonly baseUrl: string,
    options: FakeSlackOptions = {},
  ) {
    const keep = { keep: options.keep ?? true };
    this.calls = new Recorder<ApiCall>('Web API calls', keep);
    this.responses = new Recorder<ResponsePost>('response URL posts', keep);
    this.acks = new Recorder<SocketAck>('Socket Mode acks', keep);
  }

  /** Web API base to pass as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** The URL apps.connections.open hands out. */
  get socketUrl(): string {
    return `${this.baseUrl.replace(/^http/, 'ws')}/socket`;
  }

  /** A fresh response URL, as Slack puts in commands and interactions. */
  responseUrl(): string {
    this.#responseIds += 1;
    return `${this.baseUrl}/response/${this.#responseIds}`;
  }

  /** A fresh, increasing message timestamp ("1700000000.000001"). */
  nextTs(): string {
    this.#ts += 1;
    const s = String(this.#ts);
    return `${s.slice(0, 10)}.${s.slice(10)}`;
  }

  /** Makes the next call of `method` fail with Slack's `{ ok: false, error }`. */
  failNext(method: string, error: string): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), error]);
  }

  /**
   * Makes the next call of `method` fail at the HTTP level: e.g. 429 with
   * `{ 'retry-after': '1' }` (Slack's rate limit) or a 500. Queue several to
   * fail several attempts in a row.
   */
  failHttpNext(method: string, status: number, headers: Record<string, string> = {}): void {
    this.#httpFailures.set(method, [...(this.#httpFailures.get(method) ?? []), { status, headers }]);
  }

  /** @internal The injected HTTP failure for this call of `method`, if any. */
  takeHttpFailure(method: string): { status: number; headers: Record<string, string> } | undefined {
    return this.#httpFailures.get(method)?.shift();
  }

  /**
   * Holds back the answer to the next call of `method`: `arrived` resolves
   * when the call comes in (it is recorded then), and the answer goes out on
   * `release()`. A reply "in flight", for shutdown tests.
   */
  holdNext(method: string): { arrived: Promise<void>; release: () => void } {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const arrived = new Promise<void>((resolve) => {
      this.#holds.set(method, [
        ...(this.#holds.get(method) ?? []),
        (answer) => {
          resolve();
          void released.then(answer);
        },
      ]);
    });
    return { arrived, release };
  }

  /** @internal The hold for this call of `method`, if any. */
  takeHold(method: string): ((answer: () => void) => void) | undefined {
    return this.#holds.get(method)?.shift();
  }

  /** Sends Slack's `disconnect` message on the newest connection, as Slack does before recycling a server. */
  async disconnectSocket(reason: 'refresh_requested' | 'link_disabled' | 'warning' = 'refresh_requested'): Promise<void> {
    const ws = await this.sockets.waitFor(() => true, { label: 'a Socket Mode connection' });
    const newest = this.sockets.items.at(-1) ?? ws;
    newest.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
  }

  /** Cuts the newest connection without a close handshake, like a network failure. */
  dropSocket(): void {
    const newest = this.sockets.items.at(-1);
    if (!newest) throw new Error('No Socket Mode connection to drop');
    newest.terminate();
  }

  /** Web API calls of one method so far. */
  callsOf(method: string): ApiCall[] {
    return this.calls.items.filter((c) => c.method === method);
  }

  /** Waits for the `count`-th call of `method`. */
  waitForCall(method: string, count = 1, timeoutMs?: number): Promise<ApiCall> {
    return this.calls.waitFor((c) => c.method === method, { count, label: `${method} #${count}`, ...(timeoutMs ? { timeoutMs } : {}) });
  }

  /** Waits for the `count`-th post to response URLs. */
  waitForResponse(count = 1): Promise<ResponsePost> {
    return this.responses.waitFor(() => true, { count, label: `response post #${count}` });
  }

  /**
   * Sends a Socket Mode envelope to the app (on its most recent connection)
   * and resolves with its acknowledgement.
   */
  async sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, extra: Record<string, unknown> = {}): Promise<SocketAck> {
    const first = await this.sockets.waitFor(() => true, { label: 'a Socket Mode connection' });
    // The newest open connection: after a reconnect, the old one is gone.
    const ws = [...this.sockets.items].reverse().find((s) => s.readyState === s.OPEN) ?? first;
    this.#envelopes += 1;
    const envelope_id = `env-${this.#envelopes}`;
    const ack = this.acks.waitFor((a) => a.envelope_id === envelope_id, { label: `the ack of ${envelope_id}` });
    ws.send(
      JSON.stringify({
        envelope_id,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}),
        ...extra,
      }),
    );
    return ack;
  }

  /** Stops everything at once; open connections are cut so the process can exit. */
  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** @internal Web API answers. */
  answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    const failures = this.#failures.get(method);
    const failure = failures?.shift();
    if (failure !== undefined) return { ok: false, error: failure };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'factbot', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID, is_enterprise_install: false };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        return {
          ok: true,
          channel: params.channel,
          ts,
          message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, text: params.text, ts, ...(params.thread_ts ? { thread_ts: params.thread_ts } : {}) },
        };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      default:
        return { ok: true };
    }
  }
}

/** Options for {@link startFakeSlack}. */
export interface FakeSlackOptions {
  /** false: keep no records of calls, responses and acks (load runs); listeners and waiters still see them. */
  keep?: boolean;
}

/** Starts the fake on 127.0.0.1 with a port the system picks. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  // eslint-disable-next-line prefer-const
  let fake: FakeSlack;
  const server = createServer((req, res) => {
    void handle(fake, req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/socket')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        fake.acks.push(ack);
      });
      // Slack greets every new connection; the client is "connected" only after this.
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: APP_ID } }));
      fake.sockets.push(ws);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  fake = new FakeSlack(server, wss, `http://127.0.0.1:${port}`, options);
  return fake;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(fake: FakeSlack, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', fake.baseUrl);
  const text = await readBody(req);
  if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
    const method = url.pathname.slice('/api/'.length);
    const params: Record<string, unknown> = {};
    if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
      Object.assign(params, JSON.parse(text || '{}'));
    } else {
      for (const [key, value] of new URLSearchParams(text)) {
        params[key] = JSON_PARAMS.has(key) ? JSON.parse(value) : value;
      }
    }
    const failure = fake.takeHttpFailure(method);
    if (failure) {
      fake.calls.push({ method, params, authorization: req.headers.authorization, failed: `HTTP ${failure.status}` });
      res.writeHead(failure.status, { 'content-type': 'text/plain', ...failure.headers }).end(failure.status === 429 ? 'rate limited' : 'internal error');
      return;
    }
    const answer = () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(fake.answer(method, params)));
    };
    fake.calls.push({ method, params, authorization: req.headers.authorization });
    const hold = fake.takeHold(method);
    if (hold) hold(answer);
    else answer();
    return;
  }
  if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
    fake.responses.push({ id: url.pathname.slice('/response/'.length), body: JSON.parse(text || '{}') });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  res.writeHead(404).end();
}

// ---- Signed requests, as Slack sends them. ----

/** Slack's v0 signature: HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Options for {@link sendSigned}. */
export interface SignedOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. A stale one is rejected by Bolt. */
  timestamp?: number;
  /** Overrides the computed signature (bad-signature tests). */
  signature?: string;
  /** Sets `x-slack-retry-num` (and a retry reason), as Slack does on re-delivery. */
  retryNum?: number;
  /** Sends no signature headers at all (what a scanner or a misconfigured proxy sends). */
  unsigned?: boolean;
}

/** POSTs a body the way Slack does, with signature headers; one connection per request. */
export function sendSigned(url: string, body: string, contentType: string, options: SignedOptions): Promise<HttpResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(body)),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    ...(options.unsigned
      ? {}
      : {
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, body),
        }),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: false, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within 5 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The head of an HTTP response read off a raw connection. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
}

/**
 * A raw HTTP/1.1 connection to `url`'s host that stays open (keep-alive), for
 * what a well-behaved client library never does: declare a body larger than
 * the server takes, send one, or stop sending halfway and wait.
 */
export interface RawConnection {
  socket: Socket;
  /** Writes a POST's head with this content-length, then `body` (any part of it, or none). */
  post(options: { path: string; contentLength: number; body?: string; headers?: Record<string, string> }): void;
  /** The first response's status line and headers, once they arrive. */
  response: Promise<RawResponse>;
  /** Resolves when the connection is closed (by the server, or by `socket.destroy()`). */
  closed: Promise<void>;
}

/** Opens a {@link RawConnection}; errors from writing into a connection the server closed are expected and ignored. */
export async function rawConnection(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  // The server may close while a body is still being written: EPIPE / ECONNRESET are part of the test.
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  // Not events.once: it would reject on the EPIPE above, and closing is what is awaited here.
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const response = new Promise<RawResponse>((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    };
    socket.on('data', onData);
    void closed.then(() => reject(new Error(`the connection to ${url} closed before a response`)));
  });
  // Not every test waits for it.
  response.catch(() => undefined);
  return {
    socket,
    response,
    closed,
    post({ path, contentLength, body = '', headers = {} }) {
      const head = [
        `POST ${path} HTTP/1.1`,
        `host: ${hostname}:${port}`,
        'connection: keep-alive',
        'content-type: application/json',
        `content-length: ${contentLength}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      socket.write(`${head.join('\r\n')}\r\n\r\n`);
      if (body !== '') socket.write(body);
    },
  };
}

/** An Events API request (JSON). */
export function sendEvent(url: string, envelope: unknown, options: SignedOptions): Promise<HttpResult> {
  return sendSigned(url, JSON.stringify(envelope), 'application/json', options);
}

/** A slash command: form fields, `application/x-www-form-urlencoded` exactly (no charset), as Slack sends it. */
export function sendCommand(url: string, fields: Record<string, string>, options: SignedOptions): Promise<HttpResult> {
  return sendSigned(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** An interaction: one form field `payload` holding JSON, as Slack sends it. */
export function sendInteraction(url: string, payload: unknown, options: SignedOptions): Promise<HttpResult> {
  return sendSigned(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
}

// ---- Realistic payloads. ----

let counter = 0;
const nextId = (prefix: string) => {
  counter += 1;
  return `${prefix}${String(counter).padStart(8, '0')}`;
};

/** Wraps an event in the Events API envelope (`event_callback`). */
export function eventCallback(event: Record<string, unknown>, eventId = nextId('Ev')): Record<string, unknown> & { event_id: string } {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${eventId}`,
  };
}

/** A person's message or mention event. */
export function userMessage(fields: {
  type?: 'message' | 'app_mention';
  text: string;
  user?: string;
  channel: string;
  channelType?: 'channel' | 'group' | 'im';
  ts: string;
  threadTs?: string;
}): Record<string, unknown> {
  return {
    type: fields.type ?? 'message',
    client_msg_id: nextId('cm-'),
    text: fields.text,
    user: fields.user ?? 'U0ALICE01',
    ts: fields.ts,
    team: TEAM_ID,
    channel: fields.channel,
    ...(fields.type === 'app_mention' ? {} : { channel_type: fields.channelType ?? 'channel' }),
    ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    blocks: [{ type: 'rich_text', block_id: 'x', elements: [] }],
  };
}

/** The form fields of a slash command. */
export function slashCommand(fields: { text: string; responseUrl: string; user?: string; channel?: string; command?: string }): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'fake',
    channel_id: fields.channel ?? 'C0GENERAL1',
    channel_name: 'general',
    user_id: fields.user ?? 'U0ALICE01',
    user_name: 'alice',
    command: fields.command ?? '/ask',
    text: fields.text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: nextId('trig.'),
  };
}

/** A block_actions payload for a click on a button in a message. */
export function blockAction(fields: {
  button: { action_id: string; value?: string; text?: { type: string; text: string } };
  channel: string;
  responseUrl: string;
  user?: string;
  /** The clicked message, for a normal message; omitted for an ephemeral one. */
  message?: { ts: string; thread_ts?: string; text?: string; blocks?: unknown[] };
  ephemeralTs?: string;
}): Record<string, unknown> {
  const ephemeral = fields.message === undefined;
  const messageTs = fields.message?.ts ?? fields.ephemeralTs ?? '1700000000.999999';
  return {
    type: 'block_actions',
    user: { id: fields.user ?? 'U0ALICE01', username: 'alice', name: 'alice', team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: fields.channel,
      is_ephemeral: ephemeral,
      ...(fields.message?.thread_ts ? { thread_ts: fields.message.thread_ts } : {}),
    },
    trigger_id: nextId('trig.'),
    team: { id: TEAM_ID, domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: fields.channel, name: fields.channel.startsWith('D') ? 'directmessage' : 'general' },
    ...(fields.message ? { message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, ...fields.message } } : {}),
    state: { values: {} },
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        block_id: nextId('b'),
        action_id: fields.button.action_id,
        text: fields.button.text ?? { type: 'plain_text', text: 'button' },
        ...(fields.button.value !== undefined ? { value: fields.button.value } : {}),
        action_ts: `${Math.floor(Date.now() / 1000)}.${nextId('')}`,
      },
    ],
  };
}
