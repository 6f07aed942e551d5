import type { NativePhrasebook } from './types.js';

/**
 * Telugu (te) phrasebook for the template writer (docs/writer.md, "Phrasebooks"), written natively in
 * everyday spoken Telugu as it is posted on social media ("నిద్రపోతుంది", "తెలీదు", "రచ్చ"), not translated.
 *
 * Gender: Telugu treats animals as non-masculine (అది), so every class noun is neuter and verbs take the
 * neuter singular ("-తుంది", past "-ింది", negative "-దు"); plural animals take "-ాయి". No `{m|f}` alternatives
 * are needed; the unnamed subject ("మా ఇంటి {noun}") and the gang leader are neuter too. The name never takes
 * a case suffix ("-కి", "-ని", "-తో"): it stands as the subject, as a vocative, before a separate postposition
 * ("{name} దగ్గర", "{name} మీద", "{name} పక్కన", "{name} ముందు") or before a noun it owns by juxtaposition
 * ("{name} మొహంలో" — in Bruno's face), which reads correctly with "Bruno" and with "చిట్టి".
 */
export const TELUGU: NativePhrasebook = {
  language: 'te',
  nouns: {
    dog: { one: 'కుక్క', many: 'కుక్కలు', gender: 'n' },
    cat: { one: 'పిల్లి', many: 'పిల్లులు', gender: 'n' },
    bird: { one: 'పక్షి', many: 'పక్షులు', gender: 'n' },
    horse: { one: 'గుర్రం', many: 'గుర్రాలు', gender: 'n' },
    sheep: { one: 'గొర్రె', many: 'గొర్రెలు', gender: 'n' },
    cow: { one: 'ఆవు', many: 'ఆవులు', gender: 'n' },
    elephant: { one: 'ఏనుగు', many: 'ఏనుగులు', gender: 'n' },
    bear: { one: 'ఎలుగుబంటి', many: 'ఎలుగుబంట్లు', gender: 'n' },
    zebra: { one: 'జీబ్రా', many: 'జీబ్రాలు', gender: 'n' },
    giraffe: { one: 'జిరాఫీ', many: 'జిరాఫీలు', gender: 'n' },
  },
  unnamed: { text: 'మా ఇంటి {noun}', en: 'our very own {noun} (lit. "our house\'s {noun}")' },
  gangLeader: { text: 'గ్యాంగ్ లీడర్', en: 'the Gang Leader (also the title of a famous Chiranjeevi film)', gender: 'n' },
  title: {
    named: { text: 'ఈరోజు రోస్ట్: {name}', en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: 'ఈరోజు రోస్ట్', en: "Today's roast" },
  },
  numbers: { 2: 'రెండు', 3: 'మూడు', 4: 'నాలుగు', 5: 'ఐదు', 6: 'ఆరు', 7: 'ఏడు', 8: 'ఎనిమిది', 9: 'తొమ్మిది', 10: 'పది' },
  mixedNoun: { one: 'పెట్', many: 'పెట్స్', gender: 'n' },
  openers: [
    {
      text: 'నమస్కారం అండీ! ఈ రోజు రోస్ట్ అయ్యేది {name}. కాస్త గుండె గట్టి చేసుకోండి.',
      en: 'Namaskaram, everyone! Today the one getting roasted is {name}. Brace your hearts a little.',
    },
    {
      text: 'జాబ్ లేదు, రెంట్ లేదు, అయినా ఇంటికి ఓనర్ లాగా తిరుగుతుంది {name}.',
      en: 'No job, no rent, and still {name} swaggers around like the owner of the house.',
    },
    {
      text: 'చూడటానికి అమాయకంగా, చేసేవన్నీ పక్కా విలన్ పనులు. ఇదే {name}.',
      en: 'Looks totally innocent, does nothing but villain stuff. This is {name}.',
    },
    {
      text: '{Name} ఇది ఏదో పొగడ్తల వీడియో అనుకుంటుంది. పాపం, దానికి ఇంకా తెలీదు.',
      en: '{Name} thinks this is some kind of praise video. Poor thing, it does not know yet.',
    },
    {
      text: 'బ్రేకింగ్ న్యూస్: {name} మీద ఎంక్వైరీ పూర్తయింది, రిజల్ట్ మాత్రం దారుణం.',
      en: 'Breaking news: the inquiry into {name} is complete, and the result is a disaster.',
    },
    {
      text: 'ఈ ఇంట్లో రూల్స్ పెట్టేది అమ్మా కాదు, నాన్నా కాదు. {Name} మాత్రమే.',
      en: 'The one who makes the rules in this house is not Mum, not Dad. Only {name}.',
    },
    {
      text: '"తగ్గేదే లే" అని ఫిక్స్ అయిపోయిన {name}, ఈ రోజు మాత్రం తగ్గాల్సిందే.',
      en: '{Name}, you who swore "I won\'t back down", today you will have to. (Pushpa\'s famous catchphrase.)',
    },
  ],
  groupOpeners: [
    {
      text: 'ఇక్కడ {count} {nouns} ఉన్నాయి, అన్నిటికీ కలిపి ఉన్నది ఒకటే మెదడు.',
      en: 'There are {count} {nouns} here, and one brain shared between all of them.',
    },
    {
      text: '{Count} {nouns}, ఒక ఇల్లు, బాధ్యత మాత్రం జీరో.',
      en: '{Count} {nouns}, one house, and responsibility: zero.',
    },
    {
      text: 'ఒక్క {noun} ఉంటేనే ఇల్లు రచ్చ రచ్చ, ఇక్కడ {count} {nouns}. మీరే ఊహించుకోండి.',
      en: 'Just one {noun} turns the house into total chaos; here there are {count}. Imagine it yourself. ("Rachcha" = a ruckus.)',
    },
    {
      text: 'ఇది ఇల్లా, లేక {count} {nouns} నడిపే బిగ్ బాస్ హౌసా?',
      en: 'Is this a home, or a Bigg Boss house run by {count} {nouns}?',
    },
  ],
  classJabs: {
    dog: [
      {
        text: 'వీధిలో ప్రతి బైక్ వెనకాల {name} పరిగెడుతుంది, పట్టుకుంటే ఏం చేయాలో మాత్రం తెలీదు.',
        en: '{Name} chases every bike down the street, but has no idea what to do if it ever catches one.',
      },
      {
        text: 'రాత్రంతా కాపలా కాస్తుందని పేరు, దొంగ వస్తే మాత్రం {name} తోక ఊపి వెల్కమ్ చెప్తుంది.',
        en: 'It is supposed to guard the house all night; if a thief came, {name} would wag its tail and say welcome.',
      },
      {
        text: 'ఇంటికి ఎవరొచ్చినా {name} ముందుగా వాళ్ళ చెప్పులు చెక్ చేస్తుంది, తర్వాతే హలో.',
        en: 'Whoever visits, {name} inspects their slippers first and only then says hello.',
      },
      {
        text: '{Name} తన తోకను రోజూ తరుముతుంది, రోజూ ఓడిపోతుంది. పట్టుదలకి అవార్డు ఇవ్వాలి.',
        en: '{Name} chases its own tail every day and loses every day. Someone give it an award for persistence.',
      },
    ],
    cat: [
      {
        text: '{Name} టేబుల్ మీద ఉన్నవన్నీ కింద తోసేసి, న్యూటన్ చెప్పింది నిజమా కాదా అని టెస్ట్ చేస్తుంది.',
        en: '{Name} knocks everything off the table to test whether Newton was right.',
      },
      {
        text: 'వెయ్యి రూపాయల బెడ్ కొనిస్తే, {name} అది వచ్చిన అట్టపెట్టెలోనే పడుకుంటుంది.',
        en: 'Buy it a thousand-rupee bed and {name} sleeps in the cardboard box it came in.',
      },
      {
        text: 'పిలిస్తే రాదు, పిలవకపోతే ఒళ్ళో కూర్చుంటుంది. {Name} ఒక ఫుల్ యాటిట్యూడ్ ప్యాకేజ్.',
        en: 'Call it and it will not come; don\'t, and it sits in your lap. {Name} is a full attitude package.',
      },
      {
        text: 'పాల గ్లాసు కింద పడితే, {name} ఏమీ తెలీనట్టు కిటికీలోంచి బయటకి చూస్తూ ఉంటుంది.',
        en: 'When the milk glass hits the floor, {name} gazes out of the window as if it knows nothing.',
      },
    ],
    bird: [
      {
        text: 'ఇంట్లో ప్రతి రింగ్ టోన్ {name} కాపీ కొడుతుంది, పనికొచ్చే ఒక్క మాట మాత్రం రాదు.',
        en: '{Name} copies every ringtone in the house, but not one useful word ever comes out.',
      },
      {
        text: 'పొద్దున్న ఐదింటికి అలారం అక్కర్లేదు, {name} ఉంది. స్నూజ్ బటన్ మాత్రం లేదు.',
        en: 'Nobody needs a 5 a.m. alarm; there is {name}. Only there is no snooze button.',
      },
      {
        text: '{Name} దగ్గర రెక్కలు ఉన్నాయి, అయినా ఇంట్లో హౌస్ ఓనర్ లాగా నడుచుకుంటూ తిరుగుతుంది.',
        en: '{Name} has wings, yet walks around the house like the landlord on an inspection.',
      },
      {
        text: '{Name} చిలక జోస్యం చెప్తే, ఏ కార్డు తీసినా "ఈ రోజు సెలవు" అనే వస్తుంది.',
        en: 'If {name} did parrot fortune-telling, every card it picked would read "Today is a holiday". (Street parrot astrology.)',
      },
    ],
    horse: [
      {
        text: '{Name} చూడటానికి రేస్ గుర్రం, పరిగెత్తే స్పీడ్ మాత్రం సిటీ బస్సు లెవెల్.',
        en: '{Name} looks like a racehorse, but runs at city-bus speed.',
      },
      {
        text: '{Name} జుట్టు ఊపే స్టైల్ చూస్తే, షాంపూ యాడ్ లో డైరెక్ట్ గా ఛాన్స్ ఇచ్చేయొచ్చు.',
        en: 'The way {name} tosses that mane, you could cast it straight into a shampoo ad.',
      },
      {
        text: 'ఉలవలు పెడితే ఒక స్పీడ్, క్యారెట్ పెడితే ఇంకో స్పీడ్. {Name} పరిగెత్తేది తిండికే.',
        en: 'Horse gram gets one speed, a carrot gets another. {Name} only ever runs for food.',
      },
      {
        text: 'కళ్ళెం వేయగానే {name} మొహంలో సోమవారం పొద్దున్న ఆఫీసు ఎక్స్ప్రెషన్.',
        en: 'The moment the bridle goes on, {name} wears a Monday-morning office face.',
      },
    ],
    sheep: [
      {
        text: 'ముందున్న గొర్రె ఎటు వెళ్తే, {name} ఎందుకని అడగకుండా అటే వెళ్తుంది. సొంత ఐడియా జీరో.',
        en: 'Wherever the sheep in front goes, {name} follows without asking why. Original ideas: zero.',
      },
      {
        text: 'గొర్రెదాటుకి బ్రాండ్ అంబాసిడర్ ఎవరంటే, అది {name} మాత్రమే.',
        en: 'If herd mentality ever needs a brand ambassador, it is {name}. ("Gorredaatu", lit. sheep-crossing, is the Telugu word for blindly following the crowd.)',
      },
      {
        text: '{Name} ఒక నడిచే పీచు మిఠాయి. పీచు మిఠాయికి కూడా దీని కంటే ఎక్కువ ప్లాన్స్ ఉంటాయి.',
        en: '{Name} looks like walking cotton candy. Even cotton candy has more plans than this.',
      },
      {
        text: 'ఏడాదికి ఒక్కసారి హెయిర్ కట్, దానికి కూడా {name} సెలూన్ లో హీరోయిన్ రేంజ్ సీన్ చేస్తుంది.',
        en: 'One haircut a year, and even for that {name} throws a film-heroine-level scene at the salon.',
      },
    ],
    cow: [
      {
        text: '{Name} ఒకే ముద్ద గడ్డిని గంటసేపు నెమరేస్తుంది, అడిగితే అది మెడిటేషన్ అంట.',
        en: '{Name} chews one mouthful of grass for an hour; ask, and apparently it is meditation.',
      },
      {
        text: '{Name} నడిరోడ్డు మీద నిలబడి ట్రాఫిక్ కంట్రోల్ చేస్తుంది, ఎవరూ అడగకపోయినా.',
        en: '{Name} stands in the middle of the road doing traffic control, though nobody asked.',
      },
      {
        text: 'పొద్దున్నుంచి ఒకే చోట నిలబడి కూడా, {name} చాలా బిజీ అన్నట్టు ఒక లుక్ ఇస్తుంది.',
        en: 'Standing in the same spot since morning, {name} still gives off a very-busy look.',
      },
    ],
    elephant: [
      {
        text: 'ఏనుగుకి జ్ఞాపకశక్తి ఎక్కువంట. {Name} దేన్నీ మర్చిపోదు, దేన్నీ నేర్చుకోదు కూడా.',
        en: 'They say elephants have great memories. {Name} forgets nothing, and learns nothing either.',
      },
      {
        text: '{Name} తొండంతో ఒక్క అరటిపండు తీసుకుంటుంది, చూస్తే గెల మొత్తం ఖాళీ.',
        en: '{Name} takes one banana with its trunk, and somehow the whole bunch is gone.',
      },
      {
        text: 'ఏనుగు వెళ్తుంటే కుక్కలు మొరుగుతాయి అంటారు. {Name} ఇంట్లో నడిస్తే మాత్రం గిన్నెలు మోగుతాయి.',
        en: '"The elephant walks on while the dogs bark," goes the saying. When {name} walks through the house, the pots and pans ring. (Twist on a Telugu proverb.)',
      },
    ],
    bear: [
      {
        text: 'దూరం నుంచి {name} టెడ్డీ బేర్. దగ్గరికి వెళ్తేనే తెలుస్తుంది, అది మినీ బుల్డోజర్ అని.',
        en: 'From afar {name} is a teddy bear. Get close and you learn it is a mini bulldozer.',
      },
      {
        text: 'తేనె సీసా తెరవడానికి {name} దగ్గర గోళ్ళు ఉన్నాయి, ఓపిక మాత్రం లేదు.',
        en: '{Name} has the claws to open the honey jar, just not the patience.',
      },
      {
        text: '{Name} చలికాలం మొత్తం నిద్రపోతుంది, లేచాక "ఎందుకింత అలసటగా ఉంది" అన్నట్టు ఒక లుక్.',
        en: '{Name} sleeps the whole winter, then wakes up with a "why am I so tired" look.',
      },
    ],
    zebra: [
      {
        text: '{Name} ఏడాదంతా అదే గీతల చొక్కా వేసుకుంటుంది, అచ్చం స్కూల్ యూనిఫామ్ లాగా.',
        en: '{Name} wears the same striped shirt all year round, exactly like a school uniform.',
      },
      {
        text: '{Name} రోడ్డు మీద పడుకుంటే, జీబ్రా క్రాసింగ్ అనుకుని బళ్ళన్నీ ఆగిపోతాయి.',
        en: 'If {name} lies down on the road, every vehicle stops, thinking it is a zebra crossing.',
      },
      {
        text: 'పాత బ్లాక్ అండ్ వైట్ సినిమా లాంటిది {name}, కలర్ టీవీ వచ్చిందని ఇంకా తెలీదు.',
        en: '{Name} is like an old black-and-white film: still has not heard that colour TV arrived.',
      },
    ],
    giraffe: [
      {
        text: '{Name} పక్కన సెల్ఫీ దిగాలంటే, ముందు ఒక డ్రోన్ కొనాల్సిందే.',
        en: 'Want a selfie next to {name}? You will need to buy a drone first.',
      },
      {
        text: 'డాబా మీద బట్టలు ఆరేయడానికి స్టూల్ అక్కర్లేదు, {name} ఉంది.',
        en: 'No stool needed to hang the washing on the terrace; we have {name}.',
      },
      {
        text: '{Name} మెడ అందరికంటే పొడుగు, కానీ జోక్ అర్థమయ్యేది మాత్రం అందరికంటే లేట్.',
        en: '{Name} has the longest neck of anyone, and still gets the joke last.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} రోజుకి పదహారు గంటలు నిద్రపోతుంది, మిగతా టైమ్ తర్వాతి నిద్రకి ప్లాన్ చేస్తుంది.',
        en: '{Name} sleeps sixteen hours a day and spends the rest planning the next nap.',
      },
      {
        text: 'ఎండ నుంచి నీడలోకి దొర్లడమే {name} చేసే ఒకే ఒక్క ఎక్సర్సైజ్.',
        en: 'Rolling from the sun into the shade is the one and only exercise {name} does.',
      },
      {
        text: 'బద్ధకానికి ఒలింపిక్స్ పెడితే, {name} మెడల్ తీసుకోడానికి కూడా లేవదు.',
        en: 'If laziness were an Olympic sport, {name} would not even get up to collect the medal.',
      },
      {
        text: 'ఏ పనీ చేయకుండా ఎలా బతకాలో {name} దగ్గర ట్యూషన్ తీసుకోవచ్చు.',
        en: 'You could take tuition from {name} on how to live without doing a single job.',
      },
      {
        text: '{Name} దగ్గర రెండే స్పీడ్లు: నిద్ర, ఇంకా నిద్రపోయే మూడ్.',
        en: '{Name} has exactly two speeds: asleep, and in the mood to fall asleep.',
      },
    ],
    greedy: [
      {
        text: 'మూడు గదుల అవతల బిస్కెట్ కవర్ చప్పుడైనా చాలు, {name} అక్కడ హాజర్.',
        en: 'A biscuit wrapper rustles three rooms away and {name} is instantly there: "Present!"',
      },
      {
        text: 'ప్లేట్ ఒక్క సెకను వదిలేస్తే, {name} దాన్ని ఫ్రీ బఫే అనుకుంటుంది.',
        en: 'Leave your plate for one second and {name} decides it is a free buffet.',
      },
      {
        text: '{Name} తినే స్పీడ్ చూస్తే, పెళ్ళి భోజనంలో మొదటి బంతి గుర్తొస్తుంది.',
        en: 'The speed {name} eats at reminds you of the first sitting at a wedding feast. (The first row at a Telugu wedding lunch is a race.)',
      },
      {
        text: 'ఇడ్లీ, పెసరట్టు, బిర్యానీ, ఏదైనా సరే, {name} అడిగేది ఒక్కటే: ఇంకొంచెం.',
        en: 'Idli, pesarattu, biryani, whatever it is, {name} asks for just one thing: a little more.',
      },
      {
        text: 'ఫ్రిజ్ డోర్ తెరిచే చప్పుడే {name} చెవులకి ప్రపంచంలో అత్యంత మధురమైన పాట.',
        en: 'The sound of the fridge door opening is the sweetest song in the world to {name}\'s ears.',
      },
    ],
    loud: [
      {
        text: 'వీధిలో ఒక ఆకు రాలినా కూడా {name} దాన్ని బ్రేకింగ్ న్యూస్ లాగా అనౌన్స్ చేస్తుంది.',
        en: 'Even a leaf falling in the street gets announced by {name} like breaking news.',
      },
      {
        text: 'కుక్కర్ విజిల్ కంటే, మిక్సీ కంటే, ఈ ఇంట్లో పెద్ద సౌండ్ అంటే {name} మాత్రమే.',
        en: 'Louder than the pressure-cooker whistle, louder than the mixer: the biggest noise in this house is {name}.',
      },
      {
        text: '{Name} చేసే గోలకి పక్కింటి వాళ్ళు ఇప్పటికే మూడు సార్లు కంప్లెయింట్ ఇచ్చారు.',
        en: 'The racket {name} makes has already earned three complaints from next door.',
      },
      {
        text: 'సైలెన్స్ అనే పదం {name} డిక్షనరీలోనే లేదు.',
        en: 'The word "silence" is simply not in {name}\'s dictionary.',
      },
      {
        text: 'అర్ధరాత్రి రెండింటికి {name} కచేరీ మొదలవుతుంది. టికెట్ లేదు, మీ నిద్రే ఫీజు.',
        en: 'At 2 a.m. {name}\'s concert begins. No tickets; the fee is your sleep.',
      },
    ],
    grumpy: [
      {
        text: '{Name} ఇచ్చే గుర్రు చూపు ముందు, డైలీ సీరియల్ విలన్లు కూడా ట్యూషన్ తీసుకోవాలి.',
        en: 'Next to the glare {name} gives, even daily-soap villains should be taking lessons.',
      },
      {
        text: '{Name} మొహంలో పొద్దున్నే కాఫీ దొరకనట్టు ఒక చిరాకు, అది కూడా రోజంతా.',
        en: '{Name} wears a no-morning-coffee scowl, and keeps it on all day.',
      },
      {
        text: '{Name} ఇంట్లో అందరినీ జడ్జ్ చేస్తుంది, ఇప్పటిదాకా ఒక్కరు కూడా పాస్ కాలేదు.',
        en: '{Name} judges everyone in the house, and so far not a single person has passed.',
      },
      {
        text: 'ముద్దు చేయబోతే {name} ఇచ్చే లుక్ అర్థం ఒక్కటే: నువ్వెవరు?',
        en: 'Go to cuddle it and the look {name} gives means just one thing: and who are you?',
      },
      {
        text: 'ఒక్క మాట మాట్లాడకుండానే "ఒక్కసారి చెబితే వందసార్లు చెప్పినట్టు" లుక్ ఇస్తుంది {name}.',
        en: '{Name} gives the full "if I say it once, it is like saying it a hundred times" look without a word. (Rajinikanth\'s Baasha line.)',
      },
    ],
    destructive: [
      {
        text: '{Name} ఇప్పటిదాకా కొరికిన చెప్పులన్నీ కలిపితే, ఒక చెప్పుల షాపే పెట్టొచ్చు.',
        en: 'Collect every slipper {name} has chewed so far and you could open a slipper shop.',
      },
      {
        text: 'కొత్త సోఫా వచ్చిన రోజే {name} దానికి రెనోవేషన్ మొదలుపెట్టింది.',
        en: 'The very day the new sofa arrived, {name} started "renovating" it.',
      },
      {
        text: 'ఈ ఇంట్లో ప్రతి దిండుకి ఒక కథ ఉంది, క్లైమాక్స్ రాసింది మాత్రం {name}.',
        en: 'Every pillow in this house has a story, and {name} wrote the climax.',
      },
      {
        text: 'రిమోట్, చార్జర్ వైర్, స్కూల్ బ్యాగ్. {Name} మెనూ కార్డు చాలా పెద్దది.',
        en: 'TV remote, charger cable, school bag: {name}\'s menu card is very long.',
      },
      {
        text: '{Name} ఆడుకోదు, ఫుల్ టైమ్ డెమాలిషన్ కంపెనీ నడుపుతుంది. లైసెన్స్ మాత్రం లేదు.',
        en: '{Name} does not play; it runs a full-time demolition company. Just without a licence.',
      },
    ],
    clumsy: [
      {
        text: '{Name} నున్నటి నేల మీద కూడా తడబడి పడి, తర్వాత నేల వైపు గుర్రుగా చూస్తుంది.',
        en: '{Name} stumbles on a perfectly smooth floor and then glares at the floor.',
      },
      {
        text: 'ప్రతి జంప్ ముందు {name} మాస్ హీరో బిల్డప్ ఇస్తుంది, ల్యాండింగ్ మాత్రం బ్రహ్మానందం కామెడీ.',
        en: 'Before every jump {name} gives a mass-hero build-up; the landing is pure Brahmanandam comedy.',
      },
      {
        text: 'ఈ ఇంట్లో ప్రతి తలుపూ {name} తలని కనీసం ఒక్కసారైనా కలిసింది.',
        en: 'Every door in this house has met {name}\'s head at least once.',
      },
      {
        text: 'గాజు తలుపుని {name} గుద్దుకోవడం ఈ ఇంట్లో డైలీ రియాలిటీ షో.',
        en: '{Name} bumping into the glass door is this house\'s daily reality show.',
      },
      {
        text: 'టైల్స్ నేల మీద {name} పరిగెత్తడం చూస్తే, ఐస్ స్కేటింగ్ ప్రాక్టీస్ చేస్తున్నట్టు ఉంటుంది.',
        en: 'Watching {name} run on the tiled floor is like watching ice-skating practice.',
      },
    ],
    vain: [
      {
        text: 'కెమెరా తీస్తే చాలు, {name} వెంటనే ఫోజు ఇస్తుంది, డైరెక్టర్ కట్ చెప్పినా ఆపదు.',
        en: 'Pick up a camera and {name} strikes a pose at once, and will not stop even when the director says cut.',
      },
      {
        text: '{Name} ఇచ్చే బిల్డప్ ముందు, మన మాస్ హీరోల ఇంట్రో సీన్లు కూడా చిన్నవే.',
        en: 'Next to the build-up {name} gives itself, even our mass heroes\' intro scenes look small.',
      },
      {
        text: 'అన్నం ప్లేట్ కంటే అద్దాన్నే {name} ఎక్కువ చూస్తుంది.',
        en: '{Name} looks in the mirror more often than at its food plate.',
      },
      {
        text: 'స్నానం అయ్యాక {name} నడక చూస్తే, రెడ్ కార్పెట్ మీద నడుస్తున్నట్టే ఉంటుంది.',
        en: 'The way {name} walks after a bath, you would think it was on a red carpet.',
      },
      {
        text: 'ఓవర్ యాక్షన్ అవార్డు అంటూ ఒకటి ఉంటే, అది ఎప్పుడో {name} దగ్గరే ఉండేది.',
        en: 'If there were an award for over-acting, {name} would have had it long ago.',
      },
    ],
    scaredy: [
      {
        text: '{Name} పెద్ద వీరుడే, వాక్యూమ్ క్లీనర్ ఆన్ అయ్యేదాకా.',
        en: '{Name} is a great warrior, right up until the vacuum cleaner switches on.',
      },
      {
        text: 'ఒక్క టపాసు పేలితే చాలు, {name} మంచం కింద రెండు రోజులు కాపురం పెడుతుంది.',
        en: 'One firecracker goes off and {name} sets up house under the bed for two days.',
      },
      {
        text: 'డాక్టర్ ఇంజెక్షన్ తీయకముందే {name} "అమ్మో, నొప్పి" అంటూ ఏడుపు మొదలుపెడుతుంది.',
        en: 'Before the vet even picks up the syringe, {name} starts wailing "ouch, it hurts".',
      },
      {
        text: 'ఒక కీరదోసకాయని చూసి {name} పారిపోయిన రోజు నుంచి, ఆ కీరదోసే ఈ ఇంటి డాన్.',
        en: 'Ever since {name} fled from a cucumber, that cucumber has been the don of this house.',
      },
      {
        text: 'ఉరుము చప్పుడు వినగానే {name} మొదట దూరేది మీ ఒళ్ళోకే.',
        en: 'At the first clap of thunder, the first place {name} dives into is your lap.',
      },
    ],
    clingy: [
      {
        text: 'బాత్రూం దాకా {name} వెనకాలే వస్తుంది, జీతం లేని బాడీగార్డ్ లాగా.',
        en: '{Name} follows you right up to the bathroom, like an unpaid bodyguard.',
      },
      {
        text: 'పది సెకన్లు రూం బయటకి వెళ్తే చాలు, {name} మిస్సింగ్ కంప్లెయింట్ ఇచ్చేస్తుంది.',
        en: 'Step out of the room for ten seconds and {name} files a missing-person complaint.',
      },
      {
        text: 'ఫోన్ చార్జర్ అయినా కాసేపు వదులుతుంది, {name} అతుక్కుంటే మాత్రం వదలదు.',
        en: 'Even a phone charger lets go sometimes; once {name} latches on, it never does.',
      },
      {
        text: 'మీరు తింటే పక్కనే, పడుకుంటే పక్కనే. {Name} మీ నీడ కంటే దగ్గర.',
        en: 'You eat, it is beside you; you sleep, it is beside you. {Name} sticks closer than your shadow.',
      },
      {
        text: 'మీరు ఫోన్ చూస్తుంటే {name} స్క్రీన్ మీదే వచ్చి కూర్చుంటుంది, అటెన్షన్ అంతా తనకే.',
        en: 'Look at your phone and {name} comes and sits right on the screen; all the attention must be its.',
      },
    ],
    escape: [
      {
        text: 'గేటు ఒక్క అంగుళం తెరిచినా చాలు, {name} దాన్ని ఫ్రీ టూర్ పాస్ అనుకుంటుంది.',
        en: 'Leave the gate open one inch and {name} treats it as a free tour pass.',
      },
      {
        text: 'ఏ కాంపౌండ్ గోడ కూడా {name} ముందు నిలవదు, తిండి వాసన మాత్రమే వెనక్కి తీసుకొస్తుంది.',
        en: 'No compound wall can stop {name}; only the smell of food ever brings it back.',
      },
      {
        text: 'రాత్రంతా {name} గేటు వైపే చూస్తుంది, ఏదో జైల్ బ్రేక్ స్కెచ్ వేస్తున్నట్టు.',
        en: '{Name} stares at the gate all night, as if sketching out a jailbreak. ("Sketch veyyadam" = to plot, film slang.)',
      },
      {
        text: '{Name} ఎన్నిసార్లు ఎస్కేప్ అయిందంటే, పోస్టర్ లేకుండానే వీధి మొత్తానికి దాని మొహం తెలుసు.',
        en: '{Name} has escaped so many times that the whole street knows its face, no wanted poster needed.',
      },
      {
        text: '{Name} ఎప్పుడు ఎటు పారిపోతుందో తెలీదు, కానీ భోజనం టైముకి సరిగ్గా ఇంట్లో ఉంటుంది.',
        en: 'Nobody knows when or where {name} will run off to, but at mealtime it is home right on time.',
      },
    ],
  },
  closers: [
    {
      text: 'ఎంత అల్లరి చేసినా, {name} ఈ ఇంటి ముద్దుల బంగారం. లవ్ యూ.',
      en: 'For all the mischief, {name} is still this house\'s precious darling. Love you.',
    },
    {
      text: 'రోస్ట్ అయిపోయింది. {Name} ఇదంతా పట్టించుకోకుండా మళ్ళీ నిద్రపోతుంది.',
      en: 'The roast is over. {Name} will ignore all of it and go back to sleep.',
    },
    {
      text: '{Name}, ఇది రోస్ట్ కాదు, పెర్ఫార్మెన్స్ రివ్యూ: సూపర్ క్యూట్, కానీ జాబ్ పోయింది.',
      en: '{Name}, this was not a roast, it was a performance review: super cute, but fired.',
    },
    {
      text: 'ఇంత చెప్పినా, {name} లేని ఇల్లు ఇల్లే కాదు. అదే నిజం.',
      en: 'For everything we said, a house without {name} is not a home. That is the truth.',
    },
    {
      text: 'ఇదంతా విని {name} అలగదు, ఒక్క బిస్కెట్ ఇస్తే అంతా సెట్.',
      en: '{Name} will not sulk over any of this; one biscuit and all is sorted.',
    },
    {
      text: 'అద్దె కట్టక్కర్లేదు {name}, హగ్గులు ఇస్తే చాలు. ఎప్పటికీ మా హీరో నువ్వే.',
      en: 'No rent needed, {name}; hugs are enough. You will always be our hero.',
    },
  ],
  groupClosers: [
    {
      text: 'మీరంతా అంటే మాకు చాలా ఇష్టం, కానీ ఈ ఇంటికి ఇప్పుడు ఒక హాలిడే కావాలి.',
      en: 'We love every one of you, but this house now needs a holiday.',
    },
    {
      text: '{Count} {nouns}, జీరో రిగ్రెట్స్, ఒక అలిసిపోయిన కుటుంబం.',
      en: '{Count} {nouns}, zero regrets, one exhausted family.',
    },
    {
      text: 'ఈ గ్యాంగ్ అంటే మాకు ప్రాణం. సోఫాకి మాత్రం కాదు.',
      en: 'This gang is our whole life. The sofa feels differently.',
    },
    {
      text: '{Count} {nouns} ఉన్న ఇంట్లో ప్రశాంతత వెతకొద్దు, ప్రేమ మాత్రం పుష్కలంగా దొరుకుతుంది.',
      en: 'Do not look for peace in a house with {count} {nouns}; love, though, you will find in plenty.',
    },
  ],
  petWords: {
    dog: ['కుక్క', 'కుక్కపిల్ల', 'kukka', 'kukkapilla', 'kukka pilla', 'pandikona', 'jonangi'],
    cat: ['పిల్లి', 'పిల్లులు', 'పిల్లికూన', 'pilli', 'pillulu', 'pilli pilla'],
    bird: ['పక్షి', 'పక్షులు', 'చిలుక', 'చిలక', 'పావురం', 'పావురాలు', 'పిచ్చుక', 'కోడి', 'బాతు', 'మైనా', 'pakshi', 'pakshulu', 'chiluka', 'chilaka', 'pavuram', 'paavuram', 'pichuka', 'kodi', 'baatu', 'bathu', 'maina'],
    horse: ['గుర్రం', 'గుర్రాలు', 'గుర్రపుపిల్ల', 'gurram', 'gurralu'],
    sheep: ['గొర్రె', 'గొర్రెపిల్ల', 'మేక', 'మేకపిల్ల', 'gorre', 'gorrepilla', 'gorrelu', 'meka', 'mekapilla'],
    cow: ['ఆవు', 'ఆవుదూడ', 'దూడ', 'గేదె', 'బర్రె', 'ఎద్దు', 'aavu', 'aavulu', 'dooda', 'gede', 'barre', 'eddu'],
    elephant: ['ఏనుగు', 'ఏనుగుపిల్ల', 'గజరాజు', 'enugu', 'yenugu', 'enugulu'],
    bear: ['ఎలుగుబంటి', 'ఎలుగు', 'elugubanti', 'elugu', 'elugubantlu'],
    zebra: ['జీబ్రా', 'zebra', 'jeebra'],
    giraffe: ['జిరాఫీ', 'giraffe', 'jiraafi', 'jirafi'],
  },
  traitWords: {
    lazy: ['సోమరి', 'సోంబేరి', 'బద్ధకం', 'బద్దకం', 'నిద్ర', 'పడుకుం', 'పడుకునే', 'somari', 'sombheri', 'somberi', 'baddakam', 'badhakam', 'baddhakam', 'nidra', 'padukun'],
    greedy: ['తిండి', 'తిండిపోతు', 'తింటుం', 'తినేస్తుం', 'ఆకలి', 'దొంగ', 'దొంగతనం', 'tindi', 'thindi', 'tindipothu', 'tintu', 'thintu', 'tinestu', 'akali', 'aakali', 'donga'],
    loud: ['అరుపు', 'అరుస్తు', 'అరిచ', 'మొరుగు', 'మొరిగ', 'గోల', 'రచ్చ', 'సౌండ్', 'arupu', 'arust', 'arich', 'morug', 'morig', 'gola', 'racha', 'rachcha'],
    grumpy: ['కోపం', 'కోప్పడ', 'చిరాకు', 'చిరచిర', 'గుర్రు', 'మూతి', 'బెట్టు', 'పొగరు', 'kopam', 'koppad', 'chiraku', 'chiraaku', 'chirachira', 'gurru', 'muthi', 'mooti', 'bettu', 'pogaru'],
    destructive: ['కొరుకు', 'కొరికి', 'కొరుకుతుం', 'చింపు', 'చింపే', 'చించే', 'పగలగొ', 'పాడు చే', 'చెప్పులు', 'దిండు', 'నాశనం', 'koruk', 'koriki', 'chimp', 'chinch', 'pagalago', 'padu che', 'cheppulu', 'dindu', 'nasanam', 'naasanam'],
    clumsy: ['పడిపో', 'జారిపడ', 'తడబడ', 'గుద్దుకు', 'మొద్దు', 'padipo', 'padipoy', 'jaaripad', 'jaripad', 'tadabad', 'thadabad', 'guddukun', 'moddu'],
    vain: ['స్టైల్', 'బిల్డప్', 'ఫోజు', 'పోజు', 'సెల్ఫీ', 'అద్దం', 'మేకప్', 'ఓవర్ యాక్షన్', 'style', 'buildup', 'build up', 'poju', 'fozu', 'selfie', 'addam', 'makeup', 'over action', 'show off'],
    scaredy: ['భయం', 'భయప', 'పిరికి', 'టపాసు', 'టపాకాయ', 'ఉరుము', 'వణుకు', 'వణికి', 'bhayam', 'bayam', 'bhayap', 'bayap', 'piriki', 'tapasu', 'tapaakaaya', 'urumu', 'vanuk', 'vaniki'],
    clingy: ['అతుక్కు', 'వెనకాలే', 'వెంటే', 'ఒళ్ళో', 'గారాబం', 'atukk', 'athukk', 'venakaale', 'venakale', 'vente', 'ollo', 'garabam', 'gaarabam'],
    escape: ['పారిపో', 'తప్పించుకు', 'తప్పిపో', 'గేటు', 'ఎస్కేప్', 'కాంపౌండ్', 'paripo', 'paaripo', 'tappinch', 'thappinch', 'tappipo', 'thappipo', 'getu', 'escape'],
  },
  numberWords: {
    'రెండు': 2, rendu: 2,
    'మూడు': 3, moodu: 3, mudu: 3,
    'నాలుగు': 4, naalugu: 4, nalugu: 4,
    'ఐదు': 5, 'అయిదు': 5, aidu: 5, aidhu: 5, ayidu: 5,
    'ఆరు': 6, aaru: 6,
    'ఏడు': 7, edu: 7, yedu: 7,
    'ఎనిమిది': 8, enimidi: 8,
    'తొమ్మిది': 9, tommidi: 9, thommidi: 9,
    'పది': 10, padi: 10,
  },
  notNames: [
    'నా', 'నాది', 'మా', 'మాది', 'మన', 'మనది', 'ఇంటి', 'ఈ', 'ఆ', 'ముద్దుల', 'పేరు',
    'na', 'naa', 'naadi', 'maa', 'ma', 'maadi', 'mana', 'manadi', 'inti', 'ee', 'aa', 'muddula', 'peru',
    'ra', 'bro', 'roast', 'chey', 'cheyyi', 'cheyandi',
  ],
};
