/**
 * Labels the knowledge gives things with one capital letter after a word ("Zone A", "Zone B", "Plan C", "Gate D"):
 * a lone letter is no index term (it is mostly "a" or "I"), so "What are the permit hours in Zone A?" and "… in Zone
 * B?" would read as the same words, and no question could tell the zones apart. Each such pair the knowledge writes
 * becomes a phrase of its own (a synonym group of one), read as one term wherever it is typed, in any case ("zone b
 * hours?"). Only pairs the knowledge writes with the capital: "get a permit" is no label.
 */

/** A word, then one capital letter standing alone (not "I", not the start of a sentence: "… permit. A resident …"). */
const LABEL = /\b([A-Za-z][a-z]{1,})[ \u00a0]([A-HJ-Z])(?![\p{L}\p{N}'’])/gu;

/** Words before a capital letter that make no label ("and A", "or B" in a list of labels, "Section" is fine). */
const NOT_LABEL_HEADS = new Set(['and', 'or', 'to', 'of', 'in', 'at', 'on', 'for', 'from', 'with', 'by', 'the', 'than']);

/** The label phrases (lower case, "zone a") found in the given texts, each once, as synonym groups of one phrase. */
export function labelPhrases(texts: Iterable<string>): string[][] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(LABEL)) {
      const head = m[1]!.toLowerCase();
      if (NOT_LABEL_HEADS.has(head)) continue;
      seen.add(`${head} ${m[2]!.toLowerCase()}`);
    }
  }
  return [...seen].sort().map((p) => [p]);
}

/** The label phrases of a knowledge's facts (answers, stored questions, keywords) and of any `more` texts. */
export function knowledgeLabels(facts: readonly { answer: string; questions: readonly string[]; keywords: readonly string[] }[], more: readonly string[] = []): string[][] {
  return labelPhrases([...more, ...facts.flatMap((f) => [f.answer, ...f.questions, ...f.keywords])]);
}
