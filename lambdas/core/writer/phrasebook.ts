import type { TraitFamily } from './prompt.js';
import type { PetClass } from './types.js';

/**
 * The template writer's phrasebook (docs/writer.md, "Phrasebook"), English and Hindi, written natively
 * (the Hindi lines are not translations of the English ones).
 *
 * Placeholders: `{name}` / `{Name}` the pet (its name, else "this dog" / "कुत्ता जी"), `{noun}` /
 * `{nouns}` the class, `{count}` / `{Count}` how many were seen. Hindi lines agree with the subject's
 * grammatical gender through `{masculine|feminine}` alternatives. Every line roasts the pet, never the
 * owner or any person or group.
 */
export interface Phrasebook {
  /** Class nouns: singular, plural and (Hindi) grammatical gender. */
  nouns: Record<PetClass, { one: string; many: string; gender: 'm' | 'f' }>;
  /** The subject when the prompt names no pet (`{noun}` filled in), and when several pets were seen. */
  unnamed: string;
  gangLeader: { text: string; gender: 'm' | 'f' };
  /** Number words 2..10. */
  numbers: Record<number, string>;
  openers: string[];
  groupOpeners: string[];
  classJabs: Record<PetClass, string[]>;
  traitJabs: Record<TraitFamily, string[]>;
  closers: string[];
  groupClosers: string[];
}

export const ENGLISH: Phrasebook = {
  nouns: {
    dog: { one: 'dog', many: 'dogs', gender: 'm' },
    cat: { one: 'cat', many: 'cats', gender: 'f' },
    bird: { one: 'bird', many: 'birds', gender: 'f' },
    horse: { one: 'horse', many: 'horses', gender: 'm' },
    sheep: { one: 'sheep', many: 'sheep', gender: 'f' },
    cow: { one: 'cow', many: 'cows', gender: 'f' },
    elephant: { one: 'elephant', many: 'elephants', gender: 'm' },
    bear: { one: 'bear', many: 'bears', gender: 'm' },
    zebra: { one: 'zebra', many: 'zebras', gender: 'm' },
    giraffe: { one: 'giraffe', many: 'giraffes', gender: 'm' },
  },
  unnamed: 'this {noun}',
  gangLeader: { text: 'the ringleader', gender: 'm' },
  numbers: { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten' },
  openers: [
    'Ladies and gentlemen, please welcome {name}, living proof that cute is not a personality.',
    'Today we roast {name}, and honestly, {name} made this far too easy for us.',
    'Meet {name}: no job, no rent, and somehow still the boss of this entire house.',
    'Breaking news: {name} has finally been reviewed, and the critics are not kind.',
    '{Name} thinks this is a tribute video. {Name} is about to be very disappointed.',
    'Gather round, everyone, because {name} is about to hear some hard truths.',
  ],
  groupOpeners: [
    'We have {count} {nouns} here, and between them maybe one working brain cell.',
    '{Count} {nouns}, one household, and absolutely zero adult supervision.',
    'Roasting one {noun} is a job; roasting {count} {nouns} is a full-time career.',
    'Look at these {count} {nouns}: part gang, part crime ring, all trouble.',
  ],
  classJabs: {
    dog: [
      '{Name} greets the delivery guy like a long-lost brother and the vet like a hitman.',
      '{Name} has exactly one trick, and it is staring at you until food appears.',
      '{Name} chases the same tail every single day and loses every single time.',
    ],
    cat: [
      '{Name} knocks things off the table just to check that gravity still works.',
      '{Name} ignores a bed that cost a fortune and sleeps in the box it came in.',
      '{Name} treats every human in this house like staff who are slightly late.',
    ],
    bird: [
      '{Name} copies every ringtone in the house but not one useful word.',
      '{Name} wakes everyone at dawn as if the sun needs a personal announcement.',
      '{Name} has actual wings and still walks around like a tiny landlord.',
    ],
    horse: [
      '{Name} has the engine of a sports car and the enthusiasm of a parked scooter.',
      '{Name} eats hay like it is a buffet and then demands dessert in carrots.',
      '{Name} tosses that mane around like a shampoo advert nobody asked for.',
    ],
    sheep: [
      '{Name} follows the crowd so closely that the crowd is getting worried.',
      '{Name} is basically a cloud with legs, and a cloud has more plans.',
      '{Name} needs a haircut more than anyone in this video, and that says a lot.',
    ],
    cow: [
      '{Name} chews the same mouthful for an hour and calls it a hobby.',
      '{Name} stares at the horizon like it owes {name} money.',
      '{Name} stands in one field all day and still acts incredibly busy.',
    ],
    elephant: [
      '{Name} never forgets anything, which is a shame, because {name} never learns either.',
      '{Name} takes a mud bath and has the nerve to call it skincare.',
      '{Name} has a nose the size of a hosepipe and still cannot smell trouble coming.',
    ],
    bear: [
      '{Name} sleeps for months at a time and calls it self-care.',
      '{Name} looks cuddly from far away, and that is the only good angle.',
      '{Name} has claws like kitchen knives and still opens snacks like a toddler.',
    ],
    zebra: [
      '{Name} put on stripes once and never changed outfits again.',
      '{Name} looks like a horse that got stuck in a barcode scanner.',
      '{Name} could not decide between black and white, so {name} just picked both.',
    ],
    giraffe: [
      '{Name} has the longest neck in the room and still misses the point.',
      '{Name} looks down on everyone, literally and emotionally.',
      '{Name} needs a ladder just to give a hug, and nobody here owns a ladder.',
    ],
  },
  traitJabs: {
    lazy: [
      '{Name} sleeps sixteen hours a day and wakes up tired from all that sleeping.',
      "{Name}'s daily workout is rolling from one sunny spot to the next one.",
      'If napping were an Olympic sport, {name} would skip the final to take a nap.',
      '{Name} has two speeds: asleep, and just about to fall asleep.',
      '{Name} treats the sofa like a full-time job with excellent benefits.',
    ],
    greedy: [
      '{Name} hears a snack wrapper from three rooms away but never hears the word no.',
      '{Name} eats every meal like it is the last one, then asks for dessert anyway.',
      'Leave a plate alone for one second and {name} will call it a donation.',
      "{Name}'s favourite room is the kitchen, and favourite person is whoever holds a snack.",
      '{Name} has committed more food crimes than a midnight delivery app.',
    ],
    loud: [
      '{Name} reports every leaf, every shadow and every pigeon like breaking news.',
      "{Name}'s volume has two settings: loud, and the neighbours are calling again.",
      '{Name} has an opinion about everything and shares it at full volume.',
      'Silence is golden, which explains why {name} has never owned any.',
      '{Name} could narrate this whole video alone, but the microphone would resign.',
    ],
    grumpy: [
      '{Name} has a face that says the manager will be hearing about this.',
      '{Name} judges everyone in this house and has not given a single passing grade.',
      '{Name} woke up grumpy once and decided to make it a lifestyle.',
      '{Name} gives side-eye so sharp it should come with a warning label.',
      'Pay {name} a compliment and you get the look of a tax inspector.',
    ],
    destructive: [
      '{Name} has chewed through more shoes than a cobbler has ever repaired.',
      'Every cushion in this house has a story, and {name} wrote the ending.',
      "{Name} doesn't play with toys; {name} runs a small demolition company.",
      '{Name} looked at a brand-new sofa and saw a to-do list.',
      'The insurance company keeps a file on {name}, and it is getting thick.',
    ],
    clumsy: [
      '{Name} trips over a perfectly flat floor and then blames the floor.',
      '{Name} has the grace of a falling fridge and the timing of a bad joke.',
      '{Name} misjudges every jump, as if gravity changed its rules overnight.',
      'Every door frame in this house has met {name} face first.',
      '{Name} walks into glass doors with total confidence, every single time.',
    ],
    vain: [
      '{Name} poses for every camera as if the paparazzi are waiting outside.',
      '{Name} has more grooming appointments than anyone who actually pays the bills.',
      '{Name} checks the mirror more often than the food bowl, and that is saying something.',
      '{Name} is a full-time diva with a fur coat and no budget.',
      '{Name} believes there is a good side, and insists it is every side.',
    ],
    scaredy: [
      '{Name} is completely fearless, unless something moves, makes a noise, or exists.',
      '{Name} has lost every single staring contest with the vacuum cleaner.',
      'A leaf blew past once, and {name} has still not recovered from it.',
      '{Name} acts brave right until the doorbell rings, then hides under the bed.',
      '{Name} is scared of balloons, cucumbers, and most likely this video.',
    ],
    clingy: [
      '{Name} follows everyone to the bathroom like a tiny security guard with no boundaries.',
      '{Name} needs attention the way a phone needs charging: constantly, and right now.',
      'Leave the room for ten seconds and {name} files a missing person report.',
      '{Name} is less a pet and more a shadow with feelings.',
      '{Name} has never heard of personal space and has no plans to learn.',
    ],
    escape: [
      '{Name} treats every open gate like a personal invitation to adventure.',
      '{Name} has escaped more times than a movie villain, with worse planning.',
      'No fence can hold {name}; only the smell of dinner ever brings {name} back.',
      '{Name} studies the front door like a heist movie, every single night.',
      '{Name} vanishes so often the neighbours keep a wanted poster ready.',
    ],
  },
  closers: [
    'Still, we love you, {name}. Mostly. On good days.',
    'Stay weird, {name}. The rent is still due, payable in cuddles.',
    'That is the roast. {Name} will now ignore all of it and take a nap.',
    '{Name}, this was not a roast, it was a performance review: adorable, but fired.',
    'And that, {name}, is why you are famous on the internet and nowhere else.',
    'Love you, {name}. Now please go practise being a normal {noun}.',
  ],
  groupClosers: [
    'We love every single one of you, but this house needs a holiday.',
    '{Count} {nouns}, zero regrets, and one very tired household.',
    'We love this gang. The furniture, however, does not.',
  ],
};

export const HINDI: Phrasebook = {
  nouns: {
    dog: { one: 'कुत्ता', many: 'कुत्ते', gender: 'm' },
    cat: { one: 'बिल्ली', many: 'बिल्लियाँ', gender: 'f' },
    bird: { one: 'चिड़िया', many: 'चिड़ियाँ', gender: 'f' },
    horse: { one: 'घोड़ा', many: 'घोड़े', gender: 'm' },
    sheep: { one: 'भेड़', many: 'भेड़ें', gender: 'f' },
    cow: { one: 'गाय', many: 'गायें', gender: 'f' },
    elephant: { one: 'हाथी', many: 'हाथी', gender: 'm' },
    bear: { one: 'भालू', many: 'भालू', gender: 'm' },
    zebra: { one: 'ज़ेबरा', many: 'ज़ेबरा', gender: 'm' },
    giraffe: { one: 'जिराफ़', many: 'जिराफ़', gender: 'm' },
  },
  unnamed: '{noun} जी',
  gangLeader: { text: 'गैंग लीडर', gender: 'm' },
  numbers: { 2: 'दो', 3: 'तीन', 4: 'चार', 5: 'पाँच', 6: 'छह', 7: 'सात', 8: 'आठ', 9: 'नौ', 10: 'दस' },
  openers: [
    'आज के रोस्ट में स्वागत कीजिए {name} का, इस घर {के असली नवाब|की असली महारानी} का।',
    'मिलिए {name} से: न कोई नौकरी, न कोई किराया, फिर भी पूरे घर पर राज।',
    'ब्रेकिंग न्यूज़: {name} की समीक्षा हो चुकी है, और नतीजे बिल्कुल अच्छे नहीं हैं।',
    '{Name} को लगता है ये तारीफ़ वाला वीडियो है। बहुत बड़ी गलतफ़हमी है।',
    'आज बात करेंगे {name} की, जो शक्ल से मासूम और हरकतों से पूरा ड्रामा है।',
  ],
  groupOpeners: [
    'यहाँ {count} {nouns} हैं, और सबके बीच मिलाकर शायद एक ही दिमाग़ है।',
    '{count} {nouns}, एक घर, और समझदारी बिल्कुल ज़ीरो।',
    'एक {noun} को रोस्ट करना काम है, पर {count} {nouns} को रोस्ट करना पूरा करियर है।',
  ],
  classJabs: {
    dog: [
      '{Name} डिलीवरी वाले से ऐसे {मिलता|मिलती} है जैसे बिछड़ा भाई हो, और डॉक्टर से ऐसे जैसे दुश्मन हो।',
      '{Name} की एक ही ट्रिक है: तब तक घूरना जब तक खाना न आ जाए।',
      '{Name} रोज़ अपनी ही पूँछ के पीछे {भागता|भागती} है और रोज़ हार {जाता|जाती} है।',
    ],
    cat: [
      '{Name} मेज़ से चीज़ें सिर्फ़ ये देखने के लिए {गिराता|गिराती} है कि गुरुत्वाकर्षण अब भी काम करता है या नहीं।',
      '{Name} महँगे बिस्तर को छोड़कर उसके खाली डिब्बे में {सोता|सोती} है।',
      '{Name} घर के हर इंसान को ऐसे {देखता|देखती} है जैसे सब देर से आए नौकर हों।',
    ],
    bird: [
      '{Name} घर की हर रिंगटोन की नकल {करता|करती} है, पर काम का एक भी शब्द नहीं {बोलता|बोलती}।',
      '{Name} सुबह-सुबह ऐसे {चिल्लाता|चिल्लाती} है जैसे सूरज को निकलने के लिए इजाज़त चाहिए।',
      '{Name} के पास पंख हैं, फिर भी {वो|वो} किसी छोटे मकान-मालिक की तरह पैदल {घूमता|घूमती} है।',
    ],
    horse: [
      '{Name} के पास स्पोर्ट्स कार जैसी ताक़त है और खड़े स्कूटर जैसा जोश।',
      '{Name} अपने बाल ऐसे {लहराता|लहराती} है जैसे किसी शैम्पू का विज्ञापन चल रहा हो।',
      '{Name} घास ऐसे {खाता|खाती} है जैसे बुफ़े हो, और फिर मिठाई में गाजर {माँगता|माँगती} है।',
    ],
    sheep: [
      '{Name} भीड़ के पीछे इतना {चलता|चलती} है कि अब भीड़ भी परेशान हो गई है।',
      '{Name} असल में पैरों वाला एक बादल है, और प्लान भी बादल जितने ही हैं।',
      '{Name} को इस वीडियो में सबसे ज़्यादा बाल कटवाने की ज़रूरत है।',
    ],
    cow: [
      '{Name} एक ही निवाला घंटे भर {चबाता|चबाती} है और उसे शौक़ {कहता|कहती} है।',
      '{Name} पूरे दिन एक ही जगह खड़े रहकर भी ऐसे {दिखाता|दिखाती} है जैसे बहुत बिज़ी हो।',
      '{Name} आसमान को ऐसे {घूरता|घूरती} है जैसे उसने उधार लेकर लौटाया न हो।',
    ],
    elephant: [
      '{Name} कभी कुछ नहीं {भूलता|भूलती}, अफ़सोस कि कभी कुछ {सीखता|सीखती} भी नहीं।',
      '{Name} कीचड़ में नहाकर उसे स्किनकेयर {कहता|कहती} है।',
      '{Name} की नाक पाइप जितनी लंबी है, फिर भी मुसीबत की ख़ुशबू नहीं आती।',
    ],
    bear: [
      '{Name} महीनों {सोता|सोती} है और उसे सेल्फ़-केयर {कहता|कहती} है।',
      '{Name} दूर से {प्यारा|प्यारी} {लगता|लगती} है, और बस वही एक अच्छा एंगल है।',
      '{Name} के नाख़ून चाकू जैसे हैं, फिर भी नमकीन का पैकेट बच्चे की तरह {खोलता|खोलती} है।',
    ],
    zebra: [
      '{Name} ने एक बार धारियों वाले कपड़े पहने और फिर कभी कपड़े नहीं बदले।',
      '{Name} ऐसा {दिखता|दिखती} है जैसे कोई घोड़ा बारकोड स्कैनर में फँस गया हो।',
      '{Name} काले और सफ़ेद में से चुन नहीं {पाया|पाई}, तो दोनों पहन लिए।',
    ],
    giraffe: [
      '{Name} की गर्दन कमरे में सबसे लंबी है, फिर भी बात सबसे आख़िर में समझ आती है।',
      '{Name} सबको ऊपर से {देखता|देखती} है, सचमुच भी और दिल से भी।',
      '{Name} को गले लगाने के लिए सीढ़ी चाहिए, और घर में किसी के पास सीढ़ी नहीं है।',
    ],
  },
  traitJabs: {
    lazy: [
      '{Name} दिन में सोलह घंटे {सोता|सोती} है, और फिर भी {थका हुआ|थकी हुई} {उठता|उठती} है।',
      '{Name} की कसरत बस इतनी है: एक धूप वाले कोने से दूसरे धूप वाले कोने तक लुढ़कना।',
      '{Name} की दो ही स्पीड हैं: सोना, और सोने की तैयारी करना।',
      'अगर आलस का ओलंपिक होता, तो {name} फ़ाइनल के दिन भी सोता ही {रहता|रहती}।',
    ],
    greedy: [
      '{Name} तीन कमरे दूर से पैकेट की आवाज़ सुन {लेता|लेती} है, पर "ना" कभी नहीं {सुनता|सुनती}।',
      'प्लेट एक पल को अकेली छोड़ो, और {name} उसे दान समझ {लेता|लेती} है।',
      '{Name} हर बार ऐसे {खाता|खाती} है जैसे ये आख़िरी खाना हो, और फिर मिठाई भी {माँगता|माँगती} है।',
      '{Name} का पसंदीदा कमरा रसोई है, और पसंदीदा इंसान वो जिसके हाथ में नाश्ता हो।',
    ],
    loud: [
      '{Name} हर पत्ते, हर परछाईं और हर कबूतर की ख़बर ब्रेकिंग न्यूज़ की तरह {देता|देती} है।',
      '{Name} की आवाज़ के दो ही लेवल हैं: तेज़, और पड़ोसी फिर शिकायत करने आ रहे हैं।',
      'ख़ामोशी सोना है, शायद इसीलिए {name} के पास कभी सोना नहीं रहा।',
      '{Name} अकेले ही ये पूरा वीडियो बोल {सकता|सकती} है, पर माइक इस्तीफ़ा दे देगा।',
    ],
    grumpy: [
      '{Name} का चेहरा कहता है: मैनेजर को बुलाओ, मुझे शिकायत करनी है।',
      '{Name} घर में सबको जज {करता|करती} है, और अब तक किसी को पास नहीं किया।',
      '{Name} एक दिन गुस्से में {उठा था|उठी थी} और फिर उसी को लाइफ़स्टाइल बना लिया।',
      '{Name} की तिरछी नज़र इतनी तेज़ है कि उस पर चेतावनी लिखी होनी चाहिए।',
    ],
    destructive: [
      '{Name} ने जितने जूते चबाए हैं, उतने तो किसी मोची ने ठीक भी नहीं किए।',
      'इस घर के हर तकिए की एक कहानी है, और उसका अंत {name} ने लिखा है।',
      '{Name} खिलौनों से नहीं {खेलता|खेलती}, पूरी तोड़फोड़ कंपनी {चलाता|चलाती} है।',
      '{Name} ने नया सोफ़ा देखा और उसे अपने काम की लिस्ट समझ लिया।',
    ],
    clumsy: [
      '{Name} सीधे फ़र्श पर भी {फिसल जाता|फिसल जाती} है और फिर फ़र्श को दोष {देता|देती} है।',
      'इस घर का हर दरवाज़ा {name} के माथे से मिल चुका है।',
      '{Name} हर छलांग ऐसे {लगाता|लगाती} है जैसे रातों-रात गुरुत्वाकर्षण के नियम बदल गए हों।',
      '{Name} काँच के दरवाज़े में पूरे आत्मविश्वास से हर बार {घुसता|घुसती} है।',
    ],
    vain: [
      '{Name} हर कैमरे के सामने ऐसे पोज़ {देता|देती} है जैसे बाहर पैपराज़ी खड़े हों।',
      '{Name} खाने के कटोरे से ज़्यादा आईना {देखता|देखती} है।',
      '{Name} फ़र कोट {वाला सुपरस्टार|वाली सुपरस्टार} है, बस बजट ज़ीरो है।',
      '{Name} के नखरे देखकर फ़िल्मी सितारे भी शरमा जाएँ।',
    ],
    scaredy: [
      '{Name} बहुत {बहादुर|बहादुर} है, जब तक कुछ हिले नहीं, आवाज़ न करे, या बस मौजूद न हो।',
      '{Name} वैक्यूम क्लीनर से घूरने का हर मुक़ाबला हार {चुका|चुकी} है।',
      '{Name} तब तक {शेर|शेरनी} है जब तक दरवाज़े की घंटी नहीं बजती, फिर सीधे पलंग के नीचे।',
      'एक बार एक पत्ता उड़ा था, और {name} आज तक उस सदमे से बाहर नहीं {आया|आई}।',
    ],
    clingy: [
      '{Name} बाथरूम तक पीछे-पीछे ऐसे {आता|आती} है जैसे कोई छोटा-सा बॉडीगार्ड हो।',
      'दस सेकंड के लिए कमरे से निकलो, और {name} गुमशुदगी की रिपोर्ट लिखवा {देता|देती} है।',
      '{Name} को ध्यान ऐसे चाहिए जैसे फ़ोन को चार्जिंग: लगातार, और अभी के अभी।',
      '{Name} ने पर्सनल स्पेस का नाम कभी नहीं सुना, और सुनने का इरादा भी नहीं है।',
    ],
    escape: [
      '{Name} हर खुले गेट को रोमांच का न्योता {समझता|समझती} है।',
      '{Name} इतनी बार {भाग चुका|भाग चुकी} है कि फ़िल्मी विलेन भी शरमा जाए।',
      'कोई दीवार {name} को रोक नहीं सकती, बस रात के खाने की ख़ुशबू वापस ले आती है।',
      '{Name} रोज़ रात दरवाज़े को ऐसे {देखता|देखती} है जैसे किसी डकैती का प्लान बना {रहा|रही} हो।',
    ],
  },
  closers: [
    'फिर भी {name}, हम तुमसे प्यार करते हैं। ज़्यादातर दिनों में।',
    'बस इतना ही रोस्ट। अब {name} इसे अनदेखा करके फिर सो {जाएगा|जाएगी}।',
    '{Name}, ये रोस्ट नहीं, परफ़ॉर्मेंस रिव्यू था: बहुत {प्यारे|प्यारी}, पर नौकरी से बाहर।',
    'ऐसे ही अजीब रहो, {name}। किराया अब भी झप्पियों में ही देना है।',
  ],
  groupClosers: [
    'तुम सबसे प्यार है, पर इस घर को अब छुट्टी चाहिए।',
    '{count} {nouns}, ज़ीरो पछतावा, और एक बहुत थका हुआ परिवार।',
    'हमें ये गैंग बहुत पसंद है। फ़र्नीचर को बिल्कुल नहीं।',
  ],
};
