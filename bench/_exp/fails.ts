import { createKnowledgeBase, rank } from '../../src/engine/answer.ts';
import { decisionValue } from '../../src/engine/calibrate.ts';
import { resolveTerms } from '../../src/engine/terms.ts';
import { words, cleanInput } from '../../src/text/normalize.ts';
import { folderSet } from '../quality/sets.ts';
const s = folderSet(process.argv[2]!, '');
const kb = createKnowledgeBase(s.knowledge);
const t = kb.calibration.threshold;
let n = 0;
for (const a of s.questions[0]!.answerable) {
  const r = rank(a.q, kb, 3);
  const v = decisionValue(r);
  const right = r[0] && a.expect.includes(r[0].factId);
  if (right && v >= t) continue;
  if (n++ > Number(process.argv[3] ?? 40)) break;
  const terms = resolveTerms(kb, kb.analyzer.queryTokens(words(cleanInput(a.q)))).map((x) => `${x.raw ?? x.query}${x.how === 'exact' ? '' : x.how === 'unknown' ? '?' : x.how === 'typo' ? '~' : '='}`).join(' ');
  const pos = r.findIndex((x) => a.expect.includes(x.factId));
  console.log(`${right ? 'DECL' : 'WRONG'} ${v.toFixed(2)} [${terms}] want ${a.expect[0]}@${pos} got ${r[0]?.factId} | ${a.q}`);
}
