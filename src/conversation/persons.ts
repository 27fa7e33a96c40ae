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
  // A run with a possessive in it ("Turkey's Energy Minister") is someone's title, after a person's name ("Alparslan
  // Bayraktar"): "is he going to china?" after "who's turkey's energy minister?" asks about the man, and the title's
  // words pull a reading back to the fact that gives it.
  const titled = (run: T[]) => (run.some((t) => /['’]s$/iu.test(t.text)) ? 1 : 0);
  return out.sort((a, b) => titled(a) - titled(b) || b.length - a.length);
}

/**
 * The run of an answer's capitalised words that names the holder of a role ("which minister?" after "… Industry and
 * Technology Minister Fatih Kacır said …"): a run with a word of the role (`isRole`, on keys made alike: a root, or a
 * Turkish word without its possessive), the one sharing another word with the question before first. English and
 * Turkish alike, each with its own words.
 */
export function holderNamed<T extends { text: string; key: string }>(
  answer: string,
  previousQuestion: string,
  wordsOf: (text: string) => T[],
  alike: (key: string) => string,
  role: string,
): T[] | undefined {
  const isRole = (t: T) => alike(t.key) === alike(role);
  const runs = personsIn(answer, wordsOf).filter((run) => run.some(isRole));
  const asked = new Set(wordsOf(previousQuestion).map((t) => alike(t.key)));
  return runs.find((run) => run.some((t) => asked.has(alike(t.key)) && !isRole(t))) ?? runs[0];
}

/**
 * An English word without its possessive or plural ("Turkey's" as "turkey", "ministers" as "minister"), for
 * {@link holderNamed}: the role itself, not a word of its root ("ministry" is no minister).
 */
export const asWord = (key: string): string => key.replace(/['’]s$/u, '').replace(/s$/u, '');

/**
 * The first run of an answer's capitalised words that names someone none of `asked` names ("who's leading it?" after
 * "… have Energy Minister Alparslan Bayraktar head a delegation …"): whom a "who" question after that answer wants.
 * English and Turkish alike, each with its own words.
 */
export function personNotAsked<T extends { text: string; key: string }>(answer: string, asked: readonly string[], wordsOf: (text: string) => T[]): T[] | undefined {
  const said = new Set(asked.flatMap((text) => wordsOf(text).map((t) => t.key)));
  return personsIn(answer, wordsOf).find((run) => !run.some((t) => said.has(t.key)));
}
