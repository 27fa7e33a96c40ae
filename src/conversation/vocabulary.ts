/**
 * What the knowledge says about words, for reading follow-ups (issue 16): per word and per word root, the facts it
 * appears in, and which words the knowledge writes as names. Built once per knowledge base and kept with it.
 */
import type { KnowledgeBase } from '../engine/answer.ts';
import { STOP_WORDS, editDistance, stem } from '../text/normalize.ts';
import { tokens } from './english-words.ts';

/** Per word of the knowledge: the facts it appears in, and whether it is a name (written with a capital inside a sentence). */
export interface Vocabulary {
  facts: Map<string, Set<number>>;
  /** The same by word root ({@link root}): "refinery", "refine" and "refined" are one topic. */
  roots: Map<string, Set<number>>;
  names: Set<string>;
}

/** A word's root for telling whether two texts are on the same topic: its stem's first letters. */
export const root = (key: string): string => stem(key).slice(0, ROOT_LETTERS);
/** Letters of a stem that make its root: "refin" for refinery and refining, "deleg" for delegation and delegates. */
const ROOT_LETTERS = 5;

const vocabularies = new WeakMap<KnowledgeBase, Vocabulary>();

export function vocabularyOf(kb: KnowledgeBase): Vocabulary {
  let v = vocabularies.get(kb);
  if (v) return v;
  v = { facts: new Map(), roots: new Map(), names: new Set() };
  // Inside sentences: how often each word is written with a capital, and how often without.
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  kb.facts.forEach((fact, i) => {
    const texts = [fact.answer, ...fact.questions, ...fact.keywords];
    texts.forEach((text, n) => {
      // Keywords are written in lower case whatever they name: they say nothing about capitals.
      const cased = n <= fact.questions.length;
      // Sentence by sentence: the first word's capital says nothing.
      for (const sentence of text.split(/[.!?]\s+/)) {
        tokens(sentence).forEach((t, j) => {
          let set = v!.facts.get(t.key);
          if (!set) v!.facts.set(t.key, (set = new Set()));
          set.add(i);
          const r = root(t.key);
          let byRoot = v!.roots.get(r);
          if (!byRoot) v!.roots.set(r, (byRoot = new Set()));
          byRoot.add(i);
          if (cased && j > 0 && /^\p{Lu}/u.test(t.text)) upper.set(t.key, (upper.get(t.key) ?? 0) + 1);
          else if (cased && j > 0 && /^\p{Ll}/u.test(t.text)) lower.set(t.key, (lower.get(t.key) ?? 0) + 1);
        });
      }
    });
  });
  // A name is written with a capital more often than not: "Energy Minister" is a title, "minister" a common word.
  for (const [w, n] of upper) if (n > (lower.get(w) ?? 0) && !STOP_WORDS.has(w)) v.names.add(w);
  vocabularies.set(kb, v);
  return v;
}

/**
 * A name's possessive typed without its apostrophe ("chinas", "turkeys") is the name; so is a name mistyped by one letter
 * ("chinna", "turky": "whos the presdent of chinna" then "and turkeys?" swaps the names) that is no word of the
 * knowledge's; any other key is itself.
 */
export function nameKey(key: string, vocab: Vocabulary): string {
  if (vocab.names.has(key)) return key;
  if (key.length > 3 && key.endsWith('s') && vocab.names.has(key.slice(0, -1))) return key.slice(0, -1);
  return misspeltName(key, vocab) ?? key;
}

/** Letters at least of a word read as a mistyped name: shorter ones are too often other words one letter off. */
const MISSPELT_NAME_LETTERS = 5;
const misspelt = new WeakMap<Vocabulary, Map<string, string | null>>();
function misspeltName(key: string, vocab: Vocabulary): string | undefined {
  if (key.length < MISSPELT_NAME_LETTERS || vocab.facts.has(key) || STOP_WORDS.has(key)) return undefined;
  let seen = misspelt.get(vocab);
  if (!seen) misspelt.set(vocab, (seen = new Map()));
  let found = seen.get(key);
  if (found === undefined) {
    found = null;
    // (The first letter as typed, and one letter off at most: a name of the same length or one longer or shorter.)
    for (const name of vocab.names) {
      if (name.length >= MISSPELT_NAME_LETTERS - 1 && name[0] === key[0] && Math.abs(name.length - key.length) <= 1 && editDistance(name, key, 1) <= 1) {
        found = name;
        break;
      }
    }
    if (seen.size < MAX_MISSPELT_KEPT) seen.set(key, found);
  }
  return found ?? undefined;
}
/** Words whose name (or none) is kept per knowledge base: bounded, as the words people type are not. */
const MAX_MISSPELT_KEPT = 10_000;

/** The facts all of `keys` appear in (empty when one is unknown). */
export function factsOfAll(keys: readonly string[], vocab: Vocabulary): Set<number> {
  const sets = keys.map((k) => vocab.facts.get(k) ?? new Set<number>());
  const [first, ...others] = sets;
  return new Set([...(first ?? [])].filter((x) => others.every((s) => s.has(x))));
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}
