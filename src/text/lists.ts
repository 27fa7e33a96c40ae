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
  return LISTS.test(answer.toLocaleLowerCase('tr'));
}

const LISTS = new RegExp(
  [
    '\\b(?:include|includes|including|such as|among them|among others|for example|for instance|e\\.g\\.)\\b',
    // Turkish: "arasında" (among), "gibi" (such as), "dahil" (including), "örneğin"/"mesela" (for example),
    // "birkaçı"/"bazıları" (a few / some of them). \b does not see Turkish letters as word letters: spaces instead.
    '(?:^|[\\s,;:(])(?:arasında|gibi|dahil|örneğin|mesela|birkaçı|bazıları)(?=$|[\\s,.;:)])',
  ].join('|'),
  'u',
);
