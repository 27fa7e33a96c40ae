/**
 * What a question asks for beyond its answer type, read off its English wording, and whether a fact can give it: what
 * "how many X?" counts, and what "what is X?" asks to have defined. Ranking scores a fact that cannot give it as an
 * answer-type mismatch (rank.ts). Pure; English only (null for other languages).
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

/** Words that ask what a thing is ("what is", "what are", "whats"), before an article. */
const DEFINING = /^(?:what|whats|wat)$/;

/**
 * The stems of X in "what is X?" / "what are X?" (X one or two words, nothing else): a question asking what X is, or
 * null. English only.
 */
export function definitionSubject(ws: readonly string[], index: SearchIndex): string[] | null {
  if (index.profile.language !== 'en' || !DEFINING.test(ws[0] ?? '')) return null;
  let i = 1;
  if (ws[i] === 'is' || ws[i] === 'are' || ws[i] === 's') i++;
  else if (ws[0] !== 'whats') return null;
  if (ws[i] === 'a' || ws[i] === 'an' || ws[i] === 'the') i++;
  const rest = ws.slice(i);
  const { isTerm, stem } = index.profile;
  if (rest.length === 0 || rest.length > 2 || !rest.every((w) => isTerm(stem(w)))) return null;
  return rest.map((w) => stem(w));
}

/** Whether fact `fact` says what the subject is: its answer opens with it, or a stored question of its asks what it is. */
export function defines(index: SearchIndex, fact: number, subject: readonly string[]): boolean {
  const a = factAsks(index, fact);
  return subject.some((s) => a.opening.includes(s) || a.defined.has(s));
}

/** What a fact's answer and stored questions say about counting and defining, read once per fact on first need. */
interface FactAsks {
  /** The stems of the answer's first eight words. */
  opening: string[];
  answerStems: string[];
  hasNumber: boolean;
  /** What its stored "how many X?" questions count, and what its "what is X?" questions define. */
  counted: Set<string>;
  defined: Set<string>;
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
  const defined = new Set<string>();
  for (const q of f.questions) {
    const qws = words(q);
    const c = countedThing(qws, index);
    if (c !== null) counted.add(c);
    for (const d of definitionSubject(qws, index) ?? []) defined.add(d);
  }
  a = { opening: answerStems.slice(0, 8), answerStems, hasNumber: ws.some((w) => COUNT.test(w)), counted, defined };
  all[fact] = a;
  return a;
}
