import type { NativePhrasebook } from './types.js';

/**
 * The Hindi phrasebook (docs/writer.md, "Phrasebooks"; docs/phrasebooks/hi.md), written natively in Devanagari
 * (not translated from the English lines), with each line's English back-translation. Lines agree with the
 * subject's grammatical gender through `{masculine|feminine}` alternatives (कुत्ता सोता है, बिल्ली सोती है).
 * Prompt vocabulary: Devanagari and Hinglish (romanised Hindi as people type it).
 */
export const HINDI: NativePhrasebook = {
  language: 'hi',
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
  unnamed: { text: '{noun} जी', en: 'Mr./Ms. {noun} (respectful "ji")' },
  gangLeader: { text: 'गैंग लीडर', en: 'the gang leader', gender: 'm' },
  title: {
    named: { text: '{name} का रोस्ट', en: "{name}'s roast (का is a separate word; the name takes no ending)" },
    generic: { text: 'आज का रोस्ट', en: "Today's roast" },
  },
  numbers: { 2: 'दो', 3: 'तीन', 4: 'चार', 5: 'पाँच', 6: 'छह', 7: 'सात', 8: 'आठ', 9: 'नौ', 10: 'दस' },
  mixedNoun: { one: 'जानवर', many: 'जानवर', gender: 'm' },
  openers: [
    { text: 'आज के रोस्ट में स्वागत कीजिए {name} का, इस घर {के असली नवाब|की असली महारानी} का।', en: 'Welcome to today\'s roast, {name}, the real {lord|queen} of this house.' },
    { text: 'मिलिए {name} से: न कोई नौकरी, न कोई किराया, फिर भी पूरे घर पर राज।', en: 'Meet {name}: no job, no rent, and still rules the whole house.' },
    { text: 'ब्रेकिंग न्यूज़: {name} की समीक्षा हो चुकी है, और नतीजे बिल्कुल अच्छे नहीं हैं।', en: 'Breaking news: {name} has been reviewed, and the results are not good at all.' },
    { text: '{Name} को लगता है ये तारीफ़ वाला वीडियो है। बहुत बड़ी गलतफ़हमी है।', en: '{Name} thinks this is a praise video. Big misunderstanding.' },
    { text: 'आज बात करेंगे {name} की, जो शक्ल से मासूम और हरकतों से पूरा ड्रामा है।', en: 'Today we talk about {name}: innocent face, pure drama in every move.' },
  ],
  groupOpeners: [
    { text: 'यहाँ {count} {nouns} हैं, और सबके बीच मिलाकर शायद एक ही दिमाग़ है।', en: 'There are {count} {nouns} here, and between them maybe one brain.' },
    { text: '{count} {nouns}, एक घर, और समझदारी बिल्कुल ज़ीरो।', en: '{count} {nouns}, one house, and zero common sense.' },
    { text: 'एक {noun} को रोस्ट करना काम है, पर {count} {nouns} को रोस्ट करना पूरा करियर है।', en: 'Roasting one {noun} is a job, but roasting {count} {nouns} is a whole career.' },
  ],
  classJabs: {
    dog: [
      { text: '{Name} डिलीवरी वाले से ऐसे {मिलता|मिलती} है जैसे बिछड़ा भाई हो, और डॉक्टर से ऐसे जैसे दुश्मन हो।', en: '{Name} greets the delivery guy like a long-lost brother, and the vet like an enemy.' },
      { text: '{Name} की एक ही ट्रिक है: तब तक घूरना जब तक खाना न आ जाए।', en: '{Name} has only one trick: staring until the food arrives.' },
      { text: '{Name} रोज़ अपनी ही पूँछ के पीछे {भागता|भागती} है और रोज़ हार {जाता|जाती} है।', en: '{Name} chases its own tail every day and loses every day.' },
    ],
    cat: [
      { text: '{Name} मेज़ से चीज़ें सिर्फ़ ये देखने के लिए {गिराता|गिराती} है कि गुरुत्वाकर्षण अब भी काम करता है या नहीं।', en: '{Name} knocks things off the table just to check whether gravity still works.' },
      { text: '{Name} महँगे बिस्तर को छोड़कर उसके खाली डिब्बे में {सोता|सोती} है।', en: '{Name} ignores the expensive bed and sleeps in its empty box.' },
      { text: '{Name} घर के हर इंसान को ऐसे {देखता|देखती} है जैसे सब देर से आए नौकर हों।', en: '{Name} looks at every human in the house like servants who came in late.' },
    ],
    bird: [
      { text: '{Name} घर की हर रिंगटोन की नकल {करता|करती} है, पर काम का एक भी शब्द नहीं {बोलता|बोलती}।', en: '{Name} copies every ringtone in the house, but never says one useful word.' },
      { text: '{Name} सुबह-सुबह ऐसे {चिल्लाता|चिल्लाती} है जैसे सूरज को निकलने के लिए इजाज़त चाहिए।', en: '{Name} screams at dawn as if the sun needs permission to rise.' },
      { text: '{Name} के पास पंख हैं, फिर भी {वो|वो} किसी छोटे मकान-मालिक की तरह पैदल {घूमता|घूमती} है।', en: '{Name} has wings, and still walks around like a tiny landlord.' },
    ],
    horse: [
      { text: '{Name} के पास स्पोर्ट्स कार जैसी ताक़त है और खड़े स्कूटर जैसा जोश।', en: '{Name} has the power of a sports car and the enthusiasm of a parked scooter.' },
      { text: '{Name} अपने बाल ऐसे {लहराता|लहराती} है जैसे किसी शैम्पू का विज्ञापन चल रहा हो।', en: '{Name} tosses that mane as if a shampoo advert were running.' },
      { text: '{Name} घास ऐसे {खाता|खाती} है जैसे बुफ़े हो, और फिर मिठाई में गाजर {माँगता|माँगती} है।', en: '{Name} eats grass like a buffet and then asks for carrots for dessert.' },
    ],
    sheep: [
      { text: '{Name} भीड़ के पीछे इतना {चलता|चलती} है कि अब भीड़ भी परेशान हो गई है।', en: '{Name} follows the crowd so closely that now the crowd is worried too.' },
      { text: '{Name} असल में पैरों वाला एक बादल है, और प्लान भी बादल जितने ही हैं।', en: '{Name} is really a cloud with legs, and has about as many plans as a cloud.' },
      { text: '{Name} को इस वीडियो में सबसे ज़्यादा बाल कटवाने की ज़रूरत है।', en: '{Name} needs a haircut more than anyone in this video.' },
    ],
    cow: [
      { text: '{Name} एक ही निवाला घंटे भर {चबाता|चबाती} है और उसे शौक़ {कहता|कहती} है।', en: '{Name} chews one mouthful for an hour and calls it a hobby.' },
      { text: '{Name} पूरे दिन एक ही जगह खड़े रहकर भी ऐसे {दिखाता|दिखाती} है जैसे बहुत बिज़ी हो।', en: '{Name} stands in one spot all day and still acts very busy.' },
      { text: '{Name} आसमान को ऐसे {घूरता|घूरती} है जैसे उसने उधार लेकर लौटाया न हो।', en: '{Name} stares at the sky as if it borrowed money and never paid it back.' },
    ],
    elephant: [
      { text: '{Name} कभी कुछ नहीं {भूलता|भूलती}, अफ़सोस कि कभी कुछ {सीखता|सीखती} भी नहीं।', en: '{Name} never forgets anything; sadly, never learns anything either.' },
      { text: '{Name} कीचड़ में नहाकर उसे स्किनकेयर {कहता|कहती} है।', en: '{Name} bathes in mud and calls it skincare.' },
      { text: '{Name} की नाक पाइप जितनी लंबी है, फिर भी मुसीबत की ख़ुशबू नहीं आती।', en: '{Name} has a nose as long as a pipe, and still cannot smell trouble coming.' },
    ],
    bear: [
      { text: '{Name} महीनों {सोता|सोती} है और उसे सेल्फ़-केयर {कहता|कहती} है।', en: '{Name} sleeps for months and calls it self-care.' },
      { text: '{Name} दूर से {प्यारा|प्यारी} {लगता|लगती} है, और बस वही एक अच्छा एंगल है।', en: '{Name} looks cute from far away, and that is the only good angle.' },
      { text: '{Name} के नाख़ून चाकू जैसे हैं, फिर भी नमकीन का पैकेट बच्चे की तरह {खोलता|खोलती} है।', en: '{Name} has claws like knives and still opens a snack packet like a toddler.' },
    ],
    zebra: [
      { text: '{Name} ने एक बार धारियों वाले कपड़े पहने और फिर कभी कपड़े नहीं बदले।', en: '{Name} put on striped clothes once and never changed them again.' },
      { text: '{Name} ऐसा {दिखता|दिखती} है जैसे कोई घोड़ा बारकोड स्कैनर में फँस गया हो।', en: '{Name} looks like a horse stuck in a barcode scanner.' },
      { text: '{Name} काले और सफ़ेद में से चुन नहीं {पाया|पाई}, तो दोनों पहन लिए।', en: '{Name} could not choose between black and white, so wore both.' },
    ],
    giraffe: [
      { text: '{Name} की गर्दन कमरे में सबसे लंबी है, फिर भी बात सबसे आख़िर में समझ आती है।', en: '{Name} has the longest neck in the room and still gets the point last.' },
      { text: '{Name} सबको ऊपर से {देखता|देखती} है, सचमुच भी और दिल से भी।', en: '{Name} looks down on everyone, literally and at heart.' },
      { text: '{Name} को गले लगाने के लिए सीढ़ी चाहिए, और घर में किसी के पास सीढ़ी नहीं है।', en: '{Name} needs a ladder to give a hug, and nobody at home owns a ladder.' },
    ],
  },
  traitJabs: {
    lazy: [
      { text: '{Name} दिन में सोलह घंटे {सोता|सोती} है, और फिर भी {थका हुआ|थकी हुई} {उठता|उठती} है।', en: '{Name} sleeps sixteen hours a day and still wakes up tired.' },
      { text: '{Name} की कसरत बस इतनी है: एक धूप वाले कोने से दूसरे धूप वाले कोने तक लुढ़कना।', en: '{Name}\'s whole workout: rolling from one sunny corner to the next.' },
      { text: '{Name} की दो ही स्पीड हैं: सोना, और सोने की तैयारी करना।', en: '{Name} has only two speeds: sleeping, and getting ready to sleep.' },
      { text: 'अगर आलस का ओलंपिक होता, तो {name} फ़ाइनल के दिन भी सोता ही {रहता|रहती}।', en: 'If there were a laziness Olympics, {name} would sleep through the final too.' },
    ],
    greedy: [
      { text: '{Name} तीन कमरे दूर से पैकेट की आवाज़ सुन {लेता|लेती} है, पर "ना" कभी नहीं {सुनता|सुनती}।', en: '{Name} hears a snack packet three rooms away, but never hears "no".' },
      { text: 'प्लेट एक पल को अकेली छोड़ो, और {name} उसे दान समझ {लेता|लेती} है।', en: 'Leave a plate alone for one moment, and {name} takes it as a donation.' },
      { text: '{Name} हर बार ऐसे {खाता|खाती} है जैसे ये आख़िरी खाना हो, और फिर मिठाई भी {माँगता|माँगती} है।', en: '{Name} eats every meal as if it were the last, then asks for dessert too.' },
      { text: '{Name} का पसंदीदा कमरा रसोई है, और पसंदीदा इंसान वो जिसके हाथ में नाश्ता हो।', en: '{Name}\'s favourite room is the kitchen, and favourite person whoever holds a snack.' },
    ],
    loud: [
      { text: '{Name} हर पत्ते, हर परछाईं और हर कबूतर की ख़बर ब्रेकिंग न्यूज़ की तरह {देता|देती} है।', en: '{Name} reports every leaf, every shadow and every pigeon like breaking news.' },
      { text: '{Name} की आवाज़ के दो ही लेवल हैं: तेज़, और पड़ोसी फिर शिकायत करने आ रहे हैं।', en: '{Name}\'s voice has two levels: loud, and the neighbours are coming to complain again.' },
      { text: 'ख़ामोशी सोना है, शायद इसीलिए {name} के पास कभी सोना नहीं रहा।', en: 'Silence is golden; maybe that is why {name} never had any gold.' },
      { text: '{Name} अकेले ही ये पूरा वीडियो बोल {सकता|सकती} है, पर माइक इस्तीफ़ा दे देगा।', en: '{Name} could voice this whole video alone, but the microphone would resign.' },
    ],
    grumpy: [
      { text: '{Name} का चेहरा कहता है: मैनेजर को बुलाओ, मुझे शिकायत करनी है।', en: '{Name}\'s face says: call the manager, I have a complaint.' },
      { text: '{Name} घर में सबको जज {करता|करती} है, और अब तक किसी को पास नहीं किया।', en: '{Name} judges everyone in the house and has not passed anyone yet.' },
      { text: '{Name} एक दिन गुस्से में {उठा था|उठी थी} और फिर उसी को लाइफ़स्टाइल बना लिया।', en: '{Name} woke up angry one day and made it a lifestyle.' },
      { text: '{Name} की तिरछी नज़र इतनी तेज़ है कि उस पर चेतावनी लिखी होनी चाहिए।', en: '{Name}\'s side-eye is so sharp it should carry a warning label.' },
    ],
    destructive: [
      { text: '{Name} ने जितने जूते चबाए हैं, उतने तो किसी मोची ने ठीक भी नहीं किए।', en: '{Name} has chewed more shoes than any cobbler has ever repaired.' },
      { text: 'इस घर के हर तकिए की एक कहानी है, और उसका अंत {name} ने लिखा है।', en: 'Every pillow in this house has a story, and {name} wrote its ending.' },
      { text: '{Name} खिलौनों से नहीं {खेलता|खेलती}, पूरी तोड़फोड़ कंपनी {चलाता|चलाती} है।', en: '{Name} does not play with toys; {name} runs a whole demolition company.' },
      { text: '{Name} ने नया सोफ़ा देखा और उसे अपने काम की लिस्ट समझ लिया।', en: '{Name} saw the new sofa and took it for a to-do list.' },
    ],
    clumsy: [
      { text: '{Name} सीधे फ़र्श पर भी {फिसल जाता|फिसल जाती} है और फिर फ़र्श को दोष {देता|देती} है।', en: '{Name} slips even on a flat floor and then blames the floor.' },
      { text: 'इस घर का हर दरवाज़ा {name} के माथे से मिल चुका है।', en: 'Every door in this house has already met {name}\'s forehead.' },
      { text: '{Name} हर छलांग ऐसे {लगाता|लगाती} है जैसे रातों-रात गुरुत्वाकर्षण के नियम बदल गए हों।', en: '{Name} takes every jump as if the laws of gravity changed overnight.' },
      { text: '{Name} काँच के दरवाज़े में पूरे आत्मविश्वास से हर बार {घुसता|घुसती} है।', en: '{Name} walks into glass doors with full confidence, every time.' },
    ],
    vain: [
      { text: '{Name} हर कैमरे के सामने ऐसे पोज़ {देता|देती} है जैसे बाहर पैपराज़ी खड़े हों।', en: '{Name} poses for every camera as if paparazzi were waiting outside.' },
      { text: '{Name} खाने के कटोरे से ज़्यादा आईना {देखता|देखती} है।', en: '{Name} looks in the mirror more than in the food bowl.' },
      { text: '{Name} फ़र कोट {वाला सुपरस्टार|वाली सुपरस्टार} है, बस बजट ज़ीरो है।', en: '{Name} is a superstar in a fur coat, just with a zero budget.' },
      { text: '{Name} के नखरे देखकर फ़िल्मी सितारे भी शरमा जाएँ।', en: 'Seeing {name}\'s tantrums, even film stars would blush.' },
    ],
    scaredy: [
      { text: '{Name} बहुत {बहादुर|बहादुर} है, जब तक कुछ हिले नहीं, आवाज़ न करे, या बस मौजूद न हो।', en: '{Name} is very brave, as long as nothing moves, makes a sound, or simply exists.' },
      { text: '{Name} वैक्यूम क्लीनर से घूरने का हर मुक़ाबला हार {चुका|चुकी} है।', en: '{Name} has lost every staring contest with the vacuum cleaner.' },
      { text: '{Name} तब तक {शेर|शेरनी} है जब तक दरवाज़े की घंटी नहीं बजती, फिर सीधे पलंग के नीचे।', en: '{Name} is a lion until the doorbell rings, then straight under the bed.' },
      { text: 'एक बार एक पत्ता उड़ा था, और {name} आज तक उस सदमे से बाहर नहीं {आया|आई}।', en: 'A leaf blew past once, and {name} has not got over the shock to this day.' },
    ],
    clingy: [
      { text: '{Name} बाथरूम तक पीछे-पीछे ऐसे {आता|आती} है जैसे कोई छोटा-सा बॉडीगार्ड हो।', en: '{Name} follows everyone to the bathroom like a tiny bodyguard.' },
      { text: 'दस सेकंड के लिए कमरे से निकलो, और {name} गुमशुदगी की रिपोर्ट लिखवा {देता|देती} है।', en: 'Leave the room for ten seconds, and {name} files a missing-person report.' },
      { text: '{Name} को ध्यान ऐसे चाहिए जैसे फ़ोन को चार्जिंग: लगातार, और अभी के अभी।', en: '{Name} needs attention the way a phone needs charging: constantly, and right now.' },
      { text: '{Name} ने पर्सनल स्पेस का नाम कभी नहीं सुना, और सुनने का इरादा भी नहीं है।', en: '{Name} has never heard of personal space and has no plans to.' },
    ],
    escape: [
      { text: '{Name} हर खुले गेट को रोमांच का न्योता {समझता|समझती} है।', en: '{Name} takes every open gate as an invitation to adventure.' },
      { text: '{Name} इतनी बार {भाग चुका|भाग चुकी} है कि फ़िल्मी विलेन भी शरमा जाए।', en: '{Name} has run away so many times that film villains would be embarrassed.' },
      { text: 'कोई दीवार {name} को रोक नहीं सकती, बस रात के खाने की ख़ुशबू वापस ले आती है।', en: 'No wall can stop {name}; only the smell of dinner brings {name} back.' },
      { text: '{Name} रोज़ रात दरवाज़े को ऐसे {देखता|देखती} है जैसे किसी डकैती का प्लान बना {रहा|रही} हो।', en: 'Every night {name} studies the door as if planning a heist.' },
    ],
  },
  closers: [
    { text: 'फिर भी {name}, हम तुमसे प्यार करते हैं। ज़्यादातर दिनों में।', en: 'Still, {name}, we love you. On most days.' },
    { text: 'बस इतना ही रोस्ट। अब {name} इसे अनदेखा करके फिर सो {जाएगा|जाएगी}।', en: 'That is all for the roast. Now {name} will ignore it and go back to sleep.' },
    { text: '{Name}, ये रोस्ट नहीं, परफ़ॉर्मेंस रिव्यू था: बहुत {प्यारे|प्यारी}, पर नौकरी से बाहर।', en: '{Name}, this was not a roast, it was a performance review: very cute, but fired.' },
    { text: 'ऐसे ही अजीब रहो, {name}। किराया अब भी झप्पियों में ही देना है।', en: 'Stay this weird, {name}. The rent is still payable in hugs.' },
  ],
  groupClosers: [
    { text: 'तुम सबसे प्यार है, पर इस घर को अब छुट्टी चाहिए।', en: 'We love you all, but this house needs a holiday now.' },
    { text: '{count} {nouns}, ज़ीरो पछतावा, और एक बहुत थका हुआ परिवार।', en: '{count} {nouns}, zero regrets, and one very tired family.' },
    { text: 'हमें ये गैंग बहुत पसंद है। फ़र्नीचर को बिल्कुल नहीं।', en: 'We love this gang very much. The furniture does not at all.' },
  ],
  petWords: {
    dog: ['कुत्ता', 'कुत्ते', 'कुत्तों', 'पिल्ला', 'पिल्ले', 'kutta', 'kutte', 'kutto', 'kuttu', 'pilla', 'pille', 'doggy'],
    cat: ['बिल्ली', 'बिल्लियाँ', 'बिल्लियों', 'बिलाव', 'billi', 'billiyan', 'billiyaan', 'billu', 'bili'],
    bird: ['तोता', 'तोते', 'चिड़िया', 'चिड़ियाँ', 'पंछी', 'मैना', 'कबूतर', 'मुर्गा', 'मुर्गी', 'tota', 'tote', 'chidiya', 'chidiyan', 'panchhi', 'maina', 'kabootar', 'kabutar', 'murga', 'murgi'],
    horse: ['घोड़ा', 'घोड़े', 'घोड़ी', 'ghoda', 'ghode', 'ghodi', 'ghora', 'ghore'],
    sheep: ['भेड़', 'भेड़ें', 'मेमना', 'bhed', 'bhedein', 'memna'],
    cow: ['गाय', 'गायें', 'बछड़ा', 'बछिया', 'भैंस', 'बैल', 'gaay', 'gai', 'gaiya', 'bachhda', 'bhains', 'bail'],
    elephant: ['हाथी', 'haathi', 'hathi'],
    bear: ['भालू', 'bhalu', 'bhaalu'],
    zebra: ['ज़ेबरा', 'जेबरा', 'zebra', 'jebra'],
    giraffe: ['जिराफ़', 'जिराफ', 'jiraf', 'giraffe'],
  },
  traitWords: {
    lazy: ['आलसी', 'सुस्त', 'सोत', 'सोया', 'सोई', 'नींद', 'aalsi', 'alsi', 'aalasi', 'sust', 'sota', 'soti', 'sote', 'neend', 'sona'],
    greedy: ['खाना', 'खाता', 'खाती', 'खाने', 'भुक्कड़', 'भूख', 'चोर', 'चुरा', 'khana', 'khaana', 'khata', 'khati', 'khaata', 'bhukkad', 'bhookha', 'bhukha', 'chor', 'chura'],
    loud: ['शोर', 'भौंक', 'चिल्ला', 'म्याऊँ', 'bhaunk', 'bhonk', 'bhounk', 'chilla', 'shor', 'myau'],
    grumpy: ['गुस्स', 'नाराज़', 'नाराज', 'चिड़चिड़', 'अकड़', 'gussa', 'gusse', 'gussail', 'naraz', 'naraaz', 'chidchid', 'akad'],
    destructive: ['तोड़', 'फाड़', 'चबा', 'बर्बाद', 'todta', 'todti', 'tod ', 'phaad', 'faad', 'chaba', 'barbaad'],
    clumsy: ['गिर', 'फिसल', 'टकरा', 'gir ', 'girta', 'girti', 'gir jata', 'fisal', 'phisal', 'takra'],
    vain: ['नखर', 'हीरो', 'हीरोइन', 'सज', 'nakhre', 'nakhra', 'nakhrewal', 'heroine', 'saj'],
    scaredy: ['डरपोक', 'डर', 'darpok', 'darr', 'darta', 'darti', 'dar jata', 'dar jati'],
    clingy: ['चिपकू', 'चिपक', 'पीछे', 'chipku', 'chipak', 'peeche', 'piche'],
    escape: ['भाग', 'भाग जा', 'फरार', 'bhaag', 'bhag jata', 'bhag jati', 'bhaag jata', 'farar', 'faraar'],
  },
  numberWords: { 'दो': 2, 'तीन': 3, 'चार': 4, 'पाँच': 5, 'पांच': 5, 'छह': 6, 'सात': 7, 'आठ': 8, 'नौ': 9, 'दस': 10, 'दोनों': 2, do: 2, teen: 3, char: 4, chaar: 4, paanch: 5, panch: 5, chhe: 6, saat: 7, aath: 8, nau: 9, das: 10, dono: 2, donon: 2 },
  notNames: [
    'मेरा', 'मेरी', 'मेरे', 'हमारा', 'हमारी', 'हमारे', 'ये', 'यह', 'वो', 'वह', 'है', 'हैं', 'था', 'थी', 'बहुत', 'बड़ा', 'बड़ी', 'एक', 'को', 'का', 'की', 'के', 'जो', 'और', 'नाम', 'रोस्ट', 'करो', 'कीजिए', 'प्लीज़', 'सारा', 'दिन', 'हमेशा',
    'mera', 'meri', 'mere', 'hamara', 'hamari', 'hamare', 'apna', 'apni', 'ye', 'yeh', 'wo', 'woh', 'hai', 'hain', 'tha', 'thi', 'bahut', 'bohot', 'bahot', 'bada', 'badi', 'ek', 'ko', 'ka', 'ki', 'ke', 'jo', 'aur', 'naam', 'karo', 'kar', 'do', 'pura', 'poora', 'din', 'sara', 'saara', 'hamesha', 'bilkul', 'thoda', 'ekdum',
  ],

};
