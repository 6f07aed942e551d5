import type { NativePhrasebook } from './types.js';

/**
 * Assamese (as) roast phrasebook (docs/writer.md, "Phrasebooks"), written natively in colloquial Assamese
 * as it is posted on Assamese reels and Facebook pages ("এলেহুৱা", "খঙাল", "টেটোন", the Bihu pepa,
 * "দৰা আহিল", pitha, the school cow essay); not translated from English, Hindi or Bengali.
 *
 * Grammar notes:
 * - Assamese verbs do not agree in gender, but the third-person pronouns do (সি / তাই, তাৰ / তাইৰ) and
 *   some nouns (বেচেৰা / বেচেৰী, নায়ক / নায়িকা): those take `{m|f}` by the class noun's gender.
 * - `{name}` is always a bare nominative subject or a vocative: an Assamese case ending (-ক, -ৰ, -ত) is
 *   never attached to it, so "Bruno" and "মাইনা" read alike.
 * - `numbers` carry the classifier (দুটা, তিনিটা); after a numeral and classifier the noun takes no plural
 *   ending, so `nouns[cls].many` is the bare noun ("তিনিটা কুকুৰ").
 * - The pet is addressed with the intimate তই in closers, as Assamese speakers talk to their pets.
 * - Text is in Unicode NFC (a nukta letter such as ড় is stored as ড + ◌়); prompts should be
 *   NFC-normalised before `petWords` / `traitWords` are matched.
 */
export const ASSAMESE: NativePhrasebook = {
  language: 'as',
  nouns: {
    dog: { one: 'কুকুৰ', many: 'কুকুৰ', gender: 'm' },
    cat: { one: 'মেকুৰী', many: 'মেকুৰী', gender: 'f' },
    bird: { one: 'চৰাই', many: 'চৰাই', gender: 'f' },
    horse: { one: 'ঘোঁৰা', many: 'ঘোঁৰা', gender: 'm' },
    sheep: { one: 'ভেড়া', many: 'ভেড়া', gender: 'm' },
    cow: { one: 'গৰু', many: 'গৰু', gender: 'f' },
    elephant: { one: 'হাতী', many: 'হাতী', gender: 'm' },
    bear: { one: 'ভালুক', many: 'ভালুক', gender: 'm' },
    zebra: { one: 'জেব্ৰা', many: 'জেব্ৰা', gender: 'm' },
    giraffe: { one: 'জিৰাফ', many: 'জিৰাফ', gender: 'm' },
  },
  unnamed: { text: '{noun} ডাঙৰীয়া', en: 'Mister {noun} (the formal Assamese title "dangoriya", used here in mock respect)' },
  gangLeader: { text: 'দলৰ মুখিয়াল', en: "the gang's chief", gender: 'm' },
  title: {
    named: { text: "আজিৰ ৰ'ষ্ট: {name}", en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: "আজিৰ ৰ'ষ্ট", en: "Today's roast" },
  },
  numbers: { 2: 'দুটা', 3: 'তিনিটা', 4: 'চাৰিটা', 5: 'পাঁচটা', 6: 'ছটা', 7: 'সাতটা', 8: 'আঠটা', 9: 'নটা', 10: 'দহটা' },
  mixedNoun: { one: 'পোহনীয়া', many: 'পোহনীয়া', gender: 'm' },
  openers: [
    {
      text: 'আজিৰ ৰ\'ষ্টত {name}: চাকৰি নাই, ভাৰা নিদিয়ে, তথাপি হুকুম চলে গোটেই ঘৰতে।',
      en: 'On today\'s roast, {name}: no job, pays no rent, yet its orders run the whole house.',
    },
    {
      text: "ব্ৰেকিং নিউজ: {name} আকৌ এটা কাণ্ড কৰিলে, আৰু এইবাৰ প্ৰমাণসহ ধৰা পৰিল।",
      en: 'Breaking news: {name} has pulled another stunt, and this time got caught with the evidence.',
    },
    {
      text: "{Name} ভাবিছে এইটো প্ৰশংসাৰ ভিডিঅ'। {বেচেৰা|বেচেৰী}, ভুল ভাবিছে।",
      en: '{Name} thinks this is a video full of praise. Poor thing, it thought wrong.',
    },
    {
      text: 'দেখাত একেবাৰে নিৰীহ, কামত পুৰা টেটোন — আহি আছে {name}!',
      en: 'Looks totally innocent, acts like a full-on "teton" (a cheeky trickster, after the Assamese folk character Teton Tamuli) — here comes {name}!',
    },
    {
      text: 'খায়, শোৱে, আৰু গোটেই ঘৰখনক আঙুলিৰ মূৰত নচুৱায় — এয়া {name}, আজিৰ অতিথি।',
      en: "Eats, sleeps, and makes the whole household dance on its fingertip — this is {name}, today's guest.",
    },
    {
      text: 'সকলোৱে ভালকৈ বহি লওক, আজি {name} নিজৰ সকলো কীৰ্তিৰ হিচাপ দিব।',
      en: 'Everyone get comfortable: today {name} has to account for all of its "glorious deeds".',
    },
  ],
  groupOpeners: [
    {
      text: 'ইয়াত {count} {nouns} আছে, আৰু সকলোৰে মূৰ একেলগ কৰিলেও বুদ্ধি ওলাব আধাখিনিহে।',
      en: 'There are {count} {nouns} here, and put all their heads together and you get half a brain at best.',
    },
    {
      text: "{Count} {nouns}, এখন ঘৰ, আৰু শান্তি? সেয়া বহুদিন আগতেই পলাল।",
      en: '{Count} {nouns}, one house, and peace? That ran away long ago.',
    },
    {
      text: 'এটা {noun} চম্ভালা মানে এটা চাকৰি, {count} {nouns} চম্ভালা মানে ডবল শ্বিফ্ট।',
      en: 'Handling one {noun} is a job; handling {count} {nouns} is a double shift.',
    },
    {
      text: '{Count} {nouns} মিলি এটা গেং বনাইছে, আৰু এই ঘৰখন এতিয়া সিহঁতৰ এলেকা।',
      en: '{Count} {nouns} have formed a gang, and this house is now their turf.',
    },
  ],
  classJabs: {
    dog: [
      {
        text: 'ডেলিভাৰী বয়ক দেখিলে {name} মেলাত হেৰোৱা ভাই পায়, ডাক্তৰ দেখিলে খাটৰ তলত।',
        en: '{Name} greets the delivery guy like the brother lost at the fair in old films, but sees the vet and goes straight under the bed.',
      },
      {
        text: '{Name} গোটেই দিনটো নিজৰ নেজৰ পাছে পাছে দৌৰে, আৰু প্ৰতিবাৰেই মেচখন হাৰে।',
        en: '{Name} chases its own tail all day long and loses the match every single time.',
      },
      {
        text: '{Name} এটাই কৌশল জানে: খোৱা বস্তু নহালৈকে চকু মেলি চাই থকা।',
        en: '{Name} knows exactly one trick: staring wide-eyed until food arrives.',
      },
      {
        text: 'ৰাতি দুই বজাত {name} চুবুৰিৰ আটাইবোৰ কুকুৰৰ লগত ভুকি ভুকি গ্ৰুপ কল কৰে।',
        en: 'At 2 a.m. {name} holds a group call with every dog in the neighbourhood, entirely in barks.',
      },
    ],
    cat: [
      {
        text: 'মধ্যাকৰ্ষণ আজিও কাম কৰি আছে নে নাই, চাবলৈ {name} টেবুলৰ পৰা বস্তু পেলাই দিয়ে।',
        en: 'To check whether gravity is still working today, {name} pushes things off the table.',
      },
      {
        text: 'দামী বিচনাখন পৰি থাকিল, আৰু {name} শুই আছে তাৰ খালী কাৰ্টনটোত।',
        en: 'The expensive bed lies unused, and {name} sleeps in the empty carton it came in.',
      },
      {
        text: '{Name} আমাক এনেকৈ চায়, যেন আমি {তাৰ|তাইৰ} পলমকৈ অহা কৰ্মচাৰী।',
        en: '{Name} looks at us as if we were its staff who turned up late.',
      },
      {
        text: '{Name} দিনটো শুই থাকে, আৰু ঠিক ৰাতি তিনি বজাত গোটেই ঘৰত মেৰাথন দৌৰে।',
        en: '{Name} sleeps all day and runs a marathon through the house at exactly 3 a.m.',
      },
    ],
    bird: [
      {
        text: '{Name} ঘৰৰ সকলো ৰিংটোন নকল কৰিব পাৰে, কিন্তু কামৰ এটা কথাও আজিলৈকে নিশিকিলে।',
        en: '{Name} can mimic every ringtone in the house, yet has not learned one useful word to this day.',
      },
      {
        text: 'ৰাতিপুৱা পাঁচ বজাতে {name} এনেকৈ চিঞৰে, যেন বেলি উঠিবলৈ {তাৰ|তাইৰ} অনুমতি লাগে।',
        en: 'At 5 a.m. {name} screams as if the sun needed its permission to rise.',
      },
      {
        text: '{Name} আইনাৰ ভিতৰৰ চৰাইটোৰ লগত প্ৰতিদিনে কাজিয়া কৰে, আৰু প্ৰতিদিনে হাৰে।',
        en: '{Name} quarrels with the bird inside the mirror every day, and loses every day.',
      },
      {
        text: 'পিঞ্জৰাৰ দুৱাৰ খোলা থাকিলেও {name} ওলাই নাযায়, বাহিৰত ৱাই-ফাই নাই বুলি।',
        en: 'Even with the cage door open {name} will not go out, because there is no Wi-Fi outside.',
      },
    ],
    horse: [
      {
        text: "{Name} দৌৰিলে ৰেচৰ ঘোঁৰা, ৰৈ গ'লে চৰকাৰী অফিচৰ ফাইল — লৰচৰেই নকৰে।",
        en: 'Running, {name} is a racehorse; once it stops, it is a government-office file — it does not budge.',
      },
      {
        text: '{Name} ঘাঁহ খায় বুফেৰ দৰে, তাৰ পাছত ডেজাৰ্টত গাজৰ নাপালে মুখ ঘূৰাই লয়।',
        en: '{Name} eats grass like it is a buffet, then turns its face away if there is no carrot for dessert.',
      },
      {
        text: '{Name} কেশৰ এনেকৈ জোকাৰে, যেন শ্লো-মোচনত শ্বেম্পুৰ বিজ্ঞাপনৰ শ্বুটিং চলি আছে।',
        en: '{Name} tosses its mane as if a slow-motion shampoo ad were being shot.',
      },
    ],
    sheep: [
      {
        text: 'আগৰজন য\'লৈ, {name} ত\'লৈ — নিজৰ মূৰ খটুওৱাটো আজিও ছিলেবাছৰ বাহিৰত।',
        en: 'Wherever the one in front goes, there goes {name} — using its own head is still outside the syllabus.',
      },
      {
        text: 'জাৰ আহিলে সকলোৱে চুৱেটাৰ কিনে, আৰু {name} নিজেই এখন গোটেই চুৱেটাৰৰ দোকান।',
        en: 'When winter comes everyone buys sweaters, and {name} is a whole sweater shop all by itself.',
      },
      {
        text: '{Name} গোটেই দিনটো কেৱল "ভেঁ" বুলি কয়, যেন সকলো প্ৰশ্নৰ উত্তৰ সেইটোৱেই।',
        en: '{Name} says nothing but "baa" all day, as if that answered every question.',
      },
    ],
    cow: [
      {
        text: 'গৰুৰ ৰচনা সকলোৱে মুখস্থ কৰিছিল, {name} সেইটো প্ৰতিদিনে অভিনয় কৰি দেখুৱায়।',
        en: 'We all memorised the school essay on the cow; {name} acts it out line by line every day. (The "cow essay" is a classic school joke.)',
      },
      {
        text: '{Name} এমুঠি ঘাঁহ এঘণ্টা ধৰি পাগুলি থাকে, আৰু ভাবে বৰ গভীৰ চিন্তা কৰি আছে।',
        en: '{Name} chews the cud over one mouthful of grass for an hour and believes it is deep in thought.',
      },
      {
        text: '{Name} দিনটো এঠাইতে থিয় হৈ থাকে, তথাপি মুখখনে কয় মিটিঙৰ পাছত মিটিং।',
        en: '{Name} stands in one spot all day, yet its face says back-to-back meetings.',
      },
    ],
    elephant: [
      {
        text: 'হাতীৰ স্মৃতিশক্তিৰ ইমান গল্প, অথচ কলবোৰ কোনে দিলে {name} প্ৰতিদিনে পাহৰি যায়।',
        en: "So many stories about an elephant's memory, yet every day {name} forgets who gave it the bananas.",
      },
      {
        text: '{Name} বোকাত বাগৰি বাগৰি ঘোষণা কৰে, আজি মোৰ স্পা ডে।',
        en: '{Name} rolls around in the mud and announces: today is my spa day.',
      },
      {
        text: '{Name} শুঁৰেৰে পানী ছটিয়াই সকলোকে তিয়াই দিয়ে, তাৰ পাছত কয়, বৰষুণহে দিলে।',
        en: '{Name} sprays everyone wet with its trunk, then says: it just rained.',
      },
    ],
    bear: [
      {
        text: 'শীতনিদ্ৰাৰ নামত {name} তিনি মাহ শোৱে, বাকী ন মাহ শোৱে অভ্যাসত।',
        en: '{Name} sleeps three months in the name of hibernation, and the other nine out of habit.',
      },
      {
        text: "দূৰৰ পৰা {name} একেবাৰে টেডি বিয়েৰ, ওচৰলৈ গ'লেহে গম পায় টেডিটোৰ খং কিমান।",
        en: 'From afar {name} is a perfect teddy bear; only up close do you learn how much temper the teddy has.',
      },
      {
        text: 'মৌৰ বটল দেখিলেই {name} গোৱেন্দা হৈ পৰে, ঢাকনি খুলিবলৈ লাগে দহ ছেকেণ্ড।',
        en: 'One look at a honey bottle and {name} turns detective; the lid takes ten seconds.',
      },
    ],
    zebra: [
      {
        text: "{Name} গোটেই জীৱন একেটা ক'লা-বগা চোলা পিন্ধি ফুৰে, লণ্ড্ৰীৰ বিল শূন্য।",
        en: '{Name} wears the same black-and-white shirt all its life; laundry bill: zero.',
      },
      {
        text: "{Name} ৰাস্তা পাৰ হ'লে গাড়ীবোৰে বুজিয়েই নাপায় কোনটো জেব্ৰা আৰু কোনটো ক্ৰছিং।",
        en: 'When {name} crosses the road, drivers cannot tell which is the zebra and which is the crossing.',
      },
      {
        text: "{Name} দেখাত এটা বাৰক'ড, স্কেন কৰিলে দাম ওলাব মাত্ৰ \"আমনি\"।",
        en: '{Name} looks like a barcode; scan it and the price reads just "nuisance".',
      },
    ],
    giraffe: [
      {
        text: '{Name} ডিঙি মেলি চুবুৰীয়াৰ পাকঘৰলৈকো জুমি চায়, খবৰ নাৰাখিলে নহয়।',
        en: "{Name} stretches its neck to peek into the neighbours' kitchen too; it simply must stay updated.",
      },
      {
        text: '{Name} আটাইতকৈ ওখ, সেইবাবে সকলো কথা {তাৰ|তাইৰ} মূৰৰ ওপৰেদি যায়।',
        en: '{Name} is the tallest of all, which is why every conversation goes over its head. (In Assamese too, "over the head" means not understood.)',
      },
      {
        text: 'পানী খাবলৈ {name} যেনেকৈ ভৰি মেলি নামে, সেয়া এটা গোটেই যোগাসনৰ ক্লাছ।',
        en: 'The way {name} splays its legs to get down for a drink is an entire yoga class.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} ইমান এলেহুৱা যে শুই উঠিয়েই দুপৰীয়াৰ টোপনিৰ প্লান কৰে।',
        en: '{Name} is so lazy that it wakes up and immediately plans the afternoon nap.',
      },
      {
        text: "ৰ'দ য'লৈ আগবাঢ়ে, {name} বাগৰি বাগৰি ত'লৈ যায় — দিনটোৰ জিম বুলিলে সিমানেই।",
        en: "Wherever the sunshine moves, {name} rolls over there — that is the whole day's gym.",
      },
      {
        text: "এলাহৰ অলিম্পিক হ'লে {name} সোণ পালেহেঁতেন, কিন্তু পদক ল'বলৈ উঠিব লাগিব বুলি নগ'ল।",
        en: 'If there were a laziness Olympics, {name} would have won gold, but it did not go because collecting the medal meant getting up.',
      },
      {
        text: '{Name} দিনত ষোল্ল ঘণ্টা শোৱে, বাকী আঠ ঘণ্টা শুবলৈ ঠাই বিচাৰে।',
        en: '{Name} sleeps sixteen hours a day and spends the other eight looking for a place to sleep.',
      },
    ],
    greedy: [
      {
        text: 'চিপছৰ পেকেটৰ শব্দ {name} তিনি কোঠা দূৰৰ পৰাও শুনে, "নহয়" কথাটোহে নুশুনে।',
        en: '{Name} hears a chips packet from three rooms away; the one word it never hears is "no".',
      },
      {
        text: 'থালৰ পৰা এক ছেকেণ্ড চকু আঁতৰালেই {name} পিঠাটো দান বুলি ধৰি লয়।',
        en: 'Look away from your plate for one second and {name} takes your pitha (Assamese rice cake) as a donation.',
      },
      {
        text: 'পাকঘৰৰ পৰা ভাল গোন্ধ এটা ওলালেই {name} দুৱাৰমুখত ধৰ্ণাত বহি পৰে।',
        en: 'The moment a good smell comes from the kitchen, {name} stages a sit-in protest at the door.',
      },
      {
        text: "ফ্ৰিজৰ দুৱাৰ খোলাৰ শব্দ শুনিলে {name} য'তেই নাথাকক, চকুৰ পলকতে হাজিৰ।",
        en: 'At the sound of the fridge door, wherever {name} may be, it appears in the blink of an eye.',
      },
    ],
    loud: [
      {
        text: "চুবুৰিৰ মাইকটো বেয়া হ'লেও চিন্তা নাই, {name} অকলে গোটেই অনুষ্ঠানটো চলাই দিব।",
        en: 'Even if the neighbourhood loudspeaker breaks, no worries: {name} can run the whole function alone.',
      },
      {
        text: 'দুৱাৰৰ বেল বাজিলেই {name} এনে হুলস্থূল লগায়, যেন দৰা আহি পালে।',
        en: 'The moment the doorbell rings, {name} raises such a commotion you would think the bridegroom had arrived (the loudest moment of an Assamese wedding).',
      },
      {
        text: 'ৰাতি তিনি বজাত {name} যি কনচাৰ্ট কৰে, চুবুৰীয়াই এতিয়া টিকট বিচাৰিছে।',
        en: 'The concert {name} puts on at 3 a.m. is such that the neighbours are now asking for tickets.',
      },
      {
        text: '{Name} মাত লগালে বিহুৰ পেঁপাও লাজ পায়।',
        en: "When {name} starts calling out, even the Bihu pepa (the buffalo-horn pipe of Assam's harvest dance) feels outdone.",
      },
    ],
    grumpy: [
      {
        text: '{Name} সদায় মুখ ফুলাই থাকে, যেন এইমাত্ৰ বিজুলীৰ বিলখন দেখি পেলালে।',
        en: '{Name} sulks all the time, as if it has just seen the electricity bill.',
      },
      {
        text: '{Name} ঘৰৰ সকলোকে প্ৰতিদিনে মাৰ্কশ্বিট দিয়ে, আজিলৈকে কোনেও পাছ কৰা নাই।',
        en: '{Name} hands everyone in the house a marksheet every day, and nobody has passed yet.',
      },
      {
        text: "মৰম কৰিবলৈ গ'লে {name} এনেকৈ চায়, যেন আগতে দৰ্খাস্ত দিব লাগিছিল।",
        en: 'Try to cuddle {name} and the look you get says you should have submitted an application first.',
      },
      {
        text: '{Name} বৰ খঙাল, এদিন ভুল কাষেৰে শুই উঠিছিল, সেই খং আজিও নমা নাই।',
        en: '{Name} is very short-tempered: it woke up on the wrong side one day, and that temper has not come down since.',
      },
    ],
    destructive: [
      {
        text: '{Name} এই বছৰ যিমান চেণ্ডেল চোবাইছে, সেইবোৰেৰে এখন জোতাৰ দোকান খুলিব পাৰি।',
        en: '{Name} has chewed enough sandals this year to open a shoe shop.',
      },
      {
        text: 'গাৰু ফালি গোটেই ঘৰতে তুলা উৰুৱাই {name} ঘৰৰ ভিতৰতে তাৱাঙৰ বৰফ নমাই আনে।',
        en: 'Ripping pillows and sending cotton all over the house, {name} brings Tawang snowfall right indoors.',
      },
      {
        text: '{Name} খেলনাৰে নেখেলে, ভিতৰত কি আছে খুলি চায় — তাৰ পাছত সেয়া আৰু জোৰা নালাগে।',
        en: '{Name} does not play with toys; it opens them to see what is inside — and they never go back together.',
      },
      {
        text: 'নতুন চোফাখন দেখি {name} ভাবিলে, বাঃ, অৱশেষত এটা প্ৰজেক্ট পালোঁ।',
        en: 'Seeing the new sofa, {name} thought: wow, finally I have got a project.',
      },
    ],
    clumsy: [
      {
        text: '{Name} সমান মজিয়াতো উজুটি খায়, তাৰ পাছত মজিয়াখনকে দোষ দিয়ে।',
        en: '{Name} trips on a perfectly flat floor, then blames the floor.',
      },
      {
        text: '{Name} জাপ দিয়াৰ আগতে ৰীতিমতে অংক কৰে, আৰু প্ৰতিবাৰেই উত্তৰ ভুল হয়।',
        en: '{Name} does proper maths before every jump, and gets the answer wrong every time.',
      },
      {
        text: 'এই ঘৰত এনে কোনো দুৱাৰ নাই, যাৰ লগত {name} মূৰেৰে খুন্দা মাৰি চিনাকি হোৱা নাই।',
        en: 'There is not a door in this house that {name} has not been introduced to, head first.',
      },
      {
        text: '{Name} সদায় কাঁচৰ দুৱাৰত খুন্দা খায়, আৰু সদায় এনে আচৰিত হয় যেন দুৱাৰখন নতুন।',
        en: 'Every time, {name} bumps into the glass door, and every time it is as surprised as if the door were brand new.',
      },
    ],
    vain: [
      {
        text: 'ফোন উলিয়ালেই {name} বেষ্ট এংগলত ঘূৰি বহে, যেন বিয়াৰ ফটোগ্ৰাফাৰ আহিছে।',
        en: 'Take out a phone and {name} turns to its best angle, as if the wedding photographer had arrived.',
      },
      {
        text: '{Name} খোৱা বাটিটোতকৈ আইনাখনলৈহে বেছি চায়, আৰু সেয়া সৰু কথা নহয়।',
        en: '{Name} looks at the mirror more than at the food bowl, and that is no small thing.',
      },
      {
        text: "ইমান ফুটানি, ইমান নখৰা — {name} ধাৰাবাহিকৰ {নায়ক|নায়িকা} হ'লে টিআৰপি আকাশ চুলেহেঁতেন।",
        en: 'So much showing off, so much fuss — if {name} were the {hero|heroine} of a TV serial, the ratings would touch the sky.',
      },
      {
        text: 'গা ধোৱাৰ পাছত {name} এনেকৈ গা জোকাৰে, যেন ৰেম্পত শ্লো-মোচনত খোজ কাঢ়ি আছে।',
        en: 'After a bath {name} shakes itself off as if walking the ramp in slow motion.',
      },
    ],
    scaredy: [
      {
        text: '{Name} একেবাৰে ভয়াতুৰ: ভেকুৱাম ক্লিনাৰ চলিলেই পোনে পোনে খাটৰ তলত।',
        en: '{Name} is a total scaredy-cat: the vacuum cleaner starts and it goes straight under the bed.',
      },
      {
        text: 'এদিন এটা শুকান পাত উৰি গৈছিল, {name} আজিও সেই শ্বকৰ পৰা ওলাব পৰা নাই।',
        en: 'A dry leaf blew past one day, and {name} has still not recovered from the shock.',
      },
      {
        text: 'ঢেৰেকনি মাৰিলে {name} এনেকৈ লুকায় যে পাছত গোটেই ঘৰে মিলি বিচাৰিব লাগে।',
        en: 'When thunder cracks, {name} hides so well that the whole house has to search for it afterwards.',
      },
      {
        text: '{Name} দিনটো বাঘৰ দৰে ফুৰে, যেতিয়ালৈকে কুকাৰৰ হুইচেল নাবাজে।',
        en: '{Name} struts around like a tiger all day, until the pressure cooker whistles.',
      },
    ],
    clingy: [
      {
        text: '{Name} আঠাৰ দৰে লাগি থাকে, বাথৰুমৰ দুৱাৰৰ বাহিৰতো পহৰা দিয়ে।',
        en: '{Name} sticks like glue and stands guard even outside the bathroom door.',
      },
      {
        text: 'দহ ছেকেণ্ড কোঠাৰ বাহিৰ হ\'লেই {name} থানাত এজাহাৰ দিয়াৰ মুখ কৰি বহি থাকে।',
        en: 'Be out of the room for ten seconds and {name} sits there with a face ready to file a police report.',
      },
      {
        text: "ফেভিকলৰ বিজ্ঞাপনৰ আচল মডেল হ'ল {name}, এবাৰ লাগিলে আৰু নেৰে।",
        en: '{Name} is the real model for the Fevicol glue ad: once stuck, it never lets go.',
      },
      {
        text: "লেপটপ খুলিলেই {name} কীব'ৰ্ডত আহি বহে, কিয়নো মনোযোগ কেৱল {তাৰ|তাইৰ} প্ৰাপ্য।",
        en: 'Open the laptop and {name} comes and sits on the keyboard, because attention belongs to it alone.',
      },
    ],
    escape: [
      {
        text: 'পদূলিৰ গেট এক ইঞ্চি খোলা পালেই {name} নিমিষতে উধাও, ঘূৰি আহে ভোক লাগিলেহে।',
        en: 'Find the gate open one inch and {name} vanishes in a flash, coming back only when hungry.',
      },
      {
        text: '{Name} ইমানবাৰ পলাইছে যে চুবুৰীয়াই "হেৰুৱা-বিচৰা" বিজ্ঞাপনটো সাজু কৰি ৰাখিছে।',
        en: '{Name} has run off so many times that the neighbours keep the "lost and found" notice ready.',
      },
      {
        text: '{Name} প্ৰতি নিশা সদৰ দুৱাৰখন এনেকৈ চায়, যেন ডকাইতিৰ প্লান চলি আছে।',
        en: '{Name} studies the front door every night as if a heist were being planned.',
      },
      {
        text: "জেওৰা যিমানেই ওখ নহওক, {name} পাৰ হ'বই — উভতি আহে কেৱল ৰাতিৰ ভাতৰ গোন্ধত।",
        en: 'However high the fence, {name} will get over it — and it only comes back following the smell of dinner.',
      },
    ],
  },
  closers: [
    {
      text: 'তথাপিও তোক বহুত ভাল পাওঁ, {name}। বেছিভাগ দিনেই।',
      en: 'Still, we love you lots, {name}. Most days.',
    },
    {
      text: "এয়াই আছিল ৰ'ষ্ট। এতিয়া {name} সকলো শুনি কাষ লৈ আকৌ শুই পৰিব।",
      en: 'That was the roast. Now {name} will hear it all, turn over and go back to sleep.',
    },
    {
      text: 'যেনেকৈ আছ তেনেকৈয়ে থাক, {name}। ভাৰাখিনি কেৱল মৰমেৰে পৰিশোধ কৰিবি।',
      en: 'Stay just the way you are, {name}. Pay the rent in affection only.',
    },
    {
      text: '{Name}, এয়া ৰ\'ষ্ট নহয়, পাৰফৰমেন্স ৰিভিউ: মৰমলগা, কিন্তু চাকৰিৰ পৰা বাহিৰ।',
      en: '{Name}, this is not a roast, it is a performance review: adorable, but fired.',
    },
    {
      text: 'যিমানেই আমনি নকৰ কিয়, {name}, তই নাথাকিলে ঘৰখন উদং উদং লাগে।',
      en: 'However much you pester us, {name}, the house feels empty without you.',
    },
    {
      text: "মৰম ল'বি, {name}। আৰু অলপ ভদ্ৰ {noun} হোৱাৰ অনুশীলন কৰিবি দেই।",
      en: 'Lots of love, {name}. And do practise being a slightly better-behaved {noun}, okay?',
    },
  ],
  groupClosers: [
    {
      text: 'তহঁতক আটাইকে বহুত ভাল পাওঁ, কিন্তু এই ঘৰখনৰ এতিয়া এটা ছুটী লাগে।',
      en: 'We love every one of you lot, but this house needs a holiday now.',
    },
    {
      text: '{Count} {nouns}, হাজাৰটা কাণ্ড, আৰু এখন ভাগৰুৱা কিন্তু সুখী পৰিয়াল।',
      en: '{Count} {nouns}, a thousand antics, and one tired but happy family.',
    },
    {
      text: 'এই গেংটোক আমি বহুত ভাল পাওঁ, আচবাবপত্ৰবোৰ অৱশ্যে একমত নহয়।',
      en: 'We love this gang dearly; the furniture, of course, does not agree.',
    },
    {
      text: "তহঁত নাথাকিলে জীৱনটো বৰ নিৰস হ'লহেঁতেন, সেয়ে সকলো দুষ্টামি মাফ।",
      en: 'Life would be so dull without you lot, so all the mischief is forgiven.',
    },
  ],
  petWords: {
    dog: ['কুকুৰ', 'কুকুর', 'kukur'],
    cat: ['মেকুৰী', 'মেকুৰি', 'মেকুৰ', 'mekuri', 'mekur', 'mekori'],
    bird: ['চৰাই', 'ভাটৌ', 'শালিকা', 'কুকুৰা', 'পাৰচৰাই', 'sorai', 'xorai', 'chorai', 'bhatou', 'bhatau', 'salika', 'xalika', 'kukura'],
    horse: ['ঘোঁৰা', 'ঘোৰা', 'ghora', 'ghura'],
    sheep: ['ভেড়া', 'ভেৰা', 'bhera', 'bheda'],
    cow: ['গৰু', 'দামুৰি', 'goru', 'damuri'],
    elephant: ['হাতী', 'হাতি', 'hati', 'haati'],
    bear: ['ভালুক', 'bhaluk'],
    zebra: ['জেব্ৰা', 'zebra'],
    giraffe: ['জিৰাফ', 'jiraf', 'giraf'],
  },
  traitWords: {
    lazy: ['এলেহুৱা', 'এলাহ', 'টোপনি', 'শুই', 'শোৱে', 'elehua', 'elehuwa', 'elah', 'tuponi', 'toponi', 'xui', 'shui', 'xuwe'],
    greedy: ['লোভী', 'খায়', 'খোৱা', 'চোৰ', 'চুৰি', 'ভোক', 'লালচী', 'lubhi', 'lobhi', 'khai', 'khuwa', 'khua', 'suri', 'xuri', 'bhok', 'lalsi'],
    loud: ['চিঞৰ', 'ভুকে', 'ভুকা', 'হুলস্থূল', 'মিঞাও', 'হৈ-চৈ', 'sinor', 'chinor', 'xinor', 'bhuke', 'bhuka', 'hulosthul', 'hoi choi'],
    grumpy: ['খঙাল', 'খং', 'খঙ', 'মুখ ফুলাই', 'khongal', 'khangal', 'khong', 'khang', 'mukh fulai'],
    destructive: ['ভাঙে', 'ভাঙি', 'ফালে', 'ফালি', 'চোবা', 'কামোৰ', 'জোতা', 'চেণ্ডেল', 'গাৰু', 'bhange', 'bhangi', 'fale', 'phale', 'sobai', 'chobai', 'kamur', 'juta', 'garu'],
    clumsy: ['উজুটি', 'বাগৰি', 'পিছলি', 'খুন্দা', 'ujuti', 'bagori', 'pisoli', 'pichhali', 'khunda'],
    vain: ['ফুটানি', 'নখৰা', 'আইনা', 'চেলফি', 'সাজি', 'futani', 'phutani', 'nokhora', 'nakhra', 'aina', 'saji', 'xaji'],
    scaredy: ['ভয়', 'ভয়াতুৰ', 'ভীৰু', 'bhoy', 'bhoi', 'bhoyatur', 'bhiru'],
    clingy: ['আঠা', 'লাগি থাকে', 'পিছে পিছে', 'পাছে পাছে', 'মৰম বিচাৰে', 'lagi thake', 'pise pise', 'pase pase', 'morom bisare'],
    escape: ['পলা', 'পলাই', 'পলায়', 'উধাও', 'জেওৰা', 'পদূলি', 'polai', 'palai', 'udhao', 'jewra', 'jeura'],
  },
  numberWords: {
    'দুটা': 2, 'দুই': 2, 'তিনিটা': 3, 'তিনি': 3, 'চাৰিটা': 4, 'চাৰি': 4, 'পাঁচটা': 5, 'পাঁচ': 5, 'ছটা': 6, 'ছয়': 6, 'সাতটা': 7, 'সাত': 7, 'আঠটা': 8, 'আঠ': 8, 'নটা': 9, 'দহটা': 10, 'দহ': 10,
    duta: 2, dui: 2, tinita: 3, tini: 3, sarita: 4, sari: 4, chari: 4, pasta: 5, panch: 5, saat: 7, xat: 7, aath: 8, nota: 9, dohta: 10, doh: 10,
  },
  notNames: ['মোৰ', 'আমাৰ', 'এই', 'এইটো', 'এইজনী', 'সেই', 'নাম', 'নামৰ', 'mur', 'mor', 'amar', 'amr', 'ei', 'eitu', 'eijoni', 'naam', 'namor'],
};
