/**
 * Whether an attempt came off ("did they get in?", "üye oldu mu sonunda?" after "… Turkey's recent push to join
 * BRICS"): the answer tells of the attempt only, so the question is declined (src/conversation/outcome.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase } from '../src/engine/answer.ts';
import { outcomeAskedOfAttempt, whichNotInAnswer } from '../src/conversation/outcome.ts';
import { realKb } from './helpers/knowledge.ts';
import { askedAfter } from './helpers/followup.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = realKb();
});

describe('whether an attempt came off', () => {
  test('is told by the question\'s shape and an answer that tells of an attempt', () => {
    const push = "The report says the planned trip to China is in line with Turkey's recent push to join BRICS.";
    for (const q of ['did they get in yet?', 'so did they get in or not', 'have they been let in yet?', 'so is turkey actually in brics now or not']) {
      expect(outcomeAskedOfAttempt(q, push, false), q).toBe(true);
    }
    // Not after an answer that tells of a thing done, nor a question of another kind.
    expect(outcomeAskedOfAttempt('did they get in yet?', 'BYD had recently signed a deal to set up a plant in Turkey.', false)).toBe(false);
    expect(outcomeAskedOfAttempt('when did they apply?', push, false)).toBe(false);
    const caba = "Türkiye'nin son dönemde BRICS'e katılmak için gösterdiği çabayla örtüşüyor.";
    for (const q of ['üye oldu mu sonunda?', 'kabul ettiler mi bizi', 'kabul edildi mi peki', 'girdik mi sonunda']) {
      expect(outcomeAskedOfAttempt(q, caba, true), q).toBe(true);
    }
    expect(outcomeAskedOfAttempt('ne zaman başvurdu?', caba, true)).toBe(false);
  });

  test('is declined, with the attempt\'s question offered, where it got that answer again or another fact', () => {
    for (const [before, asked] of [
      ['is turkey trying to join brics?', 'did they get in yet?'],
      ['turkiye brics e mi giriyo', 'üye oldu mu sonunda'],
      // ("kabul ettiler mi" alone got BYD's deal: "BYD … üretmeyi kabul etti mi?")
      ["türkiye brics'e girmeye mi çalışıyo ya", 'kabul ettiler mi peki?'],
    ] as const) {
      const r = askedAfter(kb, before, asked);
      expect(r.reply, asked).toMatchObject({ kind: 'none' });
      expect(r.reply.kind === 'none' && r.reply.suggestions[0]).toBeTruthy();
    }
    // After BYD's deal, a thing done, "kabul ettiler mi" is read as before.
    expect(askedAfter(kb, 'byd turkiyede fabrika kuracak mi', 'kabul ettiler mi').reply.kind).toBe('fact');
  });
});

describe('which one of a kind the answer never writes', () => {
  test('is told in Turkish by "hangi" and a noun of which no word of the answer has the root', () => {
    const met = "Türkiye Cumhurbaşkanı Recep Tayyip Erdoğan ile Çin Devlet Başkanı Şi Cinping temmuzda Kazakistan'da görüştü.";
    expect(whichNotInAnswer('hangi zirvedeydi o', met, true)).toBe(true);
    expect(whichNotInAnswer('hangi zirve kapsamındaydı o', met, true)).toBe(true);
    expect(whichNotInAnswer('hangi zirve için oradaydılar', met, true)).toBe(true);
    // Not a place or a time (the answer's types tell those), nor a company, nor a kind the answer writes.
    expect(whichNotInAnswer('hangi şehirde', met, true)).toBe(false);
    expect(whichNotInAnswer('mesela hangi firma', met, true)).toBe(false);
    expect(whichNotInAnswer('hangi devlet başkanı', met, true)).toBe(false);
    // (Not in English: "which paper?" after "the state-run Global Times newspaper" is answered.)
    expect(whichNotInAnswer('which summit?', 'They met in Kazakhstan in July.', false)).toBe(false);
  });

  test('is declined when the reply would be the answer just given again', () => {
    expect(askedAfter(kb, 'erdoğan ile xi temmuzda nerede buluştu?', 'hangi zirve kapsamındaydı o').reply).toMatchObject({ kind: 'none', language: 'tr' });
    expect(askedAfter(kb, 'erdoğan ile xi temmuzda nerede buluştu?', 'hangi şehirde').reply.kind).not.toBe('fact');
  });

  test('a kind the answer writes as a synonym right before a name is written: "hangi gazete?" after "yayın organı Global Times"', () => {
    for (const asked of ['hangi gazete', 'hangi gazeteymiş o']) {
      expect(askedAfter(kb, 'cin basini turkiyenin nadir toprak kesfi hakkinda ne diyo', asked).reply, asked).toMatchObject({ kind: 'fact', factId: 'global-times-view' });
    }
    // A synonym that names nothing is not one: "bir araya geldi" (met) is no summit named.
    expect(askedAfter(kb, 'erdoğan ile şi nerede görüştü', 'hangi zirvedeydi o').reply.kind).toBe('none');
  });
});
