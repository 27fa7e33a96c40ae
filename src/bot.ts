/**
 * The Bot: what every adapter talks to. It wraps the pure engine with the few
 * things that are not pure (the current knowledge, which may be reloaded; the
 * question log; feedback), so adapters never reach into the engine directly
 * and the same logic is not copied into each of them.
 */
import { randomUUID } from 'node:crypto';
import type { Reply, RelatedQuestion } from './reply.ts';
import { answer, answerFact, helpReply, autocomplete, type KnowledgeBase } from './engine/answer.ts';

/** Where a question came from; used for logging and never for answering. */
export interface AskContext {
  platform: 'console' | 'slack' | 'discord' | 'cli';
  /** Platform user id. Hashed before it is stored. */
  userId?: string;
  channelKind?: 'dm' | 'channel' | 'thread' | 'slash';
}

/** A reply plus the id under which it was handled (feedback refers to it). */
export interface BotAnswer {
  /** Unique id of this answered question; put it in feedback buttons. */
  id: string;
  reply: Reply;
}

export type Vote = 'up' | 'down';

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
  /** Answers a free-text question. Never throws for any string. */
  ask(question: string, ctx: AskContext): BotAnswer;
  /** Answers a known fact directly (a "related question" button). Falls back to `ask` on an unknown id. */
  askFact(factId: string, ctx: AskContext): BotAnswer;
  /** The help reply: what the bot knows and how to ask. */
  help(): Reply;
  /** Known questions matching what the user has typed so far (Discord autocomplete), none longer than `maxChars` (the platform's limit for a choice). */
  suggest(partial: string, limit: number, maxChars?: number): string[];
  /**
   * Records a 👍/👎 on an earlier answer. Returns false when the answer id is
   * unknown: neither handed out by this Bot nor in the question log.
   */
  feedback(answerId: string, vote: Vote, ctx: AskContext): boolean;
  /** The knowledge currently served. */
  knowledge(): KnowledgeBase;
}

/** Options for {@link createBot}. */
export interface BotOptions {
  /** Returns the knowledge to answer from; called on every question, so a reload takes effect at once. */
  knowledge: () => KnowledgeBase;
  /** Optional observer: the question log. Its failures never reach the user. */
  listener?: AnswerListener;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/** The shape of the answer ids the Bot hands out (randomUUID). */
const ANSWER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Builds the Bot that adapters share. */
export function createBot(options: BotOptions): Bot {
  const now = options.now ?? (() => new Date());
  const listener = options.listener;
  // Remember recent answer ids so feedback on a stale or forged id is refused.
  const recent = new Map<string, true>();
  const remember = (id: string) => {
    recent.set(id, true);
    if (recent.size > 10_000) recent.delete(recent.keys().next().value as string);
  };

  const record = (reply: Reply, ctx: AskContext, started: number, via: 'ask' | 'fact'): BotAnswer => {
    const id = randomUUID();
    remember(id);
    const latencyMs = performance.now() - started;
    try {
      listener?.answered({ id, reply, ctx, latencyMs, at: now(), via });
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
    ask(question, ctx) {
      const started = performance.now();
      return record(answer(question, options.knowledge()), ctx, started, 'ask');
    },
    askFact(factId, ctx) {
      const started = performance.now();
      const kb = options.knowledge();
      const reply = answerFact(factId, kb);
      return reply ? record(reply, ctx, started, 'fact') : this.ask(factId, ctx);
    },
    help() {
      return helpReply(options.knowledge());
    },
    suggest(partial, limit, maxChars) {
      return autocomplete(partial, options.knowledge(), limit, maxChars);
    },
    feedback(answerId, vote, ctx) {
      if (!recent.has(answerId) && !(typeof answerId === 'string' && ANSWER_ID.test(answerId) && knownToListener(answerId))) return false;
      try {
        listener?.voted({ id: answerId, vote, ctx, at: now() });
      } catch {
        // As above: storage trouble is the listener's to report.
      }
      return true;
    },
    knowledge: options.knowledge,
  };
}

export type { Reply, RelatedQuestion };
