// LOO top-1 and people top-1 per KB, quick (no calibration).
import { SEARCH, CALIBRATION } from '../../src/config.ts';
for (const kv of (process.env.EXP ?? '').split(',').filter(Boolean)) { const [k, v] = kv.split('='); const path = k!.replace(/^C\./, '').split('.'); let o: any = k!.startsWith('C.') ? CALIBRATION : SEARCH; for (const p of path.slice(0, -1)) o = o[p]; o[path.at(-1)!] = Number(v); }
const norm = await import('../../src/text/normalize.ts');
for (const w of (process.env.EXTRASTOP ?? '').split(' ').filter(Boolean)) (norm.STOP_WORDS as Set<string>).add(w);
const { buildIndex, TextKind } = await import('../../src/engine/index.ts');
const { rank } = await import('../../src/engine/rank.ts');
const { curatedSets, folderSet, covidfaqSet, DEFAULT_COVIDFAQ } = await import('../quality/sets.ts');
const names = (process.argv[2] ?? 'curated3,covid,library,tidesync').split(',');
let tl = 0, tp = 0;
const line: string[] = [];
for (const name of names) {
  const s = name === 'curated' ? curatedSets()[0]! : name === 'curated3' ? curatedSets()[1]! : name === 'covid' ? covidfaqSet(DEFAULT_COVIDFAQ) : folderSet(name, '');
  const index = buildIndex(s.knowledge);
  let lr = 0, ln = 0;
  for (let f = 0; f < index.facts.length; f++) for (let k = index.texts.textStart[f]!; k < index.texts.textStart[f + 1]!; k++) {
    if (index.texts.kind[k] !== TextKind.question) continue;
    const r = rank(index.facts[f]!.questions[index.texts.question[k]!]!, index, 1, { mask: { fact: f, text: k } });
    ln++; if (r[0]?.factId === index.facts[f]!.id) lr++;
  }
  let pr = 0, pn = 0;
  for (const qs of s.questions) for (const a of qs.answerable) { pn++; const r = rank(a.q, index, 1)[0]; if (r && a.expect.includes(r.factId)) pr++; }
  tl += lr / ln; tp += pr / pn;
  line.push(`${name} loo ${(100 * lr / ln).toFixed(1)} ppl ${(100 * pr / pn).toFixed(1)}`);
}
console.log(line.join(' | '), `|| mean loo ${(100 * tl / names.length).toFixed(1)} ppl ${(100 * tp / names.length).toFixed(1)}`);
