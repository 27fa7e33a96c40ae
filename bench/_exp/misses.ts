import { createKnowledgeBase, rank } from '../../src/engine/answer.ts';
import { curatedSets, folderSet } from '../quality/sets.ts';
const name = process.argv[2]!;
const s = name.startsWith('curated') ? curatedSets()[name === 'curated' ? 0 : 1]! : folderSet(name, '');
const qi = Number(process.argv[3] ?? 0);
const kb = createKnowledgeBase(s.knowledge);
const qs = s.questions[qi]!;
for (const a of qs.answerable) {
  const r = rank(a.q, kb, 3);
  if (r[0] && a.expect.includes(r[0].factId)) continue;
  const pos = r.findIndex((x) => a.expect.includes(x.factId));
  console.log(`${a.q}  → ${r[0]?.factId ?? '-'} ${r[0]?.score.toFixed(2) ?? ''} (want ${a.expect[0]} at ${pos})`);
}
