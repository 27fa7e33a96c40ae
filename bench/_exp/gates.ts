// Prints the factbot outcome per shipped set (for the test floors).
import { createKnowledgeBase } from '../../src/engine/answer.ts';
import { scoreFactbot } from '../quality/run.ts';
import { curatedSets, folderSet, synthSet, OWN_KBS } from '../quality/sets.ts';
const sets = [...curatedSets(), synthSet(1000, 300, 100), ...OWN_KBS.filter((k) => k.name !== 'bakery' || process.argv.includes('--bakery')).map((k) => folderSet(k.name, k.about))];
for (const s of sets) {
  const kb = createKnowledgeBase(s.knowledge);
  for (const q of s.questions) {
    const o = scoreFactbot(kb, q);
    console.log(`${s.name} / ${q.label}: right ${(o.right * 100).toFixed(1)} wrong ${(o.wrong * 100).toFixed(1)} oos ${(o.oosDeclined * 100).toFixed(1)} thr ${kb.calibration.threshold.toFixed(3)}`);
  }
}
