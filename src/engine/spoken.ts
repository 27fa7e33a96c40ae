/**
 * Names as a phone's dictation writes them: a name it does not know, heard as two or three words ("bay lee kova" for
 * Beylikova, "buy rock tar" for Bayraktar, "al parslan"). Words next to each other that the knowledge never uses, joined,
 * are one of its words when they sound like it: the same consonants in the same order after the same first letter (a
 * rough phonetic key, English spelling folded: "ck", "c", "q" are "k", "ph" is "f", vowels, "h" and a "g" between vowels
 * go), and few letters apart. Pure but for a cache: the key of each of the knowledge's words is built once per index, on
 * the first question that needs it.
 */
import { SEARCH } from '../config.ts';
import { editDistance } from '../text/normalize.ts';
import type { SearchIndex } from './index.ts';

const { spokenMinKey: MIN_KEY, spokenMinLetters: MIN_LETTERS, spokenMaxEdits: MAX_EDITS } = SEARCH;

const keysCache = new WeakMap<SearchIndex, Map<string, string[]>>();

/**
 * `ws` with each run of two or three words the knowledge never uses (`known` says which it uses, a stop word among them)
 * that sounds like one word it does replaced by that word; `ws` itself when there is none. A `little` word (a stop word
 * of a few letters) may be one of a run of three's, after its first.
 */
export function withSpokenNames(index: SearchIndex, ws: string[], known: (w: string) => boolean, little: (w: string) => boolean = () => false): string[] {
  // Each word judged once: whether it may open a name (a word the knowledge never uses), and whether it may be one's
  // later part in a run of three (also a little word). Most questions have no run that could be one: done.
  const open = ws.map((w) => LETTERS.test(w) && !known(w));
  if (!open.some((o, k) => o && k + 1 < ws.length)) return ws;
  const inner = ws.map((w, k) => open[k]! || (LETTERS.test(w) && little(w)));
  let out: string[] | null = null;
  for (let i = 0; i < ws.length; ) {
    let word: string | null = null;
    let used = 1;
    for (const len of [3, 2]) {
      if (i + len > ws.length) continue;
      // (A little word may end or split a name of three words, "air doe an" for "erdogan", but not open it; nor be one of
      // two, where it is rather what follows a typo: "who ulmmer is".)
      const fits = open[i]! && (len === 3 ? inner[i + 1]! && inner[i + 2]! : open[i + 1]!);
      if (!fits) continue;
      const joined = ws.slice(i, i + len).join('');
      word = index.surface.has(joined) ? joined : soundsLike(index, joined);
      if (word !== null) {
        used = len;
        break;
      }
    }
    if (word !== null) (out ??= ws.slice(0, i)).push(word);
    else out?.push(ws[i]!);
    i += used;
  }
  return out ?? ws;
}
const LETTERS = /^[a-z]+$/;

/**
 * The words of `typed` that were joined into `word` (withSpokenNames' choice), as typed ("bay lee kova" for "beylikava"),
 * or null when no run of two or three of them sounds like it. For `--explain`, which shows the word a run was read as.
 */
export function heardAs(word: string, typed: readonly string[]): string | null {
  if (word.length < MIN_LETTERS || typed.includes(word)) return null;
  const key = keyOf(word);
  for (const len of [3, 2]) {
    for (let i = 0; i + len <= typed.length; i++) {
      const joined = typed.slice(i, i + len).join('');
      if (joined === word || (LETTERS.test(joined) && keyOf(joined) === key)) return typed.slice(i, i + len).join(' ');
    }
  }
  return null;
}

/** The knowledge's word that `joined` sounds like (see the module's comment), or null. */
function soundsLike(index: SearchIndex, joined: string): string | null {
  if (joined.length < MIN_LETTERS) return null;
  const key = keyOf(joined);
  if (key.length < MIN_KEY) return null;
  let keys = keysCache.get(index);
  if (!keys) {
    keys = new Map();
    for (const w of index.surface.keys()) {
      if (w.length < MIN_LETTERS || !LETTERS.test(w)) continue;
      const k = keyOf(w);
      if (k.length < MIN_KEY) continue;
      const list = keys.get(k);
      if (list) list.push(w);
      else keys.set(k, [w]);
    }
    keysCache.set(index, keys);
  }
  let best: string | null = null;
  let bestEdits = MAX_EDITS + 1;
  for (const w of keys.get(key) ?? []) {
    const d = editDistance(joined, w, MAX_EDITS);
    if (d < bestEdits || (d === bestEdits && best !== null && w < best)) [best, bestEdits] = [w, d];
  }
  return best;
}

/** A rough phonetic key: the first letter (a vowel as "a"), then the consonants as English spelling sounds them, no repeats. */
export function keyOf(word: string): string {
  // (A "g" between vowels is silent, as Turkish "ğ" is, which the knowledge writes plainly: "air doe an" is "erdogan".)
  const w = word.replace(/([aeiou])g(?=[aeiou])/g, '$1').replace(/ph/g, 'f').replace(/ck|c|q/g, 'k').replace(/x/g, 'ks').replace(/z/g, 's').replace(/w/g, 'v');
  const first = /[aeiouy]/.test(w[0]!) ? 'a' : w[0]!;
  let key = first;
  for (const c of w.slice(1)) {
    if (/[aeiouyh]/.test(c) || c === key.at(-1)) continue;
    key += c;
  }
  return key;
}
