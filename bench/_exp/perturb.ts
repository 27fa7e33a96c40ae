import { buildIndex, TextKind } from '../../src/engine/index.ts';
import { rank } from '../../src/engine/rank.ts';
import { words, stem } from '../../src/text/normalize.ts';
import { curatedSets, folderSet, covidfaqSet, DEFAULT_COVIDFAQ } from '../quality/sets.ts';
const FILL = 'salary weather recipe football history population wedding vacation insurance mortgage keyboard painting garden volcano dinosaur guitar airport election hospital marathon festival lottery telescope umbrella bicycle tattoo skateboard perfume ceremony bakery'.split(' ');
const sets = [curatedSets()[1]!, covidfaqSet(DEFAULT_COVIDFAQ), folderSet('library', ''), folderSet('tidesync', '')];
const q = (xs: number[], ps = [0.1, 0.25, 0.5, 0.75, 0.9]) => { const s = [...xs].sort((a, b) => a - b); return `n=${String(xs.length).padStart(4)} ` + ps.map((p) => (s[Math.floor(p * (s.length - 1))] ?? NaN).toFixed(2)).join(' '); };
for (const s of sets) {
  const index = buildIndex(s.knowledge);
  const fill = FILL.filter((w) => !index.termIds.has(stem(w)));
  const sub: number[] = [], add: number[] = [], subR: number[] = [];
  let n = 0;
  for (const f of s.knowledge.facts) for (const qq of f.questions) {
    const ws = words(qq);
    // the content word with the highest idf
    let best = -1, bestIdf = -1;
    ws.forEach((w, i) => { const id = index.termIds.get(stem(w)); if (id !== undefined && index.idf[id]! > bestIdf) { bestIdf = index.idf[id]!; best = i; } });
    const word = fill[n++ % fill.length]!;
    if (best >= 0) { const w2 = [...ws]; w2[best] = word; sub.push(rank(w2.join(' '), index, 1)[0]?.score ?? 0); }
    const cands = ws.map((w, i) => [w, i] as const).filter(([w]) => index.termIds.has(stem(w)));
    if (cands.length) { const [, i] = cands[n % cands.length]!; const w2 = [...ws]; w2[i] = word; subR.push(rank(w2.join(' '), index, 1)[0]?.score ?? 0); }
    add.push(rank(qq + ' ' + word, index, 1)[0]?.score ?? 0);
  }
  console.log(`== ${s.name}`); console.log('  sub rarest', q(sub)); console.log('  sub random', q(subR)); console.log('  add word  ', q(add));
}
