/**
 * The pure question-answering core: `answer(question, kb) → Reply`. No I/O,
 * no platform formatting, no exceptions for any input string.
 */
import Fuse from 'fuse.js';
import { SEARCH } from '../config.ts';
import type { Knowledge, LoadedFact } from '../knowledge/load.ts';
import type { FactReply, NoneReply, RelatedQuestion, Reply, SmalltalkReply, SourceInfo } from '../reply.ts';
import {
  buildIndex,
  firstStage,
  fuseSimilarity,
  matchPhrasings,
  resolveTerms,
  suggestQuestions,
  type SearchIndex,
} from './index.ts';
import { answerType, cleanInput, editDistance, questionKey, words } from './normalize.ts';

/** Knowledge prepared for answering: the validated data and its indexes. */
export type KnowledgeBase = SearchIndex;

/** Builds the indexes for loaded knowledge (once per load). */
export function createKnowledgeBase(knowledge: Knowledge): KnowledgeBase {
  return buildIndex(knowledge);
}

/** One scored fact, for answers, "did you mean" and evaluation. */
export interface RankedFact {
  factId: string;
  score: number;
  coverage: number;
  question: number;
  fuse: number;
}

/**
 * Ranks facts for a question (best first, at most `limit`). Exposed for the
 * eval command and tests; adapters use {@link answer}.
 */
export function rank(question: string, kb: KnowledgeBase, limit: number = SEARCH.candidates, exclude = -1): RankedFact[] {
  // The question is split into words once, for terms, answer type and fuse.js.
  const ws = words(question);
  const terms = resolveTerms(kb, kb.analyzer.queryTokens(ws));
  if (terms.length === 0) return [];
  const candidates = firstStage(kb, terms, SEARCH.candidates, exclude);
  if (candidates.length === 0) return [];
  const b = SEARCH.blend;
  const type = answerType(question, ws.join(' '));
  const phrasings = matchPhrasings(kb, candidates.map((c) => c.fact), terms);
  // Lexical score first: cheap, and decisive for most questions.
  const ranked: (RankedFact & { fact: number; typeFit: number; closestQuestion: number })[] = candidates.map((c, k) => {
    const { similarity: q, closestQuestion } = phrasings[k]!;
    // "How many tonnes…" is not answered by a fact nobody asks "how many" of.
    const typeFit = type === null || kb.answerTypes[c.fact]!.has(type) ? 1 : SEARCH.answerTypeMismatch;
    const lexical = (b.coverage * c.coverage + b.question * q) / (b.coverage + b.question);
    return { factId: kb.facts[c.fact]!.id, fact: c.fact, coverage: c.coverage, question: q, fuse: 0, typeFit, closestQuestion, score: typeFit * lexical };
  });
  ranked.sort(byScore);
  // fuse.js (Bitap, typo-tolerant over whole phrasings) costs ~20 µs per stored
  // phrasing, so it only weighs in where the lexical score leaves the answer open:
  // a top score short of certain, or a close second.
  const [first, second] = ranked;
  if (first && (first.score < SEARCH.fuseWhenBelow || (second !== undefined && first.score - second.score < SEARCH.fuseWhenMarginBelow))) {
    const top = ranked.slice(0, SEARCH.fuseCandidates);
    const fuse = fuseSimilarity(kb, top, ws);
    for (const r of top) {
      r.fuse = fuse.get(r.fact) ?? 0;
      r.score = Math.min(1, r.typeFit * (b.coverage * r.coverage + b.question * r.question + b.fuse * r.fuse));
    }
    ranked.sort(byScore);
  }
  return ranked.slice(0, limit).map(({ factId, score, coverage, question: q, fuse }) => ({ factId, score, coverage, question: q, fuse }));
}

function byScore(x: { score: number; factId: string }, y: { score: number; factId: string }): number {
  // Ties in id order (code units: localeCompare allocates, and this runs for every comparison).
  return y.score - x.score || (x.factId < y.factId ? -1 : x.factId > y.factId ? 1 : 0);
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

  const ranked = rank(question, kb, SEARCH.maxSuggestions + 1);
  const top = ranked[0];
  if (top && top.score >= SEARCH.answerThreshold && top.coverage >= SEARCH.minCoverage) {
    return factReply(kb.byId.get(top.factId)!, kb, question, top.score);
  }
  const suggestions = ranked
    .filter((r) => r.score >= SEARCH.suggestThreshold)
    .slice(0, SEARCH.maxSuggestions)
    .map((r) => kb.facts[kb.byId.get(r.factId)!]!.questions[0]!);
  const none: NoneReply = {
    kind: 'none',
    reason: 'no-match',
    question,
    answer: `${bot.noMatch} I can answer questions about ${bot.topic}.`,
    confidence: top ? top.score : 0,
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

/** Known questions for what the user has typed so far (autocomplete). */
export function autocomplete(partial: string, kb: KnowledgeBase, limit: number): string[] {
  const text = cleanInput(partial);
  const out = suggestQuestions(kb, text, limit);
  if (out.length >= limit || words(text).length === 0) return out;
  // Typos the word index cannot place: let fuse.js rank the stored questions of the best candidates.
  const seen = new Set(out);
  const terms = resolveTerms(kb, kb.analyzer.queryTokens(text));
  const candidates = firstStage(kb, terms, 10);
  const records = candidates.flatMap((c) => kb.facts[c.fact]!.questions.filter((q) => q.length <= 100));
  if (records.length > 0) {
    const fuse = new Fuse(records, { ignoreLocation: true, threshold: 0.6, ignoreDiacritics: true });
    for (const r of fuse.search(text)) {
      if (out.length >= limit) break;
      if (!seen.has(r.item)) {
        seen.add(r.item);
        out.push(r.item);
      }
    }
  }
  return out;
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

/** Follow-ups: the fact's own `related` list, else its nearest neighbours. */
function relatedOf(i: number, kb: KnowledgeBase): RelatedQuestion[] {
  const fact = kb.facts[i]!;
  let ids = fact.related.map((id) => kb.byId.get(id)).filter((x): x is number => x !== undefined);
  if (ids.length === 0) {
    let near = kb.neighbours.get(i);
    if (!near) {
      const probe = [fact.questions[0] ?? '', ...fact.keywords].join(' ');
      near = rank(probe, kb, SEARCH.maxRelated, i).map((r) => kb.byId.get(r.factId)!);
      kb.neighbours.set(i, near);
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
