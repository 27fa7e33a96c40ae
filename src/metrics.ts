/**
 * Metrics for `GET /metrics` (Prometheus text, prom-client). Recorded in the
 * core, never in each adapter: the Bot reports every question it handles, the
 * rate limit every refusal ({@link meteredRateGate}), `npm start` every reload
 * of the watcher and every error line an adapter logs ({@link countingErrors}).
 * They report through the narrow {@link MetricsSink}, so none of them imports
 * prom-client, and tests pass {@link NO_METRICS} or a recording fake.
 *
 * Each instance has its own Registry (not prom-client's global one): two bots
 * in one test process, or a test and the product, never share counts.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './log.ts';
import type { GateResult, RateGate } from './ratelimit.ts';

/**
 * What a handled question was, as the Bot's replies tell them apart: a fact
 * (`answered`), small talk, no answer (`declined`), or the help text for a
 * help request (`help`).
 */
export type QuestionKind = 'answered' | 'smalltalk' | 'declined' | 'help';

/** What the core reports to. Never throws (the metrics must not break answering). */
export interface MetricsSink {
  /** One handled question on `platform`; `seconds` is how long answering took (none for the help text). */
  question(platform: string, kind: QuestionKind, seconds?: number): void;
  /** One reload of the knowledge by the watcher. */
  reload(result: 'ok' | 'failed'): void;
  /** One question refused by the rate limit on `platform`. */
  rateLimited(platform: string): void;
  /** One error on `platform` (an error line an adapter logged, a request the HTTP API failed). */
  error(platform: string): void;
}

/** A sink that records nothing (tests, and code run without `npm start`'s metrics). */
export const NO_METRICS: MetricsSink = { question() {}, reload() {}, rateLimited() {}, error() {} };

/**
 * Buckets of `factbot_answer_seconds`. The engine answers in well under a
 * millisecond at the curated size and a few milliseconds at 100,000 facts
 * (docs/operations.md, "Performance"), so the buckets start at 0.1 ms and
 * reach 1 s for anything pathological.
 */
export const ANSWER_SECONDS_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/** The metrics of one process: the sink the core reports to, and the text to serve. */
export interface Metrics extends MetricsSink {
  /** The Prometheus text exposition of every metric. */
  text(): Promise<string>;
  /** Its Content-Type (`text/plain; version=0.0.4; charset=utf-8`). */
  readonly contentType: string;
}

/** Options for {@link createMetrics}. */
export interface MetricsOptions {
  /** Also the process metrics (CPU, memory, event loop lag, …): true in `npm start`, false in most tests. */
  defaultMetrics?: boolean;
}

/** Creates the metrics of one process, on a Registry of its own. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const questions = new Counter({
    name: 'factbot_questions_total',
    help: 'Questions handled, by platform and kind (answered, smalltalk, declined, help).',
    labelNames: ['platform', 'kind'] as const,
    registers: [registry],
  });
  const answerSeconds = new Histogram({
    name: 'factbot_answer_seconds',
    help: 'Time the bot took to answer a question, in seconds.',
    buckets: ANSWER_SECONDS_BUCKETS,
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'factbot_knowledge_reloads_total',
    help: 'Reloads of the knowledge after a file change, by result (ok: served or unchanged; failed: the last good knowledge kept).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'factbot_rate_limited_total',
    help: 'Questions refused by the rate limit, by platform.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'factbot_errors_total',
    help: 'Errors, by platform: error lines an adapter logged, requests the HTTP API failed.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  // Label values come from our own code (AskContext's platforms), never from a request: the
  // number of series stays bounded.
  const safely = (record: () => void) => {
    try {
      record();
    } catch {
      // Metrics are an observer: a failure here must never reach a user.
    }
  };
  return {
    contentType: registry.contentType,
    text: () => registry.metrics(),
    question(platform, kind, seconds) {
      safely(() => {
        questions.inc({ platform, kind });
        if (seconds !== undefined) answerSeconds.observe(seconds);
      });
    },
    reload(result) {
      safely(() => reloads.inc({ result }));
    },
    rateLimited(platform) {
      safely(() => rateLimited.inc({ platform }));
    },
    error(platform) {
      safely(() => errors.inc({ platform }));
    },
  };
}

/** The result label of one watcher outcome: a reload that served the files (new or unchanged) is ok. */
export function reloadResult(outcome: { kind: 'reloaded' | 'unchanged' | 'failed' }): 'ok' | 'failed' {
  return outcome.kind === 'failed' ? 'failed' : 'ok';
}

/**
 * The rate gate, reporting each refusal. The platform is the key's prefix
 * (`platform:user`, as {@link checkAsker} builds every key), so adapters keep
 * calling the gate as they do and report nothing themselves.
 */
export function meteredRateGate(gate: RateGate, sink: MetricsSink): RateGate {
  const note = (key: string, result: GateResult): GateResult => {
    if (result.decision !== 'ok') sink.rateLimited(key.slice(0, Math.max(0, key.indexOf(':'))) || 'unknown');
    return result;
  };
  return {
    check(userKey, channelKey) {
      const result = gate.check(userKey, channelKey);
      return result instanceof Promise ? result.then((r) => note(userKey, r)) : note(userKey, result);
    },
  };
}

/** A logger that counts every error line as an error of `platform` (handed to that platform's adapter by `npm start`). */
export function countingErrors(logger: Logger, platform: string, sink: MetricsSink): Logger {
  return {
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => {
      sink.error(platform);
      logger.error(fields, message);
    },
  };
}
