/**
 * Typo correction over the words of the knowledge (SymSpell): each surface
 * word, and each string one deletion from it, is an entry filed under a hash
 * of that string, so the words within two edits of a typed word are found
 * without scanning the vocabulary.
 */
import { SEARCH } from '../config.ts';
import { editDistance } from '../text/normalize.ts';

/**
 * One-deletion neighbourhood of the surface words: each word, and each string
 * one deletion from it, is an entry (word id, deleted position or −1) filed
 * under a 32-bit hash of that string. Entries are bucketed by hash in flat
 * typed arrays (counting sort), so the build makes no strings and no map
 * entries: at 100,000 facts there are ~900,000 entries, which as a
 * Map<string, string[]> took a second to build and tens of megabytes to hold.
 * A lookup hashes the query's own deletions and checks each entry's string
 * against them character by character.
 */
export interface DeletionIndex {
  /** The surface words (entry word ids index this list). */
  words: string[];
  /** Bucket b's entries are `bucketStart[b]` … before `bucketStart[b + 1]`. */
  bucketStart: Int32Array;
  /** Per entry: the full hash, the word id, the deleted position (−1: the word itself). */
  hash: Int32Array;
  word: Int32Array;
  deleted: Int32Array;
  /** Buckets are indexed by the hash's low bits. */
  mask: number;
}

/** Multiplier of the polynomial string hash (an odd constant with well-mixed bits). */
const HASH_BASE = 0x01000193;

// Scratch for eachDeletionHash, grown as needed (it runs for every surface word at build).
let prefixHash = new Int32Array(64);
let suffixHash = new Int32Array(64);
let powers = new Int32Array(64);

/**
 * Calls `emit(hash, deleted)` for a word, then for each one-deletion of it in
 * order of the deleted position (`deleted` = that position, −1 for the word
 * itself). The hash is polynomial, so a deletion's hash comes from a prefix
 * and a suffix hash without building the string.
 */
function eachDeletionHash(word: string, emit: (hash: number, deleted: number) => void): void {
  const n = word.length;
  if (prefixHash.length <= n) {
    prefixHash = new Int32Array(n + 1);
    suffixHash = new Int32Array(n + 1);
    powers = new Int32Array(n + 1);
  }
  // prefixHash[i]: hash of word[0, i); suffixHash[i]: hash of word[i, n); powers[i]: HASH_BASE^(n − 1 − i).
  prefixHash[0] = 0;
  for (let i = 0; i < n; i++) prefixHash[i + 1] = (Math.imul(prefixHash[i]!, HASH_BASE) + word.charCodeAt(i)) | 0;
  suffixHash[n] = 0;
  let power = 1;
  for (let i = n - 1; i >= 0; i--) {
    powers[i] = power;
    suffixHash[i] = (suffixHash[i + 1]! + Math.imul(word.charCodeAt(i), power)) | 0;
    power = Math.imul(power, HASH_BASE);
  }
  emit(prefixHash[n]!, -1);
  for (let i = 0; i < n; i++) emit((Math.imul(prefixHash[i]!, powers[i]!) + suffixHash[i + 1]!) | 0, i);
}

/** Builds the deletion index of the words of at least {@link SEARCH.minTypoLength} characters. */
export function buildDeletionIndex(surfaceWords: Iterable<string>): DeletionIndex {
  const list: string[] = [];
  for (const word of surfaceWords) if (word.length >= SEARCH.minTypoLength) list.push(word);
  let entries = 0;
  for (const word of list) entries += word.length + 1;
  let buckets = 1;
  while (buckets < entries) buckets *= 2;
  const mask = buckets - 1;
  const hash = new Int32Array(entries);
  const word = new Int32Array(entries);
  const deleted = new Int32Array(entries);
  // Counting sort by bucket, stable: entries of a bucket stay in word order.
  const bucketStart = new Int32Array(buckets + 1);
  for (const w of list) eachDeletionHash(w, (h) => bucketStart[(h & mask) + 1]!++);
  for (let b = 0; b < buckets; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const fill = bucketStart.slice(0, buckets);
  list.forEach((w, id) =>
    eachDeletionHash(w, (h, at) => {
      const k = fill[h & mask]!++;
      hash[k] = h;
      word[k] = id;
      deleted[k] = at;
    }),
  );
  return { words: list, bucketStart, hash, word, deleted, mask };
}

/** Whether `word` with position `at` removed (−1: nothing removed) is the string `key`. */
function deletionEquals(word: string, at: number, key: string): boolean {
  if (word.length - (at < 0 ? 0 : 1) !== key.length) return false;
  for (let i = 0, j = 0; i < word.length; i++) {
    if (i === at) continue;
    if (word.charCodeAt(i) !== key.charCodeAt(j++)) return false;
  }
  return true;
}

/**
 * Calls `visit` with every surface word sharing a one-deletion key with
 * `word` (so within two edits of it), key by key, possibly more than once.
 */
export function eachNeighbour(d: DeletionIndex, word: string, visit: (candidate: string) => void): void {
  eachDeletionHash(word, (h, at) => {
    const key = at < 0 ? word : word.slice(0, at) + word.slice(at + 1);
    const b = h & d.mask;
    for (let k = d.bucketStart[b]!; k < d.bucketStart[b + 1]!; k++) {
      if (d.hash[k] !== h) continue;
      const candidate = d.words[d.word[k]!]!;
      if (deletionEquals(candidate, d.deleted[k]!, key)) visit(candidate);
    }
  });
}

/** Edits a typed word may be from the word it stands for: one, two for long words. */
export function maxEditsFor(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * The surface words closest to a typed word (within {@link maxEditsFor}
 * edits), all equally close; a completion of what was typed ("wher" →
 * "where", "eskiseh" → "eskisehir") counts half an edit closer, because
 * people cut words short. Empty when nothing is close enough. The one
 * implementation of typo lookup: ranking, autocomplete and the gaps report
 * all use it.
 */
export function closestWords(d: DeletionIndex, typed: string): { words: string[]; distance: number } {
  if (typed.length < SEARCH.minTypoLength || d.words.length === 0) return { words: [], distance: Infinity };
  const maxEdits = maxEditsFor(typed);
  let best = maxEdits + 1;
  let ties: string[] = [];
  eachNeighbour(d, typed, (cand) => {
    const dist = editDistance(typed, cand, maxEdits) - (cand.startsWith(typed) ? 0.5 : 0);
    if (dist > best) return;
    if (dist < best) {
      best = dist;
      ties = [];
    }
    if (!ties.includes(cand)) ties.push(cand);
  });
  return best <= maxEdits ? { words: ties, distance: best } : { words: [], distance: Infinity };
}
