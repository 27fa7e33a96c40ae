/**
 * The knowledge file format, as zod schemas. Types are derived from these
 * schemas (never cast from parsed YAML), so what the loader returns is exactly
 * what was validated. The format is documented for maintainers in
 * knowledge/README.md; keep the two in step.
 */
import { z } from 'zod';

/** Ids are lowercase words joined by dashes, so they read well in logs and URLs. */
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase id of letters, digits and dashes (e.g. "beylikova-location")');

const text = z.string().trim().min(1, 'expected non-empty text');

export const citationSchema = z.strictObject({
  /** Id of a source declared in some knowledge file. */
  source: id,
  /** Paragraph numbers in that source, counted from 1. */
  paragraphs: z.array(z.number().int().positive('expected a paragraph number from 1')).min(1, 'expected at least 1 entry'),
});

const answerText = text.max(2000, 'expected at most 2000 characters');
const questionList = z.array(text.max(200, 'expected at most 200 characters')).min(3, 'expected at least 3 entries');

/**
 * A fact in Turkish: its answer and the questions Turkish speakers ask, held
 * to the same limits as the English ones (at least 3 phrasings: calibration
 * leaves each out in turn, as it does the English ones).
 */
export const factTurkishSchema = z.strictObject({
  answer: answerText,
  questions: questionList,
});

/**
 * A keyword: text, or a number written bare. YAML reads `keywords: [age, 17]` as the number 17,
 * and a maintainer who lists a year or an age as a keyword means the word "17".
 */
const keyword = z.preprocess((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v), text);

export const factSchema = z.strictObject({
  id,
  answer: answerText,
  questions: questionList,
  keywords: z.array(keyword).default([]),
  tags: z.array(id).default([]),
  related: z.array(id).max(10, 'expected at most 10 entries').default([]),
  citation: citationSchema,
  /** The fact in Turkish (optional): a Turkish question is answered with it, in Turkish. */
  tr: factTurkishSchema.optional(),
});

/**
 * Whether a source's `url` is a link a person can open: absolute http(s) with a
 * host, nothing a chat platform would cut the link at (whitespace, quotes,
 * angle brackets, `|`). A file path or relative location means nothing to the
 * person reading the answer in Slack or Discord, and the JSON reply promises
 * other tools a link.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /[\s"<>|\\^`{}]/.test(value)) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

export const sourceSchema = z.strictObject({
  id,
  title: text,
  description: text,
  /** A link to the source document; absent when it has none (never a file path). */
  url: z
    .string()
    .max(2048, 'expected at most 2048 characters')
    .refine(isHttpUrl, 'expected an absolute http:// or https:// link (e.g. "https://example.com/report"); leave `url` out when the source has no link')
    .optional(),
  /** How many paragraphs the source has; citations are checked against it. */
  paragraphs: z.number().int().positive().optional(),
  /**
   * The source was written at one moment (a news report, an article): its
   * "last month", "in October" or "now" count from then. The loader then
   * requires answers citing it to anchor such times to the report.
   */
  dated: z.boolean().optional(),
});

/** A file holding one source document and the facts curated from it. */
export const sourceFileSchema = z.strictObject({
  source: sourceSchema,
  facts: z.array(factSchema).default([]),
});

const synonymGroups = z.array(z.array(text).min(2, 'expected at least 2 entries'));

/** Groups of words or phrases that mean the same; the first is the canonical form. */
export const synonymsFileSchema = z.strictObject({
  synonyms: synonymGroups,
  /** The same for Turkish words, used by the Turkish index only (the English groups hold English words: "ev" is a house in Turkish). */
  synonyms_tr: synonymGroups.optional(),
});

export const smalltalkIntentSchema = z.strictObject({
  id,
  /** Whole messages that mean this intent ("hi", "thanks a lot"). */
  patterns: z.array(text).min(1, 'expected at least 1 entry'),
  reply: text,
  /** The reply to a Turkish message (optional; the English `reply` otherwise). Turkish patterns stay in `patterns`. */
  reply_tr: text.optional(),
});

/** The bot's help and fallback words in Turkish, used for Turkish questions. */
export const botTurkishSchema = z.strictObject({
  /** The bot's name in Turkish, if it differs. */
  name: text.optional(),
  topic: text,
  examples: z.array(text).min(1, 'expected at least 1 entry').max(10),
  empty: text,
  noMatch: text,
});

/** The bot's own words: small talk, the help text and the fallbacks. */
export const smalltalkFileSchema = z.strictObject({
  bot: z.strictObject({
    name: text,
    /** One line on what the bot knows, used in help and fallbacks. */
    topic: text,
    /** Questions shown as examples in help and when nothing matched. */
    examples: z.array(text).min(1, 'expected at least 1 entry').max(10),
    /** Reply to an empty message. */
    empty: text,
    /** Reply when the question is outside the knowledge. */
    noMatch: text,
    /** The same words in Turkish (optional). */
    tr: botTurkishSchema.optional(),
  }),
  intents: z.array(smalltalkIntentSchema).default([]),
});

/**
 * Questions maintainers marked as ones the bot should decline (the knowledge
 * does not answer them, though they sound as if it might). Calibration counts
 * them among the questions to decline; they are never answers.
 */
export const outOfScopeFileSchema = z.strictObject({
  out_of_scope: z.array(text.max(500, 'expected at most 500 characters')),
});

export type Citation = z.infer<typeof citationSchema>;
export type Fact = z.infer<typeof factSchema>;
export type FactTurkish = z.infer<typeof factTurkishSchema>;
export type BotTurkish = z.infer<typeof botTurkishSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
export type SmalltalkIntent = z.infer<typeof smalltalkIntentSchema>;
export type SmalltalkFile = z.infer<typeof smalltalkFileSchema>;
export type OutOfScopeFile = z.infer<typeof outOfScopeFileSchema>;

// ---------------------------------------------------------------------------
// Loaded knowledge: what the loader hands the engine, built from the file
// schemas above. It is the one description of `Knowledge`: the loader's types
// are inferred from it and the cache checks its entries with it, so a field
// added here is required of both at once.
// ---------------------------------------------------------------------------

/** A fact as loaded: the validated fields plus where it was written. */
export const loadedFactSchema = factSchema.extend({
  // The file's defaults were applied when it was read, so a loaded fact has every
  // list: one without (a damaged cache entry) is wrong, not short of an optional field.
  // (As text: a bare number was read as its word when the file was, and the cache's codec cannot encode that back.)
  keywords: z.array(text),
  tags: factSchema.shape.tags.unwrap(),
  related: factSchema.shape.related.unwrap(),
  /** The file, as shown to people (relative to the working directory when inside it). */
  file: z.string(),
  /** 1-based line of the fact in that file. */
  line: z.number().int().positive(),
});

/** Validated knowledge, ready for the engine. */
export const knowledgeSchema = z.strictObject({
  /** Sources by id. */
  sources: z
    .map(id, sourceSchema)
    .refine((sources) => [...sources].every(([key, source]) => key === source.id), 'expected every source under its own id'),
  facts: z.array(loadedFactSchema),
  /** Synonym groups, canonical form first. */
  synonyms: synonymsFileSchema.shape.synonyms,
  /** Turkish synonym groups (`synonyms_tr:`), for the Turkish index. */
  synonymsTr: synonymGroups.optional(),
  /** The bot's own words: name, topic, examples, fallbacks. */
  bot: smalltalkFileSchema.shape.bot,
  /** Small-talk intents (the file's default applied: always a list). */
  intents: smalltalkFileSchema.shape.intents.unwrap(),
  /** Questions maintainers marked as ones the bot should decline (`out_of_scope:` files; calibration counts them as out of scope). */
  outOfScope: outOfScopeFileSchema.shape.out_of_scope.optional(),
  /** The files it came from and their sizes. */
  files: z.array(z.strictObject({ file: z.string(), bytes: z.number().int().nonnegative() })),
  /** A hash of every file's name and text: equal fingerprints mean identical knowledge. */
  fingerprint: z.string(),
});

export type LoadedFact = z.infer<typeof loadedFactSchema>;
export type Knowledge = z.infer<typeof knowledgeSchema>;
