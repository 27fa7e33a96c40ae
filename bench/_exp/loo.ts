import { buildIndex, TextKind } from '../../src/engine/index.ts';
import { rank } from '../../src/engine/rank.ts';
import { curatedSets, folderSet } from '../quality/sets.ts';
const name = process.argv[2] ?? 'library';
const s = name === 'curated3' ? curatedSets()[1]! : folderSet(name, '');
const index = buildIndex(s.knowledge);
for (let f = 0; f < index.facts.length; f++) {
  for (let k = index.texts.textStart[f]!; k < index.texts.textStart[f + 1]!; k++) {
    if (index.texts.kind[k] !== TextKind.question) continue;
    const qq = index.facts[f]!.questions[index.texts.question[k]!]!;
    const r = rank(qq, index, 5, { mask: { fact: f, text: k } });
    if (r[0]?.factId === index.facts[f]!.id) continue;
    const pos = r.findIndex((x) => x.factId === index.facts[f]!.id);
    const me = r[pos];
    console.log(`${qq} → ${r[0]?.factId} ${r[0]?.score.toFixed(2)} c${r[0]?.coverage.toFixed(2)} q${r[0]?.question.toFixed(2)} t${r[0]?.typeFit} | own ${index.facts[f]!.id} @${pos} ${me ? `${me.score.toFixed(2)} c${me.coverage.toFixed(2)} q${me.question.toFixed(2)} t${me.typeFit}` : ''}`);
  }
}
