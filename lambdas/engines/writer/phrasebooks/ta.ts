import type { NativePhrasebook } from './types.js';

/**
 * Tamil (ta) phrasebook for the template writer (docs/writer.md, "Phrasebooks"), written natively in
 * spoken social-media Tamil (பேச்சுத் தமிழ்: "தூங்குது", "இருக்கு", "பண்ணுது"), not translated.
 *
 * Gender: every class noun is grammatically neuter (அது), the way Tamil speaks of animals, so verbs take the
 * neuter forms ("-துது/-குது", habitual "-உம்", negative "-ாது") and no `{m|f}` alternatives are needed; the
 * unnamed subject ("நம்ம வீட்டு {noun}") and the gang leader are neuter too. The name is never given a case
 * suffix: it stands as the subject, as a vocative, before a separate postposition ("{name} கிட்ட",
 * "{name} மாதிரி", "{name} பத்தி", "{name} முன்னாடி") or before a noun it owns by juxtaposition
 * ("{name} தலைய" — Bruno's head), all of which read correctly with "Bruno" and with "செல்லம்".
 */
export const TAMIL: NativePhrasebook = {
  language: 'ta',
  nouns: {
    dog: { one: 'நாய்', many: 'நாய்கள்', gender: 'n' },
    cat: { one: 'பூனை', many: 'பூனைகள்', gender: 'n' },
    bird: { one: 'பறவை', many: 'பறவைகள்', gender: 'n' },
    horse: { one: 'குதிரை', many: 'குதிரைகள்', gender: 'n' },
    sheep: { one: 'செம்மறி ஆடு', many: 'செம்மறி ஆடுகள்', gender: 'n' },
    cow: { one: 'பசு', many: 'பசுக்கள்', gender: 'n' },
    elephant: { one: 'யானை', many: 'யானைகள்', gender: 'n' },
    bear: { one: 'கரடி', many: 'கரடிகள்', gender: 'n' },
    zebra: { one: 'வரிக்குதிரை', many: 'வரிக்குதிரைகள்', gender: 'n' },
    giraffe: { one: 'ஒட்டகச்சிவிங்கி', many: 'ஒட்டகச்சிவிங்கிகள்', gender: 'n' },
  },
  unnamed: { text: 'நம்ம வீட்டு {noun}', en: 'our very own {noun} (lit. "our house\'s {noun}")' },
  gangLeader: { text: 'இந்த கேங்கோட லீடர்', en: 'the leader of this gang', gender: 'n' },
  title: {
    named: { text: 'இன்றைய ரோஸ்ட்: {name}', en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: 'இன்றைய ரோஸ்ட்', en: "Today's roast" },
  },
  numbers: { 2: 'ரெண்டு', 3: 'மூணு', 4: 'நாலு', 5: 'அஞ்சு', 6: 'ஆறு', 7: 'ஏழு', 8: 'எட்டு', 9: 'ஒன்பது', 10: 'பத்து' },
  mixedNoun: { one: 'செல்லம்', many: 'செல்லங்கள்', gender: 'n' },
  openers: [
    {
      text: 'வணக்கம் மக்களே! இன்னைக்கு ரோஸ்ட் ஆகப்போறது {name}. சீட் பெல்ட் போட்டுக்கோங்க.',
      en: 'Hello, people! Today the one getting roasted is {name}. Fasten your seat belts. (The classic Tamil YouTuber greeting.)',
    },
    {
      text: 'வேலை இல்ல, வாடகை இல்ல, ஆனா இந்த வீட்டுக்கே ஓனர் மாதிரி சுத்துது {name}.',
      en: 'No job, no rent, and yet {name} struts around like the owner of this whole house.',
    },
    {
      text: 'பார்க்க பச்சப் புள்ள மாதிரி, பண்றதெல்லாம் பக்கா வில்லத்தனம். இது தான் {name}.',
      en: 'Looks like an innocent little baby, does pure villain stuff. This is {name}. ("Pacha pulla" = an innocent babe.)',
    },
    {
      text: '{Name} இது ஏதோ பாராட்டு வீடியோன்னு நினைச்சுட்டு இருக்கு. பாவம், இன்னும் தெரியல.',
      en: '{Name} thinks this is some kind of tribute video. Poor thing, it has no idea yet.',
    },
    {
      text: 'பிரேக்கிங் நியூஸ்: {name} பத்தின விசாரணை முடிஞ்சுது, தீர்ப்பு ரொம்ப மோசம்.',
      en: 'Breaking news: the inquiry into {name} is complete, and the verdict is really bad.',
    },
    {
      text: 'இந்த வீட்டுல ரூல்ஸ் போடறது அப்பா இல்ல, அம்மா இல்ல. {Name} தான்.',
      en: 'The one who makes the rules in this house is not Dad, not Mum. It is {name}.',
    },
    {
      text: '"நானும் ரவுடி தான்"னு சுத்திட்டு இருக்கிற {name}, இன்னைக்கு உனக்கு இருக்கு.',
      en: '{Name}, you who strut around going "I\'m a rowdy too", today you are in for it. (Vadivelu\'s famous comedy line.)',
    },
  ],
  groupOpeners: [
    {
      text: 'இங்க {count} {nouns} இருக்கு, எல்லாத்துக்கும் சேர்த்து மூளை ஒண்ணு தான்.',
      en: 'There are {count} {nouns} here, and one brain shared between all of them.',
    },
    {
      text: '{Count} {nouns}, ஒரு வீடு, பொறுப்பு மட்டும் ஜீரோ.',
      en: '{Count} {nouns}, one house, and responsibility: zero.',
    },
    {
      text: 'ஒரு {noun} இருந்தாலே வீடு ரணகளம், இங்க {count} {nouns}. யோசிச்சுப் பாருங்க.',
      en: 'Just one {noun} turns a house into a battlefield; here there are {count}. Just imagine. ("Ranagalam" = total chaos, a Vadivelu meme word.)',
    },
    {
      text: 'இது வீடா, இல்ல {count} {nouns} நடத்துற பிக் பாஸ் வீடா?',
      en: 'Is this a home, or a Bigg Boss house run by {count} {nouns}?',
    },
  ],
  classJabs: {
    dog: [
      {
        text: '{Name} தெருவுல போற எல்லா பைக் பின்னாடியும் ஓடும், பிடிச்சா என்ன பண்றதுன்னு மட்டும் தெரியாது.',
        en: '{Name} chases every bike on the street, but has no clue what to do if it ever catches one.',
      },
      {
        text: 'ராத்திரி முழுக்க காவல் காக்குதுன்னு பேரு தான், திருடன் வந்தா {name} வால ஆட்டி வரவேற்கும்.',
        en: 'It guards the house all night, in name only; if a thief came, {name} would welcome him wagging its tail.',
      },
      {
        text: 'குக்கர் விசில் அடிச்சா போதும், {name} கிச்சன் வாசல்ல அட்டெண்டன்ஸ் போட்டுடும்.',
        en: 'One pressure-cooker whistle and {name} is at the kitchen door, marking attendance.',
      },
      {
        text: '{Name} தினமும் அதோட வாலை துரத்துது, தினமும் தோக்குது. விடாமுயற்சிக்கு ஒரு அவார்டு!',
        en: '{Name} chases its own tail every day and loses every day. Give it an award for perseverance.',
      },
    ],
    cat: [
      {
        text: '{Name} டேபிள் மேல இருக்கிறத எல்லாம் கீழ தள்ளி, நியூட்டன் சொன்னது சரியான்னு டெஸ்ட் பண்ணுது.',
        en: '{Name} pushes everything off the table to test whether Newton was right.',
      },
      {
        text: 'ஆயிரம் ரூபாய்க்கு பெட் வாங்கிக் குடுத்தா, {name} அது வந்த அட்டைப் பெட்டிக்குள்ள தான் தூங்கும்.',
        en: 'Buy it a thousand-rupee bed and {name} will sleep in the cardboard box it came in.',
      },
      {
        text: 'கூப்பிட்டா வராது, கூப்பிடலைன்னா மடியில உக்காரும். {Name} ஒரு முழு ஆட்டிட்யூட் பேக்கேஜ்.',
        en: 'Call it and it will not come; don\'t call it and it sits in your lap. {Name} is a complete attitude package.',
      },
      {
        text: 'பால் கிளாஸ் கீழ விழுந்தா, {name} ஒண்ணுமே தெரியாத மாதிரி ஜன்னல பார்த்துட்டு இருக்கும்.',
        en: 'When the milk glass hits the floor, {name} stares out of the window as if it knows nothing.',
      },
    ],
    bird: [
      {
        text: '{Name} வீட்டுல இருக்கிற எல்லா ரிங்டோனையும் காப்பி அடிக்குது, உருப்படியா ஒரு வார்த்தை பேசாது.',
        en: '{Name} copies every ringtone in the house but never says one useful word.',
      },
      {
        text: 'காலை அஞ்சு மணிக்கு அலாரமே தேவையில்ல, {name} இருக்கு. ஸ்னூஸ் பட்டன் மட்டும் கிடையாது.',
        en: 'Nobody needs a 5 a.m. alarm, there is {name}. Only there is no snooze button.',
      },
      {
        text: '{Name} கிட்ட ரெக்கை இருக்கு, ஆனா வீட்டுக்குள்ள ஹவுஸ் ஓனர் மாதிரி நடந்தே சுத்துது.',
        en: '{Name} has wings, yet walks around the house like the landlord on inspection.',
      },
      {
        text: '{Name} ஜோசியக் கிளியா இருந்தா, எந்த சீட்டு எடுத்தாலும் "இன்னைக்கு லீவு"ன்னு தான் இருக்கும்.',
        en: 'If {name} were a fortune-telling parrot, every card it picked would say "Today is a holiday". (Street parrot astrology, a Tamil Nadu sight.)',
      },
    ],
    horse: [
      {
        text: '{Name} பார்க்க ரேஸ் குதிரை, ஓடுற ஸ்பீடு மட்டும் டவுன் பஸ் லெவல்.',
        en: '{Name} looks like a racehorse, but runs at town-bus speed.',
      },
      {
        text: '{Name} முடிய ஆட்டுற ஸ்டைல பார்த்தா, ஷாம்பு விளம்பரத்துக்கு நேரா அனுப்பலாம்.',
        en: 'The way {name} tosses that mane, you could send it straight to a shampoo ad.',
      },
      {
        text: 'கொள்ளுக்கு ஒரு ஸ்பீடு, கேரட்டுக்கு இன்னொரு ஸ்பீடு. {Name} ஓடுறதே சாப்பாட்டுக்கு தான்.',
        en: 'Horse gram gets one speed, a carrot gets another. {Name} only ever runs for food.',
      },
      {
        text: 'கடிவாளம் போட்டதும் {name} முகத்துல ஒரு திங்கக்கிழமை காலை ஆபீஸ் எக்ஸ்பிரஷன்.',
        en: 'The moment the bridle goes on, {name} wears a Monday-morning office face.',
      },
    ],
    sheep: [
      {
        text: 'முன்னாடி போற ஆடு எங்க போனாலும், {name} கேள்வியே இல்லாம பின்னாடியே. சொந்த ஐடியா ஜீரோ.',
        en: 'Wherever the sheep in front goes, {name} follows, no questions asked. Original ideas: zero.',
      },
      {
        text: '{Name} பார்க்க நடமாடும் பஞ்சு மிட்டாய். பஞ்சு மிட்டாய்க்கு கூட இதைவிட பிளான் இருக்கு.',
        en: '{Name} looks like walking cotton candy. Even cotton candy has more plans than this.',
      },
      {
        text: 'வருஷத்துக்கு ஒரு ஹேர்கட், அதுக்கும் {name} சலூன்ல ஹீரோயின் ரேஞ்சுக்கு சீன் போடுது.',
        en: 'One haircut a year, and even for that {name} throws a film-heroine-level tantrum at the salon.',
      },
    ],
    cow: [
      {
        text: '{Name} ஒரே வாய் புல்ல ஒரு மணி நேரம் அசை போடுது, கேட்டா அது தியானமாம்.',
        en: '{Name} chews one mouthful of grass for an hour; ask, and apparently it is meditation.',
      },
      {
        text: '{Name} நடு ரோட்டுல நின்னு டிராஃபிக் கண்ட்ரோல் பண்ணுது, யாருமே கேக்கலை.',
        en: '{Name} stands in the middle of the road doing traffic control. Nobody asked.',
      },
      {
        text: 'காலைல இருந்து ஒரே இடத்துல நின்னுட்டு, {name} ரொம்ப பிஸி மாதிரி ஒரு லுக் விடுது.',
        en: 'Standing in the same spot since morning, {name} still gives off a very-busy look.',
      },
    ],
    elephant: [
      {
        text: 'யானைக்கு ஞாபக சக்தி அதிகமாம். {Name} எதையும் மறக்காது, எதையும் கத்துக்கவும் செய்யாது.',
        en: 'They say elephants have great memories. {Name} forgets nothing, and learns nothing either.',
      },
      {
        text: '{Name} தும்பிக்கையால ஒரு வாழைப்பழம் எடுக்குது, பார்த்தா தார் முழுசா காலி.',
        en: '{Name} takes one banana with its trunk, and somehow the whole bunch is gone.',
      },
      {
        text: 'யானை வரும் பின்னே, மணியோசை வரும் முன்னே. {Name} வந்தா முன்னாடி சத்தம், பின்னாடி நாசம்.',
        en: '"The bell rings before the elephant arrives." With {name}: noise in front, wreckage behind. (Twist on a Tamil proverb.)',
      },
    ],
    bear: [
      {
        text: 'தூரத்துல இருந்து பார்த்தா {name} டெடி பியர். கிட்ட போனா தான் தெரியும், அது மினி புல்டோசர்.',
        en: 'From afar {name} is a teddy bear. Get close and you learn it is a mini bulldozer.',
      },
      {
        text: 'தேன் பாட்டில திறக்க {name} கிட்ட நகம் இருக்கு, பொறுமை மட்டும் இல்ல.',
        en: '{Name} has the claws to open the honey jar, just not the patience.',
      },
      {
        text: '{Name} குளிர்காலம் முழுக்க தூங்குது, எழுந்ததும் "ஏன் இவ்ளோ டயர்டா இருக்கு"ன்னு ஒரு லுக்.',
        en: '{Name} sleeps all winter, then wakes up with a "why am I so tired" look.',
      },
    ],
    zebra: [
      {
        text: 'யூனிஃபார்ம் போட்ட ஸ்கூல் பையன் மாதிரி, {name} வருஷம் முழுக்க அதே கோடு போட்ட சட்டை தான்.',
        en: 'Like a schoolboy in uniform, {name} wears the same striped shirt all year round.',
      },
      {
        text: '{Name} ரோட்டுல படுத்திருந்தா, ஜீப்ரா கிராசிங்னு நினைச்சு எல்லா வண்டியும் நின்னுடும்.',
        en: 'If {name} lies down on the road, every vehicle stops, thinking it is a zebra crossing.',
      },
      {
        text: 'பழைய பிளாக் அண்ட் ஒயிட் படம் மாதிரி {name}, கலர் டிவி வந்ததே இன்னும் தெரியாது.',
        en: '{Name} is like an old black-and-white film: still has not heard that colour TV arrived.',
      },
    ],
    giraffe: [
      {
        text: '{Name} கூட செல்ஃபி எடுக்கணும்னா, ஒரு டிரோன் வாங்கினா தான் முடியும்.',
        en: 'Want a selfie with {name}? You will need to buy a drone first.',
      },
      {
        text: 'மொட்டை மாடியில துணி காயப்போட ஸ்டூல் தேவையில்ல, {name} இருக்கு.',
        en: 'No stool needed to hang the washing on the terrace; we have {name}.',
      },
      {
        text: '{Name} எல்லாரையும் மேல இருந்து தான் பார்க்கும், உயரத்துலயும் சரி, ஆட்டிட்யூட்லயும் சரி.',
        en: '{Name} looks down on everyone, both in height and in attitude.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} ஒரு நாளைக்கு பதினாறு மணி நேரம் தூங்குது, மீதி நேரம் அடுத்த தூக்கத்துக்கு பிளான் பண்ணுது.',
        en: '{Name} sleeps sixteen hours a day and spends the rest planning the next nap.',
      },
      {
        text: 'வெயில்ல இருந்து நிழலுக்கு உருண்டு போறது தான் {name} பண்ற ஒரே எக்சர்சைஸ்.',
        en: 'Rolling from the sunny spot to the shady one is the only exercise {name} does.',
      },
      {
        text: '"ஆணியே புடுங்க வேணாம்"ங்கிற வடிவேலு டயலாக்க {name} வாழ்க்கை தத்துவமா எடுத்துக்கிச்சு.',
        en: '{Name} took Vadivelu\'s line "no need to pull out any nails" (i.e. don\'t bother working) as its life philosophy.',
      },
      {
        text: 'சோம்பேறித்தனத்துக்கு ஒலிம்பிக் வெச்சா, {name} மெடல் வாங்கக் கூட எழுந்து வராது.',
        en: 'If laziness were an Olympic sport, {name} would not even get up to collect the medal.',
      },
      {
        text: '{Name} கிட்ட ரெண்டே ஸ்பீடு தான்: தூக்கம், அப்புறம் தூங்கப்போற மூடு.',
        en: '{Name} has exactly two speeds: asleep, and in the mood to fall asleep.',
      },
    ],
    greedy: [
      {
        text: 'மூணு ரூம் தள்ளி பிஸ்கட் கவர் சத்தம் கேட்டா போதும், {name} அங்க ஆஜர்.',
        en: 'A biscuit wrapper rustles three rooms away and {name} is instantly there: "Present!"',
      },
      {
        text: 'தட்ட ஒரு செகண்ட் விட்டுட்டு போனா, {name} அத ஓசி பஃபேன்னு முடிவு பண்ணிடும்.',
        en: 'Leave your plate for one second and {name} decides it is a free buffet.',
      },
      {
        text: '{Name} சாப்பிடுற வேகத்த பார்த்தா, கல்யாண வீட்டு பந்தியில முதல் பேட்ச் மாதிரி.',
        en: 'The speed {name} eats at is like the first batch at a wedding feast. (The first sitting at a Tamil wedding lunch is a race.)',
      },
      {
        text: 'இட்லி, தோசை, பிரியாணி, எதுவா இருந்தாலும் {name} கேக்குறது ஒண்ணு தான்: இன்னும் கொஞ்சம்.',
        en: 'Idli, dosa, biryani, whatever it is, {name} asks for just one thing: a little more.',
      },
      {
        text: 'ஃப்ரிட்ஜ் கதவு திறக்குற சத்தம் தான் {name} காதுக்கு உலகத்துலயே இனிமையான பாட்டு.',
        en: 'The sound of the fridge door opening is the sweetest song in the world to {name}\'s ears.',
      },
    ],
    loud: [
      {
        text: 'தெருவுல ஒரு இலை விழுந்தா கூட {name} அதை பிரேக்கிங் நியூஸா அறிவிக்குது.',
        en: 'Even a leaf falling in the street gets announced by {name} as breaking news.',
      },
      {
        text: 'குக்கர் விசில விட, மிக்ஸிய விட, இந்த வீட்டுல பெரிய சத்தம் {name} தான்.',
        en: 'Louder than the pressure-cooker whistle, louder than the mixer: the biggest noise in this house is {name}.',
      },
      {
        text: '{Name} போடுற சத்தத்துக்கு பக்கத்து வீட்டுல இருந்து ஏற்கனவே மூணு கம்ப்ளெயின்ட் வந்தாச்சு.',
        en: 'The racket {name} makes has already earned three complaints from next door.',
      },
      {
        text: 'அமைதியா இருக்கிறதுங்கிற வார்த்தையே {name} அகராதியில கிடையாது.',
        en: 'The phrase "keeping quiet" does not exist in {name}\'s dictionary.',
      },
      {
        text: 'ராத்திரி ரெண்டு மணிக்கு {name} நடத்துற கச்சேரிக்கு டிக்கெட் இல்ல, உங்க தூக்கம் தான் கட்டணம்.',
        en: 'The 2 a.m. concert {name} performs has no tickets; the entry fee is your sleep. ("Kacheri" = a classical music concert.)',
      },
    ],
    grumpy: [
      {
        text: '{Name} முறைக்கிற முறைப்புக்கு, மெகா சீரியல் வில்லி கூட டிப்ஸ் கேக்கணும்.',
        en: 'The glare {name} gives could teach even a mega-serial villainess a trick or two.',
      },
      {
        text: '{Name} மூஞ்சியில காலைல காபி கிடைக்காத மாதிரி ஒரு கடுப்பு, அதுவும் நாள் முழுக்க.',
        en: '{Name} wears a no-morning-coffee scowl, and keeps it on all day.',
      },
      {
        text: '{Name} வீட்டுல எல்லாரையும் ஜட்ஜ் பண்ணுது, இதுவரைக்கும் யாருமே பாஸ் ஆகல.',
        en: '{Name} judges everyone in the house, and so far nobody has passed.',
      },
      {
        text: 'ஆசையா கொஞ்சப் போனா, {name} ஒரு லுக் விடும். அதுக்கு அர்த்தம்: நீ யாரு?',
        en: 'Go to cuddle it and {name} gives you a look that means: and who are you?',
      },
      {
        text: 'ஒரு வார்த்தை பேசாமலே "நான் ஒரு தடவ சொன்னா" லுக் விடுது {name}.',
        en: '{Name} gives the full "if I say it once" look without saying a word. (Rajinikanth\'s iconic Baasha line.)',
      },
    ],
    destructive: [
      {
        text: '{Name} இதுவரைக்கும் கடிச்ச செருப்ப எல்லாம் சேர்த்தா, ஒரு செருப்புக் கடையே திறக்கலாம்.',
        en: 'Collect every slipper {name} has chewed so far and you could open a slipper shop.',
      },
      {
        text: 'இந்த வீட்டுல ஒவ்வொரு தலையணைக்கும் ஒரு கதை இருக்கு, க்ளைமாக்ஸ் எழுதினது {name}.',
        en: 'Every pillow in this house has a story, and {name} wrote the climax.',
      },
      {
        text: 'புது சோஃபா வந்த அன்னைக்கே {name} அதுக்கு ரெனோவேஷன் ஆரம்பிச்சுடுச்சு.',
        en: 'The very day the new sofa arrived, {name} started "renovating" it.',
      },
      {
        text: 'ரிமோட், சார்ஜர் வயர், ஸ்கூல் பேக். {Name} மெனு கார்டு ரொம்ப பெருசு.',
        en: 'TV remote, charger cable, school bag: {name}\'s menu card is very long.',
      },
      {
        text: '{Name} விளையாடுறது இல்ல, அது ஒரு முழு நேர இடிப்பு கம்பெனி நடத்துது. லைசென்ஸ் மட்டும் இல்ல.',
        en: '{Name} does not play; it runs a full-time demolition company. Just without a licence.',
      },
    ],
    clumsy: [
      {
        text: '{Name} சமமான தரையில கூட தடுக்கி விழுந்துட்டு, அப்புறம் தரைய முறைச்சுப் பார்க்குது.',
        en: '{Name} trips on a perfectly flat floor and then glares at the floor.',
      },
      {
        text: 'ஒவ்வொரு ஜம்ப்புக்கும் {name} மாஸ் ஹீரோ பில்டப் குடுக்குது, லேண்டிங் மட்டும் வடிவேலு காமெடி.',
        en: 'Every jump gets a mass-hero build-up from {name}; the landing is pure Vadivelu comedy.',
      },
      {
        text: 'இந்த வீட்டுல இருக்கிற எல்லா கதவும் {name} தலைய ஒரு தடவையாவது சந்திச்சிருக்கு.',
        en: 'Every door in this house has met {name}\'s head at least once.',
      },
      {
        text: 'கண்ணாடி கதவுல {name} முட்டிக்கிறது இந்த வீட்டோட டெய்லி ரியாலிட்டி ஷோ.',
        en: '{Name} bumping into the glass door is this house\'s daily reality show.',
      },
      {
        text: 'டைல்ஸ் தரையில {name} ஓடுறத பார்த்தா, ஐஸ் ஸ்கேட்டிங் டிரையல்ஸ் மாதிரி இருக்கு.',
        en: 'Watching {name} run on the tiled floor is like watching ice-skating trials.',
      },
    ],
    vain: [
      {
        text: 'கேமரா எடுத்தா போதும், {name} உடனே போஸ் குடுக்குது, டைரக்டர் கட் சொன்னாலும் நிறுத்தாது.',
        en: 'Pick up a camera and {name} starts posing, and will not stop even when the director says cut.',
      },
      {
        text: 'ஸ்டைலுக்கு ரஜினி, பந்தாவுக்கு {name}. நடுவுல வேற யாருமே இல்ல.',
        en: 'For style, Rajini; for swagger, {name}. There is nobody in between. ("Bandha" = showing off.)',
      },
      {
        text: 'சாப்பாட்டு தட்ட விட கண்ணாடிய தான் {name} அதிகமா பார்க்குது.',
        en: '{Name} looks in the mirror more often than at its food bowl.',
      },
      {
        text: 'குளிச்சு முடிச்சதும் {name} நடக்கிற நடைய பார்த்தா, ரெட் கார்ப்பெட்ல நடக்கிற மாதிரியே இருக்கு.',
        en: 'The way {name} walks after a bath, you would think it was on a red carpet.',
      },
    ],
    scaredy: [
      {
        text: '{Name} பெரிய வீரன் தான், வாக்குவம் கிளீனர் ஆன் ஆகுற வரைக்கும்.',
        en: '{Name} is a great warrior, right up until the vacuum cleaner switches on.',
      },
      {
        text: 'ஒரு பட்டாசு வெடிச்சா போதும், {name} கட்டிலுக்கு அடியில ரெண்டு நாள் குடித்தனம்.',
        en: 'One firecracker goes off and {name} moves in under the bed for two days.',
      },
      {
        text: 'டாக்டர் ஊசிய எடுக்கும் முன்னாடியே {name} "வேணாம், வலிக்குது, அழுதுருவேன்" மோடுக்கு போயிடுது.',
        en: 'Before the vet even picks up the needle, {name} is in full "don\'t, it hurts, I\'ll cry" mode. (A Vadivelu meme line.)',
      },
      {
        text: 'ஒரு வெள்ளரிக்காய பார்த்து {name} பயந்து ஓடின நாள்ல இருந்து, அந்த வெள்ளரிக்காய் தான் இந்த வீட்டு டான்.',
        en: 'Ever since {name} fled from a cucumber, that cucumber has been the don of this house.',
      },
      {
        text: 'இடி சத்தம் கேட்டா {name} முதல்ல ஓடி வந்து ஒளியறது உங்க மடியில தான்.',
        en: 'At the first thunderclap, the first place {name} runs to hide is your lap.',
      },
    ],
    clingy: [
      {
        text: 'பாத்ரூம் வரைக்கும் {name} பின்னாடியே வருது, சம்பளம் வாங்காத பாடிகார்டு மாதிரி.',
        en: '{Name} follows you right up to the bathroom, like an unpaid bodyguard.',
      },
      {
        text: 'பத்து செகண்ட் ரூம விட்டு வெளிய போனா, {name} காணாமப் போனவங்க லிஸ்ட்ல உங்க பேர சேர்த்துடும்.',
        en: 'Step out of the room for ten seconds and {name} puts your name on the missing-persons list.',
      },
      {
        text: 'ஃபோன் சார்ஜர் கூட சில நேரம் விட்டுடும், {name} ஒட்டிக்கிட்டா விடவே விடாது.',
        en: 'Even a phone charger lets go sometimes; once {name} latches on, it never does.',
      },
      {
        text: 'நீங்க சாப்பிட்டா பக்கத்துல, தூங்கினா பக்கத்துல. {Name} உங்க நிழல விட நெருக்கம்.',
        en: 'You eat, it is beside you; you sleep, it is beside you. {Name} sticks closer than your shadow.',
      },
    ],
    escape: [
      {
        text: 'கேட் ஒரு இஞ்ச் திறந்தா போதும், {name} அதை ஃப்ரீ டூர் பாஸா நினைச்சுக்கும்.',
        en: 'Leave the gate open one inch and {name} treats it as a free tour pass.',
      },
      {
        text: 'எந்த காம்பவுண்டு சுவரும் {name} முன்னாடி நிக்காது, சாப்பாட்டு வாசனை தான் திரும்ப கூட்டிட்டு வரும்.',
        en: 'No compound wall can stop {name}; only the smell of dinner ever brings it back.',
      },
      {
        text: 'ராத்திரி முழுக்க {name} கேட்டையே பார்த்துட்டு இருக்கு, ஏதோ ஜெயில் பிரேக்குக்கு ஸ்கெட்ச் போடுற மாதிரி.',
        en: '{Name} stares at the gate all night, as if sketching out a jailbreak. ("Sketch podu" = to plot, film slang.)',
      },
      {
        text: 'கேட் திறந்ததும் "கிளம்பிட்டாங்கய்யா, கிளம்பிட்டாங்க" மோடுல ஓடுது {name}.',
        en: 'The moment the gate opens, {name} bolts in full "here they go again" mode. (Vadivelu\'s catchphrase.)',
      },
    ],
  },
  closers: [
    {
      text: 'என்ன தான் அட்டகாசம் பண்ணாலும், {name} தான் இந்த வீட்டோட செல்லம். லவ் யூ.',
      en: 'For all the mischief, {name} is still the darling of this house. Love you.',
    },
    {
      text: 'ரோஸ்ட் முடிஞ்சுது. {Name} இதையெல்லாம் கண்டுக்காம மறுபடியும் தூங்கப் போயிடும்.',
      en: 'The roast is over. {Name} will ignore all of it and go right back to sleep.',
    },
    {
      text: '{Name}, இது ரோஸ்ட் இல்ல, பெர்ஃபார்மன்ஸ் ரிவ்யூ: செம்ம க்யூட், ஆனா வேலை போச்சு.',
      en: '{Name}, this was not a roast, it was a performance review: super cute, but fired.',
    },
    {
      text: 'இவ்ளோ சொன்னாலும், {name} இல்லாத வீடு வீடே இல்ல. அது தான் உண்மை.',
      en: 'For everything we said, a house without {name} is not a home. That is the truth.',
    },
    {
      text: 'வாடகை எல்லாம் வேணாம் {name}, கட்டிப்புடி வைத்தியம் மட்டும் போதும்.',
      en: 'Forget the rent, {name}; hug therapy is payment enough. ("Kattipudi vaithiyam", hug therapy, from Kamal Haasan\'s Vasool Raja MBBS.)',
    },
    {
      text: 'இதையெல்லாம் கேட்டு {name} கோவிச்சுக்காது, ஒரு பிஸ்கட் குடுத்தா எல்லாம் சரியாயிடும்.',
      en: '{Name} will not sulk over any of this; one biscuit and all is forgiven.',
    },
  ],
  groupClosers: [
    {
      text: 'உங்க எல்லாரையும் ரொம்ப பிடிக்கும், ஆனா இந்த வீட்டுக்கு இப்போ ஒரு லீவு வேணும்.',
      en: 'We love every one of you, but this house now needs a holiday.',
    },
    {
      text: '{Count} {nouns}, ஜீரோ வருத்தம், ஒரு டயர்டான குடும்பம்.',
      en: '{Count} {nouns}, zero regrets, one very tired family.',
    },
    {
      text: 'இந்த கேங்க எங்களுக்கு ரொம்ப பிடிக்கும். சோஃபாவுக்கு மட்டும் பிடிக்காது.',
      en: 'We adore this gang. The sofa, however, does not.',
    },
    {
      text: '{Count} {nouns} இருக்கிற வீட்டுல அமைதிய தேடாதீங்க, அன்பு மட்டும் அள்ள அள்ள கிடைக்கும்.',
      en: 'Do not look for peace in a house with {count} {nouns}; love, though, you get by the armful.',
    },
  ],
  petWords: {
    dog: ['நாய்', 'நாய்க்குட்டி', 'ராஜபாளையம்', 'சிப்பிப்பாறை', 'கொம்பை', 'நாட்டு நாய்', 'naai', 'naay', 'naaikutti', 'naikutti', 'nai kutti', 'naatu naai', 'rajapalayam', 'chippiparai', 'kombai'],
    cat: ['பூனை', 'பூனைக்குட்டி', 'poonai', 'punai', 'poonaikutti', 'poonakutti', 'punaikutti'],
    bird: ['பறவை', 'கிளி', 'குருவி', 'புறா', 'கோழி', 'வாத்து', 'மைனா', 'paravai', 'kili', 'kuruvi', 'pura', 'puraa', 'kozhi', 'vaathu', 'vathu', 'maina'],
    horse: ['குதிரை', 'குதிரைக்குட்டி', 'kudhirai', 'kuthirai', 'kudirai'],
    sheep: ['செம்மறி', 'ஆடு', 'ஆட்டுக்குட்டி', 'semmari', 'aadu', 'aattukutti', 'aatukutti'],
    cow: ['பசு', 'மாடு', 'கன்னுக்குட்டி', 'கன்றுக்குட்டி', 'எருமை', 'காளை', 'pasu', 'pasumaadu', 'maadu', 'kannukutti', 'erumai'],
    elephant: ['யானை', 'யானைக்குட்டி', 'yaanai', 'yanai', 'yaanaikutti'],
    bear: ['கரடி', 'karadi'],
    zebra: ['வரிக்குதிரை', 'ஜீப்ரா', 'varikudhirai', 'varikuthirai', 'zebra'],
    giraffe: ['ஒட்டகச்சிவிங்கி', 'ஜிராஃப்', 'ottagachivingi', 'ottakachivingi', 'giraffe'],
  },
  traitWords: {
    lazy: ['சோம்பேறி', 'சோம்பல்', 'தூங்கு', 'தூங்கி', 'தூக்கம்', 'படுத்தே', 'sombheri', 'somberi', 'sombeari', 'sombal', 'thoong', 'thung', 'thookam', 'thookkam', 'paduthe'],
    greedy: ['சாப்பா', 'சாப்பிடு', 'சாப்டு', 'தீனி', 'திருட', 'திருடு', 'பசி', 'தின்னி', 'saapadu', 'sapadu', 'saappadu', 'saapid', 'sapid', 'sapdu', 'saaptu', 'theeni', 'thirud', 'thirut', 'pasi', 'thinni'],
    loud: ['குரைக்', 'குரைச்', 'கத்துது', 'கத்தும்', 'கத்திக்கிட்டே', 'சத்தம்', 'ஊளை', 'கூச்சல்', 'kuraik', 'kuraich', 'kathuth', 'kathudhu', 'kaththudhu', 'kathum', 'satham', 'sattham', 'oolai', 'koochal'],
    grumpy: ['கோபம்', 'கோவம்', 'முறைக்', 'முறைச்', 'முறைப்பு', 'எரிச்சல்', 'கடுப்பு', 'kobam', 'kovam', 'gobam', 'muraik', 'muraich', 'muraippu', 'erichal', 'kadupp'],
    destructive: ['கடிக்', 'கடிச்', 'கிழிக்', 'கிழிச்', 'உடைக்', 'உடைச்', 'நாசம்', 'செருப்பு', 'தலையணை', 'அட்டகாசம்', 'kadik', 'kadich', 'kizhik', 'kizhich', 'udaik', 'udach', 'udaich', 'naasam', 'nasam', 'seruppu', 'cheruppu', 'thalaiyanai', 'attagasam', 'attakasam'],
    clumsy: ['விழு', 'விழுந்', 'தடுக்கி', 'வழுக்கி', 'இடிச்சு', 'சொதப்ப', 'vizhu', 'vizhun', 'vilun', 'thadukk', 'vazhukk', 'valukk', 'idichu', 'sothapp', 'sodhapp'],
    vain: ['ஸ்டைல்', 'பந்தா', 'பில்டப்', 'செல்ஃபி', 'கண்ணாடி', 'மேக்கப்', 'சீன் போ', 'style', 'bandha', 'banda', 'buildup', 'build up', 'kannadi', 'makeup', 'scene podu', 'seen podu'],
    scaredy: ['பயம்', 'பயந்', 'பயப்பட', 'பயந்தாங்கொள்ளி', 'பட்டாசு', 'இடிமுழக்க', 'இடி சத்த', 'நடுங்கு', 'bayam', 'payam', 'bayand', 'bayanth', 'bayapad', 'bayappad', 'bayandhaangolli', 'pattasu', 'pattaasu', 'idi muzhakk', 'idi satham', 'nadung'],
    clingy: ['ஒட்டிக்', 'ஒட்டிட்', 'பின்னாடியே', 'கொஞ்சிக்', 'மடியில', 'பாசம்', 'ottik', 'ottikitt', 'pinnadiye', 'pinnaadiye', 'konjik', 'madiyil', 'madila', 'paasam', 'pasam'],
    escape: ['ஓடிப்போ', 'ஓடிப்போச்சு', 'தப்பி', 'எஸ்கேப்', 'காணாம', 'காம்பவுண்ட்', 'ஊர் சுத்த', 'odipo', 'odi po', 'odipoch', 'thappi', 'thappich', 'escape', 'kaanama', 'kaanaama', 'oor suth'],
  },
  numberWords: {
    'ரெண்டு': 2, 'இரண்டு': 2, rendu: 2, irandu: 2,
    'மூணு': 3, 'மூன்று': 3, moonu: 3, munu: 3, moondru: 3,
    'நாலு': 4, 'நான்கு': 4, naalu: 4, nalu: 4, naangu: 4,
    'அஞ்சு': 5, 'ஐந்து': 5, anju: 5, ainthu: 5, aindhu: 5,
    'ஆறு': 6, aaru: 6,
    'ஏழு': 7, ezhu: 7, yezhu: 7,
    'எட்டு': 8, ettu: 8,
    'ஒன்பது': 9, onbadhu: 9, onbathu: 9,
    'பத்து': 10, pathu: 10, paththu: 10,
  },
  notNames: [
    'என்', 'என்னோட', 'என்னுடைய', 'எங்க', 'எங்களோட', 'நம்ம', 'நம்மளோட', 'வீட்டு', 'இந்த', 'அந்த', 'செல்ல', 'பேரு', 'பெயர்',
    'en', 'enn', 'ennoda', 'ennudaya', 'enga', 'engaloda', 'namma', 'nammaloda', 'veettu', 'veetu', 'intha', 'indha', 'antha', 'andha',
    'chella', 'peru', 'da', 'di', 'pa', 'ma', 'roast', 'pannu', 'pannunga',
  ],
};
