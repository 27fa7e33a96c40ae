/**
 * Names of people in an answer, for follow-ups that point at someone the
 * answer named ("what did he say?", "ne demiş?" after "who …?"). Shared by
 * the English and the Turkish follow-up readings, each with its own words.
 */

/**
 * Runs of two or more capitalised words inside a sentence ("Energy Minister
 * Alparslan Bayraktar", "Enerji Bakanı Alparslan Bayraktar"), longest first;
 * a sentence's first word is capitalised anyway and never starts one.
 */
export function personsIn<T extends { text: string }>(text: string, wordsOf: (sentence: string) => T[]): T[][] {
  const out: T[][] = [];
  for (const sentence of text.split(/[.!?]\s+/u)) {
    const ts = wordsOf(sentence);
    for (let j = 1; j < ts.length; j++) {
      let k = j;
      while (k < ts.length && /^\p{Lu}/u.test(ts[k]!.text)) k++;
      if (k - j >= 2) out.push(ts.slice(j, k));
      j = k;
    }
  }
  return out.sort((a, b) => b.length - a.length);
}
