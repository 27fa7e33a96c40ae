/**
 * English words whose base the Porter stemmer cannot find because the form is not
 * made with an ending: irregular past tenses and participles ("built", "met",
 * "sold", "taken") and plurals ("children"). People ask "when was the pool built?"
 * of knowledge that says "we are building a pool", or "did erdogan meet xi?" of
 * one that says "Erdogan met Xi"; without this, the two words are different terms
 * (or, one letter apart, a typo weighted down). Read only for a question's word the
 * knowledge does not have (terms.ts, as Turkish verb forms): mapping every form in
 * the index as well changed what calibration measured on the knowledge's own
 * phrasings, and the thresholds moved by more than the words gained (quality suite:
 * curated unseen −4.5 points, leisure −4.5, four sets +0.5 to +2.1).
 *
 * Left out on purpose, because the form is also a common word of its own: left (the
 * side), saw, lay, lit, fed (the Fed), ground, bound, wound, rose, shot (a vaccine
 * shot), born, bore, drunk, bit; forms a stop word covers (did, done, was, had); and
 * forms of a verb that is a stop word ("tell me", "give me", "go"), which are not:
 * "who told the press?" asks about "told", so it stays a word of its own. "found" is
 * read as "find": in a question it is mostly that ("when was it found?"), and
 * knowledge about founding has "found" itself, which is then read as it is.
 */
const FORMS: readonly (readonly [string, string])[] = [
  ['arise', 'arose arisen'],
  ['awake', 'awoke awoken'],
  ['beat', 'beaten'],
  ['become', 'became'],
  ['begin', 'began begun'],
  ['bend', 'bent'],
  ['bite', 'bitten'],
  ['bleed', 'bled'],
  ['blow', 'blew blown'],
  ['break', 'broke broken'],
  ['breed', 'bred'],
  ['bring', 'brought'],
  ['build', 'built'],
  ['burn', 'burnt'],
  ['buy', 'bought'],
  ['catch', 'caught'],
  ['choose', 'chose chosen'],
  ['cling', 'clung'],
  ['come', 'came'],
  ['creep', 'crept'],
  ['dig', 'dug'],
  ['draw', 'drew drawn'],
  ['drink', 'drank'],
  ['drive', 'drove driven'],
  ['eat', 'ate eaten'],
  ['fall', 'fell fallen'],
  ['feel', 'felt'],
  ['fight', 'fought'],
  ['find', 'found'],
  ['flee', 'fled'],
  ['fly', 'flew flown'],
  ['forbid', 'forbade forbidden'],
  ['forget', 'forgot forgotten'],
  ['forgive', 'forgave forgiven'],
  ['freeze', 'froze frozen'],
  ['grow', 'grew grown'],
  ['hang', 'hung'],
  ['hear', 'heard'],
  ['hide', 'hid hidden'],
  ['hold', 'held'],
  ['keep', 'kept'],
  ['lead', 'led'],
  ['lend', 'lent'],
  ['lose', 'lost'],
  ['make', 'made'],
  ['mean', 'meant'],
  ['meet', 'met'],
  ['mislead', 'misled'],
  ['oversee', 'oversaw overseen'],
  ['pay', 'paid'],
  ['ride', 'rode ridden'],
  ['ring', 'rang rung'],
  ['run', 'ran'],
  ['say', 'said'],
  ['see', 'seen'],
  ['seek', 'sought'],
  ['sell', 'sold'],
  ['send', 'sent'],
  ['shake', 'shook shaken'],
  ['shine', 'shone'],
  ['shrink', 'shrank shrunk'],
  ['sing', 'sang sung'],
  ['sink', 'sank sunk'],
  ['sit', 'sat'],
  ['sleep', 'slept'],
  ['slide', 'slid'],
  ['speak', 'spoke spoken'],
  ['spend', 'spent'],
  ['spin', 'spun'],
  ['stand', 'stood'],
  ['steal', 'stole stolen'],
  ['stick', 'stuck'],
  ['strike', 'struck'],
  ['swear', 'swore sworn'],
  ['sweep', 'swept'],
  ['swim', 'swam swum'],
  ['swing', 'swung'],
  ['take', 'took taken'],
  ['teach', 'taught'],
  ['tear', 'tore torn'],
  ['think', 'thought'],
  ['throw', 'threw thrown'],
  ['undergo', 'underwent undergone'],
  ['understand', 'understood'],
  ['undertake', 'undertook undertaken'],
  ['uphold', 'upheld'],
  ['wake', 'woke woken'],
  ['wear', 'wore worn'],
  ['weave', 'wove woven'],
  ['weep', 'wept'],
  ['win', 'won'],
  ['withdraw', 'withdrew withdrawn'],
  ['withhold', 'withheld'],
  ['write', 'wrote written'],
  // Adjectives compared with an ending the stemmer keeps ("is BYD bigger than Tesla?" of knowledge that says "the
  // biggest"): one family, read only when the knowledge lacks the form asked.
  ['big', 'bigger biggest'],
  ['large', 'larger largest'],
  ['small', 'smaller smallest'],
  ['high', 'higher highest'],
  ['low', 'lower lowest'],
  ['pure', 'purer purest'],
  ['cheap', 'cheaper cheapest'],
  ['good', 'better best'],
  ['bad', 'worse worst'],
  ['early', 'earlier earliest'],
  ['strong', 'stronger strongest'],
  ['rich', 'richer richest'],
  ['fast', 'faster fastest'],
  ['long', 'longer longest'],
  ['old', 'older oldest'],
  ['close', 'closer closest'],
  ['easy', 'easier easiest'],
  ['hard', 'harder hardest'],
  ['safe', 'safer safest'],
  ['great', 'greater greatest'],
  ['heavy', 'heavier heaviest'],
  // ("go further", "how much farther": how far; "further" is also "more", which a knowledge without "far" keeps as typed.)
  ['far', 'farther farthest further furthest'],
  // Reflexive pronouns differ only in person: "is the government ready to build a plant for it themselves?" asks what
  // "Will Turkey refine the rare earths itself?" does ("by one's own").
  ['itself', 'themselves himself herself yourself yourselves myself ourselves oneself'],
  // Plurals.
  ['child', 'children'],
  ['man', 'men'],
  ['woman', 'women'],
  ['foot', 'feet'],
  ['tooth', 'teeth'],
  ['mouse', 'mice'],
  ['knife', 'knives'],
  ['wife', 'wives'],
  ['half', 'halves'],
  ['shelf', 'shelves'],
  ['criterion', 'criteria'],
  ['analysis', 'analyses'],
];

/**
 * The other words of an irregular word's family, for a word the knowledge does not have: "built" → "build",
 * "build" → "built", "children" → "child" (base first, then its forms). Empty for any other word.
 */
export function irregularFamily(word: string): readonly string[] {
  return FAMILY.get(word) ?? [];
}

/** Nouns (and the reflexive pronoun) among FORMS: their other forms are plurals or persons, not verb forms. */
const NOUN_BASES = new Set(['child', 'man', 'woman', 'foot', 'tooth', 'mouse', 'knife', 'wife', 'half', 'shelf', 'criterion', 'analysis', 'itself']);
const VERB_FORMS: ReadonlySet<string> = new Set(FORMS.filter(([base]) => !NOUN_BASES.has(base)).flatMap(([, list]) => list.split(' ')));

/** Whether a word is an irregular past tense or participle ("led", "met", "built"), not a verb's base or a noun. */
export function isIrregularVerbForm(word: string): boolean {
  return VERB_FORMS.has(word);
}

const FAMILY: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [base, list] of FORMS) {
    const forms = list.split(' ');
    out.set(base, forms);
    for (const f of forms) out.set(f, [base, ...forms.filter((x) => x !== f)]);
  }
  return out;
})();
