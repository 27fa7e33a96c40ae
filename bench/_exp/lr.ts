import fs from 'node:fs';
import { oracle } from './oracle-lib.ts';
const rows = JSON.parse(fs.readFileSync(process.env.IN ?? '/tmp/qwork/collect.json', 'utf8')) as any[];
const feats = (r: any) => [1, r.s1, r.s1 - r.s2, r.c1, r.q1];
function fit(X: number[][], y: number[], w8: number[], l2 = 0.01, iters = 3000, lr = 0.5) {
  const d = X[0]!.length; const w = new Array(d).fill(0);
  for (let it = 0; it < iters; it++) {
    const g = new Array(d).fill(0); let W = 0;
    for (let i = 0; i < X.length; i++) { const z = X[i]!.reduce((s, x, j) => s + x * w[j], 0); const p = 1 / (1 + Math.exp(-z)); for (let j = 0; j < d; j++) g[j] += w8[i]! * (p - y[i]!) * X[i]![j]!; W += w8[i]!; }
    for (let j = 0; j < d; j++) w[j] -= lr * (g[j] / W + (j > 0 ? l2 * w[j] : 0));
  }
  return w;
}
function auc(pos: number[], neg: number[]) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return s / Math.max(1, pos.length * neg.length); }
for (const kb of [...new Set(rows.map((r) => r.kb))]) {
  const k = rows.filter((r) => r.kb === kb);
  const cal = k.filter((r) => r.kind === 'loo' || r.kind === 'factout' || r.kind === 'offtopic');
  const nPos = cal.filter((r) => r.kind === 'loo').length, nHard = cal.filter((r) => r.kind === 'factout').length, nEasy = cal.filter((r) => r.kind === 'offtopic').length;
  const w8 = cal.map((r) => (r.kind === 'loo' ? 1 / nPos : r.kind === 'factout' ? 0.75 / nHard : 0.25 / nEasy));
  const w = fit(cal.map(feats), cal.map((r) => (r.kind === 'loo' && r.right ? 1 : 0)), w8);
  const score = (r: any) => feats(r).reduce((s, x, j) => s + x * w[j], 0);
  const ppl = k.filter((r) => r.kind === 'people' || r.kind === 'peopleoos');
  const pos = ppl.filter((r) => r.kind === 'people' && r.right), neg = ppl.filter((r) => !(r.kind === 'people' && r.right));
  const o1 = oracle(ppl.map((r) => ({ score: r.s1, right: r.right, oos: r.kind === 'peopleoos' })));
  const o2 = oracle(ppl.map((r) => ({ score: score(r), right: r.right, oos: r.kind === 'peopleoos' })));
  console.log(`${kb.padEnd(9)} w=[${w.map((x) => x.toFixed(1)).join(', ')}] AUC s1 ${auc(pos.map((r) => r.s1), neg.map((r) => r.s1)).toFixed(3)} lr ${auc(pos.map(score), neg.map(score)).toFixed(3)} | oracle s1 ${(o1.right * 100).toFixed(1)} lr ${(o2.right * 100).toFixed(1)}`);
}
