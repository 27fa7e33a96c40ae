/**
 * Laughter and keyboard-mashing as chat types it, in any language ("xd", "ahahah", "hehehe", Turkish "sjsjsj",
 * "asdasd"): no word of a question. As typed, a question's only unknown word, it weighed most of the question and
 * declined it ("byd ne ya xd"). Fixed words ("lol", "haha") are stop words; these come in any length.
 */
const LAUGHTER = /^(?:x+d+|a?(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:sj|js|sk|ks){2,}[sjk]?|asd(?:asd|[fghjkl])+)$/;

/**
 * The emotes of stream and Discord chat typed as words ("who is bayraktar tho KEKW", "how pure tho LUL", "… Pog"): a
 * reaction, as laughter is, in any language. As the question's only unknown word it weighed 34–49% and declined it.
 */
const EMOTES = new Set(
  ('kekw kekl kekleo lul lulw omegalul pog pogu poggers pogchamp kappa keepo monkas monkaw pepega pepehands pepelaugh ' +
    'sadge copium hopium 5head 4head residentsleeper biblethump wutface feelsbadman feelsgoodman jebaited kreygasm ' +
    'trihard modcheck icant').split(' '),
);

/** Whether a folded word is laughter, keyboard-mashing or a chat emote. */
export function isLaughter(word: string): boolean {
  return word.length >= 2 && (LAUGHTER.test(word) || EMOTES.has(word));
}
