import type { NativePhrasebook } from './types.js';

/**
 * Marathi phrasebook (docs/writer.md, "Phrasebooks"), written natively in colloquial spoken Marathi as it is
 * posted on Instagram/WhatsApp: कट्टा, सोसायटी, प्रगतिपुस्तक, "शाळा घेणे", वडापाव, कुस्ती, फेविकॉल.
 *
 * Grammar: Marathi verbs agree in three genders, so lines use `{m|f|n}` (कुत्रा झोपतो, मेंढी झोपते, मांजर
 * झोपतं). `{name}` never takes a suffix: it stands as a nominative subject, a vocative, before "म्हणजे",
 * or before the separately written honorific "यांचा/यांची/यांचं/यांनी/यांना" (newspaper style, used here
 * with mock respect). Past transitive verbs with the pet as agent are avoided (they would need "-ने").
 * Every line roasts the pet's behaviour only.
 */
export const MARATHI: NativePhrasebook = {
  language: 'mr',
  nouns: {
    dog: { one: 'कुत्रा', many: 'कुत्रे', gender: 'm' },
    cat: { one: 'मांजर', many: 'मांजरं', gender: 'n' },
    bird: { one: 'पक्षी', many: 'पक्षी', gender: 'm' },
    horse: { one: 'घोडा', many: 'घोडे', gender: 'm' },
    sheep: { one: 'मेंढी', many: 'मेंढ्या', gender: 'f' },
    cow: { one: 'गाय', many: 'गायी', gender: 'f' },
    elephant: { one: 'हत्ती', many: 'हत्ती', gender: 'm' },
    bear: { one: 'अस्वल', many: 'अस्वलं', gender: 'n' },
    zebra: { one: 'झेब्रा', many: 'झेब्रे', gender: 'm' },
    giraffe: { one: 'जिराफ', many: 'जिराफ', gender: 'm' },
  },
  unnamed: { text: '{noun} सरकार', en: 'His/Her Highness the {noun} ("sarkar": mock-respectful title, like "boss")' },
  gangLeader: { text: 'गँग लीडर', gender: 'm', en: 'the gang leader (a loanword phrase that stays unchanged before यांचा/यांना)' },
  title: {
    named: { text: 'आजचा रोस्ट: {name}', en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: 'आजचा रोस्ट', en: "Today's roast" },
  },
  numbers: { 2: 'दोन', 3: 'तीन', 4: 'चार', 5: 'पाच', 6: 'सहा', 7: 'सात', 8: 'आठ', 9: 'नऊ', 10: 'दहा' },
  mixedNoun: { one: 'प्राणी', many: 'प्राणी', gender: 'm' },
  openers: [
    {
      text: 'नमस्कार मंडळी! आज आपल्या कट्ट्यावर आहे {name}, घरातलं सगळ्यात गोंडस संकट.',
      en: 'Hello folks! Today on our katta (the neighbourhood hangout) we have {name}, the cutest disaster in the house.',
    },
    {
      text: 'ना नोकरी, ना भाडं, तरी या घरात हुकूम फक्त {name} यांचाच चालतो.',
      en: 'No job, no rent, and yet in this house only {name}\'s orders count (mock-respectful "yancha").',
    },
    {
      text: 'ब्रेकिंग न्यूज: {name} यांचं प्रगतिपुस्तक आलंय, आणि प्रत्येक विषयात लाल शेरा आहे.',
      en: "Breaking news: {name}'s school report card is out, and there's a red remark in every subject.",
    },
    {
      text: '{Name} {समजतो|समजते|समजतं} की हा कौतुकाचा व्हिडिओ आहे. मोठा गैरसमज आहे, बरं का!',
      en: '{Name} thinks this is a video full of praise. Big misunderstanding, mind you!',
    },
    {
      text: '{Name} दिसायला {साधा भोळा|साधी भोळी|साधं भोळं}, पण कारनामे ऐकले तर डोक्याला हात लावाल.',
      en: "{Name} looks so simple and innocent, but hear the exploits and you'll clutch your head.",
    },
    {
      text: 'चला मंडळी, आज {name} यांची शाळा घेऊया.',
      en: 'Come on folks, today we "take {name} to school" (Marathi idiom: give someone a proper dressing-down).',
    },
  ],
  groupOpeners: [
    {
      text: 'इथे {count} {nouns} आहेत, आणि सगळ्यांचा मिळून मेंदू एकच आहे, तोही रजेवर.',
      en: "There are {count} {nouns} here, and one brain between them, and that one's on leave.",
    },
    {
      text: '{Count} {nouns}, एक घर, आणि शिस्तीचा पत्ताच नाही.',
      en: '{Count} {nouns}, one house, and discipline left no forwarding address.',
    },
    {
      text: '{count} {nouns} म्हणजे घर नाही, पूर्ण सर्कस आहे, आणि रिंगमास्टर कोणीच नाही.',
      en: "{count} {nouns} means this isn't a house, it's a full circus, and there's no ringmaster.",
    },
    {
      text: '{count} {nouns} एकत्र म्हणजे घरात रोज बिग बॉसचा नवा सीझन.',
      en: '{count} {nouns} together means a new season of Bigg Boss at home every day.',
    },
  ],
  classJabs: {
    dog: [
      {
        text: '{Name} रात्री दोन वाजता रिकाम्या गल्लीवर भुंकून पूर्ण सोसायटीची वॉचमनगिरी {करतो|करते|करतं}.',
        en: "{Name} barks at an empty lane at 2 a.m. and does the whole housing society's watchman job.",
      },
      {
        text: 'पोळी दिसली की {Name} इतका गरीब चेहरा {करतो|करते|करतं}, जणू आठवडाभर उपाशी आहे.',
        en: 'The moment a chapati appears, {name} puts on such a pitiful face, as if it has starved for a week.',
      },
      {
        text: '{Name} स्वतःच्या शेपटाशी रोज कुस्ती {खेळतो|खेळते|खेळतं}, आणि रोज चितपट {होतो|होते|होतं}.',
        en: '{Name} wrestles its own tail every day and gets pinned flat every day (chitpat: the wrestling term for a clean loss).',
      },
    ],
    cat: [
      {
        text: 'पहाटे साडेपाचला {name} कानात म्याँव करून अलार्मची नोकरी {घालवतो|घालवते|घालवतं}.',
        en: '{Name} meows in your ear at 5:30 a.m. and gets the alarm clock fired from its job.',
      },
      {
        text: '{Name} दिवसभर खिडकीत बसून सगळ्या सोसायटीची खबर {ठेवतो|ठेवते|ठेवतं}, सेक्रेटरीपेक्षा जास्त.',
        en: '{Name} sits at the window all day keeping tabs on the whole housing society, better than its secretary.',
      },
      {
        text: 'महागडं खेळणं आणलं तर {name} ढुंकूनही बघत नाही, पण त्याच्या खोक्यावर जीव ओवाळून {टाकतो|टाकते|टाकतं}.',
        en: "Bring home an expensive toy and {name} won't even glance at it, but absolutely dotes on the cardboard box it came in.",
      },
    ],
    bird: [
      {
        text: '{Name} प्रेशर कुकरची शिट्टी हुबेहूब {काढतो|काढते|काढतं}, त्यामुळे आई दिवसातून दहा वेळा गॅस बंद करायला धावते.',
        en: '{Name} imitates the pressure-cooker whistle so perfectly that Mum runs to turn off the gas ten times a day.',
      },
      {
        text: 'पंख असूनही {name} घरभर पायी {फिरतो|फिरते|फिरतं}, जणू सोसायटीचा चेअरमन राउंडला निघालाय.',
        en: 'Despite having wings, {name} walks all over the house, like the society chairman out on an inspection round.',
      },
      {
        text: '{Name} पहाटे पाच वाजता अशी कलकल {करतो|करते|करतं} की कोंबडाही राजीनामा देईल.',
        en: '{Name} makes such a racket at 5 a.m. that even the rooster would hand in his resignation.',
      },
    ],
    horse: [
      {
        text: '{Name} दिसायला रेसचा घोडा, पण चाल मात्र सरकारी फाईलसारखी.',
        en: '{Name} looks like a racehorse but moves at the speed of a government file.',
      },
      {
        text: 'गाजर दिसलं की {name} वरातीतल्या घोड्यासारखं नाचायला {लागतो|लागते|लागतं}.',
        en: 'Show {name} a carrot and it starts dancing like the horse in a wedding procession.',
      },
      {
        text: 'नाल बसवायला नेलं की {name} असं नाटक {करतो|करते|करतं} जणू दाढ काढायला आणलंय.',
        en: 'Take {name} to get new horseshoes and the drama is as if it were being taken for a tooth extraction.',
      },
    ],
    sheep: [
      {
        text: 'पुढच्याने विहिरीत उडी मारली तरी {name} मागोमाग उडी मारेल, विचार करायचं काम दुसऱ्याचं.',
        en: 'If the one in front jumped into a well, {name} would jump right after; thinking is somebody else\'s job.',
      },
      {
        text: 'हिवाळा आला की {name} स्वतःच एक चालतं-फिरतं स्वेटरचं दुकान {बनतो|बनते|बनतं}.',
        en: 'Come winter, {name} turns into a walking sweater shop all by itself.',
      },
      {
        text: '{Name} दिवसभर बें बें करून फक्त होयबा {बनतो|बनते|बनतं}.',
        en: '{Name} goes "baa baa" all day and is nothing but a yes-man (hoyba: Marathi slang for someone who agrees with everyone).',
      },
    ],
    cow: [
      {
        text: '{Name} एकच घास तासभर {चघळतो|चघळते|चघळतं} आणि त्याला ध्यानधारणा {म्हणतो|म्हणते|म्हणतं}.',
        en: '{Name} chews one mouthful for an hour and calls it meditation.',
      },
      {
        text: '{Name} रस्त्याच्या मधोमध {उभा|उभी|उभं} राहून ट्रॅफिक पोलिसाचं काम फुकट {करतो|करते|करतं}.',
        en: "{Name} stands in the middle of the road doing the traffic cop's job for free.",
      },
      {
        text: '{Name} जगाकडे इतक्या शांतपणे {बघतो|बघते|बघतं} की योगगुरूंनाही कॉम्प्लेक्स येईल.',
        en: '{Name} gazes at the world so calmly that even yoga gurus would get a complex.',
      },
    ],
    elephant: [
      {
        text: '{Name} कधीच काही विसरत नाही: दोन वर्षांपूर्वी न मिळालेल्या केळ्याचा हिशेब आजही बाकी आहे.',
        en: "{Name} never forgets anything: the banana it didn't get two years ago is still an open account.",
      },
      {
        text: '{Name} सोंडेने पाणी उडवून घराचं वॉटर पार्क {करतो|करते|करतं}, तेही तिकीट न काढता.',
        en: '{Name} sprays water with its trunk and turns the house into a water park, without even buying a ticket.',
      },
      {
        text: '{Name} मोठ्या तोऱ्यात कानांचे पंखे {हलवतो|हलवते|हलवतं}, जणू घरात एसीच नाही.',
        en: "{Name} flaps those ear-fans with great swagger, as if the house didn't have an AC.",
      },
    ],
    bear: [
      {
        text: '{Name} मधाच्या बाटलीसाठी जितकी धडपड {करतो|करते|करतं}, तितकी कोणी बोर्डाच्या परीक्षेसाठीही केली नसेल.',
        en: 'Nobody ever worked as hard for their board exams as {name} works for a jar of honey.',
      },
      {
        text: 'दुरून {name} अगदी टेडी बेअर {दिसतो|दिसते|दिसतं}; जवळून मात्र रविवारी सकाळी लवकर उठवलेल्या माणसासारखा मूड.',
        en: 'From afar {name} looks just like a teddy bear; up close, the mood of someone woken up early on a Sunday.',
      },
      {
        text: '{Name} वर्षातले चार महिने {झोपतो|झोपते|झोपतं}, आणि उरलेले आठ महिने त्या झोपेचा थकवा घालवण्यात जातात.',
        en: '{Name} sleeps four months a year and spends the other eight recovering from all that sleep.',
      },
    ],
    zebra: [
      {
        text: '{Name} आयुष्यभर एकच पट्टेरी ड्रेस घालून {फिरतो|फिरते|फिरतं}, कपाट उघडायची तसदीच नाही.',
        en: '{Name} wears the same striped outfit its whole life and never bothers to open the wardrobe.',
      },
      {
        text: '{Name} म्हणजे चालतं-फिरतं झेब्रा क्रॉसिंग, तरी स्वतः रस्ता ओलांडताना गोंधळ {घालतो|घालते|घालतं}.',
        en: '{Name} is a walking zebra crossing, and still makes a mess of crossing the road.',
      },
      {
        text: '{Name} सुपरमार्केटमध्ये {गेला|गेली|गेलं} तर कॅशियर बारकोड समजून स्कॅन करेल.',
        en: 'If {name} walked into a supermarket, the cashier would scan it as a barcode.',
      },
    ],
    giraffe: [
      {
        text: 'घरातली सगळ्यात लांब मान {name} यांची, पण जोक सगळ्यात उशिरा पोचतो तोही तिथेच.',
        en: "The longest neck in the house is {name}'s, and that's exactly where jokes arrive last.",
      },
      {
        text: '{Name} फक्त झाडाच्या शेंड्यावरची कोवळी पानं {खातो|खाते|खातं}; खालची पानं म्हणजे कँटीनचं जेवण.',
        en: '{Name} eats only the tender leaves at the treetop; the lower ones are canteen food.',
      },
      {
        text: 'सेल्फीत {name} कधीच पूर्ण मावत नाही, फोटोत फक्त गुडघे येतात.',
        en: '{Name} never fits into a selfie; the photo only ever gets the knees.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} दिवसाला सोळा तास {झोपतो|झोपते|झोपतं}, आणि उरलेले आठ तास झोपेची तयारी {करतो|करते|करतं}.',
        en: '{Name} sleeps sixteen hours a day and spends the other eight preparing for sleep.',
      },
      {
        text: '{Name} {इतका|इतकी|इतकं} आळशी आहे की स्वप्नातसुद्धा बसूनच {राहतो|राहते|राहतं}.',
        en: '{Name} is so lazy that even in dreams it just stays sitting down.',
      },
      {
        text: '{Name} म्हणजे सरकारी ऑफिसचा लंच ब्रेक: कधी सुरू झाला कळत नाही, आणि संपत तर कधीच नाही.',
        en: '{Name} is a government-office lunch break: nobody knows when it started, and it never ends.',
      },
      {
        text: 'उन्हाचा कवडसा सरकला की {name} पण {सरकतो|सरकते|सरकतं}; दिवसभराचा व्यायाम इतकाच.',
        en: "When the patch of sunlight moves, {name} moves with it; that's the whole day's exercise.",
      },
      {
        text: '{Name} उठण्याची वाट पाहण्यापेक्षा एक्सप्रेसवेवरचं ट्रॅफिक लवकर सुटेल.',
        en: 'The expressway traffic jam will clear before {name} gets up.',
      },
    ],
    greedy: [
      {
        text: 'फ्रीजचं दार उघडलं की {name} तीन खोल्यांपलीकडून हजर {होतो|होते|होतं}.',
        en: 'The moment the fridge door opens, {name} shows up from three rooms away.',
      },
      {
        text: '{Name} ताटाकडे असं {बघतो|बघते|बघतं} जणू पंगतीत पहिला मान {name} यांचाच आहे.',
        en: "{Name} eyes your plate as if the first serving at the feast were {name}'s by right.",
      },
      {
        text: 'वडापावचा कागद वाजला तरी {name} झोपेतून ताडकन {उठतो|उठते|उठतं}, पण "नाही" हा शब्द कधीच ऐकू येत नाही.',
        en: 'Even the rustle of a vada pav wrapper wakes {name} instantly, but the word "no" is never heard.',
      },
      {
        text: '{Name} जेवण झाल्या झाल्या पुढच्या जेवणाची चौकशी {करतो|करते|करतं}, जणू लग्नाच्या पंगतीत {बसलाय|बसलीय|बसलंय}.',
        en: '{Name} asks about the next meal the moment this one ends, as if seated at a wedding feast.',
      },
    ],
    loud: [
      {
        text: '{Name} इतक्या जोरात {ओरडतो|ओरडते|ओरडतं} की वरातीतला डीजेसुद्धा आवाज कमी करेल.',
        en: '{Name} yells so loudly that even the wedding-procession DJ would turn the volume down.',
      },
      {
        text: '{Name} रात्री तीन वाजता अशी मैफल {भरवतो|भरवते|भरवतं} की शेजारी तक्रार घेऊन दारात उभे.',
        en: '{Name} hosts such a concert at 3 a.m. that the neighbours are at the door with complaints.',
      },
      {
        text: '{Name} आल्यापासून घरात पिन ड्रॉप सायलेन्स फक्त बातम्यांमध्ये ऐकायला मिळतो.',
        en: 'Ever since {name} arrived, pin-drop silence exists only in news reports.',
      },
      {
        text: 'कुरिअर आला, कावळा आला, वारा आला: {name} प्रत्येकाची घोषणा स्टेशनवरच्या अनाउन्सरसारखी {करतो|करते|करतं}.',
        en: 'Courier came, crow came, wind came: {name} announces each one like a railway station announcer.',
      },
    ],
    grumpy: [
      {
        text: '{Name} कायम कपाळावर आठ्या घालून {फिरतो|फिरते|फिरतं}, जणू बँकेच्या रांगेत दोन तास {उभा|उभी|उभं} आहे.',
        en: '{Name} always walks around frowning, as if it has been standing in a bank queue for two hours.',
      },
      {
        text: 'गुड मॉर्निंग म्हटलं तर {name} असा लूक {देतो|देते|देतं} जणू इन्कम टॅक्सची नोटीस आलीय.',
        en: 'Say good morning and {name} gives you a look as if an income-tax notice just arrived.',
      },
      {
        text: '{Name} घरातल्या प्रत्येकाला मार्क {देतो|देते|देतं}, आणि अजून कोणीही पास झालेलं नाही.',
        en: '{Name} grades everyone in the house, and nobody has passed yet.',
      },
      {
        text: '{Name} यांचा राग कायम नाकावर असतो, आणि नाक कायम वर.',
        en: "{Name}'s temper always sits on the tip of the nose (idiom: quick to take offence), and the nose is always up in the air.",
      },
    ],
    destructive: [
      {
        text: 'या घरातल्या प्रत्येक चपलेची एक कहाणी आहे, आणि तिचा शेवट {name} यांनी लिहिलाय.',
        en: 'Every slipper in this house has a story, and {name} wrote its ending.',
      },
      {
        text: 'नवा सोफा आला की डिलिव्हरीवाला जायच्या आधीच {name} त्याची वॉरंटी {संपवतो|संपवते|संपवतं}.',
        en: 'When a new sofa arrives, {name} has used up its warranty before the delivery guy has even left.',
      },
      {
        text: '{Name} उशीतला कापूस असा {पसरवतो|पसरवते|पसरवतं} की घरात बर्फवृष्टी झाल्यासारखं वाटतं.',
        en: '{Name} spreads the pillow stuffing around until it looks like it snowed indoors.',
      },
      {
        text: 'चपलांचं दुकान काढलं तर {name} पहिल्याच दिवशी दिवाळं काढेल.',
        en: 'If we opened a slipper shop, {name} would bankrupt it on day one ("diwala": bankruptcy, a near-pun on Diwali).',
      },
    ],
    clumsy: [
      {
        text: '{Name} सपाट फरशीवरसुद्धा {घसरतो|घसरते|घसरतं}, आणि मग फरशीकडे रागाने {बघतो|बघते|बघतं}.',
        en: '{Name} slips even on a perfectly flat floor and then glares at the floor.',
      },
      {
        text: 'या घरातल्या प्रत्येक दाराने {name} यांचं कपाळ अगदी जवळून पाहिलंय.',
        en: "Every door in this house has seen {name}'s forehead up close.",
      },
      {
        text: '{Name} उडी मारताना अंदाज असा {चुकवतो|चुकवते|चुकवतं} जणू हवामान खात्याचा अंदाज आहे.',
        en: "{Name} misjudges every jump as badly as the weather department's forecast.",
      },
      {
        text: '{Name} काचेच्या दारावर रोज पूर्ण आत्मविश्वासाने {आदळतो|आदळते|आदळतं}; टायमिंग मात्र परफेक्ट.',
        en: '{Name} walks into the glass door every day with total confidence; the timing, at least, is perfect.',
      },
    ],
    vain: [
      {
        text: 'मोबाईल काढला की {name} लगेच पोझ {देतो|देते|देतं}, जणू मालिकेच्या प्रोमोचं शूटिंग आहे.',
        en: 'Take out a phone and {name} strikes a pose at once, as if shooting a TV-serial promo.',
      },
      {
        text: '{Name} खाण्याच्या वाटीपेक्षा आरशात जास्त वेळा {बघतो|बघते|बघतं}.',
        en: '{Name} looks in the mirror more often than in the food bowl.',
      },
      {
        text: '{Name} यांचे नखरे पाहून बॉलिवूडचे सुपरस्टारसुद्धा नोट्स घेतील.',
        en: "Watching {name}'s diva tantrums, even Bollywood superstars would take notes.",
      },
      {
        text: '{Name} अंघोळीनंतर केस वाळवायला तासभर {घेतो|घेते|घेतं}, आणि मग सेल्फीसाठी अजून एक तास.',
        en: '{Name} takes an hour to dry off after a bath, and then another hour for selfies.',
      },
    ],
    scaredy: [
      {
        text: '{Name} एरवी {वाघ|वाघीण|वाघ}, पण दारावरची बेल वाजली की थेट पलंगाखाली.',
        en: '{Name} is a tiger otherwise, but the doorbell rings and it is straight under the bed.',
      },
      {
        text: 'व्हॅक्युम क्लीनर सुरू झाला की {name} मागे वळूनही न बघता सुसाट पळ {काढतो|काढते|काढतं}.',
        en: 'The vacuum cleaner starts and {name} bolts at full speed without even looking back.',
      },
      {
        text: 'फुगा, काकडी आणि स्वतःची सावली: {name} तिघांनाही सारखंच {घाबरतो|घाबरते|घाबरतं}.',
        en: 'A balloon, a cucumber and its own shadow: {name} is equally scared of all three.',
      },
      {
        text: 'एक फटाका फुटला आणि {name} तीन दिवस कपाटामागून बाहेर {आलाच|आलीच|आलंच} नाही.',
        en: "One firecracker went off and {name} didn't come out from behind the cupboard for three days.",
      },
    ],
    clingy: [
      {
        text: '{Name} बाथरूमपर्यंत पाठलाग {करतो|करते|करतं}, जणू सरकारने खास बॉडीगार्ड नेमलाय.',
        en: '{Name} follows you all the way to the bathroom, as if the government had assigned you a personal bodyguard.',
      },
      {
        text: 'दहा सेकंद खोलीबाहेर गेलं की {name} हरवल्याची तक्रार द्यायला पोलिसांकडे {निघतो|निघते|निघतं}.',
        en: 'Step out of the room for ten seconds and {name} heads to the police to report you missing.',
      },
      {
        text: '{Name} म्हणजे फेविकॉलचा मजबूत जोड: एकदा चिकटला की सुटणार नाही.',
        en: '{Name} is a Fevicol bond (a famous glue advert): once stuck, never coming off.',
      },
      {
        text: 'प्रायव्हसी हा शब्द {name} यांच्या डिक्शनरीतच नाही.',
        en: 'The word "privacy" is not even in {name}\'s dictionary.',
      },
    ],
    escape: [
      {
        text: 'गेट जरा उघडं दिसलं की {name} थेट गोवा ट्रिपला {निघतो|निघते|निघतं}.',
        en: 'See the gate open a crack and {name} sets off straight on a Goa trip.',
      },
      {
        text: '{Name} इतक्या वेळा पळून {गेलाय|गेलीय|गेलंय} की आता सोसायटीच्या वॉचमनकडे फोटो लावलाय.',
        en: "{Name} has run away so many times that the society watchman now keeps a photo on the wall.",
      },
      {
        text: 'कुठलंही कुंपण {name} यांना थांबवू शकत नाही; फक्त जेवणाचा वास परत घरी आणतो.',
        en: 'No fence can stop {name}; only the smell of dinner brings them back home.',
      },
      {
        text: '{Name} रोज रात्री दरवाज्याकडे असं {बघतो|बघते|बघतं} जणू धूम सिनेमाचा प्लॅन शिजतोय.',
        en: '{Name} stares at the front door every night as if plotting a heist straight out of the film "Dhoom".',
      },
    ],
  },
  closers: [
    {
      text: 'तरीही {name}, आमचं तुझ्यावर खूप प्रेम आहे. बहुतेक दिवशी.',
      en: 'Still, {name}, we love you loads. On most days.',
    },
    {
      text: 'बस, झाला रोस्ट. आता {name} हे सगळं न ऐकल्यासारखं करून पुन्हा झोपेल.',
      en: "That's the roast. Now {name} will pretend not to have heard any of it and go back to sleep.",
    },
    {
      text: '{Name}, हा रोस्ट नव्हता, वार्षिक परीक्षेचा निकाल होता: गोंडस, पण नापास.',
      en: "{Name}, this wasn't a roast, it was your annual exam result: adorable, but failed.",
    },
    {
      text: '{असाच वेडा|अशीच वेडी|असंच वेडं} राहा, {name}. घरभाडं मात्र मिठ्यांमध्येच भरायचं.',
      en: 'Stay just this crazy, {name}. The rent, though, is payable in hugs only.',
    },
    {
      text: '{Name}, तू कितीही उपद्व्याप केलेस तरी या घराचा लाडका जीव तूच आहेस.',
      en: "{Name}, however much mischief you get up to, you're still the darling of this house.",
    },
  ],
  groupClosers: [
    {
      text: 'तुम्हा सगळ्यांवर आमचा जीव आहे, पण आता या घराला सुट्टी हवी.',
      en: 'We adore every one of you, but this house now needs a holiday.',
    },
    {
      text: '{count} {nouns}, तरीही या घरात प्रेम कधी कमी पडत नाही; फर्निचर मात्र पडतं.',
      en: '{count} {nouns}, and still love never falls short in this house; the furniture, though, falls (pun on "padne": fall short / fall over).',
    },
    {
      text: 'ही गँग आमचा जीव की प्राण आहे; फक्त शेजारी तसं म्हणत नाहीत.',
      en: "This gang is our heart and soul; the neighbours just don't say the same.",
    },
  ],
  petWords: {
    dog: ['कुत्रा', 'कुत्रे', 'कुत्री', 'कुत्र्या', 'भूभू', 'पिल्लू', 'kutra', 'kutri', 'kutre', 'kutrya', 'kutta', 'bhubhu', 'pillu'],
    cat: ['मांजर', 'मांजरी', 'मांजरा', 'माऊ', 'manjar', 'manjri', 'manjari', 'maau', 'mau'],
    bird: ['पक्षी', 'पोपट', 'चिमणी', 'कबूतर', 'कोंबडी', 'कोंबडा', 'मैना', 'pakshi', 'popat', 'chimni', 'kabutar', 'kombdi', 'kombda', 'maina'],
    horse: ['घोडा', 'घोडी', 'घोडे', 'शिंगरू', 'ghoda', 'ghodi', 'ghode', 'shingru'],
    sheep: ['मेंढी', 'मेंढरू', 'मेंढरं', 'मेंढ्या', 'कोकरू', 'mendhi', 'mendhru', 'mendhya', 'kokru'],
    cow: ['गाय', 'गायी', 'वासरू', 'बैल', 'म्हैस', 'gaay', 'gai', 'vasru', 'mhais'],
    elephant: ['हत्ती', 'hatti', 'hatthi', 'hathi'],
    bear: ['अस्वल', 'asval', 'aswal'],
    zebra: ['झेब्रा', 'zebra', 'jhebra'],
    giraffe: ['जिराफ', 'जिराफ़', 'jiraf', 'giraffe'],
  },
  traitWords: {
    lazy: ['आळशी', 'आळस', 'झोप', 'लोळत', 'aalshi', 'alshi', 'aalas', 'zop', 'jhop', 'lolat'],
    greedy: ['खादाड', 'खाऊ', 'खायला', 'हावरट', 'चोर', 'भूक', 'khadad', 'khaau', 'khau', 'khayla', 'havrat', 'chor', 'bhuk'],
    loud: ['भुंक', 'ओरड', 'कलकल', 'गोंगाट', 'आरडाओरडा', 'म्याँव', 'bhunk', 'orad', 'kalkal', 'gongat', 'aradaorada'],
    grumpy: ['चिडका', 'चिडकी', 'चिडत', 'रागीट', 'राग', 'खडूस', 'रुसत', 'chidka', 'chidki', 'chidat', 'ragit', 'raag', 'khadus', 'rusat'],
    destructive: ['फाड', 'तोड', 'चावत', 'चावून', 'कुरतड', 'नासधूस', 'चप्पल', 'उशी', 'phad', 'tod', 'chavat', 'chavun', 'kurtad', 'nasdhus', 'chappal'],
    clumsy: ['पडतो', 'पडते', 'पडतं', 'धडपड', 'घसर', 'ठेच', 'वेंधळ', 'padto', 'padte', 'dhadpad', 'ghasar', 'vendhal'],
    vain: ['नखरे', 'नखरेल', 'नटव', 'शायनिंग', 'सेल्फी', 'आरसा', 'nakhre', 'nakhrel', 'natav', 'shining', 'selfie', 'aarsa', 'arsa'],
    scaredy: ['घाबर', 'भित्रा', 'भित्री', 'भित्रं', 'भीती', 'डरपोक', 'ghabar', 'bhitra', 'bhitri', 'bhiti', 'darpok'],
    clingy: ['चिकट', 'मागे मागे', 'मागेमागे', 'लाडोबा', 'चिकटू', 'chikat', 'maage maage', 'mage mage', 'ladoba', 'chiktu'],
    escape: ['पळून', 'पळतो', 'पळते', 'पळतं', 'निसट', 'फरार', 'palun', 'palto', 'palte', 'nisat', 'farar'],
  },
  numberWords: {
    'दोन': 2, 'दोघं': 2, 'दोन्ही': 2, 'तीन': 3, 'चार': 4, 'पाच': 5, 'सहा': 6, 'सात': 7, 'आठ': 8, 'नऊ': 9, 'दहा': 10,
    don: 2, dogha: 2, donhi: 2, teen: 3, char: 4, pach: 5, paach: 5, saha: 6, saat: 7, aath: 8, nau: 9, daha: 10,
  },
  notNames: [
    'माझा', 'माझी', 'माझं', 'माझे', 'आमचा', 'आमची', 'आमचं', 'आमचे', 'आपला', 'आपली', 'हा', 'ही', 'हे', 'तो', 'ती', 'ते', 'या', 'अहो', 'बघा',
    'majha', 'mazha', 'maza', 'majhi', 'mazi', 'amcha', 'aamcha', 'amchi', 'aamchi', 'aapla', 'apla', 'ha', 'hi', 'he', 'to', 'ti', 'ya', 'aho', 'bagha',
  ],
};
