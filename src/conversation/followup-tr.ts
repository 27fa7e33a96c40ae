/**
 * Turkish follow-ups ("peki ne zaman?", "ya Chery?", "başka kim?", "kesin
 * mi?", "ne zaman gidecek?"): the Turkish side of followup.ts, with the same
 * promise — **a question that stands on its own is never changed by
 * context** — kept the same way: only a question with a follow-up's shape is
 * read in context, and of those only a bare one (nothing of its own to ask
 * about) and a continuation led by "ya" / "peki" / "bir de" are read in
 * context when answered alone; the others only when not answered alone.
 *
 * Turkish drops the subject ("ne zaman gidecek?": when will [he] go?), so a
 * question whose only words of its own are verb forms counts as pointing
 * back, as a pronoun question does in English. Readings are made by
 * combining words rather than by rebuilding a sentence (Turkish word order
 * and suffixes make a rebuilt question read badly); the reading shown is
 * the follow-up with the question it follows, or, for a swap ("ya Chery?"),
 * the previous question with the name swapped. Pure.
 */
import { answer, answerFact, rank, type KnowledgeBase } from '../engine/answer.ts';
import { CONVERSATION, SEARCH } from '../config.ts';
import { readAs, REPLY_WORDS, type Reply } from '../reply.ts';
import { detectLanguage } from '../text/language.ts';
import { answerLists, namesOnlyAsException } from '../text/lists.ts';
import { asWord, holderNamed, personNotAsked, personsIn } from './persons.ts';
import { ATTRIBUTES, SOURCED, tokens } from './english-words.ts';
import { parse, sharesTopic } from './readings.ts';
import { withoutTrailingRemark } from './followup-shape.ts';
import { vocabularyOf as englishVocabularyOf } from './vocabulary.ts';
import { linkedInstead, linksTo, listingCandidate } from './linked.ts';
import { nearestToSetApart } from './set-apart.ts';
import { aforesaidAt, cleanInput } from '../text/normalize.ts';
import { keepingRecent } from '../text/recent.ts';
import { answerNamesCity, asksForCity, isMonthOrDay, TURKISH_PLACE } from '../text/places.ts';
import { azerbaijaniRead, foldTurkish, germanAsTurkish, isGermanWord, isPossessivePronoun, isTurkishQuestionWord, isTurkishStopWord, nameInWord, turkishAnswerType, turkishAnswerTypesSupported, turkishLower, turkishStem } from '../text/turkish.ts';

/** A Turkish word as typed (`text`, suffix and all) and as compared (`key`: lowercased the Turkish way, apostrophe suffix cut, letters folded). */
interface TrToken {
  text: string;
  key: string;
}

/** The shape of a Turkish question as a follow-up (see FollowupShape in followup.ts: the same kinds). */
export type TurkishShape =
  | { kind: 'standalone' }
  | { kind: 'bare' }
  | { kind: 'swap'; subject: TrToken[] }
  | { kind: 'pronoun' }
  /**
   * A question word and only verb forms ("ne zaman bitecek?", "kim götürüyor?"): Turkish drops the subject, so it
   * is the one before. As a pronoun question: read in context only when not answered alone (maintainers store
   * such questions too: "Ne zaman bulundu?"), and answered as alone when no reading is answered.
   */
  | { kind: 'dropped' }
  | { kind: 'fragment' };

// ---- Words (folded) ----------------------------------------------------------------------

/** Words that open a follow-up before what it asks ("peki ne zaman?", "ya Chery?", "e kim?"). */
const LEAD = new Set(['peki', 'ya', 've', 'e', 'hani', 'yani', 'tamam', 'ok', 'oke', 'iyi', 'ama', 'fakat', 'ayrica', 'hmm', 'hm', 'ee', 'eee', 'bide', 'sey',
  // interjections, thanks and how people address each other before a follow-up ("pardon, ne zaman?", "tşk, ne kadar
  // büyük peki", "süper, ne zaman bulundu", "abi ne zaman"), as "sorry", "thx", "wow" in English
  'pardon', 'affedersin', 'sagol', 'saol', 'sagolun', 'tesekkurler', 'tesekkur', 'tsk', 'tskler', 'eyv', 'eyw', 'eyvallah', 'super',
  'harika', 'vay', 'oha', 'anladim', 'mantikli', 'ilginc', 'tamamdir', 'hmmm', 'aa', 'haa', 'abi', 'abla', 'kanka', 'hocam', 'reis', 'dostum', 'kardesim',
  // ("vay be", "hadi ya": wow, no way; "ilginçmiş": interesting; "iyi de": fine, but; "dur", wait: stopping oneself to
  // ask again)
  'be', 'hadi', 'ilgincmis', 'de', 'da', 'dur', 'durr']);
/** Interjections that "ya" after them only stresses ("hadi ya": really?, "yok ya": no way, "vay ya": wow). */
const EXCLAIMED = new Set(['hadi', 'haydi', 'yok', 'vay', 'aa', 'haa', 'oha', 'hay', 'aman']);
/** Words that give an example of what was asked ("mesela BYD mi?", "örneğin Chery?"). */
const EXAMPLE = new Set(['mesela', 'ornegin', 'misal', 'orn']);
/** Leads that put something in the previous question's place ("ya Chery?", "peki SAIC?", "bir de Chery"). */
const SWAP_LEAD = new Set(['ya', 'peki', 'bide', 've']);
/** "ne" and its forms, with the words that make it a question phrase ("ne zaman", "ne kadar"). */
const WHAT = new Set([
  'ne', 'neyi', 'neler', 'nedir', 'neye', 'neyle', 'nesi', 'neymis', 'neydi', 'nerdeymis',
  // "ne yapıyor", "ne olacak" run together as chat types them ("türkiyede napıyo?": what is [it] doing in Turkey?)
  'napiyo', 'napiyor', 'napiyolar', 'napiyorlar', 'napti', 'naptilar', 'napcak', 'napcaklar', 'napacak', 'napmis', 'napicak', 'noldu', 'nolcak', 'nolacak', 'nolur',
  'napcakmis', 'napacakmis', 'napiyomus',
]);
/** The question particle and its forms ("mı", "miydi", "mudur"), folded. */
const PARTICLE = /^m[iu](?:s[iu]n(?:[iu]z)?|y[iu]m|y[iu]z|d[iu]r|yd[iu]|ym[iu]s|d[iu]r)?$/;
/** Nouns for a person after "bu"/"o" ("bu adam": this man), standing for someone named before. */
const PERSON_NOUNS = new Set(['adam', 'adami', 'kisi', 'kisiyi', 'kadin', 'abi', 'amca', 'herif', 'zat', 'bey', 'hanim']);
/**
 * A person noun first in a message, standing for someone named before with no "bu" before it ("adam hangi bakanlığın
 * başında zaten?": which ministry does the man head anyway?), as chat says "the guy". Not the nouns people address each
 * other with ("abi", "bey", "hanım", "arkadaşlar").
 */
const THE_PERSON = /^(\s*(?:(?:peki|ee+|e|ya|yahu|ama|hem)\s+)*)(adam|adamın|adamin|adamı|adami|herif|herifin|zat)(?=\s)/iu;
/**
 * "neyin bakanı?" (minister of what?): which minister someone named before is, as "hangi bakan o?" asks; alone it found
 * whichever minister's fact its words came closest to (the industry minister's). (Not yet after another question in the
 * same message: "o kim ya, neyin bakanı" is still read as one, and gets the delegation.)
 */
const MINISTER_OF_WHAT = /(^|[\s,])neyin\s+bakan[ıi](?:\s+(?:o|bu|ki))?(?=[\s?!.,]*$)/iu;
/** Words a follow-up adds without naming a subject of its own ("başka kim?", "kesin mi?", "gerçekten mi?"). */
const GENERIC = new Set([
  'baska', 'daha', 'diger', 'digerleri', 'gercekten', 'gercek', 'sahi', 'sahiden', 'hakikaten', 'kesin', 'kesinlesti', 'kesinlikle', 'dogru', 'emin', 'resmi', 'resmen',
  'belli', 'onaylandi', 'onayli', 'teyit', 'teyitli', 'tam', 'olarak', 'yine', 'hala', 'simdi', 'acaba', 'var', 'yok', 'oldu', 'olacak', 'mu', 'da', 'de', 'ki', 'zaman', 'kadar',
  // "ne zamandan beri?", "ne zamandır?" (since when, for how long); "ne zmn?" as chat types it
  'zamandan', 'zamandir', 'zmn', 'zman',
]);
/**
 * Wording that speaks to what a follow-up asks beyond the answer types (as in
 * followup.ts): the question word itself, if only to say the report does not
 * tell ("karşı tarafının kim olduğunu belirtmiyor" answers "kiminle?").
 */
const SAYS_WHAT_IS_ASKED: Partial<Record<NonNullable<ReturnType<typeof turkishAnswerType>>, RegExp>> = {
  who: /\bkim\w*/,
};

/** "taraf" (side) and its forms ("tarafı", "tarafında", "tarafından"), folded. */
const SIDE = /^taraf(?:i|inda|indan|ina)?$/;

/**
 * Whether the X of "X da mı …?" is something the knowledge knows ("çin tarafı", "batarya"): "togg da var mı?", "tesla
 * ile de görüşülmüş mü?" ask about something it never names, which the answer just given does not cover.
 */
function tooOfKnown(question: string, vocab: TurkishVocabulary): boolean {
  const ts = trTokens(question);
  const at = ts.findIndex((t, i) => TOO_CLITIC.has(t.key) && i > 0);
  let x = at - 1;
  if (ts[x]?.key === 'ile') x--;
  return x >= 0 && factsOf(ts[x]!.key, vocab).size > 0;
}
const TOO_CLITIC = new Set(['da', 'de', 'ta', 'te']);

/** "X da mı …?", "X de mi …?", "X da yaparlar mı?" (X too?), folded. */
const TOO = /(?:^|\s)(?:da|de|ta|te) (?:\p{L}+ )?m[iu](?:\s|$)/u;

/** Questions asking an origin ("nereli", "nerenin", "hangi ülkenin", "hangi ülkeden"), folded. */
const ORIGIN = /\b(?:nereli\w*|nerenin|neresinin|hangi ulkenin|hangi ulkeden)\b/;
/** A nationality in a Turkish answer: a name with "-li" ("Çinli", "Amerikalı"), or before a company's noun ("bir Çin şirketi"). */
const NATIONALITY = /(?:^|[^\p{L}])[A-ZÇĞİÖŞÜ]\p{L}+(?:l[ıiuü]|\s+(?:şirketi|firması|markası|kuruluşu|üreticisi))(?![\p{L}])/u;

/**
 * Whether a Turkish answer names a place none of `told` (the folded words of
 * both questions) names, as in English: "nerede yani?" (where, then?) after
 * "BYD Türkiye'de araç mı üretecek?" asks for more than "Türkiye'de". An
 * answer naming no place by name passes. A told word names a place when it
 * starts with it ("türkiyede": "Türkiye" with its ending typed on).
 */
function namesNewPlace(answer: string, told: readonly string[]): boolean {
  const places = [...answer.matchAll(TURKISH_PLACE)].map((m) => foldTurkish(turkishLower(m[1]!)));
  return places.length === 0 || places.some((p) => !told.some((w) => w.startsWith(p)));
}

/** Words asking for something besides what was answered ("başka kim?", "diğerleri?"): never the same fact again. */
const OTHER = new Set(['baska', 'diger', 'digerleri', 'haricinde', 'disinda']);

/** Question words that are the subject themselves ("hangi şirket kuracak?", "kim gidecek?"): no subject was dropped. */
const ASKS_SUBJECT = new Set(['kim', 'kimler', 'hangi', 'hangisi', 'hangileri']);
/**
 * "ora", "bura" (that place, this place) in their cases, as typed and as chat shortens them ("orda", "ordan"): "ne zaman
 * bulmuşlar orayı?" (when did they find that place?) asks about the place named before.
 */
const PLACE_WORDS = ['ora', 'orasi', 'orasini', 'orasinda', 'orada', 'orda', 'oradan', 'ordan', 'oraya', 'orayi', 'bura', 'burasi', 'burasini', 'burada', 'burda', 'buradan', 'burdan', 'buraya', 'burayi'];
/** "kendisi" (he himself) and its cases, as people say of someone just named ("kendisi hangi bakanlıkta?"). */
const KENDISI = ['kendisi', 'kendisinin', 'kendisine', 'kendisini', 'kendisiyle', 'kendisinden'];
/** Words pointing back at something said before (forms of "o", "bu", "şu", "ora", "onlar", "içinde"). */
const PRONOUNS = new Set([
  'o', 'onu', 'onun', 'ona', 'onda', 'ondan', 'onlar', 'onlari', 'onlarin', 'onlara', 'onlarda', 'onlardan',
  'bu', 'bunu', 'bunun', 'buna', 'bunda', 'bundan', 'bunlar', 'bunlari', 'bunlarin', 'bunlara', 'bunlarda', 'bunlardan',
  'su', 'sunu', 'sunun',
  // "bu duruma", "bu vaziyete" (to this situation): see trTokens
  'budurum',
  ...PLACE_WORDS,
  // "içinde" (in [it]) with no name before it: "içinde ne var?" asks what is in what was just asked about
  'icinde', 'icindeki', 'icinden',
  // "ikisi" (the two of them)
  'ikisi', 'ikisinin', 'ikisine', 'ikisini', 'ikisiyle', 'ikisinde',
  // "kendisi" (he himself)
  ...KENDISI,
]);
/**
 * A verb form (present, future, past, reported, ability, necessity; a person or plural ending after): a word of a
 * pro-drop question. The future also as chat types it, without its vowel or with a narrow one ("yapcak", "yapıcak").
 */
const VERB = /(?:[iu]?yor|[iu]yo|[aeiu]c[ae]k|(?<=[^aeiou])c[ae]k|[ae]c[ae]g|[dt][iu]|m[iu]s|[ae]bil[iu]r|m[ae]l[iu])(?:lar|ler|m|n|k|s[iu]n|y[iu]z|s[iu]n[iu]z|m[iu]s)?$/;
/**
 * Aorist forms people use in such questions ("ne zaman biter?"), listed: the ending alone (-ar, -er, -ir, -ur) ends
 * too many names and nouns ("Bayraktar", "Kacır", "haber").
 */
const AORIST = new Set(['biter', 'gecer', 'olur', 'baslar', 'acilir', 'gider', 'gelir', 'yapilir', 'kurulur', 'tamamlanir', 'calisir', 'uretir', 'eder', 'cikar', 'girer', 'surer', 'baslanir', 'uretilir', 'islenir']);
const isVerb = (key: string) => VERB.test(key) || AORIST.has(key);
/** The pronouns a subject said last may be (folded): "o", "bu", "şu" and their forms ("bunların"). */
const SAID_LAST = /^(?:o|onu|onun|onlar|onlari|onlarin|bu|bunu|bunun|bunlar|bunlari|bunlarin|su|sunu|sunun)$/;
const POSTPOSITIONS = new Set(['icin', 'gibi', 'ile', 'kadar', 'hakkinda', 'dolayi', 'yuzunden']);
const PLURAL_SAID_LAST = /^(?:onlar|onlari|onlarin|bunlar|bunlari|bunlarin)$/;
/** Words that end a Turkish sentence after its last word and say nothing of it ("ya", "ki", "bari", "acaba"). */
const SENTENCE_END = new Set(['ya', 'ki', 'peki', 'yani', 'acaba', 'bari', 'be', 'abi', 'lan', 'hocam', 'simdi']);
/**
 * Nouns that need an owner, in their "its" forms (folded), as people ask a follow-up with them: "görevi ne?" (what
 * is [his] job?), "maliyeti ne kadar?" (how much is [its] cost?), "içinde ne var?" (what is in [it]?), "amacı ne?".
 * With no owner named ("Bayraktar'ın görevi" names one: a word of its own), the owner is what was asked about before,
 * as the subject of a verb is ("ne zaman gidecek?"). Listed, as the aorists are: the ending alone (-ı, -i, -si) ends
 * too many words of their own ("rafineri", "elektrikli").
 */
const OWNED = new Set([
  'gorevi', 'gorevleri', 'isi', 'unvani', 'pozisyonu', 'makami', 'amaci', 'hedefi', 'hedefleri', 'sebebi', 'nedeni', 'gerekcesi', 'maliyeti', 'fiyati', 'degeri',
  'butcesi', 'bedeli', 'kapasitesi', 'buyuklugu', 'boyutu', 'miktari', 'rezervi', 'konumu', 'yeri', 'adresi', 'adi', 'ismi', 'sahibi', 'sahipleri', 'baskani', 'lideri',
  'tarihi', 'suresi', 'plani', 'etkisi', 'onemi', 'sonucu', 'faydasi', 'riski', 'durumu', 'kaynagi', 'icerigi', 'ozelligi', 'ortagi', 'ortaklari', 'safligi',
  'icinde', 'icinden', 'icindekiler', 'basinda', 'basindaki', 'hakkinda', 'yerine', 'sonrasinda', 'oncesinde', 'arkasinda',
]);
/** Owned nouns that are places ("içinde": in [it], "başında": at the head of [it]), of {@link OWNED}. */
const OWNED_PLACES = new Set(['icinde', 'icinden', 'icindekiler', 'basinda', 'basindaki', 'hakkinda', 'yerine', 'sonrasinda', 'oncesinde', 'arkasinda']);
/**
 * A genitive ending ("heyetin", "türkiyenin"), naming an owner before an owned noun. (Written with an apostrophe,
 * "Türkiye'nin", the name is compared without its suffix, and is a word of the question's own anyway.)
 */
const GENITIVE = /(?:n[iu]n|[iu]n)$/;
/** After "hangi" / "ne", nouns that only say what kind of answer is asked for ("hangi ülkede?", "hangi yıl?"): part of the question word. */
const KIND_NOUNS = new Set(['ulke', 'sehir', 'kent', 'yer', 'yil', 'sene', 'ay', 'tarih', 'gun', 'sirket', 'firma', 'marka', 'bolge', 'il']);
/** Units of time after "kaç" (how many), folded stems: "kaç yıldır?" asks how long, of whatever was asked before. */
const TIME_UNITS = new Set(['yil', 'sene', 'ay', 'hafta', 'gun', 'saat']);
/** Time words after "şu", "bu", "o" that make a phrase of their own ("şu an", "bu yıl", "o zaman"), not a pronoun pointing back. */
const TIME_AFTER = new Set(['an', 'anda', 'arada', 'sira', 'sirada', 'yil', 'sene', 'ay', 'hafta', 'gun', 'gunlerde', 'zaman', 'zamanlar', 'kadar', 'yuzden', 'nedenle', 'sekilde']);
/** Most words a swap ("ya Chery?", "bir de Great Wall") may have. */
const MAX_SWAP_WORDS = 3;
/** Most words a fragment ("Chery de mi?", "sadece maden mi") may have. */
const MAX_FRAGMENT_WORDS = 3;

const APOSTROPHE = /['’`´‘]/u;

/** The words of Turkish text with their comparison keys. */
export function trTokens(text: string): TrToken[] {
  return recentTrTokens(text);
}
// (A message is read into tokens by each Turkish follow-up rule it meets.)
const recentTrTokens = keepingRecent(trTokensOf);

function trTokensOf(text: string): TrToken[] {
  const out: TrToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’`´‘][\p{L}]+)?/gu)) {
    const key = foldTurkish(turkishLower(m[0].split(APOSTROPHE)[0]!));
    if (key) out.push({ text: m[0], key });
  }
  // German words typed into Turkish ("und ne zaman bulmuşlar?", "was haben die besprochen"), read as the engine reads
  // them (germanAsTurkish): "und" leads as "ve", "was" asks as "ne"; "haben", "die" are no words of the question's own.
  if (out.some((t) => isGermanWord(t.key, true))) {
    const keys = out.map((t) => t.key);
    const read: TrToken[] = [];
    for (let i = 0; i < out.length; ) {
      const german = germanAsTurkish(keys, i, true);
      if (german === undefined) read.push(out[i]!);
      else for (const w of german.words) read.push({ text: w, key: foldTurkish(w) });
      i += german?.take ?? 1;
    }
    out.splice(0, out.length, ...read);
  }
  // Azerbaijani as the engine reads it (azerbaijaniRead): "türkiyədə neynir bunlar" asks "ne yapıyor".
  const azerbaijani = azerbaijaniRead(out.map((t) => turkishLower(t.text.split(APOSTROPHE)[0]!)));
  if (azerbaijani !== null) out.splice(0, out.length, ...azerbaijani.flatMap((ws) => ws.map((w) => ({ text: w, key: foldTurkish(w) }))));
  // The formal "the said" ("mezkur sahanın …", "söz konusu ziyaretin …", "bahse konu tesisin", "anılan şirketin")
  // points back as "bu" (this) does: the noun after it is what was asked about before.
  // (The pairs as the engine reads them, aforesaidAt: not "söz konusu olan".)
  for (let j = 0; j + 1 < out.length; j++) {
    if (aforesaidAt(out.slice(j, j + 3).map((t) => t.key), 0) === 2) out.splice(j, 2, { text: `${out[j]!.text} ${out[j + 1]!.text}`, key: 'bu' });
    else if (AFORESAID.has(out[j]!.key)) out[j] = { text: out[j]!.text, key: 'bu' };
  }
  // "bu alanda", "bu konuda" (in this field, on this matter): a demonstrative with a noun that only classes what was
  // said before points back as "bunda" (in this) does, as "that place" does in English; the noun is no word of its own.
  // A pair taken out at the end leaves fewer words after j: the next pair starts no later than the new last but one.
  for (let j = out.length - 2; j >= 0; j = Math.min(j - 1, out.length - 2)) {
    if (DEMONSTRATIVE.has(out[j]!.key) && CLASS_LOCATIVES.has(out[j + 1]!.key)) out.splice(j, 2, { text: `${out[j]!.text} ${out[j + 1]!.text}`, key: 'bunda' });
    // "bu duruma", "bu vaziyete", "bu işe" (to this situation, this business): what was said before, in any case, as
    // "this" is; the noun is no word of the question's own.
    else if (DEMONSTRATIVE.has(out[j]!.key) && SITUATION.test(out[j + 1]!.key)) out.splice(j, 2, { text: `${out[j]!.text} ${out[j + 1]!.text}`, key: SITUATION_KEY });
    // "bu adam", "o kişi" (this man, that person): the person named before, in its case, as "that guy" is in English;
    // the noun is no word of the question's own ("nadir toprak hakkında bi şey demiş mi bu adam?").
    else if (DEMONSTRATIVE.has(out[j]!.key) && PERSON_NOUN_CASES.has(out[j + 1]!.key)) out.splice(j, 2, { text: `${out[j]!.text} ${out[j + 1]!.text}`, key: PERSON_NOUN_CASES.get(out[j + 1]!.key)! });
    // "bu arada" (by the way), "o zaman" (then) with a question: discourse, no pronoun pointing back ("neden o zaman?").
    else if ((out[j]!.key === 'bu' && out[j + 1]!.key === 'arada') || (out[j]!.key === 'o' && out[j + 1]!.key === 'zaman' && out.length > 2)) out.splice(j, 2);
    // "bu yüzden", "bu kapsamda", "bundan dolayı" (so, in this context, because of this): a connective, as "so" is.
    else if ((DEMONSTRATIVE.has(out[j]!.key) && CONNECTIVE_NOUNS.has(out[j + 1]!.key)) || ((out[j]!.key === 'bundan' || out[j]!.key === 'ondan') && out[j + 1]!.key === 'dolayi')) out.splice(j, 2);
    // "şunu merak ediyorum", "şunu sorayım" (I wonder this, let me ask this): "şunu" points at the question that follows,
    // not back at what was said before, as "here's the thing" does in English.
    else if (out[j]!.key === 'sunu' && ASKING_STEM.test(out[j + 1]!.key)) out.splice(j, 1);
    // "bi de şu var, …" (and there's this: …): "şu" points at what follows, as above; the two say nothing more.
    else if (out[j]!.key === 'su' && out[j + 1]!.key === 'var' && j + 2 < out.length) out.splice(j, 2);
  }
  return out;
}
/** The formal "the said" of one word (folded), before a noun: "mezkur", "anılan", "zikredilen". */
const AFORESAID = new Set(['mezkur', 'anilan', 'zikredilen', 'mevzubahis']);
/** After "bu", "o", "şu", nouns that make a connective of it (folded): "bu yüzden", "o nedenle", "bu kapsamda", "bu çerçevede". */
const CONNECTIVE_NOUNS = new Set(['yuzden', 'nedenle', 'kapsamda', 'cercevede', 'baglamda']);
/** Nouns of a situation or matter after "bu", "o", "şu", in any case (folded): durum, vaziyet, mesele, mevzu, olay, iş. */
const SITUATION = /^(?:durum|vaziyet|mesele|mevzu|olay|gelisme)(?:y?[iu]|y?[ae]|n[iu]n|[dt][ae]n)?$|^is(?:i|e|in|ten)?$/;
/** The key "bu duruma" and its like take: a pronoun that always points back at what was said before. */
const SITUATION_KEY = 'budurum';
/** Verbs of wondering and asking (folded stems) after which "şunu" points forward: "merak", "sor-", "öğren-". */
const ASKING_STEM = /^(?:merak|sor|ogren)/;
const DEMONSTRATIVE = new Set(['bu', 'o', 'su']);
/** A person as a noun after a demonstrative (folded), in each case, and the pronoun of that case: "adamın" is "onun". */
const PERSON_NOUN_CASES: ReadonlyMap<string, string> = new Map(
  [
    'adam adami adama adamin adamda adamdan',
    'kisi kisiyi kisiye kisinin kiside kisiden',
    'zat zati zata zatin zatta zattan',
    'herif herifi herife herifin herifte heriften',
    'eleman elemani elemana elemanin elemanda elemandan',
  ].flatMap((forms) => forms.split(' ').map((form, i): [string, string] => [form, ['o', 'onu', 'ona', 'onun', 'onda', 'ondan'][i]!])),
);
/** Nouns that class a topic, in the locative (folded): "alanda" (field), "konuda" (matter), "sektörde", "işte", "piyasada", "hususta". */
const CLASS_LOCATIVES = new Set(['alanda', 'konuda', 'sektorde', 'iste', 'piyasada', 'hususta', 'meselede']);

const isWh = (key: string) => isTurkishQuestionWord(key) || WHAT.has(key);
const isFunction = (key: string) => isWh(key) || PARTICLE.test(key) || GENERIC.has(key) || PRONOUNS.has(key) || LEAD.has(key) || isTurkishStopWord(key);

/** "karşı", "diğer", "öbür" (folded) before "taraf": the other party. */
const OTHER_SIDE = new Set(['karsi', 'diger', 'obur']);

/** "ours" alone, folded: the asker's own country's. */
const OURS = new Set(['bizimki', 'bizimkiler', 'bizimkisi']);
/** A confirming tag's words, folded ("… di mi", "… değil mi"). */
const CONFIRM_TAG = new Set(['di', 'degil', 'dimi']);
/** Words of "ours" with a guess after it, at most ("bizimki de erdoğan di mi": 5). */
const MAX_OURS_WORDS = 5;

/** "etmek" (to do, make) in any form, as chat types it too ("edicek", "edcek"), folded: a light verb after a noun. */
const LIGHT_VERB = /^(?:et|ed)(?:[a-z]*)$/;

/**
 * The shape of a Turkish question. Pure and about the words only (the
 * knowledge is not consulted), so a shape never depends on what came before.
 */
export function turkishFollowupShape(question: string): TurkishShape {
  const ts = trTokens(question);
  let i = 0;
  while (i < ts.length && (LEAD.has(ts[i]!.key) || (ts[i]!.key === 'bir' && (ts[i + 1]?.key === 'de' || ts[i + 1]?.key === 'da')))) i += ts[i]!.key === 'bir' ? 2 : 1;
  const lead = ts.slice(0, i).map((t) => t.key);
  const rest = ts.slice(i);
  // ("kaç yıldır?", "kaç ay sonra?": after "kaç", a unit of time only says the answer is a time: how long, how long ago.)
  // (With the locative or ablative its stem may keep on a short word: "hangi ayda?", "hangi yılda?".)
  // (And the "-dir" of "for … now" the stemmer leaves on a word ending in a vowel: "kaç senedir?", for how many years?)
  const kindStem = (key: string) => turkishStem(key).replace(/^(\p{L}{2,}?)[dt][ae]n?$/u, '$1').replace(/^(\p{L}{3,}?[aeiou])[dt][iu]r$/u, '$1');
  const kindNoun = (j: number) =>
    j > 0 && (((rest[j - 1]!.key === 'hangi' || rest[j - 1]!.key === 'ne') && KIND_NOUNS.has(kindStem(rest[j]!.key))) || (rest[j - 1]!.key === 'kac' && TIME_UNITS.has(kindStem(rest[j]!.key))));
  // ("karşı taraf kim?", who is the other party?: the other side of what was asked about, a pronoun, as "with whom?" is.)
  const otherParty = (j: number) => SIDE.test(rest[j]!.key) && j > 0 && OTHER_SIDE.has(rest[j - 1]!.key);
  const own = rest.filter((t, j) => !isFunction(t.key) && !kindNoun(j) && !otherParty(j));
  const wh = rest.some((t) => isWh(t.key));
  // (A possessive pronoun in a case too, "bizimkiyle görüştüler mi?": did they meet ours?, ours being what was named before.)
  const pronoun = rest.some((t, j) => (PRONOUNS.has(t.key) && !TIME_AFTER.has(rest[j + 1]?.key ?? '')) || isPossessivePronoun(t.key));
  const generic = rest.some((t) => GENERIC.has(t.key) || PARTICLE.test(t.key));
  if (own.length === 0) {
    // Only question words, particles, pronouns and words like "başka": nothing to answer without context ("peki?" alone is not a question).
    return rest.length > 0 && (wh || pronoun || generic) ? { kind: 'bare' } : { kind: 'standalone' };
  }
  // "heyetin başında kim olacak?": the owner is named (a genitive before the noun): a question of its own.
  // Not when the genitive is what is asked ("o hangi bakanlığın başında?": which ministry is he at the head of?).
  const asksFor = (j: number) => j > 0 && KIND_ASKERS.has(rest[j - 1]!.key);
  // (Not when a demonstrative says which owner: "o bakanlığın başında kim var?", who heads that ministry, points back.)
  if (rest.some((t, j) => OWNED.has(t.key) && j > 0 && GENITIVE.test(rest[j - 1]!.key) && !isFunction(rest[j - 1]!.key) && !asksFor(j - 1) && !DEMONSTRATIVE.has(rest[j - 2]?.key ?? ''))) return { kind: 'standalone' };
  // "içinde ne kadar nadir toprak var?" (how much rare earth is in [it]?): a place word opening the question with no
  // owner before it points back at what was asked before, as "in it" does in English.
  if (rest[0] !== undefined && OWNED_PLACES.has(rest[0].key) && own.length > 1) return { kind: 'pronoun' };
  // (A noun with a light verb after it is a verb too: "kim başkanlık edecek?", who will lead [it]?, says whom no more than
  // "kim yönetecek?" does.)
  const lightVerbed = (t: TrToken) => {
    const next = rest[rest.indexOf(t) + 1]?.key;
    return next !== undefined && isFunction(next) && LIGHT_VERB.test(next);
  };
  const verbs = own.filter((t) => isVerb(t.key) || OWNED.has(t.key) || lightVerbed(t));
  // "türkiyeninki?", "peki Türkiye'ninki?" (Turkey's [one]?): the name in the genitive ("türkiyenin") stands in the
  // place of the owner the previous question named, as "ya Türkiye?" does; "-ki" (the one) goes.
  const onesOf = rest.length === 1 && !wh ? rest[0]!.text.replace(/(['’`´‘]?n?[ıiuü]n)ki$/iu, '$1') : '';
  // (Its key as a word of its own has it: the name without the apostrophe's suffix, "Türkiye'nin" is "turkiye".)
  if (onesOf.length >= 2 && onesOf !== rest[0]!.text) return { kind: 'swap', subject: [{ text: onesOf, key: foldTurkish(turkishLower(onesOf.split(APOSTROPHE)[0]!)) }] };
  // "bizimki?", "peki bizimki?" (ours?) after "Çin'in devlet başkanı kim?": the asker's own country's, Türkiye's, as
  // "türkiyeninki?" is (read as a word, "bizimki" found nothing).
  // (With a guess at the answer after it and no verb: "bizimki de erdoğan di mi?", "bizim taraf da erdoğan tabi?".)
  const oursLed = OURS.has(rest[0]?.key ?? '') || (rest[0]?.key === 'bizim' && SIDE.test(rest[1]?.key ?? ''));
  // ("di mi", "değil mi": isn't it, a tag, no verb of its own.)
  if (oursLed && !wh && (rest.length === 1 || (verbs.every((t) => CONFIRM_TAG.has(t.key)) && rest.length <= MAX_OURS_WORDS))) return { kind: 'swap', subject: [{ text: 'Türkiye', key: 'turkiye' }] };
  // "türkiye tarafında?", "çin tarafı?" (on Turkey's side?): the name's side is the name, in the previous question's
  // place, as "ya Türkiye?" is.
  if (!wh && rest.length === 2 && SIDE.test(rest[1]!.key) && !isFunction(rest[0]!.key)) return { kind: 'swap', subject: [rest[0]!] };
  // "ya Chery?", "peki SAIC?", "bir de Great Wall": a name (or a few words, no verb) in the previous question's place.
  // (Not "ya" after an interjection: "hadi ya", "yok ya", "vay ya" say "really?", "no way", "wow", and what follows is a
  // question of its own: "hadi ya. ziyaret ekimde miydi?")
  const swapLead = lead.some((k, j) => (SWAP_LEAD.has(k) && !(k === 'ya' && j > 0 && EXCLAIMED.has(lead[j - 1]!))) || k === 'bir');
  if (swapLead && !wh && verbs.length === 0 && rest.length <= MAX_SWAP_WORDS) return { kind: 'swap', subject: own };
  // (Also with "peki" after the name: "byd peki?", what about BYD?)
  if (rest.length >= 2 && rest.at(-1)!.key === 'peki' && !wh && verbs.length === 0 && rest.length - 1 <= MAX_SWAP_WORDS) return { kind: 'swap', subject: own };
  // "neden o kadar yüksek?" (why that high?): "o kadar", "bu kadar" before the one word of its own points back at what
  // was said to be so, as "that high" does in English.
  if (!pronoun && own.length === 1 && rest.some((t, j) => DEMONSTRATIVE.has(t.key) && rest[j + 1]?.key === 'kadar')) return { kind: 'pronoun' };
  // "ya Tesla, o fabrika kuruyor mu?", "rafineri, o ne zaman açılacak?": a question that names its topic before its
  // pronoun points at that topic, as in English. A verb before it is no topic ("ne zaman söyledi bunu?").
  if (pronoun) {
    // "amerika ile avrupa ne diyor bu duruma?" (what do the US and the EU say to this situation?): the situation is what
    // was said before, whatever the question names.
    if (rest.some((t) => t.key === SITUATION_KEY)) return { kind: 'pronoun' };
    // "türkiyede ne işleri var bunların?", "dünyanın en büyüğü mü bu?": a pronoun put after the question's predicate
    // (its verb, "var", its question word or particle), with nothing of its own after it, is the subject said last, as
    // Turkish speech puts it: it points back, whatever words come before.
    // (Plural, "bunların", "onlar", which no topic of the question's own in the singular is; or right after the question
    // particle, "… mü bu?". Not "rafineri ne zaman açılacak bu?": "bu" is that refinery; nor "bunun için", for it.)
    const last = rest.findLastIndex((t) => SAID_LAST.test(t.key));
    const predicateBefore = rest.slice(0, last).some((t) => isVerb(t.key) || t.key === 'var' || t.key === 'yok' || isWh(t.key) || PARTICLE.test(t.key));
    // (Or after a question word with no topic of the question's own before that word: "kimin yayını bu?", "çinliler için
    // niye önemli bu?", a word with a postposition or in a case that says where or whose being none.)
    const firstAsk = rest.findIndex((t) => isWh(t.key));
    const topicFirst = rest.slice(0, Math.max(0, firstAsk)).some((t, j) => !isFunction(t.key) && !isVerb(t.key) && !POSTPOSITIONS.has(rest[j + 1]?.key ?? '') && !LOCATIVE.test(t.key) && !GENITIVE.test(t.key));
    const saidLast = last > 0 && (PLURAL_SAID_LAST.test(rest[last]!.key) || PARTICLE.test(rest[last - 1]!.key) || (firstAsk >= 0 && firstAsk < last && !topicFirst));
    if (saidLast && predicateBefore && rest.slice(last + 1).every((t) => SENTENCE_END.has(t.key))) return { kind: 'pronoun' };
    // (A word asked for, "hangi bakanlığın", is no topic named, nor a noun that needs an owner, "başında".)
    // Nor a place it happens in ("türkiyede ne yapcak bunlar": what will they do in Turkey?): a locative says where,
    // not what the question is about.
    const topic = own.find((t) => !isVerb(t.key) && !OWNED.has(t.key) && !asksFor(rest.indexOf(t)) && !LOCATIVE.test(t.key));
    return topic !== undefined && rest.indexOf(topic) < rest.findIndex((t) => PRONOUNS.has(t.key) || isPossessivePronoun(t.key)) ? { kind: 'standalone' } : { kind: 'pronoun' };
  }
  // "ne zaman gidecek?", "kim götürüyor?": a question word and only verb forms (or nouns of something owned: "görevi
  // ne?"): the subject is the one before.
  if (wh && verbs.length === own.length) return { kind: 'dropped' };
  if (!wh && rest.length <= MAX_FRAGMENT_WORDS) return { kind: 'fragment' };
  return { kind: 'standalone' };
}

/**
 * "bizim enerji bakanlığı?" (our energy ministry?) after "Çin Ticaret Bakanlığı yorum yaptı mı?": a fragment of a few
 * words ending in a word of the previous question puts itself in that word's phrase, as "ya Türkiye Enerji Bakanlığı?"
 * does (as in English). One word alone ("bakanlık?") says no more than the question before.
 */
function headSwap(question: string, previous: string): Extract<TurkishShape, { kind: 'swap' }> | null {
  const ts = trTokens(question).filter((t) => !LEAD.has(t.key));
  const head = ts.at(-1);
  const own = ts.filter((t) => !isFunction(t.key));
  if (head === undefined || isFunction(head.key) || own.length < 2 || own.some((t) => isVerb(t.key))) return null;
  // The head with another word before it in the question before ("Ticaret Bakanlığı"), and the fragment's own word
  // before it new ("enerji"), as in English.
  const stem = turkishStem(head.key);
  const before = ts.at(-2)!;
  const prev = trTokens(previous);
  const headAfterWord = prev.some((t, j) => j > 0 && turkishStem(t.key) === stem && !isFunction(prev[j - 1]!.key));
  if (!headAfterWord || isFunction(before.key) || prev.some((t) => turkishStem(t.key) === turkishStem(before.key))) return null;
  return { kind: 'swap', subject: own };
}

/**
 * "byd ne durumda?", "BYD'nin durumu ne?", "peki BYD ile iş nerde kaldı?" (how do things stand with BYD?): asks after a
 * name what the question before asked, as "peki BYD?" does ("chery ile görüşülmüş mü?" → whether BYD was talked to).
 * Its only word of its own, "durum" (state), matches whatever fact says "dur-" and none that says how things stand, so
 * alone it is declined; the caller reads it so only then (a question answered alone stays as it is). Null when the
 * message is not such a question: a few words that name something the knowledge has (no question word, no verb)
 * before the status words.
 */
export function turkishStatusAsSwap(question: string, kb: KnowledgeBase, previous: string): string | null {
  const ts = trTokens(question);
  let i = 0;
  while (i < ts.length && LEAD.has(ts[i]!.key)) i++;
  let j = ts.length;
  while (j > i && STATUS_AFTER.has(ts[j - 1]!.key)) j--;
  const keys = ts.slice(i, j).map((t) => t.key);
  const ending = STATUS_ENDINGS.find((e) => e.length <= keys.length && e.every((k, n) => keys[keys.length - e.length + n] === k));
  if (ending === undefined) return null;
  let k = j - ending.length;
  // "BYD ile iş nerde kaldı" (where did the business with BYD get to), "byd ile ne durumda", "byd peki, o ne durumda".
  if (k > i && (ts[k - 1]!.key === 'is' || ts[k - 1]!.key === 'isler')) k--;
  if (k > i && WITH.has(ts[k - 1]!.key)) k--;
  if (k > i && (ts[k - 1]!.key === 'o' || ts[k - 1]!.key === 'onun')) k--;
  if (k > i && ts[k - 1]!.key === 'peki') k--;
  // Not with "bu işte", "bu alanda" (in this business, field; read as "bunda"): "çin bu işte ne durumda?" asks where China
  // stands in the field, its place in it, not what the question before asked of it.
  const named = ts.slice(i, k);
  if (named.some((t) => t.key === 'bunda')) return null;
  const own = named.filter((t) => !isFunction(t.key));
  if (own.length === 0 || named.length > MAX_SWAP_WORDS || named.some((t) => isWh(t.key) || isVerb(t.key) || PRONOUNS.has(t.key))) return null;
  // Only after what the knowledge speaks of: "nadir toprak fiyatları ne durumda?" (how are rare earth prices doing?) asks
  // about prices, which no fact names: a question of its own, declined as it is.
  const vocab = vocabularyOf(kb);
  if (own.some((t) => factsOf(t.key, vocab).size === 0)) return null;
  // Nor after a question that named it ("BYD dışında kimlerle görüşüldü?" then "BYD'nin durumu ne?"): no name to put in
  // another's place, as "peki BYD?" there is a question of its own.
  const before = new Set(trTokens(previous).map((t) => turkishStem(nameInWord(t.key, vocab.names) ?? t.key)));
  if (own.every((t) => before.has(turkishStem(nameInWord(t.key, vocab.names) ?? t.key)))) return null;
  // (The name without its case ending: "BYD'nin durumu ne" is "peki BYD?".)
  return `peki ${own.map((t) => t.text.split(APOSTROPHE)[0]!).join(' ')}?`;
}
/**
 * "batarya da yaparlar mı?", "batarya da üretirler mi burda" (batteries too, do they make them?): what a follow-up adds,
 * with "da"/"de" (too), then a verb of making or doing and the particle: "batarya da mı?", as the follow-up adds it with
 * no verb. (As typed, the aorist "yaparlar" met one stored question, "BYD ne iş yapar?".) The question as it was when it
 * is no such follow-up.
 */
export function turkishAddedWithVerb(question: string): string {
  const m = ADDED_WITH_VERB.exec(plainTurkish(question));
  if (!m) return question;
  // (The thing added as typed, with its Turkish letters: the words before "da".)
  const words = question.trim().split(/\s+/u);
  const n = m[1]!.split(' ').length;
  return `${words.slice(0, n).join(' ')} ${m[2]} mı?`;
}
const ADDED_WITH_VERB =
  /^((?:\p{L}+\s+)?\p{L}+)\s+(da|de)\s+(?:yap|uret|kur|gelir|gelecek|gelcek|olur|olacak|olcak|yapil|uretil|kurul)\p{L}*(?:\s+(?:mi|mu)(?:\s+ki)?)?(?:\s+(?:ki|ilerde|ileride|burda|burada|orda|orada|peki|acaba|sonra|pil falan|falan))*$/u;

/**
 * "kimle imzaladı, devletle mi?", "kimle imzalamışlar devletle mi özel şirketle mi" (with whom did they sign, the state?
 * a private company?): a question word's follow-up with guesses at its answer after it, each closed by the question
 * particle, as English "signed with who tho, the govt?" (rewrites.ts, withoutGuess). The guesses are no words of what
 * is asked ("devlet" would be read as the question's topic): read without them, but only when what is left asks with a
 * question word and is a follow-up; a question of its own ("enerji bakanı kim, bayraktar mı?") is answered as typed.
 */
export function withoutTurkishGuess(question: string, kb: KnowledgeBase): string {
  const vocab = vocabularyOf(kb);
  const words = question.replace(/[?!.…\s]+$/u, '').split(/\s+/u);
  let end = words.length;
  for (let guesses = 0; guesses < MAX_TURKISH_GUESSES; guesses++) {
    // One guess: a few words, then the particle on its own ("devletle mi"), perhaps after "yoksa" or "ya da" (or).
    if (end < 3 || !PARTICLE.test(fold(words[end - 1]!))) break;
    let start = end - 1;
    const opens = (w: string) => /[,?!]$/u.test(w) || asksOf(w) || PARTICLE.test(fold(w)) || isVerb(fold(w));
    while (start > 0 && end - 1 - start < MAX_TURKISH_GUESS_WORDS && !opens(words[start - 1]!)) start--;
    // (The guess opens after a comma or a question mark, a verb, the question word's phrase, or the guess before it;
    // never the whole.)
    if (start === end - 1 || start === 0 || !opens(words[start - 1]!)) break;
    const own = words.slice(start, end - 1).map(fold).filter((w) => !GUESS_OR.has(w) && !GUESS_VAGUE.has(w));
    // (A guess at something the knowledge never names is what the question asks, and why it is declined: "hangi ilde,
    // manisa mı?", a place the report never gives. The guess's last word, its noun, is the knowledge's: "özel
    // şirketle". "var mı", "belli mi" are a question's own: "… ne zaman biteceği belli mi".)
    if (own.length === 0 || own.some(asksOf) || PREDICATES.has(own.at(-1)!) || factsOf(own.at(-1)!, vocab).size === 0) break;
    end = start;
    while (end > 0 && GUESS_OR.has(fold(words[end - 1]!.replace(/,$/u, '')))) end--;
  }
  if (end === words.length || end === 0) return question;
  const asked = `${words.slice(0, end).join(' ').replace(/[,;:\s]+$/u, '')}?`;
  return words.slice(0, end).some(asksOf) && turkishFollowupShape(asked).kind !== 'standalone' ? asked : question;
}
const fold = (word: string) => foldTurkish(turkishLower(word.replace(/[^\p{L}\p{N}]+/gu, '')));
const asksOf = (word: string) => isWh(fold(word));
/** Guesses after a question word at most ("devletle mi özel şirketle mi": 2), and words of each at most. */
const MAX_TURKISH_GUESSES = 2;
const MAX_TURKISH_GUESS_WORDS = 3;
/** "or" between guesses ("devletle mi yoksa özel şirketle mi"). */
const GUESS_OR = new Set(['yoksa', 'ya', 'veya', 'veyahut', 'da']);
/** Words a guess is hedged with ("devlet falan mı"). */
const GUESS_VAGUE = new Set(['falan', 'filan', 'gibi', 'bi', 'bir']);
/** Words that make "… mı" a question of its own: there is, there is not, known, true, possible, certain. */
const PREDICATES = new Set(['var', 'yok', 'belli', 'dogru', 'mumkun', 'kesin', 'gercek', 'olur', 'olcak', 'olacak']);

/**
 * "sadece byd mi, yoksa başkalarıyla da konuşulmuş mu?", "yalnızca BYD ile mi görüşülmüş?" (only BYD, or others too?):
 * asks for the others, as "BYD dışında başkaları var mı?" (any others besides BYD?) does, and as "is byd the only one?"
 * in English (rewrites.ts). As typed, "sadece" (only) weighed a third of it and found the fact that asks whether Turkey
 * only wants to mine. Only for a name of the knowledge's (not "sadece madenle mi yetinecek?": only mining?), and only
 * when the rest asks after others or the name comes with "ile" (with). Null when it is no such question.
 */
export function turkishOnlyAsOthers(question: string, kb: KnowledgeBase): string | null {
  const ts = trTokens(question);
  let i = 0;
  while (i < ts.length && LEAD.has(ts[i]!.key)) i++;
  // (After a subject: "Türkiye … yalnızca BYD ile mi …".)
  const only = ts.findIndex((t, j) => j >= i && ONLY.has(t.key));
  if (only < 0) return null;
  const vocab = vocabularyOf(kb);
  const isName = (t: TrToken) => vocab.names.has(nameInWord(t.key, vocab.names) ?? t.key);
  let k = only + 1;
  while (k < ts.length && k - only <= 3 && isName(ts[k]!)) k++;
  const named = ts.slice(only + 1, k);
  if (named.length === 0) return null;
  const withIt = ts[k]?.key === 'ile' || ts[k]?.key === 'la' || ts[k]?.key === 'le';
  const at = withIt ? k + 1 : k;
  if (ts[at] === undefined || !PARTICLE.test(ts[at]!.key)) return null;
  const rest = ts.slice(at + 1);
  if (!withIt && !rest.some((t) => /^(?:baska|diger)/.test(t.key))) return null;
  return `${named.map((t) => t.text.split(APOSTROPHE)[0]!).join(' ')} dışında başkaları var mı?`;
}
/** "sadece", "yalnızca", "bir tek" (only), folded. */
const ONLY = new Set(['sadece', 'yalnizca', 'yalniz', 'tek']);

/** The words (folded) that ask how things stand, ending the question: "ne durumda", "durumu ne", "ne alemde", "nerde kaldı". */
const STATUS_ENDINGS: readonly (readonly string[])[] = [
  ['ne', 'durumda'], ['ne', 'durumdalar'], ['ne', 'durumdayiz'], ['durumu', 'ne'], ['durumu', 'nedir'], ['durumu', 'nasil'], ['durum', 'ne'],
  ['ne', 'alemde'], ['nerde', 'kaldi'], ['nerede', 'kaldi'],
];
/** Words after the status words that add nothing: "peki", "şimdi", "acaba". */
const STATUS_AFTER = new Set(['peki', 'simdi', 'acaba', 'su', 'an']);
/** "with" after a name, as typed apart or run together: "BYD ile", "byd la". */
const WITH = new Set(['ile', 'la', 'le', 'yla', 'yle']);

/** Whether Turkish small talk is, in a conversation, a bare follow-up pointing at a thing ("bu ne?": what is this?). */
export function pointsBackInTurkishChat(question: string): boolean {
  return turkishFollowupShape(question).kind === 'bare' && trTokens(question).some((t) => PRONOUNS.has(t.key));
}

/** A pronoun standing for something on its own ("bu neden önemli?"), not a determiner before a noun ("bu ziyaret"). */
function standsForSomething(question: string): boolean {
  const ts = trTokens(question);
  // ("kendisi" always stands for someone: "kendisi tesisle ilgili ne açıklamıştı?"; so does a possessive pronoun in a
  // case, "bizimkiyle": with ours.)
  // (So does "bu firma", "bu adam": this company, this man, a noun that only says what kind of thing was named before.)
  // (So does a demonstrative in the genitive, "bunun", "onların": only bare "bu", "o" go before a noun as "this", "that";
  // "bunun Türkiye'yle ne alakası var?" asks what this has to do with Turkey. Not "bu işte" read as "bunda": in this
  // business, the field, not what was said.)
  return ts.some((t, j) => (PRONOUNS.has(t.key) && (ts[j + 1] === undefined || isFunction(ts[j + 1]!.key) || KENDISI.includes(t.key) || (GENITIVE_DEMONSTRATIVE.test(t.key) && !t.text.includes(' ')) || (DEMONSTRATIVE.has(t.key) && KIND_OF_NAMED.has(ts[j + 1]!.key)))) || isPossessivePronoun(t.key));
}
/**
 * "o", "bu", "şu" and their plurals in the genitive (folded): "bunun", "onların". (Not the other cases: "bunu hangi bakan
 * söylemişti?", who said this, read with the question before got its answer again.)
 */
const GENITIVE_DEMONSTRATIVE = /^(?:on|bun|sun)un$|^(?:onlar|bunlar)in$/;
/** Nouns after "bu", "o", "şu" that only say what kind of thing was named before (folded): company, man, person. */
const KIND_OF_NAMED = new Set(['firma', 'firmanin', 'firmayi', 'sirket', 'sirketin', 'sirketi', 'marka', 'markanin', ...PERSON_NOUNS]);

/**
 * "o bakanlığın başında kim var?" (who heads that ministry?) after "enerji bakanlığı … ne dedi": "o bakanlık" is the
 * ministry the question before named, and the word before it there says which ("enerji"), as "that ministry" in
 * English (the shape that makes a genitive owner's question one of its own when no demonstrative says which). The
 * question with that word put before the noun ("enerji bakanlığın başında kim var?"), or null.
 */
function thatOneNamed(asked: string, previous: string, previousAnswer = ''): string | null {
  const asking = trTokens(asked);
  // (Only an owner in the genitive, whose noun after it needs one: "o bakanlığın başında". "o tesis" is the facility the
  // question before named, whatever word came before it there; "o xi dediğin" a name.)
  // (Also with no word before the owner at all: "bakanlığın başında kim var zaten", the ministry's head, is that ministry's.)
  const owner = (j: number) => asking[j] !== undefined && !isFunction(asking[j]!.key) && GENITIVE.test(asking[j]!.key) && OWNED.has(asking[j + 1]?.key ?? '');
  const first = asking.findIndex((t) => !LEAD.has(t.key));
  const that = asking.findIndex((t, j) => DEMONSTRATIVE.has(t.key) && owner(j + 1));
  const at = that >= 0 ? that + 1 : owner(first) ? first : -1;
  if (at < 0) return null;
  const noun = turkishStem(asking[at]!.key);
  const named = (ts: readonly TrToken[]) => ts.findIndex((t, j) => j > 0 && turkishStem(t.key) === noun && !isFunction(ts[j - 1]!.key));
  // (Or the answer's, when the question before asked which one it was: "o bakanlığın başında kim var?" after "hangi
  // bakanlık açıkladı?", answered "Enerji Bakanlığı …".)
  const inQuestion = trTokens(previous);
  const prev = named(inQuestion) > 0 ? inQuestion : trTokens(previousAnswer);
  const k = named(prev);
  if (k <= 0) return null;
  // The words that say which: back from the noun while they are words of their own, or "ve" between two ("Enerji ve
  // Tabii Kaynaklar Bakanlığı"), at most MAX_OWNER_WORDS.
  let from = k - 1;
  while (from > 0 && k - from < MAX_OWNER_WORDS && (!isFunction(prev[from - 1]!.key) || (prev[from - 1]!.key === 've' && from > 1 && !isFunction(prev[from - 2]!.key)))) from--;
  const own = (ts: readonly TrToken[]) => ts.filter((t) => !LEAD.has(t.key));
  return [...own(asking.slice(0, at - (that >= 0 ? 1 : 0))), ...prev.slice(from, k), ...own(asking.slice(at))].map((t) => t.text).join(' ');
}

/** Words joining two names in one subject ("ABD ve AB", "ABD ile AB"). */
const JOINS = new Set(['ve', 'ile']);

/** At most this many words before a noun say which one it is ("Enerji ve Tabii Kaynaklar"). */
const MAX_OWNER_WORDS = 4;

/** A word in the locative case, folded ("turkiyede", "cinde", "eskisehirde"). */
const LOCATIVE = /^\p{L}{3,}[dt][ae]$/u;

/** The previous question in Turkish: as asked, or, after an English question, its fact's first Turkish question. */
function previousInTurkish(previous: { question: string; factId: string }, index: KnowledgeBase): string {
  const fact = index.byId.get(previous.factId);
  return detectLanguage(previous.question) === 'tr' || fact === undefined ? previous.question : index.facts[fact]!.questions[0]!;
}

/** A noun with the possessive "-sı" after a vowel, folded ("rafinerisi", "ziyareti" not): a compound's head, a subject. */
const POSSESSED = /[aeiou]s[iu]$/;

/** The report and its sources as a question's subject, uninflected ("haber ne yazıyor?", "kaynaklar ne diyor?"). */
const REPORT = new Set(['haber', 'makale', 'rapor', 'yazi', 'kaynak', 'kaynaklar']);

/**
 * A question of an aim and nothing else, folded: "amaç ne", "peki amacı ne", "neden peki, amaç ne", "hedef ne bunda";
 * with a filler after it ("amaç ne aslında", office Turkish's "amaç ne basically", "amaç ne peki bunun"), or a reaction
 * before it ("hmm tamam. amaç ne peki").
 */
const PURPOSE_ASKED = /^(?:(?:peki|neden|niye|hmm+|hm|ya|e|yani|peki neden|neden peki|tamam|tmm|ok|oke|anladim|mantikli)\s+)*(?:amac|amaci|hedef|hedefi|maksat|maksadi|gaye|gayesi)\s+(?:ne|nedir|ne peki|peki|ne ki|ne bunda|ne bu)(?:\s+(?:peki|ki|bunda|bunun|bu|bununla|onunla|bunlarla|yani|acaba|aslinda|simdi|basically|actually))*$/u;

/**
 * "türkiyede bir şey kuruyorlar mı?" (are [they] building something in Turkey?) after "BYD ne?": a question with a
 * verb in the third person plural and no name of its own as subject has dropped its subject, which Turkish does; the
 * name the question before gave may be it, as "they" stands for a name in English. Read with that name before it, as
 * a whole question, only when that gets another fact than the words alone, more surely (CONVERSATION.pointingMargin);
 * else null (answered alone). A question the words alone do not answer, ending in a verb of any person ("türkiyede ne
 * yapacak?"), is read so too, when that gets a fact at all (see the rules below for what keeps it as asked).
 */
function withNamedSubject(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase): TurkishContextAnswer | null {
  // (A singular verb is known by its place: Turkish puts the verb last, before any question particle; a word in the
  // middle that only looks like one, "kendi" (own) as a past tense, is not read as it.)
  const endsWithVerb = (ts: readonly TrToken[]) => {
    const last = [...ts].reverse().find((t) => !PARTICLE.test(t.key) && !LEAD.has(t.key));
    return last !== undefined && isVerb(last.key);
  };
  if (alone.kind !== 'fact' && !(alone.kind === 'none' && alone.reason === 'no-match')) return null;
  const vocab = vocabularyOf(kb);
  const isName = (t: TrToken) => vocab.names.has(nameInWord(t.key, vocab.names) ?? t.key);
  const asked = trTokens(alone.question);
  // A name with a case ending ("Türkiye'de", "türkiyede": in Turkey) is no subject; a bare one may be. So is the report
  // itself, which says and writes: "haber … kimi yazıyor?" (whom does the report write of …?) has its subject.
  const subject = (t: TrToken) => (vocab.names.has(t.key) && !/['’`´‘]/u.test(t.text)) || REPORT.has(t.key);
  // A verb in the third person plural ("kuruyorlar", "imzaladılar": they are building, they signed), as "they" in English.
  const plural = (t: TrToken) => /l[ae]r$/.test(t.key) && isVerb(t.key.slice(0, -3));
  // Declined alone, a verb in the third person singular has dropped its subject too ("türkiyede ne yapacak?": what will
  // [it] do in Turkey?): with no fact of its own to keep, the name before is read in whenever that gets a fact.
  // "amaç ne?" (what is the aim?) asks the aim of what the question before was about: its owner dropped, as "the goal?"
  // in English.
  const purpose = PURPOSE_ASKED.test(askedPlain(alone.question));
  if (!purpose && (asked.some(subject) || !(asked.some(plural) || (endsWithVerb(asked) && !asked.some((t) => ASKS_SUBJECT.has(t.key)))))) return null;
  // (A singular verb whose subject the question names, a thing of the knowledge with its possessive "-sı" after a vowel:
  // "eskişehir'deki nadir toprak rafinerisi ne zaman çalışmaya başlar?", declined alone, is a question of its own.)
  // (Not with "da" after it, "batarya fabrikası da gelir mi?": a battery factory too, after BYD's plant, goes on from it.)
  const too = TOO.test(plainTurkish(alone.question));
  if (!purpose && !too && !asked.some(plural) && asked.some((t) => POSSESSED.test(t.key) && !isName(t) && !isVerb(t.key) && factsOf(t.key, vocab).size > 0)) return null;
  // "ne kadar saf üretmeyi düşünüyorlar?" (how pure do they plan to make it?) after "beylikova için rafineri kurulacak
  // mı?", declined alone: "they" are whoever the question before spoke of, and when the words alone and read with that
  // question come closest to the same fact, one the answer just given links to (its `related`, either way), the
  // conversation is evidence for it, as for a bare follow-up.
  if (alone.kind === 'none' && asked.some(plural)) {
    const linked = linkedAgreeing(alone.question, previous, kb);
    if (linked) return linked;
  }
  // … but not when it has a word the knowledge never uses, which may be its subject ("tesla türkiyede fabrika kuruyor
  // mu?": Tesla, not BYD).
  if (alone.kind !== 'fact' && asked.some((t) => !isFunction(t.key) && !isVerb(t.key) && factsOf(t.key, vocab).size === 0)) return null;
  const before = trTokens(previousInTurkish(previous, kb.turkish ?? kb));
  // (Not a name the question has itself, in any case: "beylikovadaki … ne kadar saf …?" after "türkiye beylikovadaki …"
  // lacks Türkiye only, and "beylikovadaki" twice would be no question.)
  const nameOf = (t: TrToken) => nameInWord(t.key, vocab.names) ?? t.key;
  const own = new Set(asked.filter(isName).map(nameOf));
  let names = before.filter((t) => isName(t) && !own.has(nameOf(t)));
  // After "kim …?" (who …?) naming no one, the person the answer named ("sanayi bakanı kim?", then "tesisi ne zaman
  // açıklamış?": when did [he] announce the facility?), by the last two words of the name, as for "o" below.
  if (names.length === 0 && before.some((t) => ASKS_WHO.test(t.key))) {
    const index = kb.turkish ?? kb;
    const fact = index.byId.get(previous.factId);
    // (Without the answer's case ending: "Fatih Kacır'dı" is "Fatih Kacır".)
    const person = fact === undefined ? undefined : personsIn(index.facts[fact]!.answer, trTokens)[0];
    names = (person ?? []).slice(-2).map((t) => ({ ...t, text: t.text.split(APOSTROPHE)[0]! }));
  }
  if (names.length === 0) return null;
  // The name goes before the question's own words, after what only leads it ("peki", "ya": "beylikova ne zaman …").
  const words = alone.question.split(/\s+/);
  while (words.length > 1 && trTokens(words[0]!).every((t) => LEAD.has(t.key))) words.shift();
  const probe = `${names.map((t) => t.text).join(' ')} ${words.join(' ')}`;
  const combined = answer(probe, kb, { hint: 'tr', oneQuestion: true });
  // (For an aim asked, with no words of its own to weigh against the names, more surely at all.)
  const margin = purpose ? 0 : CONVERSATION.pointingMargin;
  if (combined.kind !== 'fact' || (alone.kind === 'fact' && (combined.factId === alone.factId || !(combined.confidence > alone.confidence + margin)))) return null;
  return { reply: { ...combined, question: alone.question, ...readAs({ shown: asQuestion(probe), whole: true }), language: 'tr' }, remember: { question: probe, factId: combined.factId } };
}

/** A question's words followed by the question before's, less its question words and particles: the two read as one. */
const withQuestionBefore = (question: string, previous: string): string =>
  [...trTokens(question), ...trTokens(previous).filter((t) => !isWh(t.key) && !PARTICLE.test(t.key))].map((t) => t.text).join(' ');

/**
 * The fact a question declined alone and the same read with the question before (its words less question words and
 * particles) both come closest to, surely enough to be offered, when it is another than the answer just given and linked
 * to it: that fact, at the threshold's confidence, with the reading. Null otherwise.
 */
function linkedAgreeing(question: string, previous: { question: string; factId: string }, kb: KnowledgeBase): TurkishContextAnswer | null {
  const index = kb.turkish ?? kb;
  const prevFact = index.byId.get(previous.factId);
  if (prevFact === undefined) return null;
  const prevText = previousInTurkish(previous, index);
  const probe = withQuestionBefore(question, prevText);
  const aloneTop = rank(question, index, 1)[0];
  const readTop = rank(probe, index, 1, { oneQuestion: true })[0];
  if (!aloneTop || !readTop || aloneTop.factId !== readTop.factId || aloneTop.factId === previous.factId) return null;
  if (Math.min(aloneTop.score, readTop.score) < SEARCH.suggestThreshold || !linksTo(index, prevFact, aloneTop.factId)) return null;
  // (And one that gives the kind asked, by its answer or as its stored questions ask it: "kazakistanda hangi şehirde
  // buluşmuşlar?" asks a city the meeting's answer never names.)
  const fact = index.facts[index.byId.get(aloneTop.factId)!]!;
  const kind = turkishAnswerType(question);
  const givesKind = kind === null || turkishAnswerTypesSupported(fact.answer).includes(kind) || fact.questions.some((q) => turkishAnswerType(q) === kind);
  if (!givesKind || (kind === 'where' && asksForCity(question) && !answerNamesCity(fact.answer, 'tr'))) return null;
  const given = answerFact(aloneTop.factId, kb, 'tr');
  if (!given) return null;
  return { reply: { ...given, question, confidence: 0.5, readingAs: pairedReading(question, prevText), language: 'tr' }, remember: { question: prevText, factId: given.factId } };
}

// ---- Readings ------------------------------------------------------------------------------

/** Per stem of the Turkish texts: the facts it appears in; and the words written as names (a capital inside a sentence, more often than not). */
interface TurkishVocabulary {
  facts: Map<string, Set<number>>;
  names: Set<string>;
}

const vocabularies = new WeakMap<object, TurkishVocabulary>();

function vocabularyOf(kb: KnowledgeBase): TurkishVocabulary {
  const index = kb.turkish ?? kb;
  let v = vocabularies.get(index);
  if (v) return v;
  v = { facts: new Map(), names: new Set() };
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  index.facts.forEach((fact, f) => {
    for (const text of [fact.answer, ...fact.questions, ...fact.keywords]) {
      for (const sentence of text.split(/[.!?]\s+/)) {
        trTokens(sentence).forEach((t, j) => {
          const s = turkishStem(t.key);
          let set = v!.facts.get(s);
          if (!set) v!.facts.set(s, (set = new Set()));
          set.add(f);
          // (An acronym is a name wherever it stands: "ABD ve AB …" opens many a sentence.)
          if ((j > 0 || /^\p{Lu}{2,}$/u.test(t.text)) && /^\p{Lu}/u.test(t.text)) upper.set(t.key, (upper.get(t.key) ?? 0) + 1);
          else if (j > 0) lower.set(t.key, (lower.get(t.key) ?? 0) + 1);
        });
      }
    }
  });
  for (const [w, n] of upper) if (n > (lower.get(w) ?? 0) && !isTurkishStopWord(w)) v.names.add(w);
  vocabularies.set(index, v);
  return v;
}

/** The words (folded) the Turkish knowledge writes as names ("byd", "turkiye"): for connection.ts. */
export const turkishNames = (kb: KnowledgeBase): ReadonlySet<string> => vocabularyOf(kb).names;
/** Whether a word (folded) is one the Turkish knowledge has, by its stem: for identity.ts. */
export const turkishKnows = (kb: KnowledgeBase, key: string): boolean => factsOf(key, vocabularyOf(kb)).size > 0;

/** The facts a word's stem is found in; a name with its case ending ("çininki": China's) is the name. */
const factsOf = (key: string, vocab: TurkishVocabulary) => vocab.facts.get(turkishStem(nameInWord(key, vocab.names) ?? key)) ?? new Set<number>();

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** The question a reading shows: trimmed, one question mark. */
function asQuestion(text: string): string {
  const trimmed = text.trim().replace(/[\s?!.,;:]+$/u, '');
  return trimmed.length > 300 ? `${trimmed.slice(0, 299).trimEnd()}…` : `${trimmed}?`;
}

/** "“peki ne zaman?” (“Bayraktar Çin'e gidecek mi?” sorusunun devamı olarak)": the honest reading of a combined question. */
function pairedReading(question: string, previous: string): string {
  return `“${asQuestion(question)}” (“${asQuestion(previous)}” sorusunun devamı olarak)`;
}

/** The previous question with a like word (a name for a name, else the word sharing most facts) swapped for `subject`, or null. */
function swapped(subject: readonly TrToken[], prev: readonly TrToken[], vocab: TurkishVocabulary): string | null {
  const keys = subject.map((t) => t.key);
  const mine = keys.map((k) => factsOf(k, vocab)).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
  const isName = keys.every((k) => vocab.names.has(k));
  let best = -1;
  // Like for like (a name for a name) where there is one, else any word of the question's own; the word sharing
  // most facts with the subject, or the first ("sanayi bakanı" for "enerji" in "enerji bakanı kim": none shared).
  for (const likeOnly of [true, false]) {
    let bestScore = -1;
    prev.forEach((t, j) => {
      if (isFunction(t.key) || keys.includes(t.key) || (likeOnly && vocab.names.has(t.key) !== isName)) return;
      const score = jaccard(mine, factsOf(t.key, vocab));
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    });
    if (best >= 0) break;
  }
  if (best < 0) return null;
  // A name of several words goes as a whole ("Great Wall"); the suffix of the word replaced goes on the last word swapped in.
  let from = best;
  let to = best + 1;
  if (isName) {
    while (from > 0 && vocab.names.has(prev[from - 1]!.key) && !keys.includes(prev[from - 1]!.key)) from--;
    while (to < prev.length && vocab.names.has(prev[to]!.key) && !keys.includes(prev[to]!.key)) to++;
  }
  // A subject ending in a word the previous question has next ("sanayi bakanı" for "enerji" before "bakanı") takes its place too.
  if (to < prev.length && prev[to]!.key === keys.at(-1)) to++;
  const suffix = prev[to - 1]!.text.match(/['’`´‘][\p{L}]+$/u)?.[0] ?? '';
  const swappedIn = subject.map((t, j) => (j === subject.length - 1 && suffix && !APOSTROPHE.test(t.text) ? `${t.text}${suffix}` : t.text));
  return [...prev.slice(0, from).map((t) => t.text), ...swappedIn, ...prev.slice(to).map((t) => t.text)].join(' ');
}

interface Reading {
  probe: string;
  shown: string;
  whole: boolean;
  /** The follow-up's own words with the names of the question before, for a pronoun standing for a person ("o"). */
  named?: boolean;
  /** A swapped name with the names of the question before ("BYD Türkiye"): taken only for another fact than the words alone get. */
  withNames?: boolean;
  /** The follow-up's own words with the person the answer before named ("o kim?" after "… kim başkanlık edecek?"). */
  person?: boolean;
}

/** "o" (he, she) and its case forms: with a name in the question before, most often that person. */
const PERSON_PRONOUN = new Set(['o', 'onu', 'onun', 'ona', 'ondan', 'onda', ...KENDISI]);
/** Verbs of saying (folded tokens: "söylemiş", "dedi", "açıkladı", "demiş", "konuştu"): what a person does, not a thing. */
const SAYING = /^(?:soyle|soyluy|dedi|demis|diyo|acikla|konus|bahset|bahsed)/;
/** "in it", "there", "that place" ("içinde", "orada", "orası" and their cases): a place named before. */
const PLACE_PRONOUN = new Set(['icinde', 'icindeki', 'icinden', ...PLACE_WORDS]);
/** A field or line of business after "bu" (one token, folded): "bu alanda", "bu işte", "bu konuda", "bu sektörde". */
const FIELD = /^(?:bu|su|o)\s+(?:alan|is(?:te|in|i)?$|konu|sektor|piyasa|zincir)/u;
/** "Of them", "of these" (folded): a part of several ("bunlardan imzalayan oldu mu?"). */
const PARTITIVE_PRONOUN = new Set(['onlardan', 'bunlardan', 'iclerinden', 'aralarindan']);
/** "they", "them" ("onlar", "bunlar" and their cases): a company or people named before. */
const PLURAL_PRONOUN = new Set(['onlar', 'onlari', 'onlarin', 'onlara', 'bunlar', 'bunlari', 'bunlarin', 'bunlara', 'ikisi', 'ikisinin', 'ikisine', 'ikisini', 'ikisiyle']);

/** The readings of a Turkish follow-up, the most specific first. */
function readings(asked: string, shape: Exclude<TurkishShape, { kind: 'standalone' }>, previous: string, previousAnswer: string, vocab: TurkishVocabulary, facts: number): Reading[] {
  const prev = trTokens(previous);
  const out: Reading[] = [];
  const paired = pairedReading(asked, previous);
  // (A place word that points back keeps its place in the reading: "içinde ne var?" asks what is in the deposit, and
  // without "içinde" the deposit's words asked its size again.)
  const own = trTokens(asked).filter((t) => !LEAD.has(t.key) && (!PRONOUNS.has(t.key) || OWNED_PLACES.has(t.key)));
  if (shape.kind === 'swap') {
    const s = swapped(shape.subject, prev, vocab);
    if (s !== null) out.push({ probe: s, shown: asQuestion(s), whole: true });
    // The swap brings no question word of its own: the previous question's stays.
    out.push({ probe: [...shape.subject, ...prev.filter((t) => !PARTICLE.test(t.key))].map((t) => t.text).join(' '), shown: paired, whole: false });
    // "ya BYD?" after "BYD dışında hangi Çinli firmalarla görüşülmüş?" or "Türkiye hangi Çinli şirketlerle görüşüyor?"
    // (whose answer names BYD only as left out): BYD with the names the question before asked about ("BYD Türkiye"), as
    // in English. Not "ya başka Çin markaları?" (other Chinese brands?): others than those names.
    const subjectKeys = shape.subject.map((t) => nameInWord(t.key, vocab.names) ?? t.key);
    if (subjectKeys.some((k) => vocab.names.has(k)) && !trTokens(asked).some((t) => OTHER.has(t.key))) {
      const others = prev.filter((t) => {
        const key = nameInWord(t.key, vocab.names) ?? t.key;
        return vocab.names.has(key) && !subjectKeys.includes(key) && !isMonthOrDay(key);
      });
      // First without the names the subject takes the place of: "ya BYD?" after "SAIC Motor ile Türkiye arasında görüşme
      // oldu mu" is "BYD Türkiye" (its plant), where "BYD SAIC Motor Türkiye" finds the fact on SAIC and the others. (Then
      // with them: "çin tarafı?" after "Enerji Bakanlığı … yorum yaptı mı?" asks whether the other side did, in one fact.)
      const kept = new Set(s === null ? [] : trTokens(s).map((t) => t.key));
      const unswapped = others.filter((t) => kept.has(t.key));
      if (s !== null && unswapped.length > 0 && unswapped.length < others.length) out.push({ probe: [...shape.subject, ...unswapped].map((t) => t.text).join(' '), shown: paired, whole: false, withNames: true });
      if (others.length > 0) out.push({ probe: [...shape.subject, ...others].map((t) => t.text).join(' '), shown: paired, whole: false, withNames: true });
    }
    return out;
  }
  const which = thatOneNamed(asked, previous, previousAnswer);
  if (which !== null) out.push({ probe: which, shown: paired, whole: false, named: true });
  // "kim bu adam?", "o kim?" (who is this man / who is he?) after a question naming someone: that someone, as "he" in
  // English ("who is Fatih Kacır?"), before the rest of the previous question.
  const names = prev.filter((t) => vocab.names.has(nameInWord(t.key, vocab.names) ?? t.key));
  // After "kim …?" (who …?), "o kim?" is the person the answer named ("Çin'e gidecek heyete kim başkanlık edecek?": Alparslan
  // Bayraktar), before the question's own names (China, which no one is), as "he" is in English.
  // (So is "kendisi", he himself, whatever is asked of him: "kendisi tesisle ilgili ne açıklamıştı?" after "Sanayi ve
  // Teknoloji Bakanı kimdir?" is what Fatih Kacır said; "o" may be a thing.)
  const himself = trTokens(asked).some((t) => KENDISI.includes(t.key));
  // (So is "o" with a verb of saying: "o nadir toprak konusunda bir şey söylemiş mi?", did he say anything about rare
  // earths?, after "sanayi bakanı kim?": a thing says nothing.)
  const saysSomething = trTokens(asked).some((t) => SAYING.test(t.key));
  if ((himself || ((turkishAnswerType(asked) === 'who' || saysSomething) && trTokens(asked).some((t) => PERSON_PRONOUN.has(t.key)))) && prev.some((t) => ASKS_WHO.test(t.key))) {
    const asks = own.filter((t) => !PERSON_NOUNS.has(t.key));
    for (const person of personsIn(previousAnswer, trTokens).slice(0, 2)) out.push({ probe: [...asks, ...person.slice(-2)].map((t) => t.text).join(' '), shown: paired, whole: false, person: true, ...(himself || saysSomething ? { named: true } : {}) });
  }
  // "bizimkiyle görüştü mü?" (did [he] meet ours?) after "Çin'in devlet başkanı kim?": a possessive pronoun in a case
  // stands for the counterpart of what the answer named, and the subject Turkish drops is the one named: the people the
  // answer named, as "ours" and "he" in English.
  if (trTokens(asked).some((t) => isPossessivePronoun(t.key))) {
    const people = personsIn(previousAnswer, trTokens).slice(0, 2).flatMap((person) => person.slice(-2));
    if (people.length > 0) out.push({ probe: [...own, ...people].map((t) => t.text).join(' '), shown: paired, whole: false, named: true });
  }
  // "bu firma türkiyede ne yapacak?" (what will this company do in Turkey?) after a question on BYD: the company named,
  // as "this company" in English; the kind noun goes with the demonstrative.
  const asking = trTokens(asked);
  const kindOfNamed = asking.findIndex((t, j) => DEMONSTRATIVE.has(t.key) && KIND_OF_NAMED.has(asking[j + 1]?.key ?? ''));
  if (names.length > 0 && kindOfNamed >= 0) {
    const kind = asking[kindOfNamed + 1]!.key;
    out.push({ probe: [...own.filter((t) => t.key !== kind), ...names].map((t) => t.text).join(' '), shown: paired, whole: false, named: true });
  }
  // ("bu alanda lider kim?", who leads in this field?: "bu" with a field points at what was asked about, rare earths, not
  // at the names the question before gave, "Türkiye", whose leader is its president.)
  const inField = asking.some((t) => FIELD.test(foldTurkish(turkishLower(t.text))));
  if (names.length > 0 && !inField && turkishAnswerType(asked) === 'who' && trTokens(asked).some((t) => PRONOUNS.has(t.key))) {
    out.push({ probe: [...own.filter((t) => !PERSON_NOUNS.has(t.key)), ...names].map((t) => t.text).join(' '), shown: paired, whole: false });
  } else if (names.length > 0 && trTokens(asked).some((t) => PERSON_PRONOUN.has(t.key))) {
    // "o hangi bakanlığın bakanı?" (which ministry is he the minister of?) after a question on Fatih Kacır: him.
    out.push({ probe: [...own, ...names].map((t) => t.text).join(' '), shown: paired, whole: false, named: true });
  } else if (names.length > 0 && trTokens(asked).some((t) => PLURAL_PRONOUN.has(t.key))) {
    // "türkiyede ne yapcak bunlar?" (what will they do in Turkey?) after a question on BYD: the names it gave, as
    // "they" in English.
    // (After "kim" (who) whose answer named two people or more, the people first: "ikisi görüştü mü?" after "türkiye ve
    // çin cumhurbaşkanları kim?" asks whether Erdoğan and Xi met, not Türkiye and China.)
    const people = prev.some((t) => ASKS_WHO.test(t.key)) ? personsIn(previousAnswer, trTokens).slice(0, 2) : [];
    if (people.length >= 2) out.push({ probe: [...own, ...people.flatMap((person) => person.slice(-2))].map((t) => t.text).join(' '), shown: paired, whole: false, named: true });
    out.push({ probe: [...own, ...names].map((t) => t.text).join(' '), shown: paired, whole: false, named: true });
  } else if (names.length === 0 && trTokens(asked).some((t) => PLURAL_PRONOUN.has(t.key))) {
    // "ikisi görüştü mü?" (did the two of them meet?) after "haberde hangi cumhurbaşkanları geçiyor?": the people the answer
    // named, when the question named none, as "they" is the name an answer gave in English.
    const people = personsIn(previousAnswer, trTokens).slice(0, 2).flatMap((person) => person.slice(-2));
    if (people.length > 0) out.push({ probe: [...own, ...people].map((t) => t.text).join(' '), shown: paired, whole: false, named: true });
  } else if (names.length > 0 && trTokens(asked).some((t) => PLACE_PRONOUN.has(t.key))) {
    // "içinde ne kadar nadir toprak var?" (how much is in [it]?) after "beylikova tam olarak nerede": the place named,
    // as "in it" stands for the name before in English.
    out.push({ probe: [...own, ...names].map((t) => t.text).join(' '), shown: paired, whole: false, named: true });
  }
  // The follow-up's words with the previous question's, less its question words and particles (the follow-up brings its own).
  // A follow-up that asks with a question word of its own ("içinde hangi elementler var?" after "beylikovada kaç ton
  // nadir toprak var?") asks something else of the same thing: the word that said what the previous one asked for
  // ("kaç ton", "ne kadar büyük", "hangi ilde") goes too, or it pulls the reading back to that answer.
  const asksOwn = trTokens(asked).some((t) => isWh(t.key));
  const askedFor = new Set<number>();
  // (Not for "neden?" (why?): it asks why of what was asked, whose measure is its topic: "neden?" after "ne kadar
  // saflıkta işlemeyi hedefliyor?" asks why that purity, as "why?" after "how pure?" does in English.)
  if (asksOwn && turkishAnswerType(asked) !== 'why') {
    prev.forEach((t, j) => {
      // Only after the words that ask for a kind or an amount: after "neden", "kimle" the next word is what is asked about.
      const opens = KIND_ASKERS.has(t.key) || (t.key === 'kadar' && prev[j - 1]?.key === 'ne');
      const next = prev[j + 1];
      if (opens && next !== undefined && !isFunction(next.key) && !vocab.names.has(nameInWord(next.key, vocab.names) ?? next.key)) askedFor.add(j + 1);
    });
  }
  const body = prev.filter((t, j) => !isWh(t.key) && !PARTICLE.test(t.key) && !askedFor.has(j));
  // "ne konuştular?" (what did they talk about?) after "Erdoğan ile Xi nerede buluştu?": a verb of its own asks about
  // something else they did, so the previous question's verb ("buluştu") goes, or it pulls the reading back to the meeting.
  // So does "en son" (last, most recently) that said when the verb happened: "ne konuştular?" after "Erdoğan ile Xi en son
  // nerede buluştu?" asks what they talked about, not when they last met.
  if (shape.kind === 'dropped') {
    // The subject Turkish drops is the one the question before opened with: names joined by "ve" or "ile" ("abd ve ab
    // çinin hakimiyetine ne diyor" → "ABD", "AB"; "Çin'in" is an owner), when they are two or more and a noun of their own
    // does not follow ("türk ve çin bakanlıkları": the ministries, which the names only say whose).
    const subjects: TrToken[] = [];
    let j = 0;
    while (j < prev.length && vocab.names.has(prev[j]!.key)) {
      subjects.push(prev[j]!);
      j += JOINS.has(prev[j + 1]?.key ?? '') ? 2 : 1;
    }
    const after = prev[j];
    const headless = after === undefined || GENITIVE.test(after.key) || isFunction(after.key) || isWh(after.key);
    if (subjects.length >= 2 && headless) out.push({ probe: [...own, ...subjects].map((t) => t.text).join(' '), shown: paired, whole: false });
    const lastly = (j: number) => (body[j]!.key === 'en' && body[j + 1]?.key === 'son') || (body[j]!.key === 'son' && body[j - 1]?.key === 'en');
    const nounsOnly = body.filter((t, j) => !isVerb(t.key) && !lastly(j));
    if (nounsOnly.length > 0 && nounsOnly.length < body.length) out.push({ probe: [...own, ...nounsOnly].map((t) => t.text).join(' '), shown: paired, whole: false });
  }
  // ("bu alanda lider kim?" read first with the question before's words less its names and verbs, and without the field
  // pronoun, which only says where: "lider kim nadir toprakta madencilik", not Türkiye's leader.)
  if (inField) {
    const things = body.filter((t) => !vocab.names.has(nameInWord(t.key, vocab.names) ?? t.key) && !isVerb(t.key));
    if (things.length > 0) out.push({ probe: [...own, ...things].map((t) => t.text).join(' '), shown: paired, whole: false });
  }
  out.push({ probe: [...own, ...body].map((t) => t.text).join(' '), shown: paired, whole: false });
  // After "kim …?" (who …?), a question without its subject or with a pronoun ("görevi ne?", "ne demiş?", "o nereye
  // gidiyor?") is about the person the answer named ("Enerji Bakanı Alparslan Bayraktar"), as "he" is in English: the
  // name itself (its last two words: Turkish puts the title first), then with the title.
  if ((shape.kind === 'dropped' || shape.kind === 'pronoun') && prev.some((t) => ASKS_WHO.test(t.key))) {
    // "bu adam" (this man) is that person: the name takes its place.
    const asks = own.filter((t) => !PERSON_NOUNS.has(t.key));
    for (const person of personsIn(previousAnswer, trTokens).slice(0, 2)) {
      for (const words of person.length > 2 ? [person.slice(-2), person] : [person]) out.push({ probe: [...asks, ...words].map((t) => t.text).join(' '), shown: paired, whole: false });
    }
  }
  // Then with only the words that tell the previous question's topic (in at most half the facts).
  const topic = body.filter((t) => !isFunction(t.key) && factsOf(t.key, vocab).size > 0 && factsOf(t.key, vocab).size <= facts / 2);
  if (topic.length > 0 && topic.length < body.length) out.push({ probe: [...own, ...topic].map((t) => t.text).join(' '), shown: paired, whole: false });
  // Each of them alone, the rarest first, as in English: "yatakta" in "yatakta hangi elementler var?" pulls "ne kadar var?"
  // to the deposit's size, where the whole topic ("elementler" too) keeps it on what the deposit holds.
  if (topic.length > 1) {
    const rarest = [...new Map(topic.map((t) => [turkishStem(t.key), t])).values()].sort((a, b) => factsOf(a.key, vocab).size - factsOf(b.key, vocab).size);
    for (const t of rarest.slice(0, MAX_TOPIC_WORDS)) out.push({ probe: [...own, t].map((x) => x.text).join(' '), shown: paired, whole: false });
  }
  return out;
}

/**
 * A whole message asking whose word the answer just given is, folded: "kim söylemiş bunu?" (who said this?), "bunu kim
 * dedi?", "kaynağı ne?", "nereden biliyorsun?", "bu bilgi nereden?"; as English "says who?", "source?" (SOURCE_ASKED).
 */
const TURKISH_SOURCE_ASKED = new RegExp(
  '^(?:(?:peki|ya|hmm+|hm|e+|ama|yani|tamam da|iyi de)\\s+)?(?:(?:bunu|onu|bunlari|bu haberi|bu bilgiyi)\\s+)?' +
    '(?:(?:kim|kimler)\\s+(?:soylemis|soyledi|soyluyor|demis|dedi|diyor|iddia ediyor|iddia etmis|yazmis|yazdi|aciklamis|acikladi)(?:\\s+(?:bunu|onu|bunlari|ki|peki))?' +
    '|kaynak(?:lar)?(?:\\s+(?:ne|nedir|kim|var mi))?|kaynagi(?:\\s+(?:ne|nedir|kim|var mi))?|kaynaklari(?:\\s+(?:ne|neler|kim|kimler))?' +
    '|(?:nereden|nerden)\\s+(?:biliyorsun|biliyorsunuz|biliyon|biliyoruz|cikti|duydun|okudun)(?:\\s+(?:bunu|ki))?' +
    '|bu\\s+(?:bilgi|haber)\\s+(?:nereden|nerden)(?:\\s+(?:geliyor|cikti))?' +
    // "kimden duyulmuş bu?", "kimin ağzından çıkmış?" (heard from whom, out of whose mouth)
    '|(?:kimden|kimlerden)\\s+(?:duyulmus|duydun|duymuslar|duyuldu|cikmis|cikti|geliyor|gelmis|ogrenilmis|ogrendin)(?:\\s+(?:bu|bunu|o|ki))?' +
    '|kimin\\s+agzindan\\s+(?:cikmis|cikti)(?:\\s+(?:bu|o))?' +
    // "ne kadar kesin bu bilgi?", "bu haber ne kadar güvenilir?" (how sure is this?): asks what it rests on, as in English
    '|ne kadar (?:kesin|guvenilir|dogru|saglam)(?:\\s+(?:bu|o))?(?:\\s+(?:bilgi|haber|iddia))?' +
    '|(?:bu|o)(?:\\s+(?:bilgi|haber|iddia))?\\s+ne kadar (?:kesin|guvenilir|dogru|saglam)' +
    // … and whether its source is sound ("kaynak sağlam mı?", "kaynağı güvenilir mi?")
    '|(?:kaynak|kaynagi|kaynaklar|kaynaklari)\\s+(?:saglam|guvenilir|kesin|dogru|belli)\\s+(?:mi|mu))' +
    // (with whether it is official or sure after it: "bu bilgi nerden, resmi mi?")
    '(?:\\s+(?:resmi|kesin|dogru|teyitli|guvenilir)\\s+(?:mi|mu))?$',
);

/** The sentences of a message that have words: split after ".", "!" or "?" followed by more text. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=\S)/u).filter((s) => /\p{L}/u.test(s));
/** The last sentence of a message (after its last ".", "!" or "?" followed by more words), or the whole. */
const lastSentence = (text: string): string => sentencesOf(text).at(-1) ?? text;
/**
 * A message as the whole-message patterns above read it: {@link plainTurkish} without emoji too ("kaynak sağlam mı 😅"
 * is asked as "kaynak saglam mi"; with the emoji it matched none of them).
 */
const askedPlain = (text: string): string => plainTurkish(text.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]+/gu, ' '));

/**
 * "sadece X mi …, yoksa daha fazlası / ötesi / daha büyük bir plan …?", "sadece X mi? başka hedefleri yok mu", "sadece X
 * mi, daha ötesi de var mı", "sadece X mi yoksa Y de mi …", "sadece X mi yoksa Y'ye kadar mı …" (only X, or more, or as
 * far as Y?; folded): whether it goes beyond X.
 */
const TURKISH_ONLY_OR_MORE =
  /(?:^|\s)(?:sadece|yalnizca|yalniz)\s.*(?:yoksa|ya da|veya|baska|daha)\s.*(?:fazla|otesi|ilerisi|buyuk|genis|hedef|plan|\s(?:da|de|ta|te) mi|\skadar mi)/u;
/**
 * Whether the answer just given already speaks of the alternative asked after "yoksa" (or): "sadece madencilik mi yoksa
 * rafinaj da mı onlarda?" after "China has long led mining and refining" asks of China what that answer says, not whether
 * Turkey goes beyond refining. (By a word's first letters, as a root: "rafinaj", "rafine".)
 */
function alternativeAlreadyGiven(asked: string, previous: { factId: string }, kb: KnowledgeBase): boolean {
  const index = kb.turkish ?? kb;
  const given = index.facts[index.byId.get(previous.factId) ?? -1]?.answer;
  const m = /\s(?:yoksa|ya da|veya)\s(.*)$/u.exec(asked);
  if (!given || !m) return false;
  const said = plainTurkish(given).split(' ');
  return m[1]!.split(' ').some((w) => w.length >= ALTERNATIVE_ROOT && !isFunction(w) && said.some((s) => s.startsWith(w.slice(0, ALTERNATIVE_ROOT))));
}
/** Letters of a word that make its root for {@link alternativeAlreadyGiven}. */
const ALTERNATIVE_ROOT = 5;
/** "yalnızca … değil", "sadece … değil" (not only …; folded): an answer that says it goes beyond. */
const NOT_ONLY = /(?:^|\s)(?:yalnizca|sadece|yalniz)\s[^.]{0,80}\sdegil(?=[\s,;.]|$)/u;
/** "kimler var", "başka kim var", "hangi ülkeler var" (who is there, which countries; folded): asks who is among them. */
const TURKISH_MEMBERS_ASKED = /(?:^|\s)(?:kim|kimler|hangi\s+\p{L}+)\s+(?:var|vardi|varmis|bulunuyor)(?=\s|$)/u;

/** {@link plainEnglish} for Turkish: folded the Turkish way. */
export const plainTurkish = (text: string): string => foldTurkish(turkishLower(text)).replace(/[?!.,;:]+/gu, ' ').replace(/\s+/gu, ' ').trim();

/**
 * The fact on where the word of the answer just given comes from ("according to unnamed sources": who those sources
 * are): among `probe`'s first candidates in `index`, another fact than that answer's, surely enough found, saying where
 * information comes from, on the topic of `prev` (the question before, parsed). English and Turkish follow-ups alike.
 */
export function sourceFactOnTopic(probe: string, index: KnowledgeBase, kb: KnowledgeBase, previousFactId: string, prev: ReturnType<typeof parse>): string | undefined {
  return rank(probe, index, SEARCH.maxSuggestions, { oneQuestion: true }).find((c) => {
    const i = kb.byId.get(c.factId);
    return i !== undefined && c.factId !== previousFactId && c.score >= SEARCH.suggestThreshold && SOURCED.test(kb.facts[i]!.answer) && sharesTopic(i, prev, englishVocabularyOf(kb), kb.facts.length);
  })?.factId;
}

/**
 * The holder of a role that the facts nearest the conversation name (ranked for the role with the question before and
 * the answer given, other than that answer), the run of capitalised words with the role that shares the most other
 * words with that question and answer: whom "who's the minister?" means after an answer that names none ("Turkey's
 * Energy Ministry said …": "Turkey's Energy Minister").
 * With none sharing a word, the holder the nearest facts name ("… the planned October delegation …": the minister heading
 * it, named by the trip's fact). English and Turkish alike, each with its own words.
 */
export function holderNearby<T extends { text: string; key: string }>(
  role: string,
  previousQuestion: string,
  previousFactId: string,
  given: string,
  index: KnowledgeBase,
  wordsOf: (text: string) => T[],
  alike: (key: string) => string,
): T[] | undefined {
  const isRole = (t: T) => alike(t.key) === alike(role);
  const said = new Set(wordsOf(`${previousQuestion} ${given}`).filter((t) => !isRole(t)).map((t) => alike(t.key)));
  let best: { run: T[]; shared: number } | undefined;
  let nearest: T[] | undefined;
  rank(`${role} ${previousQuestion} ${given}`, index, HOLDER_CANDIDATES, { oneQuestion: true }).forEach((c, place) => {
    const i = index.byId.get(c.factId);
    if (c.factId === previousFactId || i === undefined || c.score < SEARCH.suggestThreshold) return;
    for (const run of personsIn(index.facts[i]!.answer, wordsOf).filter((r) => r.some(isRole))) {
      const shared = new Set(run.filter((t) => !isRole(t) && said.has(alike(t.key))).map((t) => alike(t.key))).size;
      if (shared > (best?.shared ?? 0)) best = { run, shared };
      if (place < SEARCH.maxSuggestions) nearest ??= run;
    }
  });
  return best?.run ?? nearest;
}
/** How many facts nearest the conversation {@link holderNearby} reads for a holder (the role's holders rank low there). */
const HOLDER_CANDIDATES = 10;

/** "hangi bakan?", "hangi bakan yani, adı ne?": which holder of a role (folded), the role captured. */
const TURKISH_WHICH_ROLE = /^(?:(?:peki|ya|hmm+|hm|e+|ama|yani|abi|kanka)\s+)*hangi (bakan|bakani|baskan|baskani|lider|yetkili|sozcu|sozcusu)(?:\s+(?:yani|peki|acaba|ya|abi|bu|o|tam olarak))*(?:\s+(?:adi|ismi|adini|ismini) (?:ne|neydi|ver|soyle))?(?:\s+(?:yani|peki|acaba|ya|abi))*$/;
/** The Turkish role words of {@link TURKISH_WHICH_ROLE} and {@link TURKISH_WHO_ROLE} as the English knowledge writes them. */
const ROLE_IN_ENGLISH: Readonly<Record<string, string>> = { bakan: 'minister', bakani: 'minister', baskan: 'president', baskani: 'president', lider: 'leader', lideri: 'leader', yetkili: 'official', sozcu: 'spokesperson', sozcusu: 'spokesperson' };
/**
 * "bakan kim?", "bakan kimdi bu arada" (who's the minister, by the way): the role and nothing else, asking which of its
 * holders the conversation means, as "hangi bakan?" does (English "who's the minister?").
 */
const TURKISH_WHO_ROLE = /^(?:(?:peki|ya|hmm+|hm|e+|ama|yani|abi|kanka)\s+)*(bakan|bakani|baskan|baskani|lider|lideri|yetkili|sozcu|sozcusu) (?:kim|kimdi|kimmis)(?:\s+(?:bu arada|yani|peki|acaba|ya|abi|o zaman|tam olarak))*$/;
/**
 * "basitçe anlatır mısın?" (could you put it simply?), "yani kısaca?" (so in short?), "anlamadım" (I didn't get it)
 * after an answer: asked to have it again, more simply; that answer in Turkish, as in English (followup.ts). Null
 * when the message is no such request. (Any language the rest of the message is read in: "anlamadım" alone reads as
 * English too.)
 */
export function turkishSaidAgain(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase): TurkishContextAnswer | null {
  // ("hâlâ plan bu mu yoksa vazgeçildi mi?", is that still the plan or was it dropped?: whether what the answer just gave
  // still holds, which the knowledge says no more of than that answer, as "is that still on?" in English.)
  const asks = (text: string) => TURKISH_SAY_IT_AGAIN.test(plainTurkish(text)) || TURKISH_STILL_SO.test(plainTurkish(text));
  // (With a remark after it: "… sade anlatabilir misiniz? Ben emekli öğretmenim, teknik terimlere pek aşina değilim.")
  return asks(alone.question) || asks(withoutTrailingRemark(alone.question)) ? previousAgain(alone, previous, kb) : null;
}
/**
 * "devlet yayın organı ne demek?" (what does state outlet mean?) after an answer that says it: declined alone, a word of
 * that answer asked about; that answer again, as in English. Null otherwise.
 */
export function turkishMeaningAsked(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase): TurkishContextAnswer | null {
  if (alone.kind !== 'none' || alone.reason !== 'no-match') return null;
  const m = TURKISH_MEANING.exec(plainTurkish(alone.question));
  const term = m?.slice(1).find((g) => g !== undefined);
  const given = answerFact(previous.factId, kb, 'tr');
  if (term === undefined || !given) return null;
  const own = trTokens(term).filter((t) => !isTurkishStopWord(t.key));
  const said = new Set(trTokens(given.answer).map((t) => turkishStem(t.key)));
  return own.length > 0 && own.length <= 3 && own.every((t) => said.has(turkishStem(t.key))) ? previousAgain(alone, previous, kb) : null;
}
/**
 * "hangi bakanlıklar?" (which ministries?) after "bakanlıklar açıklama yaptı mı?", answered with the ministries named:
 * which they are is what was just said; that answer again, as in English (followup.ts). Not a role ("hangi bakan?":
 * who holds it is asked). Null otherwise.
 */
export function turkishWhichOfAnswered(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase): TurkishContextAnswer | null {
  const m = TURKISH_WHICH_NOUN.exec(plainTurkish(alone.question));
  const given = m ? answerFact(previous.factId, kb, 'tr') : undefined;
  if (!m || !given || ROLE_IN_ENGLISH[m[1]!] !== undefined || /^(?:bakan|baskan|lider)(?:i|lar|ler|lari|leri)?$/.test(m[1]!)) return null;
  const noun = turkishStem(m[1]!);
  const has = (text: string) => trTokens(text).some((t) => turkishStem(t.key) === noun);
  return noun.length > 2 && has(previousInTurkish(previous, kb.turkish ?? kb)) && has(given.answer) ? previousAgain(alone, previous, kb) : null;
}
/**
 * "hangileri?", "hangi firmalar mesela?" (which ones, which companies?) after a question on a kind, "çinli otomobil
 * üreticileri neden Türkiye'yle ilgileniyor?", answered without naming any (the EU motive): which of that kind, "hangi
 * çinli otomobil üreticileri?", as "which ones?" in English. Null when the message is no such question, the question
 * before named no kind in the plural, the answer just given lists some (that answer says which), or the reading finds
 * only the fact just given.
 */
export function turkishWhichOfKind(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase): TurkishContextAnswer | null {
  if (!TURKISH_WHICH_ONES.test(plainTurkish(alone.question))) return null;
  const index = kb.turkish ?? kb;
  const given = answerFact(previous.factId, kb, 'tr');
  if (!given || answerLists(given.answer)) return null;
  const prevText = previousInTurkish(previous, index);
  const ts = trTokens(prevText);
  const at = ts.findIndex((t) => KIND_PLURAL.test(t.key));
  if (at < 0) return null;
  let start = at;
  while (start > 0 && at - start < 2 && !isFunction(ts[start - 1]!.key) && !isTurkishQuestionWord(ts[start - 1]!.key)) start--;
  const probe = `hangi ${ts.slice(start, at + 1).map((t) => t.text).join(' ')}`;
  // Which of a kind asks for names of it: a fact among those the reading comes close to that lists some ("…, Chery
  // Automobile, SAIC Motor ve Great Wall Motor bunlar arasında") answers it before one on the kind that names none (why
  // Chinese carmakers would come) or only one (BYD's size).
  const listing = listingCandidate(index, probe, previous.factId);
  const listed = listing === undefined ? undefined : answerFact(listing, kb, 'tr');
  const r = listed ? { ...listed, confidence: 0.5 } : answer(probe, kb, { hint: 'tr', oneQuestion: true });
  if (r.kind !== 'fact' || r.factId === previous.factId) return null;
  return { reply: { ...r, question: alone.question, ...readAs({ shown: asQuestion(probe), whole: true }), language: 'tr' }, remember: { question: probe, factId: r.factId } };
}
/** "hangileri", "hangi firmalar/şirketler/markalar/üreticiler" with leads and tags (folded): "mesela hangi firmalar geliyo?". */
const TURKISH_WHICH_ONES = /^(?:(?:peki|ya|e+|hmm+|hm|yani|mesela|ornegin)\s+)*(?:hangileri|hangi (?:firma|sirket|marka|uretici)l[ae]r\p{L}*)(?:\s+(?:mesela|ornegin|peki|acaba|yani|bunlar|onlar|ki|geliyo|geliyor|gelecek|gelcek|var|varmis|mi|ilgileniyo|ilgileniyor))*$/u;
/** A kind in the plural (folded token): "firmaları", "şirketler", "üreticileri", "markalar". */
const KIND_PLURAL = /^(?:firma|sirket|marka|uretici)l[ae]r/;
const TURKISH_WHICH_NOUN = /^(?:(?:peki|ya|hmm+|hm|e+|yani)\s+)*hangi\s+(\p{L}{3,})(?:\s+(?:mesela|peki|acaba|yani|tam olarak|ki))*$/u;
const TURKISH_MEANING = /^(?:(?:peki|ya|hmm+|hm|e+|ama|yani|abi|pardon)\s+)*(?:(.+?) ne demek(?:tir|mek)?(?: oluyor)?|ne demek (.+?)|(.+?) ne anlama geliyor|(.+?) derken)(?:\s+(?:ya|yani|peki|abi|acaba|tam olarak|burada|burda))*$/;
/** "hâlâ geçerli mi?", "bu hâlâ plan mı yoksa iptal mi oldu?", "hala devam ediyo mu" (folded): whether it still holds. */
const TURKISH_STILL_SO =
  /^(?:(?:peki|ya|yani|tamam da|tamam|ok|e+|hmm+)\s+)*(?:(?:bu|o|bunlar|plan|anlasma|gorusmeler|proje)\s+)?(?:hala|halen|hala da)\s+(?:plan bu mu|bu mu plan|plan mi|gecerli mi|gecerli mi bu|devam ediyo mu|devam ediyor mu|suruyo mu|suruyor mu|masada mi|gundemde mi|konusuluyo mu|konusuluyor mu|oyle mi|aktif mi|yururlukte mi)(?:\s+(?:yoksa|ya da)\s+(?:vazgecildi|iptal edildi|iptal oldu|iptal mi oldu|rafa kalkti|bitti|suya dustu|ertelendi)\s*mi)?(?:\s+(?:peki|yani|acaba|ki|bu))*$/;
/** "basitçe anlatır mısın", "daha basit anlat", "yani kısaca", "özetle", "anlamadım", "tekrar eder misin" (folded). */
const TURKISH_SAY_IT_AGAIN = new RegExp(
  String.raw`^(?:(?:peki|ya|hmm+|hm|e+|ama|yani|abi|abla|hocam|kanka|pardon|kusura bakma|ozur dilerim)\s+)*` +
    // ("bu engelleri biraz daha sade anlatabilir misiniz?": these obstacles, a bit more plainly)
    String.raw`(?:(?:bunu|onu|bunlari|onlari|bi|bir|biraz|bu \S+|su \S+)\s+)*` +
    // (One request or two: "anlamadım ya, kısaca?")
    String.raw`(?:(?:anlamadim|anlayamadim)(?: ya| abi| yani)? )?` +
    String.raw`(?:(?:biraz )?(?:daha )?(?:basitce|basit|sade|sadece|kisaca|ozetle|acik acik|halk diliyle|turkcesiyle|cocuga anlatir gibi)(?: (?:anlat|anlatir misin|anlatir misiniz|anlatabilir misin|anlatabilir misiniz|soyle|soyler misin|soyleyebilir misin|aciklar misin|aciklayabilir misin|ozetler misin))?` +
    String.raw`|yani kisaca|kisacasi|ozetle|ozetler misin|tekrar (?:eder misin|eder misiniz|soyler misin|anlat)|bi daha (?:soyle|anlat|soyler misin)|bir daha (?:soyle|anlat|soyler misin)` +
    String.raw`|anlamadim|anlayamadim|anlamadim ya|kafam karisti|turkcesi ne|turkcesi)` +
    String.raw`(?:\s+(?:lutfen|ya|abi|yani|mi|peki|bana|rica etsem))*$`,
);
/**
 * Of two alternatives ("batarya da yapcaklar mı yoksa sadece araba mı", "sadece araba mı yapcaklar, batarya da gelir
 * mi?"), the one with "da/de mı" (too) when the other has "sadece" (only), the answer just given speaks of the "sadece"
 * one and not of all of the other; null otherwise. A few words each.
 */
function turkishOnlyAlternative(question: string, previous: { question: string; factId: string }, kb: KnowledgeBase): string | null {
  const parts = question.replace(/[?!.\s]+$/u, '').split(/\s*,\s*|\s+(?:yoksa|ya da|veya)\s+/iu);
  if (parts.length !== 2) return null;
  const plain = parts.map((p) => plainTurkish(p));
  const only = plain.findIndex((p) => /(?:^|\s)(?:sadece|yalnizca|yalniz)(?:\s|$)/u.test(p));
  const too = plain.findIndex((p) => /\s(?:da|de|ta|te)(?:\s+\S+)?\s+m[iu]\b/u.test(p) && !/(?:^|\s)(?:sadece|yalnizca|yalniz)(?:\s|$)/u.test(p));
  if (only < 0 || too < 0 || only === too || parts.some((p) => trTokens(p).length > MAX_ALTERNATIVE_WORDS)) return null;
  const given = answerFact(previous.factId, kb, 'tr');
  if (!given) return null;
  // The "sadece" one is what the answer just gave (by the knowledge's terms, synonyms included: "araba" is its "araç"),
  // and the other is not: "sadece çıkarıp satmak mı yoksa araç da mı üretecekler?" after the purity goal asks how far
  // Turkey goes, a question of its own.
  const index = kb.turkish ?? kb;
  // (Word by word too: "elektrikli araç" is one term of the answer as a phrase.)
  const said = new Set([...index.analyzer.queryTerms(given.answer), ...trTokens(given.answer).flatMap((t) => index.analyzer.queryTerms(t.text))]);
  const termsOf = (text: string) => index.analyzer.queryTerms(trTokens(text).filter((t) => !isFunction(t.key) && !isVerb(t.key)).map((t) => t.text).join(' '));
  const onlyTerms = termsOf(parts[only]!);
  const tooTerms = termsOf(parts[too]!);
  return onlyTerms.some((t) => said.has(t)) && tooTerms.length > 0 && tooTerms.some((t) => !said.has(t)) ? `${parts[too]!}?` : null;
}
/** Words of an alternative at most ("sadece araba mı yapcaklar": 4; "batarya da gelir mi ilerde": 5). */
const MAX_ALTERNATIVE_WORDS = 6;
/** "zaten" (anyway, at all), "uğraşmak" (to bother), "ne diye" (what for) in a why-question (folded): the cause behind. */
const TR_CAUSE_BEHIND = /\b(?:zaten|ugras\p{L}*|ne diye)\b/u;
/** The cause behind the answer just given, asked in Turkish (see answerTurkishInContext); null when not so asked or none is linked. */
function causeBehind(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase): TurkishContextAnswer | null {
  if (alone.kind === 'fact' && alone.factId !== previous.factId) return null;
  if (turkishAnswerType(alone.question) !== 'why' || !TR_CAUSE_BEHIND.test(plainTurkish(alone.question))) return null;
  const index = kb.turkish ?? kb;
  const prevFact = index.byId.get(previous.factId);
  if (prevFact === undefined) return null;
  const prevText = previousInTurkish(previous, index);
  const [first, next] = rank(withQuestionBefore(alone.question, prevText), index, 2, { oneQuestion: true });
  if (first?.factId !== previous.factId || next === undefined || next.score < SEARCH.suggestThreshold || !linksTo(index, prevFact, next.factId)) return null;
  const fact = answerFact(next.factId, kb, 'tr');
  if (!fact || !turkishAnswerTypesSupported(fact.answer).includes('why')) return null;
  return { reply: { ...fact, question: alone.question, confidence: 0.5, readingAs: pairedReading(alone.question, prevText), language: 'tr' }, remember: { question: prevText, factId: next.factId } };
}
/** A whole message asking only how many ("kaç tane?", "kaç tane bunlardan?", "toplam kaç taneler", "kaç taneymiş"; folded). */
const TURKISH_COUNT_ASKED = /^(?:(?:peki|ya|hmm+|hm|e+|yani|tamam|ok)\s+)*(?:(?:bunlardan|onlardan|bunlar|onlar|toplam|hepsi|hepsi toplam)\s+)?kac\s+(?:tane|taneler|tanesi|taneymis|tanedir|tane var|tane varmis|adet)(?:\s+(?:bunlardan|onlardan|bunlar|onlar|toplam|var|varmis|ki|peki|yani|acaba|ya|mi|mis|olmus|etti|ediyo|ediyor))*$/;
/** "neye bağlı?", "bu neye bagli", "ne şartla?", "hangi koşulla?" (folded): on what the answer just given depends. */
const TURKISH_CONDITION_ASKED = /^(?:(?:peki|ya|hmm+|hm|e+|ama|yani)\s+)*(?:(?:bu|o|bu da|o da|bunlar)\s+)?(?:neye bagli|neye bagliymis|ne sartla|hangi sartla|ne kosulla|hangi kosulla|hangi sartlarda|hangi kosullarda|sart ne|kosul ne)(?:\s+(?:ki|peki|yani|acaba|ya))*$/;
/** A Turkish answer (folded) stating a condition: "olursa", "gerçekleşirse", "eğer", "bağlı", "şartıyla". */
const TURKISH_STATES_CONDITION = /\b(?:eger|sayet|bagli|sartiyla|kosuluyla|takdirde)\b|\p{L}(?:ursa|urse|irse|arsa|erse)\b/u;

/** The answer just given again, in Turkish, at the threshold's confidence, read as following on from its question. */
function previousAgain(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase): TurkishContextAnswer | null {
  const given = answerFact(previous.factId, kb, 'tr');
  if (!given) return null;
  const prevText = previousInTurkish(previous, kb.turkish ?? kb);
  return { reply: { ...given, question: alone.question, confidence: 0.5, readingAs: pairedReading(alone.question, prevText), language: 'tr' }, remember: { question: prevText, factId: previous.factId } };
}

/**
 * Whether the fact a question asking whose word the answer just given is got alone answers it, as in English
 * (continuedInContext): a fact about where information comes from, on the topic of what was asked. Else it is read
 * in context as any follow-up is ("bunu kim söylemiş?" after "rafineri kurulacak mı?": the Energy Ministry's word,
 * which the answer just given names).
 */
function sourcesAnswer(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase): boolean {
  const given = kb.byId.get(previous.factId);
  if (given === undefined || alone.kind !== 'fact' || !ATTRIBUTES.test(kb.facts[given]!.answer)) return false;
  const own = kb.byId.get(alone.factId)!;
  if (own === given || !(ATTRIBUTES.test(kb.facts[own]!.answer) || SOURCED.test(kb.facts[own]!.answer))) return false;
  // (On the topic of what was asked, not of the whole answer: after "rafineri kurulacak mı?", whose answer names the
  // Energy Ministry's word, the delegation story's sources are another story.)
  return sharesTopic(own, parse(cleanInput(kb.facts[given]!.questions[0] ?? '')), englishVocabularyOf(kb), kb.facts.length);
}

/** "kim" and its forms (folded): "kimdir", "kimdi" (who was), "kimmiş" (who is said to be), "kimler" (who, plural). */
const ASKS_WHO = /^kim(?:dir|di|mis|ler|lerdir|lerdi)?$/;

/** Question words asking for a kind or an amount ("kaç ton", "hangi ilde"), folded. */
const KIND_ASKERS = new Set(['kac', 'kaci', 'kacinci', 'hangi']);

/** Words of the previous question's topic tried one by one with a follow-up, at most (the rarest first). */
const MAX_TOPIC_WORDS = 5;

/** What answering a Turkish follow-up produced (as ContextAnswer in followup.ts). */
export interface TurkishContextAnswer {
  reply: Reply;
  remember: { question: string; factId: string } | null;
}

/**
 * Answers a Turkish question in a conversation whose last answered question
 * was `previous` (`alone`: its answer read alone, in Turkish). Null when the
 * question stands on its own (the caller answers it alone). Never throws.
 */
export function answerTurkishInContext(alone: Reply, previous: { question: string; factId: string }, kb: KnowledgeBase, sameMessage = false): TurkishContextAnswer | null {
  if (alone.kind === 'smalltalk' || (alone.kind === 'none' && alone.reason === 'empty')) return null;
  // "adam hangi bakanlığın başında?" declined alone: read as "bu adam …" (this man), someone named before.
  if (alone.kind === 'none' && THE_PERSON.test(alone.question)) {
    const asThis = answer(alone.question.replace(THE_PERSON, '$1bu $2'), kb, { hint: 'tr' });
    const read = answerTurkishInContext(asThis, previous, kb, sameMessage);
    return read && { ...read, reply: { ...read.reply, question: alone.question } };
  }
  if (MINISTER_OF_WHAT.test(alone.question)) {
    const asWhich = answer(alone.question.replace(MINISTER_OF_WHAT, '$1hangi bakan o'), kb, { hint: 'tr' });
    const read = answerTurkishInContext(asWhich, previous, kb, sameMessage);
    if (read) return { ...read, reply: { ...read.reply, question: alone.question } };
  }
  // "batarya da yapcaklar mı yoksa sadece araba mı?" (batteries too, or only cars?) after BYD's car plant: the alternative
  // marked "sadece" is what the answer just gave, and the one with "da mı" what is asked; read as that one ("batarya da
  // yapcaklar mı?"), when the answer just given does not speak of it (as "only cars or batteries too?" in English).
  const alternative = turkishOnlyAlternative(alone.question, previous, kb);
  if (alternative !== null) {
    const asked = answer(alternative, kb, { hint: 'tr' });
    const read = answerTurkishInContext(asked, previous, kb, sameMessage);
    const reply = read?.reply ?? asked;
    if (reply.kind === 'fact') return { reply: { ...reply, question: alone.question, readingAs: reply.readingAs ?? pairedReading(alternative, previousInTurkish(previous, kb.turkish ?? kb)) }, remember: read?.remember ?? { question: alternative, factId: reply.factId } };
  }
  // (Each sentence of a message may ask it: "kimden duyulmuş bu? kaynağı belli mi".)
  const sentences = sentencesOf(alone.question);
  if (sentences.length > 0 && sentences.every((t) => TURKISH_SOURCE_ASKED.test(askedPlain(t)))) {
    if (sourcesAnswer(alone, previous, kb)) return null;
    // Declined alone ("nereden biliyorsun?": how do you know?): the answer just given says whose word it is, as in English.
    const given = kb.byId.get(previous.factId);
    // (Unless another fact on the same topic is about where that word comes from, as in English: "ne kadar kesin bu bilgi?"
    // after the trip, its unnamed sources.)
    if (alone.kind === 'none' && given !== undefined) {
      const index = kb.turkish ?? kb;
      const prevText = previousInTurkish(previous, index);
      const prev = parse(cleanInput(kb.facts[given]!.questions[0] ?? ''));
      const sourced = sourceFactOnTopic(`${prevText} kaynak`, index, kb, previous.factId, prev);
      const fact = sourced === undefined ? undefined : answerFact(sourced, kb, 'tr');
      if (sourced !== undefined && fact) return { reply: { ...fact, question: alone.question, confidence: 0.5, readingAs: pairedReading(alone.question, prevText), language: 'tr' }, remember: { question: prevText, factId: sourced } };
    }
    const again = alone.kind === 'none' && given !== undefined && ATTRIBUTES.test(kb.facts[given]!.answer) ? previousAgain(alone, previous, kb) : null;
    if (again) return again;
  }
  // "neden uğraşıyolar ki zaten?" (why do they even bother?) after why diversifying is hard: the cause behind what that
  // answer takes as given, as "why do they want to diversify in the first place?" in English: not that answer again,
  // though read with the question before it comes first, but the next fact, when the maintainers linked it to that answer
  // and it says why (the West's worries).
  const behind = causeBehind(alone, previous, kb);
  if (behind) return behind;
  // "kaç tane bunlardan?", "toplam kaç tane?" (how many of them?) after an answer that lists what was asked for ("…,
  // aralarında Chery, SAIC ve Great Wall …"): how many that list has, which that answer gives (as in English).
  if (TURKISH_COUNT_ASKED.test(askedPlain(alone.question))) {
    const given = (kb.turkish ?? kb).byId.get(previous.factId);
    const again = given !== undefined && answerLists((kb.turkish ?? kb).facts[given]!.answer) ? previousAgain(alone, previous, kb) : null;
    if (again) return again;
  }
  // "bu neye bağlı?" (what does it depend on?) after an answer that states its condition ("anlaşma başarılı olursa …"):
  // that answer, as in English.
  // (Also as the last sentence, after a reaction: "yani kesin değil. neye bağlı peki?")
  if (TURKISH_CONDITION_ASKED.test(askedPlain(alone.question)) || TURKISH_CONDITION_ASKED.test(askedPlain(lastSentence(alone.question)))) {
    const index = kb.turkish ?? kb;
    const given = index.byId.get(previous.factId);
    if (given !== undefined && TURKISH_STATES_CONDITION.test(foldTurkish(turkishLower(index.facts[given]!.answer)))) {
      const again = previousAgain(alone, previous, kb);
      if (again) return again;
    }
  }
  // "sadece rafineyle mi kalacaklar yoksa ötesi de var mı?" (will they stop at refining, or is there more?), declined
  // alone: the fact whose answer says "not only" ("yalnızca nadir toprak çıkarmak değil, …") answers whether it goes
  // beyond, when it is the words' best candidate.
  if (alone.kind === 'none' && TURKISH_ONLY_OR_MORE.test(askedPlain(alone.question)) && !alternativeAlreadyGiven(askedPlain(alone.question), previous, kb)) {
    const index = kb.turkish ?? kb;
    const top = rank(alone.question, index, 1)[0];
    const fact = top && top.score >= SEARCH.suggestThreshold ? index.facts[index.byId.get(top.factId) ?? -1] : undefined;
    if (fact && NOT_ONLY.test(foldTurkish(turkishLower(fact.answer)))) {
      const given = answerFact(fact.id, kb, 'tr');
      const prevText = previousInTurkish(previous, index);
      if (given) return { reply: { ...given, question: alone.question, confidence: 0.5, readingAs: pairedReading(alone.question, prevText), language: 'tr' }, remember: { question: prevText, factId: fact.id } };
    }
  }
  // "grupta başka kimler var?", "çin dışında kimler var o grupta" (who else is in that group?) after an answer that lists
  // some ("Çin ve Rusya da bu grubun üyeleri arasında"): more of its list, which is that answer again, as "who else?" is in
  // English, when the words alone come closest to it (held back only by a runner-up or a word the knowledge lacks).
  if (TURKISH_MEMBERS_ASKED.test(askedPlain(alone.question))) {
    const index = kb.turkish ?? kb;
    const given = index.byId.get(previous.factId);
    // (Or read with the question before, when it names the group only as "grupta", in the group; only when the words
    // alone are declined and come closest to that answer too, or say "the group": "enerji bakanlığının başında kim var"
    // is a question of its own.)
    const closest = (q: string, sure: boolean) => {
      const top = rank(q, index, 1, { oneQuestion: true })[0];
      return top?.factId === previous.factId && (!sure || top.score >= index.calibration.threshold);
    };
    const near = alone.kind === 'none' && (closest(alone.question, false) || /(?:^|\s)(?:grup|grub)\p{L}*/u.test(askedPlain(alone.question)));
    if (given !== undefined && answerLists(index.facts[given]!.answer) && (closest(alone.question, true) || (near && closest(`${previousInTurkish(previous, index)} ${alone.question}`, true)))) {
      const again = previousAgain(alone, previous, kb);
      if (again) return again;
    }
  }
  // "hangi bakan?" (which minister?) after an answer that named one ("Sanayi ve Teknoloji Bakanı Mehmet Fatih Kacır …"): who
  // that is, as "<the name> kim?" gets it, answered alone or not, as in English (continuedInContext's which-role).
  const role = TURKISH_WHICH_ROLE.exec(plainTurkish(alone.question)) ?? TURKISH_WHO_ROLE.exec(plainTurkish(alone.question));
  if (role) {
    const index = kb.turkish ?? kb;
    const given = index.byId.get(previous.factId);
    // (A role word with or without its possessive: "bakan", "bakanı".)
    const person = given === undefined ? undefined : holderNamed(index.facts[given]!.answer, previousInTurkish(previous, index), trTokens, (key) => key.replace(/i$/, ''), role[1]!);
    const probe = person === undefined ? null : `${person.map((t) => t.text).join(' ')} kim?`;
    const r = probe === null ? null : answer(probe, kb, { oneQuestion: true, hint: 'tr' });
    if (probe !== null && r?.kind === 'fact' && r.factId !== previous.factId) {
      return { reply: { ...r, question: alone.question, confidence: 0.5, readingAs: pairedReading(alone.question, previousInTurkish(previous, index)), language: 'tr' }, remember: { question: probe, factId: r.factId } };
    }
    // An answer that names no holder ("Türkiye'nin Enerji Bakanlığı … duyurdu" after "bakan kim?"): the holder the facts
    // nearest the conversation name, found on the same facts' English words, as in English ("bakanlığı", ministry, and
    // "bakanı", minister, share no stem; "ministry" and "minister" do).
    const en = kb.byId.get(previous.factId);
    const roleEn = ROLE_IN_ENGLISH[role[1]!];
    if (person === undefined && en !== undefined && roleEn !== undefined) {
      const asked = kb.facts[en]!.questions[0] ?? '';
      const held = holderNearby(roleEn, asked, previous.factId, kb.facts[en]!.answer, kb, tokens, asWord);
      const probeEn = held === undefined ? null : `who is ${held.map((t) => t.text).join(' ')}`;
      const found = probeEn === null ? null : answer(probeEn, kb, { oneQuestion: true });
      const fact = found?.kind === 'fact' && found.factId !== previous.factId ? answerFact(found.factId, kb, 'tr') : undefined;
      if (found?.kind === 'fact' && fact) {
        return { reply: { ...fact, question: alone.question, confidence: 0.5, readingAs: pairedReading(alone.question, previousInTurkish(previous, index)), language: 'tr' }, remember: { question: previousInTurkish({ question: probeEn!, factId: found.factId }, index), factId: found.factId } };
      }
    }
  }
  // ("bakanlığın başında kim var?" after a question on the Energy Ministry: the owner it names is the one named before,
  // as with "o bakanlığın …", a follow-up pointing back.)
  const shaped = turkishFollowupShape(alone.question);
  const ownerNamed = thatOneNamed(alone.question, previousInTurkish(previous, kb.turkish ?? kb), (kb.turkish ?? kb).facts[(kb.turkish ?? kb).byId.get(previous.factId) ?? -1]?.answer ?? '') !== null;
  const ownerBefore = shaped.kind === 'standalone' && alone.kind === 'fact' && alone.factId !== previous.factId && ownerNamed;
  const read: TurkishShape = ownerBefore ? { kind: 'pronoun' } : shaped;
  // "çin tarafı da mı kayıtsız?" (is the Chinese side indifferent too?) after "bakanlıklar açıklama yaptı mı?": "X da mı …?" asks
  // whether what the answer just given says holds for X as well. Declined alone, it is that answer when the words with
  // the question before come closest to it (the conversation is evidence, as for a bare follow-up).
  if (alone.kind === 'none' && TOO.test(foldTurkish(turkishLower(alone.question))) && tooOfKnown(alone.question, vocabularyOf(kb))) {
    const index = kb.turkish ?? kb;
    const prevText = previousInTurkish(previous, index);
    const probe = withQuestionBefore(alone.question, prevText);
    const top = rank(probe, index, 1, { oneQuestion: true })[0];
    const again = top?.factId === previous.factId && top.score >= SEARCH.suggestThreshold ? previousAgain(alone, previous, kb) : null;
    if (again) return again;
  }
  if (read.kind === 'standalone') return withNamedSubject(alone, previous, kb);
  let shape: Exclude<TurkishShape, { kind: 'standalone' }> = read;
  // (Taken, when its words alone get a fact, only for another fact more surely: CONVERSATION.pointingMargin, as in English.)
  const headSwapped = shape.kind === 'fragment' ? headSwap(alone.question, previousInTurkish(previous, kb.turkish ?? kb)) : null;
  if (headSwapped) shape = headSwapped;
  // As in English: only a bare follow-up, a swap led by "ya"/"peki" and a pronoun standing for something are read in
  // context when answered alone.
  const always = shape.kind === 'bare' || shape.kind === 'swap';
  // "nerede oldu bu?": a pronoun standing on its own points at what was asked before, as "it" does in English: read
  // even when answered alone, but only to the fact just given, more surely than the words alone get theirs.
  // (So does "o" saying something after "… kim?": "o nadir toprak konusunda bir şey söylemiş mi?" after "sanayi bakanı
  // kim?" is what the one named said, whatever the words alone get, the refinery's readiness.)
  const saidByNamed = trTokens(alone.question).some((t) => PERSON_PRONOUN.has(t.key)) && trTokens(alone.question).some((t) => SAYING.test(t.key)) && trTokens(previousInTurkish(previous, kb.turkish ?? kb)).some((t) => ASKS_WHO.test(t.key));
  // (So does a field asked who leads: "bu işte kim lider?" after what rare earths are used for is who leads in rare
  // earths, not a head of state, which "lider" alone gets; "bu işte" is read as no word of its own.)
  const leadsField = turkishAnswerType(alone.question) === 'who' && trTokens(alone.question).some((t) => FIELD.test(foldTurkish(turkishLower(t.text))));
  const pointing = shape.kind === 'pronoun' && alone.kind === 'fact' && alone.factId !== previous.factId && (standsForSomething(alone.question) || ownerNamed || saidByNamed || leadsField);
  // "nereye gidiyor?" (where is [he] going?): the subject Turkish drops is the one before, whatever fact the verb
  // alone matches; read in context even when answered alone, when a reading gets its fact clearly more surely than
  // the words alone get theirs (CONVERSATION.droppedSubjectMargin; stored questions such as "Ne zaman bulundu?"
  // stay as they are).
  const dropped = shape.kind === 'dropped' && alone.kind === 'fact';
  // "mesela BYD mi?" (BYD, for example?): an example of what was asked adds to it, as "like BYD?" in English.
  const example = shape.kind === 'fragment' && EXAMPLE.has(trTokens(alone.question).find((t) => !LEAD.has(t.key))?.key ?? '');
  // "BYD ne şirketi, büyük mü?": a few words after a question of the same message go on asking about its subject, which
  // Turkish drops ("büyük mü" alone gets the deposit's size): read with it, answered as a reading only when that gets
  // the fact just given, or a fact on its topic more surely than the words alone get theirs, off it (see offTopic).
  const continues = sameMessage && shape.kind === 'fragment' && alone.kind === 'fact' && alone.factId !== previous.factId;
  // "ikisi görüştü mü?" (did the two of them meet?): "ikisi", "onlar" with no name of its own stand for people named before;
  // read even when answered alone, as whole readings with them only, when one is answered more surely
  // (CONVERSATION.pointingMargin; as "they" in English).
  // ("bunlardan anlaşma imzalayan olmuş mu?", has any of these signed?: a part of them, the ablative.)
  const partOf = trTokens(alone.question).some((t) => PARTITIVE_PRONOUN.has(t.key));
  const plural = shape.kind === 'pronoun' && alone.kind === 'fact' && alone.factId !== previous.factId && trTokens(alone.question).some((t) => PLURAL_PRONOUN.has(t.key) || PARTITIVE_PRONOUN.has(t.key));
  if (!always && !pointing && !dropped && !example && !continues && !plural && alone.kind === 'fact') return null;
  const asked = alone.question;
  const situation = trTokens(asked).some((t) => t.key === SITUATION_KEY);
  const vocab = vocabularyOf(kb);
  const index = kb.turkish ?? kb;
  const prevFact = index.byId.get(previous.factId);
  const prevText = previousInTurkish(previous, index);
  const all = readings(asked, shape, prevText, prevFact === undefined ? '' : index.facts[prevFact]!.answer, vocab, index.facts.length);
  // "onlar da fabrika kuracak mı?" after "BYD dışında hangi Çin firmalarıyla görüşülmüş?": "onlar" are the others, so the
  // fact the words alone get that names the one set apart (BYD's plant) answers about someone else: declined with the
  // reading, that fact offered (as in English). Not when the question names someone of its own.
  if (plural && alone.kind === 'fact' && all.length > 0 && !trTokens(asked).some((t) => vocab.names.has(nameInWord(t.key, vocab.names) ?? t.key))) {
    // (Or set apart by the answer just given, when it lists the others and the question asks a part of them, as in
    // English: "bunlardan imzalayan oldu mu?" after "türkiye chery saic great wall ile görüşmüş mü?", answered "BYD
    // dışında … Chery, SAIC ve Great Wall gibi …", and only when the question before asked for others or named some of
    // those listed, not a name most facts have nor a nationality: after "türkiye hangi çinli firmalarla görüştü?" BYD is
    // one of them.)
    const answerBefore = prevFact === undefined ? '' : index.facts[prevFact]!.answer;
    const nameOf = (t: TrToken) => nameInWord(t.key, vocab.names) ?? t.key;
    // (Nor a name's nationality, "çinli" of "Çin": Chinese is what they all are.)
    const nationality = (key: string) => /l[iu]$/.test(key) && vocab.names.has(key.slice(0, -2));
    const othersAsked =
      trTokens(prevText).some((t) => OTHER.has(t.key)) ||
      trTokens(prevText).some((t) => vocab.names.has(nameOf(t)) && !nationality(nameOf(t)) && factsOf(nameOf(t), vocab).size <= index.facts.length / 2 && !namesOnlyAsException(answerBefore, nameOf(t)) && plainTurkish(answerBefore).split(' ').some((w) => w.startsWith(nameOf(t))));
    const byAnswer = partOf && answerLists(answerBefore) && othersAsked ? trTokens(answerBefore).filter((t) => namesOnlyAsException(answerBefore, nameOf(t))) : [];
    const setApart = [...trTokens(prevText).filter((t) => namesOnlyAsException(prevText, nameOf(t))), ...byAnswer].filter((t) => vocab.names.has(nameOf(t)));
    if (setApart.some((t) => factsOf(nameInWord(t.key, vocab.names) ?? t.key, vocab).has(index.byId.get(alone.factId) ?? -1))) {
      const offered = [answerFact(alone.factId, kb, 'tr')?.question, ...alone.related.map((r) => r.question)].filter((q): q is string => typeof q === 'string');
      return { reply: { ...turkishDeclined(kb, asked, alone.confidence, offered.slice(0, SEARCH.maxSuggestions)), ...readAs(all[0]!), language: 'tr' }, remember: null };
    }
  }
  const other = trTokens(asked).some((t) => OTHER.has(t.key));
  // Unless the answer just given lists several ("Çin ve Rusya da bu grubun üyeleri arasında"; as in English, lists.ts).
  const listsMore = other && prevFact !== undefined && answerLists(index.facts[prevFact]!.answer);
  const kind = turkishAnswerType(asked);
  // "hangi şehirde?" asks for a city: an answer whose only places are countries or regions does not give one (as in English).
  const city = kind === 'where' && asksForCity(asked);
  // "nereli?", "hangi ülkenin?" (from where, of which country?) ask an origin, which a nationality gives ("Çinli bir
  // şirket"), as "where is it from?" does in English.
  const origin = kind === 'where' && ORIGIN.test(foldTurkish(turkishLower(asked)));
  // "başka nerede?" (where else?) after "rüzgar türbinlerinde nadir toprak kullanılıyor mu?", whose answer lists where
  // they are used: in what else, which that list gives, not a place (as in English; not after a question that asked where).
  const whereElse = (factId: string) => listsMore && kind === 'where' && !city && factId === previous.factId && turkishAnswerType(prevText) !== 'where';
  const gives = (factId: string) => {
    const i = index.byId.get(factId);
    if (whereElse(factId)) return true;
    if (city && i !== undefined && !answerNamesCity(index.facts[i]!.answer, 'tr')) return false;
    if (origin && i !== undefined && NATIONALITY.test(index.facts[i]!.answer)) return true;
    return kind === null || i === undefined || turkishAnswerTypesSupported(index.facts[i]!.answer).includes(kind) || SAYS_WHAT_IS_ASKED[kind]?.test(foldTurkish(turkishLower(index.facts[i]!.answer))) === true;
  };
  // "ya Tesla?" asks about Tesla: a fact that never names it cannot answer it.
  // Nor one that names it only as what it leaves out ("BYD dışında …" for "ya BYD?"; as in English).
  // (By the words it brings: "peki sanayi bakanı?" after "enerji bakanı bayraktar mı?" asks about industry, and the energy
  // minister's fact names a minister too.)
  const prevKeys = new Set(trTokens(prevText).map((t) => turkishStem(t.key)));
  const brought = shape.kind === 'swap' ? shape.subject.filter((t) => !prevKeys.has(turkishStem(t.key))) : [];
  const namesSubject = (factId: string) =>
    shape.kind !== 'swap' ||
    ((brought.length > 0 ? brought : shape.subject).some((t) => factsOf(t.key, vocab).has(index.byId.get(factId) ?? -1)) &&
      !shape.subject.some((t) => namesOnlyAsException(index.facts[index.byId.get(factId) ?? -1]?.answer ?? '', t.key)));
  // "nerede yani?" asks for a place not said yet.
  const told = [...trTokens(prevText), ...trTokens(asked)].map((t) => t.key);
  const givesNew = (factId: string) => kind !== 'where' || whereElse(factId) || (origin && NATIONALITY.test(index.facts[index.byId.get(factId) ?? -1]?.answer ?? '')) || namesNewPlace(index.facts[index.byId.get(factId) ?? -1]?.answer ?? '', told);
  // Whether a fact shares a distinctive word with the previous question (one found in at most half the facts), as in English.
  const onTopic = (factId: string) => {
    const f = index.byId.get(factId);
    return f !== undefined && trTokens(prevText).some((t) => {
      if (isFunction(t.key)) return false;
      const facts = factsOf(t.key, vocab);
      return facts.size <= index.facts.length / 2 && facts.has(f);
    });
  };
  // The names the previous question gave ("türkiye", "brics"), as nameInWord reads them.
  const namedBefore = trTokens(prevText).map((t) => nameInWord(t.key, vocab.names) ?? t.key).filter((k) => vocab.names.has(k));
  // "hangi ayda?" (in which month?) asks for a month: an answer that names none ("iki yıl önce") does not give one, as
  // "what day?" in English.
  const month = /\b(?:hangi|kacinci) ay/.test(foldTurkish(turkishLower(asked)));
  const namesMonth = (factId: string) => trTokens(index.facts[index.byId.get(factId) ?? -1]?.answer ?? '').some((t) => isMonthOrDay(t.key) || isMonthOrDay(turkishStem(t.key)));
  const acceptable = (r: Reply): r is Reply & { kind: 'fact'; factId: string } =>
    r.kind === 'fact' && !(month && !namesMonth(r.factId)) && !(other && r.factId === previous.factId && !listsMore) && (shape.kind !== 'bare' || (gives(r.factId) && givesNew(r.factId))) && (!city || gives(r.factId)) && namesSubject(r.factId);
  for (const r of all) {
    const combined = answer(r.probe, kb, { hint: 'tr', oneQuestion: true });
    // Only a place already said ("nerede yani?" after BYD's plant "Türkiye'de"): the knowledge does not tell (as in English).
    if (shape.kind === 'bare' && combined.kind === 'fact' && gives(combined.factId) && !givesNew(combined.factId) && namesSubject(combined.factId)) break;
    if (!acceptable(combined)) continue;
    // (Nor, for a bare follow-up, a fact off the question's topic that a reading without its names found: "ne zaman?"
    // after "türkiye brics'e mi girmek istiyo" got the refinery's timeline by "ne zaman girmek".)
    if (shape.kind === 'bare' && namedBefore.length > 0 && !trTokens(r.probe).some((t) => namedBefore.includes(nameInWord(t.key, vocab.names) ?? t.key)) && !onTopic(combined.factId) && !(prevFact !== undefined && linksTo(index, prevFact, combined.factId))) continue;
    // A fact the maintainers linked to the answer just given (its `related`), about as likely as the one found and giving
    // the kind asked, is what a bare follow-up or one with a pronoun goes on to (as in English: "ne zaman biter?" after the
    // refinery's readiness is its timeline). Not for an amount.
    if ((shape.kind === 'bare' || shape.kind === 'pronoun') && kind !== null && kind !== 'quantity' && kind !== 'duration' && prevFact !== undefined && combined.factId !== previous.factId) {
      const next = linkedInstead(index, r.probe, prevFact, combined.factId, (id) => gives(id) && givesNew(id) && !(month && !namesMonth(id)));
      const given = next === undefined ? undefined : answerFact(next, kb, 'tr');
      if (given) return { reply: { ...given, question: asked, confidence: combined.confidence, ...readAs(r), language: 'tr' }, remember: { question: r.whole ? r.probe : prevText, factId: given.factId } };
    }
    // "nerde, hangi şehirde?" (where, which city?) after BYD's plant: the city of the thing asked about, so a fact off that
    // question's topic (the deposit's town) is no answer, however well "şehir" matches it.
    if (shape.kind === 'bare' && city && !onTopic(combined.factId)) continue;
    // "başka kimler vardı orada?" (who else was there?) asks for more of what was asked about: a fact off that question's
    // topic ("other Chinese carmakers", by "başka" alone) is no answer, as only whole readings are in English.
    if (other && !onTopic(combined.factId)) continue;
    // (Or, for "o" read as the person the question before named, another fact than the words alone get, more surely.)
    // (Or, as in English, another fact than the words alone get, more surely, when theirs is off the previous question's
    // topic and the reading's is on it: "hangi ay olmuştu bu?" after the talks gets the meeting, not the deposit's discovery.)
    // (A field asked who leads, "bu işte kim lider?", says the question is on that topic: a reading on it is taken over
    // words alone off it however surely they answer, since "lider" alone is a head of state.)
    const offTopic = alone.kind === 'fact' && combined.factId !== alone.factId && (combined.confidence > alone.confidence || leadsField) && !onTopic(alone.factId) && onTopic(combined.factId);
    // (The person the answer named, asked about, gets what the words alone get: "o kim ya, hangi bakanlıkta?" after "Çin'e
    // gidecek heyete kim başkanlık edecek?" is the minister's fact either way, and no later reading of the question before's
    // words, the delegation's again, is taken over them.)
    // (So does the one the question before named: "o hangi bakan?" after "Fatih Kacır ne demişti?" is his ministry's fact,
    // which the words alone get, not what he said again.)
    if (pointing && (r.person || r.named) && alone.kind === 'fact' && combined.factId === alone.factId) return null;
    // (What the one named said is a fact that names him: "o çin hakkında ne söyledi?" after "enerji bakanı kim?" is no
    // fact of the unnamed sources the reading finds.)
    if (saidByNamed && r.person) {
      const found = index.facts[index.byId.get(combined.factId) ?? -1]?.answer ?? '';
      const said = new Set(trTokens(found).map((t) => t.key));
      if (!trTokens(r.probe).slice(-2).some((t) => said.has(t.key))) continue;
    }
    // "kim başkanlık edecek?" (who will lead [it]?) after the delegation's answer, which named its leader: asked who after
    // an answer that said who, the one named is wanted, as the knowledge says who that is (as in English's whoNamedBefore).
    // (Not in the same message: "ne zaman ve kim başkanlık edecek?" is answered by the one fact.)
    if (combined.factId === previous.factId && !sameMessage) {
      const named = turkishWhoNamedBefore(asked, prevText, prevFact === undefined ? '' : index.facts[prevFact]!.answer, previous.factId, kb);
      if (named) return { reply: { ...named.reply, ...readAs(r), language: 'tr' }, remember: named.remember };
    }
    if (pointing && !(combined.factId === previous.factId && combined.confidence > alone.confidence) && !(r.named && alone.kind === 'fact' && combined.factId !== alone.factId && combined.confidence > alone.confidence) && !offTopic) continue;
    if (dropped && !(combined.confidence > alone.confidence + CONVERSATION.droppedSubjectMargin)) continue;
    // "rusya ne diyo bu duruma?" (what does Russia say to this situation?) asks someone's answer to what was just said,
    // which that answer is not: only another fact, or none ("abd ne diyor bu duruma?" after China's lead is the West's
    // worry).
    if (situation && combined.factId === previous.factId) continue;
    if (plural && !pointing && !dropped && !(r.named && alone.kind === 'fact' && combined.factId !== alone.factId && combined.confidence > alone.confidence + CONVERSATION.pointingMargin)) continue;
    if (headSwapped && alone.kind === 'fact' && !(combined.factId !== alone.factId && combined.confidence > alone.confidence + CONVERSATION.pointingMargin)) continue;
    if (continues && combined.factId !== previous.factId && !offTopic) continue;
    // ("ya Great Wall?" after BYD's plant: the names with it get the fact its name alone gets; the reply stays as it was.)
    if (r.withNames && alone.kind === 'fact' && combined.factId === alone.factId) continue;
    return { reply: { ...combined, question: asked, ...readAs(r), language: 'tr' }, remember: { question: r.whole ? r.probe : prevText, factId: combined.factId } };
  }
  // "ya BYD?" after an answer that names BYD only as set apart ("BYD dışında … Chery, SAIC ve Great Wall ile de görüştü"):
  // the fact naming BYD nearest that answer (set-apart.ts).
  if (shape.kind === 'swap' && prevFact !== undefined && all.length > 0) {
    const prevAnswer = index.facts[prevFact]!.answer;
    const nearest = shape.subject.some((t) => namesOnlyAsException(prevAnswer, nameInWord(t.key, vocab.names) ?? t.key)) ? nearestToSetApart(prevAnswer, index, prevFact, namesSubject) : null;
    const given = nearest === null ? undefined : answerFact(nearest, kb, 'tr');
    if (given) return { reply: { ...given, question: asked, confidence: 0.5, ...readAs(all[0]!), language: 'tr' }, remember: { question: all[0]!.probe, factId: given.factId } };
  }
  // The conversation is evidence too (as in English): a bare follow-up whose readings come closest to the fact just given;
  // so is a question without its subject that its words alone do not answer ("kim götürüyor?": who is taking [it]?, a
  // verb the knowledge never uses, after the delegation): its subject is the one before.
  if ((shape.kind === 'bare' || (shape.kind === 'dropped' && alone.kind !== 'fact')) && !other && kind !== 'quantity' && kind !== 'duration' && gives(previous.factId) && givesNew(previous.factId)) {
    for (const r of all) {
      const top = rank(r.probe, index, 1, { oneQuestion: true })[0];
      if (top?.factId !== previous.factId || top.score < SEARCH.suggestThreshold) continue;
      // ("kim?" after "Çin'e heyet ne zaman gidiyor?": the one the answer named, as above.)
      const named = sameMessage ? null : turkishWhoNamedBefore(asked, prevText, prevFact === undefined ? '' : index.facts[prevFact]!.answer, previous.factId, kb);
      if (named) return { reply: { ...named.reply, ...readAs(r), language: 'tr' }, remember: named.remember };
      const given = answerFact(previous.factId, kb, 'tr');
      if (!given) break;
      return { reply: { ...given, question: asked, confidence: 0.5, ...readAs(r) }, remember: { question: prevText, factId: previous.factId } };
    }
  }
  // "hangi ilde kuracaklar?" (in which province will they build it?) after BYD's plant asks a city of what was asked
  // about, its subject dropped (or pointed at: "nereye kuruluyo o?"): the words alone got the deposit's province, a fact
  // off that question's topic, which no more answers it than "which city?" is answered by it in English. Declined, with
  // the reading (the report does not say where the plant goes).
  const offTopicCity = (shape.kind === 'dropped' || shape.kind === 'pronoun') && city && alone.kind === 'fact' && alone.factId !== previous.factId && !onTopic(alone.factId);
  // With no reading answered, only a bare follow-up is declined in context: the others (answered alone or not) are
  // answered as alone, since they may be questions of their own.
  if (!offTopicCity && shape.kind !== 'bare' && (alone.kind === 'fact' || shape.kind === 'fragment' || shape.kind === 'dropped')) return null;
  // (So is a question whose only pointing word is a demonstrative before a noun, with three words of its own or more:
  // "hacı bu çin anlaşmasıyla dolar düşer mi" says what it asks of "this China deal", and reading it with the question
  // before found nothing either.)
  if (shape.kind === 'pronoun' && determinedOnly(asked) && trTokens(asked).filter((t) => !isFunction(t.key)).length >= MIN_OWN_WORDS_ALONE) return null;
  if (all.length === 0) return null;
  // Declined as usual, saying what was tried (a bare follow-up's own answer alone is about whatever matched "ne zaman").
  const first = all[0]!;
  const tried = answer(first.probe, kb, { hint: 'tr', oneQuestion: true });
  const declined: Reply = tried.kind === 'none' ? tried : turkishDeclined(kb, asked, tried.confidence, tried.related.map((r) => r.question));
  return { reply: { ...declined, question: asked, ...readAs(first), language: 'tr' }, remember: null };
}

/** Words of its own from which a question pointing only with a demonstrative before a noun, declined in context, is declined as alone. */
const MIN_OWN_WORDS_ALONE = 3;

/** Whether every pronoun of a question is a demonstrative before a noun of its own ("bu çin anlaşması"; not "bu firma", which stands for the one named). */
function determinedOnly(question: string): boolean {
  const ts = trTokens(question);
  const pointing = ts.flatMap((t, j) => (PRONOUNS.has(t.key) || isPossessivePronoun(t.key) ? [j] : []));
  return pointing.length > 0 && pointing.every((j) => DEMONSTRATIVE.has(ts[j]!.key) && ts[j + 1] !== undefined && !isFunction(ts[j + 1]!.key) && !isVerb(ts[j + 1]!.key) && !KIND_OF_NAMED.has(ts[j + 1]!.key));
}

/** Words of leading something, folded ("başkanlık", "yönetiyor", "başında", "lider"). */
const LEADING = /^(?:baskanlik|baskani|yonet|yonetec|yonetic|basinda|basini|lider|onculuk)/;

/**
 * The fact "<name> kim?" gets, for a "kim" question whose reading found the answer just given again, when that answer
 * named someone neither question names; null otherwise (English: followup.ts's whoNamedBefore).
 */
function turkishWhoNamedBefore(asked: string, prevText: string, previousAnswer: string, previousFactId: string, kb: KnowledgeBase): TurkishContextAnswer | null {
  // (Who leads it, heads it, is at its head: "kim?" or "kim gidiyor?" after "Türkiye Çin'e heyet gönderiyor mu?" asks who
  // is sent, which that answer gives.)
  if (turkishAnswerType(asked) !== 'who' || !trTokens(asked).some((t) => LEADING.test(t.key))) return null;
  const person = personNotAsked(previousAnswer, [prevText, asked], trTokens);
  if (!person) return null;
  const probe = `${person.map((t) => t.text).join(' ')} kim?`;
  const r = answer(probe, kb, { oneQuestion: true, hint: 'tr' });
  return r.kind === 'fact' && r.factId !== previousFactId ? { reply: { ...r, question: asked, confidence: 0.5, language: 'tr' }, remember: { question: probe, factId: r.factId } } : null;
}

/** A Turkish follow-up declined as any question the knowledge does not answer (the bot's Turkish words), with the candidates offered. */
export function turkishDeclined(kb: KnowledgeBase, question: string, confidence: number, suggestions: string[]): Reply {
  const bot = kb.knowledge.bot;
  return { kind: 'none', reason: 'no-match', question, answer: `${bot.tr?.noMatch ?? bot.noMatch} ${REPLY_WORDS.tr.canAnswer(bot.tr?.topic ?? bot.topic)}`, confidence, related: [], suggestions };
}
