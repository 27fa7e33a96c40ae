/**
 * HTTP mode's front door: the server Slack POSTs to, which checks every
 * request before Bolt's HTTPReceiver sees it. Bolt's receiver has gaps that a
 * public endpoint cannot afford:
 *
 * - a correctly signed body that is not an object (`null`, `payload=null`) or
 *   is nested very deeply makes it throw outside its own error handling, and
 *   the unhandled rejection ends the process;
 * - it accepts timestamps any distance in the future (only old ones are
 *   refused), so a signed request could be replayed for ever;
 * - after answering 413 it leaves the rest of the body unread on a kept-alive
 *   connection, which then never closes: stopping the server waits on it for
 *   ever (and with nothing else left to run, Node exits 13, "unfinished
 *   top-level await", instead of 0);
 * - it logs one line per rejected request, so a flood of unsigned requests
 *   floods the log.
 *
 * Here the body is read (bounded), the signature checked over the raw bytes
 * with at most five minutes of clock difference either way, the body parsed
 * exactly as Bolt will parse it and required to be an object of bounded depth;
 * only then is the request handed to Bolt (with the body already read, so Bolt
 * does not read it again). Rejections are answered at once and counted; the
 * log gets one line for the first and then one line with the count per
 * interval. Nothing here keeps the process alive: the only timer is unref'd.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { HTTPModuleFunctions, type HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import { readBody, refuseTooLarge as refuseTooLargeBody } from '../../src/http/body.ts';
import { listenOn } from '../../src/http/server.ts';

/** Slack's own rule: a request more than five minutes from our clock, either way, is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Bolt's body limit (4 MB); Slack's payloads are far smaller. */
export const DEFAULT_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
/**
 * Deepest JSON nesting accepted. Slack's payloads nest a dozen levels at most
 * (rich text in blocks in a message in an action); thousands of levels would
 * overflow the stack wherever the value is serialised again.
 */
export const MAX_JSON_DEPTH = 64;
/** One line per this interval about rejected requests, with their count. */
export const DEFAULT_REJECTION_LOG_INTERVAL_MS = 60_000;
/** Why a request was refused; the HTTP status follows from it ({@link STATUS}). */
export type Rejection =
  | 'unsigned'
  | 'bad-timestamp'
  | 'stale'
  | 'future'
  | 'bad-signature'
  | 'too-large'
  | 'malformed'
  | 'not-found';

const STATUS: Record<Rejection, number> = {
  unsigned: 401,
  'bad-timestamp': 401,
  stale: 401,
  future: 401,
  'bad-signature': 401,
  'too-large': 413,
  malformed: 400,
  'not-found': 404,
};

/** What the server logs with: the project's logger, warnings only. */
type WarnLogger = Pick<Logger, 'warn'>;

/**
 * Checks Slack's v0 signature: HMAC-SHA256 of `v0:timestamp:body` with the
 * signing secret, over the body's raw bytes, and a timestamp within
 * {@link MAX_CLOCK_SKEW_SECONDS} of `nowMs` in either direction. Returns
 * undefined when the request is genuine and fresh, else why not.
 */
export function checkSlackSignature(
  headers: IncomingMessage['headers'],
  body: Buffer,
  signingSecret: string,
  nowMs: number,
): Exclude<Rejection, 'too-large' | 'malformed' | 'not-found'> | undefined {
  const signature = headers['x-slack-signature'];
  const timestamp = headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return 'unsigned';
  // Whole seconds, as Slack sends them; anything else cannot be compared with the clock.
  if (!/^\d{1,12}$/.test(timestamp)) return 'bad-timestamp';
  // Whole seconds on both sides, as Slack and Bolt compare them: exactly 5 minutes is still fresh.
  const skew = Number(timestamp) - Math.floor(nowMs / 1000);
  if (skew < -MAX_CLOCK_SKEW_SECONDS) return 'stale';
  if (skew > MAX_CLOCK_SKEW_SECONDS) return 'future';
  const expected = Buffer.from(`v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; a different length is a mismatch anyway.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad-signature';
  return undefined;
}

/** True for `{…}`: not null, not an array, not a string or number. */
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a parsed JSON value nests deeper than `max` (walked without recursion, so any depth is safe to measure). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Parses a verified body the way Bolt's receiver will (its own function, so
 * the two can never disagree) and says whether Bolt can handle the result:
 * an object, an `event` (when there is one) that is an object, bounded nesting.
 */
export function boltCanHandle(req: IncomingMessage & { rawBody: Buffer }): boolean {
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return false;
  }
  if (!isPlainObject(body)) return false;
  // Bolt reads `'channel' in body.event`, which throws for anything but an object.
  if (body.event !== undefined && !isPlainObject(body.event)) return false;
  return !nestsDeeperThan(body, MAX_JSON_DEPTH);
}

/**
 * Counts rejected requests and logs them without flooding: the first one in a
 * quiet period is logged at once; later ones are counted, and the count goes
 * out in one line when the interval has passed (at the next rejection, by an
 * unref'd timer, or at {@link RejectionLog.flush} on shutdown).
 */
export class RejectionLog {
  readonly #log: WarnLogger;
  readonly #intervalMs: number;
  readonly #now: () => number;
  readonly #schedule: (fn: () => void, ms: number) => () => void;
  #counts = new Map<Rejection, number>();
  #pending = 0;
  #lastLineAt: number | undefined;
  #cancelTimer: (() => void) | undefined;

  constructor(options: {
    log: WarnLogger;
    intervalMs?: number;
    now?: () => number;
    /** Runs `fn` after `ms`; returns a cancel function. Default: an unref'd setTimeout, which never keeps the process alive. */
    schedule?: (fn: () => void, ms: number) => () => void;
  }) {
    this.#log = options.log;
    this.#intervalMs = options.intervalMs ?? DEFAULT_REJECTION_LOG_INTERVAL_MS;
    this.#now = options.now ?? Date.now;
    this.#schedule =
      options.schedule ??
      ((fn, ms) => {
        const timer = setTimeout(fn, ms);
        timer.unref();
        return () => clearTimeout(timer);
      });
  }

  /** Records one rejected request. */
  note(reason: Rejection): void {
    this.#counts.set(reason, (this.#counts.get(reason) ?? 0) + 1);
    this.#pending++;
    const now = this.#now();
    if (this.#lastLineAt === undefined || now - this.#lastLineAt >= this.#intervalMs) {
      this.flush();
      return;
    }
    if (this.#cancelTimer === undefined) {
      this.#cancelTimer = this.#schedule(
        () => {
          this.#cancelTimer = undefined;
          this.flush();
        },
        Math.max(0, this.#lastLineAt + this.#intervalMs - now),
      );
    }
  }

  /** Logs the count not yet logged, if any (called on shutdown so no count is lost). */
  flush(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    if (this.#pending === 0) return;
    const reasons = Object.fromEntries(this.#counts);
    const statuses = [...new Set([...this.#counts.keys()].map((r) => STATUS[r]))].sort((a, b) => a - b);
    this.#log.warn(
      { rejected: this.#pending, reasons, statuses, intervalSeconds: Math.round(this.#intervalMs / 1000) },
      'rejected Slack HTTP requests (not signed by Slack, stale, too large or malformed); further ones are counted and logged once per interval',
    );
    this.#lastLineAt = this.#now();
    this.#pending = 0;
    this.#counts = new Map();
  }
}

/**
 * A server of the process that Slack's endpoint can be mounted on instead of
 * opening its own (`npm start`'s HTTP server, src/http/server.ts, when
 * HTTP_PORT is Slack's port): one port serves both.
 */
export interface HostServer {
  /** Routes requests for `path` to `handler`; returns a function that removes the route. */
  mount(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): () => void;
  /** Where the host server listens (undefined before it does). */
  address(): AddressInfo | undefined;
}

/** Options for {@link createSlackHttpServer}. */
export interface SlackHttpServerOptions {
  /** The path Slack POSTs to (`/slack/events`). */
  path: string;
  signingSecret: string;
  /** Bolt's receiver, built with signature verification off: verification happens here. */
  receiver: Pick<HTTPReceiver, 'requestListener'>;
  log: Pick<Logger, 'warn' | 'error'>;
  /** Largest body accepted (default 4 MB, as Bolt). */
  bodyLimitBytes?: number;
  /** Clock in milliseconds, for the signature's timestamp and the rejection log; injectable for tests. */
  now?: () => number;
  /** How often rejected requests are logged (default one line a minute). */
  rejectionLogIntervalMs?: number;
  /** Serve on this server's port instead of opening one: listen() mounts the endpoint there. */
  host?: HostServer;
}

/** The HTTP server in front of Bolt. */
export interface SlackHttpServer {
  /**
   * Starts listening; resolves with the address (port 0 picks a free one).
   * Mounted on a host server: mounts the endpoint there and resolves with its
   * address (port and host are the host server's).
   */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /**
   * Stops taking requests: the listening socket closes, idle kept-alive
   * connections are closed, and a request arriving on a busy one gets 503.
   * Requests already handed to Bolt carry on.
   */
  stopTaking(): void;
  /** Cuts whatever connection is left and resolves once the server is closed; never waits on a client. */
  close(): Promise<void>;
}

/** Creates the server (not yet listening). */
export function createSlackHttpServer(options: SlackHttpServerOptions): SlackHttpServer {
  const now = options.now ?? Date.now;
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const rejections = new RejectionLog({
    log: options.log,
    now,
    ...(options.rejectionLogIntervalMs !== undefined ? { intervalMs: options.rejectionLogIntervalMs } : {}),
  });
  let taking = true;

  const answer = (res: ServerResponse, status: number, closeConnection: boolean) => {
    if (res.headersSent) return;
    // `connection: close` makes Node end and destroy the socket once the answer is out.
    res.writeHead(status, { 'content-length': '0', ...(closeConnection ? { connection: 'close' } : {}) });
    res.end();
  };
  const reject = (res: ServerResponse, reason: Rejection) => {
    rejections.note(reason);
    answer(res, STATUS[reason], false);
  };
  /** 413, then the rest of the body read and dropped before the connection closes (src/http/body.ts says why). */
  const refuseTooLarge = (req: IncomingMessage, res: ServerResponse) => {
    rejections.note('too-large');
    refuseTooLargeBody(req, res, limit, {}, '');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!taking) {
      answer(res, 503, true);
      return;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || path !== options.path) {
      reject(res, 'not-found');
      return;
    }
    const read = await readBody(req, limit);
    if (!read.ok && read.reason === 'aborted') return; // The client went away: there is no one to answer.
    if (!read.ok) {
      refuseTooLarge(req, res);
      return;
    }
    const body = read.body;
    // Slack's SSL check needs no signature (Bolt's rule too): answered here, never passed on.
    if (req.headers['content-type'] === 'application/x-www-form-urlencoded' && parseQuery(body.toString('utf8')).ssl_check === '1') {
      answer(res, 200, false);
      return;
    }
    const bad = checkSlackSignature(req.headers, body, options.signingSecret, now());
    if (bad !== undefined) {
      reject(res, bad);
      return;
    }
    const buffered = Object.assign(req, { rawBody: body });
    if (!boltCanHandle(buffered)) {
      reject(res, 'malformed');
      return;
    }
    // Bolt takes it from here: it finds rawBody set and does not read the stream again.
    options.receiver.requestListener(buffered, res);
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      // A bug here must cost one request, never the process.
      options.log.error({ err: error instanceof Error ? error.message : String(error) }, 'could not handle a Slack HTTP request');
      if (!res.headersSent) answer(res, 500, true);
      else res.destroy();
    });
  };

  if (options.host !== undefined) return mountedServer(options.host, options.path, listener, rejections, () => (taking = false));

  const server: Server = createServer(listener);
  let closed: Promise<void> | undefined;
  return {
    listen(port, host) {
      return listenOn(server, port, host);
    },
    stopTaking() {
      if (!taking) return;
      taking = false;
      closed = new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async close() {
      this.stopTaking();
      // Whatever is still open (a client that stopped mid-body, a slow reader) is cut:
      // server.close() alone would wait for it for ever.
      server.closeAllConnections();
      await closed;
      rejections.flush();
    },
  };
}

/**
 * The endpoint on a host server: listen() mounts it; stopTaking() makes it
 * answer 503 (as a server of its own would, closing) and unmounts it once
 * closed; the host server's connections are its own to close.
 */
function mountedServer(
  host: HostServer,
  path: string,
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  rejections: RejectionLog,
  stop: () => void,
): SlackHttpServer {
  let unmount: (() => void) | undefined;
  return {
    async listen() {
      const address = host.address();
      if (address === undefined) throw new Error('the shared HTTP server is not listening');
      unmount = host.mount(path, listener);
      return address;
    },
    stopTaking() {
      stop();
    },
    async close() {
      stop();
      unmount?.();
      unmount = undefined;
      rejections.flush();
    },
  };
}

