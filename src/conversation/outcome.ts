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
