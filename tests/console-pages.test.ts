/**
 * The web console's pages (src/http/console/), each handler called with a
 * ConsoleRequest and real deps: a temporary SQLite question log seeded
 * through the store's API, a copy of the mini knowledge in a temp dir served
 * by the real watcher, and src/learn.ts editing that copy. The HTTP server's
 * part (auth, CSRF, headers) is tested with the server.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { answer, createKnowledgeBase, factReach, isWeakReach, type KnowledgeBase } from '../src/engine/answer.ts';
import { watchKnowledge, type KnowledgeWatcher } from '../src/knowledge/watch.ts';
import type { ConsoleRequest } from '../src/http/console-types.ts';
import { daysBetween, describeChart, niceStep, questionsChart } from '../src/http/console/chart.ts';
import { createConsole, type ConsoleDeps } from '../src/http/console/index.ts';
import { escapeHtml, html, Html } from '../src/http/console/html.ts';
import { flashFrom, flashParams } from '../src/http/console/layout.ts';
import { openSqliteQuestionLog, type SqliteQuestionLog } from '../src/store/sqlite.ts';
import type { AnswerEntry } from '../src/store/types.ts';
import { loadOk, makeTempDir, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';

const NOW = new Date('2030-06-30T15:00:00Z');
const CSRF = 'csrf-token-for-tests';
const HOSTILE = `<img src=x onerror="alert(1)">'&"`;

function get(pathname: string, query: Record<string, string> = {}): ConsoleRequest {
  return { method: 'GET', path: pathname, query: new URLSearchParams(query), form: new URLSearchParams(), csrfToken: CSRF };
}
function post(pathname: string, form: Record<string, string>): ConsoleRequest {
  return { method: 'POST', path: pathname, query: new URLSearchParams(), form: new URLSearchParams(form), csrfToken: CSRF };
}
const text = (body: string | Buffer) => (typeof body === 'string' ? body : body.toString('utf8'));
/** One of the chart's two drawings. */
function drawingOf(page: string, name: 'wide' | 'narrow'): string {
  const start = page.indexOf(`<svg class="chart-svg chart-${name}"`);
  expect(start, name).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</svg>', start));
}
/** The flash a redirect carries, as the next GET would show it. */
function flashOf(location: string | undefined) {
  expect(location).toBeDefined();
  return flashFrom(new URL(location!, 'http://console.test').searchParams, CSRF);
}

let seq = 0;
function entry(over: Partial<AnswerEntry> & { at: Date }): AnswerEntry {
  seq++;
  return {
    id: randomUUID(),
    platform: 'slack',
    user: `u${seq % 3}`,
    channelKind: 'channel',
    via: 'ask',
    question: 'Where is the deposit?',
    kind: 'fact',
    factId: 'deposit-location',
    confidence: 0.95,
    latencyMs: 2,
    ...over,
  };
}

describe('escapeHtml and the html template', () => {
  test('hostile text comes out inert', () => {
    expect(escapeHtml(HOSTILE)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;&quot;');
    expect(escapeHtml('</script><script>alert(1)</script>')).not.toMatch(/[<>]/);
    expect(escapeHtml('a\u0000b\u001Fc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    // Already escaped text is escaped again: what is shown is what was typed.
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  test('no character that ends a text node or a quoted attribute survives, and decoding gives the text back', () => {
    const decode = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(lt|gt|quot|#39|amp);)/);
        if (!/[\uD800-\uDFFF]/.test(s) && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s)) expect(decode(out)).toBe(s);
      }),
    );
  });

  test('the template escapes what it is given, keeps its own markup, flattens lists and drops empty values', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${HOSTILE}">${HOSTILE}${inner}${[1, '<', null, undefined, false]}</p>`.value).toBe(
      `<p title="${escapeHtml(HOSTILE)}">${escapeHtml(HOSTILE)}<b>&lt;i&gt;</b>1&lt;</p>`,
    );
    expect(new Html('<x>').toString()).toBe('<x>');
  });
});

describe('the chart', () => {
  test('steps are 1, 2 or 5 times a power of ten, whole, and fit the maximum in about four gridlines', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (max) => {
        const step = niceStep(max);
        expect(Number.isInteger(step)).toBe(true);
        expect(String(step)).toMatch(/^[125]0*$/);
        expect(Math.ceil(max / step)).toBeLessThanOrEqual(Math.max(4, max));
      }),
    );
  });

  test('days between two instants are every UTC day, both ends included', () => {
    expect(daysBetween(new Date('2030-02-27T23:00:00Z'), new Date('2030-03-02T01:00:00Z'))).toEqual(['2030-02-27', '2030-02-28', '2030-03-01', '2030-03-02']);
  });

  test('bars are stacked in proportion, each with a hover title, and the figures are in the text alternative', () => {
    const days = [
      { day: '2030-06-01', answered: 6, smalltalk: 2, declined: 2 },
      { day: '2030-06-02', answered: 0, smalltalk: 0, declined: 0 },
      { day: '2030-06-03', answered: 3, smalltalk: 0, declined: 1 },
    ];
    const chart = questionsChart(days, 'Questions <per> day').value;
    const svg = drawingOf(chart, 'wide');
    const heights = [...svg.matchAll(/<rect class="seg seg-(\w+)"[^>]* height="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])] as const);
    expect(heights.map((h) => h[0])).toEqual(['answered', 'smalltalk', 'declined', 'answered', 'declined']);
    const [a1, s1, d1, a3, d3] = heights.map((h) => h[1]);
    expect(a1! / s1!).toBeCloseTo(3, 1);
    expect(s1).toBeCloseTo(d1!, 5);
    expect(a3! / d3!).toBeCloseTo(3, 1);
    expect(a1! + s1! + d1!).toBeCloseTo((a3! + d3!) * 2.5, 0);
    // No bar for an empty day, but its row in the table.
    expect(svg.match(/<g class="bar"/g)).toHaveLength(2);
    expect(svg).toContain('<title>2030-06-01: 10 question(s) — 6 answered, 2 small talk, 2 declined</title>');
    expect(chart).toContain('<th scope="row">2030-06-02</th><td>0</td><td>0</td><td>0</td><td>0</td>');
    expect(svg).toContain('<title id="chart-wide-title">Questions &lt;per&gt; day</title>');
    expect(svg).toMatch(/role="img" aria-labelledby="chart-wide-title chart-wide-desc"/);
    // The phone's drawing: the same bars, in proportion too, under its own ids.
    const narrow = drawingOf(chart, 'narrow');
    expect(narrow.match(/<g class="bar"/g)).toHaveLength(2);
    expect(narrow).toMatch(/role="img" aria-labelledby="chart-narrow-title chart-narrow-desc"/);
    const nh = [...narrow.matchAll(/<rect class="seg[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(nh[0]! / nh[3]!).toBeCloseTo(2, 1);
    // The legend names the three series.
    for (const label of ['answered', 'small talk', 'declined']) expect(svg).toContain(`>${label}</text>`);
    expect(describeChart(days)).toBe('14 questions over 3 days: 9 answered (64%), 2 small talk (14%), 3 declined (21%); the busiest day was 2030-06-01 with 10.');
    expect(describeChart([days[1]!])).toBe('No questions in the 1 days shown.');
  });
});

describe('the console pages', () => {
  let dir: string;
  let log: SqliteQuestionLog;
  let watcher: KnowledgeWatcher<KnowledgeBase>;
  let deps: ConsoleDeps;
  let handle: ReturnType<typeof createConsole>;
  let reloads: number;

  beforeAll(async () => {
    dir = writeKnowledge(miniFiles());
    watcher = watchKnowledge({ dir, initial: createKnowledgeBase(loadOk(dir)), build: (k) => createKnowledgeBase(k), debounceMs: 60_000, maxWaitMs: 60_000 });
    log = openSqliteQuestionLog(path.join(makeTempDir(), 'log.sqlite'));
    const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(2030, 5, 30 - daysAgo, hour));
    // 40 days of questions: inside the 7-day window 5 answered (one a click), 1 small talk, 3 declined.
    const answered = [
      entry({ at: at(0), latencyMs: 1 }),
      entry({ at: at(1), latencyMs: 3, factId: 'deposit-size', question: 'How big is it?' }),
      entry({ at: at(2), latencyMs: 5 }),
      entry({ at: at(3), latencyMs: 7, via: 'fact', factId: 'byd-factory', question: 'What is BYD building?' }),
      entry({ at: at(6), latencyMs: 9 }),
    ];
    const rest = [
      entry({ at: at(1, 11), kind: 'smalltalk', factId: null, question: 'hi', confidence: 1, latencyMs: 2 }),
      entry({ at: at(0, 12), kind: 'none', factId: null, question: 'what is the price of neodymium', confidence: 0.1, latencyMs: 4 }),
      entry({ at: at(2, 12), kind: 'none', factId: null, question: 'neodymium price?', confidence: 0.1, latencyMs: 4 }),
      entry({ at: at(4, 12), kind: 'none', factId: null, question: HOSTILE, confidence: 0.1, latencyMs: 4 }),
      // Outside 7 days, inside 30.
      entry({ at: at(10), kind: 'none', factId: null, question: 'what factory makes the batteries', confidence: 0.1, latencyMs: 30 }),
      entry({ at: at(12), kind: 'none', factId: null, question: 'which factory makes batteries', confidence: 0.1, latencyMs: 30 }),
      entry({ at: at(20), kind: 'none', factId: null, question: 'does turkey have lithium', confidence: 0.1, latencyMs: 30 }),
      entry({ at: at(20, 11), factId: 'erdogan-xi', question: 'Who did Erdoğan meet?', latencyMs: 30 }),
      // Outside 30 days.
      entry({ at: at(40), factId: 'discovery-date', question: 'When was the deposit found?', latencyMs: 30 }),
    ];
    for (const e of [...answered, ...rest]) await log.recordAnswer(e);
    await log.recordVote({ answerId: answered[0]!.id, user: 'a', vote: 'up', at: at(0) });
    await log.recordVote({ answerId: answered[2]!.id, user: 'a', vote: 'down', at: at(2) });
    await log.recordVote({ answerId: answered[4]!.id, user: 'b', vote: 'up', at: at(6) });
  });
  beforeEach(() => {
    reloads = 0;
    deps = {
      knowledge: watcher.current,
      knowledgeDir: dir,
      log,
      reload: () => {
        reloads++;
        return watcher.reload();
      },
      now: () => NOW,
    };
    handle = createConsole(deps);
  });
  afterAll(async () => {
    watcher.close();
    await log.close();
    removeTempDirs();
  });

  /** Every page: a whole document, the stylesheet, no inline style or script, the CSRF token in every form. */
  function checkPage(body: string) {
    expect(body).toMatch(/^<!doctype html>/);
    expect(body).toContain('<link rel="stylesheet" href="/admin/assets/console.css">');
    expect(body).toContain('<a class="skip-link" href="#main">');
    expect(body).toContain('<form method="post" action="/admin/logout" class="logout">');
    // Attribute values emptied first: escaped text inside one (a question) is not an attribute.
    expect(body.replace(/"[^"]*"/g, '""')).not.toMatch(/<style|<script|<[^>]*\s(style|on[a-z]+)=/i);
    const forms = body.match(/<form method="post"[\s\S]*?<\/form>/g) ?? [];
    for (const f of forms) expect(f).toContain(`<input type="hidden" name="_csrf" value="${CSRF}">`);
    // Every input has a label, or is hidden.
    for (const m of body.matchAll(/<input ([^>]*)>/g)) {
      if (/type="hidden"/.test(m[1]!)) continue;
      const id = /id="([^"]+)"/.exec(m[1]!)?.[1];
      expect(id, m[0]).toBeDefined();
      expect(body).toContain(`<label for="${id}">`);
    }
  }

  test('overview: the window\'s figures, one bar per day with questions, the top facts with their votes', async () => {
    const r = await handle(get('/', { days: '7' }));
    expect(r.status).toBe(200);
    expect(r.headers?.['content-type']).toBe('text/html; charset=utf-8');
    const body = text(r.body);
    checkPage(body);
    expect(body).toContain('<a href="/admin/" aria-current="page">Overview</a>');
    expect(body).toContain('<a href="/admin/?days=7" aria-current="true">7 days</a>');
    // 9 questions in 7 days; of 8 typed, 4 answered and 3 declined.
    expect(body).toContain('<dt>Questions</dt><dd>9</dd>');
    expect(body).toContain('<dt>Answered</dt><dd>50%</dd>');
    expect(body).toContain('<dt>Declined</dt><dd>38%</dd>');
    // Latencies 1,3,5,7,9,2,4,4,4 ms: median 4, p95 9.
    expect(body).toContain('<dt>Latency p50</dt><dd>4.0 ms</dd>');
    expect(body).toContain('<dt>Latency p95</dt><dd>9.0 ms</dd>');
    // Seven rows in the hidden table, six days with bars (day 5 had none).
    expect(body.match(/<tr><th scope="row">2030-06-\d\d<\/th>/g)).toHaveLength(7);
    expect(drawingOf(body, 'wide').match(/<g class="bar"/g)).toHaveLength(6);
    expect(body).toContain('<th scope="row">2030-06-27</th><td>1</td><td>0</td><td>0</td><td>1</td>');
    // deposit-location: 3 answers, one 👍 and one 👎 on them (the third vote is on another of its answers).
    expect(body).toMatch(/<a href="\/admin\/facts\?q=deposit-location">deposit-location<\/a><\/th><td>3<\/td><td>2<\/td><td>1<\/td>/);
    expect(body).not.toContain('erdogan-xi');

    const month = text((await handle(get('/', { days: '30' }))).body);
    expect(month).toContain('<dt>Questions</dt><dd>13</dd>');
    expect(month).toContain('erdogan-xi');
    expect(month.match(/<tr><th scope="row">2030-\d\d-\d\d<\/th>/g)).toHaveLength(30);
    // Anything else is the default window.
    expect(text((await handle(get('/', { days: '"><script>' }))).body)).toContain('aria-current="true">30 days</a>');
  });

  test('overview without a question log says so', async () => {
    const r = await createConsole({ ...deps, log: null })(get('/'));
    expect(r.status).toBe(200);
    expect(text(r.body)).toContain('Questions are not logged');
  });

  /** The learn buttons of one group on the gaps page: the candidates' fact ids, in order. */
  function candidatesOf(body: string, heading: string): string[] {
    const start = body.indexOf(heading);
    expect(start, heading).toBeGreaterThan(-1);
    const group = body.slice(start, body.indexOf('</article>', start));
    return [...group.matchAll(/name="fact" value="([a-z0-9-]+)">\s*<button type="submit" class="learn">/g)].map((m) => m[1]!);
  }

  test('gaps: groups with their phrasings, top 3 candidates with scores and the three actions; hostile questions escaped', async () => {
    const r = await handle(get('/gaps', { days: '30' }));
    expect(r.status).toBe(200);
    const body = text(r.body);
    checkPage(body);
    // The most asked phrasing names the group (a tie: the first in order); the newest group first among equals.
    expect(body).toContain('<h3 id="gap-0">“neodymium price?”</h3>');
    expect(body).toContain('<h3 id="gap-1">“what factory makes the batteries”</h3>');
    expect(body).toContain('<ul class="phrasings" aria-label="How it was asked"><li>neodymium price? <span class="count">×1</span></li><li>what is the price of neodymium <span class="count">×1</span></li></ul>');
    expect(body).toContain('Asked 2 time(s): 2 without an answer, 0 with low confidence');
    expect(body).toContain(`“${escapeHtml(HOSTILE)}”`);
    expect(body).not.toContain(HOSTILE);
    // A datalist of every fact id, for the pick-a-fact inputs.
    for (const id of ['deposit-location', 'deposit-size', 'turkey-exports', 'byd-factory', 'erdogan-xi', 'discovery-date']) expect(body).toContain(`<option value="${id}">`);
    expect(body).toMatch(/<input id="pick-g0" name="fact" list="fact-ids"/);
    expect(body).toContain('action="/admin/gaps/out-of-scope"');
    // A question sharing no word with the knowledge has no candidate; one that does has at most three, each with its score.
    expect(candidatesOf(body, 'id="gap-0"')).toEqual([]);
    const candidates = candidatesOf(body, 'id="gap-1"');
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(3);
    expect(candidates[0]).toBe('byd-factory');
    expect(body).toMatch(/<strong>byd-factory<\/strong><\/button>\s*<span class="score" title="ranking score">0\.\d\d<\/span>/);
    // The 👎 fact, with the question that led to it: a stored question, so nothing to learn.
    expect(body).toContain('<a href="/admin/facts?q=deposit-location">deposit-location</a>');
    expect(body).toContain('<li>Where is the deposit? <span class="count">×1</span></li>');
    expect(body).toContain('“Where is the deposit?” is already decided');
    // A shorter window leaves older groups out.
    expect(text((await handle(get('/gaps', { days: '7' }))).body)).not.toContain('factory makes');
  });

  test('gaps: a follow-up shows as the question it was read as, with what was typed; one asked with nothing before it is only counted', async () => {
    const own = openSqliteQuestionLog(path.join(makeTempDir(), 'log.sqlite'));
    try {
      const at = new Date(NOW.getTime() - 3_600_000);
      const reading = 'who makes the batteries for the factory?';
      await own.recordAnswer(entry({ at, kind: 'none', factId: null, question: 'and who makes the batteries', confidence: 0.1, readingAs: reading, readingQuestion: reading }));
      for (let i = 0; i < 2; i++) await own.recordAnswer(entry({ at, kind: 'none', factId: null, question: 'and when?', confidence: 0.2 }));
      const body = text((await createConsole({ ...deps, log: own })(get('/gaps', { days: '7' }))).body);
      checkPage(body);
      expect(body).toContain(`<h3 id="gap-0">“${reading}”</h3>`);
      expect(body).toContain(`<li>${reading} <span class="count">×1</span> <span class="note">(typed &quot;and who makes the batteries&quot; after another question)</span></li>`);
      // The actions learn the whole question, not what was typed.
      expect(body).toContain(`name="question" value="${reading}"`);
      expect(body).not.toContain('id="gap-1"');
      expect(body).toContain('Not counted: 2 follow-up(s) such as “and when?” asked with no question before them');
    } finally {
      await own.close();
    }
  });

  test('learning a gap for a candidate edits the knowledge copy, reloads it at once, redirects with a flash and hides the group', async () => {
    const question = 'what factory makes the batteries';
    const fact = candidatesOf(text((await handle(get('/gaps', { days: '30' }))).body), 'id="gap-1"')[0]!;
    const before = answer(question, watcher.current());
    expect(before.kind === 'fact' ? before.factId : null).not.toBe(fact);
    const r = await handle(post('/gaps/learn', { _csrf: CSRF, question, fact, days: '30' }));
    expect(r.status).toBe(303);
    expect(r.headers?.location).toMatch(/^\/admin\/gaps\?days=30&flash=/);
    const flash = flashOf(r.headers?.location);
    expect(flash?.kind, flash?.text).toBe('ok');
    expect(flash?.text).toContain(fact);
    expect(reloads).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'mini-report.yaml'), 'utf8')).toContain(question);
    const reply = answer(question, watcher.current());
    expect(reply.kind === 'fact' && reply.factId).toBe(fact);
    // The flash shows on the page the redirect leads to; the decided group is gone.
    const next = text((await handle(get('/gaps', Object.fromEntries(new URL(r.headers!.location!, 'http://x').searchParams)))).body);
    expect(next).toContain('<p class="flash flash-ok" role="status">');
    expect(next).not.toMatch(/<h3 id="gap-\d+">“what factory makes the batteries”/);
    expect(next).toContain('(1 already decided)');
  });

  test('marking a gap out of scope records it and hides the group', async () => {
    const r = await handle(post('/gaps/out-of-scope', { _csrf: CSRF, question: HOSTILE, days: '7' }));
    expect(r.status).toBe(303);
    const flash = flashOf(r.headers?.location);
    expect(flash?.kind, flash?.text).toBe('ok');
    expect(reloads).toBe(1);
    expect(watcher.current().knowledge.outOfScope).toContain(HOSTILE);
    const next = text((await handle(get('/gaps', { days: '7' }))).body);
    expect(next).not.toContain(`“${escapeHtml(HOSTILE)}”`);
  });

  test('refusals come back as an error flash and change nothing', async () => {
    const before = fs.readFileSync(path.join(dir, 'mini-report.yaml'), 'utf8');
    const cases = [
      post('/gaps/learn', { _csrf: CSRF, question: '', fact: 'deposit-size' }),
      post('/gaps/learn', { _csrf: CSRF, question: 'how much ore is there', fact: '' }),
      post('/gaps/learn', { _csrf: CSRF, question: 'how much ore is there', fact: 'no-such-fact' }),
      // Already a stored question of another fact: learn.ts refuses and names it.
      post('/gaps/learn', { _csrf: CSRF, question: 'Where is the deposit?', fact: 'deposit-size' }),
      post('/gaps/learn', { _csrf: CSRF, question: 'x'.repeat(501), fact: 'deposit-size' }),
    ];
    for (const req of cases) {
      const r = await handle(req);
      expect(r.status).toBe(303);
      const flash = flashOf(r.headers?.location);
      expect(flash?.kind, flash?.text).toBe('error');
      expect(flash?.text).toMatch(/^Nothing learned: /);
    }
    expect(reloads).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'mini-report.yaml'), 'utf8')).toBe(before);
    // A flash is shown only when this console signed it for this session, and then escaped, on one line, capped.
    const long = { kind: 'error' as const, text: `${HOSTILE}\n${'y'.repeat(1000)}` };
    const signed = text((await handle(get('/gaps', flashParams(long, CSRF)))).body);
    expect(signed).toContain(`<p class="flash flash-error" role="alert">${escapeHtml(HOSTILE)} yyy`);
    expect(signed).not.toContain('y'.repeat(400));
    const forged: Record<string, string>[] = [
      { flash: 'Your session expired: log in again at evil.example', flashKind: 'error' },
      { ...flashParams({ kind: 'ok', text: 'Learned it.' }, 'another-session-token'), flash: 'Learned it.' },
      { ...flashParams({ kind: 'ok', text: 'Learned it.' }, CSRF), flash: 'Learned it!' },
      { ...flashParams({ kind: 'ok', text: 'Learned it.' }, CSRF), flashKind: 'error' },
    ];
    for (const query of forged) expect(text((await handle(get('/gaps', query))).body)).not.toContain('class="flash');
  });

  test('a reload that fails after learning says so', async () => {
    const failing = createConsole({
      ...deps,
      learner: { learnPhrasing: async () => ({ ok: true, message: 'Added it.' }), learnOutOfScope: async () => ({ ok: true, message: 'Added it.' }) },
      reload: () => ({ kind: 'failed', at: NOW, ms: 1, errors: [{ file: 'k/x.yaml', line: 3, field: 'facts[0].answer', message: 'expected text' }] }),
    });
    const flash = flashOf((await failing(post('/gaps/out-of-scope', { question: 'q' }))).headers?.location);
    expect(flash).toEqual({ kind: 'error', text: expect.stringContaining('did not reload (1 problem(s), first: k/x.yaml:3 facts[0].answer: expected text)') });
  });

  test('facts: search, answer, stored questions, related, citation, votes and when last asked', async () => {
    const all = text((await handle(get('/facts'))).body);
    checkPage(all);
    expect(all.match(/<article class="fact"/g)).toHaveLength(6);
    const r = text((await handle(get('/facts', { q: 'eskisehir' }))).body);
    expect(r).toContain('1 of 6 fact(s) match “eskisehir”.');
    expect(r).toContain('<h2 id="fact-deposit-location-h">deposit-location</h2>');
    expect(r).toContain('<li>Which city is the deposit near?</li>');
    expect(r).toContain('<a href="/admin/facts?q=deposit-size">deposit-size</a>');
    expect(r).toContain('A mini report on Beylikova, paragraph(s) 1, 2');
    expect(r).toContain('<dt>Answered</dt><dd>3 time(s)</dd>');
    expect(r).toMatch(/👍<\/span> 2 <span aria-label="thumbs down">👎<\/span> 1/);
    expect(r).toContain('<dt>Last asked</dt><dd>2030-06-30 10:00 UTC</dd>');
    // Its reach, as check measures it: how many of its stored questions, each asked with itself left out, find it.
    const reach = factReach(deps.knowledge()).find((x) => x.factId === 'deposit-location' && x.language === 'en')!;
    expect(r).toMatch(new RegExp(`<dt>Reach</dt><dd>(<strong class="weak">)?${reach.right} of ${reach.asked}(: add questions worded differently</strong>)?(; [^<]*)? of its stored questions, each asked with itself left out, find it</dd>`));
    expect(r.includes('class="weak"')).toBe(isWeakReach(reach));
    // A fact whose own questions do not find one another is marked for more questions worded differently.
    const weak = factReach(deps.knowledge()).filter(isWeakReach);
    expect(weak.length).toBeGreaterThan(0);
    const page = text((await handle(get('/facts', { q: weak[0]!.factId }))).body);
    expect(page).toContain(`<dt>Reach</dt><dd><strong class="weak">${weak[0]!.right} of ${weak[0]!.asked}: add questions worded differently</strong> of its stored questions`);
    const hostile = text((await handle(get('/facts', { q: HOSTILE }))).body);
    expect(hostile).not.toContain(HOSTILE);
    expect(hostile).toContain(`value="${escapeHtml(HOSTILE)}"`);
    expect(hostile).toContain('0 of 6 fact(s) match');
  });

  test('try: the decision, the words, the candidates with their signals and the threshold', async () => {
    const r = text((await handle(get('/try', { q: 'where is the deposit' }))).body);
    checkPage(r);
    expect(r).toContain('<h2 id="decision-h">Decision: answered</h2>');
    expect(r).toMatch(/<tr class="chosen"><th scope="row"><a href="\/admin\/facts\?q=deposit-location">deposit-location<\/a><\/th>(<td>\d\.\d\d<\/td>){5}<td>(fits|×[\d.]+)<\/td><\/tr>/);
    expect(r).toContain(`threshold <strong>${watcher.current().calibration.threshold.toFixed(2)}</strong>`);
    expect(r).toContain('<th scope="col">coverage</th>');
    const declined = text((await handle(get('/try', { q: `${HOSTILE} quantum zebra` }))).body);
    expect(declined).toContain('Decision: declined');
    expect(declined).not.toContain(HOSTILE);
    expect(declined).toContain('unknown to the knowledge');
    // Words joined into a name as dictation writes it say so in the table (`heard`: spoken.ts).
    expect(text((await handle(get('/try', { q: 'where is the dee posit' }))).body)).toContain('<td>heard as “dee posit”</td>');
    expect(text((await handle(get('/try'))).body)).toContain('<input id="try-q" name="q" type="search" value=""');
  });

  test('try: a message of several questions shows each answer under the question it answers', async () => {
    const r = text((await handle(get('/try', { q: 'where is the deposit? how big is it?' }))).body);
    checkPage(r);
    expect(r).toContain('The message asks several questions: each is answered on its own');
    expect(r).toContain('<p class="reading">Reading this as: how big is the deposit?</p>');
    expect(r).toContain('<a href="/admin/facts?q=deposit-size">deposit-size</a>, confidence');
    const part = text((await handle(get('/try', { q: `how big is the deposit? what colour is ${HOSTILE} on mars?` }))).body);
    checkPage(part);
    expect(part).toContain('<p class="note">Not in what I know: “what colour is');
    expect(part).not.toContain(HOSTILE);
  });

  test('try: a bare follow-up says the bot asks for the whole question, and what its words alone would get', async () => {
    const r = text((await handle(get('/try', { q: 'and when?' }))).body);
    checkPage(r);
    expect(r).toContain('<h2 id="decision-h">Decision: asks for the whole question</h2>');
    expect(r).toMatch(/“and when\?” does not stand on its own: asked first, the bot asks for the whole question; in a conversation it is read with the question before it\. What its words alone would get \((answered|declined)\)/);
    expect(r).toContain('Could you ask the whole question?');
  });

  test('the stylesheet, unknown paths and wrong methods', async () => {
    const css = await handle(get('/assets/console.css'));
    expect(css.status).toBe(200);
    expect(css.headers?.['content-type']).toBe('text/css; charset=utf-8');
    expect(text(css.body)).toContain(':focus-visible');
    const missing = await handle(get(`/nope${HOSTILE}`));
    expect(missing.status).toBe(404);
    expect(text(missing.body)).not.toContain(HOSTILE);
    expect((await handle(post('/facts', {}))).status).toBe(405);
    expect((await handle(get('/gaps/learn'))).status).toBe(405);
    expect((await handle(get('/gaps/learn'))).headers?.allow).toBe('POST');
  });

  test('a log that cannot be read gives a page that says so', async () => {
    const broken = createConsole({ ...deps, log: { questions: () => Promise.reject(new Error('database is locked')), votes: () => Promise.resolve([]) } });
    const r = await broken(get('/'));
    expect(r.status).toBe(503);
    expect(text(r.body)).toContain('This page could not be built: database is locked');
  });
});
