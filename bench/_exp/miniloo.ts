import MiniSearch from 'minisearch';
import { curatedSets, folderSet, covidfaqSet, DEFAULT_COVIDFAQ } from '../quality/sets.ts';
const sets = [curatedSets()[1]!, covidfaqSet(DEFAULT_COVIDFAQ), folderSet('library', ''), folderSet('tidesync', '')];
const opts = (process.argv[2] ?? 'default');
for (const s of sets) {
  let r = 0, n = 0;
  for (const f of s.knowledge.facts) f.questions.forEach((q, j) => {
    const mini = new MiniSearch<any>({ fields: ['questions', 'answer', 'keywords'], searchOptions: opts === 'plain' ? {} : { boost: { questions: 2, keywords: 1.5 }, fuzzy: 0.2, prefix: true } });
    mini.addAll(s.knowledge.facts.map((g) => ({ id: g.id, questions: (g === f ? g.questions.filter((_, k) => k !== j) : g.questions).join(' '), answer: g.answer, keywords: g.keywords.join(' ') })));
    n++; if (mini.search(q)[0]?.id === f.id) r++;
  });
  console.log(s.name, 'minisearch LOO top1', (100 * r / n).toFixed(1));
}
