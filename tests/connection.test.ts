/**
 * The link asked between what was just asked about and a name ("what does that have to do with turkey?",
 * "türkiyeyle ne alakası var bunların" after "what is BYD?"): the two names together, not the fact whose own question
 * has the frame's word ("What's the BRICS connection?"). src/conversation/connection.ts.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { answer, type KnowledgeBase } from '../src/engine/answer.ts';
import { connectionAsked } from '../src/conversation/connection.ts';
import { realKb } from './helpers/knowledge.ts';
import { askedAfter } from './helpers/followup.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = realKb();
});

const answerOf = (id: string, turkish = false) => {
  const index = turkish ? kb.turkish! : kb;
  return index.facts[index.byId.get(id)!]!.answer;
};

describe('the link asked with a name', () => {
  test('is told by its frame, a name of the knowledge, and what the question before named', () => {
    const byd = answerOf('byd-worlds-largest');
    expect(connectionAsked('what does that have to do with turkey?', 'what is byd', byd, kb, false)).toBe('byd turkey');
    expect(connectionAsked("and what's their connection to Turkey", 'byd = ? never heard of em', byd, kb, false)).toBe('byd turkey');
    expect(connectionAsked('how is that company connected to turkey then', 'what is BYD?', byd, kb, false)).toBe('BYD turkey');
    // After "who …?" the answer named what the pronoun stands for ("BYD Co. is …"), not the question's words.
    expect(connectionAsked('how is that company connected to turkey', 'who makes the most EVs?', byd, kb, false)).toBe('BYD turkey');
    // Not without a name asked about, nor with a word the knowledge does not write as a name, nor both sides named.
    expect(connectionAsked('does that tie in with anything bigger?', 'what is byd', byd, kb, false)).toBeNull();
    expect(connectionAsked('what does that have to do with batteries?', 'what is byd', byd, kb, false)).toBeNull();
    expect(connectionAsked('what does brics have to do with turkey?', 'what is byd', byd, kb, false)).toBeNull();
    // Nor after a question that named nothing but the name asked about, with an answer that names nothing else either.
    expect(connectionAsked('what does that have to do with turkey?', 'is turkey in it?', '', kb, false)).toBeNull();
  });

  test('in Turkish, with the name in the instrumental or before "ile", the pronoun before or after', () => {
    const byd = answerOf('byd-worlds-largest', true);
    expect(connectionAsked('turkiyeyle ne alakasi var bunlarin', 'BYD nedir ya hic duymadim', byd, kb, true)).toBe('BYD turkiye');
    expect(connectionAsked("bunun Türkiye'yle ne alakası var?", 'BYD nedir?', byd, kb, true)).toBe('BYD Türkiye');
    expect(connectionAsked('Türkiye ile bağlantısı ne?', 'BYD nedir?', byd, kb, true)).toBe('BYD Türkiye');
    // After "hangisi?" (which one?) the answer named it.
    expect(connectionAsked('turkiyeyle ne alakasi var', 'dunyanin en buyuk elektrikli araba ureticisi hangisi', byd, kb, true)).toBe('BYD turkiye');
    expect(connectionAsked('bunun pillerle ne alakası var?', 'BYD nedir?', byd, kb, true)).toBeNull();
  });

  test('after BYD, gets BYD\'s plant in Turkey, where the words alone got the BRICS connection', () => {
    // The words alone: the frame's word weighs as much as a name, and BRICS has it among its own questions.
    expect(answer('what does that have to do with turkey', kb)).toMatchObject({ kind: 'fact', factId: 'brics-bid' });
    for (const [before, asked] of [
      ['what is byd', 'what does that have to do with turkey'],
      ['byd = ? never heard of em', "and what's their connection to turkey"],
      ['BYD nedir ya hic duymadim', 'turkiyeyle ne alakasi var bunlarin'],
      ['dunyanin en buyuk elektrikli araba ureticisi hangisi', 'turkiyeyle ne alakasi var'],
    ] as const) {
      expect(askedAfter(kb, before, asked).reply, `${before} → ${asked}`).toMatchObject({ kind: 'fact', factId: 'byd-ev-factory' });
    }
    expect(askedAfter(kb, 'what is byd', 'what does that have to do with turkey').reply.readingAs).toBe('byd turkey?');
    // (As the last sentence, after a reaction whose words got the fact just given again.)
    expect(askedAfter(kb, 'what is BYD?', 'oh wow biggest in the world?? whats their connection to turkey').reply).toMatchObject({ kind: 'fact', factId: 'byd-ev-factory' });
  });

  test('leaves the words alone when their fact names that side already', () => {
    // "brics" after "is turkey joining brics?": the BRICS fact names China; asked with China it stays the BRICS fact.
    expect(askedAfter(kb, 'is turkey trying to join brics?', 'what does that have to do with china').reply).toMatchObject({ kind: 'fact', factId: 'brics-bid' });
  });
});
