import { SEARCH } from '../../src/config.ts';
for (const kv of (process.env.EXP ?? '').split(',').filter(Boolean)) { const [k, v] = kv.split('='); (SEARCH as any)[k!] = Number(v); }
const { buildIndex } = await import('../../src/engine/index.ts');
const { rank } = await import('../../src/engine/rank.ts');
const { folderSet } = await import('../quality/sets.ts');
const s = folderSet('library', '');
const idx = buildIndex(s.knowledge);
let r = 0; for (const a of s.questions[0]!.answerable) { if (a.expect.includes(rank(a.q, idx, 1)[0]?.factId ?? '')) r++; }
console.log(SEARCH.wordnetWeight, r, rank('how much to rent the riverside hall', idx, 2).map((x) => x.factId + ' ' + x.score.toFixed(3)));
