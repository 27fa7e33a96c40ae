import { buildIndex } from '../../src/engine/index.ts';
import { rank } from '../../src/engine/rank.ts';
import { decisionValue } from '../../src/engine/calibrate.ts';
import { curatedSets, folderSet } from '../quality/sets.ts';
const name = process.argv[2] ?? 'library';
const s = name === 'curated3' ? curatedSets()[1]! : folderSet(name, '');
const index = buildIndex(s.knowledge);
const rows: any[] = [];
for (let f = 0; f < index.facts.length; f++) for (const q of index.facts[f]!.questions) {
  const r = rank(q, index, 2, { mask: { fact: f, text: -1 } });
  rows.push({ v: decisionValue(r), q, got: r[0]?.factId, own: index.facts[f]!.id });
}
rows.sort((a, b) => b.v - a.v);
for (const r of rows.slice(0, 30)) console.log(r.v.toFixed(2), r.q, '→', r.got, `(${r.own})`);
