import { answer, createKnowledgeBase } from '../../src/engine/answer.ts';
import { curatedSets } from '../quality/sets.ts';
const cur = curatedSets()[0]!;
const kb = createKnowledgeBase(cur.knowledge);
const qs = [...cur.questions[0]!.answerable.map((a) => a.q), ...cur.questions[0]!.outOfScope];
const t = performance.now();
for (let i = 0; i < 60; i++) for (const q of qs) answer(q, kb);
console.log('per q ms', ((performance.now() - t) / (60 * qs.length)).toFixed(4));
