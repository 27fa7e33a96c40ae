/**
 * A question that asks something OF a name ("Çin'in nadir toprak rezervi kaç
 * ton?": China's reserve) is not answered by a fact that names none of the
 * question's names, however well the rest matches (the Beylikova reserve's
 * size). A fact naming another of them may still answer it ("Bayraktar'ın Çin
 * ziyaretinin BRICS ile ilgisi": the fact on the China trip and BRICS does not
 * name Bayraktar). The names come from the index's profile (`namesIn`).
 */
import type { SearchIndex } from './index.ts';
import { factHasTerm } from './terms.ts';

/** The name the question asks something of, when fact `fact` names none of the question's names; else null. */
export function missingOwner(index: SearchIndex, question: string, fact: number): string | null {
  const names = index.profile.namesIn?.(question) ?? [];
  const owner = names.find((n) => n.owner);
  if (owner === undefined) return null;
  const named = (name: string) => {
    const id = index.termIds.get(index.analyzer.variants.get(name) ?? name);
    return id !== undefined && factHasTerm(index, fact, id);
  };
  return names.some((n) => named(n.name)) ? null : owner.name;
}
