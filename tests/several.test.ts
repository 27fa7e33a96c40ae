/**
 * Several questions in one message (src/conversation/several.ts): how a
 * message is cut into its questions, how each is answered, and the promise
 * that a message asking one thing, or one whose whole is answered, keeps the
 * answer it had.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase } from '../src/engine/answer.ts';
import { answerInContext, answerOnItsOwn } from '../src/conversation/followup.ts';
import { answerMessage, answerMessageAlone, lineParts, MAX_PARTS, questionParts } from '../src/conversation/several.ts';
import { runSeveral } from '../src/eval.ts';
import { replyToJson, type FactReply, type Reply } from '../src/reply.ts';
import { renderText } from '../adapters/console/render.ts';
import { withoutQuotedLines } from '../src/text/normalize.ts';
import { curatedCorpus, realKb } from './helpers/knowledge.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = realKb();
});

const facts = (r: Reply): (string | null)[] => (r.kind === 'fact' ? [r.factId, ...(r.also ?? []).map((a) => a.factId)] : [null]);

describe('questionParts', () => {
  test.each([
    ['where is the deposit and how big is it?', ['where is the deposit', 'and how big is it?']],
    ['who found the deposit and when', ['who found the deposit', 'and when']],
    ['what is in it, who found it and when', ['what is in it', 'who found it', 'and when']],
    ['where is it? how big', ['where is it?', 'how big']],
    ['ok so where is it, and is it big', ['ok so where is it', 'and is it big']],
    ['yatak nerede? ne zaman bulundu?', ['yatak nerede?', 'ne zaman bulundu?']],
    // Turkish puts the question word late: a cut at "ve" or a comma with a question word on both sides.
    ['yatak nerede ve ne kadar büyük?', ['yatak nerede', 'ne kadar büyük?']],
    ['yatak nerede, ne zaman bulundu ve kim buldu', ['yatak nerede', 'ne zaman bulundu', 'kim buldu']],
    ['nadir toprak nedir ve ne işe yarar', ['nadir toprak nedir', 'ne işe yarar']],
    // A contracted "are" after a question word still opens a question.
    ["where is it? where're they now", ['where is it?', "where're they now"]],
  ])('%j asks %j', (message, parts) => {
    expect(questionParts(message)).toEqual(parts);
  });

  test.each([
    'where is the deposit?',
    // "and" between names, not before a question word.
    'what do turkey and china want',
    // Too few words before the cut to be a question of their own.
    'how and when was it found',
    // The words after the question say something about it.
    'is there a lost and found? left my scarf there yesterday',
    // "we're" is "we are", no "were" opening a question after it.
    "Can my cafe on the high street get parking permits? We're in Zone A.",
    // "what about X" names what the question after it asks about.
    'what about the refinery, when will it be ready?',
    // "what if X" sets the case the question after it asks in.
    'what if the engineer finds the fault is in my own wiring, do i have to pay?',
    // A sentence that does not open like a question is not cut.
    'if it opens, when will it',
    // Turkish: "ve" between names, not between questions.
    "BYD ve Chery Türkiye'ye geliyor mu?",
    'Türkiye ve Çin ne konuştu',
    // A pasted paragraph is not a list of questions.
    `${'where is the deposit and how big is it? '.repeat(12)}`,
    // Asking what the report says of the question before is no question of its own.
    'cinli firmalar burda batarya fabrikasi kurar mi sizce, haberde ne diyo',
    'is byd building battery plants in turkey? what does the article say',
    // … nor whether it names someone ("… haberde geçiyor mu adı?": is the name in the report?).
    "türkiye'nin enerji bakanı kim, haberde geçiyor mu adı?",
  ])('%j is one question (null)', (message) => {
    expect(questionParts(message)).toBeNull();
  });

  test('every question of a longer list is cut out (answerMessage reads the first MAX_PARTS)', () => {
    expect(questionParts('where is it? how big? who runs it? when? why?')).toEqual(['where is it?', 'how big?', 'who runs it?', 'when?', 'why?']);
    expect(MAX_PARTS).toBe(4);
  });
});

describe('lineParts', () => {
  test.each([
    ['where is the deposit\nhow big is it', ['where is the deposit', 'how big is it']],
    ['where is the deposit\r\n\r\nhow big is it?', ['where is the deposit', 'how big is it?']],
    // A list typed on one line, numbered in order from 1.
    ['1) who is the energy minister 2) who is the industry minister', ['who is the energy minister', 'who is the industry minister']],
    ['1. where is it? 2. how big? 3. who found it', ['where is it?', 'how big?', 'who found it']],
    // List marks on lines: every item is a question, whatever its words.
    ['- deposit location\n- deposit size', ['deposit location', 'deposit size']],
    ['(1) where is it\n(2) how big', ['where is it', 'how big']],
    // A line that is no question goes with the question before it, or (first) with the one after.
    ['hi team\nwhere is the deposit?\nhow big is it?\nasking for a friend', ['hi team where is the deposit?', 'how big is it? asking for a friend']],
    // Each line is then cut as one line is.
    ['where is it and how big is it\nwho found it?', ['where is it', 'and how big is it', 'who found it?']],
    // Mentions and markup are cleaned line by line.
    ['<@U123> where is the deposit\n<!channel> how big is it', ['where is the deposit', 'how big is it']],
    ['yatak nerede\nne kadar büyük', ['yatak nerede', 'ne kadar büyük']],
  ])('%j asks %j', (message, parts) => {
    expect(lineParts(message)).toEqual(parts);
  });

  test.each([
    // One line: questionParts cuts it, not lineParts.
    'where is the deposit and how big is it?',
    '1. where is the deposit',
    // A question broken over two lines stays one.
    'where is the rare earth\ndeposit?',
    'hey\nwhere is the deposit',
    // Numbers out of order, or not from 1, are no list.
    'it costs 2) what does it cost',
    '1) where is it 3) how big',
    // A pasted page is read whole.
    `${'where is the deposit\n'.repeat(40)}`,
  ])('%j is not cut by its lines (null)', (message) => {
    expect(lineParts(message)).toBeNull();
  });

  test('any message of lines, list marks and questions: parts are one-line and non-empty, a fact is given once, nothing throws', () => {
    const piece = fc.constantFrom('\n', '\r\n', '\n\n', '1) ', '2) ', '3. ', '- ', '• ', '(1) ', '?', ' and ', ', ', 'hi', 'lol', '> ', '```', '<!here>', 'where is the deposit', 'how big is it', 'who found it', 'yatak nerede', 've ne kadar büyük', 'what colour is the sky');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), (message) => {
        const parts = lineParts(message);
        if (parts !== null) {
          expect(parts.length).toBeGreaterThanOrEqual(2);
          for (const p of parts) expect(p).toMatch(/^[^\n\r]*[\p{L}\p{N}][^\n\r]*$/u);
        }
        const r = answerMessageAlone(message, kb);
        expect(new Set(facts(r)).size).toBe(facts(r).length);
        if (r.kind === 'fact') expect((r.also?.length ?? 0) + 1).toBeLessThanOrEqual(MAX_PARTS);
      }),
      { numRuns: 150 },
    );
  });

  test('a message on two lines gets an answer for each, each under the question it answers', () => {
    const reply = answerMessageAlone('where is the deposit\nhow big is it', kb);
    // In the order asked (the whole message's words match the size best).
    expect(answerOnItsOwn('where is the deposit how big is it', kb)).toMatchObject({ factId: 'beylikova-size' });
    expect(facts(reply)).toEqual(['beylikova-location', 'beylikova-size']);
    expect(reply).toMatchObject({ question: 'where is the deposit how big is it', readingAs: 'where is the deposit' });
    const also = reply.kind === 'fact' ? reply.also ?? [] : [];
    expect(also.map((a) => a.readingAs)).toEqual(['how big is the deposit?']);
  });

  test('a numbered list on one line is answered item by item; one line a question breaks over is answered once', () => {
    expect(facts(answerMessageAlone('1) who is the energy minister 2) who is the industry minister', kb))).toEqual(['energy-minister', 'industry-minister']);
    // In the order asked, whatever the whole list's words match best.
    expect(facts(answerMessageAlone('1) who is the industry minister 2) who is the energy minister', kb))).toEqual(['industry-minister', 'energy-minister']);
    const broken = answerMessageAlone('where is the rare earth\ndeposit?', kb);
    expect(broken).toEqual(answerMessageAlone('where is the rare earth deposit?', kb));
  });
});

describe('quoted lines', () => {
  test('a line it quotes ("> …", Slack or Discord) is what a message answers to, not a question of it', () => {
    expect(withoutQuotedLines("> near Eskişehir\nok cool and when'd they find it")).toBe("ok cool and when'd they find it");
    expect(withoutQuotedLines('> where is the deposit')).toBe('where is the deposit');
    expect(withoutQuotedLines('is byd > chery?')).toBe('is byd > chery?');
    const kb = realKb();
    // After the deposit's place, the quote of its answer and a question about it: the discovery, read on from before.
    const first = answerMessage('where is the deposit', undefined, kb);
    const r = answerMessage("> near Eskişehir\nok cool and when'd they find it", first.remember ?? undefined, kb).reply;
    expect(r.kind === 'fact' && [r.factId, ...(r.also ?? []).map((a) => a.factId)]).toEqual(['beylikova-discovery']);
    const quoted = answerMessage("> 'biggest maker of electric cars in the world'\nk and what are they up to in turkey specifically", answerMessage('what is byd', undefined, kb).remember ?? undefined, kb).reply;
    expect(quoted).toMatchObject({ kind: 'fact', factId: 'byd-ev-factory' });
  });
});

describe('runSeveral', () => {
  test('counts the answers a message\'s questions expect that the reply gave, and the facts it gave that none expects', () => {
    const report = runSeveral(
      {
        messages: [
          { q: 'where is the deposit? how big is it?', expect: ['beylikova-location', 'beylikova-size'] },
          { q: 'where is the deposit? how big is it?', expect: ['beylikova-location', null] },
          { q: 'what colour is the sky on mars? and on venus?', expect: [null, null] },
        ],
      },
      kb,
    );
    expect(report).toMatchObject({ messages: 3, answerable: 3, answersRight: 1, answersWrong: 1 / 4, messagesRight: 2 / 3 });
    expect(report.misses).toEqual([{ message: 2, question: 'where is the deposit? how big is it?', expected: ['beylikova-location'], got: ['beylikova-location', 'beylikova-size'] }]);
  });
});

describe('answerMessage', () => {
  test('each question is answered; a later one is read with the one before it, and says how', () => {
    const r = answerMessageAlone('where is the deposit? how big is it?', kb);
    expect(facts(r)).toEqual(['beylikova-location', 'beylikova-size']);
    const size = (r as FactReply).also![0]!;
    expect(size.readingAs).toBe('how big is the deposit?');
    expect(size.question).toBe('how big is it?');
    // The reply keeps the message as asked.
    expect(r.question).toBe('where is the deposit? how big is it?');
    // The JSON contract carries the other answers in the same shape.
    const json = replyToJson(r);
    expect(json.also.map((a) => [a.factId, a.readingAs])).toEqual([['beylikova-size', 'how big is the deposit?']]);
    expect(replyToJson(answerMessageAlone('where is the deposit?', kb)).also).toEqual([]);
  });

  test('a message answered whole is remembered as its question whose answer it is ("… reserve? any tonnage?")', () => {
    const first = answerMessage("how large is turkey's rare earth reserve? any tonnage?", undefined, kb);
    expect(first.reply.kind === 'fact' && first.reply.factId).toBe('beylikova-size');
    const next = answerMessage('where exactly', first.remember ?? undefined, kb).reply;
    expect(next.readingAs).toBe("where is turkey's rare earth reserve?");
    expect(next.kind === 'fact' && next.factId).toBe('beylikova-location');
  });

  test('a message declined whole is answered with its questions\' answers, each saying which question it answers (without "and")', () => {
    const message = 'what is the purity goal and when will the refinery be ready';
    expect(answerOnItsOwn(message, kb).kind).toBe('none');
    const r = answerMessageAlone(message, kb);
    expect(new Set(facts(r))).toEqual(new Set(['purity-goal', 'refinery-timeline']));
    const readings = [r, ...(r as FactReply).also!].map((a) => a.readingAs);
    expect(new Set(readings)).toEqual(new Set(['what is the purity goal', 'when will the refinery be ready']));
    expect(r.question).toBe(message);
  });

  test('"and X? <what of it>" after a question: the first question read on from the conversation, not the whole alone', () => {
    const others = answerMessage('which other chinese car companies is turkey in talks with besides byd', undefined, kb);
    expect(others.reply).toMatchObject({ kind: 'fact', factId: 'other-chinese-automakers' });
    // Whole, "byd" found what BYD is; "and byd then?" asks of BYD what was asked of the others: its plant.
    const r = answerMessage('and byd then? where are they at', others.remember!, kb).reply;
    expect(r).toMatchObject({ kind: 'fact', factId: 'byd-ev-factory' });
    expect(r.kind === 'fact' && r.readingAs).toBeDefined();
    // With nothing before it the message is answered as it was.
    expect(facts(answerMessage('and byd then? where are they at', undefined, kb).reply)).toEqual(facts(answerMessageAlone('and byd then? where are they at', kb)));
  });

  test('the whole message\'s answer leads when it is one of its questions\' answers', () => {
    const message = 'where is the deposit and how big is it?';
    const whole = answerOnItsOwn(message, kb);
    expect(whole.kind).toBe('fact');
    const r = answerMessageAlone(message, kb);
    expect(facts(r)[0]).toBe((whole as FactReply).factId);
    expect(new Set(facts(r))).toEqual(new Set(['beylikova-location', 'beylikova-size']));
  });

  test('a question of the message that got no answer is said to be so under the answers (console), in the message\'s language', () => {
    const r = answerMessageAlone('how big is the deposit? what colour is the sky on mars?', kb);
    expect(facts(r)).toEqual(['beylikova-size']);
    expect(renderText(r)).toContain('\n\nNot in what I know: “what colour is the sky on mars?”');
    expect(renderText(answerMessageAlone('yatak nerede? marsın rengi ne?', kb))).toContain('Bildiklerim arasında yanıtı yok: “marsın rengi ne?”');
    expect(renderText(answerMessageAlone('how big is the deposit?', kb))).not.toContain('Not in what I know');
  });

  test(`the questions of a list longer than ${MAX_PARTS} beyond the first ${MAX_PARTS} are not read: each is asked for on its own, in the reply's language, and is no gap`, () => {
    const list = '1) where is the deposit 2) how big is it 3) who is the energy minister 4) who is the industry minister 5) what did the global times say 6) and why';
    const r = answerMessageAlone(list, kb) as FactReply;
    expect(r.kind).toBe('fact');
    expect(r.unread).toEqual(['what did the global times say', 'why']);
    expect(facts(r)).not.toContain('global-times-view');
    expect(renderText(r)).toContain('Ask me this one on its own: “what did the global times say”\nAsk me this one on its own: “why”');
    const tr = answerMessageAlone('yatak nerede?\nne kadar büyük?\nenerji bakanı kim?\nsanayi bakanı kim?\nbyd ne yapıyor?', kb);
    expect(renderText(tr)).toContain('Bunu ayrıca sorar mısınız: “byd ne yapıyor?”');
    // A message of at most MAX_PARTS questions has none.
    expect((answerMessageAlone('where is the deposit? how big is it?', kb) as FactReply).unread).toBeUndefined();
  });

  test('a first question that only follows on ("and why?") with nothing before it is not listed as unanswered: it asks for the question before it, no knowledge', () => {
    const r = answerMessageAlone('and why? where is the deposit? how big is it?', kb);
    expect(facts(r).sort()).toEqual(['beylikova-location', 'beylikova-size']);
    expect((r as FactReply).unanswered).toBeUndefined();
  });

  test('a question pointing back ("when will it open?") after one that got no answer is not answered alone', () => {
    expect(answerOnItsOwn('when will it open?', kb).kind).toBe('fact');
    expect(answerOnItsOwn('what colour is the sky on mars', kb).kind).toBe('none');
    expect(answerMessageAlone('what colour is the sky on mars, and when will it open?', kb).kind).toBe('none');
    // With another question answered, it is asked for on its own (with what "it" is), after the one that got no answer.
    const r = answerMessageAlone('what colour is the sky on mars? and when will it open? where is the deposit?', kb) as FactReply;
    expect(facts(r)).toEqual(['beylikova-location']);
    expect(r.unread).toEqual(['when will it open?']);
    expect(renderText(r)).toContain('Not in what I know: “what colour is the sky on mars?”\nAsk me this one on its own: “when will it open?”');
  });

  test('a pasted link\'s "?" does not cut a message', () => {
    const r = answerMessageAlone('where is the deposit https://example.com/page?id=3 and how big is it?', kb);
    expect(facts(r)).toEqual(facts(answerMessageAlone('where is the deposit and how big is it?', kb)));
    expect(facts(r)).toHaveLength(2);
  });

  test('an answer given once is not repeated for another question of the message', () => {
    const r = answerMessageAlone('when was the deposit discovered? and when was it found?', kb);
    const ids = facts(r);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('in a conversation, the first question follows on from the one before the message', () => {
    const previous = answerInContext('is byd building a plant in turkey?', undefined, kb).remember!;
    const r = answerMessage('and when? and where is the deposit?', previous, kb).reply as FactReply;
    // The whole message's words ask where the deposit is: that answer leads, and "and when?" is read on from BYD's plant.
    expect(facts(r)).toEqual(['beylikova-location', 'byd-ev-factory']);
    expect(r.also![0]!.readingAs).toBe('when is byd building a plant in turkey?');
  });

  test('a message asking one thing gets the reply it gets on its own; a message answered whole keeps its fact (every stored and eval question, and pairs of them)', () => {
    const corpus = curatedCorpus(kb);
    let single = 0;
    for (const q of corpus) {
      if (questionParts(q) !== null) continue;
      single++;
      expect(replyToJson(answerMessageAlone(q, kb))).toEqual(replyToJson(answerOnItsOwn(q, kb)));
    }
    expect(single).toBeGreaterThan(corpus.length * 0.9);
    // Two stored questions of different facts in one message: when the whole is answered, with the same fact.
    const firsts = kb.facts.map((f) => f.questions[0]!.replace(/\?$/u, ''));
    let pairs = 0;
    for (let i = 0; i < firsts.length; i++) {
      const j = (i * 7 + 3) % firsts.length;
      if (i === j) continue;
      const message = `${firsts[i]} and ${firsts[j]!.charAt(0).toLowerCase()}${firsts[j]!.slice(1)}?`;
      const whole = answerOnItsOwn(message, kb);
      const r = answerMessageAlone(message, kb);
      if (whole.kind === 'fact') expect(facts(r)[0]).toBe(whole.factId);
      if (r.kind === 'fact' && (r.also ?? []).length > 0) pairs++;
    }
    // Most such pairs get both answers.
    expect(pairs).toBeGreaterThan(firsts.length / 2);
  });
});
