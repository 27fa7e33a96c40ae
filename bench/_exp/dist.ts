import { buildIndex } from '../../src/engine/index.ts';
import { rank } from '../../src/engine/rank.ts';
import { TextKind } from '../../src/engine/index.ts';
import { curatedSets, folderSet } from '../quality/sets.ts';
const name = process.argv[2] ?? 'curated3';
const s = name === 'curated' ? curatedSets()[0]! : name === 'curated3' ? curatedSets()[1]! : folderSet(name, '');
const index = buildIndex(s.knowledge);
const pos: number[] = [], posWrong: number[] = [], hard: { s: number; q: string; got: string; want: string }[] = [];
for (let f = 0; f < index.facts.length; f++) {
  for (let k = index.texts.textStart[f]!; k < index.texts.textStart[f + 1]!; k++) {
    if (index.texts.kind[k] !== TextKind.question) continue;
    const q = index.facts[f]!.questions[index.texts.question[k]!]!;
    const top = rank(q, index, 1, { mask: { fact: f, text: k } })[0];
    (top?.factId === index.facts[f]!.id ? pos : posWrong).push(top?.score ?? 0);
    const h = rank(q, index, 1, { mask: { fact: f, text: -1 } })[0];
    hard.push({ s: h?.score ?? 0, q, got: h?.factId ?? '-', want: index.facts[f]!.id });
  }
}
const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(p * (s.length - 1))]?.toFixed(2); };
console.log('pos right', pos.length, 'q10/25/50/75', q(pos, .1), q(pos, .25), q(pos, .5), q(pos, .75));
console.log('pos wrong', posWrong.length, q(posWrong, .5), q(posWrong, .9));
const hs = hard.map((h) => h.s);
console.log('hard', hard.length, 'q50/75/90/95', q(hs, .5), q(hs, .75), q(hs, .9), q(hs, .95));
for (const h of hard.sort((a, b) => b.s - a.s).slice(0, Number(process.argv[3] ?? 25))) console.log(h.s.toFixed(2), h.q, '→', h.got, '(left out', h.want + ')');
