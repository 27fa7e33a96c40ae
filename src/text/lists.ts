import { foldTurkish, turkishLower } from './turkish.ts';

/**
 * Whether an answer names some of a kind as examples ("members include China and
 * Russia", "such as wind turbines, military equipment and electric vehicles",
 * "among them Chery, SAIC and Great Wall"; Turkish "… bunlar arasında", "… gibi",
 * "yalnızca birkaçı"). After such an answer, "who else is in that group?" or
 * "başka nerede?" asks for more of what it lists, and the answer that lists them
 * is the knowledge's answer again; after one that names a single thing ("who is
 * leading the delegation?"), "who else?" asks for someone the answer did not
 * name, and the same answer is not one.
 */
export function answerLists(answer: string): boolean {
  return LISTS.test(answer);
}

/**
 * The part of an answer after the word that opens its list ("… carmakers, among them Chery, SAIC and Great Wall":
 * "Chery, SAIC and Great Wall"), lowercased; empty when it lists nothing. (English: Turkish "birkaçı" comes after.)
 */
export function listedPart(answer: string): string {
  const m = LISTS.exec(answer);
  return m ? answer.slice(m.index + m[0].length).toLowerCase() : '';
}

const LISTS = new RegExp(
  [
    '\\b(?:include|includes|including|such as|among them|among others|for example|for instance|e\\.g\\.)\\b',
    // Turkish: "arasında" (among), "gibi" (such as), "dahil" (including), "örneğin"/"mesela" (for example),
    // "birkaçı"/"bazıları" (a few / some of them). \b does not see Turkish letters as word letters: spaces instead.
    '(?:^|[\\s,;:(])(?:arasında|gibi|dahil|örneğin|mesela|birkaçı|bazıları)(?=$|[\\s,.;:)])',
  ].join('|'),
  // Case-insensitive as the regular expression compares (not by lowercasing in one language: Turkish would make the
  // "I" of "Including" a dotless "ı").
  'iu',
);

/**
 * Whether an answer names `name` (a word, folded) only as what it leaves out: "Apart from BYD, Turkey has talked with
 * other carmakers", "BYD dışında başka üreticilerle". "What about BYD?" after it asks what the answer says of BYD, and
 * it says nothing of it; the answer about the others is not the answer about BYD.
 */
export function namesOnlyAsException(answer: string, name: string): boolean {
  const words = foldTurkish(turkishLower(answer)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const key = foldTurkish(turkishLower(name));
  let named = 0;
  let excepted = 0;
  words.forEach((w, i) => {
    // "byd'nin", "byd'den": the name with a case ending after an apostrophe is split off as its own word.
    if (w !== key) return;
    named++;
    const before = words.slice(Math.max(0, i - 2), i).join(' ');
    const after = words[i + 1] ?? '';
    if (/(?:^|\s)(?:apart from|aside from|besides|other than|except|excluding|beyond)$/.test(before) || /^(?:disinda|haric|haricinde|disindaki|disinda)$/.test(after)) excepted++;
  });
  return named > 0 && excepted === named;
}
