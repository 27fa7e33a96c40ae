/**
 * The HTTP server (src/http/server.ts) on 127.0.0.1 with an ephemeral port,
 * and a client over node:http that sends exactly the headers a test gives
 * (fetch adds its own Sec-Fetch-* and may refuse Origin).
 */
import { request as httpRequest } from 'node:http';
import { createBot, type AnswerListener, type Bot } from '../../src/bot.ts';
import type { KnowledgeBase } from '../../src/engine/answer.ts';
import type { ConsoleHandler } from '../../src/http/console-types.ts';
import type { HealthState } from '../../src/http/health.ts';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import type { Logger } from '../../src/log.ts';
import { createMetrics, meteredRateGate, type Metrics } from '../../src/metrics.ts';
import { NO_RATE_LIMIT, type RateGate } from '../../src/ratelimit.ts';

/** A logger that keeps every line (to check that no token is ever in one). */
export interface CapturedLogger extends Logger {
  lines: { level: string; fields: Record<string, unknown>; message: string }[];
  text(): string;
}

export function captureLogger(): CapturedLogger {
  const lines: CapturedLogger['lines'] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => void lines.push({ level, fields, message });
  return { lines, info: at('info'), warn: at('warn'), error: at('error'), text: () => JSON.stringify(lines) };
}

export interface Running {
  base: string;
  port: number;
  server: HttpServer;
  bot: Bot;
  metrics: Metrics;
  logger: CapturedLogger;
  health: HealthState;
  close(): Promise<void>;
}

export interface StartOptions {
  kb: KnowledgeBase;
  adminToken?: string;
  apiToken?: string;
  bodyLimitBytes?: number;
  /** The shared rate limit; reported to the metrics as `npm start` does (meteredRateGate). */
  rateLimit?: RateGate;
  console?: ConsoleHandler;
  /** Don't call serve(): the server as it is before the knowledge is loaded. */
  notServed?: boolean;
  health?: HealthState;
  now?: () => number;
  /** The Bot's listener (the question log). */
  listener?: AnswerListener;
}

/** Starts a server on 127.0.0.1:0. */
export async function startHttp(options: StartOptions): Promise<Running> {
  const logger = captureLogger();
  const metrics = createMetrics({ defaultMetrics: true });
  const bot = createBot({ knowledge: () => options.kb, metrics, ...(options.listener ? { listener: options.listener } : {}) });
  const health: HealthState = options.health ?? { knowledge: !options.notServed, adapters: [] };
  const server = createHttpServer({
    adminToken: options.adminToken,
    apiToken: options.apiToken,
    bodyLimitBytes: options.bodyLimitBytes ?? 32 * 1024,
    logger,
    metrics,
    health: () => health,
    ...(options.now ? { now: options.now } : {}),
  });
  const address = await server.listen(0, '127.0.0.1');
  if (!options.notServed) server.serve({ bot, rateLimit: meteredRateGate(options.rateLimit ?? NO_RATE_LIMIT, metrics), ...(options.console ? { console: options.console } : {}) });
  return { base: `http://127.0.0.1:${address.port}`, port: address.port, server, bot, metrics, logger, health, close: () => server.close() };
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): unknown;
}

/** One request; resolves with the whole answer. */
export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POST a JSON value (or raw text) to /api/ask. */
export function ask(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return send(`${base}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
