/**
 * What the Slack end-to-end tests share: the real bot on the real knowledge,
 * a logger that keeps lines for assertions, and readers for the buttons in a
 * posted message.
 */
import { createBot, type Bot, type Vote } from '../../src/bot.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/engine/answer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Logger } from '../../src/log.ts';
import { slackConfigFromEnv, type SlackConfig } from '../../adapters/slack/index.ts';

/** The knowledge the product serves, loaded once per test file. */
export function loadRealKnowledge(): KnowledgeBase {
  const loaded = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  if (!loaded.ok) throw new Error(`knowledge/ does not load: ${JSON.stringify(loaded.errors).slice(0, 500)}`);
  return createKnowledgeBase(loaded.knowledge);
}

/** The real bot, recording votes so tests can see that bot.feedback was called. */
export function realBot(kb: KnowledgeBase): { bot: Bot; votes: { id: string; vote: Vote }[] } {
  const votes: { id: string; vote: Vote }[] = [];
  const bot = createBot({
    knowledge: () => kb,
    listener: {
      answered() {},
      voted: (e) => votes.push({ id: e.id, vote: e.vote }),
    },
  });
  return { bot, votes };
}

/** A logger that keeps every line (fields and message as JSON) for assertions. */
export function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push(JSON.stringify({ level, ...fields, message }));
  };
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}

/** A button in posted blocks. */
export interface PostedButton {
  action_id: string;
  value?: string;
  text: { type: string; text: string };
}

/** Every button in a list of blocks, in order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function buttonsOf(blocks: any[]): PostedButton[] {
  return blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as PostedButton[]) : []));
}

/** The button with this action id; throws when absent so a test fails with a clear message. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function buttonOf(blocks: any[], actionId: string): PostedButton {
  const button = buttonsOf(blocks).find((b) => b.action_id === actionId);
  if (!button) throw new Error(`no button ${actionId} in ${JSON.stringify(blocks).slice(0, 500)}`);
  return button;
}

/** The answer id a posted reply carries in its feedback buttons. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function answerIdOf(blocks: any[]): string {
  const value = buttonOf(blocks, 'feedback_up').value;
  if (!value) throw new Error('feedback button without a value');
  return value;
}

/** Live broadcast or ping tokens that must never appear in what the bot posts for user text. */
export const LIVE_TOKEN = /<!(channel|here|everyone)\b|<@U123\b/;

/** The settings of an adapter in HTTP mode on a free loopback port, talking to a fake Slack's Web API. */
export function httpModeConfig(apiUrl: string, signingSecret: string, botToken: string): SlackConfig {
  return slackConfigFromEnv({ SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, PORT: '0', SLACK_HTTP_HOST: '127.0.0.1', SLACK_API_URL: apiUrl });
}
