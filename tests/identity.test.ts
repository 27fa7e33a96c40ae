/**
 * A guess at who someone is ("is kacir the energy minister?"): declined by the engine when it is wrong, answered by the
 * conversation with who that person is, alone and as a follow-up (src/conversation/identity.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { answer, type KnowledgeBase } from '../src/engine/answer.ts';
import { answerOnItsOwn } from '../src/conversation/followup.ts';
import { followupShape } from '../src/conversation/followup-shape.ts';
import { identityGuessed, postAskedOfNamed, roleOfFieldAsked, saidAskedOfNamed, turkishIdentityGuessed, turkishPostAskedOfNamed, turkishRoleOfFieldAsked, whoAskedOfNamed } from '../src/conversation/identity.ts';
import { realKb } from './helpers/knowledge.ts';
import { askedAfter } from './helpers/followup.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = realKb();
});

describe('a guess at who someone is', () => {
  test('is told by its shape, a person the knowledge names and a role noun', () => {
    expect(identityGuessed('is kacir the energy minister?', kb)).toBe('kacir');
    expect(identityGuessed('wait is bayraktar the foreign minister right?', kb)).toBe('bayraktar');
    expect(identityGuessed("kacır's the energy minister right?", kb)).toBe('kacir');
    expect(identityGuessed('so fatih kacir is a minister?', kb)).toBe('fatih kacir');
    // Not a thing, nor a guess without a role ("the one going to china" asks about the trip), nor no guess at all.
    expect(identityGuessed('is beylikova the biggest deposit?', kb)).toBeNull();
    expect(identityGuessed('is bayraktar the one going to china?', kb)).toBeNull();
    expect(identityGuessed('is he the energy minister?', kb)).toBeNull();
    expect(identityGuessed('who is the energy minister?', kb)).toBeNull();
  });

  test('a wrong one, declined by the engine, is answered with who that person is', () => {
    // The engine alone: the role's words are the energy minister's fact, the name the industry minister's.
    expect(answer('is kacir the energy minister?', kb).kind).toBe('none');
    expect(answerOnItsOwn('is kacir the energy minister?', kb)).toMatchObject({ kind: 'fact', factId: 'industry-minister' });
    expect(answerOnItsOwn('is bayraktar the foreign minister?', kb)).toMatchObject({ kind: 'fact', factId: 'energy-minister' });
    // A question the engine answers stays its answer.
    const answered = answer('is erdogan the president of china?', kb);
    expect(answered.kind).toBe('fact');
    expect(answerOnItsOwn('is erdogan the president of china?', kb)).toEqual(answered);
  });

  test('in Turkish: a name, a role and the question particle ("kacır enerji bakanı mı?"), answered as "kacır kim?"', () => {
    expect(turkishIdentityGuessed('kacır enerji bakanı mı?', kb)).toBe('kacir');
    expect(turkishIdentityGuessed('xi cinin basbakani miydi', kb)).toBe('xi');
    // A country ends a run of capitalised words now and then, but stands alone most of the time: no person.
    expect(turkishIdentityGuessed('çin son 30 yıldır nadir toprakta lider mi', kb)).toBeNull();
    expect(turkishIdentityGuessed('o bakan mı', kb)).toBeNull();
    expect(answer('kacır enerji bakanı mı?', kb).kind).toBe('none');
    expect(answerOnItsOwn('kacır enerji bakanı mı?', kb)).toMatchObject({ kind: 'fact', factId: 'industry-minister', language: 'tr' });
    expect(answerOnItsOwn("Xi Jinping Çin'in başbakanı mı", kb)).toMatchObject({ kind: 'fact', factId: 'presidents', language: 'tr' });
  });

  test('as a follow-up, the guess read with the person named before; the guess is what is remembered', () => {
    const r = askedAfter(kb, 'did kacir say something about the supply chain', 'is he the energy minister?');
    expect(r.reply).toMatchObject({ kind: 'fact', factId: 'industry-minister', readingAs: 'is kacir the energy minister?' });
    expect(r.remember?.question).toBe('is kacir the energy minister?');
    // A name the question before wrote as an owner ("kacir's comment …") stands for "he" without its "'s"; "he's" keeps
    // it, as "is".
    const owner = askedAfter(kb, "kacir's comment on the industrial scale facility - when was that", 'wait is he the energy minister?');
    expect(owner.reply).toMatchObject({ kind: 'fact', factId: 'industry-minister', readingAs: 'is kacir the energy minister?' });
    expect(askedAfter(kb, "kacir's comment on the industrial scale facility - when was that", "wait he's the energy minister right?").reply).toMatchObject({ kind: 'fact', factId: 'industry-minister' });
  });

  test('"which minister?" after an answer that named one is who that is; alone it asks which minister the knowledge says most of', () => {
    for (const q of ['which minister?', 'what minister exactly', 'which minister, name?']) expect(followupShape(q), q).toEqual({ kind: 'continued', how: 'which-role' });
    // A question of its own with a role in it is none.
    expect(followupShape('which minister leads the delegation?').kind).toBe('standalone');
    // Alone it gets the energy minister; after the industry minister's words, it is Kacır the answer named.
    expect(answer('which minister?', kb)).toMatchObject({ kind: 'fact', factId: 'energy-minister' });
    const industry = askedAfter(kb, "what did turkey's industry minister say about rare earths", 'which minister, name?');
    expect(industry.reply).toMatchObject({ kind: 'fact', factId: 'industry-minister' });
    expect(industry.reply.readingAs).toContain('following on from');
    // Remembered as "who is <the name>", so "and what did he say?" asks of him.
    expect(industry.remember?.question).toMatch(/^who is .*kac/i);
    // After the trip, the one it named heads it: the energy minister.
    expect(askedAfter(kb, 'who is going to china in october?', 'which minister?').reply).toMatchObject({ kind: 'fact', factId: 'energy-minister' });
    // An answer naming no minister leaves it as alone.
    expect(askedAfter(kb, 'where is the deposit', 'which minister?').reply).toEqual({ ...answer('which minister?', kb) });
  });

  test('in Turkish, "hangi bakan?" after an answer that named one is who that is', () => {
    expect(answer('hangi bakan?', kb)).toMatchObject({ kind: 'fact', factId: 'industry-minister' });
    const trip = askedAfter(kb, 'çine kim gidiyor', 'hangi bakan, adı ne?');
    expect(trip.reply).toMatchObject({ kind: 'fact', factId: 'energy-minister', language: 'tr' });
    expect(trip.remember?.question).toMatch(/kim\?$/);
    expect(askedAfter(kb, 'sanayi bakanı nadir toprak hakkında ne dedi', 'hangi bakan?').reply).toMatchObject({ kind: 'fact', factId: 'industry-minister' });
  });

  test('"who\'s the minister?", "bakan kim?" after an answer that names no minister: the one of the ministry the conversation named', () => {
    for (const q of ["who's the minister?", 'who was the minister again', 'who is the president']) expect(followupShape(q), q).toEqual({ kind: 'continued', how: 'which-role' });
    // With a word of its own, or "a" minister, it is a question of its own.
    for (const q of ['who is the energy minister', 'who is the minister of industry', "who's a minister?"]) expect(followupShape(q).kind, q).toBe('standalone');
    // Alone it gets the minister the knowledge says most of; after the energy ministry's words, the energy minister.
    expect(answer("who's the minister?", kb)).toMatchObject({ kind: 'fact', factId: 'industry-minister' });
    const energy = askedAfter(kb, 'has the energy ministry said it will build a refinery?', 'who is the minister then?');
    expect(energy.reply).toMatchObject({ kind: 'fact', factId: 'energy-minister' });
    expect(energy.reply.readingAs).toContain('following on from');
    // After the trip's sources (an answer naming nobody), the minister the trip's fact names.
    expect(askedAfter(kb, 'are the people behind the october trip story named?', "who's the minister?").reply).toMatchObject({ kind: 'fact', factId: 'energy-minister' });
    // A ministry is no minister: "which minister?" after the ministries' silence is not read as "China's Ministry".
    expect(askedAfter(kb, 'did the two ministries say anything?', 'which minister?').reply).toMatchObject({ kind: 'fact', factId: 'energy-minister' });
    // In Turkish, "bakanlığı" (ministry) and "bakanı" (minister) share no stem: read on the facts' English words.
    expect(answer('bakan kim?', kb)).toMatchObject({ kind: 'fact', factId: 'industry-minister' });
    const tr = askedAfter(kb, 'enerji bakanlığı rafineri kurmaya hazır mı', 'bakan kimdi peki');
    expect(tr.reply).toMatchObject({ kind: 'fact', factId: 'energy-minister', language: 'tr' });
  });

  test('"who?", "who\'s that?" after a question that named someone and asked something else: who that person is', () => {
    expect(whoAskedOfNamed('who?', 'what did kacir say last month?', kb)).toBe('who is kacir');
    expect(whoAskedOfNamed("who's that?", "what did bayraktar's ministry say?", kb)).toBe('who is bayraktar');
    // Not after a question that asked who, nor one that named no person, nor a question with words of its own.
    expect(whoAskedOfNamed('who?', 'who is going to china?', kb)).toBeNull();
    expect(whoAskedOfNamed('who?', 'where is the deposit', kb)).toBeNull();
    expect(whoAskedOfNamed('who signed it?', 'what did kacir say last month?', kb)).toBeNull();
    const r = askedAfter(kb, 'what did kacir say last month?', 'who?');
    expect(r.reply).toMatchObject({ kind: 'fact', factId: 'industry-minister', readingAs: 'who is kacir?' });
    expect(r.remember?.question).toBe('who is kacir');
  });

  test('"which ministry?", "what\'s his job?" after a question that named someone: that person\'s post, in English and Turkish', () => {
    expect(postAskedOfNamed('which ministry?', 'what did fatih kacir say about rare earths?', kb)).toBe('which ministry is fatih kacir in');
    expect(postAskedOfNamed('and what is his role exactly', 'when is bayraktar going?', kb)).toBe("what is bayraktar's role");
    // Not with a name or words of its own, nor after a question that named no person.
    expect(postAskedOfNamed('which ministry did the delegation come from?', 'what did kacir say?', kb)).toBeNull();
    expect(postAskedOfNamed('which ministry?', 'where is the deposit?', kb)).toBeNull();
    // Alone, "ministry" finds the energy ministry's fact; after a question on Kacır it is his ministry.
    const r = askedAfter(kb, 'what did fatih kacir say about rare earths?', 'which ministry?');
    expect(r.reply).toMatchObject({ kind: 'fact', factId: 'industry-minister', readingAs: 'which ministry is fatih kacir in?' });
    expect(turkishPostAskedOfNamed('peki hangi bakanlıkta?', 'Fatih Kacır nadir topraklar hakkında ne söyledi?', kb)).toBe('Fatih Kacır hangi bakanlıkta');
    expect(turkishPostAskedOfNamed('hangi bakanlıkta?', 'rafineri ne zaman hazır olacak?', kb)).toBeNull();
    const tr = askedAfter(kb, 'Fatih Kacır nadir topraklar hakkında ne söyledi?', 'peki hangi bakanlıkta?');
    expect(tr.reply).toMatchObject({ kind: 'fact', factId: 'industry-minister', language: 'tr' });
  });
});

describe('the same post in another field ("and the industry one?")', () => {
  const energy = () => kb.facts[kb.byId.get('energy-minister')!]!.answer;
  test('is the holder of the post the answer before gave, in the field the question names', () => {
    expect(roleOfFieldAsked('and the industry one?', 'who is alparslan bayraktar', energy(), kb)).toBe('who is the industry minister');
    expect(roleOfFieldAsked('and his counterpart at Industry and Technology?', "who is Turkey's energy minister?", energy(), kb)).toBe('who is the industry and technology minister');
    expect(roleOfFieldAsked('and the one of industry who is', 'who is alparslan bayraktar? minister of what', energy(), kb)).toBe('who is the industry minister');
    // Not a field the knowledge never writes beside a post, nor a choice, nor after a question on something else.
    expect(roleOfFieldAsked('and the chinese one?', 'who is alparslan bayraktar', energy(), kb)).toBeNull();
    expect(roleOfFieldAsked('wait is he the energy minister or the industry one', "who's gonna head turkey's delegation to china", energy(), kb)).toBeNull();
    expect(roleOfFieldAsked('and the industry one?', 'when is bayraktar going to china?', energy(), kb)).toBeNull();
    // Nor after an answer that gives no post.
    expect(roleOfFieldAsked('and the industry one?', 'who is going?', kb.facts[kb.byId.get('beylikova-location')!]!.answer, kb)).toBeNull();
  });

  test('is answered with that person, where the words alone and the swap were declined', () => {
    for (const [before, asked] of [
      ['who is alparslan bayraktar', 'and the other minister in the article, the industry one?'],
      ["name of turkey's energy minister again? brain fade", 'and the industry one?'],
      ['who is turkey\'s energy minister presently?', 'and industry side who is handling'],
    ] as const) {
      expect(askedAfter(kb, before, asked).reply, asked).toMatchObject({ kind: 'fact', factId: 'industry-minister', readingAs: 'who is the industry minister?' });
    }
    expect(askedAfter(kb, 'who is the industry minister', 'and the energy one?').reply).toMatchObject({ kind: 'fact', factId: 'energy-minister' });
  });
});

describe('the same post in another field, in Turkish ("peki sanayiden sorumlu olan?")', () => {
  const energy = () => kb.turkish!.facts[kb.turkish!.byId.get('energy-minister')!]!.answer;
  test('is the holder of the post the answer before gave, in the field named', () => {
    expect(turkishRoleOfFieldAsked('peki sanayiden sorumlu olan?', 'Enerji Bakanı kim?', energy(), kb)).toBe('sanayi bakanı kim');
    expect(turkishRoleOfFieldAsked('öbürü kimdi, sanayici olan', 'enerji bakani kim', energy(), kb)).toBe('sanayi bakanı kim');
    // (A word of the answer said back is no question of its own: "haa bayraktar tamam. sanayi?")
    expect(turkishRoleOfFieldAsked('haa bayraktar tamam. sanayi?', 'enerji bakani kimdi yav', energy(), kb)).toBe('sanayi bakanı kim');
    // Not a country the knowledge writes before a post ("Çin Devlet Başkanı"), nor a question with words of its own.
    expect(turkishRoleOfFieldAsked('çinli olan?', 'enerji bakani kim', energy(), kb)).toBeNull();
    expect(turkishRoleOfFieldAsked('çine gidiyomuş diyolar, resmi mi bu', 'enerji bakani kimdi o zaman', energy(), kb)).toBeNull();
  });

  test('is answered with that person', () => {
    expect(askedAfter(kb, "Türkiye'nin Enerji Bakanı kim?", 'peki sanayiden sorumlu olan?').reply).toMatchObject({ kind: 'fact', factId: 'industry-minister', readingAs: 'sanayi bakanı kim?', language: 'tr' });
    expect(askedAfter(kb, 'enerji bakani kimdi o zaman', 'cine gidiyomus diyolar, resmi mi bu').reply).toMatchObject({ kind: 'fact', factId: 'delegation-sources' });
  });
});

describe('what the person the answer named said ("what\'s he been saying about the facility?")', () => {
  const industry = (turkish = false) => (turkish ? kb.turkish! : kb).facts[(turkish ? kb.turkish! : kb).byId.get('industry-minister')!]!.answer;
  test('is asked with his name, in his pronoun\'s place or first', () => {
    expect(saidAskedOfNamed("what's he been saying about the facility", industry(), kb, false)).toEqual({ probe: "what's Fatih Kacır been saying about the facility", person: 'kacir' });
    expect(saidAskedOfNamed('said owt about rare earths lately?', industry(), kb, false)?.probe).toBe('Fatih Kacır said owt about rare earths lately');
    expect(saidAskedOfNamed('o bu nadir toprak işine ne demiş', industry(true), kb, true)?.probe).toBe('Fatih Kacır nadir toprak işine ne demiş');
    // Not who said it (the source), nor what several said, nor a question naming someone of its own, nor no saying.
    for (const q of ['says who tho', 'did they say why not', 'what did bayraktar say?', 'where is he from?']) expect(saidAskedOfNamed(q, industry(), kb, false), q).toBeNull();
    expect(saidAskedOfNamed('kim demiş bunu, resmi mi', industry(true), kb, true)).toBeNull();
  });

  test('is answered by a fact that names him, where the words alone were declined', () => {
    for (const [before, asked] of [
      ["who's turkey's industry minister at the mo", 'said owt about rare earths lately?'],
      ['sanayi ve teknoloji bakanı kim şu an', 'o bu nadir toprak işine ne demiş'],
      ['türkiyenin sanayi bakanı kim', 'nadir toprakla ilgili son açıklaması neydi'],
    ] as const) {
      expect(askedAfter(kb, before, asked).reply, asked).toMatchObject({ kind: 'fact', factId: 'kacir-statement' });
    }
  });
});
