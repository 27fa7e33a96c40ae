/**
 * The facts page (`/facts`, `?q=` to search): every fact with its answer,
 * stored questions, related facts, citation, 👍/👎 and when it was last asked,
 * the log's figures over the last {@link FACTS_WINDOW_DAYS} days, and its
 * reach (how many of its own questions, asked anew, find it: the facts that
 * need questions worded differently, as `check` names them).
 */
import { factReach, isWeakReach, type FactReach, type KnowledgeBase } from '../../engine/answer.ts';
import type { LoadedFact } from '../../knowledge/load.ts';
import { buildStatsReport } from '../../reports/stats.ts';
import { questionKey } from '../../text/normalize.ts';
import type { ConsoleRequest } from '../console-types.ts';
import type { ConsoleDeps } from './deps.ts';
import { html, href, join, type Html } from './html.ts';
import { windowStart } from './window.ts';

/** How far back the facts page looks for answers, votes and the last time asked: the longest window the overview offers. */
export const FACTS_WINDOW_DAYS = 90;
/** Longest search text read (a search is words, not a document). */
export const MAX_SEARCH = 200;

/** Facts matching a search: every word of it (folded like questions: case, accents, punctuation) in the fact's id, answer, questions or keywords. */
export function searchFacts(kb: KnowledgeBase, q: string): LoadedFact[] {
  const wanted = questionKey(q.slice(0, MAX_SEARCH)).split(' ').filter(Boolean);
  if (wanted.length === 0) return [...kb.facts];
  return kb.facts.filter((f) => {
    const text = ` ${questionKey([f.id.replace(/-/g, ' '), f.id, f.answer, ...f.questions, ...f.keywords].join(' '))} `;
    return wanted.every((w) => text.includes(w));
  });
}

interface FactUse {
  answers: number;
  up: number;
  down: number;
  lastAsked: Date | null;
}

/** "12 of 19": how many of the fact's stored questions, each asked with itself left out, find it (see src/engine/reach.ts). */
function reachLine(reach: readonly FactReach[]): Html {
  if (reach.length === 0) return html`not measured`;
  const parts = reach.map((r) => {
    const figure = `${r.right} of ${r.asked}${r.language === 'tr' ? ' (Turkish)' : ''}`;
    return isWeakReach(r) ? html`<strong class="weak">${figure}: add questions worded differently</strong>` : html`${figure}`;
  });
  return html`${join(parts, "; ")} of its stored questions, each asked with itself left out, find it`;
}

function factCard(f: LoadedFact, kb: KnowledgeBase, use: FactUse | undefined, reach: readonly FactReach[], base: string): Html {
  const source = kb.knowledge.sources.get(f.citation.source);
  const title = source?.title ?? f.citation.source;
  const related = f.related.map((id) => html`<li><a href="${href(base, '/facts', { q: id })}">${id}</a></li>`);
  return html`<article class="fact" id="fact-${f.id}" aria-labelledby="fact-${f.id}-h">
<h2 id="fact-${f.id}-h">${f.id}</h2>
<p class="answer">${f.answer}</p>
<dl class="fact-meta">
<div><dt>Answered</dt><dd>${use?.answers ?? 0} time(s)</dd></div>
<div><dt>Votes</dt><dd><span aria-label="thumbs up">👍</span> ${use?.up ?? 0} <span aria-label="thumbs down">👎</span> ${use?.down ?? 0}</dd></div>
<div><dt>Last asked</dt><dd>${use?.lastAsked ? `${use.lastAsked.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'not in this window'}</dd></div>
<div><dt>Citation</dt><dd>${source?.url ? html`<a href="${source.url}" rel="noreferrer noopener">${title}</a>` : title}, paragraph(s) ${f.citation.paragraphs.join(', ')}</dd></div>
<div><dt>Reach</dt><dd>${reachLine(reach)}</dd></div>
<div><dt>File</dt><dd><code>${f.file}:${f.line}</code></dd></div>
</dl>
<h3>Stored questions (${f.questions.length})</h3>
<ul class="questions">${f.questions.map((q) => html`<li>${q}</li>`)}</ul>
${related.length > 0 ? html`<h3>Related</h3><ul class="related">${related}</ul>` : ''}
</article>`;
}

export async function factsPage(req: ConsoleRequest, deps: ConsoleDeps, base: string): Promise<{ title: string; body: Html }> {
  const kb = deps.knowledge();
  const q = (req.query.get('q') ?? '').slice(0, MAX_SEARCH);
  const now = (deps.now ?? (() => new Date()))();
  const since = windowStart(now, FACTS_WINDOW_DAYS);
  const uses = new Map<string, FactUse>();
  if (deps.log) {
    const [questions, votes] = await Promise.all([deps.log.questions({ since }), deps.log.votes({ since })]);
    // Answers and votes per fact are the stats report's; only the last time asked is worked out here.
    for (const f of buildStatsReport(questions, votes, { since, until: now, topFacts: Infinity }).topFacts) uses.set(f.factId, { ...f, lastAsked: null });
    for (const x of questions) {
      const u = x.kind === 'fact' && x.factId !== null ? uses.get(x.factId) : undefined;
      if (u && (u.lastAsked === null || x.at > u.lastAsked)) u.lastAsked = x.at;
    }
  }
  const found = searchFacts(kb, q);
  const form = html`<form method="get" action="${base}/facts" class="search" role="search">
<label for="facts-q">Search facts</label>
<input id="facts-q" name="q" type="search" value="${q}" maxlength="${MAX_SEARCH}">
<button type="submit">Search</button>
</form>`;
  const count = q.trim()
    ? html`<p role="status">${found.length} of ${kb.facts.length} fact(s) match “${q}”.${found.length > 0 ? '' : html` <a href="${href(base, '/try', { q })}">Ask it on the Try page</a> to see the closest facts.`}</p>`
    : html`<p>${kb.facts.length} fact(s). Answers, votes and the last time asked are over the last ${FACTS_WINDOW_DAYS} days${deps.log ? '' : ' (questions are not logged)'}.</p>`;
  // Per fact, its reach in each language (one pass: a large knowledge base has many facts).
  const reach = new Map<string, FactReach[]>();
  for (const r of factReach(kb)) reach.set(r.factId, [...(reach.get(r.factId) ?? []), r]);
  return { title: 'Facts', body: html`${form}${count}${join(found.map((f) => factCard(f, kb, uses.get(f.id), reach.get(f.id) ?? [], base)))}` };
}
