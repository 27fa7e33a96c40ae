/**
 * Test helpers: small knowledge folders written to temp dirs, and loaders that
 * fail loudly (with the formatted issues) when a fixture does not validate.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/engine/answer.ts';
import { loadEvalSet } from '../../src/eval.ts';
import { formatIssue, loadKnowledge, type Knowledge } from '../../src/knowledge/load.ts';

/** The repository root (tests spawn the CLI from here). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The curated knowledge that ships with the bot. */
export const REAL_KNOWLEDGE_DIR = path.join(REPO_ROOT, 'knowledge');

const created: string[] = [];

/** Creates an empty temp dir (removed by {@link removeTempDirs}). */
export function makeTempDir(prefix = 'factbot-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Writes `files` (relative path → text; sub-folders are created) into a new temp dir and returns it. */
export function writeKnowledge(files: Record<string, string>): string {
  const dir = makeTempDir();
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return dir;
}

/** Removes every temp dir made by this module (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** 1-based line of the first line of `text` containing `needle` (throws when absent, so a typo in a test fails). */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`"${needle}" (occurrence ${occurrence}) not found in fixture`);
}

/** Loads a folder that must be valid; throws with every formatted issue otherwise. */
export function loadOk(dir: string): Knowledge {
  const r = loadKnowledge(dir);
  if (!r.ok) throw new Error(`fixture does not load:\n${r.errors.map(formatIssue).join('\n')}`);
  return r.knowledge;
}

/** Loads a folder and builds its knowledge base. */
export function kbOf(dir: string): KnowledgeBase {
  return createKnowledgeBase(loadOk(dir));
}

let real: KnowledgeBase | undefined;
/** The knowledge base of the real knowledge/ folder (built once per test file). */
export function realKb(): KnowledgeBase {
  return (real ??= kbOf(REAL_KNOWLEDGE_DIR));
}

// ---------------------------------------------------------------------------
// A small, fully controlled knowledge: 6 facts, 3 synonym groups, 3 intents.
// ---------------------------------------------------------------------------

export const MINI_BOT = `bot:
  name: minibot
  topic: the Beylikova rare-earth deposit in Türkiye
  examples:
    - Where is the deposit?
    - How big is the deposit?
    - What is BYD building?
    - Who did Erdoğan meet?
  empty: Ask me a question, for example "Where is the deposit?"
  noMatch: Sorry, I don't know that.
intents:
  - id: greeting
    patterns: [hi, hello, hey, good morning]
    reply: Hello! Ask me about the deposit.
  - id: thanks
    patterns: [thanks, thank you, thx]
    reply: You're welcome!
  - id: help
    patterns: [help, what can you do]
    reply: I answer questions about the Beylikova deposit.
`;

export const MINI_SYNONYMS = `synonyms:
  - [turkey, türkiye]
  - [electric vehicle, ev, electric car]
  - [rare earth elements, rare earths, ree]
`;

/** A stored question longer than 100 characters: never offered by autocomplete. */
export const LONG_QUESTION =
  'Where exactly did the two leaders, President Erdoğan and President Xi Jinping, meet for their talks on the rare earth deposit and on trade?';

export const MINI_SOURCE = `source:
  id: mini-report
  title: A mini report on Beylikova
  description: A short made-up report used by the tests.
  paragraphs: 6

facts:
  - id: deposit-location
    answer: The deposit is at Beylikova, near the city of Eskişehir in central Anatolia.
    questions:
      - Where is the deposit?
      - Which city is the deposit near?
      - In which region is Beylikova?
    keywords: [Beylikova, Eskişehir, Anatolia]
    related: [deposit-size]
    citation:
      source: mini-report
      paragraphs: [1, 2]

  - id: deposit-size
    answer: The deposit holds about 694 million tonnes of ore.
    questions:
      - How big is the deposit?
      - How large is the deposit?
      - How much ore does the deposit hold?
    keywords: [tonnes, size]
    citation:
      source: mini-report
      paragraphs: [3]

  - id: turkey-exports
    answer: Turkey plans to sell processed rare earths abroad.
    questions:
      - Will Turkey export rare earth elements?
      - Does Turkey plan to sell rare earth elements abroad?
      - Who will buy Turkey's rare earth elements?
    citation:
      source: mini-report
      paragraphs: [4]

  - id: byd-factory
    answer: BYD is building an electric vehicle factory in Manisa.
    questions:
      - What is BYD building?
      - Where will BYD build its electric vehicle factory?
      - Which carmaker is building a factory?
    keywords: [BYD, Manisa]
    related: [erdogan-xi]
    citation:
      source: mini-report
      paragraphs: [5]

  - id: erdogan-xi
    answer: Erdoğan met Xi Jinping in Tianjin to talk about trade.
    questions:
      - Who did Erdoğan meet?
      - When did Erdoğan meet Xi Jinping?
      - ${LONG_QUESTION}
    keywords: [Erdoğan, Xi Jinping, Tianjin]
    citation:
      source: mini-report
      paragraphs: [6]

  - id: discovery-date
    answer: The deposit was announced in 2022.
    questions:
      - When was the deposit found?
      - When did they discover the deposit?
      - What year was the discovery announced?
    related: [deposit-location, deposit-size, byd-factory, erdogan-xi]
    citation:
      source: mini-report
      paragraphs: [2]
`;

/** The mini knowledge as files, optionally with some replaced or added. */
export function miniFiles(overrides: Record<string, string> = {}): Record<string, string> {
  return { 'bot.yaml': MINI_BOT, 'synonyms.yaml': MINI_SYNONYMS, 'mini-report.yaml': MINI_SOURCE, ...overrides };
}

/** Every stored question of `kb` and every question of the curated eval sets (curated-unseen.yaml, eval.yaml; answerable and out of scope), as typed. */
export function curatedCorpus(kb: KnowledgeBase): string[] {
  const evalDir = path.join(REPO_ROOT, 'tests', 'eval');
  const evalQuestions = ['curated-unseen.yaml', 'eval.yaml'].flatMap((f) => {
    const set = loadEvalSet(path.join(evalDir, f));
    return [...set.answerable.map((a) => a.q), ...set.out_of_scope];
  });
  return [...kb.facts.flatMap((f) => f.questions), ...evalQuestions];
}
