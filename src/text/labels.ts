/**
 * Labels the knowledge gives things with one capital letter after a word ("Zone A", "Zone B", "Plan C", "Gate D"):
 * a lone letter is no index term (it is mostly "a" or "I"), so "What are the permit hours in Zone A?" and "… in Zone
 * B?" would read as the same words, and no question could tell the zones apart. Each such pair the knowledge writes
 * becomes a phrase of its own (a synonym group of one), read as one term wherever it is typed, in any case ("zone b
 * hours?"). Only pairs the knowledge writes with the capital: "get a permit" is no label.
 */

/** A word, then one capital letter standing alone (not "I", not the start of a sentence: "… permit. A resident …"). */
const LABEL = /\b([A-Za-z][a-z]{1,})[ \u00a0]([A-HJ-Z])(?![\p{L}\p{N}'’])/gu;

/** What every label has: a space, then a capital it may be (a superset of LABEL's matches, cheap to test). */
const MAYBE_LABEL = /[ \u00a0][A-HJ-Z]/;

/** Words before a capital letter that make no label ("and A", "or B" in a list of labels, "Section" is fine). */
const NOT_LABEL_HEADS = new Set(['and', 'or', 'to', 'of', 'in', 'at', 'on', 'for', 'from', 'with', 'by', 'the', 'than']);

/** The label phrases (lower case, "zone a") found in the given texts, each once, as synonym groups of one phrase. */
export function labelPhrases(texts: Iterable<string>): string[][] {
  const seen = new Set<string>();
  for (const text of texts) {
    // (A capital after a space first, by a plain pattern: most texts have none, and the label pattern, with its Unicode
    // classes, took 3–4% of building 100,000 facts.)
    if (!MAYBE_LABEL.test(text)) continue;
    for (const m of text.matchAll(LABEL)) {
      const head = m[1]!.toLowerCase();
      if (NOT_LABEL_HEADS.has(head)) continue;
      seen.add(`${head} ${m[2]!.toLowerCase()}`);
    }
  }
  return [...seen].sort().map((p) => [p]);
}

/**
 * Compounds of a word and a particle that the knowledge writes with a hyphen ("check-in", "check-out", "sign-up",
 * "drop-off", "cut-off"): the particle is a stop word, so "What time is check-in?" and "What time is check-out?" read
 * as the same words and no question could tell them apart. Each such compound becomes a synonym group of its spaced
 * and joined spellings ("check in", "checkin"), read as one term however it is typed ("checkout time?", "can we
 * check in early?", "checked out"); the word still counts alone in the knowledge's texts ("check"), as a phrase's
 * words do. Only the particles that make such compounds; not a word before or after another hyphen
 * ("side-by-side", an id such as "bikes-on-trains").
 */
const COMPOUND = /(?<![\p{L}\p{N}-])(\p{L}{2,})-(in|out|up|off|on|down|over|back|away)(?![\p{L}\p{N}-])/giu;

/**
 * The compound groups (["check in", "checkin"]) found in the given texts, each once, in a stable order: only of a
 * word the texts compound with two particles or more ("check-in" and "check-out"). A lone compound reads well as its
 * word ("Does the booster include a check-up?" finds the answer that says "health check"; as a term of its own it
 * would not).
 */
export function compoundPhrases(texts: Iterable<string>): string[][] {
  const particles = new Map<string, Set<string>>();
  for (const text of texts) {
    if (!text.includes('-')) continue;
    for (const m of text.matchAll(COMPOUND)) {
      const head = m[1]!.toLowerCase();
      const set = particles.get(head) ?? new Set<string>();
      set.add(m[2]!.toLowerCase());
      particles.set(head, set);
    }
  }
  const groups: string[][] = [];
  for (const [head, set] of [...particles].sort(([a], [b]) => a.localeCompare(b))) {
    if (set.size >= 2) for (const particle of [...set].sort()) groups.push([`${head} ${particle}`, `${head}${particle}`]);
  }
  return groups;
}

/**
 * The synonym groups a knowledge's analyzer reads with: its own first, then the label phrases and compounds of its
 * facts (answers, stored questions, keywords) and of any `more` texts (a question being learned). The index and
 * `learn`'s check of a new question read with the same groups.
 */
export function knowledgeSynonyms(
  knowledge: { synonyms: readonly (readonly string[])[]; facts: readonly { answer: string; questions: readonly string[]; keywords: readonly string[] }[] },
  more: readonly string[] = [],
): readonly (readonly string[])[] {
  const texts = [...more, ...knowledge.facts.flatMap((f) => [f.answer, ...f.questions, ...f.keywords])];
  const labels = [...labelPhrases(texts), ...compoundPhrases(texts)];
  return labels.length > 0 ? [...knowledge.synonyms, ...labels] : knowledge.synonyms;
}

/** A word written with one hyphen between two words of letters ("en-suite", "wi-fi", "e-bike"), not in a longer chain. */
const HYPHENATED = /(?<![\p{L}\p{N}-])(\p{L}+)-(\p{L}+)(?![\p{L}\p{N}-])/gu;

/**
 * The words the texts write with a hyphen, as people type them run together: "ensuite" → ["en", "suite"] for a
 * knowledge that writes "en-suite", "wifi" → ["wi", "fi"] for one that writes "wi-fi". Typed run together, the word is
 * one the knowledge never uses, weighed as the question's rarest word; as its parts it reads as the knowledge wrote it.
 * Keys and parts as `words` splits them (folded); the index drops the spellings the knowledge also writes run together.
 */
export function hyphenatedSpellings(texts: Iterable<string>, words: (text: string) => string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const text of texts) {
    if (!text.includes('-')) continue;
    for (const m of text.matchAll(HYPHENATED)) {
      const parts = words(`${m[1]!} ${m[2]!}`);
      const joined = words(`${m[1]!}${m[2]!}`);
      if (parts.length === 2 && joined.length === 1 && !out.has(joined[0]!)) out.set(joined[0]!, parts);
    }
  }
  return out;
}
