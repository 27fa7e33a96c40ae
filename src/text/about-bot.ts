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

const OUTLET = '(?:news ?paper|paper|publication|outlet|news outlet|news site|news source|site|website|web site|magazine|article|report|story|news story|news|source|sources)';
const THIS = '(?:this|these|all this|all of this|this info|this information|this stuff|your info|your information|your answers|your facts|the info|the information|the answers)';
/**
 * Messages asking where the bot's knowledge comes from ("what newspaper is this from?", "which article is this based
 * on?", "where did you get all this?"): about the bot, whatever words they share with a fact ("what newspaper is this
 * from" was answered with the fact about the Global Times, "what article is this from" with the first fact). Read
 * whole, like the shapes above. Not with "that" or "it" ("where did you get that?"): after an answer they ask whose word
 * that answer is, a follow-up (SOURCE_ASKED), and small talk is read first.
 */
const EN_SOURCE = new RegExp(
  [
    // "what newspaper is this from", "which article is this info based on", "what site are your answers from"
    `^(?:what|which) ${OUTLET} (?:is|are|was|were) ${THIS} (?:from|based on|taken from|sourced from|out of)`,
    // "what article are you based on", "which newspaper do you use", "what report are you reading from"
    `^(?:what|which) ${OUTLET} (?:are you|do you|did you) (?:based on|using|use|reading|read|reading from|quoting|quote|cite|citing|trained on|get ${THIS} from|take ${THIS} from)`,
    // "where is this from", "where does all this info come from", "where is this information taken from"
    `^where (?:is|are|does|do|did) ${THIS} (?:from|come from|coming from|taken from)`,
    // "where did you get all this", "where do you get this info from", "where did you read this"
    `^where (?:did|do) you (?:get|read|find|learn|take) ${THIS}(?: from)?`,
    // "what is your source", "what's the source", "what are the sources", "what's the article"
    `^(?:what is|whats|what s|what are|which is) (?:your|the) ${OUTLET}`,
    // "is this from a newspaper", "are you based on an article", "is this based on the news"
    `^(?:is this|is it|are you|are these answers|is this info) (?:from|based on|taken from) (?:a |an |the |some )?${OUTLET}`,
    // "who wrote this", "who wrote the article", "who published the report"
    `^who (?:wrote|published|reported) (?:this|the article|the report|the story|this article|this report|this story)`,
  ]
    .map((p) => `(?:${p})$`)
    .join('|'),
  'u',
);

const TR_OUTLET = '(?:gazete|gazeteden|haber|haberden|habere|site|siteden|siteye|kaynak|kaynaktan|kaynaga|makale|makaleden|makaleye|yayin|yayindan)';
/** Turkish, folded as above: "bu hangi gazeteden", "hangi habere dayanıyorsun", "bunları nereden öğrendin". */
const TR_SOURCE = new RegExp(
  [
    `^(?:bu|bunlar|bu bilgiler|bilgiler) hangi ${TR_OUTLET}(?: alinmis| alindi| geliyor| geldi)?`,
    `^hangi ${TR_OUTLET} (?:dayaniyorsun|dayaniyorsunuz|dayaniyor|kullaniyorsun|kullaniyorsunuz|okuyorsun|alinmis|alindi|bu|bunlar)`,
    `^(?:bilgilerini|bilgileri|bunlari|bunu|bu bilgileri) (?:nereden|nerden|nerde|nereden mi) (?:aliyorsun|aliyorsunuz|buldun|buluyorsun|ogrendin|okudun|aldin)`,
    `^(?:kaynagin|kaynaklarin|kaynaginiz) (?:ne|neler|hangisi)`,
    // "yazıyı kim yazmış", "haberi kim yazdı", "bu haberi kim yayınladı" (who wrote the piece: the report behind the bot)
    `^(?:bu )?(?:yaziyi|haberi|makaleyi|yazi|haber|makale) kim (?:yazmis|yazdi|yayinlamis|yayinladi|hazirlamis|hazirladi)`,
  ]
    .map((p) => `(?:${p})$`)
    .join('|'),
  'u',
);

/** Chat noise around the question ("you a bot lol", "hey are you human?", "pls who made you"). */
const NOISE = new Set(['lol', 'lmao', 'haha', 'hah', 'hehe', 'pls', 'plz', 'please', 'hey', 'hi', 'hello', 'ok', 'okay', 'so', 'um', 'umm', 'hmm', 'btw', 'seriously', 'honestly', 'just', 'curious', 'ya', 'yaa', 'hocam', 'abi', 'acaba', 'merhaba', 'selam']);

/** What a message about the bot asks: what the bot is, or where its knowledge comes from; and in which language. */
export interface AboutTheBot {
  asks: 'identity' | 'source';
  language: 'en' | 'tr';
}

/** Whether a small-talk key asks what the bot is or where its knowledge comes from, and in which language; or null. */
export function asksAboutTheBot(key: string): AboutTheBot | null {
  const k = key
    .split(' ')
    .filter((w) => w.length > 0 && !NOISE.has(w))
    .join(' ');
  if (k.length === 0 || k.length > 60) return null;
  if (EN.test(k)) return { asks: 'identity', language: 'en' };
  if (TR.test(k)) return { asks: 'identity', language: 'tr' };
  if (EN_SOURCE.test(k)) return { asks: 'source', language: 'en' };
  if (TR_SOURCE.test(k)) return { asks: 'source', language: 'tr' };
  return null;
}
