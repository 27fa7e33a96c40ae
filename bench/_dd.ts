import fs from 'node:fs';
import { parseDocument } from 'yaml';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { questionKey } from '../src/text/normalize.ts';
const k = process.argv[2]!;
const r = loadKnowledge(`tests/eval/kb/${k}/knowledge`);
if (!r.ok) throw 1;
const stored = new Set(r.knowledge.facts.flatMap((f) => f.questions.map(questionKey)));
const file = `tests/eval/kb/${k}/questions.yaml`;
const doc = parseDocument(fs.readFileSync(file, 'utf8'));
for (const key of ['answerable', 'out_of_scope']) {
  const seq = doc.get(key) as any;
  const before = seq.items.length;
  seq.items = seq.items.filter((it: any) => !stored.has(questionKey(String(key === 'answerable' ? it.get('q') : it.value ?? it))));
  console.log(k, key, before, '→', seq.items.length);
}
fs.writeFileSync(file, doc.toString({ lineWidth: 0 }));
