/**
 * Turkish text analysis: the words of a Turkish question or answer as the
 * Turkish index sees them. Lowercasing as Turkish does (İ → i, I → ı),
 * apostrophe suffixes cut ("Türkiye'de" → "türkiye"), Turkish stop words,
 * stemming with the Snowball Turkish stemmer, and folding to plain letters
 * (ı ş ç ğ ö ü → i s c g o u) so a question typed without Turkish letters
 * ("turkiye", "cin") meets the same terms. Pure; shared by the loader (the
 * identity of a Turkish phrasing) and the engine (the Turkish index).
 */
import { newStemmer } from 'snowball-stemmers';
import { MARKS, TURKISH_PARTICLE, mentionedByAt, type AnswerType, type TextProfile } from './normalize.ts';
import { isLaughter } from './laughter.ts';

// NFC first: "İ" may arrive as "I" + combining dot above, which Turkish lowercasing reads as "i".
// Circumflexes (hâlâ, kâr, millî) are spelling, not meaning: read as the plain vowel.
const CIRCUMFLEX: Record<string, string> = { â: 'a', î: 'i', û: 'u' };

/** Lowercases as Turkish does: "İSTANBUL" → "istanbul", "IĞDIR" → "ığdır". */
export function turkishLower(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('tr')
    .replace(/[âîû]/g, (c) => CIRCUMFLEX[c] ?? c);
}

/**
 * An apostrophe inside a word separates a proper name from its suffix:
 * "Türkiye'de", "Çin'e", "BYD’nin", "2030'a". The suffix is cut: the name is
 * the word. Any apostrophe-like mark counts (people type ' ’ ` ´).
 */
const APOSTROPHE_SUFFIX = /([\p{L}\p{N}])['’`´‘][\p{L}]+/gu;

const FOLD: Record<string, string> = { ı: 'i', ş: 's', ç: 'c', ğ: 'g', ö: 'o', ü: 'u' };

/** Folds Turkish letters to plain ones in lowercased text: "çıkarılması" → "cikarilmasi". */
export function foldTurkish(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word
    .replace(/[ışçğöü]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS, '');
}

/**
 * The question particle typed onto its verb ("kurulacakmı", "varmi",
 * "istiyormusun"; in chat "kurulcakmi", "demismi"): the verb and the particle. Only after a tense ending or
 * "var"/"yok", so words that merely end in "mi" ("ekonomi", "sistemi",
 * "resmi") stay whole.
 */
const ATTACHED_PARTICLE =
  /^(\p{L}{2,}(?:[iıuü]?yor|yo|[ae]?c[ae]k|[dt][iıuü]|m[iıuü][şs]|[aeıiouü]r|l[ae]r)|\p{L}*(?:var|yok))(m[iıuü](?:s[iıuü]n(?:[iıuü]z)?|y[iıuü]m|y[iıuü]z|d[iıuü]r|yd[iıuü])?)$/u;

/** A word with its question particle apart: ["kurulacak", "mı"], or [word]. */
export function splitParticle(word: string): string[] {
  const m = ATTACHED_PARTICLE.exec(word);
  return m ? [m[1]!, m[2]!] : [word];
}

/** The words of Turkish text, lowercased the Turkish way, apostrophe suffixes cut, a question particle typed onto its verb apart, Turkish letters kept. */
export function turkishWords(text: string): string[] {
  const ws = turkishLower(text)
    .replace(APOSTROPHE_SUFFIX, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .flatMap(splitParticle)
    // (The Black Sea's first person, "duyayrum", "karıştırayrum": no written word ends so, so it is read as the written
    // one, "duyuyorum", and meets the stop words and phrases that have it: "ilk defa duyayrum".)
    .map((w) => (BLACK_SEA_FIRST_PERSON.test(w) ? (blackSeaPresent(w)[0] ?? w) : EASTERN_WORDS.get(w) ?? withWritten(southeastPresent(cypriotPresent(w)))))
    // (A word echoed with "m" for "and such", "chery mery", "byd myd": the echo says "and the like", no word of its own.)
    .filter((w, i, all) => i === 0 || !isEcho(all[i - 1]!, w));
  const read = ws.some((w) => GERMAN_WORDS.has(w)) ? withGermanRead(ws) : ws;
  return read.some(mayBeAzerbaijani) ? read.flatMap(azerbaijaniAsTurkish) : read;
}

/**
 * A message's words (lowercased the Turkish way, as typed) read as Turkish writes them when the message is Azerbaijani
 * (see azerbaijaniAsTurkish), each with the words it becomes ("neynir": ["ne", "yapıyor"]; "axı": none); null when it
 * is not. For readers of a message's words other than turkishWords (the Turkish follow-up's tokens).
 */
export function azerbaijaniRead(words: readonly string[]): (readonly string[])[] | null {
  return words.some(mayBeAzerbaijani) ? words.map(azerbaijaniAsTurkish) : null;
}

/** Whether a word (lowercased, as typed) is Azerbaijani's own, which Turkish writes otherwise ("haçan", "deyib", "yoxsa"). */
export function isAzerbaijaniWord(word: string): boolean {
  return AZERBAIJANI_WORDS.has(word) || word.includes('ə');
}

/**
 * "With" as eastern Anatolia and Cyprus say it, "-nen", "-ynan" ("devletnen", "kimnen", "amerikaynan", "birliğiynen"):
 * written "-le", "-yla" ("devletle", "kimle", "amerikayla"), so the stem and the question word meet it. After a
 * consonant or "y" only: "dönen", "yanan" (turning, burning) stay.
 */
function withWritten(word: string): string {
  const m = /^(\p{L}{2,}(?:[aeıioöuü]y|[bcçdfgğhjklmnprsştvz]))n([ae])n$/u.exec(word);
  return m === null ? word : `${m[1]}l${m[2]}`;
}

/**
 * A verb in the present as Cyprus says it, its vowel before "-yor" wide ("isteyor", "almayorlar", "bilmeyorum",
 * "açılmayor"): written narrow by vowel harmony ("istiyor", "almıyorlar", "bilmiyorum", "açılmıyor"), so the stems and
 * phrases of the written present meet it. No written word has "-ayor" or "-eyor" after a consonant.
 */
function cypriotPresent(word: string): string {
  // (And its future's first person, "-acayım", "-eceyik": "soracayım", I'll ask; "yapacayık", we'll do: written
  // "-acağım", "-eceğiz".)
  const future = CYPRIOT_FUTURE.exec(word);
  if (future !== null) {
    // (Written with Turkish letters when typed with them: "soracayim" is "soracagim" as chat types it.)
    const lettered = /[ıçğöşü]/u.test(word);
    return `${future[1]}${future[2]}c${future[2]}${lettered ? 'ğ' : 'g'}${future[2] === 'a' && lettered ? 'ı' : 'i'}${future[3] === 'm' ? 'm' : 'z'}`;
  }
  const m = CYPRIOT_PRESENT.exec(word);
  if (m === null) return word;
  const last = m[1]!.match(/[aeıioöuü]/gu)?.pop();
  if (last === undefined) return word;
  return `${m[1]}${narrowVowel(last, word)}yor${m[2]}`;
}
const CYPRIOT_FUTURE = /^(\p{L}+?)([ae])c[ae]y[ıi]([mk])$/u;
const CYPRIOT_PRESENT = /^(\p{L}*[aeıioöuü]\p{L}*[bcçdfgğhjklmnprsştvz])[ae]yor(\p{L}*)$/u;

/** Eastern Anatolia's words as written ("ne deyir": ne diyor; "bilmerem": bilmiyorum; "eşitdim": işittim, I heard). */
const EASTERN_WORDS: ReadonlyMap<string, string> = new Map(
  'deyir:diyor deyirler:diyorlar deyiller:diyorlar deyirsen:diyorsun bilmerem:bilmiyorum bilmirem:bilmiyorum eşitdim:işittim esitdim:işittim işitdim:işittim isitdim:işittim gelif:gelip gedif:gidip getdi:gitti gedir:gidiyor'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Whether `echo` is `word` said again with "m" for its first consonant, or "m" before its first vowel ("kitap mitap", "araba maraba"). */
function isEcho(word: string, echo: string): boolean {
  if (echo.length < 3 || word.length < 3 || echo[0] !== 'm' || word[0] === 'm') return false;
  // (The first consonants as they sound: "chery mery", "byd myd".)
  return /^[aeıioöuü]/u.test(word) ? echo === `m${word}` : echo === `m${word.slice(1)}` || echo === word.replace(/^[^aeıioöuü]+(?=[aeıioöuü])/u, 'm');
}

/**
 * A verb in the present of the southeast (Antep, Urfa, Adana: "-(ı)y", "-(ı)yler", and "-yer": "gidiy", "çıkıy",
 * "istiyler", "almıyler", "diyer", "diyerler") as written: "gidiyor", "çıkıyor", "istiyorlar", "almıyorlar", "diyor",
 * "diyorlar", so the stems and phrases of the written present meet it ("ne işe yarıy": "ne işe yarıyor"). No written
 * word ends so: "-(ı)y" after two letters or more ("duy", "giy", "tüy" stay), "-yer" only after "ı", "i", "u", "ü" ("yer",
 * "heryer" stay); every other word as typed.
 */
function southeastPresent(word: string): string {
  const m = SOUTHEAST_PRESENT.exec(word) ?? SOUTHEAST_PRESENT_YER.exec(word);
  // ("-yor" takes "-lar" whatever the root's vowels.)
  return m === null ? word : `${m[1]}yor${m[2] === undefined ? '' : 'lar'}`;
}
const SOUTHEAST_PRESENT = /^(\p{L}{2,}[ıiuü])y(l[ae]r)?$/u;
const SOUTHEAST_PRESENT_YER = /^(\p{L}+[ıiuü])yer(l[ae]r)?$/u;

/**
 * Azerbaijani, as Azerbaijanis living in Turkey write to a Turkish bot ("Türkiyənin enerji naziri kimdir?", "Beylikova
 * yatağı nə vaxt tapılıb?", "rafinerisi ne zaman işləməyə başlayacaq?"): a close kin of Turkish, its words mostly
 * Turkish ones in other letters. A word is read as the Turkish one: "ə" as "e", "q" as "k" (the infinitive's "-maq",
 * the future's "-acaq"), "x" as "h" at the start of a word and as "k" after it ("xəbər": haber; "çox": çok), and the
 * words of its own that chat needs (question words, "nazir" for a minister, "tapmaq" for finding) as Turkish writes
 * them. Only on a word with a letter Turkish lacks beside one it has ("ə", or "x"/"q" with a Turkish letter): "Xi" stays.
 */
function mayBeAzerbaijani(word: string): boolean {
  return AZERBAIJANI_WORDS.has(word) || azerbaijaniLetters(word);
}
function azerbaijaniLetters(word: string): boolean {
  return word.includes('ə') || (/[xq]/u.test(word) && /[çğıöşü]/u.test(word));
}
function azerbaijaniAsTurkish(word: string): readonly string[] {
  const own = AZERBAIJANI_WORDS.get(word);
  if (own !== undefined) return own;
  // (In a message that is Azerbaijani, a word without its letters is read by its endings too: "olub", "deyil", "yoxsa",
  // "quracaq". Not Chinese names: "Xi", "Xiaomi".)
  const lettered = azerbaijaniLetters(word) || (/[xq]/u.test(word) && !/^xi/u.test(word));
  let turkish = !lettered
    ? word
    : word
        .replace(/ə/gu, 'e')
        // (A borrowed word's "q" before a consonant is Turkish "g": "qrup", "qlobal"; else "k": "qoyur", "-acaq".)
        .replace(/^q(?=[lr])/u, 'g')
        .replace(/q/gu, 'k')
        .replace(/^x/u, 'h')
        .replace(/x/gu, 'k');
  // The present ("istəyir": istiyor; "işləyirlər": işliyorlar; "qoyur": koyuyor), written as Turkish writes it.
  // (A root's last "a", "e" goes before "-yor", as Turkish writes "istiyor"; with none, the "y" is the root's: "qoy-ur".
  // "-yor" takes "-lar" whatever the root's vowels.)
  if (lettered) {
    turkish = turkish.replace(/^(\p{L}{2,}?)([ae]?)y([ıiuü])r(l[ae]r)?$/u, (_, root: string, wide: string, vowel: string, plural: string | undefined) =>
      `${root}${wide === '' ? 'y' : ''}${vowel}yor${plural === undefined ? '' : 'lar'}`,
    );
  }
  const known = AZERBAIJANI_WORDS.get(turkish);
  if (known !== undefined) return known;
  return [azerbaijaniEndings(turkish)];
}

/**
 * An Azerbaijani verb's endings as Turkish writes them, its letters already read (see {@link azerbaijaniAsTurkish}):
 * the perfect "-ıb" is Turkish "-mış" ("olub": olmuş; "yazıb": yazmış; "görüşüblər": görüşmüşler; "işləyib":
 * işlemiş); the negative present "-mır" is "-mıyor" ("bilmir": bilmiyor; "almırlar": almıyorlar); and Azerbaijani
 * writes "d" where Turkish writes "t" after a voiceless consonant ("böyükdür": böyüktür; "şirkətdi": şirketti;
 * "qrupda": grupta). Only in a message that is Azerbaijani: hardly a Turkish word ends in "-ıb", and "-mır" wants a root of
 * three letters or the plural ("demir", iron, and "emir" stay).
 */
function azerbaijaniEndings(word: string): string {
  const perfect = /^(\p{L}{2,}?)(y?)([ıiuü])b(l[ae]r)?$/u.exec(word);
  if (perfect !== null) {
    // (The "y" between a root's last vowel and the ending goes: "işləyib" is "işle-", but "qoyub" is "koy-".)
    const root = perfect[2] === 'y' && perfect[1]!.length < 3 ? `${perfect[1]}y` : perfect[1]!;
    return `${root}m${perfect[3]}ş${perfect[4] ?? ''}`;
  }
  // (With the plural a root of two: "almırlar". "-yor" takes "-lar" whatever the root's vowels.)
  const negative = /^(\p{L}{2,})m([ıiuü])r(l[ae]r)?$/u.exec(word);
  if (negative !== null && (negative[1]!.length >= 3 || negative[3] !== undefined)) return `${negative[1]}m${negative[2]}yor${negative[3] === undefined ? '' : 'lar'}`;
  return word.replace(/([çfhkpsşt])d(?=[aeıioöuü])/gu, '$1t');
}
/**
 * Azerbaijani words Turkish writes otherwise, as typed and with "ə" read as "e" (empty: a word that says nothing here);
 * the Black Sea coast shares some ("haçan").
 */
const AZERBAIJANI_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    // question words ("harada": nerede; "hansı": hangi; "neçə": kaç; "nə vaxt": ne zaman; "niyə": neden; "bəs": and what about)
    'harada:nerede haradadır:nerede haradadir:nerede hara:nere haradan:nereden hansı:hangi hansi:hangi hansılar:hangileri neçə:kaç nece:kaç ' +
    'nə:ne vaxt:zaman nevaxt:ne_zaman niyə:neden bəs:peki yəni:yani ' +
    // ("haçan": when, in Azerbaijani and on the Black Sea coast: "haçan olmustu bu gorusme")
    'haçan:ne_zaman hacan:ne_zaman ' +
    // a minister and a ministry ("nazir", "nazirlik"), finding ("tapmaq": bulmak), a car ("avtomobil")
    'nazir:bakan naziri:bakanı nazirin:bakanın nazirinin:bakanının nazirlər:bakanlar nazirler:bakanlar nazirlik:bakanlık nazirliyi:bakanlığı ' +
    'tapılıb:bulunmuş tapilib:bulunmuş tapıldı:bulundu tapildi:bulundu tapdı:buldu tapdi:buldu tapıblar:bulmuşlar tapiblar:bulmuşlar ' +
    'avtomobil:otomobil avtomobili:otomobili avtomobillər:otomobiller avtomobiller:otomobiller ' +
    // greetings and fillers ("salam", "yaxşı": fine, good), "özü" (itself), "yox" (no), "rusiya"
    'salam:selam yaxşı: yaxsi: yox:yok özü:kendisi ozu:kendisi rusiya:rusya rusiyanın:rusyanın ' +
    // how much, where, or, is not, all of them, only, exactly ("nə qədər": ne kadar; "harda": nerede; "yoxsa": yoksa;
    // "deyil": değil; "hamısı": hepsi; "təkcə": sadece; "dəqiq harda": tam nerede); "neçədir", "neçəyə" (how many, for
    // how much: kaç, kaça)
    'qədər:kadar qeder:kadar harda:nerede haradadı:nerede haradadi:nerede hardadır:nerede hardadir:nerede hardadı:nerede hardadi:nerede yoxsa:yoksa deyil:değil ' +
    'hamısı:hepsi hamisi:hepsi hamı:herkes təkcə:sadece tekce:sadece dəqiq:tam deqiq:tam neçədir:kaç necedir:kaç neçəyə:kaça neceye:kaça ' +
    // saying and talking ("deyib": demiş; "danışdılar": konuştular; "danışıqlar": görüşmeler, the talks; Turkish
    // "danışmak" is to consult), what one does ("neynir": ne yapıyor), expecting ("gözləyirlər": bekliyorlar), carrying
    // on ("danışıq aparır": görüşme yürütüyor), lying somewhere ("yerləşir": bulunuyor), depending ("asılı": bağlı)
    'deyib:demiş deyiblər:demişler deyibler:demişler danışdılar:konuştular danisdilar:konuştular danışdı:konuştu danisdi:konuştu ' +
    'danışıb:konuşmuş danisib:konuşmuş danışıblar:konuşmuşlar danışacaq:konuşacak danışacaqlar:konuşacaklar danışıq:görüşme ' +
    'danisiq:görüşme danışıqlar:görüşmeler danisiqlar:görüşmeler danışıqlarda:görüşmelerde neynir:ne_yapıyor neynirlər:ne_yapıyorlar ' +
    'neynirler:ne_yapıyorlar neyləyir:ne_yapıyor gözləyir:bekliyor gözləyirlər:bekliyorlar gozleyir:bekliyor gozleyirler:bekliyorlar ' +
    'gözlənilir:bekleniyor aparır:yürütüyor aparırlar:yürütüyorlar yerləşir:bulunuyor yerləşib:bulunuyor asılı:bağlı asılıdır:bağlı ' +
    'axışır:geliyor axışırlar:geliyorlar ' +
    // things: a mine ("mədən": maden), an amount ("miqdar": miktar), the press ("mətbuat": basın), confirmation and rumour
    // ("təsdiq": teyit; "şayiə": söylenti), a difficulty ("çətinlik": zorluk), news ("xəbər": haber), industry
    // ("sənaye": sanayi), a car ("maşın": araba; Turkish "makine"), a ministry's plural, a factory; "bu barədə" (about
    // this: bu hakkında)
    'mədən:maden mədənin:madenin mədəndə:madende miqdar:miktar miqdarı:miktarı miqdari:miktarı mətbuat:basın mətbuatı:basını ' +
    'metbuat:basın metbuati:basını təsdiq:teyit tesdiq:teyit şayiə:söylenti şayiədir:söylenti şayiədi:söylenti sayie:söylenti ' +
    'çətin:zor çətinlik:zorluk çətinliyi:zorluğu çətinliklər:zorluklar nazirliklər:bakanlıklar nazirlikler:bakanlıklar ' +
    'xəbər:haber xəbəri:haberi xəbərlər:haberler sənaye:sanayi sənayesi:sanayisi sənayenin:sanayinin ' +
    'maşın:araba maşını:arabayı maşınlar:arabalar maşınları:arabaları maşınlarına:arabalarına ' +
    'nazirlikləri:bakanlıkları nazirdir:bakandır nazirdi:bakandı fabrik:fabrika barədə:hakkında barede:hakkında ' +
    // words that say nothing here: "axı" (after all), "elə" (just so), "konkret" (specifically), "qardaş" (brother, an address)
    'axı: axi: elə: konkret: qardaş: qardas: qardaşım:'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string])
    .map(([az, tr]): [string, string[]] => [az, tr === '' ? [] : tr.split('_')]),
);

/**
 * German words typed into Turkish, as Turks in Germany write ("und wann?", "warum denn nicht woanders kaufen?", "das ist
 * doch sicher oder?"): a question word is read as the Turkish one ("wann" as "ne zaman"), the little words that say
 * nothing a fact's words could match ("also", "halt", "eigentlich", "und") are left out ("eigentlich" weighed as the
 * question's rarest word and declined it). Not "der", "mal", "na": Turkish words too.
 */
const GERMAN_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ...(
    'wann:ne_zaman warum:neden wieso:neden weshalb:neden wo:nerede woher:nereden wohin:nereye wer:kim wen:kim wem:kim wessen:kimin wozu:ne_için ' +
    'wieviel:ne_kadar wieviele:kaç welche:hangi welcher:hangi welches:hangi was:ne wie:nasıl nicht:değil auch:de ' +
    // "und" leads a follow-up as "ve" does ("und ne zaman bulmuşlar?"); "nur" is "sadece" ("oder nur BYD?"); and the
    // words a question about this report needs ("was hat er gesagt": ne demiş; "Energie": enerji; not "Minister", which
    // a Turkish reading of an English word met)
    'und:ve nur:sadece gesagt:demiş sagt:diyor sagen:demek besprochen:konuşmuşlar energie:enerji ' +
    'fabrik:fabrika batterie:batarya batterien:bataryalar'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string])
    .map(([de, tr]): [string, string[]] => [de, tr.split('_')]),
  // (And "oder": "yoksa" before a second choice, "… var mı oder nur BYD?"; a tag asking to confirm at the end, "…, oder?".)
  ...('oder aber also genau halt doch eigentlich wirklich nochmal denn ja ach schon noch jemand weiss weiß ist das die sind es war bitte danke ganze etwa überhaupt ueberhaupt ' +
    // … and the auxiliaries, "ungefähr" (about), and the words people greet a group or shrug with ("selam zusammen",
    // "Leute", "egal")
    'haben hat habe hast sollten soll sollen wird werden gibt ungefähr ungefaehr zusammen leute egal krass')
    .split(' ')
    .map((de): [string, string[]] => [de, []]),
]);

/** {@link GERMAN_WORDS} by their keys folded as the follow-up's words are ("ungefähr": "ungefahr"). */
const GERMAN_FOLDED: ReadonlyMap<string, readonly string[]> = new Map([...GERMAN_WORDS].map(([de, tr]) => [foldTurkish(de), tr]));

/** Whether a word (lowercased, or folded: `folded`) is one of the German words read as Turkish. */
export function isGermanWord(word: string, folded = false): boolean {
  return (folded ? GERMAN_FOLDED : GERMAN_WORDS).has(word);
}

/**
 * The Turkish words a German word at `i` is read as, and how many words it takes ("wie viel", "was kostet": "ne kadar",
 * how much, as "wieviel" is); undefined when it is none. `folded`: the words are folded, as the follow-up's keys are.
 */
export function germanAsTurkish(ws: readonly string[], i: number, folded = false): { take: number; words: readonly string[] } | undefined {
  const w = ws[i]!;
  const next = ws[i + 1];
  if ((w === 'wie' && next === 'viel') || (w === 'was' && (next === 'kostet' || next === 'kosten'))) return { take: 2, words: ['ne', 'kadar'] };
  if (w === 'oder') return { take: 1, words: next === undefined ? [] : ['yoksa'] };
  const words = (folded ? GERMAN_FOLDED : GERMAN_WORDS).get(w);
  return words === undefined ? undefined : { take: 1, words };
}

/** {@link GERMAN_WORDS} read (germanAsTurkish). */
function withGermanRead(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const read = germanAsTurkish(ws, i);
    out.push(...(read?.words ?? [ws[i]!]));
    i += read?.take ?? 1;
  }
  return out;
}

/**
 * Time nouns after "o", "bu", "şu" ("o zaman", then; "o dönem", at the time; "o sırada"): when the asker speaks
 * from, not what is asked ("enerji bakanı kimdi o zaman?" asks who, not when). "ne zaman" keeps its "zaman".
 */
const TIME_AFTER_DEMONSTRATIVE = new Set([
  'zaman', 'zamanda', 'donem', 'donemde', 'sirada', 'siralarda',
  // as chat types "zaman" too ("o zmn": then)
  'zmn', 'zman',
  // and a situation after one ("bu durum", this situation): what is pointed at, named before
  'durum', 'durumda', 'durumu', 'durumun', 'duruma', 'durumdan',
  // and the moment ("şu an", "şu anda": now; "şu ana kadar": so far), when the asker speaks from
  'an', 'anda', 'ana',
]);
const DEMONSTRATIVE = new Set(['o', 'bu', 'şu', 'su']);

/** "ilk defa", "ilk kez" (for the first time: "ilk defa duyuyorum"): "defa", "kez", "kere" are stop words, and so is "ilk" before them. */
const TIMES = new Set(['defa', 'kez', 'kere']);

/**
 * {@link turkishWords} as the engine reads them: a time noun after a demonstrative (see TIME_AFTER_DEMONSTRATIVE)
 * and "ilk" before "defa" (see TIMES) left out.
 */
export function turkishTermWords(text: string): string[] {
  const ws = afterSomeoneSaid(fromNeverMind(turkishWords(text)));
  const folded = ws.map(foldTurkish);
  // "nerede kalıyor?", "nerede yer alıyor?" (where does it lie?): after "where", a verb of lying somewhere says no more
  // than "nerede" alone ("kalmak" is to stay, "yer almak" to take part, elsewhere).
  const where = (i: number) => i > 0 && (QUESTION_WORDS.get(folded[i - 1]!) === 'nerede' || folded[i - 1] === 'neresinde');
  const locating = (i: number) => (where(i) && LIES.has(folded[i]!)) || (where(i) && folded[i] === 'yer' && TAKES.has(folded[i + 1] ?? '')) || (i > 1 && folded[i - 1] === 'yer' && where(i - 1) && TAKES.has(folded[i]!));
  // "byd fabrika kuracak diyolar, doğru mu?" (they say): hearsay, said of no one, as "heard" is in English; "ne diyolar?"
  // (what do they say?) asks it, and so does a question about where the word comes from ("heyet gidecek diyolar, kaynak
  // ne?": who says so is what is asked).
  const sourceAsked = folded.some((w) => SOURCE_ASKED.test(w));
  const hearsay = (i: number) => HEARSAY.has(folded[i]!) && !ASKING_WHAT_SAID.has(folded[i - 1] ?? '') && !sourceAsked;
  // "son 30 yılda", "son otuz yıldır" (in the last 30 years): "son" before a span of time says it runs up to now, as
  // "last" does in English; the span is the question's word (it weighed a quarter of "son 30 yildir nadir toprakta
  // hangi ulke baskin", and the knowledge's "otuz yıl boyunca" has no "son").
  const lastSpan = (i: number) => folded[i] === 'son' && SPAN_START.test(folded[i + 1] ?? '');
  // "byd nasıl bir şirket?" (what kind of company is BYD?): "nasıl bir" asks what kind of thing it is, as "nedir" does,
  // not how (it weighed a third of the question, and BYD's description was declined).
  const kindOf = (i: number) => folded[i] === 'nasil' && (folded[i + 1] === 'bir' || folded[i + 1] === 'bi');
  // "bununla bağlantılı çin ziyareti ne zamandı?" (the China trip linked to this: when was it?): "linked to this" only
  // says which trip, pointing back; neither word is one of the topic (together they weighed over half the question).
  const linkedToThis = (i: number) =>
    (LINKED.has(folded[i]!) && WITH_THIS.has(folded[i - 1] ?? '')) || (WITH_THIS.has(folded[i]!) && LINKED.has(folded[i + 1] ?? ''));
  // "byd türkiyede ne iş yapıyor?" (what is BYD doing in Turkey?): "ne iş yapmak" is "ne yapmak", what someone does; "iş"
  // weighed 29% as the "iş" of "iş birliği" (cooperation), and the question was declined.
  const whatWork = (i: number) => folded[i] === 'is' && folded[i - 1] === 'ne' && /^yap/.test(folded[i + 1] ?? '');
  // "biraz daha açık anlatır mısın?" (could you tell it more plainly?): "açık" before a verb of telling says how, no word
  // of the topic (it matched the ministries' "açıklama", their statement).
  const plainly = (i: number) => (folded[i] === 'acik' || folded[i] === 'acikca') && /^(?:anlat|soyle|yaz|izah)/.test(folded[i + 1] ?? '');
  return ws
    .filter(
      (w, i) => !(i > 0 && DEMONSTRATIVE.has(ws[i - 1]!) && TIME_AFTER_DEMONSTRATIVE.has(folded[i]!)) && !(w === 'ilk' && TIMES.has(ws[i + 1] ?? '')) && !locating(i) && !hearsay(i) && !lastSpan(i) && !kindOf(i) && !whatWork(i) && !plainly(i) && !linkedToThis(i),
    )
    // "enerji bakanının adı ne?", "cumhurbaşkanlarının isimleri ne?" (what is the minister's name?): asking a name asks
    // who, as "the name of" does in English ("adı", "isimleri" weighed half the question, words no answer has).
    // (After its owner in the genitive only: "isimleri ne?" alone asks the names of what was asked before.)
    // (Or with its owner after it, as chat turns a sentence round: "adı neydi ya bakanın", what was his name, the minister's.)
    // (With "tam" between, the full name: "enerji bakanının tam adı neydi".)
    .map((w, i, kept) => {
      const owner = i > 0 && foldTurkish(kept[i - 1]!) === 'tam' ? i - 2 : i - 1;
      return NAME_ASKED.has(foldTurkish(w)) && ((owner >= 0 && isGenitive(kept[owner]!)) || ownerAfter(kept, i)) ? 'kim' : w;
    })
    // "ne görüştüler?", "neyi görüşmüşler?" (what did they discuss?): "görüşmek" after "what" is to talk something over,
    // as "konuşmak" is, not to meet (which "ne zaman görüştüler?", "görüştüler mi?" ask); "erdoğan ile şi kazakistanda ne
    // görüştü" got the meeting.
    .map((w, i, kept) => (i > 0 && WHAT_OBJECT.has(foldTurkish(kept[i - 1]!)) && /^gorus(?:t|m[eu]s|ec|uy|ur)/.test(foldTurkish(w)) ? 'konuştu' : w));
}
/** Linked, related (folded): "bağlantılı", "ilişkili", "alakalı". */
const LINKED = new Set(['baglantili', 'iliskili', 'alakali']);
/** With this, with that (folded): "bununla", "onunla", "bunla", "onla", "şununla". */
const WITH_THIS = new Set(['bununla', 'onunla', 'bunla', 'onla', 'sununla']);
/** "what" as the object of a verb (folded): "ne", "neyi", "neler", "neleri". */
const WHAT_OBJECT = new Set(['ne', 'neyi', 'neler', 'neleri']);

/**
 * Whether a word before a name-word is its owner, in the genitive (folded): "-nın" after a vowel ("bakanının"), or
 * "-ın" after "our", "your" ("bakanımızın", our minister's). (Not any "-ın": "elementlerin adları", the elements'
 * names, in the knowledge's own phrasings, became "kim", and who-questions went to the elements: −22 Turkish
 * follow-ups.)
 */
function isGenitive(word: string): boolean {
  const w = foldTurkish(word);
  // (Or a role, as keywords are typed without the genitive: "türkiye cumhurbaşkanı ve çin devlet başkanı isimleri".)
  return (w.length > 4 && /(?:n|[iu]m[iu]z|[iu]n[iu]z)[iu]n$/.test(w)) || /(?:bakan|baskan)(?:i|lari)$/.test(w);
}

/**
 * `ws` after "boşver" (never mind) with two words or more after it: what it dismisses is before it ("tamam tonu boşver,
 * içinde hangi elementler var": forget the tonnage; "neyse boşver. erdoğan ile … ne konuştu"), no word of the question.
 * (As a word of the question, "boşver" weighed a quarter of it; as a stop word, the tonnage it dismisses stayed.)
 */
function fromNeverMind(ws: string[]): string[] {
  const at = ws.findLastIndex((w) => NEVER_MIND.has(foldTurkish(w)));
  return at >= 0 && ws.length - at > 2 ? ws.slice(at + 1) : ws;
}
const NEVER_MIND = new Set(['bosver', 'bosverin', 'bosvur']);

/**
 * `ws` after "biri dedi (ki)" (someone said) with three words or more after it: who said it and where it was heard ("la
 * kahvede biri dedi ekimde çine heyet gidiyomuş, doğru mu bu": someone at the coffee house said) are no words of the
 * claim asked about. ("kahvede" weighed 28% as a word no fact uses.)
 */
function afterSomeoneSaid(ws: string[]): string[] {
  const folded = ws.map(foldTurkish);
  const at = folded.findIndex((w, i) => SOMEONE.has(w) && (SAID.has(folded[i + 1] ?? '') || (folded[i + 1] === 'bana' && SAID.has(folded[i + 2] ?? ''))));
  if (at < 0) return ws;
  let from = at + (folded[at + 1] === 'bana' ? 3 : 2);
  if (folded[from] === 'ki') from++;
  return ws.length - from >= 3 ? ws.slice(from) : ws;
}
const SOMEONE = new Set(['biri', 'birisi', 'birileri']);
const SAID = new Set(['dedi', 'demis', 'demisti', 'diyo', 'diyor', 'soyledi', 'soylemis', 'anlatti', 'anlatiyo', 'yazmis', 'yazdi', 'paylasmis', 'paylasti']);

/** Whether a word asked of after a name-word ("adı neydi ya bakanın") is its owner in the genitive, after the question word. */
function ownerAfter(kept: readonly string[], i: number): boolean {
  let k = i + 1;
  if (!/^ne(?:ydi|dir|ymis|ymiş)?$/.test(foldTurkish(kept[k] ?? ''))) return false;
  k++;
  while (k < kept.length && TURNED_ROUND_FILLER.has(foldTurkish(kept[k]!))) k++;
  return k < kept.length && isGenitive(kept[k]!);
}
/** Chat filler between the question word and the owner it is asked of ("adı neydi ya bakanın"). */
const TURNED_ROUND_FILLER = new Set(['ya', 'yav', 'yahu', 'peki', 'o', 'su', 'bu']);

/** Someone's name as a question asks it, folded ("adı", "ismi", "isimleri", "adını"). */
const NAME_ASKED = new Set(['adi', 'adini', 'adlari', 'adlarini', 'ismi', 'ismini', 'isimleri', 'isimlerini']);

/** The first word of a span of time, folded: a number, a number word, or years, months, a period ("yıllarda", "dönemde"). */
const SPAN_START = /^(?:\d+\p{L}*|on|yirmi|otuz|kirk|elli|altmis|iki|uc|dort|bes|birkac|kac|yil\p{L}*|sene\p{L}*|ay|aylarda|aydir|aylardir)$/u;

/** "they say", "they said" as chat and as written, folded (see turkishTermWords). */
const HEARSAY = new Set([
  'diyolar', 'diyorlar', 'dediler', 'demisler', 'soyluyolar', 'soyluyorlar', 'soylediler', 'soylemisler', 'yaziyolar', 'yaziyorlar', 'yazmislar',
]);
/** Words of a question about where a claim comes from, folded ("kaynak", "nereden", "resmi mi", "kesin mi", "teyit"). */
const SOURCE_ASKED = /^(?:kaynak|nerden|nereden|resmi|resmen|kesin|teyit|dogrula|bilgi)/;
/** Words asking what was said, before a verb of saying ("ne diyorlar?"). */
const ASKING_WHAT_SAID = new Set(['ne', 'neler', 'nasil', 'neden', 'niye', 'kim', 'kimler', 'zaman', 'zmn', 'nerede', 'nerde']);

/** "kalmak" (to lie, to stay) in the present as typed, after "where" (a question word read as "nerede", or "neresinde"). */
const LIES = new Set(['kaliyor', 'kaliyo', 'kalir', 'kaliyormus', 'kaliyomus', 'kalmakta', 'kalmaktadir']);
/** "almak" after "yer" ("yer alıyor": is situated) in the present as typed. */
const TAKES = new Set(['aliyor', 'aliyo', 'alir', 'aliyormus', 'aliyomus', 'almakta', 'almaktadir']);

/** The identity of a Turkish phrasing: case, Turkish letters typed plain, punctuation and spacing do not count. */
export function turkishQuestionKey(text: string): string {
  return turkishWords(text).map(foldTurkish).join(' ');
}

/**
 * Turkish words that carry no meaning for matching, written by the team
 * (folded forms are matched too, so "icin" is "için"). Question words are NOT
 * here, as in English: "kim", "nerede", "ne zaman", "neden", "nasıl",
 * "hangi", "kaç" tell one question from another. "ne" alone ("what") is here,
 * like "what" in English.
 */
const STOP_LIST = (
  // conjunctions and particles
  've ile veya ya yahut ama fakat ancak lakin ki de da dahi bile hem ise yani çünkü eğer ' +
  // pronouns and demonstratives
  'ben sen o biz siz onlar bana sana ona bize size onlara beni seni onu bizi sizi onları benim senin onun bizim sizin onların ' +
  'bu şu bunlar şunlar bunu şunu bunun şunun buna şuna bunda şunda bundan şundan burada şurada orada oraya buraya burda şurda orda ' +
  // (and from there, from here: "hangi metaller çıkıyo ordan")
  'oradan ordan buradan burdan şuradan şurdan ' +
  // (the one there, here: "ordaki madeni işlemek için", as "orada" is)
  'oradaki ordaki buradaki burdaki şuradaki şurdaki ' +
  // (and the place itself, "orası", "burası": "ne zaman bulunmuştu orası?"; read as a typo of "olası", it weighed 48%)
  'orası burası şurası oraları buraları ' +
  // "bulunuyor" (is there: "yatakta hangi elementler bulunuyor?"), as "var": read as "bulmak"
  // (to find), the present of being somewhere took questions to the deposit's discovery
  'bulunuyor bulunuyo bulunmaktadır bulunmakta bulunuyorlar ' +
  // … and "toplam", "toplamda" (in total: "toplam ne kadar var?"), how it is counted
  'toplam toplamda ' +
  // "ortaklık derken" (by a partnership, you mean): what is asked about follows
  'derken ' +
  // (the plural's cases too, as "onları", "onların" above: "bunların madenciliğinde kim önde?")
  'bunları şunları bunların şunların bunlara şunlara bunlarda şunlarda onlarda bunlardan şunlardan onlardan ' +
  'kendi kendisi kendini ' +
  // … and in the plural and the other persons ("neden kendileri başka yerden bulmuyor?": why don't they themselves),
  // as "themselves" is a stop word in English
  'kendileri kendilerini kendilerine kendileriyle kendine kendisine kendimiz kendimizi kendin ' +
  // "ikisi" (the two of them: "ikisi görüştü mü?", "bu ikisi nerede buluştu?"), pointing back as "onlar" does
  'ikisi ikisinin ikisine ikisini ikisiyle ikisinde ' +
  // quantities and articles that say nothing here
  'bir biri birisi bazı her hep hiç tüm bütün hepsi çok daha en az pek gibi kadar için göre karşı sonra önce şimdi artık beri ' +
  // "şu an" (now) typed as one word ("DÜNYADA KİM HAKİM ŞUAN"), as "şimdi"
  'şuan şuanda ' +
  // "şu an", "şu anda" (right now): "an" (moment) says no more than "şimdi"
  'an anda anki hala hâlâ ' +
  // "o zamanlar" (back then), "bu aralar", "şu sıralar" (these days): when the asker speaks from, not what is asked
  'zamanlar sıralar aralar ' +
  // "şimdiki" (the current: "sanayi bakanımız kimdi şimdiki"), as "currently" is a stop word in English
  'şimdiki simdiki ' +
  // "ileride" (later on, in the future: "batarya da yaparlar mı ileride"), when the asker thinks it may be, as "later" is
  // framing in English
  'ileride ilerde ' +
  // "neyle ilgili" (what … is about): "ilgili" is "about" here, as "hakkında"; so are "dair", "ilişkin" ("bu işe dair bi
  // açıklama yaptı mı": made a statement about this?)
  'ilgili ilgilidir dair ilişkin iliskin ' +
  // "resmi ağızdan" (from an official mouth: officially), as "resmi"; and "resmi ağızlardan", from official mouths
  'ağızdan agizdan ağızlardan agizlardan ' +
  'olan olarak oldu olur olmuş olacak olduğu olduğunu var yok mı değil ' +
  // "etmek" and "olmak" as light verbs ("başkanlık etmek", "ziyaret etmek", "üye olmak"): the noun carries the
  // meaning, as "do" does in English; their forms differ by tense ("ediyor", "edecek") and would not meet
  'et etmek eder ediyor ediyorlar edecek edecekler etti ettiler etmiş edilecek edildi ediliyor edilir edecekti ediyordu ettiği edeceği ' +
  // (and their future as chat types it)
  'edcek edicek edilcek edilicek ' +
  // … and "can", "cannot" ("tedarik edemiyor": cannot supply; "takip edebilir"), where the noun carries the meaning too
  'edebilir edebilirler edemez edemezler edemiyor edemiyorlar edemiyo edemiyolar edemedi edemediler ' +
  // … and in the first person, as the asker speaks ("merak ettim", "rica ediyorum")
  'ettim ettik ediyorum ediyoruz ederim ederiz edeceğim edecegim ' +
  'olmak oluyor olacaklar oldular olacaktı oluyordu olduğunda olacağı olcak olcaklar olucak ' +
  // case endings typed apart from a name without the apostrophe ("byd den başka", "türkiye deki"): the name's suffix
  // (and the locative after a hard consonant, "brics te kimler var": "te" weighed 43% as a word the knowledge lacks)
  'den dan ten tan nin nın nun nün deki daki teki taki yle yla le la te ta ' +
  // "en azından" (at least: "ne zaman çalışmaya başlar en azından"), a hedge on what is asked
  'azından azindan ' +
  // "what" and its forms (like "what" in English); "ne zaman" keeps "zaman"
  'ne neyi neye nedir nelerdir neydi neymiş nelerdi neyle neyin nesi ' +
  // "olay" as chat says "thing" ("bu nadir toprak olayı", "heyet olayı"), as "thing" and "stuff" are stop words in English
  'olay olayı olayi olaya olayın olayin olayına olayina olayını olayini olayında olayinda olaylar ' +
  // … and "iş" as chat says "business" ("nadir toprak işinde kim baskın": who dominates in the rare earth business;
  // "bu çin işi"), after what it is the business of. Not "işine" ("işine yarar": it serves, a phrase of the synonyms)
  'işi işin işinde işindeki işini işinin işle işiyle işten işinden işe işleri işlerini işleriyle işnen isnen ' +
  // … and "mesele" as chat says "matter" ("ab meselesi ne?": what's the EU thing?)
  'mesele meselesi meseleyi meseleye meselenin meselesiyle meselede meselesini meselesine meselesinde meselesinin ' +  // … and "mevzu" (matter, chat: "şu nadir toprak mevzusu")
  'mevzu mevzusu mevzuyu mevzuya mevzunun mevzuda mevzusunu mevzusuna mevzusunda ' +

  // reactions to the answer before a question ("ilginç. peki …": interesting; "anladım": I see), as "interesting",
  // "gotcha" lead a follow-up in English
  'ilginç ilginc vay anladım anladim harika süper ' +
  // … and "mantıklı" (makes sense: "mantıklı, peki bu görüşme ne zaman oldu"), as "makes sense" in English
  'mantıklı mantikli ' +
  // "ee", "eee" (well, so: "ee başka yerden alsınlar o zaman"), a lone "e" drawn out, as "well" and "so" in English
  'ee eee ' +
  // … and young chat's agreement, greeting and opinion ("aynen", "naber"/"nbr", "bence"/"bnce", "harbi": exactly, what's up,
  // I think, really), as "ikr", "sup", "imo", "fr" in English: "bnce" weighed 51% as a word no fact uses
  'aynen naber nbr bence bnce harbi ' +
  // … and village talk of Central Anatolia ("ne zaman bitcek gari", "heç duymadım", "kim yavu", "ağam": now then, ever,
  // for heaven's sake, brother), and "duydunuz mu" (did you hear?) after a question, as "heard" is in English chat:
  // "gari" weighed 30% as a word no fact uses
  'gari gayri heç yavu ağam duydunuz duydun ' +
  // … and the Black Sea's ("uşaklar, ha bu nadir toprak ne da?", "bakanumuz kimdi ula": lads, now this, hey): "ula" and
  // "ha" weighed as words no fact uses
  'ula uşaklar usaklar uşağum usagum ha ' +
  // … and Cyprus's ("gız", "hade", "eyi da", "hec", and the Greek "ela", "endaksi": come on, OK), as "mate", "ok" in English
  'gız gızım gizim hade eyi hec ela endaksi ' +
  // … and the Balkans' ("bre", "şindi": now; "vala"; the Slavic "brate", brother, and "dobro", "večer", good evening)
  'bre şindi sindi vala brate dobro vecer večer ' +
  // … and the southeast's (Antep, Urfa, Adana: "lo", hey; "hele", now then; "bah", look; "gardaş", "ağam", brother, typed
  // without Turkish letters too): "lo" weighed 26% as a word no fact uses
  'lo hele bah gardas gardasim gardaşım agam ağa aga ' +
  // … "söyle bakalım" (tell me, then): "bakalım" was read as a typo of "bak"
  'bakalım bakalim ' +
  // … and "neyse" (anyway: "neyse, byd ne için anlaşma imzaladı"), "hiç olmazsa" (at least) run together, as "anyway" and
  // "at least" are in English chat
  'neyse hiçolmazsa hicolmazsa ' +
  // … and "asıl", "esas" (the real, the main: "iş birliği aramasının asıl sebebi nedir?"), as "actually", "really" in
  // English: "asıl" was read as a typo of "nasıl" (how). (Not "temel", also a foundation: "temeli atıldı mı?")
  'asıl asil esas ' +
  // … "karıştırıyorum" (I mix them up: "o hangi bakanlıkta, karıştırıyorum hep"), as "I always mix up" after an English
  // question
  'karistiriyorum karıştırıyom karistiriyom ' +
  // … and "yine", "gene" (again: "yine yok pahasına mı satacağız": "yine" was read as a typo of "çin"), "herkes",
  // "kimse" (everyone, anyone: "herkes konuşuyor kimse bilmiyor"), as "again", "everyone", "anyone" in English chat
  'yine gene herkes herkesin kimse kimsenin bilmiyor bilmiyoruz bilmiyorlar bilmiyolar ' +
  // (… and "bilmiyorum" (I don't know) after a question, as Cyprus says it too, "bilmeyorum", and English "sorry" typed
  // in)
  'bilmiyorum bilmiyom sorry ' +
  // chat filler and politeness
  'acaba lütfen lutfen selam merhaba teşekkürler sağol peki şey yaa ya hani işte tamam evet hayır bana söyle söyler misin anlat anlatır bilgi ver verir bilgisi hakkında ' +
  // "bir şey" (something) run together as chat types it ("bişey açıkladı mı"), as "anything" in English
  'bişey bişi bişeyler birşey birşeyler ' +
  'soru sormak istiyorum soruyorum soruyom sordum biliyor musun bilir misin biliyormusun ' +
  // "I wonder", "could it be", "I have a question" ("merak ediyorum", "olabilir", "bi sorum var"), as "wondering",
  // "could" in English
  'merak olabilir olabilirmi bi sorum sorularım ' +
  // what the asker heard or read, and hedges of their own (like "really", "heard" in English chat)
  'doğru doğrumu gerçekten aslında yani mesela örneğin tam tamamen duydum okudum gördüm sanırım galiba herhalde sanki belki öyle böyle şöyle ' +
  // … and "somut" (concrete: "somut bi beklenti var mı"), as "actually" in English
  'somut ' +
  // … and what they have not ("hiç duymadım", "bilmiyorum": never heard of it, I don't know), as in English chat
  'duymadım bilmiyorum bilmiyom bilmiyodum anlamadım duyuyorum duyuyom ' +
  // … and where they heard it, or that they missed it ("televizyonda bir şey dediler ama kaçırdım"), as "saw it on tv"
  'televizyonda televizyondan televizyon tvde tv kaçırdım kacirdim ' +
  // "… diye duydum" (I heard that …): "diye" only quotes what was heard or said, as "that" does in English
  'diye ' +
  // "bari" (at least: "büyük mü bari?"), a hedge of the asker's; "falan", "filan" (and such: "neodimyum falan var mı"),
  // as "or something" in English; "ilk defa duyuyorum" (I hear it for the first time): "defa", "kez", "kere" (times)
  'bari falan filan defa kez kere ' +
  // "zaten" (anyway, already: "o kim zaten?"), a hedge of the asker's as "anyway" is in English; "açıkçası" (frankly), as
  // "honestly"; "X dedikleri", "X denen" (what they call X: "BYD dedikleri firma ne?"), as "so-called", "this … called"
  'zaten açıkçası acikcasi açıkcası dedikleri denen denilen ' +
  // asking politely or in a hurry, and thanks ("rica etsem", "kusura bakmayın", "bi zahmet", "acil", "kısaca",
  // "eyvallah"), as "please", "asap", "briefly" are in English; the asker's own wish to learn ("öğrenmek istiyorum"), as
  // "want" is; "bilen var mı" (does anyone know), "sorabilir miyim" (may I ask); "bot" addressed, as in English
  // … and "efendim" (sir, madam: "Efendim merhaba, …"), as "sir" in English
  'efendim ' +
  // … and how chat addresses people ("kanka", "aga", "abi", "hacı", "usta", "hocam", "bro", "beyler") and its
  // interjections ("yahu", "valla", "inşallah", "maşallah", "… aşkına", "cidden" seriously, "lan", "ayol"), as "bro",
  // "dude", "honestly" are in English. (Not "harbiden", really: its stem is "harp", war, in "harbe", "harbi".)
  'abi abiler abicim abla aga kanka kankam kanki knk bro moruk dostum hocam usta ustam hacı hacım beyler hanımlar lan ulan ' +
  // ("komutanım", my commander, as retired officers address each other)
  'komutanım komutanim komutanlarım komutanlarim ' +
  'ayol canım cnm yahu valla vallahi vallaha inşallah insallah maşallah masallah aşkına askina cidden mk aq ' +
  'rica etsem etseniz kusura bakmayın bakmayin bakma zahmet acil acele kısaca kisaca hemen çabuk cabuk eyvallah ' +
  'öğrenmek ogrenmek öğrenebilir ogrenebilir istiyorum istiyom istiyoruz bilen bilenler sorabilir ciddi ciddiyim bot lol ' +
  // … "aklıma takıldı" (it crossed my mind), "bi şey soracam" (I'll ask something), "bilgin var mı" (do you know), "yav",
  // "bi dk" (a minute), "affedersiniz" (excuse me), "herkese" (to all), "be", "haha", "detaylı" (in detail), "teşekkür"
  'aklıma aklima takıldı takildi soracam soracağım soracagim bilgin bilginiz bilmek yav yaw dakka dk affedersiniz herkese be haha ' +
  'detaylı detayli detaylıca teşekkür tesekkur ' +
  // … "böyle" as chat shortens it ("bole bişey demişti"); and the German particles of Turks living in Germany ("also",
  // "genau", "doch", "oder", "halt", "naja": so, exactly, after all, or, just, well), as "ya", "yani" are
  'bole böle boyle also genau doch oder halt naja bitte danke ' +
  // … and the English fillers of office Turkish ("amaç ne basically", "btw kim bu", "fyi", "asap"), as "yani", "aslında"
  'basically actually literally honestly btw fyi asap ' +
  // "hadi ya" (no way), "ilginçmiş" (interesting), as "ilginç" above
  'hadi ilginçmiş ilgincmis ' +
  // "emin misin", "emin miyiz" (are you, are we sure?): the asker's doubt, as "sure" is in English chat; what is doubted
  // is the question's word ("resmi bir doğrulama")
  'emin ' +
  // "herhangi" (any: "herhangi bir bilgi var mı"), as "any" is a stop word in English; "demiştin", "dedin" (you said:
  // "BYD fabrikası nerde demiştin"), the asker pointing at the bot's own words, as "you said" adds nothing
  'herhangi demiştin demiştiniz dedin dediniz demişsin demişsiniz ' +
  // "hâle getirmek", "hâline gelmek" (to make into, to become: "saf hale getirmek", "cazip hâle gelir"): a light verb's
  // noun, as "etmek"; the adjective carries the meaning; so in "temas halinde" (in contact), "ortaklık halinde"
  'hâle hale hâline haline hâlinde halinde hâlindeki halindeki ' +
  // "içinde", "içindeki" (in, inside: "içinde hangi elementler var", "yatağın içinde ne var"), a postposition as "in" is a
  // stop word in English; what it is inside is the question's word
  'içinde içindeki içinden ' +
  // connectives that tie a question to what was said before ("bu yüzden", "bu nedenle", "bundan dolayı": so, that's why;
  // "bu kapsamda": in this context), as "so" and "then" are stop words in English
  'yüzden yuzden nedenle dolayı dolayi kapsamda kapsaminda kapsamında ' +
  // … and "bu çerçevede", "bu bağlamda" (in this framework, in this context), as officials write them
  'çerçevede cercevede bağlamda baglamda ' +
  // … and "açısından" (from the point of view of: "AB pazarı açısından bi avantajımız var mı"), a postposition as
  // "kapsamında" is; what it is seen from is the question's word ("açısından" weighed 31% of the question)
  'açısından acisindan acısından ' +
  // … and "düzeyinde" (at the level of: "liderler düzeyinde konuşuldu mu", was it discussed at the leaders' level), a
  // postposition as "açısından"; whose level is the question's word
  'düzeyinde duzeyinde düzeyde duzeyde ' +
  // … and "benzer", "benzeri" (like, similar to: "buna benzer bi şey demişti", he'd said something like this), as "gibi"
  'benzer benzeri ' +
  // … and how pointed ("neden özellikle Çin'le", "neden illa Türkiye": why China in particular, why Turkey of all
  // places), as "specifically" is in English
  'özellikle ozellikle illa ' +
  // "biliniyor mu" (is it known), the asker's wording as "known" is in English follow-ups; "beri" (since: "ne zamandan
  // beri"), a postposition
  'biliniyor biliniyo bilinmiyor bilinmiyo beri ' +
  // "sürekli", "devamlı" (all the time: "byd diye bi firma var sürekli geçiyo"), as "hep" above; "surekli" was read as a
  // typo of a word the knowledge has
  'sürekli devamlı ' +
  // how much, as "çok" above ("büyük mü bayağı?": quite big?, "oldukça", "epey", "gayet"), as "very" and "quite" in English
  'bayağı baya oldukça epey gayet ' +
  // who told the asker a claim they check ("amcam diyo ki …", "eniştem dedi ki …", "kuzenim öyle dedi"): someone of the
  // asker's own, as "my uncle says" adds nothing in English; where it was seen ("… diye tweet gördüm"), and "fake"
  // ("doğru mu fake mi"), as "legit?" is a tag
  'amcam dayım dayim teyzem halam eniştem enistem yengem kuzenim yeğenim yegenim babam annem abim ablam kardeşim kardesim ' +
  'arkadaşım arkadasim arkadaşlar arkadaslar komşum komsum dedem ninem eşim esim patronum ki tweet tweette twitter twitterda fake ' +
  // … and a child who asked what the asker could not answer ("… ne işe yarıyo, çocuk sordu bilemedim"), as "my kid
  // asked me" adds nothing in English
  'çocuk cocuk çocuğum cocugum oğlum oglum kızım kizim sordu bilemedim bilemedik cevaplayamadım cevaplayamadim ' +
  // asked to be told simply ("… ne işe yarıyo, basitçe anlatır mısın?"), as "simply" in English; "basitçe" was read as a
  // typo of a word the knowledge has
  'basitçe basitce ' +
  // "ayrıca" (also, besides: "ayrıca sanayi bakanı kimdi"), as "additionally" opens an English question; it was read as a
  // typo of "ayrı" (apart) and weighed 47%
  'ayrıca ayrica ' +
  // "lafta" (only in words: "doğru mu yoksa lafta mı?", is it true or just talk?), a doubt on the claim, as "just talk"
  'lafta ' +
  // "biraz" (a little: "BYD hakkında biraz bilgi verebilir misiniz?"), as "a bit" in English; it weighed 46% as a word no
  // fact uses
  'biraz birazcık birazcik azıcık azicik ' +
  // "belli mi" (is it known: "hangi elementler olduğu belli mi?"), as "known" asks nothing in English
  'belli ' +
  // older people's formal Turkish: the copula written apart ("kim idi", "nerede imiş": who was, where was it), "zira"
  // (for, because: "neden geliyorlar zira anlamadım"), "ne menem" (what sort of), "mütemadiyen" (all the time, as
  // "sürekli" above), asking to be told ("izah buyurursanız", "onu deyin", "adlarını yazın": explain, say, write), what
  // they forgot or mixed up ("unuttum", "karıştırdım"), and "vesaire" (and so on, as "falan"), "öylece" (just like
  // that): "menem" weighed 30% and "mütemadiyen", "izah" and "buyurursanız" half the question as words no fact uses.
  // (Not "torunum", my grandchild: unknown, it lets "…, torunum soruyor" be read as a clause of talk beside the question.)
  'idi imiş imis zira menem mütemadiyen mutemadiyen izah buyurun buyurursanız buyurursaniz buyursanız buyursaniz ' +
  'deyin deyiniz söyleyin soyleyin söyleyiniz yazın yazin yazınız yaziniz unuttum unutuyorum unutuyoruz unutmuşum ' +
  'karıştırdım karistirdim karıştırıyorum vesaire vs öylece oylece ' +
  // the formal register of lawyers and officials: "husus" (the matter: "… hususunda bilgi verilmesini arz ederim"), as
  // "mesele" above; "mezkur", "zikredilen", "anılan", "bahse konu" (the aforesaid); the report's paragraph cited
  // ("haberin beşinci paragrafında"); whom it is asked for or by ("müvekkilimizin", "idaremizin", "tarafımızca": our
  // client's, our office's, by us); asking to be told ("bilgi edinilmesi", "bildirilmesini", "verilmesini": that it be
  // learnt, reported, given; "mümkün müdür": is it possible); and their connectives ("olup", "esasen", "itibarıyla",
  // "uyarınca", "nezdinde", "istinaden", "atfen", "çerçevesinde", "kapsamındaki"), "ifade" (expressed), "zat" (person),
  // as "aforesaid", "kindly" are in English: "hususunda" weighed 19% and "mezkur" 19% as words no fact uses
  'husus hususu hususa hususta hususunda hususunun hususun hususlar hususların hususlara hususları hususundaki hususlarda ' +
  'mezkur mezkûr mezkurun mezkûrun mevzubahis bahse zikredilen zikredilmiş zikredildiği zikredilmektedir anılan ' +
  'paragraf paragrafı paragrafta paragrafında paragrafının paragrafındaki paragrafına paragraflarında ' +
  'birinci ikinci üçüncü dördüncü beşinci altıncı yedinci sekizinci dokuzuncu onuncu ' +
  'müvekkil müvekkili müvekkilin müvekkile müvekkilimiz müvekkilimizin müvekkilimize müvekkilimizi müvekkilimizle ' +
  'idaremiz idaremizin idaremize kurumumuz kurumumuzun kurumumuza tarafımızca tarafımızdan tarafıma tarafımıza ' +
  'edinilmesi edinilmesini edinmek bildirilmesi bildirilmesini verilmesi verilmesini mümkün ' +
  'olup esasen itibarıyla itibariyle uyarınca nezdinde istinaden atfen çerçevesinde kapsamındaki ifade zat zatın ' +
  // … "mevcut" (existing: "bir kayıt mevcut mudur", is there a record), as "var" is; "karşısında" (in the face of)
  'mevcut mevcuttur mevcutmu karşısında karsisinda'
).split(' ');

/** The light verbs' futures as chat types them, with their written forms (see writtenStopWord). */
const CHAT_LIGHT_VERBS = new Map(
  'olcak:olacak olucak:olacak olcaklar:olacaklar edcek:edecek edicek:edecek edilcek:edilecek edilicek:edilecek'.split(' ').map((pair) => pair.split(':') as [string, string]),
);

/** Question particles: mi, mı, mu, mü and their personal and tense forms (midir, mısınız, miydi, mıymış…), folded. */
const PARTICLE = TURKISH_PARTICLE;

/** Whether a folded word is a question particle or one of its forms ("mi", "miydi", "mudur"). */
export function isQuestionParticle(folded: string): boolean {
  return PARTICLE.test(folded);
}

const STOP = new Set([...STOP_LIST, ...STOP_LIST.map(foldTurkish)]);

/**
 * Possessive pronouns in a case, folded: "bizimkiyle" (with ours: "bizimkiyle nerde buluşmuşlar", where did they meet
 * with ours), "onlarınkini", "bizimkinin". Whose it is, as "ours" and "theirs" are stop words in English; the noun it
 * stands for is the question's word. (As an unknown word, "bizimkiyle" weighed 40% and the meeting was declined.)
 */
// (Not bare, "bizimki?", "peki bizimkiler?": alone after "who is China's president?" it is the question, ours asked for.)
const POSSESSIVE_PRONOUN = /^(?:benim|senin|bizim|sizin|onun|onlarin)ki(?:ler)?(?:ni|ne|nde|nden|nin|yle|le|i|in|e|de|den)$/;

/** Whether a folded word is a possessive pronoun in a case ("bizimkiyle": with ours), which stands for a noun said before. */
export function isPossessivePronoun(folded: string): boolean {
  return POSSESSIVE_PRONOUN.test(folded);
}

/** Whether a Turkish word (lowercased, letters kept or folded) is a stop word. */
export function isTurkishStopWord(word: string): boolean {
  return STOP.has(word) || PARTICLE.test(foldTurkish(word)) || STOP.has(withYor(word)) || POSSESSIVE_PRONOUN.test(foldTurkish(word));
}

/** Chat's present tense without its "r" ("ediyo", "ediyolar") written out ("ediyor", "ediyorlar"); else the word. */
function withYor(word: string): string {
  // (And with the hearsay "-muş" after it: "arıyomuş", "kuruyomuşlar".)
  return word.replace(/([iıuü])yo(m[uü][şs])?(lar)?$/u, (_, vowel: string, heard: string | undefined, plural: string | undefined) => `${vowel}yor${heard?.replace(/s$/u, 'ş') ?? ''}${plural ?? ''}`);
}

/**
 * A stop word (folded) as written where chat spells it otherwise: a light verb's future ("olcak" → "olacak") and the
 * present without its "r" ("ediyo" → "ediyor"), so a synonym phrase written with the written form ("mal olacak")
 * meets the chat one ("kaça mal olcak").
 */
function writtenStopWord(folded: string): string {
  return CHAT_LIGHT_VERBS.get(folded) ?? withYor(folded);
}

/**
 * Question words and their forms, read as one term each (folded): the
 * stemmer would cut "neden" to "ne" (a stop word) and "nerede" to "nere";
 * people also type "nerde", "nasil", "kac".
 */
const QUESTION_WORDS: ReadonlyMap<string, string> = new Map(
  (
    'kim:kim kimi:kim kime:kim kimin:kim kimler:kim kimlerdir:kim kimdir:kim kimden:kim kimle:kim kiminle:kim kimlerle:kim kimdi:kim kimmis:kim kimlerdi:kim ' +
    'nerdedir:nerede nerede:nerede nerde:nerede nereye:nerede nereden:nerede nerden:nerede neresi:nerede neresidir:nerede nerededir:nerede nereli:nerede neredeydi:nerede nerdeydi:nerede nereleri:nerede nerelerde:nerede ' +
    // "byd nerenin şirketi" (a company from where)
    'nerenin:nerede neresinin:nerede ' +
    'neden:neden niye:neden nicin:neden nedeni:neden nedenleri:neden ' +
    // ("neçin", as Cyprus and Azerbaijan say "niçin": why)
    'necin:neden ' +
    'nasil:nasil nasildir:nasil nasildi:nasil ' +
    'hangi:hangi hangisi:hangi hangileri:hangi hangisidir:hangi hangisini:hangi ' +
    'kac:kac kacta:kac kacinci:kac kaca:kac kactir:kac ' +
    // "ne zamandı" / "ne zamanmış" (when was it, when was it said to be): "ne zamandır" (since when) is a duration, not these.
    'zaman:zaman zamani:zaman zamandi:zaman zamanmis:zaman ' +
    // and as chat types it ("ne zmn", "ne zman")
    'zmn:zaman zman:zaman zmndi:zaman zmandi:zaman zmnmis:zaman zmanmis:zaman'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** "zaman" (time) and its chat forms: a question word only after "ne". */
const TIME_NOUN = new Set(['zaman', 'zamani', 'zmn', 'zman']);

/** Whether a folded word is a form of a Turkish question word ("kimdi", "nerde", "hangisi"). */
export function isTurkishQuestionWord(folded: string): boolean {
  return QUESTION_WORDS.has(folded) && !TIME_NOUN.has(folded);
}

/**
 * Verb endings the Snowball Turkish stemmer leaves alone (it stems nouns):
 * present continuous (also as chat types it: "istiyo"), future (also
 * without its vowel or with a narrow one, as chat types it: "yapcak",
 * "yapıcak", "gidicek"; and of "we", "kuracağız", "kurcaz"), past,
 * reported past, ability, infinitive, some with a plural. Cut only when at
 * least three letters remain, so short words survive.
 */
const VERB_ENDING =
  /(?:(?:[iıuü]?yor|[iıuü]yo|[ae]c[ae](?:k|z|[ğg][iı]z)|(?<=[^aeıioöuü])[iıuü]?c[ae](?:k|z|[ğg][iı]z))(?:lar|ler)?(?:m[iıuü][şs]|d[iıuü]|t[iıuü])?|[dt][iıuü](?:lar|ler|k|m|n)?|m[iıuü][şs](?:lar|ler|t[iıuü])?|[ae]bil[iı]r|m[ae]k(?:ta)?|m[ae]s[iı])$/;

/**
 * Verb roots of two letters, cut to even though a stem is otherwise kept at
 * three letters or more: "aç" (open: açıyor, açacak, açtı), "al" (take, buy),
 * "at", "iç", "uç", "ye", "um" (hope: umuyor, umdu) (folded). Other two-letter remains are too often a
 * noun's start.
 */
const SHORT_ROOTS = new Set(['ac', 'al', 'at', 'ic', 'uc', 'ye', 'um']);

const stemmer = newStemmer('turkish');

/**
 * A noun of two letters whose case and possessive forms the stemmer leaves
 * whole ("ilde", "ilinde" are each their own word to it): "il", a province
 * ("hangi ilde?", "hangi ilin yakınında?"). Its folded forms → the noun; not
 * "ile" (with). ("ay", a month, was tried the same way: "ekim ayında" then
 * meets every dated fact, and "geçen ay ne açıklamış?" lost its fact.)
 */
const SHORT_NOUN_FORMS: ReadonlyMap<string, string> = new Map([
  // (… and with "our": "nadir toprak yatağımız hangi ilimizde?", in which of our provinces)
  ...'il ili ilin ilde ilden iline ilinde ilinden ilini iller illeri illerde illerin ilimiz ilimizde ilimize ilimizin ilimizden ilimizi illerimizde'.split(' ').map((f) => [f, 'il'] as const),
  // "ön" (the front) with an owner, "X'in önündeki engeller" (the obstacles before X): the stemmer leaves each form whole,
  // so "önlerinde" never met "önündeki". One term, named after a form: "on" would be "on" (ten).
  ...'onunde onundeki onune onunden onlerinde onlerindeki onlerine onlerinden onumuzde onumuzdeki'.split(' ').map((f) => [f, 'onunde'] as const),
]);

/**
 * "demek" (to say: dedi, demiş, diyor, diyecek, der) has a two-letter root
 * that also changes its vowel, which the stemmer and the verb endings above
 * cannot bring together: its folded forms (as chat types them too: "diyo")
 * → one term. Its negative too ("bakanlık bir şey dememiş mi?": did the ministry say nothing?), which asks what was
 * said as the other verbs' negatives do ("yapmadı" is read as "yapmak").
 */
const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  ('demek dedi dediler demis demisti demisler diyor diyorlar diyordu diyo diyolar diyecek diyecekler der derler denildi denir dendi deniyor denilen dedigi diyen ' +
    'demedi demediler dememis dememisler dememisti demiyor demiyorlar demiyo demiyolar demez demezler').split(' ').map((f) => [f, 'demek'] as const),
);

/**
 * Verb roots whose last consonant softens before a vowel ending: "gitmek"
 * (to go) is "git" before a consonant (gitti, gitmiş) and "gid" before a
 * vowel (gidiyor, gidecek). The soft root → the hard one.
 */
const SOFTENED_ROOTS: ReadonlyMap<string, string> = new Map([['gid', 'git']]);

/**
 * Nouns whose last vowel drops before a vowel ending: "şehir" (city) is "şehr" in "şehre" (to the city), "şehri",
 * "şehrin"; "isim" (name) is "ism" in "ismi" (its name). The stemmer leaves the short root, or the root with its
 * ending ("şehre"), so "hangi şehre?" would not meet "hangi şehirde?". Folded short root → the noun's stem. Only
 * roots no other word's stem shares: not "resm" ("resmi" is also "official"), not "fikr" ("fıkra", a joke, typed
 * without Turkish letters is "fikra"), not "vakt" (the stemmer cuts "vakti" to "vak").
 */
const DROPPED_VOWEL_ROOTS: ReadonlyMap<string, string> = new Map([
  ['sehr', 'sehir'],
  ['ism', 'isim'],
  ['kayd', 'kayit'],
  ['nehr', 'nehir'],
  ['sekl', 'sekil'],
  ['zihn', 'zihin'],
  ['agz', 'agiz'],
  ['ogl', 'ogul'],
  ['burn', 'burun'],
  ['omr', 'omur'],
  ['sabr', 'sabir'],
]);

/**
 * Nouns the stemmer cuts to another word's stem, and their stems: "bakan" (a
 * minister: bakanı, bakanlar, bakanımız) would be "bak", the root of "bakmak"
 * (to look: bakıyor, baktı). Read by the folded word's start; the longest
 * first ("bakanlık", a ministry, is its own word).
 */
const NOUN_STARTS: readonly [string, string][] = [
  ['bakanlik', 'bakanlik'],
  ['bakanlig', 'bakanlik'],
  ['bakan', 'bakan'],
  // "başkan" (a president, a head) would be "başka" (other).
  ['baskanlik', 'baskanlik'],
  ['baskanlig', 'baskanlik'],
  ['baskan', 'baskan'],
  // Nouns the stemmer, run until it stops, cuts into another word: "elementi" → "ele" (as in "ele almak", to
  // take up), "tesisin" → "tes", "yardım" (help) → "yar" (as "yarın", tomorrow, and "yarıyor", is of use).
  ['element', 'element'],
  ['tesis', 'tesis'],
  ['yardim', 'yardim'],
];

const stemCache = new Map<string, string>();

/**
 * "was", "is said to be" after "in" ("hangi ildeydi", "fabrikadaymış": in which province was it, it is said to be at the
 * plant): the copula "-(y)dı", "-(y)mış" after the locative "-de/-da/-te/-ta", which the stemmer leaves on ("ildeydi" →
 * "ildeyd"). The word without it is stemmed instead. Folded; the locative and at least two letters before it are kept.
 */
const LOCATIVE_COPULA = /^(\p{L}{2,}[dt][ae])y(?:d[iu]|m[iu]s)(?:m|n|k|z|n[iu]z|lar|ler)?$/u;

/**
 * The term of a Turkish word: a question word's one term, else the Snowball
 * Turkish stem (taken to where it no longer changes, verb endings cut too),
 * folded to plain letters. A stem of fewer than three letters is too far from
 * the word ("çinden" → "ç"): the word is kept whole then. Stop words come
 * back unchanged, so {@link isTurkishTerm} knows them.
 */
export function turkishStem(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  const folded = foldTurkish(word);
  const question = QUESTION_WORDS.get(folded);
  const irregular = IRREGULAR_VERBS.get(folded);
  const noun = NOUN_STARTS.find(([start]) => folded.startsWith(start));
  const short = SHORT_NOUN_FORMS.get(folded);
  const copula = LOCATIVE_COPULA.exec(folded);
  if (question !== undefined) s = question;
  else if (irregular !== undefined) s = irregular;
  else if (short !== undefined) s = short;
  else if (noun !== undefined) s = noun[1];
  else if (copula !== null && folded.length === word.length) s = turkishStem(word.slice(0, copula[1]!.length));
  else if (isTurkishStopWord(word) || !/^\p{L}+$/u.test(word) || word.length <= 3) s = isTurkishStopWord(word) ? writtenStopWord(folded) : folded;
  else {
    // The stemmer cuts what looks like a suffix, so a bare name loses a letter ("beylikova" →
    // "beylikov") while the same name with a suffix loses only the suffix ("beylikovada" →
    // "beylikova"): stemming again until nothing changes brings both to one term.
    let st = stemmer.stem(word);
    for (let k = 0; k < 3; k++) {
      const again = stemmer.stem(st);
      if (again === st || again.length < 3) break;
      st = again;
    }
    let verb = st.replace(VERB_ENDING, '');
    if (verb !== st && verb.length === 2 && SHORT_ROOTS.has(foldTurkish(verb))) st = verb;
    else if (verb !== st && verb.length >= 3) {
      // A verb root: the passive "-(i)l" / "-(i)n" and a final vowel go too, so "yapılacak" meets
      // "yapmak" and "bekleniyor" meets "bekliyor" (the vowel "bekle" drops before "-iyor").
      // The buffer "y" before a vowel ending goes too ("başla-y-acak").
      verb = verb.replace(/(?<=[aeıioöuü])y$/, '');
      const active = verb.replace(/(?:[iıuü]l|(?<=[aeıioöuü])n)$/, '');
      if (active !== verb && (active.length >= 3 || SHORT_ROOTS.has(foldTurkish(active)))) verb = active;
      let bare = verb.replace(/[aeıioöuü]$/, '');
      // The negative "-me/-ma" ("gelmiyor", "yapmadı") and "cannot" ("kuramıyor": kur-a-ma-) go too, so
      // "kuramıyor" meets "kurmak" (else it stems to "kuram", a theory). Not after a vowel: "gömüyor" is "göm".
      const positive = bare.replace(/(?<=[^aeıioöuü])[ae]?m$/, '');
      if (positive !== bare && (positive.length >= 3 || SHORT_ROOTS.has(foldTurkish(positive)))) bare = positive;
      st = bare.length >= 3 ? bare : verb;
    } else if (verb === st && VERB_ENDING.test(foldTurkish(word)) && /[^aeıioöuü][iıuü]l$/.test(st)) {
      // The stemmer may cut the verb ending itself and leave the passive ("görüşülmüş" → "görüşül", "konuşulmuş" →
      // "konuşul"): the passive goes, so "kimlerle konuşulmuş" meets "konuşmak". (Not after "etmek" joined to its noun,
      // "keşfedildi": read as "keşfetmek" it met "bulunan" beside it as one term of the discovery, and "eskişehirin orda
      // bulunan yatak ne zaman keşfedildi" went under the threshold; Turkish sets −4 standalone.)
      const active = st.slice(0, -2);
      if (active.length >= 3 && !/ed$/.test(active)) st = active;
    }
    s = foldTurkish(st.length >= 3 || SHORT_ROOTS.has(foldTurkish(st)) ? st : word);
    s = SOFTENED_ROOTS.get(s) ?? s;
    // So does its participle ("çin'e giden olacak mı": the one going), which the stemmer keeps whole ("giden").
    if (/[ae]n$/.test(s) && SOFTENED_ROOTS.has(s.slice(0, -2))) s = SOFTENED_ROOTS.get(s.slice(0, -2))!;
    // So does "etmek" written together with its noun ("bahsetmek": bahsetti, bahsediyor; "kaybetmek"): "-ed" → "-et".
    if (s.length >= 5 && /[^aeiou]ed$/.test(s)) s = `${s.slice(0, -1)}t`;
    // The possessive "-sı/-si" after a vowel, which Snowball keeps half of ("rafinerisi" → "rafineris", "fabrikası" →
    // "fabrikas"): the word without it is stemmed instead, so "Beylikova rafinerisi" meets "rafineri". An "s" of the
    // word itself ("otobüsü") is cut too, the price of the rule; a "ş" ("savaşı") is not. (The stem is folded letter
    // for letter, so its length is a place in the word.)
    if (s.length >= 5 && /[aeiou]s$/.test(s) && /^s[ıiuü]/.test(word.slice(s.length - 1))) {
      const bare = turkishStem(word.slice(0, s.length - 1));
      if (bare.length >= 3) s = bare;
    }
    // The accusative or possessive "-ı/-i/-u/-ü" after a consonant, which Snowball leaves on a word it cuts nothing
    // else from ("rezervi" stays whole, "rezervini" is "rezerv"): the word without it, so "rezervi" meets "rezerv".
    // A root's own last vowel ("enerji", "sanayi") goes too, the same way in every form of the word.
    if (s.length >= 5 && /[^aeiou][iu]$/.test(s)) s = s.slice(0, -1);
    // A noun whose last vowel dropped before the ending ("şehre", "şehri", "ismi"): the noun's stem (DROPPED_VOWEL_ROOTS).
    s = DROPPED_VOWEL_ROOTS.get(s) ?? DROPPED_VOWEL_ROOTS.get(s.replace(/[aeiu]$/, '')) ?? s;
    // A word is not a question particle because its stem looks like one: "müdürü" (its director) → "müdür".
    if (PARTICLE.test(s)) s = folded;
  }
  // Bounded like the English stem cache.
  if (stemCache.size < 1_000_000) stemCache.set(word, s);
  return s;
}

/**
 * The same word's term if it had been typed without Turkish letters: the
 * stem of the folded word. It differs from {@link turkishStem} when the
 * stemmer needs the letters ("yatağı" → "yatak", but "yatagi" → "yatagi");
 * the index maps it to the real term so plain typing still meets it.
 */
export function turkishPlainStem(word: string): string {
  return turkishStem(foldTurkish(word));
}

/**
 * A word typed without Turkish letters, with the letters its endings must have
 * guessed back: Snowball cuts an ending only when its vowel agrees with the
 * word's ("yatağı" → "yatak"), and plain typing breaks that ("yatagi" keeps
 * its "-i", "topraklari" its "-lari", "ortakligi" its "-gi"). After a back vowel
 * (a, ı, o, u) "i" is "ı"; after a front one (e, i) "u" is "ü"; "g" between two
 * vowels is "ğ" (a native word does not have "g" there). The first vowel is
 * kept as typed ("o" and "a" always are: "-yor" stays), but for an "i" before a back vowel, which is "ı" ("yilda":
 * yılda). Undefined when the word has Turkish
 * letters (they say how it is written) or nothing changes. A guess, so the
 * caller takes it only when it is a term the knowledge has.
 */
export function turkishLettersGuess(word: string): string | undefined {
  if (/[çğıöşü]/.test(word) || !/^[a-z]+$/.test(word)) return undefined;
  const out = [...word];
  // The first vowel: an "i" before a back vowel is "ı" ("yilda": yılda), the next vowel says so. (A loanword's "i"
  // is no "ı", "fiyat"; the guess is taken only where the knowledge has it.)
  const vowelsAt = out.flatMap((c, k) => ('aeiou'.includes(c) ? [k] : []));
  if (vowelsAt.length >= 2 && out[vowelsAt[0]!] === 'i' && 'aou'.includes(out[vowelsAt[1]!]!)) out[vowelsAt[0]!] = 'ı';
  let back: boolean | undefined;
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    if (!'aeiou'.includes(c)) continue;
    if (c === 'i' && back === true) out[k] = 'ı';
    else if (c === 'u' && back === false) out[k] = 'ü';
    back = 'aıou'.includes(out[k]!);
  }
  for (let k = 1; k + 1 < out.length; k++) {
    if (out[k] === 'g' && 'aeıioöuü'.includes(out[k - 1]!) && 'aeıioöuü'.includes(out[k + 1]!)) out[k] = 'ğ';
  }
  const guess = out.join('');
  return guess === word ? undefined : guess;
}

/**
 * Verb forms Snowball (a noun stemmer) and {@link VERB_ENDING} leave whole,
 * each with the ending to cut: the aorist ("kazanır", "yapar", "olmaz"), "while"
 * ("çeşitlendirirken"), the converbs "-ıp" ("çıkarıp"), "-arak" and "-ınca",
 * the participles "-an" ("üreten", "işleyen"), "-dığı" and "-acağı" (with a
 * case ending), "if" ("kurarsa") and the negative ("almıyor", "almadı"). Cut blindly they would wreck nouns
 * ("lider", "bakır", "haber", "kadar" end like an aorist), so they are
 * guesses for a word the knowledge does not have (see verbStemsWith).
 */
const VERB_FORMS: readonly RegExp[] = [
  /(?:[ıiuü]?r|[ae]r|m[ae]z)?(?:s[ae])?ken$/,
  /(?:[ıiuü]r|[ae]r|m[ae]z)(?:s[ae](?:lar|ler)?|lar|ler|s[ıi]n[ıi]z|s[ıi]n|[ıi]m|[ıi]z|d[ıi]|m[ıiuü][şs])?$/,
  /(?:(?<=[^aeıioöuü])[ıiuü]|y[ıiuü])p$/,
  /(?:(?<=[^aeıioöuü])|y)[ae]r[ae]k$/,
  /(?:(?<=[^aeıioöuü])[ıiuü]|y[ıiuü])nc[ae]$/,
  /(?:(?<=[^aeıioöuü])|y)[ae]n(?:lar|ler)?(?:[ıiae]|d[ae]n?|[ıi]n)?$/,
  /(?:[dt][ıiuü][ğg]|(?:(?<=[^aeıioöuü])|y)[ae]c[ae][ğg])[ıiuü](?:n[ıiae]|nd[ae]n?|n[ıi]n)?$/,
  /[dt][ıiuü]k(?:lar|ler)?(?:[ıi]n[ıi]|[ıi])?$/,
  // The negative ("almıyor", chat's "almiyolar": they do not buy; "alamıyor": cannot; "almadı", "almayacak"): the same
  // verb for what is asked about ("neden başka yerden almıyorlar?" asks about buying elsewhere).
  /(?:[ae]?m[ıiuü]yo(?:r)?|m[ae]d[ıiuü]|m[ae]y[ae]c[ae]k)(?:lar|ler|[ıiuü]m|[ıiuü]z|s[ıiuü]n(?:[ıiuü]z)?|m[ıiuü][şs]|d[ıiuü])?$/,
  // The third person's imperative ("alsınlar": let them buy): the verb, as asked about ("başka yerden alsınlar o zaman,
  // neden yapamıyorlar?" asks about buying elsewhere). (The stemmer cuts it itself after most roots, "baksın",
  // "satsınlar"; not after one of two letters.)
  /s[ıiuü]n(?:lar|ler)?$/,
  // The verbal noun with its owner or case ("bitmesi": its finishing, "ne zaman bitmesi planlanıyor?"; "kurulmasını",
  // "yapılmaya"): the verb ("bitecek" in the knowledge).
  /m[ae](?:s[ıi](?:n[ıi]|n[ae]|nd[ae]n?|n[ıi]n)?|y[ıi]|y[ae]|n[ıi]n)$/,
];

const BACK_VOWELS = 'aıou';

/** The infinitive of a verb root by vowel harmony: "-mak" after a back vowel, else "-mek". */
function infinitive(root: string): string {
  const vowels = root.match(/[aeıioöuü]/g);
  const last = vowels?.[vowels.length - 1];
  return root + (last !== undefined && BACK_VOWELS.includes(last) ? 'mak' : 'mek');
}

/**
 * The terms an unknown word would have as a verb form the stemmer does not
 * cut (see VERB_FORMS): its root's infinitive, stemmed, so "kazanır" is read
 * as "kazanmak" is, and meets "kazanacak" in the knowledge. Tried on the
 * word as typed and with its letters guessed back. Best guess first; the
 * caller takes the first the knowledge has.
 */
function verbStemsWith(stem: (word: string) => string, word: string): string[] {
  const out: string[] = [];
  // Words the stem reads on purpose (question words, "demek", nouns such as "bakan", names) are no guesses.
  const folded = foldTurkish(word);
  const special = QUESTION_WORDS.has(folded) || IRREGULAR_VERBS.has(folded) || SHORT_NOUN_FORMS.has(folded) || NOUN_STARTS.some(([start]) => folded.startsWith(start));
  if (special || stem(word) !== turkishStem(word)) return out;
  const lettered = turkishLettersGuess(word);
  for (const w of lettered === undefined ? [word] : [word, lettered]) {
    const own = stem(w);
    for (const form of VERB_FORMS) {
      const root = w.replace(form, '');
      if (root === w || (root.length < 3 && !SHORT_ROOTS.has(foldTurkish(root))) || !/[aeıioöuü]/.test(root)) continue;
      const ending = w.slice(root.length);
      const rootVowels = root.match(/[aeıioöuü]/g) ?? [];
      // An ending's vowel agrees with the root's last one (vowel harmony): "player", "maker" are no aorists.
      const endingVowel = ending.match(/[aeıioöuü]/)?.[0];
      if (endingVowel !== undefined && BACK_VOWELS.includes(endingVowel) !== BACK_VOWELS.includes(rootVowels[rootVowels.length - 1]!)) continue;
      // "-ten"/"-den" after one syllable is more likely "from": "işten" typed plainly ("isten") is not "istemek".
      if (/^[ae]n/.test(ending) && /[dt]$/.test(root) && rootVowels.length < 2) continue;
      const term = stem(infinitive(root));
      if (term !== own && !out.includes(term)) out.push(term);
    }
    // A noun with "-sız" (without: "çinsiz bir tedarik", a supply without China), which the stemmer leaves whole: what
    // it is without is what it is about.
    const without = /(?<=\p{L}{2})s[ıiuü]z$/u.exec(w);
    if (without) {
      const term = stem(w.slice(0, without.index));
      if (term !== own && !out.includes(term)) out.push(term);
    }
    // The present as the Black Sea coast says it ("ne yapmak isteyi": istiyor; "amerika ne diyi", "niye almayilar",
    // "ilk defa duyayrum"): the written present, as the knowledge writes it.
    for (const form of blackSeaPresent(w)) {
      // (Its negative, "almıyorlar", is a verb form of its own: read as the stemmer leaves it and as one.)
      for (const term of [stem(form), ...verbStemsWith(stem, form)]) if (term !== own && !out.includes(term)) out.push(term);
    }
    // The present as chat types it, without its "r", and with the plural after it ("duyuyolar": they feel), which the
    // stemmer leaves whole on a root of one syllable: the written present ("duyuyor"), as the knowledge writes it.
    const written = withYor(w);
    if (written !== w) {
      for (const form of [written, written.replace(/(?<=yor)l[ae]r$/u, '')]) {
        const term = stem(form);
        if (term !== own && !out.includes(term)) out.push(term);
      }
    }
  }
  return out;
}

/**
 * The written present of a verb in the Black Sea's present ("-(y)i", "-(y)iler"; first person "-yrum": "isteyi",
 * "gideyi", "koyayi", "almayilar", "duyayrum"), by vowel harmony: "istiyor", "gidiyor", "koyuyor", "almıyorlar",
 * "duyuyorum". None when the word does not end so. A guess: an accusative ends alike ("arabayı"), so the caller takes it
 * only when the knowledge has the term.
 */
function blackSeaPresent(word: string): string[] {
  const m = BLACK_SEA_PRESENT.exec(word);
  if (!m) return [];
  const [, root, vowel, plural, first] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined];
  const last = root.match(/[aeıioöuü]/gu)?.pop() ?? vowel ?? 'i';
  return [`${root}${narrowVowel(last, word)}yor${first === undefined ? (plural ?? '') : 'um'}`];
}
/**
 * The narrow vowel "-yor" takes after a root whose last vowel is `last` (vowel harmony: "ı", "i", "u", "ü"); "ı" typed as
 * "i" when the word has no Turkish letter, as chat types it.
 */
function narrowVowel(last: string, word: string): string {
  return 'aı'.includes(last) ? (/[ıİçğöşü]/u.test(word) ? 'ı' : 'i') : 'ei'.includes(last) ? 'i' : 'ou'.includes(last) ? 'u' : 'ü';
}
const BLACK_SEA_FIRST_PERSON = /[aeıioöuü]yr[uü]m$/u;
const BLACK_SEA_PRESENT = /^(\p{L}+?)[aeıioöuü]?y(?:([ıi])(l[ae]r)?|[ıiuü]?(r[uü]m))$/u;

/** Whether a Turkish term is worth indexing: not a stop word, not a lone letter. */
export function isTurkishTerm(term: string): boolean {
  return !isTurkishStopWord(term) && !(term.length === 1 && !/\d/.test(term)) && !isLaughter(term);
}

// What kind of answer a Turkish question asks for, read off its folded words
// (checked in order, the first found wins, as in English).
const TURKISH_ANSWER_TYPES: [AnswerType, RegExp][] = [
  ['duration', /\b(ne kadar sur\w*|kac (yil|ay|gun|hafta) sur\w*|ne zamandan beri|ne zamandir)\b/],
  // ("ne kadar önce", "kaç yıl önce": how long ago, a time, as in English; before "ne kadar", an amount.)
  ['when', /\b(ne (zaman|zmn|zman)\w*|hangi (yil|ay|tarih|gun)\w*|kacta|kac yilinda|zamani|ne kadar once|kac (yil|sene|ay|gun|hafta) once)\b/],
  // "kac" forms spelled out: "kacir" is a name (Kacır), not "how many".
  ['quantity', /\b(kac|kaca|kacta|kactir|kacinci|ne kadar|ne buyuklukte|ne kadar buyuk|ne denli)\b/],
  ['who', /\b(kim|kimi|kime|kimin|kimdir|kimdi|kimmis|kimden|kiminle|kimle|kimler\w*)\b/],
  ['where', /\b(nere\w*|nerde\w*|hangi (sehir|sehr|ulke|il|ilce|bolge|kent)\w*)\b/],
  // "neden başka yerden almıyorlar?" (why don't they buy elsewhere?): why with a negative verb asks what stands in the
  // way, as "why can't they…?" does in English (before "why", which it also is).
  ['obstacle', /\b(neden|niye|nicin)\b.*\b\p{L}+(m[iu]yo\p{L}*|[ae]m[iu]yo\p{L}*|m[ae]z(lar|ler)?)\b/u],
  ['why', /\b(neden\w*|niye|nicin|ne icin|sebeb\w*|sebep\w*)\b/],
];

/** The answer type a Turkish question asks for, or null. */
export function turkishAnswerType(text: string): AnswerType | null {
  const folded = turkishWords(text).map(foldTurkish).join(' ');
  for (const [type, re] of TURKISH_ANSWER_TYPES) {
    // "parasını kim ödüyor?", "kim finanse edecek?" (who pays, who funds it?): a payer or the money, as in English.
    if (type === 'who' && TURKISH_WHO_PAYS.test(folded)) continue;
    if (re.test(folded)) return type;
  }
  return null;
}
const TURKISH_WHO_PAYS = /\bkim(?:ler)?\s+(?:od[eu]\w*|finanse\w*|karsila\w*|fonla\w*)|\b(?:parasini|parayi|masrafini|masraflari|faturayi|maliyetini)\s+(?:\p{L}+\s+)?kim(?:ler)?\b/u;

const TR_MONTHS = 'ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik';
const TR_NUMBERS = 'iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on|yirmi|otuz|kirk|elli|yuz|bin';

// What a Turkish answer can satisfy, read off its folded words: generous, as in English (see
// answerTypesSupported in normalize.ts), but whole words or stems of four letters and more,
// so "on" (ten) does not match "onemli" nor "ay" (month) "ayrica".
const TURKISH_SUPPORTS: [AnswerType, RegExp][] = [
  ['quantity', new RegExp(`\\d|%|\\b(${TR_NUMBERS})\\b|\\bton(luk|u|a|da|dan|luk)?\\b|\\b(milyon|milyar|yuzde|tonaj|miktar|sayi|fiyat|maliyet|buyukluk|buyuklug|rakam|tahmin|yatirim|butce)\\w*`)],
  ['duration', /\b(yil|yili|yilda|yildir|yillik|yillar\w*|sure\w*|hafta\w*|saat\w*|gun|gunluk|gunler\w*|aylik|aydir|aylar\w*|uzun|kisa|kadar)\b/],
  ['when', new RegExp(`\\d|\\b(${TR_MONTHS})\\w*|\\b(once|onceki|sonra|sonraki|yakinda|simdi|bugun|dun|yarin|gecen|gelecek|ay|ayinda|yil|yilinda|yillar\\w*)\\b|\\b(tarih|donem|zaman|takvim)\\w*`)],
  ['who', /\b(bakan|baskan|cumhurbaskan|sirket|firma|hukumet|heyet|yetkili|kaynak|uretici|lider|mudur|grup|kurum|ulke|devlet|gazete|medya)\w*/],
  // (And a stage of a chain, "her aşamada", for where in it: "tedarik zincirinde nerede olmak istiyor?")
  ['where', /\b(ilce\w*|il|ili|ilinde|sehir\w*|kent\w*|ulke\w*|bolge\w*|yakin\w*|kuzey\w*|guney\w*|dogu\w*|bati\w*|merkez\w*|yer|yeri|yerde|asama\w*|kademe\w*)\b/],
  ['why', /\b(cunku|icin|amac\w*|neden\w*|sebep\w*|sebeb\w*|dolayi|nedeniyle|yuzunden|hedef\w*|umuyor|umut\w*|istiyor\w*|fayda\w*|yarar\w*|kazan\w*)\b/],
  ['obstacle', /\b(engel\w*|zorluk\w*|zor|sorun\w*|gucluk\w*|sinir\w*|kisit\w*|kolay degil|yetersiz\w*|eksik\w*|bagimli\w*)\b/],
];

const VAGUE_TIME = /\b(?:son donem\w*|yakin zaman\w*|kisa sure once)\b/g;

/** The answer types a Turkish answer's wording can satisfy. Proper names count for "who" (capitalised pairs). */
export function turkishAnswerTypesSupported(answer: string): AnswerType[] {
  const folded = turkishWords(answer).map(foldTurkish).join(' ');
  // "son dönemde", "yakın zamanda", "kısa süre önce" (lately, recently, shortly before) place the answer's event only
  // vaguely, and a "ne zaman?" about it is most often about another one ("ne zaman üye oldu?" after "BRICS'e katılmak
  // için son dönemde gösterdiği çaba"): they do not answer "ne zaman?". (English still reads "recently" as a time: its
  // answer types serve every knowledge base of the quality suite; not tried there.)
  const dated = folded.replace(VAGUE_TIME, ' ');
  const out = TURKISH_SUPPORTS.filter(([type, re]) => re.test(type === 'when' ? dated : folded)).map(([type]) => type);
  // A name of two capitalised words is a "who"; a capitalised place with a case ending of place ("Beylikova'da": at,
  // "Çin'e": to, "Çin'den": from; as "in", "to", "from" before a name in English) a "where".
  // So are two names joined ("Washington ve Brüksel": the two capitals for their governments).
  if (!out.includes('who') && /\p{Lu}\p{L}+\s+(?:(?:ve|ile)\s+)?\p{Lu}\p{L}+/u.test(answer)) out.push('who');
  if (!out.includes('where') && /\p{Lu}\p{L}*['’`](?:n?d[ae]|t[ae]|[yn]?[ae]|n?d[ae]n|t[ae]n)\b/u.test(answer)) out.push('where');
  return out;
}

/**
 * How people address each other in Turkish chat ("abi", "kanka", "hocam": bro, mate, sir; "lan": dude) and thank
 * or apologise in short ("tşk", "eyv", "pardon"), dropped
 * from questions as typed and kept in the knowledge (as the English CHAT_FILLER: "Reis" is also a name).
 */
const TURKISH_CHAT_FILLER: ReadonlySet<string> = new Set(
  (
    'abi abla kanka kanki knk hocam lan ulan moruk reis kardeşim kardesim dostum beyler arkadaşlar arkadaslar ' +
    // as an elder addresses a younger one ("evladım": my child, "yavrum", "canım")
    'evladım evladim yavrum canım canim kızım kizim oğlum oglum ' +
    // … and as grandparents do ("kuzum", my lamb; "torunum", my grandchild; "çocuklar", children; "güzelim")
    'kuzum kuzucuğum torunum torunlarım çocuklar cocuklar güzelim guzelim ' +
    // … and as schoolchildren address a teacher ("öğretmenim byd ne üretecek?"), and "acil" (urgent) drawn out ("acill")
    'öğretmenim ogretmenim öğretmenimm acill acilll ' +
    // … and the fillers learners bring from their own languages (Persian "khob", well; Arabic "ya3ni", "yaani", I mean;
    // "yalla", "wallah")
    'khob xob ya3ni yaani yalla wallah walla ' +
    // … and the Greek that Cypriot chat opens and closes with ("yasu", hello; "kalimera", good morning; "ela re", come
    // on, mate) and its "napan" (what are you up to)
    'yasu yassou kalimera kalispera ela re napan napansın napansin ' +
    // … and eastern Anatolia's "dadaş" (brother, mate) and "he" (yes: "he tamam o")
    'dadaş dadas dadaşlar dadaslar dadaşım dadasim he ' +
    // thanks and "sorry" in chat short forms ("tşk, ne kadar büyük?")
    'tşk tsk tşkler tskler eyv eyw pardon ' +
    // "I forgot", "I don't remember", said of the question ("enerji bakanımız kimdi ya unuttum")
    'unuttum hatırlamıyorum hatirlamiyorum ' +
    // "tell me", "say" after a question ("nerde bi sölesene"), and "what's up" (chat's "nbr": "ne haber")
    'söylesene soylesene sölesene solesene anlatsana nbr naber ' +
    // … and "how are you" as a greeting asks it ("napıyon gari 😄", "naparsın", what are you up to): the second person
    // singular only ("napcaz", what will we do, asks)
    'napıyon napiyon napıyosun napiyosun napıyorsun napiyorsun naparsın naparsin napıyonuz napiyonuz ' +
    // … and the Aegean's "la" drawn out, and "lan" (hey: "… yapılcak mı laa"); its "len", "ebe" (address), "hee" (yes, I
    // see), "işde" (işte), and the greeting "naaber millet" (what's up, folks)
    'laa laaa lan ulan len ebe hee heee işde isde naaber millet ' +
    // taking in the answer before ("hmm ok, kaç ton var?", "vay, ..."): English "ok" typed in Turkish is no word either
    'hmm hm hmmm ok oke okey okay anladım anladim mantıklı mantikli vay oha tmm tamam tamamdır tamamdir ' +
    // swearing it is so, "really?" ("byd fabrika kuruyomuş valla mı billa mı")
    'valla vallahi vallaha billa billahi'
  ).split(' '),
);

/**
 * Turkish chat shorthand, read only when the knowledge does not use the
 * short form itself (as the English CHAT_WORDS).
 */
const TURKISH_CHAT_WORDS: ReadonlyMap<string, string> = new Map(
  (
    // "di mi", "dimi": "değil mi" (isn't it?) as chat types it, a tag that asks nothing of its own
    'di:değil dimi:değil ' +
    // "gadar" as Cyprus and villages say "kadar" ("ne gadar saf": how pure)
    'gadar:kadar ' +
    'slm:selam mrb:merhaba tsk:teşekkür tşk:teşekkür tskler:teşekkürler bi:bir zmn:zaman nrde:nerede nrd:nerede nsl:nasıl ndn:neden hngi:hangi ' +
    // "napıyor" is "ne yapıyor" run together ("ne" is a stop word); "nolcak" is "ne olacak" (a light verb: nothing to match).
    'napiyo:yapıyor napıyo:yapıyor napiyor:yapıyor napıyor:yapıyor napiyolar:yapıyorlar napıyolar:yapıyorlar napti:yaptı naptı:yaptı napcak:yapacak napcaklar:yapacaklar napacak:yapacak noldu:oldu nolcak:olacak nolacak:olacak ' +
    // … with the reported "-mış" ("napcakmış": what is [it] said to be going to do)
    'napcakmis:yapacak napcakmış:yapacak napacakmis:yapacak napacakmış:yapacak napiyomus:yapıyor napıyomuş:yapıyor napmis:yapmış napmış:yapmış ' +
    // … and the future with a narrow vowel, as chat types "gidicek" ("napıcak": what will [it] do), and a plural past
    'napicak:yapacak napıcak:yapacak napicaklar:yapacaklar napıcaklar:yapacaklar napicakmis:yapacak napıcakmış:yapacak naptilar:yaptılar naptılar:yaptılar ' +
    // … and "we" ("napcaz", what will we do)
    'napcaz:yapacağız napıcaz:yapacağız napicaz:yapacağız napcağız:yapacağız'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Case and possessive endings a name takes ("Çin'e", "Çin'den", "BYD'nin",
 * "Xi'yle", "Çin'inki"), folded, longest first. Written with an apostrophe
 * they are cut with it; typed without one ("cinden", "bydnin", "turkiyede")
 * the stemmer cannot cut them from a short name ("çinden" stems to "ç"), so
 * the word stayed a term of its own, rare and heavy.
 */
const NAME_SUFFIXES = [
  'ninki', 'ninkiler', 'nunki', 'inki', 'unki', 'dakiler', 'dekiler',
  'daki', 'deki', 'taki', 'teki', 'nin', 'nun', 'dan', 'den', 'tan', 'ten', 'yla', 'yle', 'yi', 'yu', 'ya', 'ye', 'ler', 'lar',
  'in', 'un', 'da', 'de', 'ta', 'te', 'la', 'le', 'a', 'e', 'i', 'u',
  // (and "with" as Cyprus says it: "cinnen" for "Çin'le", "bizimkinnen")
  'nen', 'nan',
].sort((a, b) => b.length - a.length);

/** Shortest suffix a two-letter name ("AB", "Xi") takes before it is read as the name: "abla" is a word, "abnin" the EU's. */
const SHORT_NAME_MIN_SUFFIX = 3;

/**
 * The names of Turkish texts, folded: the words written before an apostrophe
 * suffix ("Çin'e", "Beylikova'daki") and the acronyms in capitals ("BYD",
 * "ABD"). Turkish writes a suffix on a proper name after an apostrophe, so
 * the knowledge's own spelling says which words are names.
 */
export function turkishNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.normalize('NFC').matchAll(/(\p{L}+)['’`´‘]\p{L}+/gu)) names.add(foldTurkish(turkishLower(m[1]!)));
    for (const m of text.matchAll(/\b\p{Lu}{2,}\b/gu)) names.add(foldTurkish(turkishLower(m[0])));
  }
  for (const n of names) if (n.length < 2 || isTurkishStopWord(n)) names.delete(n);
  return names;
}

/**
 * The name a word is, with a case ending typed on without an apostrophe
 * ("cinden" → "cin", "bydnin" → "byd"), or undefined. `names` folded.
 */
export function nameInWord(word: string, names: ReadonlySet<string>): string | undefined {
  const folded = foldTurkish(word);
  if (names.has(folded)) return undefined;
  for (const suffix of NAME_SUFFIXES) {
    if (!folded.endsWith(suffix)) continue;
    const name = folded.slice(0, folded.length - suffix.length);
    if (!names.has(name)) continue;
    if (name.length >= 3 || suffix.length >= SHORT_NAME_MIN_SUFFIX) return name;
  }
  return undefined;
}

/**
 * Whether a word the knowledge does not have is a stop word in a form the stop list does not hold: with the
 * evidential "-miş" of hearsay ("olacakmış", "olcakmis": it is said it will be; "ziyaret hangi ay olacakmış?"), or
 * typed plainly where its letters make it one ("olacakmis" → "olacakmış"). Read as an unknown word, it weighed like
 * the question's rarest word.
 */
export function turkishStopWordForm(word: string): boolean {
  const folded = foldTurkish(word);
  const base = folded.replace(/m[iu]s$/, '');
  if (base !== folded && base.length >= 2 && isTurkishStopWord(writtenStopWord(base))) return true;
  const st = lettersStemWith(turkishStem, word);
  return st !== undefined && isTurkishStopWord(st);
}

/**
 * A Turkish word spelled the German way, as Turks in Germany type it ("keschfedildi", "demisch", "tuerkiye",
 * "goendermek"): "sch" is "ş", "tsch" "ç", "ue" "ü", "oe" "ö" (sequences no Turkish word has). Undefined when the word
 * has none of them. A guess, taken only when it is a term the knowledge has.
 */
function germanSpelled(word: string): string | undefined {
  if (!/sch|ue|oe/.test(word)) return undefined;
  return word.replace(/tsch/g, 'ç').replace(/sch/g, 'ş').replace(/ue/g, 'ü').replace(/oe/g, 'ö');
}

/** The stem of {@link turkishLettersGuess}'s guess, when there is one and it stems otherwise than the word. */
function lettersStemWith(stem: (word: string) => string, word: string): string | undefined {
  const guess = germanSpelled(word) ?? turkishLettersGuess(word);
  if (guess === undefined) return undefined;
  const st = stem(guess);
  return st === stem(word) ? undefined : st;
}

/**
 * The Turkish profile for a knowledge base whose names are `names` (folded):
 * a name is its own term, unstemmed, and a name with a case ending typed
 * without an apostrophe is that name's term, as it is with one.
 */
export function turkishWithNames(names: ReadonlySet<string>): TextProfile {
  if (names.size === 0) return TURKISH;
  // A name is its own term, unstemmed: the stemmer cuts "Pekin" (Beijing) to "pek" (very, a stop word).
  const stem = (word: string): string => {
    const folded = foldTurkish(word);
    if (names.has(folded)) return folded;
    return nameInWord(word, names) ?? turkishStem(word);
  };
  return {
    ...TURKISH,
    stem,
    plainStem: (word) => stem(foldTurkish(word)),
    lettersStem: (word) => lettersStemWith(stem, word),
    verbStems: (word) => verbStemsWith(stem, word),
    namesIn: (question) => namesInQuestion(question, names),
  };
}

/** Words after a genitive that make it a place ("eskişehirin orda", "ankaranın yakınında"), folded. */
const AROUND = new Set(['orda', 'orada', 'oralarda', 'oralar', 'oralari', 'orasi', 'civari', 'civarinda', 'civarlarinda', 'yakini', 'yakininda', 'yakinlarinda', 'tarafinda', 'taraflarinda', 'taraflari', 'cevresinde', 'cevresi', 'etrafinda', 'disinda', 'icinde', 'bolgesinde']);
/** The genitive endings, folded: "-nin" after a vowel ("türkiye'nin"), "-in" after a consonant ("çin'in"). */
const GENITIVE_ENDINGS = ['nin', 'nun', 'in', 'un'];

/**
 * The names of `names` a question has, with or without a case ending or an apostrophe, each marked when it is in the
 * genitive ("Çin'in", "cinin", "türkiyenin": what the question asks something of). A word that is a name whole
 * ("pekin") is no genitive.
 */
export function namesInQuestion(question: string, names: ReadonlySet<string>): { name: string; owner: boolean }[] {
  const out: { name: string; owner: boolean }[] = [];
  const ws = [...turkishLower(question).matchAll(/[\p{L}]+(?:['’`´‘][\p{L}]+)?/gu)].map((m) => foldTurkish(m[0].replace(/['’`´‘]/gu, '')));
  for (const [i, w] of ws.entries()) {
    if (names.has(w)) {
      out.push({ name: w, owner: false });
      continue;
    }
    const ending = GENITIVE_ENDINGS.find((e) => w.endsWith(e) && names.has(w.slice(0, -e.length)) && w.length - e.length >= 2);
    // ("eskişehirin orda bulunan yatak": the deposit found around Eskişehir; a place word after the genitive says where,
    // not whose.)
    // (Nor "Kacır'ın bahsettiği tesis ne zaman biter": who spoke of the plant, which is asked of; see mentionedByAt.)
    if (ending !== undefined) out.push({ name: w.slice(0, -ending.length), owner: !AROUND.has(ws[i + 1] ?? '') && mentionedByAt(ws, i) === 0 });
    else {
      const name = nameInWord(w, names);
      if (name !== undefined) out.push({ name, owner: false });
    }
  }
  return out;
}

/** Turkish: Turkish words, Snowball Turkish stems, Turkish stop words and answer types, plain typing folded in. */

/** Turkish words (folded) that name the kind of answer asked: a place, a time, a number, a name (TextProfile.namesAnswerKind). */
// (With "our" too: "Beylikova hangi ilimize yakın?", near which of our provinces?)
const ANSWER_KIND_WORDS = new Set(['yer', 'yeri', 'yerde', 'yere', 'yerin', 'yerden', 'il', 'ili', 'ilde', 'ilin', 'ilimiz', 'ilimize', 'ilimizde', 'ilimizin', 'ilimizden', 'ad', 'adi', 'adini', 'yil', 'yili', 'yilda', 'yilinda']);
/** Beginnings of such words with their endings ("şehrin", "ülkede", "tarihi", "numarası"). */
const ANSWER_KIND_STARTS = ['sehir', 'sehr', 'kent', 'kasaba', 'ulke', 'bolge', 'tarih', 'sayi', 'numara', 'isim', 'ismi', 'konum', 'miktar', 'rakam'];

export const TURKISH: TextProfile = {
  language: 'tr',
  words: turkishTermWords,
  stem: turkishStem,
  isTerm: isTurkishTerm,
  plainStem: turkishPlainStem,
  lettersStem: (word) => lettersStemWith(turkishStem, word),
  verbStems: (word) => verbStemsWith(turkishStem, word),
  plain: foldTurkish,
  suffixing: true,
  // The English stop-word typo check would read Turkish words as English typos ("bunu" ~ "but"); see turkishStopWordForm.
  isStopWordTypo: (word) => turkishStopWordForm(word),
  chatWords: TURKISH_CHAT_WORDS,
  // "Çin tarafı", "resmi taraf", "batarya tarafında": the party or part, said by what comes before it (see TextProfile).
  // ("Pekin cephesinden": Beijing's side, as "tarafı".)
  lightWords: new Set(['taraf', 'cephe']),
  // "yap-" alone ("ne yapacaklar?"): it met the ministries' "yorum yapmadı" (made no comment); see TextProfile.
  namesNoTopicAlone: new Set(['yap']),
  chatFiller: TURKISH_CHAT_FILLER,
  answerType: (text) => turkishAnswerType(text),
  answerTypesSupported: turkishAnswerTypesSupported,
  // "ne zaman": "ne" is a stop word, "zaman" the question's only term; "başka" (else, other).
  asksNoTopic: (word) => QUESTION_WORDS.has(foldTurkish(word)) || foldTurkish(word) === 'baska',
  namesAnswerKind: (word) => {
    const folded = foldTurkish(word);
    return ANSWER_KIND_WORDS.has(folded) || ANSWER_KIND_STARTS.some((start) => folded.startsWith(start));
  },
};

/**
 * A formal Turkish message's question after the clause that leads it in, saying why or for whom it is asked
 * ("Müvekkilimizin tedarik planlaması kapsamında, …", "Raporda kullanılmak üzere, …", "Önem taşıdığından, …",
 * "… dosyası kapsamında sorulmaktadır: …"): the text after the first comma or colon, when the clause before it ends in
 * a word of purpose, reason or scope (TR_LEAD_END) or with a colon, and words that ask follow. Null otherwise. The
 * clause says what the knowledge may know too ("yatırım", "tedarik"), so the engine weighs its words as context, not
 * as none. (The colon is no Turkish word, and an English message's clause before one is read so too: "Background for
 * our team's weekly call on suppliers: …"; the quality suite did not move, blind27 gained a question.)
 */
export function questionAfterTurkishLead(question: string): string | null {
  const m = TR_LEAD.exec(question);
  if (!m) return null;
  const lead = m[1]!.trim().split(/\s+/u);
  const rest = m[3]!;
  if (lead.length < 2 || lead.length > MAX_TR_LEAD_WORDS || rest.trim().split(/\s+/u).length < 3) return null;
  const last = foldTurkish(lead.at(-1)!.toLocaleLowerCase('tr'));
  return m[2] === ':' || TR_LEAD_END.test(last) ? rest : null;
}
/**
 * The one clause of a Turkish message that asks, among clauses that tell a story around it ("Erdoğan ile Şi Cinping
 * nadir toprak konusunu konuşmuşlar mı, durakta tartışma çıktı da Kemal abi yok diyo"; "usta sabah havalimanına adam
 * götürdüm …, türkiye çinle ne yapmaya çalışıyo bu işte"): the clause with a question word or particle, when it is the
 * only one that has one and some other clause of two words or more has none. Null otherwise. The engine weighs the
 * story's words as context, as the sentences before a last question.
 */
export function questionInTurkishStory(question: string): string | null {
  const fold = (w: string) => foldTurkish(w.toLocaleLowerCase('tr').replace(/['’].*$/u, ''));
  const asksWord = (w: string) => isTurkishQuestionWord(w) || isQuestionParticle(w) || WHAT_FORMS.has(w) || WHAT_DONE.test(w);
  // ("ya" after the word that asks closes the question as a comma would: "enerji bakanımız kimdi ya 36 saattir uyumadım …";
  // so does a request to be told, "hatırlatın")
  const marked = question.replace(AFTER_ASKING_YA, (all, word: string) => (asksWord(fold(word)) ? `${word},` : all));
  const clauses = marked.split(STORY_BREAK).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length < 2) return null;
  const wordsOf = (clause: string) => clause.split(/\s+/u).map(fold);
  const asks = (clause: string) => wordsOf(clause).some(asksWord);
  const asking = clauses.filter(asks);
  if (asking.length !== 1) return null;
  const own = wordsOf(asking[0]!);
  // (Not when the question points at what the story says: "ab çin arabalarına vergi koyuyomuş, türkiye bundan nasıl
  // faydalanır" asks of the tax; "byd peki, o ne durumda" of BYD. "bu" before a noun says which: "… bu işte".)
  // (Nor before a genitive, which makes it the subject: "…, bu türkiyenin işine nasıl yarar", how does this serve Turkey.)
  const pointsBack = own.some((w, i) => POINTING.has(w) || (BARE_POINTING.has(w) && (own[i + 1] === undefined || asksWord(own[i + 1]!) || /\p{L}{3,}[iu]n$/u.test(own[i + 1]!))));
  // (Nor when it asks nothing of its own: "warum Türkei? neden ki" asks why of what was said, in German.)
  if (!own.some((w) => !asksWord(w) && !STOP.has(w)) || pointsBack) return null;
  return clauses.some((c) => !asks(c) && wordsOf(c).length >= 2) ? `${asking[0]!}?` : null;
}
/**
 * Where a chat message's clauses break: punctuation, a smiley's (":)", ":D" break at the colon) and an emoji ("vizit
 * bitti nihayet 🙏 haberde …").
 */
const STORY_BREAK = /[,.;:!?…()\p{Extended_Pictographic}]+/u;
/**
 * A word with "ya" (or "yav", "yahu") after it and more words after that; or a request to be told ("sanayi bakanı kimdi
 * hatırlatın nöbetten beynim çalışmıyo").
 */
const AFTER_ASKING_YA = /(\p{L}+)\s+(?:ya+|yav|yahu|hat[ıi]rlat[ıi]n|hat[ıi]rlat|s[öo]yleyin|s[öo]yle|l[üu]tfen)(?=\s+[\p{L}\p{N}])/giu;
/** "ne" (what) and its forms, folded: a stop word, but a word that asks. */
const WHAT_FORMS = new Set(['ne', 'neler', 'nedir', 'neydi', 'nelerdir', 'neymis', 'nedi', 'neyin', 'neyi', 'neye', 'neyle']);
/** "ne olacak", "ne yapacak" run together as chat types them ("nolcak", "noldu", "napcaz"), folded. */
const WHAT_DONE = /^n(?:ol|ap)\p{L}*$/u;
/** Demonstrative pronouns in a case, folded ("bundan", "onu"): they point at what was said. */
const POINTING = new Set(['bunu', 'buna', 'bunun', 'bunda', 'bundan', 'bunlar', 'bunlari', 'bunlarin', 'onu', 'ona', 'onun', 'onda', 'ondan', 'onlar', 'onlari', 'onlarin', 'sunu', 'suna', 'sundan']);
/** "bu", "o", "şu", folded: pointing when no noun follows ("o ne durumda"), a determiner before one ("bu işte"). */
const BARE_POINTING = new Set(['bu', 'o', 'su']);

/** A clause and what follows it, up to the first comma or colon (no question mark before it). */
const TR_LEAD = /^([^?,:;]{3,300}?)\s*([,:])\s+(\S.*)$/su;
const MAX_TR_LEAD_WORDS = 20;
/**
 * Words that end a clause of purpose, reason or scope, folded: "kapsamında" (within), "üzere" (in order to), "amacıyla",
 * "için" (for), "bakımından", "açısından" (as regards), "çerçevesinde", "uyarınca" (under), "atfen" (with reference to),
 * "dolayı", "nedeniyle" (because of), a verb's "-dığından" (since it …: "önem taşıdığından").
 */
const TR_LEAD_END = /^(?:\p{L}*(?:kapsaminda|bakimindan|acisindan|cercevesinde)|uzere|amaciyla|icin|uyarinca|atfen|istinaden|dolayi|nedeniyle|\p{L}{2,}[dt][iu]g[iu]nd[ae]n)$/u;
