/**
 * The gaps page (`/gaps`): the groups of the `gaps` report (src/reports/gaps.ts),
 * most asked first, each with its phrasings and counts, the bot's top 3
 * candidate facts with their scores, and the same three actions as `review`:
 * learn the question for a candidate, for a fact picked by id, or mark it out
 * of scope. The actions are POST forms handled by actions.ts. Groups whose
 * question is already decided (a stored question of a fact, or out of scope)
 * are not shown again. The facts with 👎 follow, with the questions behind them.
 */
import { rank, type KnowledgeBase } from '../../engine/answer.ts';
import { buildGapsReport, followupNote, GAPS, type GapGroup, type Phrasing } from '../../reports/gaps.ts';
import { questionKey } from '../../text/normalize.ts';
import type { ConsoleRequest } from '../console-types.ts';
import type { ConsoleDeps } from './deps.ts';
import { html, href, join, type Html } from './html.ts';
import { windowFrom, windowLinks, windowStart, type WindowDays } from './window.ts';

/** Candidate facts offered per group, as `review` offers keys 1–3. */
export const CANDIDATES = 3;

/** Phrasings listed under a group before the rest fold away. */
export const SHOWN_PHRASINGS = 8;

const phrasing = (p: Phrasing) => {
  const note = followupNote(p, 40);
  return html`<li>${p.question} <span class="count">×${p.count}</span>${note ? html` <span class="note">(${note})</span>` : ''}</li>`;
};

/** The keys of questions already decided in this knowledge: every stored question and every out-of-scope one. */
export function decidedKeys(kb: KnowledgeBase): Set<string> {
  const keys = new Set<string>();
  for (const f of kb.facts) for (const q of f.questions) keys.add(questionKey(q));
  for (const q of kb.knowledge.outOfScope ?? []) keys.add(questionKey(q));
  return keys;
}

/** The datalist of fact ids for every "pick a fact" input (one per page). */
function factList(kb: KnowledgeBase): Html {
  return html`<datalist id="fact-ids">${kb.facts.map((f) => html`<option value="${f.id}">${f.questions[0] ?? ''}</option>`)}</datalist>`;
}

/** The action forms for one question: a button per candidate, a fact picked by id, out of scope. */
export function actionsFor(question: string, n: string, kb: KnowledgeBase, ctx: { base: string; csrf: string; days: WindowDays }): Html {
  const hidden = html`<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="question" value="${question}"><input type="hidden" name="days" value="${ctx.days}">`;
  const candidates = rank(question, kb, CANDIDATES);
  const rows = candidates.map((c) => {
    const fact = kb.facts[kb.byId.get(c.factId)!]!;
    return html`<li class="candidate"><form method="post" action="${ctx.base}/gaps/learn">${hidden}<input type="hidden" name="fact" value="${c.factId}">
<button type="submit" class="learn">Learn for <strong>${c.factId}</strong></button>
<span class="score" title="ranking score">${c.score.toFixed(2)}</span> <span class="hint">${fact.questions[0] ?? ''}</span></form></li>`;
  });
  return html`<div class="actions">
<h4 class="visually-hidden">Actions</h4>
${rows.length > 0 ? html`<ol class="candidates" aria-label="Top candidate facts">${rows}</ol>` : html`<p class="note">No fact shares a word with this question.</p>`}
<form method="post" action="${ctx.base}/gaps/learn" class="pick">${hidden}
<label for="pick-${n}">Fact id</label>
<input id="pick-${n}" name="fact" list="fact-ids" required autocomplete="off" spellcheck="false" pattern="[a-z0-9]+(-[a-z0-9]+)*" title="a fact id: lowercase letters, digits and dashes">
<button type="submit">Learn for this fact</button></form>
<form method="post" action="${ctx.base}/gaps/out-of-scope" class="oos">${hidden}
<button type="submit" class="secondary">Out of scope</button></form>
</div>`;
}

function groupCard(g: GapGroup, i: number, kb: KnowledgeBase, ctx: { base: string; csrf: string; days: WindowDays }): Html {
  const shown = g.phrasings.slice(0, SHOWN_PHRASINGS);
  const rest = g.phrasings.slice(SHOWN_PHRASINGS);
  return html`<article class="gap" aria-labelledby="gap-${i}">
<h3 id="gap-${i}">“${g.example}”</h3>
<p class="meta">Asked ${g.count} time(s): ${g.unanswered} without an answer, ${g.lowConfidence} with low confidence; last ${g.lastSeen.toISOString().slice(0, 16).replace('T', ' ')} UTC.</p>
${g.phrasings.length > 1 || g.phrasings[0]?.followup ? html`<ul class="phrasings" aria-label="How it was asked">${shown.map(phrasing)}</ul>` : ''}
${rest.length > 0 ? html`<details><summary>${rest.length} more phrasing(s)</summary><ul class="phrasings">${rest.map(phrasing)}</ul></details>` : ''}
${actionsFor(g.example, `g${i}`, kb, ctx)}
</article>`;
}

export async function gapsPage(req: ConsoleRequest, deps: ConsoleDeps, base: string): Promise<{ title: string; body: Html }> {
  const days = windowFrom(req.query);
  const now = (deps.now ?? (() => new Date()))();
  const since = windowStart(now, days);
  const title = 'Gaps';
  if (!deps.log) return { title, body: html`<p>Questions are not logged (<code>LOG_QUESTIONS=false</code>), so there are no gaps to show.</p>` };
  const kb = deps.knowledge();
  const [questions, votes] = await Promise.all([deps.log.questions({ since }), deps.log.votes({ since })]);
  const report = buildGapsReport(questions, votes, { kb, since, until: now });
  const decided = decidedKeys(kb);
  const open = report.groups.filter((g) => !decided.has(questionKey(g.example)));
  const shown = open.slice(0, GAPS.shownGroups);
  const ctx = { base, csrf: req.csrfToken, days };
  const groups =
    shown.length === 0
      ? html`<p>No open gaps in the last ${days} days.</p>`
      : join(shown.map((g, i) => groupCard(g, i, kb, ctx)));
  const more = open.length > shown.length ? html`<p class="note">… and ${open.length - shown.length} more group(s), each asked at most ${open[shown.length]!.count} time(s) (<code>factbot gaps --json</code> lists them all).</p>` : '';
  const down = report.downvotedFacts.map((f, i) => {
    const top = f.questions[0];
    return html`<article class="gap" aria-labelledby="down-${i}">
<h3 id="down-${i}">${f.known === false ? html`${f.factId} <span class="note">(removed)</span>` : html`<a href="${href(base, '/facts', { q: f.factId })}">${f.factId}</a>`}</h3>
<p class="meta"><span aria-label="thumbs down">👎</span> ${f.down} · <span aria-label="thumbs up">👍</span> ${f.up}</p>
<ul class="phrasings" aria-label="The questions answered with it">${f.questions.map(phrasing)}</ul>
${
  !top
    ? ''
    : decided.has(questionKey(top.question))
      ? html`<p class="note">“${top.question}” is already decided (a stored question, or out of scope): if the answer was wrong, edit the fact's answer.</p>`
      : html`<p class="note">Actions for “${top.question}”:</p>${actionsFor(top.question, `d${i}`, kb, ctx)}`
}
</article>`;
  });
  return {
    title,
    body: html`${windowLinks(base, '/gaps', days)}
<p>${open.length} open group(s) of questions without a good answer in the last ${days} days${report.groups.length > open.length ? html` (${report.groups.length - open.length} already decided)` : ''}. Learning a question adds it to the fact's stored questions (or to the out-of-scope list) in <code>${deps.knowledgeDir}</code>; the bot uses it at once.</p>
${report.askedWithoutContext > 0 ? html`<p class="note">Not counted: ${report.askedWithoutContext} follow-up(s) such as “and when?” asked with no question before them (the bot asked for the whole question; the knowledge lacks nothing there).</p>` : ''}
${factList(kb)}
<h2>Unanswered or low-confidence questions</h2>
${groups}
${more}
<h2>Facts with 👎</h2>
${down.length === 0 ? html`<p>No 👎 in the last ${days} days.</p>` : join(down)}`,
  };
}
