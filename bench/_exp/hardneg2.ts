import { buildIndex } from '../../src/engine/index.ts';
import { rank } from '../../src/engine/rank.ts';
import { decisionValue, saysItToo } from '../../src/engine/calibrate.ts';
import { curatedSets, folderSet } from '../quality/sets.ts';
const name = process.argv[2] ?? 'library';
const s = name === 'curated3' ? curatedSets()[1]! : name === 'curated' ? curatedSets()[0]! : folderSet(name, '');
const index = buildIndex(s.knowledge);
const rows: any[] = [];
for (let f = 0; f < index.facts.length; f++) for (const q of index.facts[f]!.questions) {
  const r = rank(q, index, 2, { mask: { fact: f, text: -1 } });
  const other = r[0] ? index.byId.get(r[0].factId)! : -1;
  if (other >= 0 && saysItToo(index, q, f, other)) continue;
  rows.push({ v: decisionValue(r), s1: r[0]?.score ?? 0, q, got: r[0]?.factId, own: index.facts[f]!.id });
}
const key = process.argv[3] ?? 'v';
rows.sort((a, b) => b[key] - a[key]);
console.log(rows.length);
for (const r of rows.slice(0, 25)) console.log(r.v.toFixed(2), r.s1.toFixed(2), r.q, '→', r.got, `(${r.own})`);
