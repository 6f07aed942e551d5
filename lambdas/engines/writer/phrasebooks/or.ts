import type { NativePhrasebook } from './types.js';

/**
 * Odia (or) roast phrasebook (docs/writer.md, "Phrasebooks"), written natively in colloquial Odia as it
 * is posted on Odia reels and meme pages ("ଅଳସୁଆ", "ରାଗୁଆ", "ଡରୁଆ", the nap after pakhala, rasagola,
 * "ଗେଲ କରିବା", the school cow essay); not translated from English, Hindi or Bengali.
 *
 * Grammar notes:
 * - Odia verbs and pronouns (ସେ, ତା'ର) do not mark gender; `{m|f}` appears only where a word itself is
 *   gendered (ହିରୋ / ହିରୋଇନ୍). The class genders follow the usual picture of the animal.
 * - `{name}` is a bare nominative subject, a vocative, or followed by the separate postposition ପାଖରେ;
 *   an Odia case ending (-କୁ, -ର, -ରେ) is never attached to it, so "Bruno" and "ଝୁମ୍‌କି" read alike.
 * - `numbers` carry the classifier (ଦୁଇଟା, ତିନିଟା); after a numeral and classifier the noun takes no plural
 *   ending, so `nouns[cls].many` is the bare noun ("ତିନିଟା କୁକୁର").
 * - The pet is addressed with the intimate ତୁ in closers, as Odia speakers talk to their pets.
 * - Text is in Unicode NFC (ଡ଼ is stored as ଡ + ◌଼); prompts should be NFC-normalised before
 *   `petWords` / `traitWords` are matched.
 */
export const ODIA: NativePhrasebook = {
  language: 'or',
  nouns: {
    dog: { one: 'କୁକୁର', many: 'କୁକୁର', gender: 'm' },
    cat: { one: 'ବିଲେଇ', many: 'ବିଲେଇ', gender: 'f' },
    bird: { one: 'ଚଢ଼େଇ', many: 'ଚଢ଼େଇ', gender: 'f' },
    horse: { one: 'ଘୋଡ଼ା', many: 'ଘୋଡ଼ା', gender: 'm' },
    sheep: { one: 'ମେଣ୍ଢା', many: 'ମେଣ୍ଢା', gender: 'm' },
    cow: { one: 'ଗାଈ', many: 'ଗାଈ', gender: 'f' },
    elephant: { one: 'ହାତୀ', many: 'ହାତୀ', gender: 'm' },
    bear: { one: 'ଭାଲୁ', many: 'ଭାଲୁ', gender: 'm' },
    zebra: { one: 'ଜେବ୍ରା', many: 'ଜେବ୍ରା', gender: 'm' },
    giraffe: { one: 'ଜିରାଫ', many: 'ଜିରାଫ', gender: 'm' },
  },
  unnamed: { text: '{noun} ବାବୁ', en: 'Mister {noun} (the affectionate, mock-formal Odia "babu")' },
  gangLeader: { text: 'ଦଳର ମୁଖିଆ', en: "the gang's chief", gender: 'm' },
  title: {
    named: { text: 'ଆଜିର ରୋଷ୍ଟ: {name}', en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: 'ଆଜିର ରୋଷ୍ଟ', en: "Today's roast" },
  },
  numbers: { 2: 'ଦୁଇଟା', 3: 'ତିନିଟା', 4: 'ଚାରିଟା', 5: 'ପାଞ୍ଚଟା', 6: 'ଛଅଟା', 7: 'ସାତଟା', 8: 'ଆଠଟା', 9: 'ନଅଟା', 10: 'ଦଶଟା' },
  mixedNoun: { one: 'ପୋଷା ଜୀବ', many: 'ପୋଷା ଜୀବ', gender: 'm' },
  openers: [
    {
      text: 'ଆଜିର ରୋଷ୍ଟରେ {name}: ଚାକିରି ନାହିଁ, ଭଡ଼ା ଦିଏନି, ହେଲେ ହୁକୁମ ଚାଲେ ପୂରା ଘରେ।',
      en: 'On today\'s roast, {name}: no job, pays no rent, yet its orders run the whole house.',
    },
    {
      text: 'ବ୍ରେକିଂ ନ୍ୟୁଜ୍: {name} ପୁଣି ଗୋଟେ କାଣ୍ଡ କରିଛି, ଆଉ ଏଥର ପ୍ରମାଣ ସହିତ ଧରା ପଡ଼ିଛି।',
      en: 'Breaking news: {name} has pulled another stunt, and this time got caught with the evidence.',
    },
    {
      text: '{Name} ଭାବୁଛି ଏଇଟା ପ୍ରଶଂସା ଭିଡିଓ। ଆହା ରେ, ଭୁଲ ଭାବୁଛି।',
      en: '{Name} thinks this is a video full of praise. Aww, poor thing, it thinks wrong.',
    },
    {
      text: 'ଦେଖିବାକୁ ଏକଦମ ନିରୀହ, କାମରେ ପୂରା ସିରିଏଲ ଭିଲେନ — ଆସୁଛି {name}!',
      en: 'Totally innocent to look at, a full TV-serial villain in action — here comes {name}!',
    },
    {
      text: 'ଖାଏ, ଶୁଏ, ଆଉ ପୂରା ଘରକୁ ଆଙ୍ଗୁଠି ଇସାରାରେ ନଚାଏ — ଏଇ ହେଲା {name}, ଆଜିର ଅତିଥି।',
      en: "Eats, sleeps, and makes the whole house dance at the flick of a finger — this is {name}, today's guest.",
    },
    {
      text: 'ସମସ୍ତେ ଭଲକରି ବସନ୍ତୁ, ଆଜି {name} ନିଜ କୀର୍ତ୍ତିର ହିସାବ ଦେବ।',
      en: 'Everyone get comfortable: today {name} has to account for all of its "glorious deeds".',
    },
  ],
  groupOpeners: [
    {
      text: 'ଏଠି {count} {nouns}, ଆଉ ସମସ୍ତଙ୍କ ମୁଣ୍ଡ ମିଶାଇଲେ ବି ବୁଦ୍ଧି ବାହାରିବ ବେଶୀରୁ ବେଶୀ ଅଧା।',
      en: 'There are {count} {nouns} here, and put all their heads together and you get half a brain at most.',
    },
    {
      text: '{Count} {nouns}, ଗୋଟିଏ ଘର, ଆଉ ଶାନ୍ତି? ସେଇଟା କେବେଠୁ ପଳେଇଲାଣି।',
      en: '{Count} {nouns}, one house, and peace? That ran away ages ago.',
    },
    {
      text: 'ଗୋଟିଏ {noun} ସମ୍ଭାଳିବା ଚାକିରି, {count} {nouns} ସମ୍ଭାଳିବା ମାନେ ଡବଲ ସିଫ୍ଟ।',
      en: 'Handling one {noun} is a job; handling {count} {nouns} is a double shift.',
    },
    {
      text: '{Count} {nouns} ମିଶି ଗୋଟେ ଗ୍ୟାଙ୍ଗ ବନେଇଛନ୍ତି, ଆଉ ଏ ଘର ଏବେ ସେମାନଙ୍କ ଇଲାକା।',
      en: '{Count} {nouns} have formed a gang, and this house is now their turf.',
    },
  ],
  classJabs: {
    dog: [
      {
        text: 'ଡେଲିଭରି ବାଲାଙ୍କୁ ଦେଖି {name} ମେଳାରେ ହଜିଥିବା ଭାଇ ପାଏ, ଡାକ୍ତରଙ୍କୁ ଦେଖି ସିଧା ଖଟ ତଳେ।',
        en: '{Name} greets the delivery man like the brother lost at the fair in old films, but sees the vet and goes straight under the bed.',
      },
      {
        text: '{Name} ଦିନସାରା ନିଜ ଲାଞ୍ଜ ପଛରେ ଦୌଡ଼େ, ଆଉ ପ୍ରତିଥର ମ୍ୟାଚ ହାରିଯାଏ।',
        en: '{Name} chases its own tail all day long and loses the match every single time.',
      },
      {
        text: '{Name} ଗୋଟିଏ ହିଁ ଟ୍ରିକ ଜାଣେ: ଖାଇବା ନ ଆସିବା ଯାଏଁ ଆଖି ମେଲି ଅନେଇ ରହିବା।',
        en: '{Name} knows exactly one trick: staring wide-eyed until food arrives.',
      },
      {
        text: 'ରାତି ଦୁଇଟାରେ {name} ପଡ଼ାର ସବୁ କୁକୁରଙ୍କ ସହ ଭୁକି ଭୁକି ଗ୍ରୁପ କଲ କରେ।',
        en: 'At 2 a.m. {name} holds a group call with every dog in the neighbourhood, entirely in barks.',
      },
    ],
    cat: [
      {
        text: 'ମାଧ୍ୟାକର୍ଷଣ ଏବେ ବି କାମ କରୁଛି କି ନାହିଁ ଦେଖିବାକୁ {name} ଟେବୁଲରୁ ଜିନିଷ ପକାଏ।',
        en: 'To check whether gravity still works today, {name} pushes things off the table.',
      },
      {
        text: 'ଦାମୀ ବିଛଣାଟା ପଡ଼ି ରହିଲା, ଆଉ {name} ଶୋଇଛି ତାର ଖାଲି ବାକ୍ସ ଭିତରେ।',
        en: 'The expensive bed lies unused, and {name} sleeps inside the empty box it came in.',
      },
      {
        text: '{Name} ଆମକୁ ଏମିତି ଚାହେଁ, ଯେମିତି ଆମେ ତା\'ର ଲେଟ କରି ଆସୁଥିବା କର୍ମଚାରୀ।',
        en: '{Name} looks at us as if we were its staff who keep turning up late.',
      },
      {
        text: '{Name} ଦିନସାରା ଶୁଏ, ଆଉ ଠିକ ରାତି ତିନିଟାରେ ପୂରା ଘରେ ମାରାଥନ ଦୌଡ଼େ।',
        en: '{Name} sleeps all day and runs a marathon through the house at exactly 3 a.m.',
      },
    ],
    bird: [
      {
        text: '{Name} ଘରର ସବୁ ରିଂଟୋନ ନକଲ କରିପାରେ, ହେଲେ କାମର ଗୋଟିଏ ବି କଥା ଆଜି ଯାଏଁ ଶିଖିନି।',
        en: '{Name} can mimic every ringtone in the house, yet has not learned one useful word to this day.',
      },
      {
        text: 'ସକାଳ ପାଞ୍ଚଟାରେ {name} ଏମିତି ରଡ଼ି ଛାଡ଼େ, ଯେମିତି ସୂର୍ଯ୍ୟ ଉଠିବାକୁ ତା\'ର ଅନୁମତି ଦରକାର।',
        en: 'At 5 a.m. {name} lets out such a yell, as if the sun needed its permission to rise.',
      },
      {
        text: '{Name} ଦର୍ପଣ ଭିତରର ଚଢ଼େଇ ସହ ରୋଜ ଝଗଡ଼ା କରେ, ଆଉ ରୋଜ ହାରେ।',
        en: '{Name} quarrels with the bird inside the mirror every day, and loses every day.',
      },
      {
        text: 'ପଞ୍ଜୁରୀ କବାଟ ଖୋଲା ଥିଲେ ବି {name} ବାହାରକୁ ଯାଏନି, ବାହାରେ ଇଣ୍ଟରନେଟ ନାହିଁ ବୋଲି।',
        en: 'Even with the cage door open {name} will not go out, because there is no internet outside.',
      },
    ],
    horse: [
      {
        text: '{Name} ଦୌଡ଼ିଲେ ରେସ ଘୋଡ଼ା, ଅଟକିଲେ ସରକାରୀ ଅଫିସର ଫାଇଲ — ଘୁଞ୍ଚିବାର ନାଁ ନାହିଁ।',
        en: 'Running, {name} is a racehorse; once it stops, it is a government-office file — no question of budging.',
      },
      {
        text: '{Name} ଘାସ ଖାଏ ବୁଫେ ପରି, ତା\' ପରେ ଡେଜର୍ଟରେ ଗାଜର ନ ପାଇଲେ ମୁହଁ ବୁଲେଇ ଦିଏ।',
        en: '{Name} eats grass like it is a buffet, then turns its face away if there is no carrot for dessert.',
      },
      {
        text: '{Name} କେଶର ଏମିତି ହଲାଏ, ଯେମିତି ସ୍ଲୋମୋସନରେ ସାମ୍ପୁ ବିଜ୍ଞାପନର ସୁଟିଂ ଚାଲିଛି।',
        en: '{Name} tosses its mane as if a slow-motion shampoo ad were being shot.',
      },
    ],
    sheep: [
      {
        text: 'ଆଗରେ ଯିଏ ଯେଉଁଆଡ଼େ, {name} ସେଇଆଡ଼େ — ନିଜ ମୁଣ୍ଡ ଖଟେଇବା ଏବେ ବି ସିଲାବସ ବାହାରେ।',
        en: 'Whichever way the one in front goes, {name} goes — using its own head is still outside the syllabus.',
      },
      {
        text: 'ଶୀତ ଆସିଲେ ସମସ୍ତେ ଗରମ ଲୁଗା କିଣନ୍ତି, ଆଉ {name} ନିଜେ ହିଁ ଗୋଟେ ପୂରା ଉଲ ଦୋକାନ।',
        en: 'When winter comes everyone buys warm clothes, and {name} is a whole wool shop all by itself.',
      },
      {
        text: '{Name} ଦିନସାରା କେବଳ "ମେଁ ମେଁ" କହେ, ଯେମିତି ସବୁ ପ୍ରଶ୍ନର ଉତ୍ତର ସେଇଟା ହିଁ।',
        en: '{Name} says nothing but "baa baa" all day, as if that answered every question.',
      },
    ],
    cow: [
      {
        text: 'ଗାଈ ରଚନା ସମସ୍ତେ ମୁଖସ୍ଥ କରିଥିଲେ, {name} ସେଇଟା ରୋଜ ଧାଡ଼ି ଧାଡ଼ି କରି ଅଭିନୟ କରେ।',
        en: 'We all memorised the school essay on the cow; {name} acts it out line by line every day. (The "cow essay" is a classic school joke.)',
      },
      {
        text: '{Name} ଗୋଟିଏ ପାଟି ଘାସ ଘଣ୍ଟାଏ ଧରି ପାକୁଳେଇ ଚାଲେ, ଆଉ ଭାବେ କିଛି ଗଭୀର ଚିନ୍ତା କରୁଛି।',
        en: '{Name} chews the cud over one mouthful of grass for an hour and believes it is deep in thought.',
      },
      {
        text: '{Name} ଦିନସାରା ଗୋଟିଏ ଜାଗାରେ ଠିଆ, ତଥାପି ମୁହଁ ଦେଖିଲେ ଲାଗେ ମିଟିଂ ପରେ ମିଟିଂ।',
        en: '{Name} stands in one spot all day, yet its face says back-to-back meetings.',
      },
    ],
    elephant: [
      {
        text: 'ହାତୀର ସ୍ମରଣଶକ୍ତି ନେଇ ଏତେ ଗପ, ଅଥଚ କଦଳୀ କିଏ ଦେଲା {name} ରୋଜ ଭୁଲିଯାଏ।',
        en: "So many stories about an elephant's memory, yet every day {name} forgets who gave it the bananas.",
      },
      {
        text: '{Name} କାଦୁଅରେ ଗଡ଼ି ଗଡ଼ି ଘୋଷଣା କରେ, ଆଜି ମୋର ସ୍ପା ଡେ।',
        en: '{Name} rolls around in the mud and announces: today is my spa day.',
      },
      {
        text: '{Name} ଶୁଣ୍ଢରେ ସମସ୍ତଙ୍କୁ ଭିଜେଇ ଦେଇ ଏମିତି ମୁହଁ କରେ ଯେମିତି ବର୍ଷା ହେଲା।',
        en: '{Name} soaks everyone with its trunk, then makes a face as if it just rained.',
      },
    ],
    bear: [
      {
        text: 'ଶୀତ ନିଦ୍ରା ନାଁରେ {name} ତିନି ମାସ ଶୁଏ, ବାକି ନଅ ମାସ ଶୁଏ ଅଭ୍ୟାସରେ।',
        en: '{Name} sleeps three months in the name of hibernation, and the other nine out of habit.',
      },
      {
        text: 'ଦୂରରୁ {name} ଏକଦମ ଟେଡି ବିୟର, ପାଖକୁ ଗଲେ ଜଣାପଡ଼େ ଟେଡିର ରାଗ କେତେ।',
        en: 'From afar {name} is a perfect teddy bear; up close you find out how much temper the teddy has.',
      },
      {
        text: 'ମହୁ ବୋତଲ ଦେଖିଲେ {name} ଗୋଇନ୍ଦା ବନିଯାଏ, ଢାଙ୍କୁଣି ଖୋଲିବାକୁ ଦଶ ସେକେଣ୍ଡ।',
        en: 'One look at a honey bottle and {name} turns detective; ten seconds to get the lid off.',
      },
    ],
    zebra: [
      {
        text: '{Name} ସାରା ଜୀବନ ଗୋଟିଏ କଳା ଧଳା ସାର୍ଟ ପିନ୍ଧି ବୁଲେ, ଲଣ୍ଡ୍ରି ବିଲ ଶୂନ।',
        en: '{Name} wears the same black-and-white shirt all its life; laundry bill: zero.',
      },
      {
        text: '{Name} ରାସ୍ତା ପାର ହେଲେ ଗାଡ଼ିବାଲା ବୁଝିପାରନ୍ତିନି କେଉଁଟା ଜେବ୍ରା ଆଉ କେଉଁଟା କ୍ରସିଂ।',
        en: 'When {name} crosses the road, drivers cannot tell which is the zebra and which is the crossing.',
      },
      {
        text: '{Name} ଦେଖିବାକୁ ଗୋଟେ ବାରକୋଡ, ସ୍କାନ କଲେ ଦାମ ବାହାରିବ କେବଳ "ଝାମେଲା"।',
        en: '{Name} looks like a barcode; scan it and the price reads just "trouble".',
      },
    ],
    giraffe: [
      {
        text: '{Name} ବେକ ଲମ୍ବେଇ ପଡ଼ୋଶୀଙ୍କ ରୋଷେଇ ଘରେ ବି ଝାଙ୍କେ, ଖବର ନ ରଖିଲେ ଚଳିବନି।',
        en: "{Name} stretches its neck to peek into the neighbours' kitchen too; it simply must stay updated.",
      },
      {
        text: '{Name} ସବୁଠୁ ଉଚ୍ଚା, ସେଥିପାଇଁ ସବୁ କଥା ତା\' ମୁଣ୍ଡ ଉପର ଦେଇ ଚାଲିଯାଏ।',
        en: '{Name} is the tallest of all, which is why every conversation goes over its head. (In Odia too, "over the head" means not understood.)',
      },
      {
        text: 'ପାଣି ପିଇବାକୁ {name} ଯେମିତି ଗୋଡ଼ ମେଲେଇ ନଇଁଯାଏ, ସେଇଟା ଗୋଟେ ପୂରା ଯୋଗ କ୍ଲାସ।',
        en: 'The way {name} splays its legs to bend down for a drink is an entire yoga class.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} ଏତେ ଅଳସୁଆ ଯେ ଶୋଇ ଉଠି ସିଧା ପଖାଳ ପରର ନିଦର ପ୍ଲାନ କରେ।',
        en: '{Name} is so lazy that it wakes up and goes straight to planning the nap after pakhala (the water-rice lunch Odisha naps after).',
      },
      {
        text: 'ଖରା ଯେଉଁଆଡ଼େ ଘୁଞ୍ଚେ, {name} ଗଡ଼ି ଗଡ଼ି ସେଇଆଡ଼େ ଯାଏ — ଦିନସାରାର ଜିମ ବୋଲି ସେତିକି।',
        en: "Wherever the sunshine moves, {name} rolls over there — that is the whole day's gym.",
      },
      {
        text: 'ଅଳସୁଆଙ୍କ ଅଲିମ୍ପିକରେ {name} ସୁନା ଜିତିଥାନ୍ତା, ହେଲେ ମେଡାଲ ନେବାକୁ ଉଠିବାକୁ ପଡ଼ନ୍ତା।',
        en: '{Name} would win gold at a laziness Olympics, except that collecting the medal would mean getting up.',
      },
      {
        text: '{Name} ଦିନକୁ ଷୋହଳ ଘଣ୍ଟା ଶୁଏ, ବାକି ଆଠ ଘଣ୍ଟା ଶୋଇବା ପାଇଁ ଜାଗା ଖୋଜେ।',
        en: '{Name} sleeps sixteen hours a day and spends the other eight looking for a place to sleep.',
      },
    ],
    greedy: [
      {
        text: 'ଚିପ୍ସ ପ୍ୟାକେଟ ଖୋଲିବା ଶବ୍ଦ {name} ତିନି ଘର ଦୂରରୁ ଶୁଣେ, ହେଲେ "ନା" ଶବ୍ଦଟା ଶୁଣେନି।',
        en: '{Name} hears a chips packet open from three houses away, but the word "no" it never hears.',
      },
      {
        text: 'ଥାଳିରୁ ଗୋଟେ ସେକେଣ୍ଡ ଆଖି ହଟେଇଲେ {name} ରସଗୋଲାଟାକୁ ଦାନ ବୋଲି ଧରିନିଏ।',
        en: 'Look away from your plate for one second and {name} takes your rasagola as a donation.',
      },
      {
        text: 'ରୋଷେଇ ଘରୁ ଭଲ ବାସ୍ନା ବାହାରିଲେ {name} କବାଟ ମୁହଁରେ ଧାରଣାରେ ବସିଯାଏ।',
        en: 'The moment a good smell comes from the kitchen, {name} stages a sit-in protest at the door.',
      },
      {
        text: 'ଫ୍ରିଜ କବାଟ ଖୋଲିବା ଶବ୍ଦ ହେଲେ {name} ଯେଉଁଠି ବି ଥାଉ, ଆଖି ପିଛୁଳାକେ ହାଜର।',
        en: 'At the sound of the fridge door, wherever {name} may be, it appears in the blink of an eye.',
      },
    ],
    loud: [
      {
        text: 'ପଡ଼ାର ମାଇକ ଖରାପ ହେଲେ ବି ଚିନ୍ତା ନାହିଁ, {name} ଏକା ପୂରା ଫଙ୍କସନ ଚଳେଇ ଦେବ।',
        en: 'Even if the neighbourhood loudspeaker breaks, no worries: {name} can run the whole function alone.',
      },
      {
        text: 'କଲିଂ ବେଲ ବାଜିଲେ {name} ଏମିତି ହୋହଲ୍ଲା କରେ, ଯେମିତି ବରଯାତ୍ରୀ ପହଞ୍ଚିଗଲେ।',
        en: "The moment the doorbell rings, {name} raises such a racket you would think the groom's wedding party had arrived.",
      },
      {
        text: 'ରାତି ତିନିଟାରେ {name} ଯେଉଁ କନ୍ସର୍ଟ କରେ, ପଡ଼ୋଶୀମାନେ ଏବେ ଟିକେଟ ମାଗୁଛନ୍ତି।',
        en: 'The concert {name} puts on at 3 a.m. is such that the neighbours are now asking for tickets.',
      },
      {
        text: 'ନୀରବତା ସୁନା ବୋଲି କହନ୍ତି, ବୋଧହୁଏ ସେଇଥିପାଇଁ {name} ପାଖରେ କେବେ ସୁନା ନଥିଲା।',
        en: 'They say silence is golden, which is probably why {name} has never had any gold.',
      },
    ],
    grumpy: [
      {
        text: '{Name} ସବୁବେଳେ ମୁହଁ ଫୁଲେଇ ବସିଥାଏ, ଯେମିତି ଏଇମାତ୍ର କରେଣ୍ଟ ବିଲ ଦେଖିପକେଇଛି।',
        en: '{Name} sits there sulking all the time, as if it has just seen the electricity bill.',
      },
      {
        text: '{Name} ଘରର ସମସ୍ତଙ୍କୁ ରୋଜ ମାର୍କସିଟ ଦିଏ, ଆଜି ଯାଏଁ କେହି ପାସ କରିନାହାନ୍ତି।',
        en: '{Name} hands everyone in the house a marksheet every day, and nobody has passed yet.',
      },
      {
        text: 'ଗେଲ କରିବାକୁ ଗଲେ {name} ଏମିତି ଚାହେଁ, ଯେମିତି ଆଗରୁ ଦରଖାସ୍ତ ଦେବା କଥା।',
        en: 'Try to cuddle {name} and the look you get says you should have submitted an application first.',
      },
      {
        text: '{Name} ଭାରି ରାଗୁଆ, ଦିନେ ଭୁଲ କଡ଼ରେ ଶୋଇ ଉଠିଥିଲା, ସେଇ ରାଗ ଆଜି ଯାଏଁ ଓହ୍ଲାଇନି।',
        en: '{Name} is a real hothead: it woke up on the wrong side one day, and that temper has not come down since.',
      },
    ],
    destructive: [
      {
        text: '{Name} ଏ ବର୍ଷ ଯେତେ ଚପଲ ଚୋବେଇଛି, ସେଥିରେ ଗୋଟେ ଜୋତା ଦୋକାନ ଖୋଲିହେବ।',
        en: '{Name} has chewed enough slippers this year to open a shoe shop.',
      },
      {
        text: 'ତକିଆ ଚିରି ଘରସାରା ତୁଳା ଉଡ଼େଇ {name} ଘର ଭିତରେ ହିଁ ଦାରିଙ୍ଗବାଡ଼ିର ଶୀତ ଆଣିଦିଏ।',
        en: 'Ripping pillows and sending cotton all over the house, {name} brings the frosty winter of Daringbadi (Odisha\'s hill station) right indoors.',
      },
      {
        text: '{Name} ଖେଳଣାରେ ଖେଳେନି, ଭିତରେ କ\'ଣ ଅଛି ଖୋଲି ଦେଖେ — ତା\' ପରେ ଆଉ ଯୋଡ଼ି ହୁଏନି।',
        en: '{Name} does not play with toys; it opens them to see what is inside — and they never go back together.',
      },
      {
        text: 'ନୂଆ ସୋଫା ଦେଖି {name} ଭାବିଲା, ବାଃ, ଶେଷରେ ଗୋଟେ ପ୍ରୋଜେକ୍ଟ ମିଳିଲା।',
        en: 'Seeing the new sofa, {name} thought: wow, finally a project.',
      },
    ],
    clumsy: [
      {
        text: '{Name} ସମତଳ ଚଟାଣରେ ବି ଝୁଣ୍ଟେ, ତା\' ପରେ ଚଟାଣକୁ ଏମିତି ଚାହେଁ ଯେମିତି ଦୋଷ ତା\'ର।',
        en: '{Name} trips on a perfectly flat floor, then glares at the floor as if the floor were to blame.',
      },
      {
        text: '{Name} ଡେଇଁବା ଆଗରୁ ରୀତିମତ ହିସାବ କରେ, ଆଉ ପ୍ରତିଥର ଉତ୍ତର ଭୁଲ ହୁଏ।',
        en: '{Name} does proper maths before every jump, and gets the answer wrong every time.',
      },
      {
        text: 'ଏ ଘରେ ଏମିତି କୌଣସି କବାଟ ନାହିଁ, ଯାହା ସହ {name} ମୁଣ୍ଡ ପିଟି ପରିଚୟ କରିନି।',
        en: 'There is not a door in this house that {name} has not been introduced to, head first.',
      },
      {
        text: '{Name} ରୋଜ କାଚ କବାଟରେ ଧକ୍କା ଖାଏ, ଆଉ ରୋଜ ଏମିତି ଚମକେ ଯେମିତି କବାଟଟା ନୂଆ।',
        en: 'Every day {name} bumps into the glass door, and every day it is as startled as if the door were brand new.',
      },
    ],
    vain: [
      {
        text: 'ଫୋନ ଉଠେଇଲେ {name} ବେଷ୍ଟ ଆଙ୍ଗଲରେ ବୁଲି ବସେ, ଯେମିତି ବାହାଘରର ଫଟୋଗ୍ରାଫର ଆସିଛନ୍ତି।',
        en: 'Pick up a phone and {name} turns to its best angle, as if the wedding photographer had arrived.',
      },
      {
        text: '{Name} ଖାଇବା ଥାଳି ଅପେକ୍ଷା ଦର୍ପଣକୁ ବେଶୀ ଚାହେଁ, ଆଉ ସେଇଟା ଛୋଟ କଥା ନୁହେଁ।',
        en: '{Name} looks at the mirror more than at the food plate, and that is no small thing.',
      },
      {
        text: 'ଏତେ ଢଙ୍ଗ, ଏତେ ନଖରା — {name} ସିରିଏଲର {ହିରୋ|ହିରୋଇନ} ହୋଇଥିଲେ ଟିଆରପି ଆକାଶ ଛୁଇଁଥାନ୍ତା।',
        en: 'So much pretence, so much fuss — if {name} were the {hero|heroine} of a TV serial, the ratings would touch the sky.',
      },
      {
        text: 'ଗାଧୋଇବା ପରେ {name} ଏମିତି ଦେହ ଝାଡ଼େ, ଯେମିତି ରାମ୍ପରେ ସ୍ଲୋମୋସନରେ ଚାଲୁଛି।',
        en: 'After a bath {name} shakes itself off as if walking the ramp in slow motion.',
      },
    ],
    scaredy: [
      {
        text: '{Name} ଭାରି ଡରୁଆ: ଭାକ୍ୟୁମ କ୍ଲିନର ଚାଲୁ ହେଲେ ସିଧା ଖଟ ତଳେ।',
        en: '{Name} is a total scaredy-cat: the vacuum cleaner starts and it goes straight under the bed.',
      },
      {
        text: 'ଦିନେ ଗୋଟେ ଶୁଖିଲା ପତ୍ର ଉଡ଼ିଯାଇଥିଲା, {name} ଆଜି ଯାଏଁ ସେଇ ଡରରୁ ବାହାରିପାରିନି।',
        en: 'A dry leaf blew past one day, and {name} has still not got over the fright.',
      },
      {
        text: 'ଘଡ଼ଘଡ଼ି ହେଲେ {name} ଏମିତି ଲୁଚେ ଯେ ପରେ ପୂରା ଘର ମିଶି ଖୋଜିବାକୁ ପଡ଼େ।',
        en: 'When it thunders, {name} hides so well that the whole house has to search for it afterwards.',
      },
      {
        text: '{Name} ଦିନସାରା ବାଘ ପରି ବୁଲେ, ଯେତେବେଳ ଯାଏଁ କୁକରର ସିଟି ବାଜିନି।',
        en: '{Name} struts around like a tiger all day, until the pressure cooker whistles.',
      },
    ],
    clingy: [
      {
        text: '{Name} ଅଠା ପରି ଲାଗି ରହେ, ବାଥରୁମ କବାଟ ବାହାରେ ବି ପହରା ଦିଏ।',
        en: '{Name} sticks like glue and stands guard even outside the bathroom door.',
      },
      {
        text: 'ଦଶ ସେକେଣ୍ଡ ରୁମ ବାହାରକୁ ଗଲେ {name} ଥାନାରେ ନିଖୋଜ ରିପୋର୍ଟ ଦେବା ଭଳି ମୁହଁ କରେ।',
        en: 'Step out of the room for ten seconds and {name} makes a face like it is about to file a missing-person report with the police.',
      },
      {
        text: 'ଫେଭିକଲ ବିଜ୍ଞାପନର ଅସଲି ମଡେଲ ହେଉଛି {name}, ଥରେ ଲାଗିଲେ ଆଉ ଛାଡ଼େନି।',
        en: '{Name} is the real model for the Fevicol glue ad: once stuck, it never lets go.',
      },
      {
        text: 'ଲାପଟପ ଖୋଲିଲେ {name} କିବୋର୍ଡ ଉପରେ ଆସି ବସେ, କାରଣ ଧ୍ୟାନ କେବଳ ତା\'ର ପ୍ରାପ୍ୟ।',
        en: 'Open the laptop and {name} comes and sits on the keyboard, because attention belongs to it alone.',
      },
    ],
    escape: [
      {
        text: 'ଗେଟ ଇଞ୍ଚେ ଖୋଲା ପାଇଲେ {name} ସେକେଣ୍ଡକରେ ଗାଏବ, ଫେରେ କେବଳ ଭୋକ ଲାଗିଲେ।',
        en: 'Find the gate open an inch and {name} vanishes in a second, coming back only when hungry.',
      },
      {
        text: '{Name} ଏତେଥର ପଳେଇଛି ଯେ ପଡ଼ୋଶୀମାନେ "ହଜିଲା ମିଳିଲା" ବିଜ୍ଞାପନ ରେଡି କରି ରଖିଛନ୍ତି।',
        en: '{Name} has run off so many times that the neighbours keep the "lost and found" notice ready.',
      },
      {
        text: '{Name} ରୋଜ ରାତିରେ ସଦର କବାଟକୁ ଏମିତି ଦେଖେ, ଯେମିତି ଡକାୟତିର ପ୍ଲାନ ଚାଲିଛି।',
        en: '{Name} studies the front door every night as if a heist were being planned.',
      },
      {
        text: 'ପାଚେରି ଯେତେ ଉଚ୍ଚା ହେଉ, {name} ଡେଇଁବ ହିଁ — ଫେରେ କେବଳ ରାତି ଖାଇବାର ବାସ୍ନାରେ।',
        en: 'However high the wall, {name} will jump it — and it only comes back following the smell of dinner.',
      },
    ],
  },
  closers: [
    {
      text: 'ତଥାପି ତୋତେ ବହୁତ ଭଲ ପାଉ, {name}। ଅଧିକାଂଶ ଦିନ।',
      en: 'Still, we love you lots, {name}. Most days.',
    },
    {
      text: 'ଏଇଠି ରୋଷ୍ଟ ଶେଷ। ଏବେ {name} ସବୁ ଶୁଣି କଡ଼ ଲେଉଟେଇ ପୁଣି ଶୋଇପଡ଼ିବ।',
      en: 'That is the end of the roast. Now {name} will hear it all, roll over and go back to sleep.',
    },
    {
      text: 'ଯେମିତି ଅଛୁ ସେମିତି ରହ, {name}। ଭଡ଼ା କେବଳ ଗେଲରେ ଶୁଝିବୁ।',
      en: 'Stay just the way you are, {name}. You will pay the rent in cuddles only.',
    },
    {
      text: '{Name}, ଏଇଟା ରୋଷ୍ଟ ନୁହେଁ, ପରଫର୍ମାନ୍ସ ରିଭ୍ୟୁ: ଭାରି ସୁନ୍ଦର, ହେଲେ ଚାକିରିରୁ ବାହାର।',
      en: '{Name}, this is not a roast, it is a performance review: very cute, but fired.',
    },
    {
      text: 'ଯେତେ ହଇରାଣ କଲେ ବି, {name}, ତୁ ନଥିଲେ ଘରଟା ଖାଲି ଖାଲି ଲାଗେ।',
      en: 'However much you pester us, {name}, the house feels empty without you.',
    },
    {
      text: 'ଭଲପାଇବା ନେ, {name}। ଆଉ ଟିକେ ଭଦ୍ର {noun} ହେବାର ପ୍ରାକ୍ଟିସ କର।',
      en: 'Lots of love, {name}. And practise being a slightly better-behaved {noun}.',
    },
  ],
  groupClosers: [
    {
      text: 'ତମ ସମସ୍ତଙ୍କୁ ବହୁତ ଭଲ ପାଉ, ହେଲେ ଏ ଘରକୁ ଏବେ ଗୋଟେ ଛୁଟି ଦରକାର।',
      en: 'We love every one of you, but this house needs a holiday now.',
    },
    {
      text: '{Count} {nouns}, ହଜାରେ କାଣ୍ଡ, ଆଉ ଗୋଟେ ଥକିଲା କିନ୍ତୁ ଖୁସି ପରିବାର।',
      en: '{Count} {nouns}, a thousand antics, and one tired but happy family.',
    },
    {
      text: 'ଏଇ ଗ୍ୟାଙ୍ଗକୁ ଆମେ ବହୁତ ଭଲ ପାଉ, ଆସବାବପତ୍ର କିନ୍ତୁ ଜମା ରାଜି ନୁହେଁ।',
      en: 'We love this gang dearly; the furniture, however, does not agree at all.',
    },
    {
      text: 'ତମେ ନଥିଲେ ଜୀବନଟା ଏକଦମ ପାଣିଆ ଲାଗନ୍ତା, ସେଥିପାଇଁ ସବୁ ଦୁଷ୍ଟାମି ମାଫ।',
      en: 'Life would feel completely bland without you lot, so all the mischief is forgiven.',
    },
  ],
  petWords: {
    dog: ['କୁକୁର', 'kukura', 'kukur'],
    cat: ['ବିଲେଇ', 'ବିରାଡ଼ି', 'bilei', 'bilai', 'biradi'],
    bird: ['ଚଢ଼େଇ', 'ଶୁଆ', 'ମଇନା', 'ପାରା', 'କୁକୁଡ଼ା', 'chadhei', 'chadei', 'chodhei', 'maina', 'kukuda'],
    horse: ['ଘୋଡ଼ା', 'ghoda', 'ghora'],
    sheep: ['ମେଣ୍ଢା', 'mendha', 'menda'],
    cow: ['ଗାଈ', 'ଗାଇ', 'ବାଛୁରୀ', 'ଷଣ୍ଢ', 'gaai', 'gaee', 'bachhuri', 'bachuri'],
    elephant: ['ହାତୀ', 'ହାତି', 'hati', 'haati'],
    bear: ['ଭାଲୁ', 'bhalu'],
    zebra: ['ଜେବ୍ରା', 'zebra'],
    giraffe: ['ଜିରାଫ', 'jiraf', 'giraf'],
  },
  traitWords: {
    lazy: ['ଅଳସୁଆ', 'ଅଳସ', 'ଶୋଇ', 'ଶୁଏ', 'ନିଦ', 'alasua', 'olosua', 'alasu', 'shoi', 'soi', 'nida'],
    greedy: ['ଲୋଭୀ', 'ଖାଇବା', 'ଖାଏ', 'ଖିଆ', 'ପେଟୁ', 'ଚୋର', 'ଭୋକ', 'lobhi', 'khaiba', 'khae', 'khia', 'petu', 'chora', 'chori', 'bhoka'],
    loud: ['ଭୁକେ', 'ଭୁକି', 'ରଡ଼ି', 'ଚିତ୍କାର', 'ହୋହଲ୍ଲା', 'ପାଟି କରେ', 'bhuke', 'bhuki', 'radi', 'rodi', 'hohalla', 'chitkar', 'pati kare'],
    grumpy: ['ରାଗୁଆ', 'ରାଗ', 'ମୁହଁ ଫୁଲେଇ', 'ragua', 'raaga', 'raga', 'muha fulei'],
    destructive: ['ଭାଙ୍ଗ', 'ଚିରେ', 'ଚିରି', 'ଚୋବେଇ', 'ଚୋବାଏ', 'କାମୁଡ଼ି', 'ଚପଲ', 'ଜୋତା', 'ତକିଆ', 'bhange', 'bhangi', 'chire', 'chiri', 'chobei', 'kamudi', 'chapal', 'jota', 'takia'],
    clumsy: ['ଝୁଣ୍ଟି', 'ଖସିପଡ଼', 'ଗଡ଼ିପଡ଼', 'ପଡ଼ିଯାଏ', 'jhunti', 'jhunta', 'padijae', 'padi jae'],
    vain: ['ଢଙ୍ଗ', 'ନଖରା', 'ଦର୍ପଣ', 'ଆଇନା', 'ସେଲ୍ଫି', 'ସଜବାଜ', 'dhanga', 'dhang', 'nakhra', 'nakhara', 'darpan', 'aina', 'sajabaja'],
    scaredy: ['ଡରୁଆ', 'ଡର', 'ଭୟ', 'darua', 'dorua', 'dara', 'dare', 'bhaya'],
    clingy: ['ଅଠା', 'ଲାଗି ରହେ', 'ପଛେ ପଛେ', 'ଗେଲ', 'lagi rahe', 'pachhe pachhe', 'pache pache', 'gela'],
    escape: ['ପଳେଇ', 'ପଳାଏ', 'ପଳାଇ', 'ଗାଏବ', 'ପାଚେରି', 'palei', 'palai', 'palae', 'gayab', 'pacheri'],
  },
  numberWords: {
    'ଦୁଇ': 2, 'ଦୁଇଟା': 2, 'ଦିଟା': 2, 'ତିନି': 3, 'ତିନିଟା': 3, 'ଚାରି': 4, 'ଚାରିଟା': 4, 'ପାଞ୍ଚ': 5, 'ପାଞ୍ଚଟା': 5, 'ଛଅ': 6, 'ଛଅଟା': 6, 'ସାତ': 7, 'ସାତଟା': 7, 'ଆଠ': 8, 'ଆଠଟା': 8, 'ନଅ': 9, 'ନଅଟା': 9, 'ଦଶ': 10, 'ଦଶଟା': 10,
    dui: 2, duita: 2, dita: 2, tini: 3, tinita: 3, chari: 4, charita: 4, pancha: 5, panchata: 5, chha: 6, chhata: 6, sata: 7, satata: 7, atha: 8, athata: 8, naata: 9, dasa: 10, dasata: 10,
  },
  notNames: ['ମୋର', 'ମୋ', 'ଆମର', 'ଆମ', 'ଏଇ', 'ଏହି', 'ନାଁ', 'ନାମ', 'mora', 'mo', 'amara', 'ama', 'ei', 'ehi', 'naa', 'nama'],
};
