import { buildIndex } from '../../src/engine/index.ts';
import { rank } from '../../src/engine/rank.ts';
import { words, stem, isTerm } from '../../src/text/normalize.ts';
import { prng } from '../../src/synth.ts';
import { curatedSets, folderSet, covidfaqSet, DEFAULT_COVIDFAQ } from '../quality/sets.ts';
const sets = [curatedSets()[1]!, covidfaqSet(DEFAULT_COVIDFAQ), folderSet('library', ''), folderSet('tidesync', '')];
const q = (xs: number[], ps = [0.1, 0.25, 0.5, 0.75, 0.9]) => { const s = [...xs].sort((a, b) => a - b); return `n=${String(xs.length).padStart(4)} ` + ps.map((p) => (s[Math.floor(p * (s.length - 1))] ?? NaN).toFixed(2)).join(' '); };
for (const s of sets) {
  const index = buildIndex(s.knowledge);
  const rand = prng(1);
  const right: number[] = [], wrong: number[] = [];
  for (const f of s.knowledge.facts) {
    const ws = [...new Set(words(f.answer).filter((w) => isTerm(stem(w))))];
    for (let rep = 0; rep < 3; rep++) {
      const n = 2 + Math.floor(rand() * 3);
      const pick = [...ws].sort(() => rand() - 0.5).slice(0, n);
      const query = pick.join(' ');
      const r = rank(query, index, 1)[0];
      (r?.factId === f.id ? right : wrong).push(r?.score ?? 0);
    }
  }
  console.log(`== ${s.name} top1 ${(100 * right.length / (right.length + wrong.length)).toFixed(1)}`); console.log('  right', q(right)); console.log('  wrong', q(wrong));
}
