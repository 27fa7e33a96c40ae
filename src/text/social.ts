/**
 * Messages that only greet, thank or say goodbye ("good night bot x", "night all", "cheers, see ya", "iyi
 * geceler"): nothing is asked. The knowledge's small-talk intents answer the ones their patterns know; for the rest
 * the bot must not read the words as a question. A hotel FAQ without a goodbye intent answered "good night bot x"
 * with its room-service hours ("night" is a word of that answer), at 0.68.
 *
 * Only whole messages: a social word beside any word of a question ("thanks! and when?", "good morning, where is
 * the deposit") leaves the message a question.
 */
import { CHAT_FILLER, STOP_WORDS, words } from './normalize.ts';

/** Words that greet, thank or part on their own, in English and Turkish (folded: no Turkish letters). */
const SOCIAL_WORDS = new Set(
  (
    'bye byee byeee goodbye goodnight gnight nite nighty gn gm ttyl cya laters hello hi hey heya hiya howdy ' +
    'thanks thank thx ty cheers ta x xx xxx xoxo ' +
    'selam slm merhaba mrb gunaydin tunaydin gorusuruz gorusmek eyvallah eyv sagol sagolun tesekkurler tesekkur tsk ' +
    'tesekkuler hoscakal bb'
  ).split(' '),
);

/**
 * Phrases that are social only as a whole ("good night", "see you", "have a nice day", "iyi geceler", "hoşça kal"):
 * alone, "night", "day" or "morning" may be what is asked ("tomorrow morning?").
 */
const SOCIAL_PHRASES: readonly string[][] = [
  ...['night', 'morning', 'afternoon', 'evening', 'day'].map((w) => ['good', w]),
  ...['night', 'all', 'everyone', 'everybody', 'guys', 'folks', 'yall'].map((w) => ['night', w]),
  ...['you', 'ya', 'u'].map((w) => ['see', w]),
  ['take', 'care'],
  ['sweet', 'dreams'],
  ...['good', 'nice', 'great', 'lovely'].flatMap((a) => ['day', 'night', 'evening', 'weekend', 'one'].map((w) => ['have', 'a', a, w])),
  ...['geceler', 'aksamlar', 'gunler'].map((w) => ['iyi', w]),
  ['hosca', 'kal'],
];

/** Words that may stand beside a greeting or goodbye without asking anything ("night all", "see you later", "thanks so much"). */
const SOCIAL_TAILS = new Set('all everyone everybody later soon tomorrow again much lot you'.split(' '));

/** Whether the whole message only greets, thanks or says goodbye (see the module comment). */
export function onlySocial(question: string): boolean {
  // (words() folds: no Turkish letters, lower case.)
  const ws = words(question);
  if (ws.length === 0 || ws.length > 10) return false;
  let social = 0;
  for (let i = 0; i < ws.length; ) {
    const phrase = SOCIAL_PHRASES.find((p) => p.every((w, k) => ws[i + k] === w));
    if (phrase) {
      social++;
      i += phrase.length;
      continue;
    }
    const w = ws[i]!;
    if (SOCIAL_WORDS.has(w)) social++;
    else if (!SOCIAL_TAILS.has(w) && !STOP_WORDS.has(w) && !CHAT_FILLER.has(w)) return false;
    i++;
  }
  return social > 0;
}
