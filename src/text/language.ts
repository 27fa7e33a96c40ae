/**
 * The language of a question: Turkish or English. Pure, no model: Turkish
 * function and question words (also typed without Turkish letters:
 * "nerede", "nasil", "kac", "mi"), Turkish suffixes after an apostrophe
 * ("Türkiye'de") or on verbs ("kuruyor"), and words written with Turkish
 * letters, weighed against English function words. Names alone say little:
 * "Where is Eskişehir?" is English. When the text does not decide (a word or
 * two, names only), a hint does — on Discord the interaction's `locale`.
 */
import { foldTurkish, isAzerbaijaniWord, isTurkishQuestionWord, splitParticle, turkishLower } from './turkish.ts';

/** The languages the bot answers in. */
export const LANGUAGES = ['en', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Turkish words that English text does not use, folded (so "nasıl" and "nasil" are one). */
const TURKISH_WORDS = new Set(
  (
    // question words and particles
    'kim kimi kime kimin kimler kimdir nerede nerde nereye nereden neresi nereli neden niye nicin nasil nasildir hangi hangisi kac kacta ' +
    'ne nedir neler nelerdir neyi neye neydi zaman mi mu midir mudur misin musun miydi muydu var yok degil ' +
    // conjunctions, pronouns, postpositions
    've ile veya ama fakat ancak ki de da bir bu su o bunlar onlar icin gibi cok daha en kadar sonra once hakkinda ' +
    'olan olarak oldu olur olacak olmus icinde uzerinde arasinda ' +
    // greetings and politeness
    'merhaba selam selamlar tesekkurler tesekkur sagol sagolun lutfen gunaydin iyi gunler ' +
    // and as typed in chat ("slm", "mrb", "tşk", "eyv": Turkish small talk gets its Turkish reply)
    'slm mrb naber nbr tsk tskler mersi eyv eyw eyvallah kanka nasilsin ' +
    // interjections and fillers chat opens with ("peki", "hani", "yani"; "vay be", whose "be" counts for English)
    'vay peki tamam yani hani acaba galiba sanirim valla vallahi aynen hadi ' +
    // chat's run-together "ne yapıyor", "ne oldu" ("napıyo", "noldu")
    'napiyo napiyor napiyolar napti naptilar napmis napacak napcak napcaklar napicak napicaklar noldu nolcak nolacak ' +
    // the topic's own Turkish words, as people type them
    'turkiye cin abd avrupa nadir toprak yatak yatagi maden element elementleri heyet bakan baskan fabrika arac araba otomobil elektrikli'
  ).split(' '),
);

/** English words that Turkish text does not use. */
const ENGLISH_WORDS = new Set(
  (
    'the a an is are was were be been do does did what where who whom whose when why how which of in on at to for from with by about ' +
    'and or but not this that these those it its they their there will would can could should has have had i you we me my your ' +
    'any some much many most more than into over after before just also tell please hi hello hey thanks thank help ' +
    'he she his him going whens wheres whos whats hows ' +
    // verbs of the topic in the past, which no one borrows into Turkish
    'found discovered'
  ).split(' '),
);
/**
 * The topic's own English words, which Turkish does not use (as the Turkish list has "turkiye", "cin"): half a word's
 * evidence each, as Turkish letters are. People who write Turkish borrow them ("bu rare earth işi ne", "deal"), so
 * with Turkish function words around them they make no English question.
 */
const ENGLISH_TOPIC_WORDS = new Set(
  (
    'turkey turkish china chinese deposit rare earth earths mineral minerals refinery factory carmaker carmakers automaker automakers ' +
    'electric vehicle vehicles battery batteries delegation minister president talks deal plant ore tonnes tons october july'
  ).split(' '),
);
/** How much an English word of the topic speaks for English (see ENGLISH_TOPIC_WORDS). */
const TOPIC_WORD_WEIGHT = 0.5;

// Turkish endings on a word with no Turkish letters: verb tenses and question-particle forms,
// plural-possessive and case endings long enough to be rare in English words.
// Chat drops the "r" of "-yor" ("yapıyo", "gidiyolar") and narrows the future's vowel ("yapıcak", "gidicek").
// (And the past of "to be" on a word, "başındaydı", "neredeydi": no English word ends so.)
const TURKISH_ENDING = /(?:[aeıioöuü]yd[ıiuü]|[iıuü]yor?(?:lar|mu|mi)?|[ae]cak|[ae]cek|[iıuü]c[ae]k|m[iıuü]ş|l[ae]r[iı]n[iı]?|l[ae]rd[ae]|d[iıuü]r|n[iıuü]n|s[iıuü]nd[ae]|[dt][ae]ki|n[iıuü]nki)$/;

// The locative after a possessive or a name's "n" ("madenciliğinde", "dünyasında" typed plain), on a longer word.
const LOCATIVE_ENDING = /[iıuü]nd[ae]$/;

// The topic's Turkish place names with a case ending and no apostrophe, as chat types them ("türkiyede", "cine").
const TURKISH_NAME_CASE = /^(turkiye|cin|avrupa)(y?[ae]|y?[iı]|n?[iı]n|d[ae]n?|d[ae]ki|y?l[ae]|li)$/;

/**
 * Words with Turkish letters count for Turkish, but together for less than
 * one word: they are mostly names ("Eskişehir", "Erdoğan", "fatih kacır"),
 * which English questions mention too. Only a function word, a question
 * word or a Turkish ending decides on its own.
 */
const LETTERS_AT_MOST = 0.75;

const ASCII = /^[\x00-\x7f]*$/;

/** What a text says about its language: Turkish and English evidence (a function word or ending counts 1). */
export function languageEvidence(text: string): { tr: number; en: number } {
  let tr = 0;
  let en = 0;
  let letters = 0;
  // (Spanish, French, Portuguese and Italian little words: "de" and "en" are Turkish words too, and "¿dónde está el
  // depósito de tierras raras de Turquía?" was answered in Turkish.)
  let romance = 0;
  let turkishBe = 0;
  let sharedWithRomance = 0;
  // Apostrophe suffixes are Turkish ("Türkiye'de", "Çin'e"); English has "'s" and contractions.
  for (const m of text.matchAll(/[\p{L}\p{N}]['’`´]([\p{L}]+)/gu)) {
    const suffix = m[1]!.toLowerCase();
    if (!['s', 't', 're', 've', 'll', 'd', 'm'].includes(suffix)) tr += 1;
  }
  for (const raw of text.split(/[^\p{L}\p{N}'’`´]+/u)) {
    if (!raw) continue;
    const lower = raw.toLowerCase();
    if (ROMANCE_WORDS.has(lower)) romance += 1;
    const trBefore = tr;
    // Plain ASCII (most questions): lowercasing is the fold ("I" folds to "i" either way); else the Turkish way.
    const word = ASCII.test(raw) ? lower.replace(/['`].*$/, '') : turkishLower(raw).replace(/['’`´].*$/, '');
    // (As typed or without its contraction: "when's" is "when".)
    // (A word with "ə" is Azerbaijani, which the bot reads as the Turkish it is kin to: "Ərdoğan ilə Şi Cinping harada
    // görüşdü?")
    // (And its own words: "haçan deyib bunu?")
    if (isAzerbaijaniWord(word)) tr += 1;
    else if (ENGLISH_WORDS.has(lower) || ENGLISH_WORDS.has(word)) {
      en += 1;
      if (lower === 'be') turkishBe += 1;
    }
    else if (ENGLISH_TOPIC_WORDS.has(lower)) en += TOPIC_WORD_WEIGHT;
    else if (isTurkishWord(foldTurkish(word))) tr += 1;
    else if (word.length > 4 && (TURKISH_ENDING.test(word) || splitParticle(word).length > 1)) tr += 1;
    // The locative after a possessive or a name's "n" ("madenciliğinde", "dünyasında" typed plain): not in a short word,
    // where English has "kinda".
    else if (word.length > 6 && LOCATIVE_ENDING.test(word)) tr += 1;
    else if (/[ığşİçöüÇÖÜŞĞ]/.test(raw)) letters += 0.5;
    // (What such a word gave Turkish, and nothing more, is taken back below.)
    if (TURKISH_AND_ROMANCE.has(lower)) sharedWithRomance += tr - trBefore;
  }
  // A text of Romance little words is in none of the two languages: the words it shares with Turkish say nothing of
  // Turkish, and the bot's first language replies.
  if (romance >= ROMANCE_AT_LEAST) tr -= sharedWithRomance;
  // "be" is Turkish chat's "hey, man" too ("niye zor be", "kim bre be"): with no other English word, and some Turkish,
  // it says nothing of English.
  if (en === turkishBe && tr > 0) en = 0;
  return { tr: tr + Math.min(letters, LETTERS_AT_MOST), en };
}

/**
 * Little words of Spanish, French, Portuguese and Italian that are neither English nor Turkish words (not "de", "en",
 * "da", "do", "il", "son", "al", "et", "come", which are).
 */
const ROMANCE_WORDS = new Set(
  (
    'el la los las del que qué es está están dónde donde cuándo cuando cuánto cuánta por para con una unos unas ' +
    'où est le les des du au aux une qui quoi quand pourquoi comment dans pour avec sur ' +
    'não onde em uma dos das com é ' +
    'dove è nel nella della delle perché quanto'
  ).split(' '),
);
/** Words Turkish shares with Romance languages' little words ("de": too; "en": most). */
const TURKISH_AND_ROMANCE = new Set(['de', 'en', 'da']);
/** How many Romance little words make a text Romance. */
const ROMANCE_AT_LEAST = 2;

/** A word of Turkish's own (folded): a listed word, a question word, or a name's case ending. */
function isTurkishWord(folded: string): boolean {
  return TURKISH_WORDS.has(folded) || isTurkishQuestionWord(folded) || TURKISH_NAME_CASE.test(folded);
}

/** The language a hint names ('tr', 'tr-TR', 'en-US', …), or undefined for any other or none. */
export function hintLanguage(hint: string | undefined): Language | undefined {
  if (!hint) return undefined;
  const base = hint.toLowerCase().split(/[-_]/)[0];
  return base === 'tr' ? 'tr' : base === 'en' ? 'en' : undefined;
}

/**
 * The language of a question. The text decides when one side leads by a
 * whole word or more; otherwise the hint (a Discord locale), and without
 * one English, the bot's first language (names alone do not make a question
 * Turkish).
 */
export function detectLanguage(text: string, hint?: string): Language {
  return languageOf(languageEvidence(text), hint);
}

/** {@link detectLanguage} from evidence already read. */
export function languageOf({ tr, en }: { tr: number; en: number }, hint?: string): Language {
  if (Math.abs(tr - en) >= 1) return tr > en ? 'tr' : 'en';
  return hintLanguage(hint) ?? 'en';
}

/**
 * Whether no word of a text speaks for either language (from its evidence): names and nouns only ("rafineri
 * maliyet?", "beylikova rezerv miktarı?": Turkish letters are half a word's evidence, not enough to tell).
 */
export function languageUnknown({ tr, en }: { tr: number; en: number }): boolean {
  return en === 0 && tr < 1;
}

