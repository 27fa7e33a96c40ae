/**
 * Laughter and keyboard-mashing as chat types it, in any language ("xd", "ahahah", "hehehe", Turkish "sjsjsj",
 * "asdasd"): no word of a question. As typed, a question's only unknown word, it weighed most of the question and
 * declined it ("byd ne ya xd"). Fixed words ("lol", "haha") are stop words; these come in any length.
 */
const LAUGHTER = /^(?:x+d+|a?(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:sj|js|sk|ks){2,}[sjk]?|asd(?:asd|[fghjkl])+)$/;

/** Whether a folded word is laughter or keyboard-mashing. */
export function isLaughter(word: string): boolean {
  return word.length >= 2 && LAUGHTER.test(word);
}
