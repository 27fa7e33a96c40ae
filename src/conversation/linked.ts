/**
 * The maintainers' links between facts (a fact's `related` list) as evidence of where a conversation goes next: a
 * follow-up whose reading finds a fact the answer just given does not link to, when a fact it does link to is about as
 * likely, goes on to that one ("when will it be done?" after the refinery's readiness: its timeline, not the deposit's
 * discovery that the reading's "beylikova" finds). Shared by the English and the Turkish follow-up readers.
 */
import { CONVERSATION, SEARCH } from '../config.ts';
import { rank } from '../engine/answer.ts';
import { answerLists } from '../text/lists.ts';

/**
 * The fact `previousFact` (an index into the index's facts) links to that a reading `probe` ranks within
 * CONVERSATION.pointingMargin of its best and that `accepts` (it gives the kind of answer asked), when the fact the reading
 * found (`found`) is not linked; else undefined.
 */
export function linkedInstead(index: Parameters<typeof rank>[1], probe: string, previousFact: number, found: string, accepts: (factId: string) => boolean): string | undefined {
  const linked = index.facts[previousFact]!.related;
  if (linked.length === 0 || linked.includes(found)) return undefined;
  const ranked = rank(probe, index, SEARCH.maxSuggestions, { oneQuestion: true });
  const best = ranked[0]?.score ?? 0;
  return ranked.find((c) => linked.includes(c.factId) && c.score >= best - CONVERSATION.pointingMargin && accepts(c.factId))?.factId;
}

/**
 * The best candidate of a reading `probe`, when the answer just given (`previousFact`) links to it, it scores at least
 * SEARCH.suggestThreshold (short of the usual confidence) and `accepts` it: the conversation is evidence for it, as for
 * the fact just given itself ("why tho?" after what Turkey wants China to do, declined read whole: why Turkey courts
 * Chinese carmakers). Else undefined.
 */
export function linkedBest(index: Parameters<typeof rank>[1], probe: string, previousFact: number, accepts: (factId: string) => boolean): string | undefined {
  const linked = index.facts[previousFact]!.related;
  if (linked.length === 0) return undefined;
  const top = rank(probe, index, 1, { oneQuestion: true })[0];
  if (top === undefined || top.score < SEARCH.suggestThreshold || !linked.includes(top.factId)) return undefined;
  return accepts(top.factId) ? top.factId : undefined;
}

/**
 * Whether the fact `previousFact` (an index into the index's facts) and the fact `factId` are linked, either way round
 * (each fact's `related` list).
 */
export function linksTo(index: Parameters<typeof rank>[1], previousFact: number, factId: string): boolean {
  const given = index.facts[previousFact];
  return given !== undefined && (given.related.includes(factId) || (index.facts[index.byId.get(factId) ?? -1]?.related ?? []).includes(given.id));
}

/** How many candidates of a reading are looked among for one whose answer lists some ({@link listingCandidate}). */
const LISTING_CANDIDATES = 5;

/**
 * The first of a reading `probe`'s best candidates that scores at least SEARCH.suggestThreshold, is not the fact just
 * given (`previousId`), lists some ("…, among them Chery, SAIC and Great Wall") and that `accepts`: what "which companies?"
 * or "hangi firmalar?" asks for after a question on a kind answered without naming any. Else undefined. Shared by the
 * English and the Turkish follow-up readers.
 */
export function listingCandidate(index: Parameters<typeof rank>[1], probe: string, previousId: string, accepts: (factId: string) => boolean = () => true): string | undefined {
  return rank(probe, index, LISTING_CANDIDATES, { oneQuestion: true }).find(
    (c) => c.score >= SEARCH.suggestThreshold && c.factId !== previousId && answerLists(index.facts[index.byId.get(c.factId)!]!.answer) && accepts(c.factId),
  )?.factId;
}
