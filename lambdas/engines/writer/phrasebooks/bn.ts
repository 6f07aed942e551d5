import type { NativePhrasebook } from './types.js';

/**
 * Bengali (bn) roast phrasebook (docs/writer.md, "Phrasebooks"), written natively in colloquial
 * Kolkata Bengali as it is posted on Instagram/Facebook reels ("ল্যাদ খাওয়া", "পগারপার", "ভিতুর ডিম",
 * the school "cow essay", Feluda, Fevicol, the pressure-cooker whistle); not translated from English or Hindi.
 *
 * Grammar notes:
 * - Bengali verbs do not agree in gender; `{m|f}` appears only where a word itself is gendered
 *   (নায়ক/নায়িকা). The class genders follow the usual picture of the animal (cat, bird, cow female).
 * - `{name}` is always a bare nominative subject or a vocative: a Bengali case ending (-কে, -এর) is
 *   never attached to it, so "Bruno" and "ঝুমরি" read alike.
 * - `numbers` carry the classifier (দুটো, তিনটে, পাঁচটা): after a numeral and classifier a Bengali noun
 *   takes no plural ending, so `nouns[cls].many` is the bare noun ("তিনটে কুকুর").
 * - The pet is addressed with the intimate তুই in closers, as Bengali speakers talk to their pets.
 * - Text is in Unicode NFC (a nukta letter such as ড় is stored as ড + ◌়); prompts should be
 *   NFC-normalised before `petWords` / `traitWords` are matched.
 */
export const BENGALI: NativePhrasebook = {
  language: 'bn',
  nouns: {
    dog: { one: 'কুকুর', many: 'কুকুর', gender: 'm' },
    cat: { one: 'বেড়াল', many: 'বেড়াল', gender: 'f' },
    bird: { one: 'পাখি', many: 'পাখি', gender: 'f' },
    horse: { one: 'ঘোড়া', many: 'ঘোড়া', gender: 'm' },
    sheep: { one: 'ভেড়া', many: 'ভেড়া', gender: 'm' },
    cow: { one: 'গরু', many: 'গরু', gender: 'f' },
    elephant: { one: 'হাতি', many: 'হাতি', gender: 'm' },
    bear: { one: 'ভালুক', many: 'ভালুক', gender: 'm' },
    zebra: { one: 'জেব্রা', many: 'জেব্রা', gender: 'm' },
    giraffe: { one: 'জিরাফ', many: 'জিরাফ', gender: 'm' },
  },
  unnamed: { text: '{noun} মশাই', en: 'Mister {noun} (the mock-respectful "moshai" of Bengali children\'s stories: বাঘমশাই, হাতিমশাই)' },
  gangLeader: { text: 'পালের গোদা', en: 'the ringleader (literally "the big one of the herd", the Bengali idiom for a gang\'s boss)', gender: 'm' },
  title: {
    named: { text: 'আজকের রোস্ট: {name}', en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: 'আজকের রোস্ট', en: "Today's roast" },
  },
  numbers: { 2: 'দুটো', 3: 'তিনটে', 4: 'চারটে', 5: 'পাঁচটা', 6: 'ছটা', 7: 'সাতটা', 8: 'আটটা', 9: 'নটা', 10: 'দশটা' },
  mixedNoun: { one: 'পোষ্য', many: 'পোষ্য', gender: 'm' },
  openers: [
    {
      text: 'আজকের রোস্টে {name}: চাকরি নেই, ভাড়া দেয় না, অথচ মেজাজ পুরো বসের।',
      en: 'On today\'s roast, {name}: no job, pays no rent, yet the attitude of a full-on boss.',
    },
    {
      text: 'ব্রেকিং নিউজ: {name} আবার কাণ্ড ঘটিয়েছে, আর এবার প্রমাণসহ ধরা পড়েছে।',
      en: 'Breaking news: {name} has pulled off another stunt, and this time got caught with the evidence.',
    },
    {
      text: '{Name} ভাবছে এটা ফ্যান পেজের ভিডিও। ভুল ভাবছে, একদম ভুল।',
      en: '{Name} thinks this is a fan-page video. Wrong. Totally wrong.',
    },
    {
      text: 'দেখতে নিষ্পাপ, কাজে পুরো সিরিয়ালের ভিলেন — মঞ্চে আসছে {name}!',
      en: 'Looks innocent, behaves like a full TV-serial villain — on stage now, {name}!',
    },
    {
      text: 'খায়, ঘুমোয়, আর গোটা বাড়িকে নাকে দড়ি দিয়ে ঘোরায় — ইনিই {name}, আজকের অতিথি।',
      en: 'Eats, sleeps, and leads the whole house around by a nose-rope (Bengali idiom for bossing everyone) — this is {name}, today\'s guest.',
    },
    {
      text: 'সবাই শক্ত হয়ে বসুন, আজ {name} নিজের সমস্ত কীর্তির হিসেব দেবে।',
      en: 'Everyone hold on tight: today {name} has to answer for all of its "glorious deeds".',
    },
  ],
  groupOpeners: [
    {
      text: 'এখানে {count} {nouns}, আর সবার মাথা এক করলেও বুদ্ধি বেরোবে বড়জোর আধখানা।',
      en: 'There are {count} {nouns} here, and put all their heads together and you get half a brain at most.',
    },
    {
      text: '{Count} {nouns}, একটা বাড়ি, আর শান্তি? সে তো কবেই পগারপার।',
      en: '{Count} {nouns}, one house, and peace? That ran off ages ago ("pogarpar", Bengali slang for vanished).',
    },
    {
      text: 'একটা {noun} সামলানো একটা চাকরি, {count} {nouns} সামলানো মানে রোজ ওভারটাইম।',
      en: 'Handling one {noun} is a job; handling {count} {nouns} means overtime every day.',
    },
    {
      text: '{Count} {nouns} মিলে একটা গ্যাং বানিয়েছে, আর এই বাড়ি এখন ওদের এলাকা।',
      en: '{Count} {nouns} have formed a gang, and this house is now their turf.',
    },
  ],
  classJabs: {
    dog: [
      {
        text: '{Name} ডেলিভারি বয়কে দেখলে মেলায় হারানো ভাই পায়, আর ডাক্তার দেখলেই খাটের তলায়।',
        en: '{Name} greets the delivery guy like the brother lost at the fair in old films, but one look at the vet and it is straight under the bed.',
      },
      {
        text: '{Name} সারাদিন নিজের লেজের পিছনে দৌড়োয়, আর রোজ ম্যাচটা হেরে বসে থাকে।',
        en: '{Name} chases its own tail all day and loses the match every single time.',
      },
      {
        text: '{Name} একটাই খেলা জানে: খাবার না আসা পর্যন্ত ড্যাবড্যাব করে তাকিয়ে থাকা।',
        en: '{Name} knows exactly one trick: staring wide-eyed until food shows up.',
      },
      {
        text: 'রাত দুটোয় {name} পাড়ার সব কুকুরের সঙ্গে ঘেউ ঘেউ করে গ্রুপ কল করে।',
        en: 'At 2 a.m. {name} holds a group call with every dog in the neighbourhood, entirely in barks.',
      },
    ],
    cat: [
      {
        text: '{Name} টেবিল থেকে জিনিস ফেলে দেখে, মাধ্যাকর্ষণ আজও ডিউটিতে আছে কিনা।',
        en: '{Name} knocks things off the table to check that gravity has shown up for duty today.',
      },
      {
        text: 'হাজার টাকার বিছানা পড়ে রইল, আর {name} ঘুমোচ্ছে তার খালি কার্টনে।',
        en: 'The thousand-rupee bed lies unused, and {name} sleeps in the empty carton it came in.',
      },
      {
        text: '{Name} আমাদের এমনভাবে দেখে, যেন আমরা ওর মাইনে করা স্টাফ, তাও রোজ লেট।',
        en: '{Name} looks at us as if we were its salaried staff, and late every day at that.',
      },
      {
        text: '{Name} সারাদিন ঘুমোয়, আর ঠিক রাত তিনটেয় বাড়িময় ম্যারাথন দৌড়োয়।',
        en: '{Name} sleeps all day and runs a marathon through the house at exactly 3 a.m.',
      },
    ],
    bird: [
      {
        text: '{Name} বাড়ির সব রিংটোন নকল করে, অথচ কাজের একটা কথাও শেখেনি।',
        en: '{Name} copies every ringtone in the house, yet has never learned one useful word.',
      },
      {
        text: 'ভোর পাঁচটায় {name} এমন চেঁচায়, যেন সূর্য ওঠার আগে ওর পারমিশন লাগে।',
        en: 'At 5 a.m. {name} screams as if the sun needs its permission to rise.',
      },
      {
        text: '{Name} আয়নার ভেতরের পাখিটার সঙ্গে রোজ ঝগড়া করে, আর রোজ হেরে যায়।',
        en: '{Name} picks a fight with the bird inside the mirror every day, and loses every day.',
      },
      {
        text: 'খাঁচার দরজা খোলা থাকলেও {name} বেরোয় না, বাইরে ওয়াইফাই নেই বলে।',
        en: 'Even with the cage door open {name} will not go out, because there is no Wi-Fi outside.',
      },
    ],
    horse: [
      {
        text: '{Name} দৌড়োলে রেসের ঘোড়া, থেমে গেলে সরকারি অফিসের ফাইল — আর নড়ানো যায় না।',
        en: 'Running, {name} is a racehorse; once it stops, it is a government-office file — nothing can move it.',
      },
      {
        text: '{Name} ঘাস খায় বুফের মতো, তারপর ডেজার্টে গাজর না পেলে মুখ ঘুরিয়ে নেয়।',
        en: '{Name} eats grass like it is a buffet, then turns its face away if there is no carrot for dessert.',
      },
      {
        text: '{Name} কেশর এমনভাবে দোলায়, যেন স্লো মোশনে শ্যাম্পুর অ্যাড শুট হচ্ছে।',
        en: '{Name} tosses its mane as if a slow-motion shampoo ad were being shot.',
      },
    ],
    sheep: [
      {
        text: 'সামনের জন যেদিকে, {name} সেদিকে — নিজের মাথা খাটানো আজও সিলেবাসের বাইরে।',
        en: 'Wherever the one in front goes, {name} goes — using its own head is still outside the syllabus. (Bengali calls blind followers "a herd of sheep".)',
      },
      {
        text: 'শীত এলে সবাই সোয়েটার কেনে, আর {name} নিজেই একটা আস্ত সোয়েটারের দোকান।',
        en: 'When winter comes everyone buys sweaters, and {name} is a whole sweater shop all by itself.',
      },
      {
        text: '{Name} সারাদিন শুধু "ব্যা" বলে, যেন সব প্রশ্নের উত্তর ওটাই।',
        en: '{Name} says nothing but "baa" all day, as if that answers every question.',
      },
    ],
    cow: [
      {
        text: 'গরুর রচনা সবাই মুখস্থ করেছিল, আর {name} সেটা রোজ লাইন ধরে অভিনয় করে দেখায়।',
        en: 'We all memorised the school essay on the cow; {name} acts it out line by line every day. (The "cow essay" is a classic Bengali school joke.)',
      },
      {
        text: '{Name} এক মুঠো ঘাস এক ঘণ্টা ধরে জাবর কাটে, যেন গভীর কোনও দর্শন নিয়ে ভাবছে।',
        en: '{Name} chews the cud over one mouthful of grass for an hour, as if pondering deep philosophy. ("Chewing the cud" also means endlessly rehashing in Bengali.)',
      },
      {
        text: '{Name} সারাদিন এক জায়গায় দাঁড়িয়ে, তবু মুখ দেখে মনে হয় মিটিংয়ের পর মিটিং।',
        en: '{Name} stands in one spot all day, yet its face says back-to-back meetings.',
      },
    ],
    elephant: [
      {
        text: 'হাতির স্মৃতিশক্তি নিয়ে এত গল্প, অথচ কলাগুলো কে দিল {name} রোজ ভুলে যায়।',
        en: "So many stories about an elephant's memory, yet every day {name} forgets who gave it the bananas.",
      },
      {
        text: '{Name} কাদায় গড়াগড়ি খেয়ে ঘোষণা করে, আজ আমার স্পা ডে।',
        en: '{Name} rolls around in the mud and announces: today is my spa day.',
      },
      {
        text: '{Name} শুঁড় দিয়ে জল ছিটিয়ে সবাইকে ভিজিয়ে দেয়, তারপর এমন মুখ করে যেন বৃষ্টি হয়েছে।',
        en: '{Name} sprays everyone with its trunk, then puts on a face as if it just rained.',
      },
    ],
    bear: [
      {
        text: 'শীতঘুমের নাম করে {name} তিন মাস ঘুমোয়, আর বাকি ন মাস ঘুমোয় অভ্যেসে।',
        en: '{Name} sleeps three months in the name of hibernation, and the other nine out of habit.',
      },
      {
        text: 'দূর থেকে {name} একদম টেডি বিয়ার, কাছে গেলে বোঝা যায় টেডিটার মেজাজ কতটা গরম।',
        en: 'From afar {name} is a perfect teddy bear; up close you find out how hot-tempered the teddy is.',
      },
      {
        text: 'মধুর শিশি দেখলেই {name} ফেলুদা হয়ে যায়, ঢাকনা খুলতে লাগে দশ সেকেন্ড।',
        en: 'One look at a honey jar and {name} turns into Feluda (the beloved Bengali fictional detective); the lid takes ten seconds.',
      },
    ],
    zebra: [
      {
        text: '{Name} সারাজীবন একটাই ডোরাকাটা জামা পরে ঘোরে, লন্ড্রির বিল শূন্য।',
        en: '{Name} wears the same striped outfit all its life; laundry bill: zero.',
      },
      {
        text: '{Name} রাস্তা পেরোলে গাড়িগুলো বুঝতেই পারে না কোনটা জেব্রা আর কোনটা ক্রসিং।',
        en: 'When {name} crosses the road, drivers cannot tell which is the zebra and which is the crossing.',
      },
      {
        text: '{Name} দেখতে একটা বারকোড, স্ক্যান করলে দাম আসবে শুধু "ঝামেলা"।',
        en: '{Name} looks like a barcode; scan it and the price reads just "trouble".',
      },
    ],
    giraffe: [
      {
        text: '{Name} গলা বাড়িয়ে পাশের বাড়ির রান্নাঘরেও উঁকি মারে, খবর না রাখলে চলে না।',
        en: "{Name} stretches its neck to peek into the neighbours' kitchen too; it simply must stay updated.",
      },
      {
        text: '{Name} সবার চেয়ে লম্বা, তাই সব কথাই ওর মাথার ওপর দিয়ে বেরিয়ে যায়।',
        en: '{Name} is taller than everyone, so every conversation goes right over its head. (In Bengali too, "over the head" means not understood.)',
      },
      {
        text: 'জল খেতে {name} যেভাবে পা ছড়িয়ে নিচু হয়, তাতে একটা গোটা যোগব্যায়ামের ক্লাস হয়ে যায়।',
        en: 'The way {name} splays its legs to bend down for a drink is an entire yoga class.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} এমন ল্যাদ খায় যে ঘুম থেকে উঠেই আবার ভাতঘুমের প্ল্যান করে।',
        en: '{Name} lazes so hard ("lyad khawa", Bengali slang) that it wakes up and immediately plans the after-lunch nap.',
      },
      {
        text: 'রোদ যেদিকে সরে, {name} গড়িয়ে গড়িয়ে সেদিকে যায় — সারাদিনের জিম বলতে ওইটুকুই।',
        en: 'Wherever the sunlight moves, {name} rolls over there — that is the whole day\'s gym.',
      },
      {
        text: 'ল্যাদের অলিম্পিক হলে {name} সোনা জিতত, শুধু মেডেল নিতে উঠতে হবে বলে যায়নি।',
        en: 'If there were a laziness Olympics, {name} would win gold; it skipped it only because collecting the medal meant getting up.',
      },
      {
        text: '{Name} দিনে ষোলো ঘণ্টা ঘুমোয়, বাকি আট ঘণ্টা ঘুমোনোর জায়গা খোঁজে।',
        en: '{Name} sleeps sixteen hours a day and spends the other eight looking for a place to sleep.',
      },
    ],
    greedy: [
      {
        text: 'চিপসের প্যাকেট খোলার শব্দ {name} তিনতলা থেকেও শোনে, শুধু "না" কথাটা শোনে না।',
        en: '{Name} hears a chips packet open from three floors away; the one word it never hears is "no".',
      },
      {
        text: 'পাত থেকে এক সেকেন্ড চোখ সরালেই {name} লুচিটাকে দান বলে ধরে নেয়।',
        en: 'Look away from your plate for one second and {name} takes your luchi (fried bread) as a donation.',
      },
      {
        text: 'রান্নাঘর থেকে ভালো কিছুর গন্ধ বেরোলেই {name} দরজার সামনে ধর্নায় বসে পড়ে।',
        en: 'The moment something good smells in the kitchen, {name} stages a sit-in protest at the door.',
      },
      {
        text: 'ফ্রিজের দরজা খোলার আওয়াজ হলে {name} যেখানেই থাকুক, চোখের পলকে হাজির।',
        en: 'At the sound of the fridge door, wherever {name} may be, it appears in the blink of an eye.',
      },
      {
        text: '{Name} এমন মুখ করে যেন সাত দিন কিছু খায়নি, অথচ দশ মিনিট আগেই দুবার খেয়েছে।',
        en: '{Name} looks as if it has not eaten for a week, when it ate twice just ten minutes ago.',
      },
    ],
    loud: [
      {
        text: 'পাড়ার মাইক খারাপ হলেও চিন্তা নেই, {name} একাই গোটা অনুষ্ঠান চালিয়ে দেবে।',
        en: 'If the neighbourhood loudspeaker breaks, no worries: {name} can run the whole function alone.',
      },
      {
        text: 'ডোরবেল বাজলেই {name} এমন হইচই বাধায়, যেন বরযাত্রী এসে পড়েছে।',
        en: "The moment the doorbell rings, {name} raises such a racket you would think the groom's wedding party had arrived.",
      },
      {
        text: 'রাত তিনটেয় {name} যা কনসার্ট করে, পাশের বাড়ির লোকেরা এখন টিকিট চাইছে।',
        en: 'The concert {name} puts on at 3 a.m. is such that the neighbours are now asking for tickets.',
      },
      {
        text: 'নীরবতা নাকি সোনার চেয়েও দামি, তাই বোধহয় {name} কোনওদিন ওটা কিনে উঠতে পারেনি।',
        en: 'They say silence is more precious than gold, which is probably why {name} has never been able to afford any.',
      },
    ],
    grumpy: [
      {
        text: '{Name} সারাক্ষণ এমন গোমড়া মুখে থাকে, যেন এইমাত্র ইলেকট্রিক বিল দেখে ফেলেছে।',
        en: '{Name} sulks all the time, as if it has just seen the electricity bill.',
      },
      {
        text: 'বাড়ির সবাইকে {name} রোজ মার্কশিট দেয়, আর এখনও একজনও পাস করেনি।',
        en: '{Name} hands everyone in the house a marksheet every day, and not one person has passed yet.',
      },
      {
        text: 'আদর করতে গেলে {name} যে লুকটা দেয়, তাতে মনে হয় আগে দরখাস্ত করা উচিত ছিল।',
        en: 'Try to cuddle {name} and the look you get says you should have filed an application first.',
      },
      {
        text: '{Name} একদিন ভুল পাশ ফিরে উঠেছিল, সেই থেকে মেজাজটা ওখানেই আটকে।',
        en: '{Name} woke up on the wrong side one day, and the mood has been stuck there ever since.',
      },
    ],
    destructive: [
      {
        text: '{Name} এ বছর যত চটি চিবিয়েছে, তাতে একটা জুতোর দোকান খোলা যেত।',
        en: '{Name} has chewed enough slippers this year to open a shoe shop.',
      },
      {
        text: 'বালিশ ছিঁড়ে ঘরময় তুলো উড়িয়ে {name} ঘরের মধ্যেই দার্জিলিংয়ের বরফ নামিয়ে আনে।',
        en: 'Ripping pillows and filling the room with cotton, {name} brings Darjeeling snowfall right indoors.',
      },
      {
        text: '{Name} খেলনা নিয়ে খেলে না, খুলে দেখে ভেতরে কী আছে — তারপর আর জোড়া লাগে না।',
        en: '{Name} does not play with toys; it opens them to see what is inside — and they never go back together.',
      },
      {
        text: 'নতুন সোফা দেখে {name} ভাবল, যাক, অবশেষে একটা প্রজেক্ট পাওয়া গেল।',
        en: 'Seeing the new sofa, {name} thought: finally, a project.',
      },
    ],
    clumsy: [
      {
        text: '{Name} সমান মেঝেতেও হোঁচট খায়, তারপর মেঝের দিকে এমন তাকায় যেন দোষটা মেঝের।',
        en: '{Name} trips on a perfectly flat floor, then glares at the floor as if the floor were to blame.',
      },
      {
        text: '{Name} লাফ দেওয়ার আগে রীতিমতো অঙ্ক কষে, আর প্রতিবার উত্তর ভুল হয়।',
        en: '{Name} does proper maths before every jump, and gets the answer wrong every time.',
      },
      {
        text: 'বাড়িতে এমন কোনও দরজা নেই, যার সঙ্গে {name} মাথা ঠুকে আলাপ করেনি।',
        en: 'There is not a door in this house that {name} has not been introduced to, head first.',
      },
      {
        text: '{Name} রোজ কাচের দরজায় ধাক্কা খায়, আর রোজ এমন অবাক হয় যেন দরজাটা নতুন।',
        en: 'Every day {name} bumps into the glass door, and every day it is as surprised as if the door were brand new.',
      },
    ],
    vain: [
      {
        text: 'ফোন তুললেই {name} সেরা অ্যাঙ্গেলে ঘুরে বসে, যেন বিয়েবাড়ির ফটোগ্রাফার এসেছে।',
        en: 'Pick up a phone and {name} turns to its best angle, as if the wedding photographer had arrived.',
      },
      {
        text: '{Name} খাবারের বাটির চেয়েও বেশি আয়নার দিকে তাকায়, আর সেটা মোটেই ছোট কথা নয়।',
        en: '{Name} looks at the mirror more than at the food bowl, and that is no small thing.',
      },
      {
        text: 'এত ঢং, এত ন্যাকামি — {name} সিরিয়ালের {নায়ক|নায়িকা} হলে টিআরপি আকাশ ছুঁত।',
        en: 'So much drama, so much coyness — if {name} were the {hero|heroine} of a TV serial, the ratings would touch the sky.',
      },
      {
        text: 'স্নানের পর {name} এমনভাবে গা ঝাড়া দেয়, যেন র‍্যাম্পে স্লো মোশনে হাঁটছে।',
        en: 'After a bath {name} shakes itself off as if walking the ramp in slow motion.',
      },
    ],
    scaredy: [
      {
        text: '{Name} একটা আস্ত ভিতুর ডিম: ভ্যাকুয়াম ক্লিনার চালু হলেই সোজা খাটের তলায়।',
        en: '{Name} is a total "scaredy egg" (Bengali for a big coward): the vacuum cleaner starts and it is straight under the bed.',
      },
      {
        text: 'একবার একটা শুকনো পাতা উড়ে গিয়েছিল, {name} আজও সেই শক থেকে বেরোতে পারেনি।',
        en: 'A dry leaf blew past once, and {name} has still not recovered from the shock.',
      },
      {
        text: 'বাজ পড়লে {name} এমন লুকোয় যে পরে গোটা বাড়ি মিলে খুঁজতে হয়।',
        en: 'When thunder strikes, {name} hides so well that the whole house has to search for it afterwards.',
      },
      {
        text: '{Name} সারাদিন বাঘের মতো ঘোরে, যতক্ষণ না প্রেশার কুকারের সিটি বাজে।',
        en: '{Name} struts around like a tiger all day, until the pressure cooker whistles.',
      },
    ],
    clingy: [
      {
        text: '{Name} এমন ন্যাওটা যে বাথরুমের দরজার বাইরেও পাহারা দেয়।',
        en: '{Name} is so attached ("nyaota") that it stands guard even outside the bathroom door.',
      },
      {
        text: 'ঘর থেকে দশ সেকেন্ড বেরোলেই {name} থানায় নিখোঁজ ডায়েরি করার মুখ করে বসে থাকে।',
        en: 'Leave the room for ten seconds and {name} sits there with a face ready to file a missing-person report with the police.',
      },
      {
        text: 'ফেভিকলের বিজ্ঞাপনের আসল মডেল {name}, একবার লাগলে আর ছাড়ে না।',
        en: '{Name} is the real model for the Fevicol glue ad: once stuck, it never lets go.',
      },
      {
        text: 'ল্যাপটপ খুললেই {name} কিবোর্ডে এসে বসে, কারণ মনোযোগ শুধু ওরই প্রাপ্য।',
        en: 'Open the laptop and {name} comes and sits on the keyboard, because attention belongs to it alone.',
      },
    ],
    escape: [
      {
        text: 'গেট এক ইঞ্চি খোলা পেলেই {name} পগারপার, ফেরে সেই খিদে পেলে।',
        en: 'Find the gate open one inch and {name} is gone ("pogarpar", Bengali slang), back only when hunger strikes.',
      },
      {
        text: '{Name} এতবার পালিয়েছে যে পাড়ার লোক এখন "হারানো-প্রাপ্তি" বিজ্ঞাপনটা তৈরি রাখে।',
        en: '{Name} has run off so many times that the neighbours now keep the "lost and found" notice ready.',
      },
      {
        text: '{Name} রোজ রাতে সদর দরজাটা এমনভাবে জরিপ করে, যেন ব্যাংক ডাকাতির প্ল্যান চলছে।',
        en: '{Name} surveys the front door every night as if planning a bank heist.',
      },
      {
        text: 'পাঁচিল যত উঁচুই হোক, {name} টপকাবেই — ফেরে শুধু রাতের খাবারের গন্ধে।',
        en: 'However high the wall, {name} will get over it — and it only comes back following the smell of dinner.',
      },
    ],
  },
  closers: [
    {
      text: 'তাও তোকে খুব ভালোবাসি, {name}। বেশিরভাগ দিন।',
      en: 'Still, we love you lots, {name}. Most days.',
    },
    {
      text: 'এই ছিল রোস্ট। এখন {name} সব শুনে পাশ ফিরে আবার ঘুমোবে।',
      en: 'That was the roast. Now {name} will hear it all, roll over and go back to sleep.',
    },
    {
      text: 'যেমন আছিস তেমনই থাক, {name}। ভাড়াটা শুধু আদরে মিটিয়ে দিস।',
      en: 'Stay just the way you are, {name}. Just pay the rent in cuddles.',
    },
    {
      text: '{Name}, এটা রোস্ট ছিল না, পারফরম্যান্স রিভিউ ছিল: মিষ্টি, কিন্তু চাকরি নট।',
      en: '{Name}, that was not a roast, it was a performance review: sweet, but fired ("chakri not", Bengali slang for sacked).',
    },
    {
      text: 'যতই জ্বালাস, {name}, তুই না থাকলে বাড়িটা ফাঁকা ফাঁকা লাগে।',
      en: 'However much you pester us, {name}, the house feels empty without you.',
    },
    {
      text: 'ভালোবাসা নিস, {name}। আর প্লিজ, একটু ভদ্র {noun} হওয়ার প্র্যাকটিস কর।',
      en: 'Lots of love, {name}. And please, practise being a slightly better-behaved {noun}.',
    },
  ],
  groupClosers: [
    {
      text: 'তোদের সবাইকে খুব ভালোবাসি, কিন্তু এই বাড়িটার এবার একটা ছুটি দরকার।',
      en: 'We love every one of you lot, but this house needs a holiday now.',
    },
    {
      text: '{Count} {nouns}, হাজারটা কাণ্ড, আর একটা ক্লান্ত কিন্তু খুশি পরিবার।',
      en: '{Count} {nouns}, a thousand antics, and one tired but happy family.',
    },
    {
      text: 'এই গ্যাংটাকে আমরা খুব ভালোবাসি, আসবাবপত্রগুলো অবশ্য একমত নয়।',
      en: 'We love this gang dearly; the furniture, of course, does not agree.',
    },
    {
      text: 'তোরা না থাকলে জীবনটা বড্ড পানসে হত, তাই সব দুষ্টুমি মাফ।',
      en: 'Life would be so bland without you lot, so all the mischief is forgiven.',
    },
  ],
  petWords: {
    dog: ['কুকুর', 'কুত্তা', 'নেড়ি', 'kukur', 'kuttaa', 'neri', 'nedi'],
    cat: ['বেড়াল', 'বিড়াল', 'বিলাই', 'মেনি', 'হুলো', 'beral', 'biral', 'biraal', 'beraal', 'bilai', 'meni', 'hulo'],
    bird: ['পাখি', 'টিয়া', 'ময়না', 'চড়ুই', 'পায়রা', 'কাকাতুয়া', 'মুরগি', 'pakhi', 'tia', 'tiya', 'moyna', 'payra', 'kakatua', 'murgi'],
    horse: ['ঘোড়া', 'টাট্টু', 'ghora', 'ghoda', 'tattu'],
    sheep: ['ভেড়া', 'bhera', 'bheda', 'vera'],
    cow: ['গরু', 'বাছুর', 'ষাঁড়', 'goru', 'garu', 'bachur', 'bachhur'],
    elephant: ['হাতি', 'হাতী', 'hati', 'haati'],
    bear: ['ভালুক', 'ভাল্লুক', 'bhaluk', 'bhalluk', 'valuk'],
    zebra: ['জেব্রা', 'zebra'],
    giraffe: ['জিরাফ', 'jiraf', 'giraf'],
  },
  traitWords: {
    lazy: ['অলস', 'কুঁড়ে', 'ল্যাদ', 'ঘুম', 'ঝিমো', 'olos', 'alos', 'ólos', 'alsi', 'kure', 'kunre', 'lyad', 'lyadh', 'ghum'],
    greedy: ['হ্যাংলা', 'পেটুক', 'লোভী', 'খায়', 'খাবার', 'খাওয়া', 'খিদে', 'চুরি', 'চোর', 'hangla', 'petuk', 'lobhi', 'khay', 'khabar', 'khawa', 'khide', 'churi', 'chor'],
    loud: ['চেঁচা', 'চ্যাঁচা', 'চিৎকার', 'ঘেউ', 'মিউ', 'ম্যাও', 'হইচই', 'ডাকাডাকি', 'checha', 'chechay', 'chyacha', 'chitkar', 'gheu', 'ghew', 'myao', 'hoichoi'],
    grumpy: ['রাগী', 'রাগ', 'খিটখিটে', 'গোমড়া', 'মেজাজ', 'খ্যাঁক', 'ragi', 'raagi', 'khitkhite', 'gomra', 'mejaj', 'khyak'],
    destructive: ['ভাঙ', 'ছিঁড়', 'ছেঁড়', 'চিবো', 'চিবিয়ে', 'কামড়', 'তছনছ', 'চটি', 'জুতো', 'বালিশ', 'bhang', 'chhire', 'chire', 'chibo', 'chibiye', 'kamor', 'tochnoch', 'choti', 'juto', 'balish'],
    clumsy: ['হোঁচট', 'আছাড়', 'পিছলে', 'পড়ে যায়', 'ক্যাবলা', 'হাঁদা', 'hochot', 'honchot', 'achhar', 'pichle', 'pore jay', 'kyabla', 'kabla', 'handa'],
    vain: ['ঢং', 'ন্যাকা', 'সাজুগুজু', 'আয়না', 'সেলফি', 'পোজ', 'ফুটানি', 'dhong', 'dhang', 'nyaka', 'sajuguju', 'ayna', 'aina', 'futani'],
    scaredy: ['ভিতু', 'ভীতু', 'ভয়', 'bhitu', 'vitu', 'bhoy', 'bhoi', 'voy'],
    clingy: ['ন্যাওটা', 'আদুরে', 'পিছু পিছু', 'পিছন পিছন', 'আঠা', 'কোলে', 'nyaota', 'naota', 'adure', 'aadure', 'pichu pichu', 'pichhu pichhu', 'kole'],
    escape: ['পালা', 'পালিয়ে', 'পগারপার', 'পাঁচিল', 'গেট', 'pala', 'paliye', 'palay', 'pogarpar', 'panchil'],
  },
  numberWords: {
    'দুই': 2, 'দুটো': 2, 'দুটি': 2, 'তিন': 3, 'তিনটে': 3, 'চার': 4, 'চারটে': 4, 'পাঁচ': 5, 'ছয়': 6, 'ছটা': 6, 'সাত': 7, 'আট': 8, 'নয়': 9, 'দশ': 10,
    dui: 2, duto: 2, duti: 2, tin: 3, tinte: 3, char: 4, charte: 4, panch: 5, chhoy: 6, choy: 6, sat: 7, aat: 8, noy: 9, dosh: 10,
  },
  notNames: ['আমার', 'আমাদের', 'এই', 'ওই', 'নাম', 'নামের', 'একটু', 'amar', 'amader', 'amr', 'ei', 'oi', 'naam', 'namer', 'ektu'],
};
