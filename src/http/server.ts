/**
 * The HTTP server of `npm start` (HTTP_PORT): node:http, no framework.
 *
 * | path | what |
 * |---|---|
 * | `POST /api/ask` | a question, answered as `ask --json` prints it (api.ts) |
 * | `GET /healthz` | 200 when ready, 503 with what is not (health.ts) |
 * | `GET /metrics` | Prometheus text (src/metrics.ts) |
 * | `/admin/…` | the maintainers' console, behind ADMIN_TOKEN (admin.ts) |
 * | mounted paths | Slack's `/slack/events` when Slack's HTTP mode shares the port ({@link HttpServer.mount}) |
 *
 * It listens before the knowledge is loaded, so a health check can tell
 * "starting" from "down"; until {@link HttpServer.serve} hands it the Bot,
 * the API and the console answer 503. Nothing here keeps a stopping process
 * alive: {@link HttpServer.close} cuts whatever connection is left.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Bot } from '../bot.ts';
import type { Logger } from '../log.ts';
import { NO_METRICS, type Metrics, type MetricsSink } from '../metrics.ts';
import type { RateGate } from '../ratelimit.ts';
import { SECURITY_HEADERS, createAdmin, type AdminHandler } from './admin.ts';
import { handleAsk } from './api.ts';
import { readBody, refuseTooLarge } from './body.ts';
import type { ConsoleHandler } from './console-types.ts';
import { handleHealth, type HealthState } from './health.ts';
import { jsonError, methodNotAllowed, type Outgoing } from './outgoing.ts';

/** A handler for requests to a path the server does not own (Slack's events endpoint). */
export type MountedHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Options for {@link createHttpServer}. */
export interface HttpServerOptions {
  /** Required for /admin; undefined: the console is off. */
  adminToken: string | undefined;
  /** When set, required by /api/ask as a Bearer token. */
  apiToken: string | undefined;
  /** Largest request body read (HTTP_MAX_BODY_BYTES). */
  bodyLimitBytes: number;
  logger: Logger;
  /** What /metrics serves and API errors are counted in; none: /metrics is 404. */
  metrics?: Metrics;
  /** Read on every /healthz. */
  health: () => HealthState;
  /** Milliseconds clock of the console's sessions; injectable for tests. */
  now?: () => number;
}

/** What the API and the console need once the bot is ready. */
export interface ServedApp {
  bot: Bot;
  /** The rate limit shared with the chat adapters. */
  rateLimit: RateGate;
  /** The console's pages (src/http/console/); undefined: not installed (/admin answers 503 after login). */
  console?: ConsoleHandler;
}

/** The server. */
export interface HttpServer {
  /** Starts listening; resolves with the address (port 0 picks a free one). */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Where it listens (undefined before it does). */
  address(): AddressInfo | undefined;
  /** The API and the console answer from now on (before: 503). */
  serve(app: ServedApp): void;
  /** Routes requests whose path is `path` to `handler` (Slack's HTTP mode on the same port). Returns a function that removes it. */
  mount(path: string, handler: MountedHandler): () => void;
  /**
   * Stops taking requests: the listening socket closes, idle kept-alive
   * connections are closed, and a request on a busy one gets 503.
   */
  stopTaking(): void;
  /** Cuts whatever connection is left and resolves once the server is closed. */
  close(): Promise<void>;
}

const headerOf = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Starts `server` listening; resolves with its address, or rejects with the listen error (a port in use). */
export function listenOn(server: Server, port: number, host?: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ port, ...(host !== undefined ? { host } : {}) }, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Creates the server (not yet listening). */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const sink: MetricsSink = options.metrics ?? NO_METRICS;
  const limit = options.bodyLimitBytes;
  const mounts = new Map<string, MountedHandler>();
  let app: ServedApp | undefined;
  let admin: AdminHandler | undefined;
  let taking = true;

  const write = (req: IncomingMessage, res: ServerResponse, out: Outgoing) => {
    if (res.headersSent) return;
    const body = typeof out.body === 'string' ? Buffer.from(out.body, 'utf8') : out.body;
    res.writeHead(out.status, { ...out.headers, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (!taking) {
      res.writeHead(503, { ...(path.startsWith('/admin') ? SECURITY_HEADERS : {}), connection: 'close', 'content-length': '0' });
      res.end();
      return;
    }
    const method = req.method ?? 'GET';
    const mounted = mounts.get(path);
    if (mounted) {
      mounted(req, res);
      return;
    }
    const clientAddress = req.socket.remoteAddress ?? 'unknown';
    const body = () => readBody(req, limit);
    const finish = (out: Outgoing | 'too-large' | 'aborted', headers: Record<string, string>) => {
      if (out === 'aborted') return; // the client went away: no one to answer
      if (out === 'too-large') {
        refuseTooLarge(req, res, limit, { 'content-type': 'application/json; charset=utf-8', ...headers }, JSON.stringify({ error: `the body is larger than ${limit} bytes` }));
        return;
      }
      write(req, res, out);
    };

    if (path === '/api/ask') {
      if (!app) return finish(jsonError(503, 'starting: the knowledge is not loaded yet', { 'retry-after': '1' }), {});
      const out = await handleAsk(
        { method, headers: { authorization: headerOf(req, 'authorization'), 'content-type': headerOf(req, 'content-type') }, clientAddress, body },
        { bot: app.bot, rateLimit: app.rateLimit, apiToken: options.apiToken },
      );
      return finish(out, {});
    }
    if (path === '/healthz') return finish(handleHealth(method, options.health()), {});
    if (path === '/metrics') {
      if (!options.metrics) return finish(jsonError(404, 'not found'), {});
      if (method !== 'GET' && method !== 'HEAD') return finish(methodNotAllowed(['GET']), {});
      const text = await options.metrics.text();
      return finish({ status: 200, headers: { 'content-type': options.metrics.contentType, 'cache-control': 'no-store' }, body: text }, {});
    }
    if (path === '/admin' || path.startsWith('/admin/')) {
      if (!admin) {
        return finish({ status: 503, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' }, body: 'Starting: the knowledge is not loaded yet.\n' }, SECURITY_HEADERS);
      }
      const out = await admin({
        method,
        path,
        query: url.searchParams,
        headers: {
          authorization: headerOf(req, 'authorization'),
          cookie: headerOf(req, 'cookie'),
          origin: headerOf(req, 'origin'),
          host: headerOf(req, 'host'),
          'sec-fetch-site': headerOf(req, 'sec-fetch-site'),
          accept: headerOf(req, 'accept'),
          'content-type': headerOf(req, 'content-type'),
          'x-forwarded-proto': headerOf(req, 'x-forwarded-proto'),
        },
        clientAddress,
        body,
      });
      return finish(out, SECURITY_HEADERS);
    }
    return finish(jsonError(404, 'not found: the paths are POST /api/ask, GET /healthz, GET /metrics and /admin/'), {});
  };

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      // A bug here must cost one request, never the process; the message only, never request data.
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      sink.error(path.startsWith('/admin') ? 'admin' : 'api');
      options.logger.error({ err: error instanceof Error ? error.message : String(error), path }, 'could not handle an HTTP request');
      if (!res.headersSent) write(req, res, jsonError(500, 'internal error', path.startsWith('/admin') ? { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' } : {}));
      else res.destroy();
    });
  });

  let closed: Promise<void> | undefined;
  return {
    listen(port, host) {
      return listenOn(server, port, host);
    },
    address() {
      const a = server.address();
      return a !== null && typeof a === 'object' ? a : undefined;
    },
    serve(served) {
      app = served;
      admin = createAdmin({
        adminToken: options.adminToken,
        console: served.console,
        logger: options.logger,
        ...(options.now !== undefined ? { now: options.now } : {}),
      });
    },
    mount(path, handler) {
      mounts.set(path, handler);
      return () => {
        if (mounts.get(path) === handler) mounts.delete(path);
      };
    },
    stopTaking() {
      if (!taking) return;
      taking = false;
      closed = server.listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
      server.closeIdleConnections();
    },
    async close() {
      this.stopTaking();
      server.closeAllConnections();
      await closed;
    },
  };
}
