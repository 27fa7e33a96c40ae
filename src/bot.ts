/**
 * The Bot: what every adapter talks to. It wraps the pure engine with the few
 * things that are not pure (the current knowledge, which may be reloaded; the
 * question log; feedback), so adapters never reach into the engine directly
 * and the same logic is not copied into each of them.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Reply, RelatedQuestion } from './reply.ts';
import { answerFact, helpReply, autocomplete, type KnowledgeBase } from './engine/answer.ts';
import { isAnswerId, type Vote } from './feedback.ts';
import { detectLanguage } from './text/language.ts';
import { BoundedMap } from './store/ledger.ts';
import { NO_METRICS, type MetricsSink, type QuestionKind } from './metrics.ts';
import { CONVERSATION } from './config.ts';
import type { PreviousTurn } from './conversation/followup.ts';
import { answerMessage, answerMessageAlone } from './conversation/several.ts';
import { memoryConversationStore, type ConversationStore } from './conversation/store.ts';

/** Where a question came from; used for logging and never for answering. */
export interface AskContext {
  platform: 'console' | 'slack' | 'discord' | 'cli' | 'api';
  /** Platform user id. Hashed before it is stored. */
  userId?: string;
  channelKind?: 'dm' | 'channel' | 'thread' | 'slash';
  /**
   * The conversation the question belongs to (a Slack thread, a DM, a
   * Discord channel per person, a console session, an API caller's
   * `conversation`): a follow-up ("and when?") is read with the last
   * question answered in it. Absent: the question is read on its own.
   */
  conversationId?: string;
  /**
   * The asker's language as the platform knows it (Discord's interaction
   * `locale`, e.g. "tr" or "en-US"). It decides the reply's language only
   * when the question itself does not (a name or two, "hi").
   */
  locale?: string;
}

/** A reply plus the id under which it was handled (feedback refers to it). */
export interface BotAnswer {
  /** Unique id of this answered question; put it in feedback buttons. */
  id: string;
  reply: Reply;
}

/**
 * A reply to a question that is not an answer to it: the help text for a help
 * request ({@link isHelpRequest}). It has no id: nothing was asked, so it is
 * not logged and cannot be rated.
 */
export interface HelpAnswer {
  id?: undefined;
  reply: Reply;
}

/** The help request words: the whole message, once punctuation and case are set aside ("yardım" is Turkish for help). */
const HELP_WORDS = new Set(['help', 'about']);
const TURKISH_HELP_WORDS = new Set(['yardım', 'yardim']);

/**
 * The one rule, on every platform, for a message that asks for help rather
 * than a fact: a message with nothing in it (empty, blanks or punctuation
 * only, such as "?"), or one of the words "help" and "about" on its own, in
 * any case, with any punctuation around it ("Help!", "about?", "/help",
 * "/about"). "help me find the deposit" is a question. Pure.
 *
 * Adapters do not apply it themselves: they call {@link Bot.answer}, which
 * does. It is exported for the console, whose own commands also start with
 * a slash, and for tests.
 */
export function isHelpRequest(text: string): boolean {
  const bare = bareOf(text);
  return bare === '' || HELP_WORDS.has(bare) || TURKISH_HELP_WORDS.has(bare);
}

/** A message without the punctuation and spaces around it, lowercased ("YARDIM" is "yardim": both spellings are help words). */
function bareOf(text: string): string {
  return text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').toLowerCase();
}

/** What adapters show about the bot itself (a banner, a greeting), from the knowledge being served. */
export interface BotAbout {
  name: string;
  /** One line on what the bot knows, as help and fallbacks say it. */
  topic: string;
  /** Example questions. */
  examples: readonly string[];
}

/** Receives every answered question and every vote (the question log, src/store/recorder.ts). */
export interface AnswerListener {
  /** `via`: `ask` for a typed question, `fact` for a related-question button (`askFact`). */
  answered(event: { id: string; reply: Reply; ctx: AskContext; latencyMs: number; at: Date; via?: 'ask' | 'fact' }): void;
  voted(event: { id: string; vote: Vote; ctx: AskContext; at: Date }): void;
  /**
   * Whether an answer id this Bot did not hand out (e.g. before a restart) is
   * in the log, so a vote on it may count. Optional; must not throw for odd ids.
   */
  knows?(id: string): boolean;
}

/** What adapters use. */
export interface Bot {
  /**
   * What a person sent to the bot: the help for a help request
   * ({@link isHelpRequest}), else the answer ({@link Bot.ask}). Adapters
   * call this for anything typed, so the rule is the same on every platform.
   */
  answer(text: string, ctx: AskContext): BotAnswer | HelpAnswer;
  /** Answers a free-text question. Never throws for any string. */
  ask(question: string, ctx: AskContext): BotAnswer;
  /** Answers a known fact directly (a "related question" button). Falls back to `ask` on an unknown id. */
  askFact(factId: string, ctx: AskContext): BotAnswer;
  /** The help reply: what the bot knows and how to ask (in Turkish when `locale` names Turkish and the knowledge has it). */
  help(locale?: string): Reply;
  /** Known questions matching what the user has typed so far (Discord autocomplete), none longer than `maxChars` (the platform's limit for a choice). */
  suggest(partial: string, limit: number, maxChars?: number): string[];
  /**
   * Records a 👍/👎 on an earlier answer. Returns false when the answer id is
   * unknown: neither handed out by this Bot nor in the question log.
   */
  feedback(answerId: string, vote: Vote, ctx: AskContext): boolean;
  /** The bot's name, topic and example questions, from the knowledge currently served (a reload shows at once). */
  about(): BotAbout;
  /**
   * {@link Bot.answer} for adapters that can wait: with a shared
   * conversation store (several instances on PostgreSQL) it first fetches
   * the conversation's last answered question, so a follow-up that reaches
   * another instance is still understood, and it resolves once this turn is
   * stored. Never rejects: a store that cannot answer counts as no context.
   */
  converse(text: string, ctx: AskContext): Promise<BotAnswer | HelpAnswer>;
}

/** Options for {@link createBot}. */
export interface BotOptions {
  /** Returns the knowledge to answer from; called on every question, so a reload takes effect at once. */
  knowledge: () => KnowledgeBase;
  /** Optional observer: the question log. Its failures never reach the user. */
  listener?: AnswerListener;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Where every handled question is counted (`GET /metrics`, src/metrics.ts); none by default. */
  metrics?: MetricsSink;
  /** How long a conversation's last answered question is kept for follow-ups (default CONVERSATION.ttlMs; 0: never read in context). */
  contextTtlMs?: number;
  /** Where conversations are remembered across instances (PostgreSQL); this process's memory always holds them too. */
  conversations?: ConversationStore;
}

/** A conversation's key in a store: hashed, so no platform channel or user id is kept as typed. */
export function conversationKey(ctx: AskContext): string | undefined {
  if (ctx.conversationId === undefined || ctx.conversationId === '') return undefined;
  return createHash('sha256').update(`${ctx.platform}\u0000${ctx.conversationId}`).digest('hex');
}

/** The metrics' kind of a reply. */
const KIND: Record<Reply['kind'], QuestionKind> = { fact: 'answered', smalltalk: 'smalltalk', none: 'declined' };

/** Builds the Bot that adapters share. */
export function createBot(options: BotOptions): Bot {
  const now = options.now ?? (() => new Date());
  const listener = options.listener;
  const metrics = options.metrics ?? NO_METRICS;
  // Remember recent answer ids so feedback on a stale or forged id is refused.
  const recent = new BoundedMap<true>(10_000);
  const remember = (id: string) => recent.set(id, true);
  const ttlMs = options.contextTtlMs ?? CONVERSATION.ttlMs;
  const memory = memoryConversationStore(CONVERSATION.maxInMemory);
  const shared = options.conversations;
  // Writes to the shared store in flight, per conversation, for converse() to wait on.
  const writing = new Map<string, Promise<void>>();
  const since = () => new Date(now().getTime() - ttlMs);
  const keyOf = (ctx: AskContext) => (ttlMs > 0 ? conversationKey(ctx) : undefined);
  const rememberTurn = (key: string, turn: PreviousTurn) => {
    const stored = { ...turn, at: now() };
    void memory.set(key, stored);
    if (!shared) return;
    const write = shared
      .set(key, stored)
      .catch(() => undefined)
      .finally(() => {
        if (writing.get(key) === write) writing.delete(key);
      });
    writing.set(key, write);
  };

  const record = (reply: Reply, ctx: AskContext, started: number, via: 'ask' | 'fact'): BotAnswer => {
    const id = randomUUID();
    remember(id);
    const latencyMs = performance.now() - started;
    metrics.question(ctx.platform, KIND[reply.kind], latencyMs / 1000);
    try {
      const at = now();
      listener?.answered({ id, reply, ctx, latencyMs, at, via });
      // A message's other questions are logged as questions of their own: each further answer (so `stats` counts its
      // fact and `review` sees the question it answered) and each question that got no answer (so `gaps` lists it).
      // Their ids are never handed out, so no vote can name them; a vote rates the reply. Metrics count the message once.
      if (reply.kind === 'fact') {
        for (const also of reply.also ?? []) listener?.answered({ id: randomUUID(), reply: also, ctx, latencyMs, at, via });
        for (const declined of reply.unanswered ?? []) listener?.answered({ id: randomUUID(), reply: declined, ctx, latencyMs, at, via });
      }
    } catch {
      // The log must never break answering; the listener reports its own failures.
    }
    return { id, reply };
  };

  // An id from before a restart counts when the log holds it; never trusted blindly.
  const knownToListener = (id: string): boolean => {
    try {
      return listener?.knows?.(id) === true;
    } catch {
      return false;
    }
  };

  return {
    answer(text, ctx) {
      // Through `this`, so a Bot that wraps this one (tests, an observer) sees the question it asks.
      if (!isHelpRequest(text)) return this.ask(text, ctx);
      metrics.question(ctx.platform, 'help');
      // "yardım" asks for the help in Turkish; "help" and "/help" in the asker's locale.
      return { reply: this.help(TURKISH_HELP_WORDS.has(bareOf(text)) ? 'tr' : ctx.locale) };
    },
    ask(question, ctx) {
      const started = performance.now();
      const kb = options.knowledge();
      const key = keyOf(ctx);
      if (key === undefined) return record(answerMessageAlone(question, kb, ctx.locale), ctx, started, 'ask');
      const result = answerMessage(question, memory.peek(key, since()), kb, ctx.locale);
      if (result.remember) rememberTurn(key, result.remember);
      return record(result.reply, ctx, started, 'ask');
    },
    askFact(factId, ctx) {
      const started = performance.now();
      const kb = options.knowledge();
      const reply = answerFact(factId, kb, ctx.locale);
      if (!reply) return this.ask(factId, ctx);
      // A related-question button is a question answered in the conversation too.
      const key = keyOf(ctx);
      if (key !== undefined) rememberTurn(key, { question: reply.question, factId: reply.factId });
      return record(reply, ctx, started, 'fact');
    },
    async converse(text, ctx) {
      const key = keyOf(ctx);
      if (key !== undefined && shared) {
        // Another instance may have answered this conversation's last question: the newer turn wins.
        const remote = await shared.get(key, since()).catch(() => undefined);
        const local = memory.peek(key, since());
        if (remote && (!local || remote.at.getTime() > local.at.getTime())) await memory.set(key, remote);
      }
      const result = this.answer(text, ctx);
      if (key !== undefined) await writing.get(key);
      return result;
    },
    help(locale) {
      return helpReply(options.knowledge(), locale);
    },
    suggest(partial, limit, maxChars) {
      // What is being typed in Turkish is completed from the Turkish questions.
      const kb = options.knowledge();
      return autocomplete(partial, kb.turkish && detectLanguage(partial) === 'tr' ? kb.turkish : kb, limit, maxChars);
    },
    feedback(answerId, vote, ctx) {
      if (!recent.has(answerId) && !(isAnswerId(answerId) && knownToListener(answerId))) return false;
      try {
        listener?.voted({ id: answerId, vote, ctx, at: now() });
      } catch {
        // As above: storage trouble is the listener's to report.
      }
      return true;
    },
    about() {
      const { name, topic, examples } = options.knowledge().knowledge.bot;
      return { name, topic, examples: [...examples] };
    },
  };
}

export type { Reply, RelatedQuestion, Vote };
