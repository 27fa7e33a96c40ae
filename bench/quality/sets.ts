/**
 * The knowledge bases and questions of the answer-quality suite
 * (`npm run eval:suite`, bench/quality.ts). Each is knowledge plus one or more
 * sets of questions: answerable ones with the fact(s) that answer them, and
 * out-of-scope ones that no fact answers. Tests import these to gate floors
 * on the sets that ship with the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_EVAL_FILE, DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT } from '../../src/config.ts';
import { questionKey } from '../../src/text/normalize.ts';
import { loadEvalSet, type EvalSet } from '../../src/eval.ts';
import { loadKnowledge, type Knowledge, type LoadedFact } from '../../src/knowledge/load.ts';
import { knowledgeSchema, loadedFactSchema } from '../../src/knowledge/schema.ts';
import { knowledgeFromSynthetic, synthesize } from '../../src/synth.ts';

/** Questions for one knowledge base. `expect` lists every fact that counts as right (usually one). */
export interface SuiteQuestions {
  label: string;
  answerable: { q: string; expect: string[] }[];
  outOfScope: string[];
}

/** One knowledge base of the suite. */
export interface SuiteKnowledge {
  name: string;
  /** One line: what it is and where its questions come from. */
  about: string;
  knowledge: Knowledge;
  questions: SuiteQuestions[];
}

/** The extra knowledge bases written for the suite: tests/eval/kb/<name>/{knowledge/,questions.yaml}. */
export const KB_DIR = path.join(PROJECT_ROOT, 'tests', 'eval', 'kb');

/** The curated eval set's questions, and those written from the answers alone by someone who never saw the phrasings. */
export const CURATED_UNSEEN_FILE = path.join(PROJECT_ROOT, 'tests', 'eval', 'curated-unseen.yaml');

export function fromEvalSet(label: string, set: EvalSet): SuiteQuestions {
  return { label, answerable: set.answerable.map((a) => ({ q: a.q, expect: [a.expect] })), outOfScope: set.out_of_scope };
}

function load(dir: string): Knowledge {
  const r = loadKnowledge(dir);
  if (!r.ok) throw new Error(`${dir} does not load: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.knowledge;
}

/** The knowledge with every fact cut to its first `n` stored questions (keywords, answer and the rest kept). */
export function leanKnowledge(knowledge: Knowledge, n = 3): Knowledge {
  return { ...knowledge, facts: knowledge.facts.map((f) => ({ ...f, questions: f.questions.slice(0, n) })), fingerprint: `${knowledge.fingerprint}-lean${n}` };
}

/** The curated knowledge as it ships, and cut to 3 phrasings a fact; each with the curated eval set and the unseen questions. */
export function curatedSets(): SuiteKnowledge[] {
  const knowledge = load(DEFAULT_KNOWLEDGE_DIR);
  const questions = [fromEvalSet('eval set', loadEvalSet(DEFAULT_EVAL_FILE)), fromEvalSet('unseen questions', loadEvalSet(CURATED_UNSEEN_FILE))];
  return [
    { name: 'curated', about: 'knowledge/ as it ships (~14 phrasings a fact)', knowledge, questions },
    { name: 'curated, 3 phrasings', about: 'knowledge/ with every fact cut to its first 3 phrasings', knowledge: leanKnowledge(knowledge, 3), questions },
  ];
}

/** A knowledge base written for the suite: its folder and the questions written from its answers alone. */
export function folderSet(name: string, about: string): SuiteKnowledge {
  const dir = path.join(KB_DIR, name);
  return {
    name,
    about,
    knowledge: load(path.join(dir, 'knowledge')),
    questions: [fromEvalSet('people\'s questions', loadEvalSet(path.join(dir, 'questions.yaml')))],
  };
}

/** Synthetic knowledge of `facts` facts: questions in styles no stored phrasing uses, and stored phrasings retyped with a typo. */
export function synthSet(facts: number, queries = 500, outOfScope = 200): SuiteKnowledge {
  const synthetic = synthesize({ facts, seed: 42, queries, outOfScope });
  return {
    name: `synth ${facts.toLocaleString('en')}`,
    about: `\`factbot synth\`: ${facts.toLocaleString('en')} facts of 3 phrasings`,
    knowledge: knowledgeFromSynthetic(synthetic),
    questions: [fromEvalSet('unseen styles', synthetic.unseen), fromEvalSet('stored + typo', synthetic.evalSet)],
  };
}

/**
 * CovidFAQ as knowledge: the knowledge schema, but a fact keeps the phrasings
 * the data has (its FAQ question and up to 2 people's), for some fewer than
 * the 3 a knowledge file must have; at least one, so each can be asked.
 */
const covidKnowledgeSchema = knowledgeSchema.extend({
  facts: z.array(loadedFactSchema.extend({ questions: z.array(loadedFactSchema.shape.questions.element).min(1, 'expected at least 1 entry') })),
});

/** Where CovidFAQ is looked for when neither an argument nor COVIDFAQ_PATH names it. */
export const DEFAULT_COVIDFAQ = path.resolve(PROJECT_ROOT, '..', 'shared', 'datasets', 'covidfaq');

/** One row of CovidFAQ's query_answer_pairs.json (the fields the suite reads; others are ignored). */
const covidRowsSchema = z.array(z.object({ query_type: z.string(), question: z.string(), answer: z.string() }));

/**
 * CovidFAQ (JHU COVID-QA as redistributed by BERT-FAQ, MIT licence; read from
 * `dir`, never copied): 67 FAQ answers and 1,387 questions people typed, each
 * paired with the answer it should get. Every fifth answer (in order of first
 * appearance) is held out of the knowledge and its people's questions are
 * out of scope. The others become facts whose phrasings are the FAQ question
 * plus the first 2 people's questions paired with that answer alone. The
 * remaining distinct people's questions are asked; one typed identically for
 * several answers counts as right with any of them (the data pairs 224
 * question texts with more than one answer).
 */
export function covidfaqSet(dir: string): SuiteKnowledge {
  const file = path.join(dir, 'query_answer_pairs.json');
  const parsed = covidRowsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not CovidFAQ's query/answer pairs (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  const rows = parsed.data;
  const groups = new Map<string, { faq: string[]; user: string[] }>();
  for (const r of rows) {
    const a = r.answer.trim();
    let g = groups.get(a);
    if (!g) groups.set(a, (g = { faq: [], user: [] }));
    (r.query_type === 'faq' ? g.faq : g.user).push(r.question.trim());
  }
  // Which answers each question text is paired with.
  const answersOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const k = questionKey(r.question);
    if (!k) continue;
    let s = answersOf.get(k);
    if (!s) answersOf.set(k, (s = new Set()));
    s.add(r.answer.trim());
  }
  const facts: LoadedFact[] = [];
  const factOfAnswer = new Map<string, string>();
  const stored = new Set<string>();
  let g = 0;
  for (const [answerText, group] of groups) {
    const held = g % 5 === 4;
    g++;
    if (held) continue;
    const id = `faq-${g}`;
    const questions: string[] = [];
    const add = (q: string) => {
      const k = questionKey(q);
      if (!k || stored.has(k)) return false;
      stored.add(k);
      questions.push(q);
      return true;
    };
    for (const q of group.faq) add(q);
    let people = 0;
    for (const q of group.user) {
      if (people >= 2) break;
      if (answersOf.get(questionKey(q))?.size === 1 && add(q)) people++;
    }
    factOfAnswer.set(answerText, id);
    facts.push({
      id,
      // Its "[[Would you like to know more…?]]" prompts are chatbot buttons, not answer text.
      answer: answerText.replace(/\[\[[^\]]*\]\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 2000),
      questions,
      keywords: [],
      tags: [],
      related: [],
      citation: { source: 'covidfaq', paragraphs: [g] },
      file: 'covidfaq',
      line: g,
    });
  }
  const answerable: SuiteQuestions['answerable'] = [];
  const outOfScope: string[] = [];
  const asked = new Set<string>();
  for (const r of rows) {
    if (r.query_type !== 'user_query') continue;
    const k = questionKey(r.question);
    if (!k || stored.has(k) || asked.has(k)) continue;
    asked.add(k);
    const expect = [...(answersOf.get(k) ?? [])].map((a) => factOfAnswer.get(a)).filter((id): id is string => id !== undefined);
    if (expect.length > 0) answerable.push({ q: r.question.trim(), expect });
    else outOfScope.push(r.question.trim());
  }
  // Checked like knowledge from a file (ids, answer length, citations): the rows come from outside, and a few dozen facts check in no time.
  const checked = covidKnowledgeSchema.safeParse({
    sources: new Map([['covidfaq', { id: 'covidfaq', title: 'CovidFAQ', description: 'JHU COVID-QA FAQ answers (BERT-FAQ redistribution).' }]]),
    facts,
    synonyms: [],
    bot: { name: 'factbot', topic: 'COVID-19', examples: ['What is COVID-19?'], empty: 'Ask me a question.', noMatch: "Sorry, I don't know that." },
    intents: [
      { id: 'greeting', patterns: ['hi', 'hello', 'hey'], reply: 'Hello!' },
      { id: 'help', patterns: ['help', 'what can you do'], reply: 'I answer questions about COVID-19.' },
      { id: 'thanks', patterns: ['thanks', 'thank you'], reply: "You're welcome!" },
    ],
    files: [],
    fingerprint: 'covidfaq',
  } satisfies Knowledge);
  if (!checked.success) throw new Error(`${dir} does not make valid knowledge: ${z.prettifyError(checked.error)}`);
  const knowledge: Knowledge = checked.data;
  return {
    name: 'CovidFAQ',
    about: `${facts.length} FAQ answers as facts (FAQ question + 2 people's questions), every 5th answer held out`,
    knowledge,
    questions: [{ label: "people's questions", answerable, outOfScope }],
  };
}

/** The knowledge bases written for the suite (tests/eval/kb), with what they are. */
export const OWN_KBS: { name: string; about: string }[] = [
  { name: 'library', about: 'a fictional town library guide, 3 phrasings a fact' },
  { name: 'tidesync', about: 'a fictional sync tool\'s support FAQ, 3 phrasings a fact' },
  { name: 'bakery', about: 'a fictional bakery chain\'s staff handbook, 3–5 phrasings a fact' },
  { name: 'course', about: 'a fictional university course\'s student FAQ, 3–4 phrasings a fact; questions written as students ask, not in the answers\' words' },
  { name: 'lanterns', about: 'a fictional board game\'s rules FAQ, 3 phrasings a fact; questions written as players ask, not in the answers\' words' },
  { name: 'recycling', about: 'a fictional council\'s bins and recycling guide, 3 phrasings a fact; questions written as residents ask, not in the answers\' words' },
  { name: 'leisure', about: 'a fictional leisure centre\'s member FAQ, 3 phrasings a fact, written by one helper; questions written from its answers alone by another, measured once before any change it prompted' },
  { name: 'dental', about: 'a fictional dental practice\'s patient FAQ, 3 phrasings a fact, written by one helper; questions written from its answers alone by another (2026-12-04), measured once on arrival' },
  { name: 'cowork', about: 'a fictional coworking space\'s members\' FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04), measured once on arrival' },
  { name: 'vet', about: 'a fictional veterinary practice\'s customer FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, fifth session), measured once on arrival' },
  { name: 'rail', about: 'a fictional regional railway\'s passenger FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, fifth session), measured once on arrival' },
  { name: 'bikeshare', about: 'a fictional city bike-share scheme\'s rider FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, seventh session), measured once on arrival' },
  { name: 'parking', about: 'a fictional council\'s parking permit FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, eighth session), measured once on arrival' },
  { name: 'marathon', about: 'a fictional city marathon\'s runner FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, ninth session), measured once on arrival' },
  { name: 'hotel', about: 'a fictional harbour hotel\'s guest FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, tenth session), measured once on arrival' },
  { name: 'campsite', about: 'a fictional lakeside campsite\'s guest FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, eleventh session), measured once on arrival' },
  { name: 'broadband', about: 'a fictional home broadband provider\'s customer FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, twelfth session), measured once on arrival' },
  { name: 'museum', about: 'a fictional city museum\'s visitor FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-04, thirteenth session), measured once on arrival' },
  { name: 'kestrel', about: 'a fictional ski area\'s visitor FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-05), measured once on arrival' },
  { name: 'greyhaven', about: 'a fictional island ferry company\'s passenger FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-05, second session), measured once on arrival' },
  { name: 'stackwell', about: 'a fictional self-storage company\'s customer FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-05, third session), measured once on arrival' },
  { name: 'larkspur', about: 'a fictional driving school\'s pupil FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-05, fourth session), measured once on arrival' },
  { name: 'quillmere', about: 'a fictional island ferry operator\'s passenger FAQ (the domain of greyhaven, written anew by other helpers), 3 phrasings a fact, written and asked the same way as dental (2026-12-05, fifth session), measured once on arrival' },
  { name: 'ashcombe', about: 'a fictional university\'s student accommodation FAQ (halls of residence), 3 phrasings a fact, written and asked the same way as dental (2026-12-05, fifth session), measured once on arrival' },
  { name: 'fenmoor', about: 'a fictional water and sewerage company\'s customer FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-05, sixth session), measured once on arrival' },
  { name: 'threadwell', about: 'a fictional online clothing retailer\'s customer service FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-05, sixth session), measured once on arrival' },
  { name: 'harrowby', about: 'a fictional home insurer\'s customer FAQ (buildings and contents cover), 3 phrasings a fact, written and asked the same way as dental (2026-12-05, seventh session), measured once on arrival' },
  { name: 'brackenridge', about: 'a fictional car and van hire company\'s customer FAQ, 3 phrasings a fact, written and asked the same way as dental (2026-12-05, eighth session), measured once on arrival' },
];
