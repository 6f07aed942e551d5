import type { NativePhrasebook } from './types.js';

/**
 * Punjabi (Gurmukhi) phrasebook (docs/writer.md, "Phrasebooks"), written natively in the colloquial Punjabi of
 * Instagram/WhatsApp (ਈ for ਹੀ, ਆ for ਹੈ, ਪਊ/ਮਾਰੂ futures): ਪਰੌਂਠੇ ਤੇ ਮੱਖਣ, ਅਖਾੜਾ, ਵਿਆਹ ਵਾਲਾ ਡੀਜੇ, ਭੇਡ-ਚਾਲ,
 * ਆਈਲੈਟਸ, "ਕਲਾਸ ਲੱਗਣੀ", "ਦੀਵਾਲਾ ਕੱਢਣਾ".
 *
 * Grammar: verbs and adjectives agree with the subject's gender through `{m|f}` (ਕੁੱਤਾ ਸੌਂਦਾ, ਬਿੱਲੀ ਸੌਂਦੀ).
 * Punjabi writes its postpositions as separate words (ਦਾ/ਦੀ/ਦੇ, ਨੂੰ, ਨੇ), so `{name}` is followed by them with
 * a space and never takes a suffix. `{noun}`/`{nouns}` are never followed by a postposition (their oblique
 * forms differ). Every line roasts the pet's behaviour only.
 */
export const PUNJABI: NativePhrasebook = {
  language: 'pa',
  nouns: {
    dog: { one: 'ਕੁੱਤਾ', many: 'ਕੁੱਤੇ', gender: 'm' },
    cat: { one: 'ਬਿੱਲੀ', many: 'ਬਿੱਲੀਆਂ', gender: 'f' },
    bird: { one: 'ਚਿੜੀ', many: 'ਚਿੜੀਆਂ', gender: 'f' },
    horse: { one: 'ਘੋੜਾ', many: 'ਘੋੜੇ', gender: 'm' },
    sheep: { one: 'ਭੇਡ', many: 'ਭੇਡਾਂ', gender: 'f' },
    cow: { one: 'ਗਾਂ', many: 'ਗਾਵਾਂ', gender: 'f' },
    elephant: { one: 'ਹਾਥੀ', many: 'ਹਾਥੀ', gender: 'm' },
    bear: { one: 'ਰਿੱਛ', many: 'ਰਿੱਛ', gender: 'm' },
    zebra: { one: 'ਜ਼ੈਬਰਾ', many: 'ਜ਼ੈਬਰੇ', gender: 'm' },
    giraffe: { one: 'ਜਿਰਾਫ਼', many: 'ਜਿਰਾਫ਼', gender: 'm' },
  },
  unnamed: { text: '{noun} ਜੀ', en: '{noun} ji (the respectful "ji", used in jest)' },
  gangLeader: { text: 'ਗੈਂਗ ਲੀਡਰ', gender: 'm', en: 'the gang leader (a loanword phrase that stays unchanged before ਦਾ/ਨੂੰ/ਨੇ)' },
  title: {
    named: { text: '{name} ਦਾ ਰੋਸਟ', en: "{name}'s roast (ਦਾ is a separate word; the name takes no ending)" },
    generic: { text: 'ਅੱਜ ਦਾ ਰੋਸਟ', en: "Today's roast" },
  },
  numbers: { 2: 'ਦੋ', 3: 'ਤਿੰਨ', 4: 'ਚਾਰ', 5: 'ਪੰਜ', 6: 'ਛੇ', 7: 'ਸੱਤ', 8: 'ਅੱਠ', 9: 'ਨੌਂ', 10: 'ਦਸ' },
  mixedNoun: { one: 'ਜਾਨਵਰ', many: 'ਜਾਨਵਰ', gender: 'm' },
  openers: [
    {
      text: 'ਆਜੋ ਬਈ ਆਜੋ! ਅੱਜ ਵਾਰੀ ਆ {name} ਦੀ, ਇਸ ਘਰ ਦੇ ਬਿਨਾਂ ਤਨਖ਼ਾਹ ਵਾਲੇ ਬੌਸ ਦੀ।',
      en: "Come on in, folks! Today it's the turn of {name}, this house's unpaid boss.",
    },
    {
      text: 'ਨਾ ਕੋਈ ਨੌਕਰੀ, ਨਾ ਕਿਰਾਇਆ, ਫਿਰ ਵੀ ਪੂਰੇ ਘਰ ਵਿੱਚ ਹੁਕਮ {name} ਦਾ ਈ ਚੱਲਦਾ।',
      en: "No job, no rent, and still the only orders that count in this whole house are {name}'s.",
    },
    {
      text: 'ਤਾਜ਼ਾ ਖ਼ਬਰ: {name} ਦਾ ਰਿਪੋਰਟ ਕਾਰਡ ਆ ਗਿਆ, ਤੇ ਹਰ ਵਿਸ਼ੇ ਵਿੱਚ ਲਾਲ ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੋਇਆ।',
      en: "Breaking news: {name}'s report card is out, and there's a red mark in every subject.",
    },
    {
      text: '{Name} {ਸੋਚਦਾ|ਸੋਚਦੀ} ਹੈ ਕਿ ਇਹ ਤਾਰੀਫ਼ਾਂ ਵਾਲੀ ਵੀਡੀਓ ਹੈ। ਭੋਲੇਪਨ ਦੀ ਵੀ ਕੋਈ ਹੱਦ ਹੁੰਦੀ ਆ!',
      en: '{Name} thinks this is a video full of compliments. Even innocence has its limits!',
    },
    {
      text: '{Name} ਸ਼ਕਲੋਂ {ਭੋਲਾ|ਭੋਲੀ}, ਤੇ ਕਰਤੂਤਾਂ ਤੋਂ ਪੂਰਾ ਡਰਾਮਾ।',
      en: '{Name}: innocent by face, full-on drama by deeds.',
    },
    {
      text: 'ਚਾਹ ਤੇ ਪਕੌੜੇ ਤਿਆਰ ਰੱਖੋ, ਅੱਜ {name} ਦੀ ਕਲਾਸ ਲੱਗਣੀ ਆ।',
      en: 'Get the tea and pakoras ready, because today {name} is getting schooled (idiom: "class lagni", a proper telling-off).',
    },
  ],
  groupOpeners: [
    {
      text: 'ਇੱਥੇ {count} {nouns} ਨੇ, ਤੇ ਸਭਨਾਂ ਵਿੱਚ ਰਲ਼ ਕੇ ਦਿਮਾਗ਼ ਇੱਕੋ ਆ, ਉਹ ਵੀ ਛੁੱਟੀ ਉੱਤੇ।',
      en: "There are {count} {nouns} here, and one brain between them, and that one's on leave.",
    },
    {
      text: '{Count} {nouns}, ਇੱਕ ਘਰ, ਤੇ ਅਨੁਸ਼ਾਸਨ? ਉਹ ਤਾਂ ਇਸ ਘਰ ਦਾ ਰਾਹ ਈ ਭੁੱਲ ਗਿਆ।',
      en: '{Count} {nouns}, one house, and discipline? Discipline forgot the way to this house long ago.',
    },
    {
      text: '{count} {nouns} ਮਤਲਬ ਘਰ ਵਿੱਚ ਰੋਜ਼ ਵਿਆਹ ਵਾਲਾ ਮਾਹੌਲ: ਰੌਲਾ ਪੂਰਾ, ਕੰਮ ਕੋਈ ਨਹੀਂ।',
      en: '{count} {nouns} means a wedding atmosphere at home every day: all noise, no work.',
    },
    {
      text: '{count} {nouns} ਮਤਲਬ ਘਰ ਨਹੀਂ, ਪੂਰੀ ਸਰਕਸ, ਤੇ ਰਿੰਗਮਾਸਟਰ ਕੋਈ ਨਹੀਂ।',
      en: "{count} {nouns} means it's not a house, it's a full circus, with no ringmaster.",
    },
  ],
  classJabs: {
    dog: [
      {
        text: '{Name} ਡਾਕੀਏ ਨੂੰ ਵੇਖ ਕੇ ਇੰਝ {ਭੌਂਕਦਾ|ਭੌਂਕਦੀ} ਹੈ ਜਿਵੇਂ ਉਹਨੇ ਪਿਛਲੇ ਸਾਲ ਦੀ ਚਿੱਠੀ ਅਜੇ ਤੱਕ ਨਾ ਪਹੁੰਚਾਈ ਹੋਵੇ।',
        en: "{Name} barks at the postman as if he still hadn't delivered last year's letter.",
      },
      {
        text: 'ਪਰੌਂਠਾ ਦਿਸਦੇ ਈ {name} ਇੰਨਾ ਮਾਸੂਮ ਮੂੰਹ {ਬਣਾਉਂਦਾ|ਬਣਾਉਂਦੀ} ਹੈ ਜਿਵੇਂ ਹਫ਼ਤੇ ਤੋਂ {ਭੁੱਖਾ|ਭੁੱਖੀ} ਹੋਵੇ।',
        en: 'The moment a paratha appears, {name} puts on such an innocent face, as if it had been starving for a week.',
      },
      {
        text: '{Name} ਰੋਜ਼ ਆਪਣੀ ਪੂਛ ਨਾਲ ਕੁਸ਼ਤੀ {ਲੜਦਾ|ਲੜਦੀ} ਹੈ, ਤੇ ਰੋਜ਼ ਚਿੱਤ {ਹੁੰਦਾ|ਹੁੰਦੀ} ਹੈ।',
        en: '{Name} wrestles its own tail every day and gets pinned flat every day.',
      },
    ],
    cat: [
      {
        text: '{Name} ਮੇਜ਼ ਤੋਂ ਹਰ ਚੀਜ਼ ਥੱਲੇ ਸੁੱਟ ਕੇ ਰੋਜ਼ ਨਿਊਟਨ ਦਾ ਨਿਯਮ ਚੈੱਕ {ਕਰਦਾ|ਕਰਦੀ} ਹੈ।',
        en: "{Name} knocks everything off the table to re-check Newton's law every day.",
      },
      {
        text: 'ਮਹਿੰਗਾ ਖਿਡੌਣਾ ਲਿਆਓ ਤਾਂ {name} {ਵੇਖਦਾ|ਵੇਖਦੀ} ਵੀ ਨਹੀਂ, ਪਰ ਉਹਦੇ ਡੱਬੇ ਉੱਤੇ ਜਾਨ {ਛਿੜਕਦਾ|ਛਿੜਕਦੀ} ਹੈ।',
        en: "Bring an expensive toy and {name} won't even look at it, but absolutely dotes on the box it came in.",
      },
      {
        text: '{Name} ਸਾਰਾ ਦਿਨ ਬਾਰੀ ਵਿੱਚ ਬੈਠ ਕੇ ਪੂਰੇ ਮੁਹੱਲੇ ਦੀ ਖ਼ਬਰ {ਰੱਖਦਾ|ਰੱਖਦੀ} ਹੈ, ਨਿਊਜ਼ ਚੈਨਲ ਤੋਂ ਵੀ ਤੇਜ਼।',
        en: '{Name} sits at the window all day keeping tabs on the whole neighbourhood, faster than a news channel.',
      },
    ],
    bird: [
      {
        text: '{Name} ਮੰਮੀ ਦੀ ਆਵਾਜ਼ ਦੀ ਇੰਨੀ ਪੱਕੀ ਨਕਲ {ਲਾਉਂਦਾ|ਲਾਉਂਦੀ} ਹੈ ਕਿ ਬੱਚੇ ਡਰ ਕੇ ਕਿਤਾਬਾਂ ਖੋਲ੍ਹ ਲੈਂਦੇ ਨੇ।',
        en: "{Name} imitates Mum's voice so perfectly that the kids panic and open their schoolbooks.",
      },
      {
        text: '{Name} ਸਵੇਰੇ ਪੰਜ ਵਜੇ ਅਜਿਹਾ ਰੌਲਾ {ਪਾਉਂਦਾ|ਪਾਉਂਦੀ} ਹੈ ਕਿ ਕੁੱਕੜ ਵੀ ਅਸਤੀਫ਼ਾ ਦੇ ਦੇਵੇ।',
        en: '{Name} makes such a racket at 5 a.m. that even the rooster would resign.',
      },
      {
        text: 'ਖੰਭ ਹੁੰਦਿਆਂ ਵੀ {name} ਘਰ ਵਿੱਚ ਪੈਦਲ ਈ {ਘੁੰਮਦਾ|ਘੁੰਮਦੀ} ਹੈ, ਜਿਵੇਂ ਉੱਡਣਾ ਕੋਈ ਆਪਸ਼ਨਲ ਵਿਸ਼ਾ ਹੋਵੇ।',
        en: 'Despite having wings, {name} walks everywhere in the house, as if flying were an optional subject.',
      },
    ],
    horse: [
      {
        text: '{Name} ਵੇਖਣ ਨੂੰ ਰੇਸ ਦਾ ਘੋੜਾ, ਪਰ ਚਾਲ ਸਰਕਾਰੀ ਫ਼ਾਈਲ ਵਰਗੀ।',
        en: '{Name} looks like a racehorse but moves at the speed of a government file.',
      },
      {
        text: 'ਗਾਜਰ ਵੇਖਦੇ ਈ {name} ਵਿਆਹ ਵਾਲੀ ਘੋੜੀ ਵਾਂਗ ਨੱਚਣ ਲੱਗ {ਪੈਂਦਾ|ਪੈਂਦੀ} ਹੈ।',
        en: 'Show {name} a carrot and it starts dancing like the mare at a wedding procession.',
      },
      {
        text: '{Name} ਆਪਣੀ ਅਯਾਲ ਇੰਝ {ਝਟਕਦਾ|ਝਟਕਦੀ} ਹੈ ਜਿਵੇਂ ਸ਼ੈਂਪੂ ਦੀ ਐਡ ਦੀ ਸ਼ੂਟਿੰਗ ਚੱਲ ਰਹੀ ਹੋਵੇ।',
        en: '{Name} flicks that mane as if a shampoo advert were being shot.',
      },
    ],
    sheep: [
      {
        text: '{Name} ਭੇਡ-ਚਾਲ {ਦਾ ਬ੍ਰਾਂਡ ਅੰਬੈਸਡਰ|ਦੀ ਬ੍ਰਾਂਡ ਅੰਬੈਸਡਰ} ਹੈ: ਅੱਗੇ ਵਾਲਾ ਖੂਹ ਵਿੱਚ ਛਾਲ ਮਾਰੇ ਤਾਂ ਇਹ ਵੀ ਮਾਰੂ।',
        en: '{Name} is the brand ambassador of "bhed-chaal" (herd mentality, literally "sheep-walk"): if the one ahead jumps into a well, so will this one.',
      },
      {
        text: 'ਸਿਆਲਾਂ ਵਿੱਚ {name} ਆਪ ਈ ਤੁਰਦੀ-ਫਿਰਦੀ ਸਵੈਟਰਾਂ ਦੀ ਦੁਕਾਨ ਬਣ {ਜਾਂਦਾ|ਜਾਂਦੀ} ਹੈ।',
        en: 'Come winter, {name} turns into a walking sweater shop all by itself.',
      },
      {
        text: '{Name} ਸਾਰਾ ਦਿਨ ਮੈਂ-ਮੈਂ {ਕਰਦਾ|ਕਰਦੀ} ਹੈ, ਜਿਵੇਂ ਵਟਸਐਪ ਗਰੁੱਪ {ਦਾ ਐਡਮਿਨ|ਦੀ ਐਡਮਿਨ} ਹੋਵੇ।',
        en: '{Name} goes "main-main" all day (the bleat sounds like "me, me"), like a WhatsApp group admin.',
      },
    ],
    cow: [
      {
        text: '{Name} ਸਾਰਾ ਦਿਨ ਜੁਗਾਲੀ {ਕਰਦਾ|ਕਰਦੀ} ਹੈ, ਜਿਵੇਂ ਕਿਸੇ ਵੱਡੇ ਫ਼ੈਸਲੇ ਉੱਤੇ {ਸੋਚ ਰਿਹਾ|ਸੋਚ ਰਹੀ} ਹੋਵੇ।',
        en: '{Name} chews the cud all day, as if weighing some very big decision.',
      },
      {
        text: '{Name} ਸੜਕ ਦੇ ਵਿਚਾਲੇ ਖੜ੍ਹ ਕੇ ਟ੍ਰੈਫ਼ਿਕ ਪੁਲਿਸ ਦੀ ਡਿਊਟੀ ਮੁਫ਼ਤ {ਕਰਦਾ|ਕਰਦੀ} ਹੈ।',
        en: "{Name} stands in the middle of the road doing the traffic police's duty for free.",
      },
      {
        text: 'ਲੱਸੀ ਦਾ ਗਲਾਸ ਵੇਖ ਕੇ {name} ਇੰਝ {ਘੂਰਦਾ|ਘੂਰਦੀ} ਹੈ ਜਿਵੇਂ ਰਾਇਲਟੀ {ਮੰਗ ਰਿਹਾ|ਮੰਗ ਰਹੀ} ਹੋਵੇ।',
        en: 'Seeing a glass of lassi, {name} glares as if demanding royalties.',
      },
    ],
    elephant: [
      {
        text: '{Name} ਕੁਝ ਨਹੀਂ {ਭੁੱਲਦਾ|ਭੁੱਲਦੀ}: ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਨਾ ਮਿਲੇ ਕੇਲੇ ਦਾ ਹਿਸਾਬ ਅਜੇ ਵੀ ਬਾਕੀ ਆ।',
        en: "{Name} forgets nothing: the banana it didn't get two years ago is still an open account.",
      },
      {
        text: '{Name} ਸੁੰਡ ਨਾਲ ਪਾਣੀ ਉਛਾਲ ਕੇ ਸਾਰੇ ਘਰ ਨੂੰ ਵਾਟਰ ਪਾਰਕ ਬਣਾ {ਦਿੰਦਾ|ਦਿੰਦੀ} ਹੈ, ਉਹ ਵੀ ਬਿਨਾਂ ਟਿਕਟ।',
        en: '{Name} sprays water with its trunk and turns the whole house into a water park, no ticket needed.',
      },
      {
        text: '{Name} ਕੰਨਾਂ ਦੇ ਪੱਖੇ ਇੰਝ {ਝੱਲਦਾ|ਝੱਲਦੀ} ਹੈ ਜਿਵੇਂ ਘਰ ਦੀ ਬੱਤੀ ਗਈ ਹੋਵੇ।',
        en: '{Name} fans itself with those ears as if the power had gone out.',
      },
    ],
    bear: [
      {
        text: '{Name} ਸ਼ਹਿਦ ਦੀ ਸ਼ੀਸ਼ੀ ਲਈ ਜਿੰਨੀ ਮਿਹਨਤ {ਕਰਦਾ|ਕਰਦੀ} ਹੈ, ਓਨੀ ਤਾਂ ਕਿਸੇ ਨੇ ਆਈਲੈਟਸ ਲਈ ਵੀ ਨਹੀਂ ਕੀਤੀ।',
        en: 'Nobody ever studied as hard for the IELTS exam as {name} works for a jar of honey.',
      },
      {
        text: 'ਦੂਰੋਂ {name} ਬਿਲਕੁਲ ਟੈਡੀ ਬੀਅਰ {ਲੱਗਦਾ|ਲੱਗਦੀ} ਹੈ; ਨੇੜਿਓਂ, ਐਤਵਾਰ ਸਵੇਰੇ ਜਗਾਏ ਬੰਦੇ ਵਰਗਾ ਮੂਡ।',
        en: 'From afar {name} looks just like a teddy bear; up close, the mood of someone woken early on a Sunday.',
      },
      {
        text: '{Name} ਸਾਰਾ ਸਿਆਲ {ਸੁੱਤਾ|ਸੁੱਤੀ} {ਰਹਿੰਦਾ|ਰਹਿੰਦੀ} ਹੈ, ਤੇ ਫਿਰ {ਕਹਿੰਦਾ|ਕਹਿੰਦੀ} ਹੈ ਥਕਾਵਟ ਨਹੀਂ ਲੱਥੀ।',
        en: '{Name} sleeps through the whole winter and then says the tiredness just will not go.',
      },
    ],
    zebra: [
      {
        text: '{Name} ਸਾਰੀ ਉਮਰ ਇੱਕੋ ਧਾਰੀਆਂ ਵਾਲਾ ਸੂਟ ਪਾ ਕੇ {ਘੁੰਮਦਾ|ਘੁੰਮਦੀ} ਹੈ; ਅਲਮਾਰੀ ਖੋਲ੍ਹਣ ਦੀ ਖੇਚਲ ਈ ਨਹੀਂ।',
        en: '{Name} wears the same striped suit its whole life and never bothers to open the wardrobe.',
      },
      {
        text: '{Name} ਮਾਲ ਵਿੱਚ {ਚਲਾ|ਚਲੀ} ਜਾਵੇ ਤਾਂ ਕੈਸ਼ੀਅਰ ਬਾਰਕੋਡ ਸਮਝ ਕੇ ਸਕੈਨ ਕਰ ਦੇਵੇ।',
        en: 'If {name} walked into a mall, the cashier would scan it as a barcode.',
      },
      {
        text: '{Name} ਆਪ ਜ਼ੈਬਰਾ ਕਰਾਸਿੰਗ {ਵਰਗਾ|ਵਰਗੀ} ਹੈ, ਫਿਰ ਵੀ ਸੜਕ ਪਾਰ ਕਰਨ ਵੇਲੇ {ਘਬਰਾ ਜਾਂਦਾ|ਘਬਰਾ ਜਾਂਦੀ} ਹੈ।',
        en: '{Name} looks like a zebra crossing itself, and still panics when crossing the road.',
      },
    ],
    giraffe: [
      {
        text: 'ਘਰ ਵਿੱਚ ਸਭ ਤੋਂ ਲੰਮੀ ਧੌਣ {name} ਦੀ ਹੈ, ਫਿਰ ਵੀ ਚੁਟਕਲਾ ਸਭ ਤੋਂ ਬਾਅਦ ਓਥੇ ਈ ਪਹੁੰਚਦਾ।',
        en: "The longest neck in the house is {name}'s, and that's exactly where jokes arrive last.",
      },
      {
        text: '{Name} ਸਿਰਫ਼ ਦਰਖ਼ਤ ਦੀ ਟੀਸੀ ਵਾਲੇ ਕੂਲੇ ਪੱਤੇ {ਖਾਂਦਾ|ਖਾਂਦੀ} ਹੈ; ਥੱਲੇ ਵਾਲੇ ਪੱਤੇ ਉਹਦੇ ਲਈ ਕੰਟੀਨ ਦਾ ਖਾਣਾ ਨੇ।',
        en: '{Name} eats only the tender leaves at the treetop; the lower ones are canteen food.',
      },
      {
        text: 'ਸੈਲਫ਼ੀ ਵਿੱਚ {name} ਕਦੇ {ਪੂਰਾ|ਪੂਰੀ} ਨਹੀਂ {ਆਉਂਦਾ|ਆਉਂਦੀ}, ਫ਼ੋਟੋ ਵਿੱਚ ਬੱਸ ਗੋਡੇ ਈ ਆਉਂਦੇ ਨੇ।',
        en: '{Name} never fits into a selfie; the photo only ever gets the knees.',
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} ਦਿਨ ਦੇ ਸੋਲਾਂ ਘੰਟੇ {ਸੌਂਦਾ|ਸੌਂਦੀ} ਹੈ, ਤੇ ਬਾਕੀ ਅੱਠ ਘੰਟੇ ਸੌਣ ਦੀ ਤਿਆਰੀ {ਕਰਦਾ|ਕਰਦੀ} ਹੈ।',
        en: '{Name} sleeps sixteen hours a day and spends the other eight getting ready to sleep.',
      },
      {
        text: '{Name} {ਇੰਨਾ|ਇੰਨੀ} ਆਲਸੀ ਹੈ ਕਿ ਸੁਪਨੇ ਵਿੱਚ ਵੀ ਮੰਜੀ ਉੱਤੇ ਈ {ਪਿਆ|ਪਈ} {ਰਹਿੰਦਾ|ਰਹਿੰਦੀ} ਹੈ।',
        en: '{Name} is so lazy that even in dreams it just lies on the charpai.',
      },
      {
        text: '{Name} ਦੀ ਕਸਰਤ ਬੱਸ ਇੰਨੀ ਆ: ਧੁੱਪ ਖਿਸਕੇ ਤਾਂ ਨਾਲ ਈ ਆਪ ਵੀ ਖਿਸਕ ਜਾਣਾ।',
        en: "{Name}'s whole workout: when the sunny patch shifts, shift along with it.",
      },
      {
        text: '{Name} ਦੇ ਉੱਠਣ ਦੀ ਉਡੀਕ ਨਾਲੋਂ ਤਾਂ ਕਨੇਡਾ ਦਾ ਵੀਜ਼ਾ ਛੇਤੀ ਆ ਜਾਂਦਾ।',
        en: 'A Canada visa would arrive sooner than {name} gets up.',
      },
    ],
    greedy: [
      {
        text: 'ਫ਼ਰਿੱਜ ਦਾ ਦਰਵਾਜ਼ਾ ਖੁੱਲ੍ਹਦੇ ਈ {name} ਤਿੰਨ ਕਮਰੇ ਦੂਰੋਂ ਹਾਜ਼ਰ ਹੋ {ਜਾਂਦਾ|ਜਾਂਦੀ} ਹੈ।',
        en: 'The moment the fridge door opens, {name} shows up from three rooms away.',
      },
      {
        text: 'ਪਰੌਂਠਿਆਂ ਉੱਤੇ ਮੱਖਣ ਲੱਗਦੇ ਈ {name} ਦੀਆਂ ਅੱਖਾਂ ਵਿੱਚ ਵਿਆਹ ਵਾਲੀ ਚਮਕ ਆ ਜਾਂਦੀ ਆ।',
        en: "The moment butter goes on the parathas, {name}'s eyes light up like it's a wedding day.",
      },
      {
        text: 'ਥਾਲੀ ਇੱਕ ਸਕਿੰਟ ਇਕੱਲੀ ਛੱਡੋ, ਤੇ {name} ਉਹਨੂੰ ਫ਼੍ਰੀ ਸੈਂਪਲ ਸਮਝ ਕੇ ਸਾਫ਼ ਕਰ {ਦਿੰਦਾ|ਦਿੰਦੀ} ਹੈ।',
        en: 'Leave a plate alone for one second and {name} takes it for a free sample and licks it clean.',
      },
      {
        text: '{Name} ਰੋਟੀ ਮੁੱਕਦੇ ਸਾਰ ਅਗਲੀ ਰੋਟੀ ਦਾ ਟਾਈਮ {ਪੁੱਛਦਾ|ਪੁੱਛਦੀ} ਹੈ, ਜਿਵੇਂ ਵਿਆਹ ਵਾਲੇ ਪੈਲੇਸ ਵਿੱਚ {ਬੈਠਾ|ਬੈਠੀ} ਹੋਵੇ।',
        en: '{Name} asks when the next meal is the moment this one ends, as if seated at a wedding banquet hall.',
      },
    ],
    loud: [
      {
        text: '{Name} ਇੰਨੀ ਉੱਚੀ {ਚੀਕਦਾ|ਚੀਕਦੀ} ਹੈ ਕਿ ਵਿਆਹ ਵਾਲਾ ਡੀਜੇ ਵੀ ਆਵਾਜ਼ ਘੱਟ ਕਰ ਦੇਵੇ।',
        en: '{Name} yells so loudly that even the wedding DJ would turn the volume down.',
      },
      {
        text: '{Name} ਰਾਤ ਦੇ ਤਿੰਨ ਵਜੇ ਅਜਿਹਾ ਅਖਾੜਾ {ਲਾਉਂਦਾ|ਲਾਉਂਦੀ} ਹੈ ਕਿ ਗੁਆਂਢੀ ਸ਼ਿਕਾਇਤ ਲੈ ਕੇ ਬੂਹੇ ਅੱਗੇ ਖੜ੍ਹੇ ਹੁੰਦੇ ਨੇ।',
        en: '{Name} puts on such a live show (akhara) at 3 a.m. that the neighbours are at the door with complaints.',
      },
      {
        text: 'ਡਾਕੀਆ ਆਇਆ, ਕਾਂ ਆਇਆ, ਹਵਾ ਚੱਲੀ: {name} ਹਰ ਚੀਜ਼ ਦੀ ਅਨਾਊਂਸਮੈਂਟ ਰੇਲਵੇ ਸਟੇਸ਼ਨ ਵਾਂਗ {ਕਰਦਾ|ਕਰਦੀ} ਹੈ।',
        en: 'Postman came, crow came, wind blew: {name} announces every one of them like a railway station.',
      },
      {
        text: '{Name} ਦੇ ਆਉਣ ਤੋਂ ਬਾਅਦ ਇਸ ਘਰ ਵਿੱਚ ਸ਼ਾਂਤੀ ਸਿਰਫ਼ ਡਿਕਸ਼ਨਰੀ ਵਿੱਚ ਲੱਭਦੀ ਆ।',
        en: 'Since {name} arrived, peace and quiet can only be found in the dictionary.',
      },
    ],
    grumpy: [
      {
        text: '{Name} ਹਰ ਵੇਲੇ ਮੂੰਹ ਫੁਲਾ ਕੇ {ਰੱਖਦਾ|ਰੱਖਦੀ} ਹੈ, ਜਿਵੇਂ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਦੁੱਗਣਾ ਆਇਆ ਹੋਵੇ।',
        en: '{Name} sulks all the time, as if the electricity bill had come in double.',
      },
      {
        text: 'ਗੁੱਡ ਮਾਰਨਿੰਗ ਕਹੋ ਤਾਂ {name} ਇੰਝ {ਵੇਖਦਾ|ਵੇਖਦੀ} ਹੈ ਜਿਵੇਂ ਇਨਕਮ ਟੈਕਸ ਦਾ ਨੋਟਿਸ ਆ ਗਿਆ ਹੋਵੇ।',
        en: 'Say good morning and {name} looks at you as if an income-tax notice had arrived.',
      },
      {
        text: '{Name} ਘਰ ਦੇ ਹਰ ਜੀਅ ਨੂੰ ਨੰਬਰ {ਦਿੰਦਾ|ਦਿੰਦੀ} ਹੈ, ਤੇ ਅਜੇ ਤੱਕ ਕੋਈ ਪਾਸ ਨਹੀਂ ਹੋਇਆ।',
        en: '{Name} grades every member of the household, and nobody has passed yet.',
      },
      {
        text: '{Name} ਦਾ ਗੁੱਸਾ ਹਮੇਸ਼ਾ ਨੱਕ ਉੱਤੇ ਰਹਿੰਦਾ ਹੈ, ਤੇ ਨੱਕ ਹਮੇਸ਼ਾ ਅਸਮਾਨ ਵੱਲ।',
        en: "{Name}'s temper always sits on the tip of the nose (idiom: quick to take offence), and the nose is always pointed at the sky.",
      },
    ],
    destructive: [
      {
        text: 'ਇਸ ਘਰ ਦੀ ਹਰ ਚੱਪਲ ਦੀ ਇੱਕ ਕਹਾਣੀ ਹੈ, ਤੇ ਉਹਦਾ ਅੰਤ {name} ਨੇ ਲਿਖਿਆ ਹੈ।',
        en: 'Every slipper in this house has a story, and {name} wrote its ending.',
      },
      {
        text: 'ਨਵਾਂ ਸੋਫ਼ਾ ਆਵੇ ਤਾਂ ਡਿਲਿਵਰੀ ਵਾਲੇ ਦੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਈ {name} ਉਹਦੀ ਵਾਰੰਟੀ ਮੁਕਾ {ਦਿੰਦਾ|ਦਿੰਦੀ} ਹੈ।',
        en: 'When a new sofa arrives, {name} has used up its warranty before the delivery guy has even left.',
      },
      {
        text: '{Name} ਸਿਰਹਾਣੇ ਦੀ ਰੂੰ ਇੰਝ {ਖਿਲਾਰਦਾ|ਖਿਲਾਰਦੀ} ਹੈ ਜਿਵੇਂ ਘਰ ਵਿੱਚ ਬਰਫ਼ ਪੈ ਗਈ ਹੋਵੇ।',
        en: '{Name} scatters the pillow stuffing until it looks like it snowed indoors.',
      },
      {
        text: 'ਜੁੱਤੀਆਂ ਦੀ ਦੁਕਾਨ ਖੋਲ੍ਹੀਏ ਤਾਂ {name} ਪਹਿਲੇ ਦਿਨ ਈ ਦੀਵਾਲਾ ਕਢਵਾ ਦੇਵੇ।',
        en: 'If we opened a shoe shop, {name} would bankrupt it on day one.',
      },
    ],
    clumsy: [
      {
        text: '{Name} ਪੱਧਰੇ ਫ਼ਰਸ਼ ਉੱਤੇ ਵੀ ਤਿਲਕ {ਜਾਂਦਾ|ਜਾਂਦੀ} ਹੈ, ਤੇ ਫਿਰ ਫ਼ਰਸ਼ ਨੂੰ {ਘੂਰਦਾ|ਘੂਰਦੀ} ਹੈ।',
        en: '{Name} slips even on a perfectly flat floor and then glares at the floor.',
      },
      {
        text: 'ਇਸ ਘਰ ਦਾ ਕੋਈ ਦਰਵਾਜ਼ਾ ਨਹੀਂ ਬਚਿਆ ਜੀਹਦੇ ਨਾਲ {name} ਦਾ ਮੱਥਾ ਨਾ ਵੱਜਿਆ ਹੋਵੇ।',
        en: "There isn't a door left in this house that {name} hasn't bumped its forehead on.",
      },
      {
        text: '{Name} ਛਾਲ ਮਾਰਨ ਵੇਲੇ ਅੰਦਾਜ਼ਾ ਮੌਸਮ ਵਿਭਾਗ ਦੀ ਭਵਿੱਖਬਾਣੀ ਵਾਂਗ ਈ ਗ਼ਲਤ {ਲਾਉਂਦਾ|ਲਾਉਂਦੀ} ਹੈ।',
        en: "{Name} misjudges every jump as badly as the weather department's forecast.",
      },
      {
        text: '{Name} ਕੱਚ ਦੇ ਦਰਵਾਜ਼ੇ ਵਿੱਚ ਰੋਜ਼ ਪੂਰੇ ਭਰੋਸੇ ਨਾਲ {ਵੱਜਦਾ|ਵੱਜਦੀ} ਹੈ।',
        en: '{Name} walks into the glass door every day with complete confidence.',
      },
    ],
    vain: [
      {
        text: 'ਫ਼ੋਨ ਕੱਢੋ ਤਾਂ {name} ਝੱਟ ਪੋਜ਼ ਦੇਣ ਲੱਗ {ਪੈਂਦਾ|ਪੈਂਦੀ} ਹੈ, ਜਿਵੇਂ ਨਵੇਂ ਗਾਣੇ ਦੀ ਵੀਡੀਓ ਸ਼ੂਟ ਹੋ ਰਹੀ ਹੋਵੇ।',
        en: 'Take out a phone and {name} starts posing at once, as if shooting the video for a new song.',
      },
      {
        text: '{Name} ਖਾਣੇ ਵਾਲੇ ਕੌਲੇ ਨਾਲੋਂ ਵੱਧ ਸ਼ੀਸ਼ਾ {ਵੇਖਦਾ|ਵੇਖਦੀ} ਹੈ।',
        en: '{Name} looks in the mirror more often than in the food bowl.',
      },
      {
        text: '{Name} ਦੇ ਨਖ਼ਰੇ ਵੇਖ ਕੇ ਵੱਡੇ-ਵੱਡੇ ਫ਼ਿਲਮ ਸਟਾਰ ਵੀ ਨੋਟਸ ਲੈਣ ਲੱਗ ਪੈਣ।',
        en: "Watching {name}'s diva tantrums, even big film stars would start taking notes.",
      },
      {
        text: 'ਨਹਾਉਣ ਤੋਂ ਬਾਅਦ {name} ਘੰਟਾ ਭਰ ਵਾਲ {ਸੁਕਾਉਂਦਾ|ਸੁਕਾਉਂਦੀ} ਹੈ, ਤੇ ਫਿਰ ਇੱਕ ਘੰਟਾ ਸੈਲਫ਼ੀਆਂ ਲਈ।',
        en: '{Name} takes an hour to dry off after a bath, and then another hour for selfies.',
      },
    ],
    scaredy: [
      {
        text: '{Name} ਉਂਝ ਤਾਂ {ਸ਼ੇਰ|ਸ਼ੇਰਨੀ} ਹੈ, ਪਰ ਦਰਵਾਜ਼ੇ ਦੀ ਘੰਟੀ ਵੱਜਦੇ ਈ {ਸਿੱਧਾ|ਸਿੱਧੀ} ਮੰਜੇ ਥੱਲੇ।',
        en: '{Name} is a lion(ess) otherwise, but the doorbell rings and it goes straight under the bed.',
      },
      {
        text: 'ਵੈਕਿਊਮ ਕਲੀਨਰ ਚੱਲਦੇ ਈ {name} ਬਿਨਾਂ ਪਿੱਛੇ ਵੇਖੇ ਭੱਜ {ਜਾਂਦਾ|ਜਾਂਦੀ} ਹੈ।',
        en: 'The vacuum cleaner starts and {name} runs off without once looking back.',
      },
      {
        text: 'ਗੁਬਾਰਾ, ਖੀਰਾ ਤੇ ਆਪਣਾ ਪਰਛਾਵਾਂ: {name} ਤਿੰਨਾਂ ਤੋਂ ਇੱਕੋ ਜਿੰਨਾ {ਡਰਦਾ|ਡਰਦੀ} ਹੈ।',
        en: 'A balloon, a cucumber and its own shadow: {name} is equally scared of all three.',
      },
      {
        text: 'ਗੁਆਂਢ ਵਿੱਚ ਇੱਕ ਪਟਾਕਾ ਚੱਲਿਆ, ਤੇ {name} ਤਿੰਨ ਦਿਨ ਅਲਮਾਰੀ ਪਿੱਛੋਂ ਬਾਹਰ ਈ ਨਹੀਂ {ਆਇਆ|ਆਈ}।',
        en: "One firecracker went off next door, and {name} didn't come out from behind the cupboard for three days.",
      },
    ],
    clingy: [
      {
        text: '{Name} ਬਾਥਰੂਮ ਤੱਕ ਪਿੱਛੇ-ਪਿੱਛੇ {ਆਉਂਦਾ|ਆਉਂਦੀ} ਹੈ, ਜਿਵੇਂ ਸਰਕਾਰ ਨੇ ਖ਼ਾਸ ਬਾਡੀਗਾਰਡ ਦਿੱਤਾ ਹੋਵੇ।',
        en: '{Name} follows you all the way to the bathroom, as if the government had given you a personal bodyguard.',
      },
      {
        text: 'ਦਸ ਸਕਿੰਟ ਕਮਰੇ ਤੋਂ ਬਾਹਰ ਜਾਓ, ਤੇ {name} ਗੁੰਮਸ਼ੁਦਗੀ ਦੀ ਰਿਪੋਰਟ ਲਿਖਾਉਣ ਤੁਰ {ਪੈਂਦਾ|ਪੈਂਦੀ} ਹੈ।',
        en: 'Step out of the room for ten seconds and {name} sets off to file a missing-person report.',
      },
      {
        text: '{Name} ਤਾਂ ਫ਼ੈਵੀਕੋਲ ਦਾ ਜੋੜ ਹੈ: ਇੱਕ ਵਾਰ {ਚਿਪਕ ਗਿਆ|ਚਿਪਕ ਗਈ} ਤਾਂ ਛੁੱਟਣ ਦਾ ਸਵਾਲ ਈ ਨਹੀਂ।',
        en: '{Name} is a Fevicol bond (a famous glue advert): once stuck on, there is no question of coming off.',
      },
      {
        text: 'ਪ੍ਰਾਈਵੇਸੀ ਨਾਂ ਦਾ ਸ਼ਬਦ {name} ਦੀ ਡਿਕਸ਼ਨਰੀ ਵਿੱਚ ਹੈ ਈ ਨਹੀਂ।',
        en: 'The word "privacy" simply does not exist in {name}\'s dictionary.',
      },
    ],
    escape: [
      {
        text: 'ਗੇਟ ਜ਼ਰਾ ਖੁੱਲ੍ਹਾ ਦਿਸੇ ਤਾਂ {name} {ਸਿੱਧਾ|ਸਿੱਧੀ} ਮਨਾਲੀ ਦੇ ਟੂਰ ਉੱਤੇ ਨਿਕਲ {ਜਾਂਦਾ|ਜਾਂਦੀ} ਹੈ।',
        en: 'Spot the gate open a crack and {name} heads straight off on a Manali trip.',
      },
      {
        text: '{Name} ਇੰਨੀ ਵਾਰ ਭੱਜ {ਚੁੱਕਾ|ਚੁੱਕੀ} ਹੈ ਕਿ ਮੁਹੱਲੇ ਦੇ ਚੌਕੀਦਾਰ ਕੋਲ ਹੁਣ ਪੱਕੀ ਫ਼ੋਟੋ ਲੱਗੀ ਹੋਈ ਆ।',
        en: '{Name} has run off so many times that the neighbourhood watchman now keeps a photo pinned up for good.',
      },
      {
        text: 'ਕੋਈ ਵੀ ਕੰਧ {name} ਨੂੰ ਰੋਕ ਨਹੀਂ ਸਕਦੀ; ਬੱਸ ਰੋਟੀ ਦੀ ਖ਼ੁਸ਼ਬੂ ਈ ਵਾਪਸ ਲਿਆਉਂਦੀ ਆ।',
        en: 'No wall can hold {name}; only the smell of dinner ever brings it back.',
      },
      {
        text: "{Name} ਹਰ ਰਾਤ ਬੂਹੇ ਨੂੰ ਇੰਝ {ਤੱਕਦਾ|ਤੱਕਦੀ} ਹੈ ਜਿਵੇਂ 'ਧੂਮ' ਫ਼ਿਲਮ ਵਾਲਾ ਪਲਾਨ {ਬਣਾ ਰਿਹਾ|ਬਣਾ ਰਹੀ} ਹੋਵੇ।",
        en: '{Name} stares at the front door every night as if plotting a heist straight out of the film "Dhoom".',
      },
    ],
  },
  closers: [
    {
      text: 'ਫਿਰ ਵੀ {name}, ਅਸੀਂ ਤੈਨੂੰ ਦਿਲੋਂ ਪਿਆਰ ਕਰਦੇ ਹਾਂ। ਜ਼ਿਆਦਾਤਰ ਦਿਨਾਂ ਵਿੱਚ।',
      en: 'Still, {name}, we love you from the heart. On most days.',
    },
    {
      text: 'ਬੱਸ, ਰੋਸਟ ਖ਼ਤਮ। ਹੁਣ {name} ਇਹ ਸਭ ਅਣਸੁਣਿਆ ਕਰ ਕੇ ਫਿਰ {ਸੌਂ ਜਾਵੇਗਾ|ਸੌਂ ਜਾਵੇਗੀ}।',
      en: "That's the roast. Now {name} will ignore every word of it and go back to sleep.",
    },
    {
      text: '{Name}, ਇਹ ਰੋਸਟ ਨਹੀਂ ਸੀ, ਸਾਲਾਨਾ ਪੇਪਰਾਂ ਦਾ ਨਤੀਜਾ ਸੀ: {ਸੋਹਣਾ|ਸੋਹਣੀ} ਬਹੁਤ, ਪਰ ਫ਼ੇਲ੍ਹ।',
      en: "{Name}, this wasn't a roast, it was your annual exam result: very cute, but failed.",
    },
    {
      text: 'ਇੰਝ ਈ {ਕਮਲਾ|ਕਮਲੀ} ਰਹੀਂ, {name}। ਕਿਰਾਇਆ ਬੱਸ ਜੱਫੀਆਂ ਵਿੱਚ ਈ ਦੇਣਾ ਪਊ।',
      en: 'Stay just this daft, {name} ("kamla/kamli": affectionately crazy). The rent is payable in hugs only.',
    },
    {
      text: '{Name} ਜਿੰਨੇ ਮਰਜ਼ੀ ਪੁੱਠੇ ਕੰਮ ਕਰੇ, ਇਸ ਘਰ ਦੀ ਜਾਨ ਤਾਂ ਉਹੀ ਹੈ।',
      en: 'However much mischief {name} gets up to, it is still the life and soul of this house.',
    },
  ],
  groupClosers: [
    {
      text: 'ਤੁਸੀਂ ਸਭ ਸਾਡੀ ਜਾਨ ਹੋ, ਪਰ ਹੁਣ ਇਸ ਘਰ ਨੂੰ ਛੁੱਟੀ ਚਾਹੀਦੀ ਆ।',
      en: 'You are all our heart and soul, but this house now needs a holiday.',
    },
    {
      text: '{count} {nouns}, ਤੇ ਫਿਰ ਵੀ ਘਰ ਵਿੱਚ ਪਿਆਰ ਦੀ ਕੋਈ ਕਮੀ ਨਹੀਂ; ਕਮੀ ਬੱਸ ਫ਼ਰਨੀਚਰ ਦੀ ਹੈ।',
      en: '{count} {nouns}, and still no shortage of love in this house; the only shortage is furniture.',
    },
    {
      text: 'ਇਹ ਗੈਂਗ ਸਾਡੀ ਜਾਨ ਹੈ; ਬੱਸ ਗੁਆਂਢੀ ਇਹ ਗੱਲ ਨਹੀਂ ਮੰਨਦੇ।',
      en: "This gang is our life; the neighbours just don't agree.",
    },
  ],
  petWords: {
    dog: ['ਕੁੱਤਾ', 'ਕੁੱਤੇ', 'ਕੁੱਤੀ', 'ਕਤੂਰਾ', 'ਕਤੂਰੇ', 'kutta', 'kutte', 'kuttey', 'kutti', 'katura', 'katuraa'],
    cat: ['ਬਿੱਲੀ', 'ਬਿੱਲਾ', 'ਬਿੱਲੀਆਂ', 'billi', 'billa', 'bili'],
    bird: ['ਚਿੜੀ', 'ਪੰਛੀ', 'ਤੋਤਾ', 'ਕਬੂਤਰ', 'ਕੁੱਕੜ', 'ਮੁਰਗੀ', 'chiri', 'chidi', 'panchhi', 'panchi', 'tota', 'totta', 'kabootar', 'kabutar', 'kukkar', 'murgi'],
    horse: ['ਘੋੜਾ', 'ਘੋੜੀ', 'ਘੋੜੇ', 'ਵਛੇਰਾ', 'ghoda', 'ghora', 'ghodi', 'ghori', 'vachhera'],
    sheep: ['ਭੇਡ', 'ਲੇਲਾ', 'ਛੱਤਰਾ', 'bhed', 'bhedan', 'lela', 'chhatra'],
    cow: ['ਗਾਂ', 'ਗਾਵਾਂ', 'ਵੱਛਾ', 'ਵੱਛੀ', 'ਬਲਦ', 'ਮੱਝ', 'gaan', 'gaavan', 'vachha', 'vachhi', 'balad', 'majh', 'majjh'],
    elephant: ['ਹਾਥੀ', 'hathi', 'haathi'],
    bear: ['ਰਿੱਛ', 'ਭਾਲੂ', 'richh', 'bhalu'],
    zebra: ['ਜ਼ੈਬਰਾ', 'ਜੈਬਰਾ', 'ਜ਼ੀਬਰਾ', 'zebra'],
    giraffe: ['ਜਿਰਾਫ਼', 'ਜਿਰਾਫ', 'jiraf', 'giraffe'],
  },
  traitWords: {
    lazy: ['ਆਲਸੀ', 'ਸੁਸਤ', 'ਸੌਂਦਾ', 'ਸੌਂਦੀ', 'ਨੀਂਦ', 'ਸੁੱਤਾ', 'ਸੁੱਤੀ', 'aalsi', 'alsi', 'sust', 'saunda', 'saundi', 'sonda', 'neend', 'sutta'],
    greedy: ['ਭੁੱਖੜ', 'ਪੇਟੂ', 'ਖਾਂਦਾ', 'ਖਾਂਦੀ', 'ਚੋਰ', 'ਚਟੋਰਾ', 'bhukhad', 'bhukkhad', 'petu', 'khanda', 'khandi', 'chor', 'chatora'],
    loud: ['ਭੌਂਕ', 'ਰੌਲਾ', 'ਚੀਕ', 'ਚਾਂਗਰ', 'bhaunk', 'bhonk', 'raula', 'rola', 'cheek', 'changar'],
    grumpy: ['ਗੁੱਸਾ', 'ਗੁੱਸੇ', 'ਚਿੜਚਿੜ', 'ਨਰਾਜ਼', 'ਨਾਰਾਜ਼', 'ਆਕੜ', 'gussa', 'gusse', 'chirchir', 'naraz', 'narazz', 'aakad'],
    destructive: ['ਤੋੜ', 'ਪਾੜ', 'ਚੱਬ', 'ਭੰਨ', 'ਚੱਪਲ', 'todda', 'tod', 'paad', 'chabb', 'bhann', 'chappal'],
    clumsy: ['ਡਿੱਗ', 'ਤਿਲਕ', 'ਠੇਡਾ', 'ਵੱਜਦਾ', 'digda', 'diggda', 'digg', 'tilkda', 'theda'],
    vain: ['ਨਖ਼ਰੇ', 'ਨਖਰੇ', 'ਸ਼ੌਕੀਨ', 'ਸੈਲਫ਼ੀ', 'ਸ਼ੀਸ਼ਾ', 'ਫ਼ੈਸ਼ਨ', 'nakhre', 'nakhrey', 'shaukeen', 'shokeen', 'selfie', 'sheesha'],
    scaredy: ['ਡਰਪੋਕ', 'ਡਰਦਾ', 'ਡਰਦੀ', 'ਡਰ ', 'ਘਬਰਾ', 'darpok', 'darda', 'dardi', 'ghabra'],
    clingy: ['ਚਿਪਕੂ', 'ਪਿੱਛੇ ਪਿੱਛੇ', 'ਪਿੱਛੇ-ਪਿੱਛੇ', 'ਲਾਡਲਾ', 'chipku', 'pichhe pichhe', 'piche piche', 'ladla'],
    escape: ['ਭੱਜ', 'ਨੱਸ', 'ਫ਼ਰਾਰ', 'ਫਰਾਰ', 'bhajj', 'bhajda', 'bhaj', 'nass', 'farar'],
  },
  numberWords: {
    'ਦੋ': 2, 'ਦੋਵੇਂ': 2, 'ਤਿੰਨ': 3, 'ਚਾਰ': 4, 'ਪੰਜ': 5, 'ਛੇ': 6, 'ਸੱਤ': 7, 'ਅੱਠ': 8, 'ਨੌਂ': 9, 'ਦਸ': 10,
    dove: 2, donve: 2, tinn: 3, char: 4, chaar: 4, panj: 5, chhe: 6, satt: 7, ath: 8, atth: 8, nau: 9, das: 10,
  },
  notNames: [
    'ਮੇਰਾ', 'ਮੇਰੀ', 'ਮੇਰੇ', 'ਸਾਡਾ', 'ਸਾਡੀ', 'ਸਾਡੇ', 'ਇਹ', 'ਉਹ', 'ਏਹ', 'ਓਏ', 'ਜੀ',
    'mera', 'meri', 'mere', 'sada', 'saada', 'sadi', 'saadi', 'sade', 'saade', 'eh', 'oh', 'oye', 'ji',
  ],
};
