/**
 * "did they get in?", "üye oldu mu sonunda?" (did it become a member?), "kabul ettiler mi?" (did they accept it?) after
 * an answer that tells of an attempt ("… Turkey's recent push to join BRICS", "BRICS'e katılmak için gösterdiği
 * çaba"): whether it came off, which that answer does not say (an attempt is not its outcome). As typed, the question
 * got the attempt's answer again, or a fact whose stored question had the word ("BYD … üretmeyi kabul etti mi?").
 */
import { plainEnglish } from './english-words.ts';
import { plainTurkish } from './followup-tr.ts';

/** English: "did they get in (yet)?", "have they been let in?", "is turkey in brics now or not", "did they join?" (folded, no punctuation). */
const EN_OUTCOME =
  /^(?:(?:so|and|but|ok|okay|wait|hmm+|huh)\s+)*(?:(?:did|have|has)\s+(?:they|it|turkey|ankara)\s+(?:actually\s+|finally\s+|already\s+|officially\s+)?(?:get|got|been|gotten)\s+(?:let\s+)?in|(?:did|have|has)\s+(?:they|it|turkey|ankara)\s+(?:actually\s+|finally\s+|already\s+|officially\s+)?join(?:ed)?|(?:is|are)\s+(?:they|it|turkey)\s+(?:actually\s+|already\s+)?in(?:\s+\p{L}+)?\s+now)(?:\s+(?:yet|already|in the end|now|or not|or nah|or what|tho|though|then|lol|at all))*$/u;
/** Turkish (folded): "üye oldu mu", "üye olduk mu", "kabul edildi mi", "kabul ettiler mi (bizi)", "girdik mi", "onaylandı mı". */
const TR_OUTCOME =
  /(?:^|\s)(?:uye\s+(?:oldu|olduk|oldular|olabildi|olabildik)\s+mu|(?:uyelik|basvuru|basvurusu)?\s*(?:kabul\s+(?:edildi|edildik|edilmis|edilmisler|ettiler|etmisler)|onaylandi)\s+mi|(?:girdi|girdik|girdiler|girebildi|girebildik)\s+mi)(?:\s+(?:bizi|sonunda|peki|bari|ki|acaba|artik|yani))*$/u;
/** An answer that tells of an attempt, not its outcome: English "push to join", "trying", "seeks"; Turkish "çaba" (effort), "girmeye çalışıyor". */
const EN_ATTEMPT = /\b(?:push|pushing|bid|trying|tries|seeks?|seeking|efforts?|attempts?|wants? to|aims? to|hopes? to)\b/iu;
const TR_ATTEMPT = /(?:^|\s)(?:caba\p{L}*|calis\p{L}*|ugras\p{L}*|istiyor\p{L}*|umuyor\p{L}*)(?=\s|$|[.,;])/u;

/** Whether `question` asks whether what the answer just given (`previousAnswer`) tells of an attempt at came off. */
export function outcomeAskedOfAttempt(question: string, previousAnswer: string, turkish: boolean): boolean {
  if (turkish) return TR_OUTCOME.test(plainTurkish(question)) && TR_ATTEMPT.test(plainTurkish(previousAnswer));
  return EN_OUTCOME.test(plainEnglish(question).replace(/['’]/gu, '')) && EN_ATTEMPT.test(previousAnswer);
}

/**
 * "hangi zirvedeydi o?" (at which summit was it?) after an answer that names no summit ("… Kazakistan'da görüştü"):
 * which one of a kind the answer never writes (nor names as one by a synonym, `saidOtherwise`), so it cannot say which;
 * when the reply would be that answer again, the question is no answer's. Not a place, a time or a kind ("hangi
 * şehir?", "hangi yıl?": the answer's types say those).
 */
export function whichNotInAnswer(question: string, answer: string, turkish: boolean, saidOtherwise: (noun: string) => boolean = () => false): boolean {
  // (In Turkish only: English "which paper?", "on what condition?", "tariffs on what exactly?" are answered by words the
  // answer has in another form or by what it says, "the state-run Global Times", "if a deal …"; 14 such were lost.)
  if (!turkish) return false;
  const m = TR_WHICH.exec(plainTurkish(question));
  if (!m) return false;
  const noun = m[1]!;
  if (TR_KIND_NOUNS.test(noun)) return false;
  // (By its first letters, as a root: "summits" is "summit"'s, "zirvedeydi" "zirve"'s.)
  const head = noun.slice(0, ROOT_LETTERS);
  const words = plainTurkish(answer).split(/\s+/u);
  // (Nor one the answer writes as a synonym: "hangi gazete bu?" after "… yayın organı Global Times", the knowledge's
  // synonyms say a newspaper is a "yayın organı".)
  return head.length >= ROOT_LETTERS - 1 && !words.some((w) => w.startsWith(head)) && !saidOtherwise(noun);
}
const ROOT_LETTERS = 5;
/** "hangi zirve", "hangi zirvedeydi o" (folded), the noun asked. */
// (Or for which one they were there, "hangi zirve için oradaydılar": "için" and one word after it.)
const TR_WHICH = /(?:^|\s)hangi\s+(\p{L}{4,})(?:\s+(?:o|bu|peki|acaba|kapsamindaydi|kapsaminda|yani|di|idi|mi|mu))*(?:\s+icin(?:\s+\p{L}+)?)?\s*$/u;
/**
 * Nouns of a place, a time or a kind (what the answer's types tell), and of a company or maker (an answer names them by
 * name, "Çinli üreticiler", as "firma" is no word of it): folded.
 */
const TR_KIND_NOUNS = /^(?:sehir|il|ilce|ulke|yer|bolge|yil|ay|tarih|zaman|gun|tur|cesit|turlu|taraf|kisim|yuzde|firma|sirket|marka|uretici)\p{L}*$/u;
