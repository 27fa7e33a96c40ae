import { SEARCH, CALIBRATION } from '../../src/config.ts';
for (const kv of (process.env.EXP ?? '').split(',').filter(Boolean)) { const [k, v] = kv.split('='); const path = k!.replace(/^C\./, '').split('.'); let o: any = k!.startsWith('C.') ? CALIBRATION : SEARCH; for (const p of path.slice(0, -1)) o = o[p]; o[path.at(-1)!] = Number(v); }
const { buildIndex, TextKind } = await import('../../src/engine/index.ts');
const { rank } = await import('../../src/engine/rank.ts');
const { OFF_TOPIC_QUESTIONS } = await import('../../src/engine/offtopic.ts');
const { curatedSets, folderSet, covidfaqSet, DEFAULT_COVIDFAQ } = await import('../quality/sets.ts');
const sets = [curatedSets()[1]!, covidfaqSet(DEFAULT_COVIDFAQ), folderSet('library', ''), folderSet('tidesync', ''), curatedSets()[0]!];
const q = (xs: number[], ps = [0.1, 0.25, 0.5, 0.75, 0.9]) => { const s = [...xs].sort((a, b) => a - b); return `n=${String(xs.length).padStart(4)} ` + ps.map((p) => (s[Math.floor(p * (s.length - 1))] ?? NaN).toFixed(2)).join(' '); };
const field = process.env.F ?? 'score';
for (const s of sets) {
  const index = buildIndex(s.knowledge);
  const posR: number[] = [], posW: number[] = [], hard: number[] = [];
  for (let f = 0; f < index.facts.length; f++) {
    for (let k = index.texts.textStart[f]!; k < index.texts.textStart[f + 1]!; k++) {
      if (index.texts.kind[k] !== TextKind.question) continue;
      const qq = index.facts[f]!.questions[index.texts.question[k]!]!;
      const top = rank(qq, index, 1, { mask: { fact: f, text: k } })[0] as any;
      (top?.factId === index.facts[f]!.id ? posR : posW).push(top?.[field] ?? 0);
      const h = rank(qq, index, 1, { mask: { fact: f, text: -1 } })[0] as any;
      hard.push(h?.[field] ?? 0);
    }
  }
  const off = OFF_TOPIC_QUESTIONS.map((x) => (rank(x, index, 1)[0] as any)?.[field] ?? 0);
  const pr: number[] = [], pw: number[] = [], po: number[] = [];
  for (const qs of s.questions.slice(0, 1)) {
    for (const a of qs.answerable) { const t = rank(a.q, index, 1)[0] as any; (t && a.expect.includes(t.factId) ? pr : pw).push(t?.[field] ?? 0); }
    for (const x of qs.outOfScope) po.push((rank(x, index, 1)[0] as any)?.[field] ?? 0);
  }
  console.log(`== ${s.name}   (quantiles .1 .25 .5 .75 .9)`);
  console.log('  LOO right   ', q(posR)); console.log('  LOO wrong   ', q(posW)); console.log('  fact-out    ', q(hard)); console.log('  off-topic   ', q(off));
  console.log('  people right', q(pr)); console.log('  people wrong', q(pw)); console.log('  people OOS  ', q(po));
}
