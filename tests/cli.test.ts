/**
 * The CLI as real subprocesses (`node --import tsx src/cli.ts …` from the repo
 * root). Few processes, run concurrently: each one costs about half a second.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { renderText } from '../adapters/console/render.ts';
import { answer, weaklyReachedFacts, type KnowledgeBase } from '../src/engine/answer.ts';
import { replyToJson, type ReplyJson } from '../src/reply.ts';
import { describeCalibration, describeWeakReach } from '../src/cli.ts';
import { runCliProcess } from './helpers/cli.ts';
import { MINI_SOURCE, kbOf, lineOf, miniFiles, realKb, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { REPLY_JSON_KEYS } from './helpers/reply.ts';

const STORED = 'Where is the rare earth deposit?';
const USAGE_LINE = 'Usage: npm run -s factbot -- <command> [options]';

let real: KnowledgeBase;
let miniDir: string;
let mini: KnowledgeBase;
beforeAll(() => {
  real = realKb();
  miniDir = writeKnowledge(miniFiles());
  mini = kbOf(miniDir);
});
afterAll(removeTempDirs);

describe.concurrent('factbot CLI', { timeout: 60_000 }, () => {
  test('ask "q" prints the answer as a person reads it', async ({ expect }) => {
    const run = await runCliProcess(['ask', STORED]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const fact = real.facts.find((f) => f.questions.includes(STORED))!;
    expect(fact, `the real knowledge should store "${STORED}"`).toBeDefined();
    expect(run.stdout).toBe(`${renderText(answer(STORED, real))}\n`);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(fact.answer);
    expect(lines[1]).toMatch(/^Source: .+, paragraphs? [\d, ]+ \((high|medium|low) confidence\)$/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  test('ask --json "q" prints one JSON object with exactly the contract keys', async ({ expect }) => {
    const run = await runCliProcess(['ask', '--json', STORED]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const json = JSON.parse(lines[0]!) as ReplyJson;
    expect(Object.keys(json)).toEqual([...REPLY_JSON_KEYS]);
    const fact = real.facts.find((f) => f.questions.includes(STORED))!;
    expect(json).toMatchObject({ question: STORED, kind: 'fact', factId: fact.id, answer: fact.answer });
    expect(json.source).toMatchObject({ id: fact.citation.source, paragraphs: fact.citation.paragraphs });
    expect(json).toEqual(replyToJson(answer(STORED, real)));
  });

  test('ask --json: a message typed on lines lists, as asked, its questions that got no answer ("unanswered") and those not read ("unread")', async ({ expect }) => {
    const run = await runCliProcess(['ask', '--json', 'where is the deposit\nwhat colour is the sky on mars\nwhen will it open']);
    expect(run.code).toBe(0);
    const reply = JSON.parse(run.stdout) as ReplyJson;
    expect(reply).toMatchObject({ kind: 'fact', factId: 'beylikova-location', also: [], unanswered: ['what colour is the sky on mars'], unread: ['when will it open'] });
  });

  test('ask: a message of several questions gets each answer (JSON "also", in the same shape); the text shows each under the question it answers', async ({ expect }) => {
    const message = 'where is the deposit? how big is it?';
    const [json, text] = await Promise.all([runCliProcess(['ask', '--json', message]), runCliProcess(['ask', message])]);
    expect(json.code).toBe(0);
    const reply = JSON.parse(json.stdout) as ReplyJson;
    expect(reply).toMatchObject({ question: message, kind: 'fact', factId: 'beylikova-location' });
    expect(reply.also).toHaveLength(1);
    expect(Object.keys(reply.also[0]!)).toEqual([...REPLY_JSON_KEYS]);
    expect(reply.also[0]).toMatchObject({ question: 'how big is it?', kind: 'fact', factId: 'beylikova-size', readingAs: 'how big is the deposit?', also: [] });
    expect(reply).toMatchObject({ unanswered: [], unread: [] });
    expect(text.code).toBe(0);
    const location = real.facts[real.byId.get('beylikova-location')!]!.answer;
    const size = real.facts[real.byId.get('beylikova-size')!]!.answer;
    expect(text.stdout.indexOf(location)).toBeGreaterThanOrEqual(0);
    expect(text.stdout.indexOf('Reading this as: how big is the deposit?')).toBeGreaterThan(text.stdout.indexOf(location));
    expect(text.stdout.indexOf(size)).toBeGreaterThan(text.stdout.indexOf('Reading this as: how big is the deposit?'));
  });

  test('ask --json --previous "q" "follow-up" reads the follow-up after q; readingAs says how; batch mode takes no --previous', async ({ expect }) => {
    const [run, batch, alone] = await Promise.all([
      runCliProcess(['ask', '--json', '--previous', 'who is leading the delegation to China?', 'and when?']),
      runCliProcess(['ask', '--json', '--previous', 'who is leading the delegation to China?'], { stdin: 'and when?\n' }),
      runCliProcess(['ask', '--json'], { stdin: 'and when?\nwhen was the deposit found?\n' }),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ReplyJson;
    expect(Object.keys(json)).toEqual([...REPLY_JSON_KEYS]);
    expect(json).toMatchObject({ question: 'and when?', kind: 'fact', factId: 'october-delegation', readingAs: 'when is the delegation to China?' });
    // Without --previous the same words are read alone.
    expect(replyToJson(answer('and when?', real)).readingAs).toBeNull();
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('Usage: ask [--json] --previous "question" "follow-up"');
    // With nothing before it, "and when?" is not guessed at (alone its words match the discovery's date): declined,
    // asking for the whole question; a whole question on the next line is answered.
    const [first, second] = alone.stdout.trim().split('\n').map((l) => JSON.parse(l) as ReplyJson);
    expect(first).toMatchObject({ question: 'and when?', kind: 'none', factId: null });
    expect(first!.suggestions.length).toBeGreaterThan(0);
    expect(second).toMatchObject({ kind: 'fact', factId: 'beylikova-discovery' });
  });

  test('ask --json reads 2,000 lines from stdin and answers each, in order, in one process (KNOWLEDGE_DIR selects the folder)', async ({ expect }) => {
    const stored = mini.facts.flatMap((f) => f.questions.map((q) => ({ q, id: f.id })));
    const input: { line: string; id?: string }[] = [];
    for (let i = 0; i < 2000; i++) {
      const s = stored[i % stored.length]!;
      if (i === 7) input.push({ line: '' });
      else if (i === 8) input.push({ line: 'hi' });
      else if (i === 9) input.push({ line: 'Türkiye 😀 "quotes" \\ backslash' });
      else if (i % 2 === 0) input.push({ line: s.q, id: s.id });
      else input.push({ line: `${i}: ${s.q}` });
    }
    // The folder comes from KNOWLEDGE_DIR: the mini knowledge's fact ids prove it was used.
    const run = await runCliProcess(['ask', '--json'], { stdin: `${input.map((x) => x.line).join('\n')}\n`, env: { KNOWLEDGE_DIR: miniDir } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2000);
    lines.forEach((line, i) => {
      const json = JSON.parse(line) as ReplyJson;
      expect(Object.keys(json)).toEqual([...REPLY_JSON_KEYS]);
      expect(json.question).toBe(input[i]!.line);
      if (input[i]!.id) expect(json.factId, input[i]!.line).toBe(input[i]!.id);
    });
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'fact', source: { id: 'mini-report' } });
    expect(JSON.parse(lines[7]!)).toMatchObject({ kind: 'none', factId: null, source: null });
    expect(JSON.parse(lines[8]!)).toMatchObject({ kind: 'smalltalk' });
    expect(run.ms).toBeLessThan(30_000);
  });

  test('check on the real knowledge exits 0', async ({ expect }) => {
    const run = await runCliProcess(['check']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const k = real.knowledge;
    const [ok, calibration, ...rest] = run.stdout.split('\n');
    expect(ok).toBe(
      `OK: ${k.facts.length} facts from ${k.sources.size} source(s), ${k.synonyms.length} synonym groups (and ${k.synonymsTr!.length} Turkish), ` +
        `${k.intents.length} small-talk intents, in ${k.files.length} file(s); eval set OK.`,
    );
    expect(k.synonymsTr!.length).toBeGreaterThan(0);
    // The calibration made from the knowledge's own questions, with the same figures the engine holds.
    const c = real.calibration;
    expect(calibration).toBe(
      `Calibration: answer threshold ${c.threshold.toFixed(2)} (the runner-up's score counting ${c.runnerUpWeight.toFixed(1)} against the best one's), set for at most 5% wrong answers. On the knowledge's own questions ` +
        `(${c.samples.phrasings} stored questions each asked with itself left out, ${c.samples.factsLeftOut} facts left out in turn, ${c.samples.offTopic} off-topic questions): ` +
        `${Math.round(c.expected.right * 100)}% answered right, ${Math.round(c.expected.wrong * 100)}% wrong, ${Math.round(c.expected.declined * 100)}% declined; ` +
        `${Math.round(c.expected.outOfScopeDeclined * 100)}% of the questions it should decline declined.`,
    );
    // The Turkish index's own calibration, when the knowledge has Turkish; then perhaps notes: the facts new wordings may
    // not reach (exactly as describeWeakReach words them) and the Turkish eval set's questions equal to stored ones.
    const t = real.turkish;
    if (t) expect(rest[0]).toBe(`Turkish questions: ${describeCalibration(t.calibration)}`);
    const after = rest.slice(t ? 1 : 0).join('\n');
    const weak = weaklyReachedFacts(real);
    const reach = weak.length > 0 ? `${describeWeakReach(weak)}\n` : '';
    expect(after.startsWith(reach)).toBe(true);
    expect(after.slice(reach.length).split('\n').filter((line) => !line.startsWith('Note: '))).toEqual(['']);
  });

  test('check --knowledge <bad dir> exits 1 and prints every problem as file:line field: message', async ({ expect }) => {
    const bad =
      'source:\n  id: bad\n  title: T\n  description: D\nfacts:\n  - id: short\n    answer: A.\n' +
      '    questions: [One?, Two?]\n    citation:\n      source: nowhere\n      paragraphs: [1]\n';
    const dir = writeKnowledge(miniFiles({ 'bad.yaml': bad, 'broken.yaml': 'source:\n  id: x\n  title: a: b\n' }));
    const run = await runCliProcess(['check', '--knowledge', dir]);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      `${path.join(dir, 'bad.yaml')}:${lineOf(bad, 'questions:')} facts[0].questions: expected at least 3 entries`,
      `${path.join(dir, 'broken.yaml')}:3: YAML: Nested mappings are not allowed in compact mappings`,
      `2 problem(s) in the knowledge at ${dir}`,
      '',
    ]);
  });

  test('check names a stored question that reads as the same words as another fact\'s (stop words, stems and synonyms aside): the bot cannot tell them apart', async ({ expect }) => {
    const extra =
      'source:\n  id: extra\n  title: T\n  description: D\nfacts:\n  - id: deposit-rumour\n    answer: Some say the deposit is elsewhere.\n' +
      '    questions:\n      - Is the deposit elsewhere?\n      - where is the deposit, please?\n      - Do some say the deposit is elsewhere?\n    citation:\n      source: extra\n      paragraphs: [1]\n';
    const dir = writeKnowledge(miniFiles({ 'extra.yaml': extra }));
    const run = await runCliProcess(['check', '--knowledge', dir]);
    expect(run.code).toBe(1);
    // Files load in name order: the later of the two is named, with the earlier one it reads like.
    expect(run.stderr).toContain(
      `${path.join(dir, 'mini-report.yaml')}:${lineOf(MINI_SOURCE, 'Where is the deposit?')} facts[0].questions[0]: reads as the same words (deposit, where) as "where is the deposit, please?" of fact "deposit-rumour": the bot cannot tell them apart; reword one`,
    );
    // The shipped knowledge has none.
    const shipped = await runCliProcess(['check']);
    expect(shipped.stderr).not.toContain('reads as the same words');
  });

  test('eval prints top-1, recall@3 and abstention (and the misses)', async ({ expect }) => {
    // A small eval set over the mini knowledge, so the figures are exact: one deliberate miss.
    const evalDir = writeKnowledge({
      'eval.yaml': [
        'answerable:',
        '  - { q: where is that deposit, expect: deposit-location }',
        '  - { q: what size is the deposit, expect: deposit-size }',
        '  - { q: who did erdogan meet with, expect: erdogan-xi }',
        '  - { q: what is byd building now, expect: deposit-size }',
        'out_of_scope:',
        '  - What is the recipe for chocolate cake?',
        '  - How tall is the Eiffel tower?',
        '',
      ].join('\n'),
    });
    const evalFile = path.join(evalDir, 'eval.yaml');
    const run = await runCliProcess(['eval', '--knowledge', miniDir, '--eval', evalFile]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `Eval set: ${evalFile}`,
      '  top-1 accuracy        75.0%  (4 answerable questions)',
      '  recall@3              75.0%',
      '  out-of-scope declined 100.0%  (2 questions)',
    ]);
    expect(lines[4]).toMatch(/^Calibration: answer threshold \d\.\d\d \(the runner-up.s score counting 0\.\d against the best one.s\), set for at most 5% wrong answers\. /);
    expect(lines[5]).toBe('Misses (1):');
    expect(lines[6]).toMatch(/^ {2}"what is byd building now" {2}expected deposit-size, got byd-factory @ \d\.\d\d$/);
  });

  test('export --json lists every fact id and source', async ({ expect }) => {
    const run = await runCliProcess(['export', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as { sources: { id: string }[]; facts: { id: string; questions: string[]; file: string; line: number }[] };
    expect(data.facts.map((f) => f.id)).toEqual(real.facts.map((f) => f.id));
    expect(data.sources.map((s) => s.id)).toEqual([...real.knowledge.sources.keys()]);
    for (const f of data.facts) {
      expect(f.questions.length).toBeGreaterThanOrEqual(3);
      expect(f.file).toMatch(/^knowledge\/.+\.ya?ml$/);
      expect(f.line).toBeGreaterThan(0);
    }
  });

  test('an unknown command exits 2 with one line and a hint, not the whole usage', async ({ expect }) => {
    const run = await runCliProcess(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Unknown command "frobnicate".\nRun `npm run -s factbot -- help` for the commands and their options.\n');
    expect(run.stderr).not.toContain(USAGE_LINE);
  });
});
