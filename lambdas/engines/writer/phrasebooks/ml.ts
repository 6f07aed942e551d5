import type { NativePhrasebook } from './types.js';

/**
 * Malayalam roast phrasebook (docs/writer.md, "Phrasebooks"), written natively in the colloquial register
 * of Malayalam social media (Manglish slang such as ഉഡായിപ്പ്, ജാഡ, ചങ്ക്, കലിപ്പ്; proverbs; Kerala
 * household, film and festival references), not translated from the English or Hindi lines.
 *
 * Grammar: Malayalam finite verbs do not agree with the subject's gender, and animal nouns are grammatically
 * neuter, so every class noun is `n` and no line needs `{m|f|n}` alternatives. Where a possessive or dative
 * of the pet is needed, the line says "{Name} ഉണ്ടല്ലോ, ആളുടെ…" ("as for Bruno, the fellow's…"): the
 * colloquial, gender-neutral ആള് carries the case ending, never the name. The unnamed subject is
 * "ഈ {noun}" ("this dog"), so no line puts ഈ / നമ്മുടെ directly before `{name}`, and no line addresses
 * the pet by name in the vocative (which "ഈ പട്ടി" could not be).
 */
export const MALAYALAM: NativePhrasebook = {
  language: 'ml',
  nouns: {
    dog: { one: 'പട്ടി', many: 'പട്ടികൾ', gender: 'n' },
    cat: { one: 'പൂച്ച', many: 'പൂച്ചകൾ', gender: 'n' },
    bird: { one: 'കിളി', many: 'കിളികൾ', gender: 'n' },
    horse: { one: 'കുതിര', many: 'കുതിരകൾ', gender: 'n' },
    sheep: { one: 'ചെമ്മരിയാട്', many: 'ചെമ്മരിയാടുകൾ', gender: 'n' },
    cow: { one: 'പശു', many: 'പശുക്കൾ', gender: 'n' },
    elephant: { one: 'ആന', many: 'ആനകൾ', gender: 'n' },
    bear: { one: 'കരടി', many: 'കരടികൾ', gender: 'n' },
    zebra: { one: 'സീബ്ര', many: 'സീബ്രകൾ', gender: 'n' },
    giraffe: { one: 'ജിറാഫ്', many: 'ജിറാഫുകൾ', gender: 'n' },
  },
  unnamed: { text: 'ഈ {noun}', en: 'this {noun}' },
  gangLeader: { text: 'ഗ്യാങ് ലീഡർ', en: 'the gang leader', gender: 'n' },
  title: {
    named: { text: 'ഇന്നത്തെ റോസ്റ്റ്: {name}', en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: 'ഇന്നത്തെ റോസ്റ്റ്', en: "Today's roast" },
  },
  numbers: { 2: 'രണ്ട്', 3: 'മൂന്ന്', 4: 'നാല്', 5: 'അഞ്ച്', 6: 'ആറ്', 7: 'ഏഴ്', 8: 'എട്ട്', 9: 'ഒമ്പത്', 10: 'പത്ത്' },
  mixedNoun: { one: 'ജീവി', many: 'ജീവികൾ', gender: 'n' },
  openers: [
    {
      text: 'ഇന്നത്തെ റോസ്റ്റിലെ താരം {name}: ജോലിയില്ല, വാടകയില്ല, എന്നിട്ടും ഈ വീടിന്റെ മുതലാളി.',
      en: "Today's roast star is Bruno: no job, no rent, and still the boss of this house.",
    },
    {
      text: 'ബ്രേക്കിങ് ന്യൂസ്: {name} ഇന്ന് റോസ്റ്റ് ചെയ്യപ്പെടുന്നു; വീട്ടുകാർ ലഡ്ഡു വിതരണം തുടങ്ങി.',
      en: 'Breaking news: Bruno gets roasted today; the family has already started handing out laddoos (sweets shared to celebrate good news).',
    },
    {
      text: '{Name} വിചാരിച്ചിരിക്കുന്നത് ഇതൊരു ഫാൻസ് അസോസിയേഷൻ വീഡിയോ ആണെന്നാണ്. പാവം.',
      en: "Bruno thinks this is a fans' association tribute video. Poor thing. (Kerala film-star fan clubs make tribute videos for their heroes.)",
    },
    {
      text: 'കാണാൻ നിഷ്കളങ്കം, കയ്യിലിരിപ്പ് മുഴുവൻ ഉഡായിപ്പ്; ഇന്നത്തെ താരം {name}.',
      en: "Innocent to look at, pure mischief in practice ('udaayipp': Malayalam slang for cheeky trickery); today's star is Bruno.",
    },
    {
      text: 'എല്ലാവരും ഒന്ന് ഇരിക്ക്; {name} ഇന്ന് ചില കയ്പ്പുള്ള സത്യങ്ങൾ കേൾക്കാൻ പോവുകയാണ്.',
      en: 'Everybody sit down; Bruno is about to hear some bitter truths today.',
    },
    {
      text: 'ഫ്ലെക്സ് ബോർഡ് വയ്ക്കാൻ ഒരു ഫാൻ പോലുമില്ലാത്ത ഒരേയൊരു സൂപ്പർസ്റ്റാർ: {name}.',
      en: 'The only superstar without a single fan to put up a flex board: Bruno. (In Kerala, fans put up giant flex banners for their stars.)',
    },
    {
      text: 'മാസ് ബിജിഎം ഇട്ടോ, {name} എത്തിയിട്ടുണ്ട്; പക്ഷേ ഹീറോയിസം മുഴുവൻ സോഫയിൽ കിടന്നുകൊണ്ടാണ്.',
      en: 'Cue the mass-hero background music, Bruno has arrived; all the heroics, though, are performed lying on the sofa.',
    },
  ],
  groupOpeners: [
    {
      text: 'ഇവിടെ {count} {nouns} ഉണ്ട്; എല്ലാം കൂടി കൂട്ടിയാലും ഒരു തലച്ചോറ് തികയില്ല.',
      en: "There are three cats here; add them all together and you still don't get one full brain.",
    },
    {
      text: "{Count} {nouns}, ഒറ്റ വീട്, പിന്നെ 'സമാധാനം' എന്ന വാക്ക് ഇവിടെ ആരും കേട്ടിട്ടേയില്ല.",
      en: "Three cats, one house, and nobody here has ever heard the word 'peace'.",
    },
    {
      text: 'ഒരു {noun} ആയിരുന്നെങ്കിൽ സഹിക്കാമായിരുന്നു; ഇവിടെ {count} എണ്ണമുണ്ട്, ഇതൊരു ഗ്യാങ്ങാണ്.',
      en: 'One cat we could have put up with; there are three of them here, this is a gang.',
    },
    {
      text: '{Count} {nouns} ഒരുമിച്ചാൽ അതൊരു വീടല്ല, ഒരു സർക്കസ് കമ്പനിയാണ്.',
      en: "Put three cats together and it's not a home, it's a circus company.",
    },
  ],
  classJabs: {
    dog: [
      {
        text: '{Name} ട്രെയിനിങ് ക്ലാസ്സിൽ പോയിട്ടും ഒരു മാറ്റവുമില്ല; പന്തീരാണ്ട് കുഴലിലിട്ടാലും വാല് വളഞ്ഞുതന്നെ.',
        en: "Bruno went to training class and nothing changed; as the proverb goes, keep a dog's tail in a pipe for twelve years and it still comes out crooked.",
      },
      {
        text: 'കാവലിന്റെ കാര്യത്തിൽ {name} നമ്പർ വൺ; ഒരു ബിസ്കറ്റ് കൊടുത്താൽ കള്ളനെ വരെ വീട് ചുറ്റിക്കാണിക്കും.',
        en: 'As a guard, Bruno is number one: give it a biscuit and even a burglar gets a tour of the house.',
      },
      {
        text: 'ഡെലിവറി ചേട്ടൻ വന്നാൽ {name} കാണിക്കുന്ന സ്നേഹം, സ്വന്തം വീട്ടുകാർക്ക് ഇതുവരെ കിട്ടിയിട്ടില്ല.',
        en: "The love Bruno shows the delivery guy ('chettan', big brother, as Keralites call him), its own family has never received.",
      },
      {
        text: 'മൃഗഡോക്ടറെ കാണുമ്പോൾ {name} കാണിക്കുന്ന അഭിനയം കണ്ടാൽ സംസ്ഥാന അവാർഡ് ഉറപ്പ്.',
        en: 'The drama Bruno performs at the vet would win a State Film Award, guaranteed.',
      },
    ],
    cat: [
      {
        text: '{Name} അടുക്കളയിലേക്ക് ഒന്ന് മീശ പിരിച്ച് നോക്കിയാൽ മതി, അന്നത്തെ മീൻ പൊരിച്ചത് പോയി.',
        en: "Bruno only has to twirl its whiskers at the kitchen once, and that day's fried fish is gone. (Nod to the film thief 'Meesa Madhavan', who twirls his moustache at whoever he will rob next.)",
      },
      {
        text: 'ആയിരങ്ങൾ കൊടുത്ത് ബെഡ് വാങ്ങി; {name} ഉറങ്ങുന്നത് അത് വന്ന കാർഡ്ബോർഡ് പെട്ടിയിൽ.',
        en: 'We paid thousands for a bed; Bruno sleeps in the cardboard box it came in.',
      },
      {
        text: 'പേര് വിളിച്ചാൽ {name} തിരിഞ്ഞുനോക്കില്ല; മീൻകാരന്റെ ഹോൺ കേട്ടാൽ ആദ്യം ഗേറ്റിൽ.',
        en: "Call its name and Bruno won't even turn around; hear the fish seller's horn and it's first at the gate. (Kerala fish sellers announce themselves with a bike horn.)",
      },
      {
        text: 'മേശപ്പുറത്ത് എന്ത് വച്ചാലും {name} അത് തട്ടി താഴെയിടും, എന്നിട്ട് ഒന്നും അറിയാത്ത പോലെ ഇരിക്കും.',
        en: 'Put anything on the table and Bruno knocks it to the floor, then sits there as if it knows nothing.',
      },
    ],
    bird: [
      {
        text: '{Name} ആകെ പഠിച്ച ഡയലോഗ് കുക്കർ വിസിലിന്റെ മിമിക്രിയാണ്; അതും വെളുപ്പിന് നാലു മണിക്ക്.',
        en: 'The only line Bruno ever learned is a mimicry of the pressure-cooker whistle, performed at four in the morning.',
      },
      {
        text: 'സൂര്യൻ ഉദിക്കും മുമ്പേ {name} എല്ലാവരെയും വിളിച്ചുണർത്തും; അലാറം ക്ലോക്കിന് ഇപ്പോ പണിയില്ല.',
        en: 'Bruno wakes everyone before sunrise; the alarm clock is now out of a job.',
      },
      {
        text: 'ചിറകുണ്ടായിട്ടും {name} വീട്ടിനുള്ളിൽ നടന്നാണ് പോകുന്നത്, പഴയ തറവാട്ടിലെ കാരണവരെപ്പോലെ.',
        en: 'It has wings, yet Bruno walks around the house on foot, like the old head of an ancestral family home (karanavar).',
      },
      {
        text: "'തത്തമ്മേ പൂച്ച പൂച്ച' പഠിപ്പിച്ചു; {name} തിരിച്ചു പറയുന്നത് അയലത്തെ ഡോർബെൽ.",
        en: "We taught it the nursery line 'parrot, say cat cat'; Bruno answers with the neighbours' doorbell.",
      },
    ],
    horse: [
      {
        text: 'കാഴ്ചയിൽ {name} ഒരു റേസ് കുതിര; ഓട്ടം കണ്ടാൽ കല്യാണ ഘോഷയാത്ര.',
        en: "To look at, Bruno is a racehorse; watch it run and it's a wedding procession.",
      },
      {
        text: '{Name} മുടി പറപ്പിച്ച് നിൽക്കുന്നത് കണ്ടാൽ ഏതോ ഷാംപൂ പരസ്യത്തിന്റെ ഷൂട്ടിങ് ആണെന്ന് തോന്നും.',
        en: "When Bruno stands there flicking its mane, you'd think a shampoo advert was being shot.",
      },
      {
        text: 'ഇരുന്നൂറ് കുതിരശക്തി ഉണ്ടെന്നാണ് {name} ഭാവിക്കുന്നത്; പണി ചെയ്യുന്നത് അര കുതിരശക്തിയിൽ.',
        en: 'Bruno acts like it has two hundred horsepower; the actual work happens at half a horsepower.',
      },
    ],
    sheep: [
      {
        text: 'മുന്നിലുള്ളവർ എവിടെ പോയാലും {name} കണ്ണുമടച്ച് പിന്നാലെ; സ്വന്തമായി ഒരു റൂട്ട് ഇതുവരെ ഇല്ല.',
        en: "Wherever the ones in front go, Bruno follows with its eyes shut; it has never had a route of its own.",
      },
      {
        text: '{Name} ഒന്ന് ബാർബർ ഷോപ്പിൽ പോയാൽ മതി, വീട്ടിലെ എല്ലാവർക്കും സ്വെറ്റർ റെഡി.',
        en: 'One trip to the barber for Bruno and the whole family has sweaters.',
      },
      {
        text: 'കാലു മുളച്ച ഒരു മേഘമാണ് {name}; പക്ഷേ ഇതുവരെ ഒരു ബുദ്ധിയും അവിടെ നിന്ന് പെയ്തിട്ടില്ല.',
        en: 'Bruno is a cloud that sprouted legs; but not one bright idea has ever rained from it.',
      },
    ],
    cow: [
      {
        text: '{Name} ഒരേ പുല്ല് മണിക്കൂറുകളോളം ചവയ്ക്കും; ചോദിച്ചാൽ ഇത് മെഡിറ്റേഷൻ ആണത്രേ.',
        en: "Bruno chews the same grass for hours; ask, and apparently it's meditation.",
      },
      {
        text: '{Name} ആകാശത്തേക്ക് നോക്കി നിൽക്കുന്നത് കണ്ടാൽ ഏതോ ഫിലോസഫി പുസ്തകം എഴുതുകയാണെന്ന് തോന്നും.',
        en: "Watching Bruno stare at the sky, you'd think it was writing a philosophy book.",
      },
      {
        text: 'ദിവസം മുഴുവൻ ഒരേ പറമ്പിൽ നിന്നിട്ടും {name} ഭയങ്കര ബിസിയാണെന്ന മട്ടാണ്.',
        en: 'Bruno stands in the same field all day and still carries on as if terribly busy.',
      },
    ],
    elephant: [
      {
        text: 'ഒരു കുല പഴം കൊടുത്താലും {name} നോക്കുന്നത് ആന വായിൽ അമ്പഴങ്ങ എന്ന മട്ടിലാണ്.',
        en: "Give Bruno a whole bunch of bananas and the look says 'a hog plum in an elephant's mouth' (Malayalam proverb for a laughably small amount).",
      },
      {
        text: 'ആന ഒന്നും മറക്കില്ലെന്നാ പറയുന്നത്; {name} പഠിച്ചതൊക്കെ മറക്കും, പിണക്കം മാത്രം മറക്കില്ല.',
        en: 'They say elephants never forget; Bruno forgets every lesson and only ever remembers a grudge.',
      },
      {
        text: '{Name} ചെളിയിൽ കുളിച്ചിട്ട് പറയും, ഇത് ആയുർവേദ സ്പാ ആണെന്ന്.',
        en: 'Bruno bathes in mud and then calls it an Ayurvedic spa.',
      },
    ],
    bear: [
      {
        text: '{Name} മാസങ്ങളോളം ഉറങ്ങും; ചോദിച്ചാൽ അത് സെൽഫ് കെയർ ആണത്രേ.',
        en: "Bruno sleeps for months; ask, and it's apparently self-care.",
      },
      {
        text: 'ദൂരെ നിന്ന് നോക്കുമ്പോൾ {name} ഒരു ടെഡി ബെയർ; അടുത്തെത്തിയാലേ മനസ്സിലാകൂ, അത് ഫിൽട്ടർ ആയിരുന്നെന്ന്.',
        en: 'From far away Bruno is a teddy bear; only up close do you realise that was a filter.',
      },
      {
        text: 'തേൻ കണ്ടാൽ {name} ഹീറോ; തേനീച്ച വന്നാൽ അതേ ഹീറോ സീറോ.',
        en: 'See honey and Bruno is a hero; a bee shows up and the same hero is a zero.',
      },
    ],
    zebra: [
      {
        text: 'ജനിച്ചപ്പോൾ ഇട്ട വരയൻ ഷർട്ട് {name} ഇതുവരെ മാറ്റിയിട്ടില്ല; ഓണക്കോടി കൊടുത്തിട്ടും നോ രക്ഷ.',
        en: "Bruno still hasn't changed the striped shirt it was born in; even new Onam clothes ('onakkodi', the festival's gift of new clothes) didn't help.",
      },
      {
        text: 'റോഡിൽ സീബ്ര ക്രോസിങ് കണ്ടാൽ {name} ഫാമിലി ഫോട്ടോ ആണെന്ന് കരുതി പോസ് ചെയ്യും.',
        en: "See a zebra crossing on the road and Bruno poses, thinking it's a family photo.",
      },
      {
        text: '{Name} ഇപ്പോഴും ബ്ലാക്ക് ആൻഡ് വൈറ്റ് സിനിമയുടെ കാലത്താണ്; കളർ ടിവി വന്നത് അറിഞ്ഞിട്ടില്ല.',
        en: "Bruno still lives in the black-and-white film era; it hasn't heard that colour TV arrived.",
      },
    ],
    giraffe: [
      {
        text: 'ഏറ്റവും നീളമുള്ള കഴുത്തുമായി നടക്കുന്ന {name}, തമാശ മനസ്സിലാക്കുന്നത് ഏറ്റവും ഒടുവിൽ.',
        en: 'Bruno walks around with the longest neck of all, and gets the joke the very last.',
      },
      {
        text: 'തേങ്ങ ഇടാൻ ഇനി ആളെ വിളിക്കണ്ട, {name} ഉണ്ടല്ലോ; പക്ഷേ കൂലിയായി മുരിങ്ങയില വേണം.',
        en: 'No need to call anyone to pluck the coconuts any more, we have Bruno; the wages, though, are paid in drumstick leaves.',
      },
      {
        text: '{Name} ആരുടെ മുന്നിലും തല കുനിക്കില്ല; ഗമ കൊണ്ടല്ല, കഴുത്ത് അങ്ങോട്ട് വളയാത്തതുകൊണ്ട്.',
        en: "Bruno never bows its head to anyone; not out of pride, the neck just won't bend that way.",
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} ഉണ്ടല്ലോ, ആൾക്ക് ആഴ്ചയിൽ ഏഴു ദിവസവും ഹർത്താലാണ്.',
        en: "As for Bruno, it's a hartal (Kerala's everything-shut general strike) for this one seven days a week.",
      },
      {
        text: '{Name} ഉറങ്ങുന്നത് കണ്ടാൽ കുംഭകർണൻ പോലും നോട്ട്സ് എടുക്കും.',
        en: 'Watch Bruno sleep and even Kumbhakarna (the epic giant famous for sleeping for months) would take notes.',
      },
      {
        text: 'ഉറങ്ങി എണീറ്റാൽ {name} ആദ്യം ചെയ്യുന്നത്, ആ ക്ഷീണം മാറ്റാൻ വീണ്ടും ഉറങ്ങുക എന്നതാണ്.',
        en: 'The first thing Bruno does after waking up is go back to sleep to get over the tiredness.',
      },
      {
        text: '{Name} അനങ്ങണമെങ്കിൽ ഒന്നുകിൽ ഭക്ഷണം വരണം, അല്ലെങ്കിൽ ഭൂമികുലുക്കം.',
        en: 'For Bruno to move, either food has to arrive or an earthquake.',
      },
    ],
    greedy: [
      {
        text: "ഫ്രിഡ്ജ് തുറന്നാൽ മൂന്ന് മുറി അപ്പുറത്ത് നിന്ന് {name} ഓടിയെത്തും; 'വേണ്ട' എന്നത് മാത്രം കേൾക്കില്ല.",
        en: "Open the fridge and Bruno comes running from three rooms away; only 'no' is never heard.",
      },
      {
        text: 'ഇപ്പോ കഴിച്ചതേ ഉള്ളൂ, എന്നിട്ടും {name} നോക്കുന്നത് കണ്ടാൽ ഒരാഴ്ചയായി പട്ടിണിയാണെന്ന് തോന്നും.',
        en: "It has only just eaten, yet from the way Bruno looks at you, you'd think it had starved for a week.",
      },
      {
        text: 'സദ്യയ്ക്ക് മൂന്നാമതും പായസം ചോദിക്കുന്ന ടൈപ്പാണ് {name}.',
        en: 'Bruno is the type who asks for a third helping of payasam (sweet pudding) at a sadya (Kerala feast).',
      },
      {
        text: 'അടുക്കളയിൽ നിന്ന് ബിരിയാണിയുടെ മണം വന്നാൽ ആദ്യത്തെ അതിഥി {name}, അതും ക്ഷണിക്കാതെ.',
        en: 'When the smell of biryani drifts from the kitchen, the first guest is Bruno, uninvited.',
      },
    ],
    loud: [
      {
        text: '{Name} ഒച്ചയിടാൻ തുടങ്ങിയാൽ ഇലക്ഷൻ അനൗൺസ്മെന്റ് ജീപ്പ് പോലും തോറ്റുപോകും.',
        en: "When Bruno starts making noise, even an election-campaign loudspeaker jeep (a Kerala classic) can't compete.",
      },
      {
        text: 'ഓരോ ഇലയും ഓരോ കാക്കയും {name} ബ്രേക്കിങ് ന്യൂസ് ആയി നാട്ടുകാരെ മുഴുവൻ അറിയിക്കും.',
        en: 'Every leaf and every crow gets announced to the whole neighbourhood by Bruno as breaking news.',
      },
      {
        text: '{Name} പാടാൻ തുടങ്ങിയാൽ അയൽവീട്ടിൽ നിന്ന് ഫോൺ വരും, ഗാനമേള ഒന്ന് നിർത്താമോ എന്ന്.',
        en: "When Bruno starts 'singing', the neighbours phone to ask if the ganamela (stage music show) could please stop.",
      },
      {
        text: 'നിശ്ശബ്ദത പൊന്നാണത്രേ; അതുകൊണ്ടാവും {name} ഇതുവരെ ഒരു തരി പൊന്നുപോലും ഉണ്ടാക്കാത്തത്.',
        en: "Silence is golden, they say; maybe that's why Bruno has never earned a single speck of gold.",
      },
    ],
    grumpy: [
      {
        text: '{Name} എപ്പോഴും കടന്നൽ കുത്തിയ മുഖവുമായാണ് നടപ്പ്.',
        en: 'Bruno always walks around with a face like a wasp just stung it (Malayalam idiom for a sulky face).',
      },
      {
        text: 'ഒന്ന് ലാളിക്കാൻ ചെന്നാൽ {name} തരുന്ന നോട്ടം കണ്ടാൽ ഹെഡ്മാസ്റ്റർ പോലും പേടിക്കും.',
        en: 'Try to pet Bruno and the look you get would frighten even a headmaster.',
      },
      {
        text: '{Name} ഒരിക്കൽ മൂഡ് ഓഫ് ആയി എണീറ്റു, പിന്നെ അതൊരു ലൈഫ്സ്റ്റൈൽ ആക്കി.',
        en: 'Bruno woke up in a bad mood once and then made it a lifestyle.',
      },
      {
        text: 'വീട്ടിലെ എല്ലാവരെയും {name} ജഡ്ജ് ചെയ്യും; മോഡറേഷൻ കൊടുത്തിട്ടും ഇതുവരെ ആരും ജയിച്ചിട്ടില്ല.',
        en: "Bruno judges everyone at home; even with grace marks ('moderation', as in Kerala's school exams) nobody has passed yet.",
      },
    ],
    destructive: [
      {
        text: "എല്ലാവരും 'പൊളി' എന്ന് പറയുന്നത് കേട്ട് {name} പുതിയ സോഫ ശരിക്കും പൊളിച്ചു.",
        en: "Hearing everyone say 'poli' (slang for 'awesome'; literally 'demolish'), Bruno actually demolished the new sofa.",
      },
      {
        text: '{Name} ഉള്ള വീട്ടിൽ ഒരു ചെരുപ്പിന്റെ ആയുസ്സ് കൂടിയാൽ ഒരാഴ്ച.',
        en: "In a house with Bruno, a sandal's life expectancy is a week at most.",
      },
      {
        text: 'ഈ വീട്ടിലെ ഓരോ തലയണയ്ക്കും ഒരു കഥ പറയാനുണ്ട്; എല്ലാ കഥയുടെയും ക്ലൈമാക്സ് എഴുതിയത് {name}.',
        en: 'Every pillow in this house has a story to tell; Bruno wrote the climax of every one.',
      },
      {
        text: '{Name} കളിപ്പാട്ടം വച്ച് കളിക്കില്ല; പകരം ഒരു ചെറിയ ജെസിബി കമ്പനി തന്നെ നടത്തുന്നുണ്ട്.',
        en: "Bruno doesn't play with toys; instead it runs a whole small JCB (excavator) company.",
      },
    ],
    clumsy: [
      {
        text: '{Name} വീഴുന്നത് കണ്ടിട്ടുണ്ടോ? വാഴ വെട്ടിയിട്ട പോലെ, ഒരു മുന്നറിയിപ്പുമില്ലാതെ.',
        en: 'Ever seen Bruno fall? Like a felled banana tree (Malayalam image for a sudden flat collapse), with zero warning.',
      },
      {
        text: 'തറയിൽ ഒന്നുമില്ലെങ്കിലും {name} തട്ടിവീഴും, എന്നിട്ട് തറയെ കുറ്റം പറയും.',
        en: 'There is nothing on the floor and Bruno still trips, then blames the floor.',
      },
      {
        text: 'ഓരോ ചാട്ടത്തിനും മുമ്പ് {name} കണക്ക് കൂട്ടും; ഇതുവരെ ഒരു കണക്കും ശരിയായിട്ടില്ല.',
        en: 'Bruno does the maths before every jump; not one calculation has come out right yet.',
      },
      {
        text: 'ഗ്ലാസ് ഡോർ ഉണ്ടെന്ന് {name} ഇതുവരെ അംഗീകരിച്ചിട്ടില്ല; ഡോർ ആണെങ്കിൽ എല്ലാ ദിവസവും ഓർമ്മിപ്പിക്കും.',
        en: 'Bruno has never accepted that the glass door exists; the door, for its part, reminds it every single day.',
      },
    ],
    vain: [
      {
        text: 'ക്യാമറ കണ്ടാൽ മതി, {name} ഉടനെ പോസ്; ഏതോ സിനിമയുടെ പ്രൊമോഷന് വന്ന പോലെ.',
        en: 'One glimpse of a camera and Bruno strikes a pose, as if it had come to promote a film.',
      },
      {
        text: '{Name} ഉണ്ടല്ലോ, ആളുടെ ജാഡ കണ്ടാൽ ഇൻസ്റ്റയിൽ ഒരു മില്യൺ ഫോളോവേഴ്സ് ഉണ്ടെന്ന് തോന്നും.',
        en: "As for Bruno, the attitude ('jaada': Malayalam slang for putting on airs) suggests a million Instagram followers.",
      },
      {
        text: '{Name} കണ്ണാടിക്ക് മുന്നിൽ നിൽക്കുന്ന സമയം കൊണ്ട് ഒരു സീരിയലിന്റെ എപ്പിസോഡ് തീരും.',
        en: 'In the time Bruno spends in front of the mirror, a whole TV-serial episode is over.',
      },
      {
        text: 'ലൈക്ക് കുറഞ്ഞാൽ {name} പിണങ്ങും; ഫിൽട്ടർ ഇല്ലാത്ത ഫോട്ടോ ഇട്ടാൽ പിന്നെ മിണ്ടില്ല.',
        en: 'Too few likes and Bruno sulks; post a photo without a filter and it stops talking to you.',
      },
    ],
    scaredy: [
      {
        text: 'പടക്കം പൊട്ടിയാൽ {name} നേരെ കട്ടിലിനടിയിൽ; ധൈര്യം ഒക്കെ വാട്സ്ആപ്പ് സ്റ്റാറ്റസിൽ മാത്രം.',
        en: 'One firecracker and Bruno is straight under the bed; all that courage lives only in WhatsApp statuses.',
      },
      {
        text: '{Name} ഭയങ്കര ധൈര്യശാലിയാണ്; ഒന്നും അനങ്ങാതിരിക്കുന്നിടത്തോളം കാലം.',
        en: 'Bruno is tremendously brave, as long as nothing moves.',
      },
      {
        text: 'ഒരിക്കൽ ഒരു ഇല പറന്നുപോയി; {name} ഇതുവരെ ആ ഷോക്കിൽ നിന്ന് കരകയറിയിട്ടില്ല.',
        en: "A leaf blew past once; Bruno still hasn't recovered from the shock.",
      },
      {
        text: 'മഴക്കാലത്ത് ഒരു ഇടി വെട്ടിയാൽ {name} പിന്നെ പുറത്തിറങ്ങുന്നത് ഓണത്തിനാണ്.',
        en: 'One thunderclap in the monsoon and Bruno next comes out at Onam (the festival after the monsoon, months later).',
      },
    ],
    clingy: [
      {
        text: '{Name} വീട്ടിലെ എല്ലാവരുടെയും വാലാണ്; ബാത്റൂമിന്റെ വാതിൽ വരെ സെക്യൂരിറ്റി ഡ്യൂട്ടി.',
        en: "Bruno is everyone's 'tail' (Malayalam for someone who follows you everywhere); security duty right up to the bathroom door.",
      },
      {
        text: 'പത്ത് സെക്കൻഡ് മുറിയിൽ നിന്ന് മാറിയാൽ മതി, {name} മിസ്സിങ് കേസ് ഫയൽ ചെയ്യും.',
        en: 'Step out of the room for ten seconds and Bruno files a missing-person case.',
      },
      {
        text: '{Name} ഒട്ടിപ്പിടിക്കുന്നത് കണ്ടാൽ ഫെവിക്കോൾ കമ്പനിക്കാർ പരസ്യത്തിന് വിളിക്കും.',
        en: 'Seeing how Bruno sticks to you, the Fevicol glue company would sign it up for an advert.',
      },
      {
        text: 'മടിയിൽ സ്ഥലമില്ലെങ്കിൽ {name} ലാപ്ടോപ്പിന്റെ മുകളിൽ കയറിയിരിക്കും; വർക്ക് ഫ്രം ഹോം ഇനി നടക്കില്ല.',
        en: 'No room on your lap? Bruno sits on the laptop instead; work from home is over.',
      },
    ],
    escape: [
      {
        text: 'ഗേറ്റ് ഒന്ന് തുറന്നാൽ {name} മുങ്ങും; പിന്നെ പൊങ്ങുന്നത് അത്താഴ സമയത്ത്.',
        en: "Open the gate a crack and Bruno 'dives' (slang for vanishing); it 'surfaces' again at dinner time.",
      },
      {
        text: 'എല്ലാ രാത്രിയും {name} മുൻവാതിൽ പഠിക്കുന്നത് കണ്ടാൽ ഏതോ ഹൈസ്റ്റ് സിനിമയുടെ പ്ലാനിങ് ആണെന്ന് തോന്നും.',
        en: "Seeing Bruno study the front door every night, you'd think a heist film was being planned.",
      },
      {
        text: 'മതില് എത്ര പൊക്കിയാലും {name} പുതിയ വഴി കണ്ടുപിടിക്കും; വീടിന്റെ ബജറ്റ് മുഴുവൻ മതിലിനായി.',
        en: 'However high we raise the wall, Bruno finds a new way out; the whole house budget now goes on walls.',
      },
      {
        text: '{Name} ഇത്രയും തവണ ചാടിപ്പോയിട്ടുണ്ട്, പോലീസ് ഡോഗ് സ്ക്വാഡ് പോലും കേസ് വിട്ടു.',
        en: 'Bruno has slipped out so many times that even the police dog squad dropped the case.',
      },
    ],
  },
  closers: [
    {
      text: 'എന്തൊക്കെ പറഞ്ഞാലും {name} ഞങ്ങളുടെ ചങ്കാണ്.',
      en: "Whatever we say, Bruno is our 'chank' (literally 'heart'; Malayalam slang for your dearest pal).",
    },
    {
      text: 'റോസ്റ്റ് കഴിഞ്ഞു; {name} ഇതൊന്നും മൈൻഡ് ചെയ്യാതെ വീണ്ടും ഉറങ്ങാൻ പോയി.',
      en: "Roast over; Bruno didn't mind a word of it and went back to sleep.",
    },
    {
      text: 'ഇത് റോസ്റ്റ് അല്ല, പെർഫോമൻസ് റിവ്യൂ ആയിരുന്നു: {name} ക്യൂട്ട് ആണ്, പക്ഷേ പണി പോയി.',
      en: 'This was not a roast, it was a performance review: Bruno is cute, but fired.',
    },
    {
      text: 'വാടക ഇപ്പോഴും ബാക്കിയാണ്; {name} അത് സ്നേഹമായി തന്നു തീർത്താൽ മതി.',
      en: 'The rent is still due; Bruno can pay it off in love.',
    },
    {
      text: 'ഇത്രയൊക്കെ കാട്ടിക്കൂട്ടിയാലും {name} ഇല്ലാത്ത ഒരു ദിവസം ഈ വീടിന് ആലോചിക്കാൻ പോലും പറ്റില്ല.',
      en: "For all this mischief, this house can't even imagine a day without Bruno.",
    },
    {
      text: '{Name} ഇനിയും ഇങ്ങനെ തന്നെ തുടരും; ഞങ്ങൾ ഇനിയും ഇങ്ങനെ തന്നെ സ്നേഹിക്കും.',
      en: "Bruno will carry on exactly like this; and we'll keep loving it exactly like this.",
    },
  ],
  groupClosers: [
    {
      text: 'എല്ലാത്തിനെയും ഞങ്ങൾക്ക് ജീവനാണ്; പക്ഷേ ഈ വീടിന് ഇപ്പോൾ ഒരു ലീവ് വേണം.',
      en: 'We love every single one of them dearly; but this house needs a holiday now.',
    },
    {
      text: '{Count} {nouns}, ഒരു കുടുംബം, പിന്നെ ഒരിക്കലും തീരാത്ത ക്ലീനിങ്.',
      en: 'Three cats, one family, and a cleaning job that never ends.',
    },
    {
      text: 'ഈ ഗ്യാങ്ങിനെ ഞങ്ങൾക്ക് ഭയങ്കര ഇഷ്ടമാണ്; ഫർണിച്ചറിന് അത്ര ഇഷ്ടമല്ല.',
      en: 'We adore this gang; the furniture, not so much.',
    },
    {
      text: 'ഈ ടീമിനെ ഞങ്ങൾ ആർക്കും വിട്ടുകൊടുക്കില്ല; ആരും ചോദിച്ചിട്ടില്ലെന്നത് വേറെ കാര്യം.',
      en: "We would never give this team away to anyone; that nobody has asked is another matter.",
    },
  ],
  petWords: {
    dog: ['പട്ടി', 'നായ', 'നായ്ക്കുട്ടി', 'നായക്കുട്ടി', 'പട്ടിക്കുട്ടി', 'patti', 'pattikutty', 'pattikkutti', 'naaya', 'naya', 'naai', 'nayakutty'],
    cat: ['പൂച്ച', 'പൂച്ചക്കുട്ടി', 'കണ്ടൻപൂച്ച', 'poocha', 'pucha', 'poocha kutty', 'poochakutty', 'poochakkutti'],
    bird: ['കിളി', 'പക്ഷി', 'തത്ത', 'തത്തമ്മ', 'കോഴി', 'പ്രാവ്', 'മൈന', 'കുരുവി', 'താറാവ്', 'kili', 'pakshi', 'thatha', 'thatta', 'thathamma', 'kozhi', 'pravu', 'praavu', 'maina', 'kuruvi', 'tharavu'],
    horse: ['കുതിര', 'കുതിരക്കുട്ടി', 'kuthira', 'kudhira', 'kuthirakutty'],
    sheep: ['ചെമ്മരിയാട', 'ചെമ്മരി', 'ആട്ടിൻകുട്ടി', 'chemmariyadu', 'chemmariyaadu', 'chemmari', 'aattinkutty'],
    cow: ['പശു', 'പശുക്കുട്ടി', 'കിടാവ', 'കാള', 'എരുമ', 'pashu', 'pasu', 'pashukutty', 'eruma'],
    elephant: ['ആന', 'ആനക്കുട്ടി', 'കൊമ്പൻ', 'പിടിയാന', 'aana', 'aanakutty', 'anakutty', 'komban'],
    bear: ['കരടി', 'karadi', 'karati'],
    zebra: ['സീബ്ര', 'സീബ്രാ', 'seebra', 'zeebra'],
    giraffe: ['ജിറാഫ', 'jiraf', 'jiraaf', 'giraf'],
  },
  traitWords: {
    lazy: ['മടിയൻ', 'മടിച്ചി', 'മടിപിടി', 'കുഴിമടി', 'ഉറക്ക', 'ഉറങ്ങ', 'ഉറങ്ങി', 'madiyan', 'madichi', 'kuzhimadi', 'urakkam', 'urang', 'urangi'],
    greedy: ['തീറ്റ', 'ആർത്തി', 'കൊതി', 'വിശപ്പ', 'വിശക്ക', 'കട്ടുതിന്ന', 'കള്ള', 'തിന്നു', 'തിന്നും', 'theetta', 'kothi', 'vishapp', 'vishakk', 'kattuthinn', 'kallan', 'thinn'],
    loud: ['കുരയ്ക്ക', 'കുരച്ച', 'കുരയ', 'ഒച്ച', 'ബഹള', 'ശബ്ദ', 'അലറ', 'ചിലയ്ക്ക', 'kurakk', 'ocha', 'bahalam', 'shabdam', 'alarch'],
    grumpy: ['ദേഷ്യ', 'കലിപ്പ', 'മുരട്ട', 'പിണക്ക', 'മുഖം വീർപ്പ', 'deshyam', 'deshya', 'kalipp', 'murattu', 'pinakkam', 'pinangi'],
    destructive: ['കടിച്ചു', 'കടിച്ചുകീറ', 'കടിക്കു', 'നശിപ്പി', 'കീറ', 'ചെരുപ്പ', 'തലയണ', 'കുഷ്യൻ', 'മാന്തി', 'kadich', 'kadikk', 'nashipp', 'keeri', 'cheruppu', 'manthi'],
    clumsy: ['വീഴ', 'വീണു', 'തട്ടിവീ', 'തെന്നി', 'വഴുതി', 'veezh', 'veenu', 'thatti veez', 'thenni', 'vazhuthi'],
    vain: ['ജാഡ', 'ഗമ', 'സെൽഫി', 'കണ്ണാടി', 'പോസ്', 'മേക്കപ്പ', 'ഷോ കാണിക്ക', 'jaada', 'jada', 'gama', 'show kanikk', 'pose cheyy'],
    scaredy: ['പേടി', 'പേടിത്തൊണ്ട', 'ഭയ', 'ഇടിമിന്നൽ', 'പടക്ക', 'pedich', 'pedikk', 'pediyan', 'pedithondan', 'bhayam', 'padakkam'],
    clingy: ['ഒട്ടിപ്പിടി', 'പിന്നാലെ', 'പുറകെ നടക്ക', 'മടിയിൽ', 'കെട്ടിപ്പിടി', 'വിട്ടുമാറില്ല', 'ottippidi', 'pinnale', 'purake', 'madiyil', 'kettippidi'],
    escape: ['ചാടിപ്പോ', 'ഓടിപ്പോ', 'മുങ്ങി', 'രക്ഷപ്പെട', 'മതിൽ ചാട', 'ഗേറ്റ്', 'chaadippo', 'chadippo', 'odippo', 'mungi', 'rakshapett', 'mathil chaad'],
  },
  numberWords: {
    'രണ്ട്': 2, 'രണ്ടു': 2, 'രണ്ടെണ്ണം': 2, 'മൂന്ന്': 3, 'മൂന്നു': 3, 'നാല്': 4, 'നാലു': 4, 'അഞ്ച്': 5, 'അഞ്ചു': 5,
    'ആറ്': 6, 'ആറു': 6, 'ഏഴ്': 7, 'ഏഴു': 7, 'എട്ട്': 8, 'എട്ടു': 8, 'ഒമ്പത്': 9, 'ഒൻപത്': 9, 'പത്ത്': 10, 'പത്തു': 10,
    randu: 2, rendu: 2, moonnu: 3, munnu: 3, naalu: 4, nalu: 4, anchu: 5, aaru: 6, ezhu: 7, ettu: 8, ombathu: 9, onpathu: 9, pathu: 10,
  },
  notNames: [
    'എന്റെ', 'ഞങ്ങളുടെ', 'ഞങ്ങടെ', 'നമ്മുടെ', 'ഈ', 'ആ', 'ഒരു', 'ഇവൻ', 'ഇവൾ', 'ഇത്', 'അവൻ', 'അവൾ', 'അത്', 'എന്ന', 'പേര്', 'വീട്ടിലെ', 'മോനേ', 'മോളേ',
    'ente', 'ende', 'nte', 'njangalude', 'njangade', 'nammude', 'ee', 'aa', 'oru', 'ivan', 'ival', 'ithu', 'avan', 'aval', 'athu', 'enna', 'peru', 'veetile', 'veettile', 'mone', 'mole',
  ],
};
