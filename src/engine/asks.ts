/**
 * What a question asks for beyond its answer type, read off its English wording, and whether a fact can give it: what
 * "how many X?" counts. Ranking scores a fact that cannot give it as an answer-type mismatch (rank.ts). Pure; English
 * only (null for other languages).
 *
 * (A "what is X?" check, a fact that only mentions X not saying what X is, was tried and left out: on the curated
 * knowledge it declined "what is neodymium?", but CovidFAQ's many stored "what is X?" questions then met fewer facts in
 * calibration, its threshold fell from 0.51 to 0.49 and people's questions got 5.4% wrong answers, over the 5% bound;
 * held to the answer's words anywhere, 4.2% against 3.3%.)
 */
import type { SearchIndex } from './index.ts';

/**
 * What "how many X …?" counts: the stem of X's head, the last of up to three content words after "many" ("how many rare
 * earth elements": element; "how many tons of rare earths": ton), or null. English only.
 */
export function countedThing(ws: readonly string[], index: SearchIndex): string | null {
  if (index.profile.language !== 'en') return null;
  const at = ws.findIndex((w, i) => w === 'how' && ws[i + 1] === 'many');
  if (at < 0) return null;
  const { isTerm, stem } = index.profile;
  const out: string[] = [];
  let i = at + 2;
  // "how many types of membership": the memberships are counted; "how many tonnes of rare earth": the tonnes.
  while (KINDS.has(ws[i] ?? '') || (ws[i] === 'of' && KINDS.has(ws[i - 1] ?? ''))) i++;
  for (; i < ws.length && out.length < 3; i++) {
    const w = ws[i]!;
    if (!isTerm(stem(w))) break;
    out.push(stem(w));
  }
  return out.at(-1) ?? null;
}

/** Words before what is counted ("how many different kinds of …"). */
const KINDS = new Set(['types', 'kinds', 'sorts', 'different', 'diff', 'separate', 'individual']);

/** A number as the answer writes it: digits or a small number's word. */
const COUNT = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|several|few|many)$/;

/**
 * Whether fact `fact` may count `counted`: its answer gives a number (of whatever: "up to 15 items" answers "how many
 * books?") or names the thing ("no tonnage" for "how many tons?"), or a stored "how many" question of it counts the
 * same thing. The deposit's size ("the report gives no figure: no tonnage…") does not count elements.
 */
export function counts(index: SearchIndex, fact: number, counted: string): boolean {
  const a = factAsks(index, fact);
  return a.hasNumber || a.answerStems.some((s) => s.startsWith(counted)) || a.counted.has(counted);
}

/** What a fact's answer and stored questions say about counting, read once per fact on first need. */
interface FactAsks {
  answerStems: string[];
  hasNumber: boolean;
  /** What its stored "how many X?" questions count. */
  counted: Set<string>;
}
const factAsksCache = new WeakMap<SearchIndex, (FactAsks | undefined)[]>();

function factAsks(index: SearchIndex, fact: number): FactAsks {
  let all = factAsksCache.get(index);
  if (!all) factAsksCache.set(index, (all = []));
  let a = all[fact];
  if (a) return a;
  const { words, stem } = index.profile;
  const f = index.facts[fact]!;
  const ws = words(f.answer);
  const answerStems = ws.map((w) => stem(w));
  const counted = new Set<string>();
  for (const q of f.questions) {
    const c = countedThing(words(q), index);
    if (c !== null) counted.add(c);
  }
  a = { answerStems, hasNumber: ws.some((w) => COUNT.test(w)), counted };
  all[fact] = a;
  return a;
}
