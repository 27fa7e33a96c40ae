/**
 * Names of places bigger than a city: countries (in English and in Turkish,
 * folded to plain lowercase letters), unions of them and continents. A
 * question asking which city ("which city?", "hangi şehirde?") is not
 * answered by an answer whose only places are these: "met in Kazakhstan"
 * gives a country, not the city the question asks for.
 *
 * Written from general knowledge of the world's states (the UN's members and
 * a few others), in the short forms people use.
 */
import { detectLanguage } from './language.ts';
import { MARKS, words } from './normalize.ts';

const ENGLISH =
  'afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo costa croatia cuba cyprus czechia czech denmark djibouti dominica dominican ecuador egypt salvador equatorial eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy ivory jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta marshall mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland zealand nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama papua paraguay peru philippines poland portugal qatar romania russia rwanda samoa marino arabia senegal serbia seychelles sierra singapore slovakia slovenia solomon somalia africa spain lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand timor togo tonga trinidad tunisia turkey turkiye turkmenistan tuvalu uganda ukraine emirates uae britain england scotland wales uk usa us america united states kingdom saudi sri uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe ' +
  // unions and continents
  'eu europe asia antarctica oceania brics nato';

const TURKISH =
  'afganistan arnavutluk cezayir andora angola arjantin ermenistan avustralya avusturya azerbaycan bahamalar bahreyn banglades barbados belarus belcika belize benin butan bolivya bosna botsvana brezilya bruney bulgaristan burkina burundi kambocya kamerun kanada cad sili cin kolombiya komorlar kongo hirvatistan kuba kibris cekya danimarka cibuti dominik ekvador misir salvador eritre estonya esvatini etiyopya fiji finlandiya fransa gabon gambiya gurcistan almanya gana yunanistan guatemala gine guyana haiti honduras macaristan izlanda hindistan endonezya iran irak irlanda israil italya jamaika japonya urdun kazakistan kenya kiribati kore kosova kuveyt kirgizistan laos letonya lubnan lesotho liberya libya lihtenstayn litvanya luksemburg madagaskar malavi malezya maldivler mali malta mauritanya morityus meksika mikronezya moldova monako mogolistan karadag fas mozambik myanmar namibya nauru nepal hollanda zelanda nikaragua nijer nijerya makedonya norvec umman pakistan palau filistin panama paraguay peru filipinler polonya portekiz katar romanya rusya ruanda samoa arabistan senegal sirbistan seyseller singapur slovakya slovenya somali ispanya sudan surinam isvec isvicre suriye tayvan tacikistan tanzanya tayland togo tonga tunus turkiye turkmenistan uganda ukrayna ingiltere birlesik abd amerika uruguay ozbekistan vanuatu vatikan venezuela vietnam yemen zambiya zimbabve ' +
  // unions and continents
  'ab avrupa asya afrika antarktika okyanusya';

/** Countries, unions of them and continents, folded (English and Turkish). */
const BIGGER_THAN_A_CITY: ReadonlySet<string> = new Set(`${ENGLISH} ${TURKISH}`.split(/\s+/).filter(Boolean));

/** Whether a folded word names a country, a union of them or a continent ("china", "turkiye", "eu"): a place, never a person. */
export const isBiggerThanCity = (folded: string): boolean => BIGGER_THAN_A_CITY.has(folded);

/** Words that make a place name a region, not a city ("Central Anatolia", "Orta Anadolu"): the name after them is a region too. */
const REGION_WORDS: ReadonlySet<string> = new Set(
  'central north south east west northern southern eastern western middle inner upper lower orta kuzey guney dogu bati ic'.split(' '),
);

const MONTHS_AND_DAYS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar)$/;

/** Whether a folded word names a month or a day of the week, in English or Turkish ("october", "ekim"): a time, not a place or a person. */
export const isMonthOrDay = (folded: string): boolean => MONTHS_AND_DAYS.test(folded);

/**
 * Whether a place name an answer gives (`name` as written, `folded` its words folded) may be a city: not a country,
 * union or continent, not a region ("Central Anatolia"), not a month ("in July"), not an acronym ("BYD", "BRICS") and
 * not a nationality ("in Chinese hands").
 */
export function mayBeCity(name: string, folded: readonly string[]): boolean {
  const first = folded[0];
  if (first === undefined || REGION_WORDS.has(first) || MONTHS_AND_DAYS.test(first) || folded.some((w) => BIGGER_THAN_A_CITY.has(w))) return false;
  return !/^\p{Lu}{2,}\b/u.test(name) && !/^\p{Lu}\p{Ll}+(?:ese|ish|ian|can|ean)\b/u.test(name);
}

/** Lowercase, without diacritics, dotless "ı" as "i" (so "Şehir" is "sehir", "Kazakistan'ın" is "kazakistan'in"). */
const plain = (text: string): string =>
  text
    .toLocaleLowerCase('tr')
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/ı/g, 'i');

/**
 * "where in Kazakhstan", "where exactly in Turkey", "what part of Kazakhstan", "Kazakistan'ın neresinde": where inside a
 * country the question names. (Not any "where" question with a country after it: a follow-up is read with the words of
 * the question before, "where exactly?" after "which company is building a plant in Turkey?", and its reading then
 * skipped the fact that names no city for one that names any.)
 */
const WHERE_INSIDE =
  /\b(?:where(?:\s+(?:exactly|precisely|abouts))?\s+in|(?:what|which)\s+part\s+of)\s+(?:the\s+)?(\p{L}+)|([\p{L}'’`]+)\s+neres/gu;

/**
 * Whether a question asks which city or town ("which city?", "near what town", "hangi şehirde?", "hangi kentte"), or
 * where inside a country it names ("where in Kazakhstan?", "Kazakistan'ın neresinde?"): the country is said, so only
 * a place inside it answers.
 */
export function asksForCity(question: string): boolean {
  const q = plain(question);
  // (A word may come between: "in which turkish city", "what chinese city", "hangi türk şehrinde".)
  if (/\b(?:which|what)\s+(?:\p{L}+\s+)?(?:city|town|cities|towns)\b|\bhangi\s+(?:\p{L}+\s+)?(?:sehir|sehr|kent|ilce|il(?:de|e|i|den)?\b)/u.test(q)) return true;
  return [...q.matchAll(WHERE_INSIDE)].some((m) => {
    // The Turkish genitive with or without its apostrophe: "kazakistan'in", "kazakistanin", "turkiyenin".
    const word = (m[1] ?? m[2])!.replace(/['’`].*$/u, '');
    return [word, word.replace(/n?in$/u, ''), word.replace(/in$/u, '')].some((w) => BIGGER_THAN_A_CITY.has(w));
  });
}

/** A run of capitalised words after an English preposition of place ("in Kazakhstan", "near Eskişehir"). */
const ENGLISH_PLACE = /\b(?:in|at|near|outside|around)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;
/** A capitalised name with a Turkish case ending of place ("Türkiye'de", "Kazakistan'dan"): a place a Turkish answer names. */
export const TURKISH_PLACE = /(\p{Lu}[\p{L}]*)['’`](?:n?d[ae]|t[ae]|[yn]?[ae]|n?d[ae]n|t[ae]n)\b/gu;

/** Whether an answer names a place that may be a city ("met in Kazakhstan in July" names none: a country and a month). */
export function answerNamesCity(answer: string, language: 'en' | 'tr'): boolean {
  const names = [...answer.matchAll(language === 'tr' ? TURKISH_PLACE : ENGLISH_PLACE)].map((m) => m[1]!);
  return names.some((name) => mayBeCity(name, plain(name).replace(/['’](?:s)?\b/g, '').split(/\s+/)));
}

/**
 * Whether a question asks for a city and `answer` (in either language) names no place that may be one: "which city
 * did they meet in?" answered with "in Kazakhstan, in July". The fact is on the topic but does not answer what was
 * asked, so the engine declines it (and suggests it) rather than give it.
 */
export function lacksAskedCity(question: string, answer: string): boolean {
  return asksForCity(question) && !answerNamesCity(answer, detectLanguage(answer));
}

/** A question for a day or a date ("what day?", "which date", "exact date?"). */
const ASKS_DAY = /\b(?:(?:what|which|wat|wut|wot)\s+(?:day|date)|exact\s+(?:day|date))\b/;
/**
 * The same in Turkish, with Turkish letters or without: "ayın kaçında?", "ekimin kaçında?" (on which day of the month),
 * "hangi gün", "tam tarih". (Not "hangi tarihte": asked loosely for when, "hangi tarihte keşfedildi?" takes "two years
 * before the report".)
 */
const TR_ASKS_DAY = /(?:^|\s)(?:ay[ıi]n\s+ka[cç][ıi]|ka[cç][ıi]nda|hangi\s+g[uü]n|tam\s+tarih)/u;
/** A Turkish answer's day: a month with its day's number ("12 Ekim"), or a weekday. */
const TR_GIVES_DAY =
  /\d{1,2}\s+(?:ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k)|(?:^|\s)(?:pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi|pazar)(?:\s|[’']|$)/u;

/**
 * Whether an answer names a day: a weekday ("on Monday"), or a month with its day's number ("3 October", "October
 * 3rd", "3 of October").
 */
export function statesDay(answer: string): boolean {
  const ks = words(answer);
  const dayNumber = (k: string | undefined) => k !== undefined && /^\d{1,2}(?:st|nd|rd|th)?$/.test(k);
  return ks.some((k, i) => isMonthOrDay(k) && (k.endsWith('day') || dayNumber(ks[i + 1]) || dayNumber(ks[i - 1]) || (ks[i - 1] === 'of' && dayNumber(ks[i - 2]))));
}

/** A question for when something began ("since when?", "since what year?"). */
const ASKS_START = /\bsince\s+(?:when|wen|what\s+(?:year|time|date|month))\b/;
/** What an answer gives a beginning with: a number or a month, "ago", "since", "recently", a span ("for three decades"), a start. */
const GIVES_START =
  /\d|\b(?:ago|since|decades?|years?|months?|weeks?|centur(?:y|ies)|recently|lately|last|earlier|previously|began|begun|start(?:ed|s)?|founded|first|january|february|march|april|may|june|july|august|september|october|november|december)\b/;

/**
 * Whether a question asks since when and `answer` gives no beginning: "since when?" after "does turkey have a trade
 * deal with the eu?" answered with "… at the time of the report" (a time, but not when anything began).
 */
export function lacksAskedStart(question: string, answer: string): boolean {
  return ASKS_START.test(question.toLowerCase()) && !GIVES_START.test(answer.toLowerCase());
}

/** A question for a distance ("how far is it from Ankara?", "how far away is the station?"); not "how far ahead", "how far will they go". */
const ASKS_DISTANCE = /\bhow far\s+(?:away\b|from\b|(?:is|are|was|were|s)\b[^?]*?\b(?:from|away)\b)/;
/** What an answer gives a distance with: a number and its unit, or a way of going ("a short walk", "10 minutes' drive"). */
const GIVES_DISTANCE = /\d\s*(?:km|mi|m)\b|\b(?:kilomet(?:re|er)s?|miles?|metres?|meters?|minutes?|mins|hours?|walk|walking|drive|driving|away|next to|next door|opposite)\b/;

/**
 * Whether a question asks how far and `answer` gives no distance: "how far from Ankara is that?" after the deposit's
 * place, answered with how far Turkey means to refine its ore ("how far" of degree).
 */
export function lacksAskedDistance(question: string, answer: string): boolean {
  return ASKS_DISTANCE.test(question.toLowerCase()) && !GIVES_DISTANCE.test(answer.toLowerCase());
}

/**
 * Whether a question asks for a day or a date and `answer` names none: "what date in october?" answered with "in
 * October" (a month). As for a city, the fact is on the topic but does not give what was asked.
 */
export function lacksAskedDay(question: string, answer: string): boolean {
  // (In Turkish: "ayın kaçında gidiyolar?" after the trip "Ekim ayında", in October.)
  if (ASKS_DAY.test(question.toLowerCase())) return !statesDay(answer);
  return TR_ASKS_DAY.test(question.toLocaleLowerCase('tr')) && !TR_GIVES_DAY.test(answer.toLocaleLowerCase('tr')) && !statesDay(answer);
}

/** A question for a share ("what percentage of world output?", "what % of the market", "what share"). */
const ASKS_SHARE = /\b(?:what|which|wat|wut)\s+(?:%|percent(?:age)?|per cent|share|proportion|fraction)|\bhow many per ?cent\b/;
/** What an answer gives a share with: a percentage, a fraction, or most or all of something. */
const GIVES_SHARE = /%|\bper ?cent|\bpercentage|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|most|majority|all)\b/;

/**
 * Whether a question asks what share something is and `answer` gives none: "what percentage of world output is that?"
 * after China's lead, answered with "for three decades" (any number answers "how many", not "what share").
 */
export function lacksAskedShare(question: string, answer: string): boolean {
  return ASKS_SHARE.test(question.toLowerCase()) && !GIVES_SHARE.test(answer.toLowerCase());
}

/**
 * A question for where something was said ("where did he say it?", "bunu nerede söylemiş?"): the venue of a statement.
 * (Not where something is, nor where information comes from: "where did the report get that from?".)
 */
const ASKS_VENUE =
  /\b(?:where|wher)\s+(?:did|does|do|was|were|has|had)\s+(?:\w+\s+){1,2}?(?:say|said|announce|announced|mention|mentioned|state|stated|speak|spoke|talk|talked|make|made|give|gave)\b(?![^?]*\bfrom\b)|\b(?:nerede|nerde)\s+(?:(?:bunu|onu|bunlari|bunları)\s+)?(?:s[oö]yle|de(?:di|mi[sş])|a[cç][ıi]kla)/u;
/**
 * What an answer gives such a venue with: a named place ("in Ankara", "at the summit in Baku"), an event or a medium.
 * (Not a visit: the delegation's "ziyaret" is what its answer is about, not where anyone spoke.)
 */
const GIVES_VENUE =
  /\b(?:in|at|on|during)\s+(?:the\s+|a\s+|an\s+)?\p{Lu}|\b(?:conference|interview|speech|summit|event|meeting|parliament|television|tv|radio|press|forum|congress|konferans\p{L}*|toplant\p{L}*|röportaj\p{L}*|roportaj\p{L}*|konuşma\p{L}*|konusma\p{L}*|zirve\p{L}*|meclis\p{L}*|etkinli\p{L}*|televizyon\p{L}*|basın\p{L}*|basin\p{L}*)\b/u;

/**
 * Whether a question asks where something was said and `answer` names no venue: "where did he say it?" after Kacır's
 * words, answered with what he said "in the month before the report" (when, not where).
 */
export function lacksAskedVenue(question: string, answer: string): boolean {
  return ASKS_VENUE.test(question.toLowerCase()) && !GIVES_VENUE.test(answer);
}

/** The kinds of answer a question may ask for that an answer on its topic can still lack. */
export type LackedKind = 'city' | 'day' | 'start' | 'distance' | 'share' | 'venue';
const LACKS: readonly (readonly [LackedKind, (question: string, answer: string) => boolean])[] = [
  ['city', lacksAskedCity],
  ['day', lacksAskedDay],
  ['start', lacksAskedStart],
  ['distance', lacksAskedDistance],
  ['share', lacksAskedShare],
  ['venue', lacksAskedVenue],
];

/**
 * The kind of answer a question asks for that `answer` does not give, if any: a city, a day, a beginning ("since
 * when?"), a distance ("how far from …?"), a share ("what percentage …?") or where something was said.
 */
export function lackedKind(question: string, answer: string): LackedKind | null {
  for (const [kind, lacks] of LACKS) if (lacks(question, answer)) return kind;
  return null;
}
