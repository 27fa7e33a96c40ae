/**
 * The pure question-answering core: `answer(question, kb) → Reply`. No I/O,
 * no platform formatting, no exceptions for any input string.
 */
import { CALIBRATION, SEARCH } from '../config.ts';
import type { Knowledge, LoadedFact } from '../knowledge/load.ts';
import type { FactReply, NoneReply, RelatedQuestion, Reply, SmalltalkReply, SourceInfo } from '../reply.ts';
import { cleanInput, editDistance, questionKey } from '../text/normalize.ts';
import { calibrate, calibratedConfidence, decisionValue, type Calibration } from './calibrate.ts';
import { buildIndex, type SearchIndex } from './index.ts';
import { rank, rankCleaned } from './rank.ts';

// The engine's one public entry: everything outside src/engine imports from here
// (tests/architecture.test.ts holds it), so its modules can move without touching callers.
export { autocomplete } from './suggest.ts';
export { rank, type RankedFact } from './rank.ts';
export type { Calibration } from './calibrate.ts';
export { fileCalibrationCache } from './calibration-cache.ts';
export { explain, formatExplanation, type Explanation } from './explain.ts';
export { resolveTerms, type ResolvedTerm } from './terms.ts';
export { buildDeletionIndex, eachNeighbour } from './typos.ts';

/** Knowledge prepared for answering: the validated data, its indexes and its calibrated threshold. */
export interface KnowledgeBase extends SearchIndex {
  calibration: Calibration;
}

/**
 * Where a calibration made earlier for the same knowledge can be kept
 * (calibration asks the knowledge thousands of questions; a CLI run should
 * not do that every time). Keys name the knowledge, the engine code and the
 * target; see src/engine/calibration-cache.ts.
 */
export interface CalibrationCache {
  get(knowledge: Knowledge, target: number): Calibration | undefined;
  set(knowledge: Knowledge, target: number, calibration: Calibration): void;
}

export interface KnowledgeBaseOptions {
  /** The share of answers allowed to be wrong (default CALIBRATION.maxWrongShare; ANSWER_MAX_WRONG). */
  maxWrongShare?: number;
  cache?: CalibrationCache;
}

/** Builds the indexes for loaded knowledge and calibrates its answer threshold (once per load). */
export function createKnowledgeBase(knowledge: Knowledge, options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const target = options.maxWrongShare ?? CALIBRATION.maxWrongShare;
  const index = buildIndex(knowledge);
  let calibration = options.cache?.get(knowledge, target);
  if (!calibration) {
    calibration = calibrate(index, { maxWrongShare: target, outOfScope: knowledge.outOfScope ?? [] });
    options.cache?.set(knowledge, target, calibration);
  }
  // The same object, not a copy: scratch space and caches are keyed by it.
  return Object.assign(index, { calibration });
}

/** Answers a question from the knowledge. Never throws; every input gets a Reply. */
export function answer(rawQuestion: string, kb: KnowledgeBase): Reply {
  const question = cleanInput(rawQuestion);
  const bot = kb.knowledge.bot;
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return { kind: 'none', reason: 'empty', question, answer: bot.empty, confidence: 0, related: [], suggestions: bot.examples.slice(0, SEARCH.maxSuggestions) };
  }

  const intent = matchSmalltalk(question, kb);
  if (intent) return intent;

  const ranked = rankCleaned(question, kb, SEARCH.maxSuggestions + 1);
  const top = ranked[0];
  const value = decisionValue(ranked);
  const confidence = calibratedConfidence(value, kb.calibration);
  if (top && value >= kb.calibration.threshold) return factReply(kb.byId.get(top.factId)!, kb, question, confidence);
  const suggestions = ranked
    .filter((r) => r.score >= SEARCH.suggestThreshold)
    .slice(0, SEARCH.maxSuggestions)
    .map((r) => kb.facts[kb.byId.get(r.factId)!]!.questions[0]!);
  const none: NoneReply = {
    kind: 'none',
    reason: 'no-match',
    question,
    answer: `${bot.noMatch} I can answer questions about ${bot.topic}.`,
    confidence,
    related: [],
    suggestions: suggestions.length > 0 ? suggestions : bot.examples.slice(0, SEARCH.maxSuggestions),
  };
  return none;
}

/** The reply for a known fact id (a "related question" button), or null if the id is unknown. */
export function answerFact(factId: string, kb: KnowledgeBase): FactReply | null {
  const i = kb.byId.get(factId);
  if (i === undefined) return null;
  return factReply(i, kb, kb.facts[i]!.questions[0]!, 1);
}

/** What the bot knows and how to ask: the "help" intent, with examples. */
export function helpReply(kb: KnowledgeBase): SmalltalkReply {
  const bot = kb.knowledge.bot;
  const help = kb.knowledge.intents.find((i) => i.id === 'help');
  return {
    kind: 'smalltalk',
    intent: 'help',
    question: 'help',
    answer: help?.reply ?? `I answer questions about ${bot.topic}.`,
    confidence: 1,
    related: [],
    suggestions: bot.examples.slice(0, SEARCH.maxSuggestions),
  };
}

function sourceOf(fact: LoadedFact, kb: KnowledgeBase): SourceInfo {
  const s = kb.knowledge.sources.get(fact.citation.source);
  const info: SourceInfo = {
    id: fact.citation.source,
    title: s?.title ?? fact.citation.source,
    description: s?.description ?? '',
    paragraphs: [...fact.citation.paragraphs],
  };
  if (s?.url) info.url = s.url;
  return info;
}

function factReply(i: number, kb: KnowledgeBase, question: string, confidence: number): FactReply {
  const fact = kb.facts[i]!;
  return {
    kind: 'fact',
    question,
    answer: fact.answer,
    factId: fact.id,
    confidence,
    source: sourceOf(fact, kb),
    related: relatedOf(i, kb),
    suggestions: [],
  };
}

/** Nearest-neighbour related facts per knowledge base, worked out on first use (most facts are never asked about). */
const neighbourCache = new WeakMap<SearchIndex, Map<number, number[]>>();

/** Follow-ups: the fact's own `related` list, else its nearest neighbours. */
function relatedOf(i: number, kb: KnowledgeBase): RelatedQuestion[] {
  const fact = kb.facts[i]!;
  let ids = fact.related.map((id) => kb.byId.get(id)).filter((x): x is number => x !== undefined);
  if (ids.length === 0) {
    let cache = neighbourCache.get(kb);
    if (!cache) neighbourCache.set(kb, (cache = new Map()));
    let near = cache.get(i);
    if (!near) {
      const probe = cleanInput([fact.questions[0] ?? '', ...fact.keywords].join(' '));
      near = rank(probe, kb, SEARCH.maxRelated, { exclude: i }).map((r) => kb.byId.get(r.factId)!);
      cache.set(i, near);
    }
    ids = near;
  }
  return ids.slice(0, SEARCH.maxRelated).map((j) => ({ id: kb.facts[j]!.id, question: kb.facts[j]!.questions[0]! }));
}

/** A whole message that is small talk ("hi", "thx!", "what can you do"), give or take a typo. */
function matchSmalltalk(question: string, kb: KnowledgeBase): SmalltalkReply | null {
  const name = questionKey(kb.knowledge.bot.name);
  // "hello factbot", "@factbot thanks": the bot's name does not change the intent.
  const key = questionKey(question)
    .split(' ')
    .filter((w) => w !== name && w !== 'bot')
    .join(' ');
  if (!key || key.length > 60) return null;
  let intent = kb.smalltalk.get(key);
  if (intent === undefined) {
    const allowed = Math.floor(key.length / SEARCH.smalltalkEditsPer);
    if (allowed > 0) {
      let bestDist = allowed + 1;
      for (const k of kb.smalltalkKeys) {
        const d = editDistance(key, k, allowed);
        if (d < bestDist) {
          bestDist = d;
          intent = kb.smalltalk.get(k);
        }
      }
    }
  }
  if (intent === undefined) return null;
  const it = kb.knowledge.intents[intent]!;
  return {
    kind: 'smalltalk',
    intent: it.id,
    question,
    answer: it.reply,
    confidence: 1,
    related: [],
    suggestions: it.id === 'help' || it.id === 'capabilities' || it.id === 'greeting' ? kb.knowledge.bot.examples.slice(0, SEARCH.maxSuggestions) : [],
  };
}
