/**
 * Configuration in one place: the search settings (tuning constants of the
 * engine, with why each has its value) and the environment variables read at
 * start-up. Adapters validate their own credentials next to their code, but
 * every variable is listed in docs/configuration.md and .env.example.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project root, so commands work from any working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The curated knowledge that ships with the bot. */
export const DEFAULT_KNOWLEDGE_DIR = path.join(PROJECT_ROOT, 'knowledge');

/** Where validated knowledge is cached between CLI runs (see src/knowledge/cache.ts). */
export const KNOWLEDGE_CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'factbot');

/** The evaluation set (kept out of knowledge/ so it cannot leak into answers). */
export const DEFAULT_EVAL_FILE = path.join(PROJECT_ROOT, 'tests', 'eval', 'eval.yaml');
/** The Turkish eval set of the curated knowledge (questions in Turkish, same shape), reported as its own section by `eval`. */
export const DEFAULT_TURKISH_EVAL_FILE = path.join(PROJECT_ROOT, 'tests', 'eval', 'turkish.yaml');

/**
 * Search settings. Tuned on the curated eval set (`factbot eval`); change them
 * only with that command's figures before and after.
 */
export const SEARCH = {
  /** Characters of a question used for matching; the rest is ignored, not rejected. */
  maxQuestionChars: 500,
  /** Tokens of a question used for matching (after stop words), bounding the work per question. */
  maxQueryTokens: 40,
  /** Weight of a query term found in each field of a fact. A term counts once, at its best field. */
  fieldWeights: { questions: 1, keywords: 1, tags: 0.7, answer: 0.55 },
  /** A word of a synonym phrase ("energy" in "energy minister") counts this much of the phrase. */
  phrasePartWeight: 0.6,
  /** A term matched only through typo correction counts this much of an exact match. */
  typoWeight: 0.8,
  /**
   * A word the knowledge never uses weighs like a word found in 1/unknownDf of
   * the facts: heavy enough that "price of rare earths" is not answered by a
   * fact that only knows "rare earths".
   */
  unknownDf: 1,
  /** Questions with more content words than this are forgiven unmatched words in proportion. */
  leniencyTerms: 5,
  /** Equally close corrections of one typo kept besides the most common one. */
  maxTypoAlternatives: 4,
  /** Shortest token that typo correction is tried on ("byd" is too short to guess at). */
  minTypoLength: 4,
  /**
   * Suffixing languages (Turkish): an unknown word is read as a word the
   * knowledge uses that it starts with, of at least `minRoot` letters ("çin"
   * in "çine"; shorter roots start too many unrelated words), leaving at most
   * `maxSuffix` letters (Turkish case, possessive and plural endings stack to
   * about that: "-lerinden" is 7).
   */
  suffixed: { minRoot: 3, maxSuffix: 7 },
  /**
   * How many facts the cheap first stage hands to the second (phrasing by
   * phrasing, field by field). 15, 20 and 30 gave the same answers on every
   * set of the quality suite; 15 halves the second stage's work.
   */
  candidates: 15,
  /**
   * Blend of the signals into one score (weights, divided by their sum):
   * coverage of the question's words in any field, similarity to the closest
   * stored phrasing, BM25F over the fields, focus coverage. Chosen on the
   * quality suite (npm run eval:suite) across its knowledge bases, judged by
   * the right answers at the calibrated threshold. fuse.js over the closest
   * phrasings was a signal too; the suite measured no gain from it on any
   * knowledge base, so it went (autocomplete still uses fuse.js).
   */
  blend: { coverage: 0.45, question: 0.35, bm25: 0.4, focus: 0.2 },
  /** BM25F: term saturation, length normalisation and field weights. */
  bm25: { k1: 1.2, b: 0.75, fields: { questions: 1, keywords: 1, tags: 0.5, answer: 0.6 } },
  /**
   * Score factor for a fact none of whose stored questions asks for the kind of
   * answer the question wants (who / where / when / why / how many / how long).
   */
  answerTypeMismatch: 0.7,
  /**
   * How much the runner-up's score counts against the best one when deciding
   * whether to answer: a fact far ahead of the next is more likely right than
   * one neck and neck with it, at the same score.
   */
  runnerUpWeight: 0.3,
  /**
   * The answer threshold used when a knowledge base has too few stored
   * questions to calibrate on (see CALIBRATION); otherwise calibration sets it.
   */
  answerThreshold: 0.5,
  /** Candidates scoring at least this are offered as "did you mean" when the bot abstains. */
  suggestThreshold: 0.3,
  /** How many related questions and suggestions a reply carries. */
  maxRelated: 3,
  maxSuggestions: 3,
  /** Small talk: a whole message within this many edits of a pattern (per 6 characters) counts. */
  smalltalkEditsPer: 6,
} as const;

/**
 * Calibration of the answer threshold from the knowledge itself
 * (src/engine/calibrate.ts), when the index is built.
 */
export const CALIBRATION = {
  /**
   * Default target: at most this share of the questions the knowledge answers
   * may get the wrong fact (1 in 20), and at most `falseFactor` times it of the
   * questions it does not answer may get an answer at all. Lower declines
   * more. ANSWER_MAX_WRONG overrides it.
   */
  maxWrongShare: 0.05,
  /**
   * Of the questions to decline, the share that are near the topic (stood in
   * for by a fact's own questions asked with the fact left out); the rest are
   * off-topic chatter.
   */
  nearTopicShare: 0.75,
  /**
   * Questions the knowledge does not answer may get an answer at most this
   * many times the target share (2: at most 10% at the default, the floor the
   * quality suite holds every knowledge base to). The stand-ins for them (a
   * fact's own questions with the fact left out) are harder than the
   * out-of-scope questions people ask, which came out declined 95–100% in the
   * suite at the default; with a factor of 1 the bot declined more of what it
   * knows for no fewer wrong answers.
   */
  falseFactor: 2,
  /** At most this many stored questions are asked (an even sample beyond it), bounding the build at 100,000 facts. */
  maxPhrasings: 800,
  /** At most this many facts are left out in turn (up to 3 questions each). */
  maxFactsLeftOut: 300,
  /** With fewer stored questions than this, the default threshold is kept (too few to measure). */
  minPhrasings: 10,
  /** The threshold stays within these bounds whatever the knowledge's questions say. */
  minThreshold: 0.3,
  maxThreshold: 0.95,
} as const;

/** Environment variables of the core (adapters add their own). */
const coreEnvSchema = z.object({
  KNOWLEDGE_DIR: z.string().trim().min(1, 'expected a folder path').optional(),
  ANSWER_MAX_WRONG: z
    .string()
    .trim()
    .regex(/^(0(\.\d+)?|\.\d+)$/, 'expected a share between 0 and 0.5, e.g. 0.05')
    .transform(Number)
    .refine((x) => x > 0 && x <= 0.5, 'expected a share between 0 and 0.5, e.g. 0.05')
    .optional(),
});

/** The core's configuration, from the environment. */
export interface CoreConfig {
  knowledgeDir: string;
  /** The calibration target: the share of answers allowed to be wrong (CALIBRATION.maxWrongShare unless ANSWER_MAX_WRONG is set). */
  maxWrongShare: number;
}

/** One `VARIABLE: what is expected` line per issue: the path and our own messages, never the value. */
const problemLines = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

/**
 * What is wrong with the core's variables, one line each; empty when nothing is.
 * `npm start` reports these together with every other module's.
 */
export function coreEnvProblems(env: NodeJS.ProcessEnv): string[] {
  const parsed = coreEnvSchema.safeParse(env);
  return parsed.success ? [] : problemLines(parsed.error);
}

/** Reads the core's variables; throws an Error naming the bad variable (never its value). */
export function coreConfigFromEnv(env: NodeJS.ProcessEnv): CoreConfig {
  const parsed = coreEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration:\n${problemLines(parsed.error).map((line) => `  ${line}`).join('\n')}`);
  return {
    knowledgeDir: path.resolve(parsed.data.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR),
    maxWrongShare: parsed.data.ANSWER_MAX_WRONG ?? CALIBRATION.maxWrongShare,
  };
}
