/**
 * Messages that ask what the bot is ("are you a real person?", "r u a bot", "am i talking to a human", "what's your
 * name", "who made you", "gerçek insan mısın"). They are about the bot, never about the knowledge's topic, so no fact
 * answers them, whatever words they share with one: "are you a real person" was answered with the curated knowledge's
 * fact about a meeting "in person", and on a railway's FAQ with the railcard "for people aged 16 to 25". A maintainer's
 * small-talk patterns come first; these shapes catch the wordings a maintainer did not list, in any knowledge.
 *
 * Read on a small-talk key (lower case, punctuation gone, the bot's own names left out) with chat spellings written
 * out ("r u" → "are you"), whole: a longer message ("are you a bot or can you tell me where the deposit is?") is a
 * question and is answered as one.
 */

const WHAT = '(?:a |an )?(?:real |actual |live |proper |human )?(?:person|human|human being|bot|robot|ai|a i|machine|chatbot|chat bot|computer|program|programme|chatgpt|gpt|llm)';
const EN = new RegExp(
  [
    // "are you a real person", "are you human or a bot", "you a bot", "is this a bot", "is this chatgpt"
    `^(?:are you|you|is this|is it|is this thing|are these answers from) ${WHAT}(?: or ${WHAT})?`,
    // "am i talking to a human", "am i chatting with a bot or a person", "is there a person behind this"
    `^am i (?:talking|speaking|chatting) (?:to|with) ${WHAT}(?: or ${WHAT})?`,
    `^is there (?:a |an )?(?:real )?(?:person|human) (?:behind|answering|typing|reading) (?:this|these|you|me)`,
    // "what's your name", "what is your name", "do you have a name"
    `^(?:what is|whats|what s|what) your name`,
    `^do you have a name`,
    // "who made you", "who built this bot", "who runs you", "who programmed you"
    `^who (?:made|built|created|wrote|programmed|coded|runs|owns|trained|designed) (?:you|this bot|this|the bot)`,
    // "are you alive", "are you sentient", "are you conscious"
    `^are you (?:alive|sentient|conscious|self aware)`,
  ]
    .map((p) => `(?:${p})$`)
    .join('|'),
  'u',
);

const TR_WHAT = '(?:bir |bi )?(?:gercek |canli )?(?:bir |bi )?(?:insan|bot|robot|yapay zeka|makine|program|chatgpt)';
/** Turkish, on the key as `words` gives it, its letters folded ("gerçek insan mısın" → "gercek insan misin"). */
const TR = new RegExp(
  [
    // "gerçek insan mısın", "bot musun", "sen bir robot musun", "insan mı bot mu"
    `^(?:sen )?${TR_WHAT} (?:misin|musun|misiniz|musunuz|mi|mu)(?: ${TR_WHAT} (?:mi|mu|misin|musun))?`,
    // "bir insanla mı konuşuyorum", "botla mı konuşuyorum"
    `^(?:bir |bi )?(?:gercek )?(?:insanla|botla|robotla|makineyle|yapay zekayla) mi (?:konusuyorum|yaziyorum|yazisiyorum)`,
    // "adın ne", "senin adın ne", "ismin ne"
    `^(?:senin )?(?:adin|ismin) ne`,
    // "seni kim yaptı", "seni kim yazdı"
    `^seni kim (?:yapti|yazdi|olusturdu|programladi|gelistirdi)`,
  ]
    .map((p) => `(?:${p})$`)
    .join('|'),
  'u',
);

/** Chat noise around the question ("you a bot lol", "hey are you human?", "pls who made you"). */
const NOISE = new Set(['lol', 'lmao', 'haha', 'hah', 'hehe', 'pls', 'plz', 'please', 'hey', 'hi', 'hello', 'ok', 'okay', 'so', 'um', 'umm', 'hmm', 'btw', 'seriously', 'honestly', 'just', 'curious', 'ya', 'yaa', 'hocam', 'abi', 'acaba', 'merhaba', 'selam']);

/** Whether a small-talk key asks what the bot is: `'en'` or `'tr'` for the language it asks in, or null. */
export function asksAboutTheBot(key: string): 'en' | 'tr' | null {
  const k = key
    .split(' ')
    .filter((w) => w.length > 0 && !NOISE.has(w))
    .join(' ');
  if (k.length === 0 || k.length > 60) return null;
  if (EN.test(k)) return 'en';
  return TR.test(k) ? 'tr' : null;
}
