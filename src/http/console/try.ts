/**
 * The try page (`/try?q=`): asks the knowledge being served a question and
 * shows what `ask --explain` shows — the words as read, the best candidate
 * facts with every signal, the calibrated threshold and the decision — from
 * the engine's own explain(). Nothing is logged: it is not a question a
 * person asked the bot.
 */
import { explain, formatExplanation } from '../../engine/answer.ts';
import { needsQuestionBefore } from '../../conversation/followup.ts';
import { answerMessageAlone } from '../../conversation/several.ts';
import { unansweredLines } from '../../reply.ts';
import type { ConsoleRequest } from '../console-types.ts';
import type { ConsoleDeps } from './deps.ts';
import { html, href, type Html } from './html.ts';

/** Longest question read: more than the bot keeps (it cleans questions to 500 characters). */
export const MAX_TRY = 1000;

const pct = (x: number) => `${Math.round(x * 100)}%`;

export async function tryPage(req: ConsoleRequest, deps: ConsoleDeps, base: string): Promise<{ title: string; body: Html }> {
  const q = (req.query.get('q') ?? '').slice(0, MAX_TRY);
  const form = html`<form method="get" action="${base}/try" class="search">
<label for="try-q">Question</label>
<input id="try-q" name="q" type="search" value="${q}" maxlength="${MAX_TRY}" required>
<button type="submit">Ask</button>
</form>`;
  if (q.trim() === '') return { title: 'Try a question', body: html`${form}<p>Ask a question to see how the bot reads it, which facts come closest and why it answers or declines.</p>` };
  const kb = deps.knowledge();
  const e = explain(q, kb);
  // What someone asking this with nothing before it gets (a bare "and when?" is asked in full).
  const reply = answerMessageAlone(q, kb);
  // "and when?" alone is not guessed at: the ranking below is of its words, the reply asks for the whole question.
  const followup = reply.kind === 'none' && needsQuestionBefore(q);
  // A message of several questions may be answered in part where its words as a whole are declined (src/conversation/several.ts).
  const inPart = reply.kind === 'fact' && e.outcome !== 'answered';
  const decision = followup ? 'asks for the whole question' : inPart ? 'answered in part' : e.outcome;
  const also = reply.kind === 'fact' ? (reply.also ?? []) : [];
  const words = e.terms.map(
    (t) =>
      html`<tr><th scope="row">${t.word}</th><td>${pct(t.weight)}</td><td>${t.heard !== undefined ? `heard as “${t.heard}”` : t.how === 'exact' ? 'known' : t.how === 'unknown' ? html`<strong>unknown to the knowledge</strong>` : `${t.how} of “${t.matched ?? ''}”`}</td></tr>`,
  );
  const candidates = e.candidates.map(
    (c, i) =>
      html`<tr${i === 0 && e.outcome === 'answered' ? html` class="chosen"` : ''}><th scope="row"><a href="${href(base, '/facts', { q: c.factId })}">${c.factId}</a></th><td>${c.score.toFixed(2)}</td><td>${c.coverage.toFixed(2)}</td><td>${c.question.toFixed(2)}</td><td>${c.bm25.toFixed(2)}</td><td>${c.focus.toFixed(2)}</td><td>${c.typeFit === 1 ? 'fits' : `×${c.typeFit}`}</td></tr>`,
  );
  const c = e.calibration;
  return {
    title: 'Try a question',
    body: html`${form}
<section aria-labelledby="decision-h">
<h2 id="decision-h">Decision: ${decision}</h2>
${followup ? html`<p class="note">“${q}” does not stand on its own: asked first, the bot asks for the whole question; in a conversation it is read with the question before it. What its words alone would get (${e.outcome}): ${e.reason}.</p>` : html`<p class="decision decision-${e.outcome}">${e.reason}.</p>`}
${inPart || also.length > 0 ? html`<p class="note">The message asks several questions: each is answered on its own${inPart ? ', and the whole message, declined as below, is answered with its questions’ answers' : ''}.</p>` : ''}
<blockquote class="reply">${reply.readingAs && (inPart || also.length > 0) ? html`<p class="reading">Reading this as: ${reply.readingAs}</p>` : ''}<p>${reply.answer}</p>${reply.kind === 'fact' ? html`<footer>fact <a href="${href(base, '/facts', { q: reply.factId })}">${reply.factId}</a>, confidence ${reply.confidence.toFixed(2)}</footer>` : ''}</blockquote>
${also.map((a) => html`<blockquote class="reply"><p class="reading">Reading this as: ${a.readingAs ?? a.question}</p><p>${a.answer}</p><footer>fact <a href="${href(base, '/facts', { q: a.factId })}">${a.factId}</a>, confidence ${a.confidence.toFixed(2)}</footer></blockquote>`)}
${unansweredLines(reply).map((line) => html`<p class="note">${line}</p>`)}
<p>Decision value <strong>${e.decisionValue.toFixed(2)}</strong>; threshold <strong>${c.threshold.toFixed(2)}</strong>, calibrated on this knowledge (${c.samples.phrasings} stored questions asked with themselves left out, ${c.samples.factsLeftOut} facts left out, ${c.samples.offTopic} off-topic questions${c.fallback ? `; ${c.fallback}` : ''}).</p>
</section>
<h2>Words</h2>
${words.length === 0 ? html`<p>None: only stop words.</p>` : html`<div class="table-wrap"><table><caption>The question's words and their share of its weight</caption><thead><tr><th scope="col">word</th><th scope="col">weight</th><th scope="col">read as</th></tr></thead><tbody>${words}</tbody></table></div>`}
<h2>Candidates</h2>
${candidates.length === 0 ? html`<p>None: no fact shares a word with the question.</p>` : html`<div class="table-wrap"><table><caption>The closest facts and their signals</caption><thead><tr><th scope="col">fact</th><th scope="col">score</th><th scope="col">coverage</th><th scope="col">phrasing</th><th scope="col">bm25</th><th scope="col">focus</th><th scope="col">type</th></tr></thead><tbody>${candidates}</tbody></table></div>`}
<details><summary>As <code>ask --explain</code> prints it</summary><pre>${formatExplanation(e)}</pre></details>`,
  };
}
