/**
 * The Slack adapter's public face. The product starts it with two calls when
 * `SLACK_BOT_TOKEN` is set:
 *
 * ```ts
 * const adapter = createSlackAdapter({ bot, config: slackConfigFromEnv(process.env) });
 * await adapter.start();
 * ```
 */
export { slackConfigFromEnv, type SlackConfig, type SlackHttpConfig, type SlackSocketConfig } from './config.ts';
export {
  createSlackAdapter,
  consoleSlackLogger,
  EVENTS_PATH,
  SLASH_COMMAND,
  type SlackActivity,
  type SlackAdapter,
  type SlackAdapterOptions,
} from './adapter.ts';
// The in-memory stores live with the store's interfaces (src/store/ledger.ts); re-exported for callers of this face.
export { memoryEventLedger, memoryThreadRegistry, type EventLedger, type ThreadRegistry } from '../../src/store/ledger.ts';
export { renderReply, escapeMrkdwn, SLACK_LIMITS, type SlackMessage, type Surface } from './render.ts';
