/**
 * Deterministic synthetic knowledge for benchmarks and scale tests: realistic-
 * looking facts in the project's own format, plus an eval set of queries
 * (stored phrasings with a word dropped or swapped and a typo) and
 * out-of-scope questions about things the knowledge does not contain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { EvalSet } from './eval.ts';
import type { Knowledge, LoadedFact } from './knowledge/load.ts';
import { smalltalkFileSchema, sourceFileSchema, synonymsFileSchema, type Fact, type SmalltalkFile, type Source } from './knowledge/schema.ts';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same knowledge. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka ri to mel van sor dun pel ash bri cor dal fen gor hal ist jor kel lum mar nor ost pra quin ros sel tam ulm ver wex yor zan bel cam dor eth fal gan'.split(' ');
const REGIONS = ['northern highlands', 'coastal plain', 'eastern valley', 'central plateau', 'southern delta', 'western hills', 'river basin', 'mountain pass'];
const MATERIALS = ['lithium', 'cobalt', 'graphite', 'nickel', 'boron', 'copper', 'zinc', 'manganese', 'tin', 'tungsten'];
const PRODUCTS = ['electric buses', 'battery cells', 'solar panels', 'wind turbines', 'heat pumps', 'delivery vans', 'charging stations', 'magnets'];
const ROLES = ['trade minister', 'energy adviser', 'mining envoy', 'industry secretary', 'transport chief', 'finance director'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A fact template: how a kind of fact is answered and asked. `{e}` is the entity's name. */
interface Template {
  kind: string;
  answer: (e: string, pick: <T>(xs: T[]) => T) => string;
  questions: string[];
  /**
   * How people ask it in styles no stored phrasing uses (keyword queries,
   * commands, other verbs, chat), for the quality suite's "unseen styles"
   * questions. Written from the answer, not tuned to the engine.
   */
  asked: string[];
  keywords: (e: string, pick: <T>(xs: T[]) => T) => string[];
}

const TEMPLATES: Template[] = [
  {
    kind: 'location',
    answer: (e, pick) => `The ${e} deposit lies in the ${pick(REGIONS)}, a few hours from the nearest port, and surveyors describe it as one of the larger finds of the decade in that area.`,
    questions: ['Where is the {e} deposit located?', 'In which region can the {e} deposit be found?', 'Which part of the country holds the {e} deposit?'],
    asked: ['{e} deposit location', 'where can i find the {e} deposit', 'tell me where the {e} deposit is', 'whereabouts is the {e} deposit', 'what area is the {e} deposit in', 'so where exactly is the {e} deposit lol'],
    keywords: (e, pick) => [e, 'deposit', 'location', 'region', pick(REGIONS)],
  },
  {
    kind: 'material',
    answer: (e, pick) => `Geologists say the ${e} mine mostly yields ${pick(MATERIALS)}, with smaller amounts of ${pick(MATERIALS)} that the operator plans to process on site before export.`,
    questions: ['What does the {e} mine produce?', 'Which mineral comes out of the {e} mine?', 'What is extracted at the {e} mine?'],
    asked: ['{e} mine output', 'what do they dig up at the {e} mine', 'what minerals does the {e} mine yield', 'tell me what comes from the {e} mine', 'what gets mined at {e}', 'which ore is the {e} mine known for'],
    keywords: (e, pick) => [e, 'mine', 'mineral', pick(MATERIALS), 'output'],
  },
  {
    kind: 'factory',
    answer: (e, pick) => `The ${e} plant was announced to build ${pick(PRODUCTS)} for export, employing several thousand workers once its second production line opens.`,
    questions: ['What will the {e} plant build?', 'Which products come from the {e} factory?', 'What does the {e} facility manufacture?'],
    asked: ['{e} plant products', 'what is made at the {e} factory', 'what will they produce at the {e} plant', 'what goods will the {e} facility make', 'tell me what the {e} factory makes pls', 'whats the {e} plant for'],
    keywords: (e, pick) => [e, 'plant', 'factory', pick(PRODUCTS), 'production'],
  },
  {
    kind: 'person',
    answer: (e, pick) => `${e} serves as the ${pick(ROLES)} and led the most recent round of negotiations with foreign investors over processing rights.`,
    questions: ['Who is {e}?', 'What role does {e} hold in the government?', 'What is the job of {e}?'],
    asked: ['{e} role', 'what does {e} do', 'whats {e}s position', 'tell me about {e}', 'who exactly is this {e} person', 'which post does {e} have'],
    keywords: (e, pick) => [e, 'official', pick(ROLES), 'negotiations', 'government'],
  },
  {
    kind: 'agreement',
    answer: (e, pick) => `The ${e} accord was signed in ${pick(MONTHS)} and commits both partners to joint refining, shared research funding and a common export quota for five years.`,
    questions: ['When was the {e} accord signed?', 'What does the {e} agreement commit the partners to?', 'What is in the {e} deal?'],
    asked: ['{e} accord terms', 'what did the partners agree in the {e} accord', 'when did they sign the {e} agreement', 'tell me about the {e} deal', 'what are the {e} accord commitments', 'whats the {e} deal about'],
    keywords: (e, pick) => [e, 'accord', 'agreement', 'signed', pick(MONTHS)],
  },
  {
    kind: 'company',
    answer: (e, pick) => `${e} Holdings is a private group that invests in ${pick(MATERIALS)} refining and recently opened talks about a joint venture for ${pick(PRODUCTS)}.`,
    questions: ['What kind of company is {e} Holdings?', 'What does {e} Holdings invest in?', 'Which business is {e} Holdings in?'],
    asked: ['{e} holdings business', 'what does {e} holdings do', 'where does {e} holdings put its money', 'tell me about {e} holdings', 'what sector is {e} holdings in', 'what is {e} holdings'],
    keywords: (e) => [e, 'holdings', 'company', 'investor', 'joint venture'],
  },
];

/** Words that never occur in synthetic knowledge, for out-of-scope questions. */
const OFF_TOPIC = [
  'What is the weather like in the capital tomorrow?',
  'How do I reset my password?',
  'Who won the football match last night?',
  'What is a good recipe for lentil soup?',
  'How much does a flight to Paris cost?',
  'Can you recommend a good novel?',
];

/** Options for {@link synthesize}. */
export interface SynthOptions {
  facts: number;
  seed?: number;
  /** Facts per source file (files stay well under the loader's size limit). */
  perFile?: number;
  /** How many answerable and out-of-scope queries to write. */
  queries?: number;
  outOfScope?: number;
}

/** What {@link synthesize} returns: source files' contents and the eval sets. */
export interface Synthetic {
  files: { name: string; data: unknown }[];
  facts: Fact[];
  /** Stored phrasings retyped (a word dropped or two swapped) with one typo, and out-of-scope questions. */
  evalSet: EvalSet;
  /** Questions in styles no stored phrasing uses (see `Template.asked`), and out-of-scope questions in those styles. */
  unseen: EvalSet;
}

function entityName(i: number): string {
  // Unique by construction: the digits of i in base SYLLABLES.length pick the syllables.
  const n = SYLLABLES.length;
  let name = '';
  let k = i + n; // at least two syllables
  while (k > 0) {
    name += SYLLABLES[k % n];
    k = Math.floor(k / n);
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Introduces one typo (swap, drop or replace a letter) into a word of 5+ letters, if there is one. */
function typo(text: string, rand: () => number): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w));
  if (long.length === 0) return text;
  const [word, idx] = long[Math.floor(rand() * long.length)]!;
  const p = 1 + Math.floor(rand() * (word.length - 2));
  const kind = Math.floor(rand() * 3);
  const changed =
    kind === 0
      ? word.slice(0, p) + word[p + 1] + word[p] + word.slice(p + 2)
      : kind === 1
        ? word.slice(0, p) + word.slice(p + 1)
        : word.slice(0, p) + 'aeiou'[Math.floor(rand() * 5)] + word.slice(p + 1);
  words[idx] = changed;
  return words.join(' ');
}

/** Drops one short word or swaps two neighbours, the way people retype a question. */
function rephrase(text: string, rand: () => number): string {
  const words = text.replace(/\?$/, '').split(' ');
  if (rand() < 0.5 && words.length > 4) {
    const candidates = words.map((w, i) => [w, i] as const).filter(([w, i]) => i > 0 && w.length <= 4);
    const drop = candidates.length > 0 ? candidates[Math.floor(rand() * candidates.length)]![1] : 1;
    words.splice(drop, 1);
  } else if (words.length > 2) {
    const i = 1 + Math.floor(rand() * (words.length - 2));
    [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
  }
  return words.join(' ').toLowerCase();
}

/** Builds synthetic knowledge in memory (deterministic for a seed). */
export function synthesize(options: SynthOptions): Synthetic {
  const rand = prng(options.seed ?? 42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const perFile = options.perFile ?? 1000;
  const facts: Fact[] = [];
  const entities: string[] = [];
  for (let i = 0; i < options.facts; i++) {
    const t = TEMPLATES[i % TEMPLATES.length]!;
    const e = entityName(i);
    entities.push(e);
    const qs = t.questions.map((q) => q.replace('{e}', e));
    // Two stored phrasings a fact, as in the measurements; a third only so the format's minimum of 3 holds.
    facts.push({
      id: `syn-${t.kind}-${i}`,
      answer: t.answer(e, pick),
      questions: qs,
      keywords: t.keywords(e, pick),
      tags: [t.kind, 'synthetic'],
      related: [],
      citation: { source: `synthetic-${Math.floor(i / perFile)}`, paragraphs: [1 + (i % 20)] },
    });
  }
  // Related ids: neighbours of the same kind, always existing.
  for (let i = 0; i < facts.length; i++) {
    const rel = [i + TEMPLATES.length, i - TEMPLATES.length].filter((j) => j >= 0 && j < facts.length);
    facts[i]!.related = rel.map((j) => facts[j]!.id);
  }

  const files: { name: string; data: unknown }[] = [];
  for (let f = 0; f * perFile < facts.length; f++) {
    files.push({
      name: `synthetic-${String(f).padStart(4, '0')}.yaml`,
      data: {
        source: { id: `synthetic-${f}`, title: `Synthetic report ${f}`, description: 'Generated facts for benchmarks (factbot synth).', paragraphs: 20 },
        facts: facts.slice(f * perFile, (f + 1) * perFile),
      },
    });
  }
  files.push({ name: 'synonyms.yaml', data: { synonyms: [['factory', 'plant', 'facility'], ['agreement', 'accord', 'deal'], ['company', 'firm', 'group']] } });
  files.push({
    name: 'smalltalk.yaml',
    data: {
      bot: {
        name: 'factbot',
        topic: 'synthetic deposits, mines, plants, officials, accords and companies',
        examples: [facts[0]?.questions[0] ?? 'Where is the deposit?'],
        empty: 'Ask me a question.',
        noMatch: "Sorry, I don't know that.",
      },
      intents: [{ id: 'greeting', patterns: ['hi', 'hello'], reply: 'Hello!' }, { id: 'help', patterns: ['help'], reply: 'Ask me about the synthetic knowledge.' }],
    },
  });

  // Queries: a stored phrasing (one of the first two), retyped with one typo.
  const answerable: EvalSet['answerable'] = [];
  const nQueries = Math.min(options.queries ?? 300, facts.length);
  for (let k = 0; k < nQueries; k++) {
    const i = Math.floor(rand() * facts.length);
    const fact = facts[i]!;
    answerable.push({ q: typo(rephrase(fact.questions[Math.floor(rand() * 2)]!, rand), rand), expect: fact.id });
  }
  // Out of scope: the same kinds of questions about entities that do not exist, and off-topic ones.
  const outOfScope: string[] = [];
  const nOut = options.outOfScope ?? 100;
  for (let k = 0; k < nOut; k++) {
    if (k % 4 === 3) outOfScope.push(OFF_TOPIC[k % OFF_TOPIC.length]!);
    else {
      const t = pick(TEMPLATES);
      const ghost = `Zy${entityName(options.facts + 1000 + k * 7919).toLowerCase()}x`;
      outOfScope.push(pick(t.questions).replace('{e}', ghost).toLowerCase());
    }
  }
  return { files, facts, evalSet: { answerable, out_of_scope: outOfScope }, unseen: unseenQueries(facts, options) };
}

/**
 * Questions in the styles of `Template.asked`, from a PRNG of their own (so
 * adding them left the other eval set as it was): the answerable ones name a
 * fact's entity, the out-of-scope ones an entity that does not exist, or are
 * off-topic.
 */
function unseenQueries(facts: Fact[], options: SynthOptions): EvalSet {
  const rand = prng((options.seed ?? 42) + 7919);
  const answerable: EvalSet['answerable'] = [];
  const nQueries = Math.min(options.queries ?? 300, facts.length);
  for (let k = 0; k < nQueries; k++) {
    const i = Math.floor(rand() * facts.length);
    const t = TEMPLATES[i % TEMPLATES.length]!;
    const style = t.asked[Math.floor(rand() * t.asked.length)]!;
    answerable.push({ q: style.replace('{e}', entityName(i).toLowerCase()), expect: facts[i]!.id });
  }
  const outOfScope: string[] = [];
  const nOut = options.outOfScope ?? 100;
  for (let k = 0; k < nOut; k++) {
    if (k % 4 === 3) outOfScope.push(OFF_TOPIC[(k >> 2) % OFF_TOPIC.length]!.toLowerCase());
    else {
      const t = TEMPLATES[Math.floor(rand() * TEMPLATES.length)]!;
      const ghost = `zy${entityName(options.facts + 5000 + k * 7919).toLowerCase()}`;
      outOfScope.push(t.asked[Math.floor(rand() * t.asked.length)]!.replace('{e}', ghost));
    }
  }
  return { answerable, out_of_scope: outOfScope };
}

/** Files {@link writeSynthetic} may write: the fixed names a knowledge folder has too, and the numbered fact files. */
const SYNTH_FILE = /^(smalltalk\.yaml|synonyms\.yaml|_eval\.yaml|synthetic-\d{4,}\.yaml)$/;

/**
 * What is at `dir` now, for `synth --out`: writing replaces files of the same
 * names (a knowledge folder's synonyms.yaml and smalltalk.yaml), so a folder
 * that holds anything is written into only when the caller insists.
 * `overwritten`: the entries synth would replace.
 */
export function synthTarget(dir: string): { kind: 'absent' | 'empty' | 'file' } | { kind: 'not-empty'; entries: number; overwritten: string[] } {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent' };
    if (code === 'ENOTDIR') return { kind: 'file' };
    throw e;
  }
  if (entries.length === 0) return { kind: 'empty' };
  return { kind: 'not-empty', entries: entries.length, overwritten: entries.filter((e) => SYNTH_FILE.test(e)).sort() };
}

/** Writes synthetic knowledge to a folder, with its eval set as `_eval.yaml` (skipped by the loader). */
export function writeSynthetic(dir: string, synthetic: Synthetic): { files: number; evalFile: string } {
  fs.mkdirSync(dir, { recursive: true });
  for (const file of synthetic.files) fs.writeFileSync(path.join(dir, file.name), stringify(file.data, { lineWidth: 0 }));
  const evalFile = path.join(dir, '_eval.yaml');
  fs.writeFileSync(evalFile, stringify(synthetic.evalSet, { lineWidth: 0 }));
  return { files: synthetic.files.length, evalFile };
}

/**
 * Turns synthetic files into validated Knowledge without a YAML round trip
 * (benchmarks build 100,000 facts; parsing that much YAML would measure the
 * YAML parser, not the engine). Validation is the same zod schemas: each file
 * by its file schema, as the loader does, and the result is typed by the
 * knowledge schema built from them. The whole is not parsed again with
 * `knowledgeSchema`: every part of it was just validated, and a second pass
 * over 100,000 facts would double the build (about 2 s).
 */
export function knowledgeFromSynthetic(synthetic: Synthetic): Knowledge {
  const sources = new Map<string, Source>();
  const facts: LoadedFact[] = [];
  let synonyms: Knowledge['synonyms'] = [];
  let bot: SmalltalkFile | undefined;
  for (const { name: file, data } of synthetic.files) {
    // Which schema a file answers to, by its top-level key, as the loader decides.
    const has = (key: string) => typeof data === 'object' && data !== null && key in data;
    if (has('source')) {
      const parsed = sourceFileSchema.parse(data);
      sources.set(parsed.source.id, parsed.source);
      parsed.facts.forEach((fact, i) => facts.push({ ...fact, file, line: i + 1 }));
    } else if (has('synonyms')) synonyms = synonymsFileSchema.parse(data).synonyms;
    else bot = smalltalkFileSchema.parse(data);
  }
  if (!bot) throw new Error('synthetic knowledge without a bot file');
  return {
    sources,
    facts,
    synonyms,
    bot: bot.bot,
    intents: bot.intents,
    files: synthetic.files.map((f) => ({ file: f.name, bytes: 0 })),
    fingerprint: `synthetic-${facts.length}`,
  };
}
