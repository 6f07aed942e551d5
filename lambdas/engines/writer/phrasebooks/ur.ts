import type { NativePhrasebook } from './types.js';

/**
 * Urdu phrasebook (docs/writer.md, "Phrasebooks"), written natively in the conversational Urdu of
 * Instagram/WhatsApp/YouTube Shorts: بریانی، چائے سموسے، بارات، لوڈشیڈنگ، ایلفی، "کلاس لگنا"،
 * "چاروں شانے چت"، "بھیڑ چال".
 *
 * Grammar: verbs and adjectives agree with the subject's gender through `{m|f}` (کتا سوتا ہے، بلی سوتی ہے).
 * Urdu writes its postpositions as separate words (کا/کی/کے، کو، نے، سے), so `{name}` is followed by them
 * with a space and never takes a suffix. `{noun}`/`{nouns}` are never followed by a postposition (their
 * oblique forms differ). Punctuation: "۔" full stop, "،" comma, "؟" question mark. Every line roasts the
 * pet's behaviour only.
 */
export const URDU: NativePhrasebook = {
  language: 'ur',
  nouns: {
    dog: { one: 'کتا', many: 'کتے', gender: 'm' },
    cat: { one: 'بلی', many: 'بلیاں', gender: 'f' },
    bird: { one: 'چڑیا', many: 'چڑیاں', gender: 'f' },
    horse: { one: 'گھوڑا', many: 'گھوڑے', gender: 'm' },
    sheep: { one: 'بھیڑ', many: 'بھیڑیں', gender: 'f' },
    cow: { one: 'گائے', many: 'گائیں', gender: 'f' },
    elephant: { one: 'ہاتھی', many: 'ہاتھی', gender: 'm' },
    bear: { one: 'ریچھ', many: 'ریچھ', gender: 'm' },
    zebra: { one: 'زیبرا', many: 'زیبرے', gender: 'm' },
    giraffe: { one: 'زرافہ', many: 'زرافے', gender: 'm' },
  },
  unnamed: { text: '{noun} جی', en: '{noun} ji (the respectful "ji", used in jest)' },
  gangLeader: { text: 'گینگ لیڈر', gender: 'm', en: 'the gang leader (a loanword phrase that stays unchanged before کا/کو/نے)' },
  title: {
    named: { text: '{name} کا روسٹ', en: "{name}'s roast (کا is a separate word; the name takes no ending)" },
    generic: { text: 'آج کا روسٹ', en: "Today's roast" },
  },
  numbers: { 2: 'دو', 3: 'تین', 4: 'چار', 5: 'پانچ', 6: 'چھ', 7: 'سات', 8: 'آٹھ', 9: 'نو', 10: 'دس' },
  mixedNoun: { one: 'جانور', many: 'جانور', gender: 'm' },
  openers: [
    {
      text: 'حاضرین، آج کے روسٹ میں {name} کا استقبال کیجیے، اس گھر {کے بے تاج بادشاہ|کی بے تاج ملکہ} کا۔',
      en: 'Ladies and gentlemen, please welcome {name} to today\'s roast, the uncrowned king (or queen) of this house.',
    },
    {
      text: 'نہ نوکری، نہ کرایہ، پھر بھی پورے گھر میں حکم {name} کا ہی چلتا ہے۔',
      en: "No job, no rent, and still the only orders that count in this whole house are {name}'s.",
    },
    {
      text: 'تازہ ترین خبر: {name} کا رزلٹ آ گیا ہے، اور ہر مضمون میں لال نشان لگا ہے۔',
      en: "Breaking news: {name}'s exam result is out, and there's a red mark in every subject.",
    },
    {
      text: '{Name} {سمجھتا|سمجھتی} ہے کہ یہ تعریفوں والی ویڈیو ہے۔ معصومیت کی بھی کوئی حد ہوتی ہے!',
      en: '{Name} thinks this is a video full of compliments. Even innocence has its limits!',
    },
    {
      text: '{Name} شکل سے {بھولا|بھولی} اور حرکتوں سے پورا ڈراما ہے۔',
      en: '{Name} is innocent by face and full-on drama by deeds.',
    },
    {
      text: 'چائے اور سموسے تیار رکھیں، آج {name} کی کلاس لگنی ہے۔',
      en: 'Get the tea and samosas ready, because today {name} is getting schooled (idiom: "class lagna", a proper telling-off).',
    },
  ],
  groupOpeners: [
    {
      text: 'یہاں {count} {nouns} ہیں، اور سب کے پاس مل کر ایک ہی دماغ ہے، وہ بھی چھٹی پر۔',
      en: "There are {count} {nouns} here, and one brain between them, and that one's on leave.",
    },
    {
      text: '{Count} {nouns}، ایک گھر، اور نظم و ضبط؟ وہ تو کب کا اس گھر کا راستہ بھول گیا۔',
      en: '{Count} {nouns}, one house, and discipline? Discipline forgot the way to this house long ago.',
    },
    {
      text: '{count} {nouns}، یعنی گھر میں روز شادی والا ماحول: شور پورا، کام کوئی نہیں۔',
      en: '{count} {nouns}, which means a wedding atmosphere at home every day: all noise, no work.',
    },
    {
      text: '{count} {nouns}، یعنی گھر نہیں، پورا سرکس، اور رنگ ماسٹر کوئی نہیں۔',
      en: "{count} {nouns}, which means it's not a house, it's a full circus, with no ringmaster.",
    },
  ],
  classJabs: {
    dog: [
      {
        text: '{Name} ہر مہمان کا استقبال ایسے {کرتا|کرتی} ہے جیسے بارات آ گئی ہو، اور ڈاکٹر کو دیکھتے ہی غائب۔',
        en: '{Name} welcomes every guest as if the wedding party had arrived, and vanishes the moment the vet appears.',
      },
      {
        text: 'بریانی کی خوشبو آتے ہی {name} ایسا معصوم چہرہ {بناتا|بناتی} ہے جیسے ہفتے بھر سے {بھوکا|بھوکی} ہو۔',
        en: 'The moment biryani is in the air, {name} puts on such an innocent face, as if it had been starving for a week.',
      },
      {
        text: '{Name} روز اپنی دُم سے کُشتی {لڑتا|لڑتی} ہے اور روز چاروں شانے چت {ہوتا|ہوتی} ہے۔',
        en: '{Name} wrestles its own tail every day and gets pinned flat on its back every day.',
      },
    ],
    cat: [
      {
        text: '{Name} میز سے ہر چیز نیچے گرا کر روز کششِ ثقل کا امتحان {لیتا|لیتی} ہے۔',
        en: '{Name} knocks everything off the table to put gravity to the test every day.',
      },
      {
        text: 'مہنگا کھلونا لائیں تو {name} نظر اٹھا کر بھی نہیں {دیکھتا|دیکھتی}، مگر اس کے ڈبے پر جان {چھڑکتا|چھڑکتی} ہے۔',
        en: "Bring an expensive toy and {name} won't even look up, but absolutely dotes on the box it came in.",
      },
      {
        text: '{Name} گھر والوں کو ایسے {دیکھتا|دیکھتی} ہے جیسے سب تنخواہ دار ملازم ہوں، اور وہ بھی روز لیٹ آنے والے۔',
        en: 'The way {name} looks at the family, they are all salaried staff, and the kind who are late every day.',
      },
    ],
    bird: [
      {
        text: '{Name} پریشر ککر کی سیٹی اتنی ہوبہو {بجاتا|بجاتی} ہے کہ امی دن میں دس بار چولہا بند کرنے بھاگتی ہیں۔',
        en: '{Name} imitates the pressure-cooker whistle so perfectly that Mum runs to turn off the stove ten times a day.',
      },
      {
        text: '{Name} صبح پانچ بجے ایسا شور {مچاتا|مچاتی} ہے کہ مرغا بھی استعفیٰ دے دے۔',
        en: '{Name} makes such a racket at 5 a.m. that even the rooster would resign.',
      },
      {
        text: 'پر ہونے کے باوجود {name} گھر میں پیدل ہی {گھومتا|گھومتی} ہے، جیسے اڑنا کوئی اختیاری مضمون ہو۔',
        en: 'Despite having wings, {name} walks everywhere in the house, as if flying were an optional subject.',
      },
    ],
    horse: [
      {
        text: '{Name} دیکھنے میں ریس کا گھوڑا، اور رفتار سرکاری فائل جیسی۔',
        en: '{Name} looks like a racehorse and moves at the speed of a government file.',
      },
      {
        text: 'گاجر دیکھتے ہی {name} بارات والی گھوڑی کی طرح ناچنے {لگتا|لگتی} ہے۔',
        en: 'Show {name} a carrot and it starts dancing like the mare in a wedding procession.',
      },
      {
        text: '{Name} اپنی ایال ایسے {جھٹکتا|جھٹکتی} ہے جیسے شیمپو کے اشتہار کی شوٹنگ چل رہی ہو۔',
        en: '{Name} flicks that mane as if a shampoo advert were being shot.',
      },
    ],
    sheep: [
      {
        text: '{Name} بھیڑ چال {کا برانڈ ایمبیسیڈر|کی برانڈ ایمبیسیڈر} ہے: آگے والا کنویں میں کودے تو یہ بھی {کودے گا|کودے گی}۔',
        en: '{Name} is the brand ambassador of "bhed chaal" (herd mentality, literally "sheep-walk"): if the one ahead jumps into a well, so will this one.',
      },
      {
        text: 'سردیوں میں {name} خود ہی چلتی پھرتی سویٹروں کی دکان بن {جاتا|جاتی} ہے۔',
        en: 'Come winter, {name} turns into a walking sweater shop all by itself.',
      },
      {
        text: '{Name} ہر بات پر سر ہلا کر جی جی {کرتا|کرتی} ہے؛ اپنی رائے شاید اون کے نیچے کہیں گم ہے۔',
        en: "{Name} nods along to everything with a 'yes, yes'; its own opinion is probably lost somewhere under the wool.",
      },
    ],
    cow: [
      {
        text: '{Name} ایک ہی نوالہ گھنٹہ بھر {چباتا|چباتی} ہے اور اسے مراقبہ {کہتا|کہتی} ہے۔',
        en: '{Name} chews one mouthful for an hour and calls it meditation.',
      },
      {
        text: '{Name} سڑک کے بیچ کھڑے ہو کر ٹریفک پولیس کی ڈیوٹی مفت میں {کرتا|کرتی} ہے۔',
        en: "{Name} stands in the middle of the road doing the traffic police's duty for free.",
      },
      {
        text: '{Name} دنیا کو اتنے سکون سے {دیکھتا|دیکھتی} ہے کہ یوگا ٹیچر کو بھی احساسِ کمتری ہو جائے۔',
        en: '{Name} gazes at the world so calmly that even a yoga teacher would get an inferiority complex.',
      },
    ],
    elephant: [
      {
        text: '{Name} کچھ نہیں {بھولتا|بھولتی}: دو سال پہلے نہ ملنے والے کیلے کا حساب آج بھی باقی ہے۔',
        en: "{Name} forgets nothing: the banana it didn't get two years ago is still an open account.",
      },
      {
        text: '{Name} سونڈ سے پانی اچھال کر پورے گھر کو واٹر پارک بنا {دیتا|دیتی} ہے، وہ بھی بغیر ٹکٹ کے۔',
        en: '{Name} sprays water with its trunk and turns the whole house into a water park, no ticket needed.',
      },
      {
        text: '{Name} کانوں کے پنکھے ایسے {جھلتا|جھلتی} ہے جیسے لوڈشیڈنگ کا حساب اکیلے {چکا رہا|چکا رہی} ہو۔',
        en: '{Name} fans itself with those ears as if single-handedly getting even with the power cuts (load-shedding).',
      },
    ],
    bear: [
      {
        text: '{Name} شہد کی بوتل کے لیے جتنی محنت {کرتا|کرتی} ہے، اتنی کسی نے میٹرک کے امتحان کے لیے بھی نہیں کی۔',
        en: 'Nobody ever studied as hard for their matric exams as {name} works for a jar of honey.',
      },
      {
        text: 'دور سے {name} بالکل ٹیڈی بیئر {لگتا|لگتی} ہے؛ قریب سے، اتوار کی صبح جگائے گئے بندے جیسا موڈ۔',
        en: 'From afar {name} looks just like a teddy bear; up close, the mood of someone woken early on a Sunday.',
      },
      {
        text: '{Name} پوری سردیاں {سوتا|سوتی} ہے اور پھر {کہتا|کہتی} ہے کہ تھکن نہیں اتری۔',
        en: '{Name} sleeps through the whole winter and then says the tiredness just will not go.',
      },
    ],
    zebra: [
      {
        text: '{Name} ساری عمر ایک ہی دھاری دار سوٹ پہن کر {گھومتا|گھومتی} ہے؛ الماری کھولنے کی زحمت ہی نہیں۔',
        en: '{Name} wears the same striped suit its whole life and never bothers to open the wardrobe.',
      },
      {
        text: '{Name} سپر مارکیٹ {چلا|چلی} جائے تو کیشیئر بارکوڈ سمجھ کر سکین کر دے۔',
        en: 'If {name} walked into a supermarket, the cashier would scan it as a barcode.',
      },
      {
        text: '{Name} کو دیکھ کر لگتا ہے کسی نے گھوڑے پر بلیک اینڈ وائٹ فلٹر لگا دیا ہو۔',
        en: 'Looking at {name}, it seems someone put a black-and-white filter on a horse.',
      },
    ],
    giraffe: [
      {
        text: 'گھر میں سب سے لمبی گردن {name} کی ہے، پھر بھی لطیفہ سب سے آخر میں وہیں پہنچتا ہے۔',
        en: "The longest neck in the house is {name}'s, and that's exactly where jokes arrive last.",
      },
      {
        text: '{Name} صرف درخت کی چوٹی والے نرم پتے {کھاتا|کھاتی} ہے؛ نیچے والے پتے اس کے لیے کینٹین کا کھانا ہیں۔',
        en: '{Name} eats only the tender leaves at the treetop; the lower ones are canteen food.',
      },
      {
        text: 'سیلفی میں {name} کبھی {پورا|پوری} نہیں {آتا|آتی}، تصویر میں بس گھٹنے ہی آتے ہیں۔',
        en: '{Name} never fits into a selfie; the photo only ever gets the knees.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} دن میں سولہ گھنٹے {سوتا|سوتی} ہے اور باقی آٹھ گھنٹے سونے کی تیاری {کرتا|کرتی} ہے۔',
        en: '{Name} sleeps sixteen hours a day and spends the other eight getting ready to sleep.',
      },
      {
        text: '{Name} {اتنا|اتنی} کاہل ہے کہ خواب میں بھی چارپائی سے نہیں {اٹھتا|اٹھتی}۔',
        en: '{Name} is so lazy that even in dreams it does not get off the charpai.',
      },
      {
        text: '{Name} کی ورزش بس اتنی ہے: دھوپ سرکے تو ساتھ ساتھ خود بھی سرک جانا۔',
        en: "{Name}'s whole workout: when the sunny patch shifts, shift along with it.",
      },
      {
        text: '{Name} کے اٹھنے کا انتظار کرنے سے بہتر ہے بندہ سرکاری دفتر سے فائل پاس کروا لے۔',
        en: 'Getting a file cleared at a government office is quicker than waiting for {name} to get up.',
      },
    ],
    greedy: [
      {
        text: 'فریج کا دروازہ کھلتے ہی {name} تین کمرے دور سے حاضر ہو {جاتا|جاتی} ہے۔',
        en: 'The moment the fridge door opens, {name} shows up from three rooms away.',
      },
      {
        text: 'چپس کا پیکٹ کھڑکے تو {name} نیند سے اچھل {پڑتا|پڑتی} ہے، مگر لفظ “نہیں” کبھی نہیں {سنتا|سنتی}۔',
        en: 'Even the rustle of a crisp packet makes {name} leap out of sleep, but the word "no" it never hears.',
      },
      {
        text: 'پلیٹ ایک سیکنڈ کے لیے اکیلی چھوڑیں، اور {name} اسے فری سیمپل سمجھ کر صاف کر {دیتا|دیتی} ہے۔',
        en: 'Leave a plate alone for one second and {name} takes it for a free sample and licks it clean.',
      },
      {
        text: '{Name} کھانا ختم کرتے ہی اگلے کھانے کا وقت {پوچھتا|پوچھتی} ہے، جیسے ولیمے کی دعوت میں {بیٹھا|بیٹھی} ہو۔',
        en: '{Name} asks when the next meal is the moment this one ends, as if seated at a wedding reception feast.',
      },
    ],
    loud: [
      {
        text: '{Name} اتنی زور سے {چلاتا|چلاتی} ہے کہ شادی والا ڈی جے بھی آواز کم کر دے۔',
        en: '{Name} yells so loudly that even the wedding DJ would turn the volume down.',
      },
      {
        text: '{Name} رات تین بجے ایسی محفل {سجاتا|سجاتی} ہے کہ پڑوسی شکایت لے کر دروازے پر کھڑے ہوتے ہیں۔',
        en: '{Name} hosts such a concert at 3 a.m. that the neighbours are at the door with complaints.',
      },
      {
        text: 'ڈاکیا آیا، کوّا آیا، ہوا چلی: {name} ہر چیز کا اعلان ریلوے اسٹیشن کی طرح {کرتا|کرتی} ہے۔',
        en: 'Postman came, crow came, wind blew: {name} announces every one of them like a railway station.',
      },
      {
        text: '{Name} کے آنے کے بعد اس گھر میں خاموشی صرف لغت میں ملتی ہے۔',
        en: 'Since {name} arrived, silence in this house can only be found in the dictionary.',
      },
    ],
    grumpy: [
      {
        text: '{Name} ہر وقت منہ پھلائے ایسے {رہتا|رہتی} ہے جیسے بجلی کا بل دگنا آیا ہو۔',
        en: '{Name} sulks all the time, as if the electricity bill had come in double.',
      },
      {
        text: 'گڈ مارننگ کہیں تو {name} ایسے {گھورتا|گھورتی} ہے جیسے انکم ٹیکس کا نوٹس آ گیا ہو۔',
        en: 'Say good morning and {name} glares at you as if an income-tax notice had arrived.',
      },
      {
        text: '{Name} گھر کے ہر فرد کو نمبر {دیتا|دیتی} ہے، اور ابھی تک کوئی پاس نہیں ہوا۔',
        en: '{Name} grades every member of the household, and nobody has passed yet.',
      },
      {
        text: '{Name} کا غصہ ہمیشہ ناک پر رہتا ہے، اور ناک ہمیشہ آسمان کی طرف۔',
        en: "{Name}'s temper always sits on the tip of the nose (idiom: quick to take offence), and the nose is always pointed at the sky.",
      },
    ],
    destructive: [
      {
        text: 'اس گھر کی ہر چپل کی ایک کہانی ہے، اور اس کا انجام {name} نے لکھا ہے۔',
        en: 'Every slipper in this house has a story, and {name} wrote its ending.',
      },
      {
        text: 'نیا صوفہ آئے تو ڈیلیوری والے کے جانے سے پہلے ہی {name} اس کی وارنٹی ختم کر {دیتا|دیتی} ہے۔',
        en: 'When a new sofa arrives, {name} has used up its warranty before the delivery guy has even left.',
      },
      {
        text: '{Name} تکیے کی روئی ایسے {بکھیرتا|بکھیرتی} ہے جیسے گھر میں برف باری ہو گئی ہو۔',
        en: '{Name} scatters the pillow stuffing until it looks like it snowed indoors.',
      },
      {
        text: 'جوتوں کی دکان کھولیں تو {name} پہلے ہی دن دیوالیہ نکلوا دے۔',
        en: 'If we opened a shoe shop, {name} would bankrupt it on day one.',
      },
    ],
    clumsy: [
      {
        text: '{Name} سیدھے فرش پر بھی پھسل {جاتا|جاتی} ہے، اور پھر فرش کو {گھورتا|گھورتی} ہے۔',
        en: '{Name} slips even on a perfectly flat floor and then glares at the floor.',
      },
      {
        text: 'اس گھر کا کوئی دروازہ ایسا نہیں جس سے {name} کا ماتھا نہ ٹکرایا ہو۔',
        en: "There isn't a door in this house that {name} hasn't bumped its forehead on.",
      },
      {
        text: '{Name} چھلانگ لگاتے وقت اندازہ محکمہ موسمیات کی پیشگوئی جتنا ہی غلط {لگاتا|لگاتی} ہے۔',
        en: "{Name} misjudges every jump as badly as the weather department's forecast.",
      },
      {
        text: '{Name} شیشے کے دروازے سے روز پورے اعتماد کے ساتھ {ٹکراتا|ٹکراتی} ہے۔',
        en: '{Name} walks into the glass door every day with complete confidence.',
      },
    ],
    vain: [
      {
        text: 'فون نکالیں تو {name} فوراً پوز دینے {لگتا|لگتی} ہے، جیسے کسی ڈرامے کا پرومو شوٹ ہو رہا ہو۔',
        en: 'Take out a phone and {name} starts posing at once, as if shooting a promo for a TV drama.',
      },
      {
        text: '{Name} کھانے کے پیالے سے زیادہ آئینہ {دیکھتا|دیکھتی} ہے۔',
        en: '{Name} looks in the mirror more often than in the food bowl.',
      },
      {
        text: '{Name} کے نخرے دیکھ کر بڑے بڑے فلمی ستارے بھی نوٹس لینے لگیں۔',
        en: "Watching {name}'s diva tantrums, even big film stars would start taking notes.",
      },
      {
        text: 'نہانے کے بعد {name} گھنٹہ بھر بال {سکھاتا|سکھاتی} ہے، اور پھر ایک گھنٹہ سیلفیوں کے لیے۔',
        en: '{Name} takes an hour to dry off after a bath, and then another hour for selfies.',
      },
    ],
    scaredy: [
      {
        text: '{Name} یوں تو {شیر|شیرنی} ہے، مگر دروازے کی گھنٹی بجتے ہی {سیدھا|سیدھی} پلنگ کے نیچے۔',
        en: '{Name} is a lion(ess) otherwise, but the doorbell rings and it goes straight under the bed.',
      },
      {
        text: 'ویکیوم کلینر چلتے ہی {name} پیچھے دیکھے بغیر بھاگ {نکلتا|نکلتی} ہے۔',
        en: 'The vacuum cleaner starts and {name} bolts without once looking back.',
      },
      {
        text: 'غبارہ، کھیرا اور اپنا سایہ: {name} تینوں سے برابر {ڈرتا|ڈرتی} ہے۔',
        en: 'A balloon, a cucumber and its own shadow: {name} is equally scared of all three.',
      },
      {
        text: 'پڑوس میں ایک پٹاخہ پھٹا اور {name} تین دن الماری کے پیچھے سے باہر ہی نہیں {نکلا|نکلی}۔',
        en: "One firecracker went off next door and {name} didn't come out from behind the cupboard for three days.",
      },
    ],
    clingy: [
      {
        text: '{Name} باتھ روم تک پیچھے پیچھے {آتا|آتی} ہے، جیسے حکومت نے خاص باڈی گارڈ دیا ہو۔',
        en: '{Name} follows you all the way to the bathroom, as if the government had given you a personal bodyguard.',
      },
      {
        text: 'دس سیکنڈ کمرے سے باہر جائیں، اور {name} گمشدگی کی رپورٹ لکھوانے چل {پڑتا|پڑتی} ہے۔',
        en: 'Step out of the room for ten seconds and {name} sets off to file a missing-person report.',
      },
      {
        text: '{Name} تو ایلفی ہے: ایک بار {چپک گیا|چپک گئی} تو چھوٹنے کا سوال ہی نہیں۔',
        en: '{Name} is pure superglue ("Elfy", a well-known glue brand): once stuck on, there is no question of coming off.',
      },
      {
        text: 'پرائیویسی نام کا لفظ {name} کی لغت میں ہے ہی نہیں۔',
        en: 'The word "privacy" simply does not exist in {name}\'s dictionary.',
      },
    ],
    escape: [
      {
        text: 'گیٹ ذرا کھلا دکھے تو {name} {سیدھا|سیدھی} پہاڑوں کی سیر کو نکل {جاتا|جاتی} ہے۔',
        en: 'Spot the gate open a crack and {name} heads straight off on a trip to the hills.',
      },
      {
        text: '{Name} اتنی بار {بھاگ چکا|بھاگ چکی} ہے کہ محلے کے چوکیدار کے پاس اب اس کی تصویر لگی ہے۔',
        en: '{Name} has run off so many times that the neighbourhood watchman now keeps its photo pinned up.',
      },
      {
        text: 'کوئی دیوار {name} کو روک نہیں سکتی؛ بس کھانے کی خوشبو ہی واپس لاتی ہے۔',
        en: 'No wall can hold {name}; only the smell of dinner ever brings it back.',
      },
      {
        text: '{Name} ہر رات دروازے کو ایسے {تکتا|تکتی} ہے جیسے کسی فلمی ڈکیتی کا منصوبہ {بنا رہا|بنا رہی} ہو۔',
        en: '{Name} stares at the front door every night as if planning a heist straight out of a film.',
      },
    ],
  },
  closers: [
    {
      text: 'پھر بھی {name}، ہم تم سے بہت پیار کرتے ہیں۔ زیادہ تر دنوں میں۔',
      en: 'Still, {name}, we love you lots. On most days.',
    },
    {
      text: 'بس، روسٹ ختم۔ اب {name} یہ سب ان سنا کر کے پھر سو {جائے گا|جائے گی}۔',
      en: "That's the roast. Now {name} will ignore every word of it and go back to sleep.",
    },
    {
      text: '{Name}، یہ روسٹ نہیں تھا، سالانہ امتحان کا نتیجہ تھا: {پیارا|پیاری} بہت، مگر فیل۔',
      en: "{Name}, this wasn't a roast, it was your annual exam result: very cute, but failed.",
    },
    {
      text: 'ایسے ہی {نرالے|نرالی} رہو، {name}۔ کرایہ بس جپھیوں میں ہی دینا ہوگا۔',
      en: 'Stay just this one-of-a-kind, {name}. The rent is payable in hugs only.',
    },
    {
      text: '{Name} جتنی بھی شرارتیں کرے، اس گھر کی جان تو وہی ہے۔',
      en: 'However much mischief {name} gets up to, it is still the life and soul of this house.',
    },
  ],
  groupClosers: [
    {
      text: 'تم سب ہماری جان ہو، مگر اب اس گھر کو چھٹی چاہیے۔',
      en: 'You are all our heart and soul, but this house now needs a holiday.',
    },
    {
      text: '{count} {nouns}، اور پھر بھی گھر میں محبت کی کوئی کمی نہیں؛ کمی ہے تو بس فرنیچر کی۔',
      en: '{count} {nouns}, and still no shortage of love in this house; the only shortage is furniture.',
    },
    {
      text: 'یہ گینگ ہماری جان ہے؛ بس پڑوسی یہ بات نہیں مانتے۔',
      en: "This gang is our life; the neighbours just don't agree.",
    },
  ],
  petWords: {
    dog: ['کتا', 'کتے', 'کتوں', 'پلا', 'پلے', 'kutta', 'kuttay', 'kutte', 'kuta', 'pilla', 'pillay'],
    cat: ['بلی', 'بلا', 'بلیاں', 'بلونگڑا', 'billi', 'billa', 'bili', 'billiyan', 'bilonga'],
    bird: ['چڑیا', 'پرندہ', 'پرندے', 'طوطا', 'توتا', 'کبوتر', 'مرغی', 'مرغا', 'مینا', 'chirya', 'chiriya', 'chidiya', 'parinda', 'tota', 'kabootar', 'kabutar', 'murghi', 'murgha', 'maina'],
    horse: ['گھوڑا', 'گھوڑی', 'گھوڑے', 'بچھیرا', 'ghora', 'ghoda', 'ghori', 'ghoray'],
    sheep: ['بھیڑ', 'بھیڑیں', 'دنبہ', 'میمنا', 'bhair', 'bher', 'bhed', 'dumba', 'memna'],
    cow: ['گائے', 'گائیں', 'بچھڑا', 'بیل', 'بھینس', 'gaye', 'gaaye', 'gai', 'bachhra', 'bachra', 'bhains'],
    elephant: ['ہاتھی', 'haathi', 'hathi'],
    bear: ['ریچھ', 'بھالو', 'reech', 'reechh', 'bhalu', 'bhaloo'],
    zebra: ['زیبرا', 'zebra'],
    giraffe: ['زرافہ', 'زرافے', 'zarafa', 'zaraafa', 'giraffe'],
  },
  traitWords: {
    lazy: ['سست', 'کاہل', 'سوتا', 'سوتی', 'نیند', 'آلسی', 'sust', 'susst', 'kahil', 'kaahil', 'sota', 'soti', 'neend', 'aalsi'],
    greedy: ['پیٹو', 'بھوکا', 'بھوکی', 'کھاتا', 'کھاتی', 'چٹورا', 'چور', 'petu', 'paitu', 'bhooka', 'bhooki', 'khata', 'khati', 'chatora', 'chor'],
    loud: ['شور', 'بھونک', 'چیخ', 'چلات', 'shor', 'bhonk', 'bhaunk', 'cheekh', 'chillata', 'chillati'],
    grumpy: ['غصہ', 'غصے', 'غصیل', 'ناراض', 'چڑچڑا', 'چڑچڑی', 'ghussa', 'gussa', 'ghussay', 'ghusail', 'naraz', 'chirchira'],
    destructive: ['توڑ', 'پھاڑ', 'چبا', 'تباہ', 'چپل', 'tor', 'torta', 'phaar', 'phaad', 'chaba', 'tabah', 'chappal'],
    clumsy: ['گرتا', 'گرتی', 'گر جاتا', 'پھسل', 'ٹکرا', 'بے ڈھنگ', 'girta', 'girti', 'gir jata', 'phisal', 'takra', 'bedhang'],
    vain: ['نخرے', 'نخریل', 'شوخ', 'سیلفی', 'آئینہ', 'فیشن', 'nakhre', 'nakhray', 'nakhreli', 'shokh', 'selfie', 'aaina', 'aina'],
    scaredy: ['ڈرپوک', 'ڈرتا', 'ڈرتی', 'خوف', 'گھبرا', 'darpok', 'darta', 'darti', 'khauf', 'ghabra'],
    clingy: ['چپکو', 'پیچھے پیچھے', 'لاڈلا', 'لاڈلی', 'chipku', 'peeche peeche', 'pichay pichay', 'ladla', 'ladli'],
    escape: ['بھاگ', 'فرار', 'نکل جاتا', 'نکل جاتی', 'bhaag', 'bhag jata', 'bhaag jata', 'farar', 'nikal jata'],
  },
  numberWords: {
    'دو': 2, 'دونوں': 2, 'تین': 3, 'چار': 4, 'پانچ': 5, 'چھ': 6, 'سات': 7, 'آٹھ': 8, 'نو': 9, 'دس': 10,
    dono: 2, teen: 3, char: 4, chaar: 4, paanch: 5, panch: 5, chay: 6, chhe: 6, saat: 7, aath: 8, nau: 9, das: 10,
  },
  notNames: [
    'میرا', 'میری', 'میرے', 'ہمارا', 'ہماری', 'ہمارے', 'یہ', 'وہ', 'اس', 'جی',
    'mera', 'meri', 'mere', 'meray', 'hamara', 'hamari', 'hamare', 'humara', 'humari', 'yeh', 'ye', 'woh', 'wo', 'ji',
  ],
};
