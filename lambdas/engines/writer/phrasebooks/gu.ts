import type { NativePhrasebook } from './types.js';

/**
 * Gujarati phrasebook (docs/writer.md, "Phrasebooks"), written natively in everyday spoken Gujarati as it is
 * posted on Instagram/WhatsApp: ચા-ગાંઠિયા, ફાફડા, ઉત્તરાયણ, વરઘોડો, જલસો, "હાજી હા", "દેવાળું".
 *
 * Grammar: Gujarati's simple present ("ઊંઘે છે") does not agree in gender, so most lines need no
 * alternatives; perfects, participles and -ો/-ી/-ું adjectives use `{m|f|n}`. Gujarati writes its case
 * endings (-નો, -ને, -એ, -માં) joined to the noun and puts a native noun in its oblique form before "પાસે",
 * "માટે", "સામે" (આ કૂતરા પાસે), so `{name}` appears only as a nominative subject or before the particle "જ";
 * never as a vocative, because the unnamed subject is "આ {noun}" ("this dog"). Every line roasts the pet's
 * behaviour only.
 */
export const GUJARATI: NativePhrasebook = {
  language: 'gu',
  nouns: {
    dog: { one: 'કૂતરો', many: 'કૂતરા', gender: 'm' },
    cat: { one: 'બિલાડી', many: 'બિલાડીઓ', gender: 'f' },
    bird: { one: 'પક્ષી', many: 'પક્ષીઓ', gender: 'n' },
    horse: { one: 'ઘોડો', many: 'ઘોડા', gender: 'm' },
    sheep: { one: 'ઘેટું', many: 'ઘેટાં', gender: 'n' },
    cow: { one: 'ગાય', many: 'ગાયો', gender: 'f' },
    elephant: { one: 'હાથી', many: 'હાથીઓ', gender: 'm' },
    bear: { one: 'રીંછ', many: 'રીંછ', gender: 'n' },
    zebra: { one: 'ઝીબ્રા', many: 'ઝીબ્રા', gender: 'n' },
    giraffe: { one: 'જિરાફ', many: 'જિરાફ', gender: 'n' },
  },
  unnamed: { text: 'આ {noun}', en: 'this {noun}' },
  gangLeader: { text: 'ગેંગ લીડર', gender: 'm', en: 'the gang leader (a loanword phrase that stays unchanged before પાસે/માટે/સામે)' },
  title: {
    named: { text: 'આજનો રોસ્ટ: {name}', en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: 'આજનો રોસ્ટ', en: "Today's roast" },
  },
  numbers: { 2: 'બે', 3: 'ત્રણ', 4: 'ચાર', 5: 'પાંચ', 6: 'છ', 7: 'સાત', 8: 'આઠ', 9: 'નવ', 10: 'દસ' },
  mixedNoun: { one: 'પ્રાણી', many: 'પ્રાણીઓ', gender: 'n' },
  openers: [
    {
      text: 'કેમ છો મિત્રો! આજે રોસ્ટની ખુરશી પર {બેઠો|બેઠી|બેઠું} છે {name}, ઘરનું સૌથી ક્યૂટ તોફાન.',
      en: 'Hello friends! In the roast chair today sits {name}, the cutest little storm in the house.',
    },
    {
      text: 'ન નોકરી, ન ભાડું, તોય આખા ઘરમાં હુકમ તો {name} જ ચલાવે છે.',
      en: 'No job, no rent, and still the only one giving orders in this whole house is {name}.',
    },
    {
      text: 'બ્રેકિંગ ન્યૂઝ: {name} સારા વર્તનની પરીક્ષામાં સતત ત્રીજા વર્ષે નાપાસ {થયો|થઈ|થયું} છે.',
      en: 'Breaking news: {name} has failed the good-behaviour exam for the third year running.',
    },
    {
      text: '{Name} સમજે છે કે આ વખાણનો વીડિયો છે. ભોળપણની પણ કોઈ હદ હોય!',
      en: '{Name} thinks this is a video full of praise. Even innocence should have a limit!',
    },
    {
      text: '{Name}? દેખાવે એકદમ {ભોળો|ભોળી|ભોળું}, પણ કારનામાં સાંભળશો તો માથું પકડી લેશો.',
      en: "{Name}? Looks totally innocent, but hear about the exploits and you'll be holding your head.",
    },
    {
      text: 'ચા-ગાંઠિયા લઈને બેસી જાવ, કારણ કે આજે {name} {બરાબરનો પકડાયો|બરાબરની પકડાઈ|બરાબરનું પકડાયું} છે.',
      en: 'Grab your tea and ganthiya (a Gujarati snack) and settle in, because today {name} has been well and truly caught.',
    },
  ],
  groupOpeners: [
    {
      text: 'અહીં {count} {nouns} છે, અને બધાંની વચ્ચે મગજ એક જ છે, એ પણ રજા પર.',
      en: "There are {count} {nouns} here, and one brain between them, and that one's on leave.",
    },
    {
      text: '{Count} {nouns}, એક ઘર, અને શિસ્ત? એનું તો નામ જ ન લેતા.',
      en: "{Count} {nouns}, one house, and discipline? Don't even mention the word.",
    },
    {
      text: '{count} {nouns} એટલે ઘરમાં રોજ લગ્નના વરઘોડા જેવી ધમાલ.',
      en: '{count} {nouns} means a wedding-procession-level racket at home every single day.',
    },
    {
      text: '{count} {nouns} એટલે ઘર નહીં, આખું સર્કસ, અને રિંગમાસ્ટર કોઈ નહીં.',
      en: "{count} {nouns} means it's not a house, it's a whole circus, with no ringmaster.",
    },
  ],
  classJabs: {
    dog: [
      {
        text: '{Name} કુરિયરવાળાને જોઈને એમ પૂંછડી હલાવે છે જાણે વર્ષો પછી મામા ઘરે આવ્યા હોય.',
        en: '{Name} wags its tail at the courier guy as if a favourite uncle had come home after years.',
      },
      {
        text: 'રોટલી દેખાય એટલે {name} એવું મોઢું બનાવે છે જાણે અઠવાડિયાથી {ભૂખ્યો|ભૂખી|ભૂખ્યું} હોય.',
        en: 'The moment a roti appears, {name} makes a face as if it had been starving for a week.',
      },
      {
        text: '{Name} રોજ પોતાની પૂંછડી પાછળ દોડે છે અને રોજ હારે છે; ફાઇનલ સુધી તો ક્યારેય {પહોંચતો|પહોંચતી|પહોંચતું} જ નથી.',
        en: '{Name} chases its own tail every day and loses every day; it never even makes the final.',
      },
    ],
    cat: [
      {
        text: '{Name} ટેબલ પરની દરેક વસ્તુ નીચે પાડીને રોજ ન્યૂટનનો નિયમ ચેક કરે છે.',
        en: "{Name} knocks everything off the table to re-check Newton's law every day.",
      },
      {
        text: 'મોંઘું રમકડું લાવો તો {name} સામું પણ નથી {જોતો|જોતી|જોતું}, પણ એના ખોખા પર ઓવારી જાય છે.',
        en: "Bring an expensive toy and {name} won't even look at it, but absolutely adores the box it came in.",
      },
      {
        text: '{Name} આખો દિવસ બારીએ બેસીને આખી સોસાયટીની ખબર રાખે છે, ન્યૂઝ ચેનલ કરતાં પણ ફાસ્ટ.',
        en: '{Name} sits at the window all day keeping tabs on the whole housing society, faster than a news channel.',
      },
    ],
    bird: [
      {
        text: 'ઉત્તરાયણમાં {name} પતંગ જોઈને એવી ચીસો પાડે છે જાણે પેચ એણે જ કાપ્યો હોય.',
        en: 'At Uttarayan (the kite festival) {name} shrieks at the kites as if it had cut the rival kite itself.',
      },
      {
        text: '{Name} ઘરના બધા રિંગટોનની નકલ કરે છે, પણ કામનો એક શબ્દ નથી {બોલતો|બોલતી|બોલતું}.',
        en: "{Name} copies every ringtone in the house but won't say one useful word.",
      },
      {
        text: 'પાંખો હોવા છતાં {name} ઘરમાં પગપાળા જ ફરે છે; ઊડવું જાણે ઓપ્શનલ વિષય હોય.',
        en: 'Despite having wings, {name} walks everywhere in the house, as if flying were an optional subject.',
      },
    ],
    horse: [
      {
        text: '{Name} દેખાવે રેસનો ઘોડો, પણ સ્પીડ સોમવાર સવારના ટ્રાફિક જેવી.',
        en: '{Name} looks like a racehorse, but moves at the speed of Monday-morning traffic.',
      },
      {
        text: 'ગાજર દેખાય એટલે {name} વરઘોડાના ઘોડાની જેમ નાચવા લાગે છે.',
        en: 'Show {name} a carrot and it starts dancing like the horse in a wedding procession.',
      },
      {
        text: '{Name} પોતાની કેશવાળી એવી રીતે ઉછાળે છે જાણે શેમ્પૂની જાહેરાતનું શૂટિંગ ચાલતું હોય.',
        en: '{Name} tosses that mane around as if a shampoo advert were being shot.',
      },
    ],
    sheep: [
      {
        text: 'આગળવાળું ખાડામાં કૂદે તો {name} પણ પાછળ કૂદી પડે; વિચારવાનું કામ બીજાનું.',
        en: "If the one in front jumps into a pit, {name} jumps right after; thinking is someone else's job.",
      },
      {
        text: 'શિયાળામાં {name} પોતે જ હરતી-ફરતી સ્વેટરની દુકાન બની જાય છે.',
        en: 'Come winter, {name} turns into a walking sweater shop all by itself.',
      },
      {
        text: '{Name} આખો દિવસ બેં બેં કરીને બસ બધાની હાજી હા કરે છે.',
        en: '{Name} goes "baa baa" all day and just says yes to everybody ("haji ha": Gujarati for a yes-man\'s agreeing).',
      },
    ],
    cow: [
      {
        text: '{Name} ઘાસ એવી રીતે વાગોળે છે જાણે શેરબજારના ભાવ પર ઊંડો વિચાર {કરતો|કરતી|કરતું} હોય.',
        en: '{Name} chews the cud as if deeply pondering stock-market prices (pun: "vagolvu" means both chewing the cud and mulling over).',
      },
      {
        text: '{Name} રસ્તાની વચ્ચે {ઊભો|ઊભી|ઊભું} રહીને ટ્રાફિક પોલીસનું કામ મફતમાં કરે છે.',
        en: "{Name} stands in the middle of the road doing the traffic cop's job for free.",
      },
      {
        text: '{Name} દુનિયા સામે એટલી શાંતિથી જુએ છે કે યોગ ગુરુને પણ કોમ્પ્લેક્સ આવી જાય.',
        en: '{Name} gazes at the world so calmly that even a yoga guru would get a complex.',
      },
    ],
    elephant: [
      {
        text: '{Name} કંઈ જ {ભૂલતો|ભૂલતી|ભૂલતું} નથી: બે વર્ષ પહેલાં ન મળેલા કેળાનો હિસાબ હજી બાકી છે.',
        en: "{Name} never forgets a thing: the banana it didn't get two years ago is still an open account.",
      },
      {
        text: '{Name} સૂંઢથી પાણી ઉડાડીને આખા ઘરને વોટર પાર્ક બનાવી દે છે, એ પણ ટિકિટ વગર.',
        en: '{Name} sprays water with its trunk and turns the whole house into a water park, no ticket needed.',
      },
      {
        text: '{Name} કાનના પંખા એવા ઝુલાવે છે જાણે ઘરમાં એસી જ ન હોય.',
        en: "{Name} swings those ear-fans about as if the house had no AC.",
      },
    ],
    bear: [
      {
        text: '{Name} મધની બરણી માટે જેટલી મહેનત કરે છે, એટલી તો કોઈએ બોર્ડની પરીક્ષા માટે પણ નથી કરી.',
        en: 'Nobody ever worked as hard for their board exams as {name} works for a jar of honey.',
      },
      {
        text: 'દૂરથી {name} એકદમ ટેડી બેર લાગે છે; નજીકથી, રવિવારે વહેલા ઉઠાડેલા માણસ જેવો મૂડ.',
        en: 'From afar {name} looks just like a teddy bear; up close, the mood of someone woken early on a Sunday.',
      },
      {
        text: '{Name} આખો શિયાળો ઊંઘે છે અને પછી કહે છે કે હજી થાક નથી ઊતર્યો.',
        en: '{Name} sleeps through the whole winter and then complains it still feels tired.',
      },
    ],
    zebra: [
      {
        text: '{Name} આખી જિંદગી એક જ પટ્ટાવાળો ડ્રેસ પહેરીને ફરે છે; કબાટ ખોલવાની તસ્દી જ નહીં.',
        en: '{Name} wears the same striped outfit its whole life and never bothers to open the wardrobe.',
      },
      {
        text: '{Name} સુપરમાર્કેટમાં જાય તો કેશિયર બારકોડ સમજીને સ્કેન કરી નાખે.',
        en: 'If {name} walked into a supermarket, the cashier would scan it as a barcode.',
      },
      {
        text: '{Name} પોતે હરતું-ફરતું ઝીબ્રા ક્રોસિંગ છે, છતાં રસ્તો ઓળંગવામાં ગોટાળો કરે છે.',
        en: '{Name} is a walking zebra crossing, and still makes a mess of crossing the road.',
      },
    ],
    giraffe: [
      {
        text: '{Name} ઘરમાં સૌથી લાંબી ડોક ધરાવે છે, છતાં જોક સૌથી મોડો ત્યાં જ પહોંચે છે.',
        en: '{Name} has the longest neck in the house, and that is exactly where jokes arrive last.',
      },
      {
        text: '{Name} ફક્ત ઝાડની ટોચનાં કૂણાં પાન જ ખાય છે; નીચેનાં પાન એના માટે કેન્ટીનનું ખાવાનું છે.',
        en: '{Name} eats only the tender leaves at the treetop; the lower ones are canteen food.',
      },
      {
        text: 'સેલ્ફીમાં {name} ક્યારેય {આખો|આખી|આખું} {સમાતો|સમાતી|સમાતું} નથી, ફોટામાં ફક્ત ઘૂંટણ જ આવે છે.',
        en: '{Name} never fits into a selfie; the photo only ever gets the knees.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} દિવસના સોળ કલાક ઊંઘે છે અને બાકીના આઠ કલાક ઊંઘવાની તૈયારી કરે છે.',
        en: '{Name} sleeps sixteen hours a day and spends the other eight getting ready to sleep.',
      },
      {
        text: '{Name} {એટલો|એટલી|એટલું} આળસુ છે કે સપનામાં પણ {બેઠો|બેઠી|બેઠું} જ રહે છે.',
        en: '{Name} is so lazy that even in dreams it just stays sitting down.',
      },
      {
        text: '{Name} કસરત પણ કરે છે: તડકો ખસે એમ પોતે પણ ખસી જાય છે.',
        en: '{Name} does exercise too: whenever the patch of sunlight shifts, it shifts along.',
      },
      {
        text: '{Name} ઊઠે એની રાહ જોવા કરતાં સરકારી ઓફિસમાં ફાઇલ જલદી પાસ થઈ જાય.',
        en: 'A file would get cleared in a government office faster than {name} gets up.',
      },
    ],
    greedy: [
      {
        text: 'ફ્રિજનો દરવાજો ખૂલે એટલે {name} ત્રણ રૂમ દૂરથી હાજર થઈ જાય છે.',
        en: 'The moment the fridge door opens, {name} shows up from three rooms away.',
      },
      {
        text: "ફાફડાનું પડીકું ખખડે તોય {name} ઊંઘમાંથી ઝબકીને જાગે છે, પણ 'ના' શબ્દ ક્યારેય નથી {સાંભળતો|સાંભળતી|સાંભળતું}.",
        en: 'Even the rustle of a fafda packet jolts {name} awake, but the word "no" it never hears.',
      },
      {
        text: '{Name} જમીને તરત બીજા જમણની પૂછપરછ કરે છે, જાણે લગ્નના જમણવારમાં {બેઠો|બેઠી|બેઠું} હોય.',
        en: '{Name} asks about the next meal right after eating, as if seated at a wedding feast.',
      },
      {
        text: 'થાળી એક સેકન્ડ એકલી મૂકો, ને {name} એને ફ્રી સેમ્પલ સમજીને સાફ કરી નાખે છે.',
        en: 'Leave a plate alone for one second and {name} takes it for a free sample and licks it clean.',
      },
    ],
    loud: [
      {
        text: '{Name} એટલા જોરથી બૂમો પાડે છે કે લગ્નનો ડીજે પણ વોલ્યુમ ધીમું કરી દે.',
        en: '{Name} yells so loudly that even the wedding DJ would turn the volume down.',
      },
      {
        text: '{Name} રાત્રે ત્રણ વાગ્યે એવો જલસો કરે છે કે પડોશીઓ ફરિયાદ લઈને દરવાજે ઊભા હોય.',
        en: '{Name} throws such a party at 3 a.m. that the neighbours are at the door with complaints.',
      },
      {
        text: 'કુરિયર આવ્યો, કાગડો આવ્યો, પવન આવ્યો: {name} દરેકની જાહેરાત રેલવે સ્ટેશનના અનાઉન્સરની જેમ કરે છે.',
        en: 'Courier came, crow came, wind came: {name} announces each one like a railway station announcer.',
      },
      {
        text: '{Name} આવ્યા પછી ઘરમાં શાંતિ ફક્ત ડિક્શનરીમાં જ મળે છે.',
        en: 'Since {name} arrived, peace and quiet can only be found in the dictionary.',
      },
    ],
    grumpy: [
      {
        text: '{Name} કાયમ મોઢું ચડાવીને ફરે છે, જાણે બેંકની લાઇનમાં બે કલાકથી {ઊભો|ઊભી|ઊભું} હોય.',
        en: '{Name} sulks around all the time, as if it had been standing in a bank queue for two hours.',
      },
      {
        text: 'ગુડ મોર્નિંગ કહો તો {name} એવી નજરે જુએ છે જાણે ઇન્કમ ટેક્સની નોટિસ આવી હોય.',
        en: 'Say good morning and {name} looks at you as if an income-tax notice had arrived.',
      },
      {
        text: '{Name} ઘરમાં બધાને માર્ક્સ આપે છે, ને હજી સુધી કોઈ પાસ નથી થયું.',
        en: '{Name} grades everyone in the house, and nobody has passed so far.',
      },
      {
        text: '{Name} એવું મોં રાખે છે જાણે આખી દુનિયા એનું ઉધાર ખાઈ ગઈ હોય.',
        en: '{Name} wears a face as if the whole world owed it money and never paid it back.',
      },
    ],
    destructive: [
      {
        text: 'આ ઘરના દરેક ચંપલની એક કહાની છે, અને એનો અંત {name} લખે છે.',
        en: 'Every slipper in this house has a story, and {name} writes the ending.',
      },
      {
        text: 'નવો સોફા આવે એટલે ડિલિવરીવાળો જાય એ પહેલાં જ {name} એની વોરંટી પૂરી કરી નાખે છે.',
        en: 'When a new sofa arrives, {name} has used up its warranty before the delivery guy has even left.',
      },
      {
        text: '{Name} ઓશીકાનું રૂ એવું વેરે છે કે ઘરમાં બરફ પડ્યો હોય એવું લાગે.',
        en: '{Name} scatters the pillow stuffing until it looks like it snowed indoors.',
      },
      {
        text: 'જૂતાંની દુકાન ખોલીએ તો {name} પહેલા જ દિવસે દેવાળું કઢાવી દે.',
        en: 'If we opened a shoe shop, {name} would bankrupt it on day one.',
      },
    ],
    clumsy: [
      {
        text: '{Name} સપાટ ફરશી પર પણ લપસી પડે છે, ને પછી ફરશી સામે ગુસ્સાથી જુએ છે.',
        en: '{Name} slips even on a perfectly flat floor and then glares at the floor.',
      },
      {
        text: 'આ ઘરમાં એક પણ દરવાજો એવો નથી જેની સાથે {name} {અથડાયો|અથડાઈ|અથડાયું} ન હોય.',
        en: "There isn't a single door in this house that {name} hasn't bumped into.",
      },
      {
        text: '{Name} કૂદકો મારે ત્યારે અંદાજ હવામાન ખાતાની આગાહી જેવો જ ખોટો પડે છે.',
        en: "{Name}'s every jump is misjudged as badly as the weather department's forecast.",
      },
      {
        text: '{Name} કાચના દરવાજા સાથે રોજ પૂરા કોન્ફિડન્સથી ભટકાય છે.',
        en: '{Name} walks into the glass door every day with complete confidence.',
      },
    ],
    vain: [
      {
        text: 'મોબાઇલ કાઢો એટલે {name} તરત પોઝ આપે છે, જાણે ફિલ્મના પોસ્ટરનું શૂટિંગ થતું હોય.',
        en: 'Take out a phone and {name} strikes a pose at once, as if shooting a film poster.',
      },
      {
        text: '{Name} ખાવાના વાટકા કરતાં અરીસામાં વધારે વાર જુએ છે.',
        en: '{Name} looks in the mirror more often than in the food bowl.',
      },
      {
        text: '{Name} એટલા નખરા કરે છે કે બોલિવૂડના સુપરસ્ટાર પણ નોટ્સ લેવા બેસી જાય.',
        en: '{Name} throws so many diva tantrums that Bollywood superstars would sit down to take notes.',
      },
      {
        text: 'નાહ્યા પછી {name} કલાક સુધી વાળ સૂકવે છે, ને પછી બીજો કલાક સેલ્ફી માટે.',
        en: '{Name} takes an hour to dry off after a bath, and then another hour for selfies.',
      },
    ],
    scaredy: [
      {
        text: '{Name} આમ તો {વાઘ|વાઘણ|વાઘ}, પણ ડોરબેલ વાગે એટલે {સીધો|સીધી|સીધું} પલંગ નીચે.',
        en: '{Name} is a tiger otherwise, but the doorbell rings and it goes straight under the bed.',
      },
      {
        text: 'વેક્યુમ ક્લીનર ચાલુ થાય એટલે {name} {પાછો|પાછી|પાછું} વળીને જોયા વગર ભાગે છે.',
        en: 'The vacuum cleaner starts and {name} runs off without once looking back.',
      },
      {
        text: 'ફુગ્ગો, કાકડી અને પોતાનો પડછાયો: {name} ત્રણેયથી સરખું ડરે છે.',
        en: 'A balloon, a cucumber and its own shadow: {name} is equally scared of all three.',
      },
      {
        text: 'બાજુમાં એક ફટાકડો ફૂટ્યો ને {name} ત્રણ દિવસ કબાટ પાછળથી બહાર જ ન {આવ્યો|આવી|આવ્યું}.',
        en: "One firecracker went off next door and {name} didn't come out from behind the cupboard for three days.",
      },
    ],
    clingy: [
      {
        text: '{Name} બાથરૂમ સુધી પાછળ પાછળ આવે છે, જાણે સરકારે ખાસ બોડીગાર્ડ આપ્યો હોય.',
        en: '{Name} follows you all the way to the bathroom, as if the government had given you a personal bodyguard.',
      },
      {
        text: 'દસ સેકન્ડ રૂમની બહાર જાવ, ને {name} ગુમ થયાની ફરિયાદ લખાવવા નીકળી પડે છે.',
        en: 'Step out of the room for ten seconds and {name} sets off to file a missing-person report.',
      },
      {
        text: '{Name} એટલે ફેવિકોલ: એક વાર {ચોંટ્યો|ચોંટી|ચોંટ્યું} તો છૂટે જ નહીં.',
        en: '{Name} is pure Fevicol (a famous glue brand): once stuck on, it never comes off.',
      },
      {
        text: '{Name} પર્સનલ સ્પેસ નામની વસ્તુમાં {માનતો|માનતી|માનતું} જ નથી.',
        en: '{Name} simply does not believe in a thing called personal space.',
      },
    ],
    escape: [
      {
        text: 'ગેટ જરાક ખુલ્લો દેખાય એટલે {name} {સીધો|સીધી|સીધું} સાપુતારાની ટ્રિપ પર નીકળી પડે છે.',
        en: 'Spot the gate open a crack and {name} sets off straight on a trip to Saputara (a hill station).',
      },
      {
        text: '{Name} એટલી વાર ભાગી {ગયો|ગઈ|ગયું} છે કે સોસાયટીના વોચમેન પાસે હવે એનો ફોટો છે.',
        en: "{Name} has run away so many times that the society watchman now keeps its photo.",
      },
      {
        text: '{Name} કોઈ વાડને {ગણકારતો|ગણકારતી|ગણકારતું} નથી; ફક્ત જમવાની સુગંધ જ {પાછો|પાછી|પાછું} ઘરે લાવે છે.',
        en: '{Name} does not care about any fence; only the smell of dinner brings it back home.',
      },
      {
        text: "{Name} રોજ રાત્રે દરવાજા સામે એવી રીતે જુએ છે જાણે 'ધૂમ' ફિલ્મનો પ્લાન {બનાવતો|બનાવતી|બનાવતું} હોય.",
        en: '{Name} stares at the front door every night as if plotting a heist straight out of the film "Dhoom".',
      },
    ],
  },
  closers: [
    {
      text: '{Name} ગમે {તેવો|તેવી|તેવું} હોય, અમારા દિલનો ટુકડો છે. મોટા ભાગના દિવસોમાં તો ખરું જ.',
      en: "Whatever {name} is like, it's a piece of our heart. On most days, at least.",
    },
    {
      text: 'બસ, રોસ્ટ પૂરો. હવે {name} આ બધું સાંભળ્યું ન સાંભળ્યું કરીને ફરી સૂઈ જશે.',
      en: "That's the roast. Now {name} will act as if none of this was heard and go back to sleep.",
    },
    {
      text: 'આ રોસ્ટ નહોતો, વાર્ષિક પરીક્ષાનું પરિણામ હતું: {name} ક્યૂટ છે, પણ નાપાસ.',
      en: "This wasn't a roast, it was the annual exam result: {name} is cute, but failed.",
    },
    {
      text: 'તોફાન ભલે ગમે તેટલાં કરે, ઘરનો લાડકો જીવ તો {name} જ છે.',
      en: 'However much mischief it gets up to, the darling of this house is still {name}.',
    },
    {
      text: '{Name} સુધરે એવી કોઈ આશા નથી, અને સાચું કહીએ તો અમારે જોઈતું પણ નથી.',
      en: "There's no hope {name} will ever reform, and honestly, we wouldn't want it to.",
    },
  ],
  groupClosers: [
    {
      text: 'તમે બધાં અમારો જીવ છો, પણ હવે આ ઘરને રજા જોઈએ.',
      en: 'You are all our heart and soul, but this house now needs a holiday.',
    },
    {
      text: '{count} {nouns}, અને તોય ઘરમાં પ્રેમની કોઈ કમી નથી; કમી છે તો બસ ફર્નિચરની.',
      en: "{count} {nouns}, and still no shortage of love in this house; the only shortage is furniture.",
    },
    {
      text: 'આ ગેંગ અમારો જીવ છે; બસ પડોશીઓ એવું નથી કહેતા.',
      en: "This gang is our life; the neighbours just don't say the same.",
    },
  ],
  petWords: {
    dog: ['કૂતરો', 'કૂતરી', 'કૂતરા', 'કુતરો', 'કુરકુરિયું', 'ગલૂડિયું', 'kutro', 'kutri', 'kutra', 'kootro', 'kurkuriyu', 'galudiyu'],
    cat: ['બિલાડી', 'બિલાડો', 'બિલ્લી', 'મીંદડી', 'biladi', 'bilado', 'billi', 'mindadi'],
    bird: ['પક્ષી', 'પોપટ', 'ચકલી', 'કબૂતર', 'મરઘી', 'મરઘો', 'pakshi', 'popat', 'chakli', 'kabutar', 'marghi', 'margho'],
    horse: ['ઘોડો', 'ઘોડી', 'ઘોડા', 'વછેરો', 'ghodo', 'ghodi', 'ghoda', 'vachhero'],
    sheep: ['ઘેટું', 'ઘેટાં', 'ઘેટી', 'ઘેટો', 'ghetu', 'gheta', 'gheti'],
    cow: ['ગાય', 'વાછરડું', 'વાછરડી', 'બળદ', 'ભેંસ', 'gaay', 'gai', 'vachhardu', 'balad', 'bhens'],
    elephant: ['હાથી', 'hathi', 'haathi'],
    bear: ['રીંછ', 'rinchh', 'rinch', 'reenchh'],
    zebra: ['ઝીબ્રા', 'ઝેબ્રા', 'zebra'],
    giraffe: ['જિરાફ', 'jiraf', 'giraffe'],
  },
  traitWords: {
    lazy: ['આળસુ', 'આળસ', 'ઊંઘ', 'ઉંઘ', 'સૂતો', 'સૂતી', 'aalsu', 'alsu', 'aalas', 'ungh', 'oongh', 'suto', 'suti'],
    greedy: ['ખાઉધર', 'ભૂખ', 'ચોર', 'ખાવાનું', 'ખાય', 'khaudhar', 'bhukh', 'chor', 'khavanu', 'khay'],
    loud: ['ભસ', 'બૂમ', 'ઘોંઘાટ', 'ચીસ', 'bhase', 'bhasto', 'bhas ', 'boom', 'ghonghat', 'chees'],
    grumpy: ['ગુસ્સ', 'ચીડ', 'ખિજા', 'મોઢું ચડાવ', 'gusso', 'gussa', 'chid', 'khija', 'khijay'],
    destructive: ['તોડ', 'ફાડ', 'ચાવ', 'બગાડ', 'ચંપલ', 'tod', 'phaad', 'chaav', 'bagad', 'champal'],
    clumsy: ['પડી જા', 'લપસ', 'અથડા', 'ભટકા', 'ગબડ', 'padi ja', 'lapas', 'athda', 'bhatka', 'gabad'],
    vain: ['નખરા', 'નખરાળ', 'સેલ્ફી', 'અરીસ', 'ફેશન', 'nakhra', 'nakhral', 'selfie', 'ariso', 'fashion'],
    scaredy: ['ડરપોક', 'ડર', 'બીક', 'બીકણ', 'ગભરા', 'darpok', 'dar ', 'bikan', 'gabhra'],
    clingy: ['ચીપકુ', 'ચોંટ', 'પાછળ પાછળ', 'લાડ', 'chipku', 'chont', 'pachhal pachhal', 'laad'],
    escape: ['ભાગી', 'ભાગે', 'ભાગી જા', 'છટક', 'નાસી', 'bhagi', 'bhaage', 'bhage', 'chhatak', 'nasi'],
  },
  numberWords: {
    'બે': 2, 'બંને': 2, 'બન્ને': 2, 'ત્રણ': 3, 'ચાર': 4, 'પાંચ': 5, 'છ': 6, 'સાત': 7, 'આઠ': 8, 'નવ': 9, 'દસ': 10,
    banne: 2, tran: 3, char: 4, panch: 5, paanch: 5, chha: 6, saat: 7, aath: 8, nav: 9, das: 10,
  },
  notNames: [
    'મારો', 'મારી', 'મારું', 'મારા', 'અમારો', 'અમારી', 'અમારું', 'અમારા', 'આપણો', 'આપણી', 'આપણું', 'આ', 'એ', 'જુઓ',
    'maro', 'mari', 'maru', 'mara', 'amaro', 'amari', 'amaru', 'amara', 'aapno', 'apno', 'aapni', 'aa', 'juo',
  ],
};
