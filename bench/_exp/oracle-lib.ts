export function oracle(items: { score: number; right: boolean; oos: boolean }[], maxWrong = 0.05, maxFalse = 0.1) {
  const nAns = items.filter((i) => !i.oos).length;
  const nOos = items.filter((i) => i.oos).length;
  const sorted = [...items].sort((a, b) => b.score - a.score);
  let right = 0, wrong = 0, fa = 0, best = { right: 0, thr: Infinity, wrong: 0, fa: 0 };
  for (const it of sorted) {
    if (it.oos) fa++; else if (it.right) right++; else wrong++;
    if (wrong / nAns <= maxWrong && fa / nOos <= maxFalse && right > best.right) best = { right, thr: it.score, wrong, fa };
  }
  return { right: best.right / nAns, wrong: best.wrong / nAns, fa: best.fa / nOos, thr: best.thr };
}
