/**
 * One thing, two words: British and American English ("cot" and "crib", "lift" and "elevator", "hire" and
 * "rental") and everyday or child's words for a common one ("brekkie", "doggy"). Knowledge is written in one
 * variety and people ask in theirs: a hotel FAQ that says "cot" declined "can we have a crib in the room for the
 * baby?". Read as chat shorthand is (terms.ts): only for a word the knowledge does not use itself, as the first of
 * its words that the knowledge has. Only words with one everyday sense on both sides: not "flat", "fall", "gas",
 * "chips", "cookie", "line", "tap", "check" (each also something else). Typed words, so plurals are listed too.
 */
const PAIRS =
  // British ↔ American
  'cot:crib crib:cot cots:cribs cribs:cots nappy:diaper nappies:diapers diaper:nappy diapers:nappies ' +
  'pushchair:stroller|buggy|pram stroller:pushchair|buggy|pram buggy:pushchair|stroller|pram pram:pushchair|stroller|buggy ' +
  'lift:elevator elevator:lift lifts:elevators elevators:lifts toilet:restroom|bathroom restroom:toilet|loo|bathroom ' +
  'restrooms:toilets|loos loo:toilet|restroom loos:toilets|restrooms washroom:toilet|restroom ' +
  'holiday:vacation vacation:holiday holidays:vacations vacations:holidays apartment:flat ' +
  'rubbish:trash|garbage|waste trash:rubbish|garbage|waste garbage:rubbish|trash|waste pavement:sidewalk sidewalk:pavement ' +
  'sweets:candy candy:sweets film:movie movie:film films:movies movies:films postcode:zipcode|zip|address zipcode:postcode|address ' +
  // (what a postcode or a satnav is asked for: where the place is, when the knowledge writes neither)
  'satnav:postcode|address|directions ' +
  // ("my bike got nicked", "a parking spot": the knowledge's "stolen", "space")
  'nicked:stolen|theft pinched:stolen|theft spot:space|place spots:spaces|places ' +
  // ("erdogan + xi meetup": the knowledge's "meeting")
  'meetup:meeting|meet meetups:meetings|meet ' +
  'wardrobe:closet closet:wardrobe chemist:pharmacy|drugstore pharmacy:chemist|drugstore drugstore:pharmacy|chemist ' +
  'football:soccer soccer:football maths:math math:maths hire:rental|rent rental:hire|rent rent:hire|rental ' +
  'lorry:truck truck:lorry torch:flashlight flashlight:torch timetable:schedule schedule:timetable ' +
  'luggage:baggage|bags|suitcases baggage:luggage|bags fridge:refrigerator refrigerator:fridge ' +
  'booking:reservation reservation:booking bookings:reservations reservations:bookings ' +
  'mobile:cellphone|phone cellphone:mobile|phone motorway:highway|freeway highway:motorway ' +
  'petrol:gasoline|fuel gasoline:petrol|fuel ' +
  // Everyday and child's words
  'brekkie:breakfast brekky:breakfast doggy:dog doggie:dog doggo:dog pupper:dog puppy:dog|pup kitty:cat kitten:cat|kitty ' +
  'telly:tv|television tv:television|telly television:tv|telly ' +
  'kiddo:child|kid kiddos:children|kids kids:children|child kid:child|children ' +
  'children:kids|kid child:kid|kids bike:bicycle|cycle bicycle:bike|cycle bikes:bicycles|bike bicycles:bikes|bike ' +
  'car:vehicle vehicle:car baby:infant|child babies:infants|children infant:baby|child parent:mum|mother|dad ' +
  // Two everyday words for one act or thing
  'begin:start begins:starts beginning:start commence:start|begin shut:close shuts:closes finish:end end:finish ' +
  'buy:purchase bought:purchased purchase:buy photos:pictures|photographs photo:picture|photograph ' +
  'pictures:photos|photographs picture:photo|photograph ' +
  'cost:price|fee costs:prices|fees price:cost|fee prices:costs|fees fee:cost|price|charge fees:costs|prices|charges ' +
  'closest:nearest nearest:closest allowed:permitted permitted:allowed allow:permit permit:allow ' +
  'big:large large:big sick:ill|unwell ill:sick|unwell unwell:ill|sick broken:damaged damaged:broken fix:repair ' +
  'repair:fix required:needed|need require:need needed:required|require telephone:phone ' +
  // … and for one feeling ("why's brussels stressed?", "who's freaking out about it?" of a report that says "worried")
  'stressed:worried|concerned anxious:worried|concerned nervous:worried|concerned worried:concerned concerned:worried ' +
  'freaking:worried|concerned freaked:worried|concerned panicking:worried|concerned panicked:worried|concerned spooked:worried|concerned rattled:worried|concerned ' +
  // ("why does it freak out the west?", "why are DC and brussels sweating?")
  'freak:worried|concerned sweating:worried|concerned ' +
  // … and the American South's ("how big a outfit is byd", "that bayraktar feller", "what'd they jaw about", "go get em
  // somewheres else")
  'outfit:company|firm outfits:companies|firms feller:guy|man fellers:guys|men jaw:talk jawed:talked jawing:talking jawin:talking ' +
  'somewheres:somewhere em:them';

/**
 * People of the asker's family, as the knowledge names them ("can my son swim alone?": the knowledge's "child").
 * When the knowledge names none of a word's people, the word says who asks, not what is asked (ASKERS_PEOPLE).
 */
const ASKERS_PAIRS =
  'son:child|kid daughter:child|kid sons:children|kids daughters:children|kids toddler:child|kid|infant toddlers:children|kids ' +
  'husband:partner|spouse wife:partner|spouse hubby:husband|partner boyfriend:partner girlfriend:partner ' +
  'mum:mother|mom|parent mom:mum|mother|parent mommy:mum|mom|mother mummy:mum|mom|mother dad:father|parent daddy:dad|father ' +
  'mums:mothers|parents dads:fathers|parents grandma:grandparent gran:grandparent nan:grandparent grandad:grandparent ' +
  'grandpa:grandparent brother:sibling sister:sibling brothers:siblings sisters:siblings ' +
  // (and the other way: "my grandson says …", an older asker's)
  'grandson:grandchild|child granddaughter:grandchild|child grandkid:grandchild|child grandkids:grandchildren|children grandchildren:grandkids|children';

const pairs = (list: string) => list.split(' ').map((pair) => pair.split(':') as [string, string]);

/** Typed word → the words it stands for, first the likeliest ("|"), as {@link CHAT_WORDS} lists them. */
export const REGIONAL_WORDS: ReadonlyMap<string, string> = new Map([...pairs(PAIRS), ...pairs(ASKERS_PAIRS)]);

/**
 * The asker's people ("my son", "my sister"): who asks, not what is asked, when the knowledge names none of them.
 * Then they say nothing of the question (as "please" does), instead of weighing like the rarest word (terms.ts).
 */
export const ASKERS_PEOPLE: ReadonlySet<string> = new Set(pairs(ASKERS_PAIRS).map(([word]) => word));
