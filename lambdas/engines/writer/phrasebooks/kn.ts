import type { NativePhrasebook } from './types.js';

/**
 * Kannada roast phrasebook (docs/writer.md, "Phrasebooks"), written natively in the colloquial
 * Bengaluru–Mysuru register of Kannada social media (slang such as ಕಿರಿಕ್, ಬಿಲ್ಡಪ್, ತಲೆ ತಿನ್ನು; ಗಾದೆ
 * proverbs; Bengaluru traffic, Dasara, cricket-chant and household references), not translated from the
 * English or Hindi lines.
 *
 * Grammar: animal nouns are grammatically neuter in Kannada and a pet is spoken of as ಅದು, so every class
 * noun (and the gang leader) is `n` and every finite verb that agrees with the pet is in its neuter form
 * (ಮಲಗುತ್ತೆ, ಹೋಯ್ತು, ಇದೆ); no line needs `{m|f|n}` alternatives. The name never takes a case suffix:
 * it is a nominative subject, or is followed by a separate word that colloquial Kannada puts after a bare
 * noun (ಹತ್ರ "near/with", ವಿರುದ್ಧ "against", ಅಂದ್ರೆ "as for"). The unnamed subject is "ನಮ್ಮ {noun}"
 * ("our dog"), so no line puts ನಮ್ಮ directly before `{name}` or addresses the pet by name in the vocative.
 */
export const KANNADA: NativePhrasebook = {
  language: 'kn',
  nouns: {
    dog: { one: 'ನಾಯಿ', many: 'ನಾಯಿಗಳು', gender: 'n' },
    cat: { one: 'ಬೆಕ್ಕು', many: 'ಬೆಕ್ಕುಗಳು', gender: 'n' },
    bird: { one: 'ಹಕ್ಕಿ', many: 'ಹಕ್ಕಿಗಳು', gender: 'n' },
    horse: { one: 'ಕುದುರೆ', many: 'ಕುದುರೆಗಳು', gender: 'n' },
    sheep: { one: 'ಕುರಿ', many: 'ಕುರಿಗಳು', gender: 'n' },
    cow: { one: 'ಹಸು', many: 'ಹಸುಗಳು', gender: 'n' },
    elephant: { one: 'ಆನೆ', many: 'ಆನೆಗಳು', gender: 'n' },
    bear: { one: 'ಕರಡಿ', many: 'ಕರಡಿಗಳು', gender: 'n' },
    zebra: { one: 'ಜೀಬ್ರಾ', many: 'ಜೀಬ್ರಾಗಳು', gender: 'n' },
    giraffe: { one: 'ಜಿರಾಫೆ', many: 'ಜಿರಾಫೆಗಳು', gender: 'n' },
  },
  unnamed: { text: 'ನಮ್ಮ {noun}', en: 'our {noun}' },
  gangLeader: { text: 'ಗ್ಯಾಂಗ್ ಲೀಡರ್', en: 'the gang leader', gender: 'n' },
  title: {
    named: { text: 'ಇವತ್ತಿನ ರೋಸ್ಟ್: {name}', en: "Today's roast: {name} (a label, so the name takes no case ending)" },
    generic: { text: 'ಇವತ್ತಿನ ರೋಸ್ಟ್', en: "Today's roast" },
  },
  numbers: { 2: 'ಎರಡು', 3: 'ಮೂರು', 4: 'ನಾಲ್ಕು', 5: 'ಐದು', 6: 'ಆರು', 7: 'ಏಳು', 8: 'ಎಂಟು', 9: 'ಒಂಬತ್ತು', 10: 'ಹತ್ತು' },
  mixedNoun: { one: 'ಪ್ರಾಣಿ', many: 'ಪ್ರಾಣಿಗಳು', gender: 'n' },
  openers: [
    {
      text: 'ಇವತ್ತಿನ ರೋಸ್ಟಿನ ಸ್ಟಾರ್ {name}: ಕೆಲಸ ಇಲ್ಲ, ಬಾಡಿಗೆ ಇಲ್ಲ, ಆದ್ರೂ ಇಡೀ ಮನೆಗೆ ಇದೇ ಬಾಸ್.',
      en: "Today's roast star is Bruno: no job, no rent, and still the boss of the whole house.",
    },
    {
      text: 'ಬ್ರೇಕಿಂಗ್ ನ್ಯೂಸ್: {name} ವಿರುದ್ಧ ಮನೆಯವರಿಂದ ದೂರು ದಾಖಲು; ಸಾಕ್ಷಿ ಎಲ್ಲಾ ಸೋಫಾ ಮೇಲಿದೆ.',
      en: 'Breaking news: the family has filed a complaint against Bruno; all the evidence is on the sofa.',
    },
    {
      text: '{Name} ಇದು ಸನ್ಮಾನ ಕಾರ್ಯಕ್ರಮ ಅಂದ್ಕೊಂಡು ಶಾಲು, ಹಾರಕ್ಕೆ ಕಾಯ್ತಿದೆ. ಪಾಪ.',
      en: 'Bruno thinks this is some felicitation ceremony and is waiting for the shawl and garland. Poor thing.',
    },
    {
      text: 'ನೋಡೋಕೆ ಮುಗ್ಧ, ಮಾಡೋದೆಲ್ಲಾ ಕಿರಿಕ್: ಇವತ್ತಿನ ಅತಿಥಿ {name}.',
      en: "Innocent to look at, everything it does is 'kirik' (Kannada slang for stirring up trouble): today's guest is Bruno.",
    },
    {
      text: 'ಎಲ್ರೂ ಕೂತ್ಕೊಳ್ಳಿ, ಇವತ್ತು {name} ಕೆಲವು ಕಹಿ ಸತ್ಯಗಳನ್ನ ಕೇಳಲೇಬೇಕು.',
      en: 'Everybody sit down; today Bruno has to hear some bitter truths.',
    },
    {
      text: 'ಬಿಲ್ಡಪ್ ಜಾಸ್ತಿ, ಕೆಲಸ ಕಮ್ಮಿ: ಚಪ್ಪಾಳೆ ಹೊಡೀರಿ, ಬರ್ತಿದೆ ಮನೆಯ ಸೂಪರ್ ಸ್ಟಾರ್ {name}.',
      en: 'Big on build-up, short on work: a round of applause, here comes the superstar of the house, Bruno.',
    },
  ],
  groupOpeners: [
    {
      text: 'ಇಲ್ಲಿ {count} {nouns} ಇವೆ; ಎಲ್ಲಾ ಸೇರಿಸಿದ್ರೂ ಒಂದು ಪೂರ್ತಿ ಮೆದುಳು ಆಗಲ್ಲ.',
      en: "There are three cats here; put them all together and you still don't get one whole brain.",
    },
    {
      text: '{Count} {nouns}, ಒಂದೇ ಮನೆ, ಶಾಂತಿ ಅನ್ನೋ ಪದಕ್ಕೆ ಇಲ್ಲಿ ಜಾಗಾನೇ ಇಲ್ಲ.',
      en: "Three cats, one house, and no room here at all for the word 'peace'.",
    },
    {
      text: 'ಒಂದು {noun} ಆಗಿದ್ರೆ ಹೇಗೋ ಸಹಿಸ್ಕೋಬಹುದಿತ್ತು; ಇಲ್ಲಿ {count} ಇವೆ, ಇದು ಪಕ್ಕಾ ಗ್ಯಾಂಗ್.',
      en: 'One cat we could somehow have put up with; there are three here, this is a proper gang.',
    },
    {
      text: '{Count} {nouns} ಒಟ್ಟಿಗೆ ಸೇರಿದ್ರೆ ಅದು ಮನೆ ಅಲ್ಲ, ಸಂತೆ.',
      en: "Put three cats together and it's not a house, it's a weekly village market (Kannada image for total chaos).",
    },
  ],
  classJabs: {
    dog: [
      {
        text: '{Name} ಟ್ರೈನಿಂಗ್ ಕ್ಲಾಸಿಗೆ ಹೋಗಿ ಬಂದ್ರೂ ಏನೂ ಬದಲಾಗಿಲ್ಲ; ನಾಯಿ ಬಾಲ ಡೊಂಕು ಅಂತ ಸುಮ್ನೆ ಹೇಳಲ್ಲ.',
        en: "Bruno went to training class and came back unchanged; they don't say 'a dog's tail stays crooked' (proverb: some things never change) for nothing.",
      },
      {
        text: '{Name} ಬೊಗಳಿದ್ರೆ ದೇವಲೋಕ ಹಾಳಾಗಲ್ಲ ಅಂತಾರೆ; ಆದ್ರೆ ನಮ್ಮ ಬೀದಿಯ ನಿದ್ದೆ ಪೂರ್ತಿ ಹಾಳು.',
        en: "They say a dog's barking can't ruin heaven (proverb: ignore the critics); Bruno's barking ruins our whole street's sleep, though.",
      },
      {
        text: 'ಬಿಸ್ಕೆಟ್ ಪ್ಯಾಕೆಟ್ ಸದ್ದಿಗೆ {name} ಟಿ-ಟ್ವೆಂಟಿ ಸ್ಪೀಡಲ್ಲಿ ಓಡಿ ಬರುತ್ತೆ; ಕರೆದ್ರೆ ಮಾತ್ರ ಟೆಸ್ಟ್ ಮ್ಯಾಚ್ ಸ್ಪೀಡು.',
        en: "At the rustle of a biscuit packet Bruno comes at T20 speed; call its name and it's Test-match speed.",
      },
      {
        text: 'ಕಾವಲು ಕೆಲಸದಲ್ಲಿ {name} ನಂಬರ್ ಒನ್; ಒಂದು ಬಿಸ್ಕೆಟ್ ಕೊಟ್ರೆ ಕಳ್ಳನಿಗೂ ಇಡೀ ಮನೆ ತೋರಿಸುತ್ತೆ.',
        en: 'As a guard, Bruno is number one: give it one biscuit and even a burglar gets shown round the whole house.',
      },
    ],
    cat: [
      {
        text: 'ಬೆಕ್ಕಿಗೆ ಚೆಲ್ಲಾಟ, ಇಲಿಗೆ ಪ್ರಾಣಸಂಕಟ; {name} ಬಂದ್ಮೇಲೆ ಚೆಲ್ಲಾಟ ಅದಕ್ಕೆ, ಸಂಕಟ ನಮಗೆ.',
        en: "The proverb goes 'the cat's game is the mouse's agony'; since Bruno arrived, the game is Bruno's and the agony is ours.",
      },
      {
        text: 'ಸಾವಿರಾರು ರೂಪಾಯಿ ಕೊಟ್ಟು ಬೆಡ್ ತಂದ್ವಿ; {name} ಮಲಗೋದು ಅದು ಬಂದ ರಟ್ಟಿನ ಡಬ್ಬದಲ್ಲಿ.',
        en: 'We paid thousands for a bed; Bruno sleeps in the cardboard box it came in.',
      },
      {
        text: 'ಟೇಬಲ್ ಮೇಲೆ ಏನೇ ಇಟ್ರೂ {name} ಅದನ್ನ ಕೆಳಗೆ ತಳ್ಳುತ್ತೆ, ಆಮೇಲೆ ಏನೂ ಗೊತ್ತಿಲ್ದಿರೋ ಹಾಗೆ ಕೂರುತ್ತೆ.',
        en: 'Put anything on the table and Bruno pushes it off, then sits there as if it knows nothing.',
      },
      {
        text: 'ಕರೆದ್ರೆ {name} ತಿರುಗಿ ಕೂಡ ನೋಡಲ್ಲ; ಹಾಲಿನ ಪ್ಯಾಕೆಟ್ ಕತ್ತರಿಸೋ ಸದ್ದಿಗೆ ಮಾತ್ರ ಫಸ್ಟ್ ಹಾಜರ್.',
        en: 'Call Bruno by name and it will not even turn round; snip open a milk packet and it reports first.',
      },
    ],
    bird: [
      {
        text: '{Name} ಮನೆಯ ಎಲ್ಲಾ ರಿಂಗ್ಟೋನ್ ಕಲಿತಿದೆ; ಒಂದೇ ಒಂದು ಒಳ್ಳೆ ಮಾತು ಮಾತ್ರ ಇನ್ನೂ ಕಲಿತಿಲ್ಲ.',
        en: 'Bruno has learned every ringtone in the house; just not one single nice word.',
      },
      {
        text: 'ಕುಕ್ಕರ್ ವಿಸಲ್ ಮಿಮಿಕ್ರಿಯಲ್ಲಿ {name} ಎಕ್ಸ್ಪರ್ಟ್; ಮನೆಯವರು ದಿನಕ್ಕೆ ಮೂರು ಸಲ ಸ್ಟವ್ ಚೆಕ್ ಮಾಡ್ತಾರೆ.',
        en: 'Bruno is an expert at mimicking the pressure-cooker whistle; the family checks the stove three times a day.',
      },
      {
        text: 'ರೆಕ್ಕೆ ಇದ್ರೂ {name} ಮನೆ ಒಳಗೆ ನಡ್ಕೊಂಡೇ ಓಡಾಡುತ್ತೆ, ಯಾವುದೋ ಜಮೀನ್ದಾರನ ಗತ್ತಲ್ಲಿ.',
        en: 'It has wings, yet Bruno strolls around the house on foot with the swagger of some old landlord.',
      },
      {
        text: 'ಸೂರ್ಯ ಹುಟ್ಟೋ ಮುಂಚೆನೇ {name} ಇಡೀ ಬೀದಿಗೆ ಅಲಾರಾಂ ಆಗುತ್ತೆ; ಸ್ನೂಜ್ ಬಟನ್ ಮಾತ್ರ ಇಲ್ಲ.',
        en: "Before sunrise Bruno becomes the whole street's alarm; there's just no snooze button.",
      },
    ],
    horse: [
      {
        text: 'ನೋಡೋಕೆ {name} ರೇಸ್ ಕುದುರೆ; ಓಡೋದು ಮಾತ್ರ ಸಿಲ್ಕ್ ಬೋರ್ಡ್ ಟ್ರಾಫಿಕ್ ಸ್ಪೀಡಲ್ಲಿ.',
        en: "Bruno looks like a racehorse; it runs at Silk Board traffic speed (Bengaluru's most notorious traffic jam).",
      },
      {
        text: '{Name} ಕೂದಲು ಹಾರಿಸ್ತಾ ನಿಂತ್ರೆ ಯಾವುದೋ ಶಾಂಪೂ ಜಾಹೀರಾತಿನ ಶೂಟಿಂಗ್ ನಡೀತಿದೆ ಅನ್ಸುತ್ತೆ.',
        en: "When Bruno stands there tossing its mane, you'd think a shampoo advert was being shot.",
      },
      {
        text: '{Name} ಇನ್ನೂರು ಹಾರ್ಸ್ ಪವರ್ ಬಿಲ್ಡಪ್ ಕೊಡುತ್ತೆ; ಕೆಲಸ ಮಾತ್ರ ಅರ್ಧ ಹಾರ್ಸ್ ಪವರಲ್ಲಿ.',
        en: 'Bruno gives two-hundred-horsepower build-up; the actual work happens at half a horsepower.',
      },
    ],
    sheep: [
      {
        text: 'ಕುರಿ ಮಂದೆ ಅನ್ನೋ ಪದಕ್ಕೆ {name} ಲೈವ್ ಡೆಮೋ; ಮುಂದಿರೋದು ಎಲ್ಲಿ ಹೋದ್ರೂ ಹಿಂದೇನೇ ಹೋಗುತ್ತೆ.',
        en: "Bruno is a live demo of the phrase 'a flock of sheep': wherever the one in front goes, it follows right behind.",
      },
      {
        text: '{Name} ಒಂದ್ಸಲ ಸಲೂನಿಗೆ ಹೋದ್ರೆ ಸಾಕು, ಮನೆಯವರಿಗೆಲ್ಲಾ ಸ್ವೆಟರ್ ರೆಡಿ.',
        en: 'One salon visit for Bruno and the whole family has sweaters.',
      },
      {
        text: 'ಕಾಲು ಬಂದಿರೋ ಮೋಡ {name}; ಆದ್ರೆ ಆ ಮೋಡದಿಂದ ಇಲ್ಲಿವರೆಗೂ ಒಂದು ಐಡಿಯಾನೂ ಮಳೆಯಾಗಿ ಬಿದ್ದಿಲ್ಲ.',
        en: 'Bruno is a cloud that grew legs; but not a single idea has ever rained down from that cloud.',
      },
    ],
    cow: [
      {
        text: '{Name} ಒಂದೇ ತುತ್ತನ್ನ ಗಂಟೆಗಟ್ಟಲೆ ಅಗಿಯುತ್ತೆ; ಕೇಳಿದ್ರೆ ಇದು ಮೆಡಿಟೇಶನ್ ಅಂತೆ.',
        en: "Bruno chews the same mouthful for hours; ask, and apparently it's meditation.",
      },
      {
        text: 'ಇಡೀ ದಿನ ಒಂದೇ ಜಾಗದಲ್ಲಿ ನಿಂತಿದ್ರೂ {name} ಫುಲ್ ಬ್ಯುಸಿ ಅನ್ನೋ ಹಾಗೆ ಪೋಸ್ ಕೊಡುತ್ತೆ.',
        en: 'Bruno stands in one spot all day and still poses as if it were fully busy.',
      },
      {
        text: '{Name} ಆಕಾಶ ನೋಡ್ತಾ ನಿಂತ್ರೆ ಫಿಲಾಸಫರ್ ಥರ ಕಾಣುತ್ತೆ; ಅಸಲಿಗೆ ಯೋಚನೆ ಹುಲ್ಲಿನ ಬಗ್ಗೆ ಮಾತ್ರ.',
        en: "When Bruno stands staring at the sky it looks like a philosopher; really it is only thinking about grass.",
      },
    ],
    elephant: [
      {
        text: 'ಆನೆ ನಡೆದಿದ್ದೇ ದಾರಿ ಅಂತಾರೆ; {name} ನಡೆದ ದಾರಿಯಲ್ಲಿ ಈಗ ತೋಟಾನೇ ಉಳಿದಿಲ್ಲ.',
        en: "They say wherever an elephant walks becomes the road (proverb: the mighty do as they please); wherever Bruno walked, there's no garden left.",
      },
      {
        text: 'ಆನೆ ಏನೂ ಮರೆಯಲ್ಲ ಅಂತಾರೆ; {name} ಪಾಠ ಎಲ್ಲಾ ಮರೆಯುತ್ತೆ, ಬಾಳೆಹಣ್ಣು ಕೊಡದವರನ್ನ ಬಿಟ್ಟು.',
        en: "They say elephants never forget; Bruno forgets every lesson, except the people who didn't give it a banana.",
      },
      {
        text: 'ದಸರಾ ಅಂಬಾರಿ ಹೊರೋ ಕನಸು ಕಾಣುತ್ತೆ {name}; ಒಂದು ಕಬ್ಬಿನ ಜಲ್ಲೆ ಹೊರೋಕೂ ಸೋಮಾರಿತನ.',
        en: 'Bruno dreams of carrying the golden howdah in the Mysuru Dasara procession; too lazy to carry even one stick of sugarcane.',
      },
    ],
    bear: [
      {
        text: '{Name} ತಿಂಗಳುಗಟ್ಟಲೆ ಮಲಗುತ್ತೆ; ಕೇಳಿದ್ರೆ ಅದು ಸೆಲ್ಫ್ ಕೇರ್ ಅಂತೆ.',
        en: "Bruno sleeps for months; ask, and it's apparently self-care.",
      },
      {
        text: 'ದೂರದಿಂದ ನೋಡಿದ್ರೆ {name} ಟೆಡ್ಡಿ ಬೇರ್; ಹತ್ರ ಹೋದ್ರೆ ಗೊತ್ತಾಗುತ್ತೆ, ಅದು ಬರೀ ಫಿಲ್ಟರ್ ಅಂತ.',
        en: 'From far away Bruno is a teddy bear; go closer and you find out that was just a filter.',
      },
      {
        text: 'ಜೇನು ಕಂಡ್ರೆ {name} ಹೀರೋ; ಜೇನುನೊಣ ಬಂದ್ರೆ ಅದೇ ಹೀರೋ ಝೀರೋ.',
        en: 'See honey and Bruno is a hero; a bee shows up and the same hero is a zero.',
      },
    ],
    zebra: [
      {
        text: 'ಹುಟ್ಟಿದಾಗಿನ ಪಟ್ಟೆ ಶರ್ಟನ್ನ {name} ಇನ್ನೂ ಬದಲಾಯಿಸಿಲ್ಲ; ಹಬ್ಬದ ಹೊಸ ಬಟ್ಟೆನೂ ನೋ ಯೂಸ್.',
        en: "Bruno still hasn't changed the striped shirt it was born in; even new festival clothes were no use.",
      },
      {
        text: 'ರೋಡಲ್ಲಿ ಜೀಬ್ರಾ ಕ್ರಾಸಿಂಗ್ ಕಂಡ್ರೆ {name} ಅದು ಫ್ಯಾಮಿಲಿ ಫೋಟೋ ಅಂತ ಪೋಸ್ ಕೊಡುತ್ತೆ.',
        en: "See a zebra crossing on the road and Bruno poses, thinking it's a family photo.",
      },
      {
        text: '{Name} ಇನ್ನೂ ಬ್ಲ್ಯಾಕ್ ಅಂಡ್ ವೈಟ್ ಸಿನಿಮಾ ಕಾಲದಲ್ಲೇ ಇದೆ; ಕಲರ್ ಟಿವಿ ಬಂದಿದ್ದು ಇನ್ನೂ ಗೊತ್ತಾಗಿಲ್ಲ.',
        en: "Bruno still lives in the black-and-white film era; it hasn't found out that colour TV arrived.",
      },
    ],
    giraffe: [
      {
        text: 'ಮನೆಯ ಅತಿ ಉದ್ದದ ಕತ್ತು ಹೊತ್ಕೊಂಡು ಓಡಾಡೋದು {name}; ಆದ್ರೂ ಜೋಕ್ ಅರ್ಥ ಆಗೋದು ಎಲ್ಲರಿಗಿಂತ ಕೊನೆಗೆ.',
        en: 'Bruno carries the longest neck in the house, yet gets the joke after everyone else.',
      },
      {
        text: 'ಮಾವಿನಕಾಯಿ ಕೀಳೋಕೆ ಏಣಿ ಬೇಡ, {name} ಇದೆಯಲ್ಲ; ಆದ್ರೆ ಅರ್ಧ ಕಾಯಿ ಅದೇ ತಿಂದುಬಿಡುತ್ತೆ.',
        en: 'No ladder needed to pick raw mangoes, we have Bruno; only it eats half of them itself.',
      },
      {
        text: '{Name} ಎಲ್ಲರನ್ನೂ ಮೇಲಿಂದಲೇ ನೋಡುತ್ತೆ; ಅಹಂಕಾರ ಅಲ್ಲ, ಕತ್ತು ಕೆಳಗೆ ಬಗ್ಗೋದೇ ಇಲ್ಲ.',
        en: "Bruno looks down on everyone; it isn't arrogance, the neck just won't bend down.",
      },
    ],
  },
  traitJabs: {
    lazy: [
      {
        text: '{Name} ಹಾಸಿಗೆ ಇದ್ದಷ್ಟು ಕಾಲು ಚಾಚಲ್ಲ; ಇಡೀ ಹಾಸಿಗೆನೇ ತನ್ನದು ಅಂತ ಅಡ್ಡಡ್ಡ ಮಲಗುತ್ತೆ.',
        en: "Bruno doesn't 'stretch its legs only as far as the mattress goes' (proverb: live within your means); it claims the whole mattress and sleeps sideways across it.",
      },
      {
        text: 'ಸೋಮಾರಿತನಕ್ಕೆ ಒಲಿಂಪಿಕ್ಸ್ ಇದ್ದಿದ್ರೆ {name} ಫೈನಲ್ ದಿನಾನೂ ಮಲಗಿ ಗೋಲ್ಡ್ ಮಿಸ್ ಮಾಡ್ಕೊಳ್ತಿತ್ತು.',
        en: 'If there were an Olympics for laziness, Bruno would sleep through the final and miss the gold.',
      },
      {
        text: '{Name} ಮಲಗೋದು ನೋಡಿದ್ರೆ ಕುಂಭಕರ್ಣನೇ ನೋಟ್ಸ್ ತಗೊಳ್ತಾನೆ.',
        en: 'Watch Bruno sleep and Kumbhakarna himself (the epic giant famous for sleeping for months) would take notes.',
      },
      {
        text: '{Name} ಎದ್ದೇಳೋದು ಎರಡೇ ಕಾರಣಕ್ಕೆ: ಊಟ ಬಂದ್ರೆ, ಇಲ್ಲಾ ಭೂಕಂಪ ಆದ್ರೆ.',
        en: 'Bruno gets up for exactly two reasons: food arrives, or an earthquake hits.',
      },
    ],
    greedy: [
      {
        text: "ಮೂರು ರೂಮ್ ಆಚೆ ಚಿಪ್ಸ್ ಪ್ಯಾಕೆಟ್ ತೆರೆದ್ರೂ {name} ಓಡಿ ಬರುತ್ತೆ; 'ಬೇಡ' ಅನ್ನೋ ಪದ ಮಾತ್ರ ಕೇಳಿಸಲ್ಲ.",
        en: "Open a packet of chips three rooms away and Bruno comes running; only the word 'no' is never heard.",
      },
      {
        text: 'ಈಗ ತಾನೇ ಊಟ ಆಯ್ತು, ಆದ್ರೂ {name} ನೋಡೋ ನೋಟ ನೋಡಿದ್ರೆ ಒಂದು ವಾರದಿಂದ ಉಪವಾಸ ಅನ್ಸುತ್ತೆ.',
        en: 'It has only just eaten, yet the look Bruno gives you suggests a week without food.',
      },
      {
        text: 'ಮದುವೆ ಊಟದಲ್ಲಿ ಮೂರನೇ ಸಲ ಹೋಳಿಗೆ ಕೇಳೋ ಟೈಪ್ {name}.',
        en: 'Bruno is the type who asks for a third holige (sweet stuffed flatbread) at a wedding feast.',
      },
      {
        text: 'ಅತಿ ಆಸೆ ಗತಿ ಕೇಡು ಅಂತ ಗಾದೆ ಇದೆ; {name} ಆ ಗಾದೆಯನ್ನೂ ತಿಂದು ಮುಗಿಸಿದೆ.',
        en: "There's a proverb, 'too much greed ends in ruin'; Bruno has eaten that proverb up too.",
      },
    ],
    loud: [
      {
        text: 'ಮಾತು ಬೆಳ್ಳಿ, ಮೌನ ಬಂಗಾರ ಅಂತಾರೆ; ಅದಕ್ಕೇ ಇರಬೇಕು {name} ಹತ್ರ ಒಂದು ಗ್ರಾಂ ಬಂಗಾರಾನೂ ಇಲ್ಲ.',
        en: "They say speech is silver and silence is gold; must be why Bruno doesn't own a single gram of gold.",
      },
      {
        text: 'ಪ್ರತಿ ಎಲೆ, ಪ್ರತಿ ಕಾಗೆ, ಪ್ರತಿ ಸ್ಕೂಟರ್ ಸದ್ದನ್ನೂ {name} ಬ್ರೇಕಿಂಗ್ ನ್ಯೂಸ್ ಥರ ಇಡೀ ಬೀದಿಗೆ ಹೇಳುತ್ತೆ.',
        en: 'Every leaf, every crow, every passing scooter: Bruno announces it to the whole street like breaking news.',
      },
      {
        text: '{Name} ಗಲಾಟೆ ಶುರು ಮಾಡಿದ್ರೆ ಪಕ್ಕದ ಮನೆಯವರು ಫೋನ್ ಮಾಡ್ತಾರೆ, ಆರ್ಕೆಸ್ಟ್ರಾ ಯಾವಾಗ ಮುಗಿಯುತ್ತೆ ಅಂತ.',
        en: 'When Bruno starts the racket, the neighbours phone to ask when the orchestra will finish.',
      },
      {
        text: 'ವಾಯ್ಸ್ ಓವರ್ ಬೇಕಿರಲಿಲ್ಲ, {name} ಒಂದೇ ಸಾಕಿತ್ತು; ಆದ್ರೆ ಮೈಕ್ ರಾಜೀನಾಮೆ ಕೊಡ್ತಿತ್ತು.',
        en: 'This video did not need a voice-over, Bruno alone would have done; but the microphone would have resigned.',
      },
    ],
    grumpy: [
      {
        text: '{Name} ಯಾವಾಗ್ಲೂ ಸಿಡುಕು ಮುಖ ಹಾಕ್ಕೊಂಡಿರುತ್ತೆ, ಯಾರೋ ಅದರ ಲಂಚ್ ಬಾಕ್ಸ್ ಕದ್ದ ಹಾಗೆ.',
        en: 'Bruno always wears a scowl, as if someone had stolen its lunch box.',
      },
      {
        text: 'ಮುದ್ದು ಮಾಡೋಕೆ ಹೋದ್ರೆ {name} ಕೊಡೋ ಲುಕ್ ನೋಡಿ ಹೆಡ್ಮಾಸ್ಟರ್ ಕೂಡ ಹೆದರ್ಕೋತಾರೆ.',
        en: 'Go to cuddle Bruno and the look you get would scare even a headmaster.',
      },
      {
        text: '{Name} ಒಂದು ದಿನ ಮೂಡ್ ಆಫ್ ಆಗಿ ಎದ್ದಿತ್ತು, ಆಮೇಲೆ ಅದನ್ನೇ ಲೈಫ್ಸ್ಟೈಲ್ ಮಾಡಿಕೊಂಡಿತು.',
        en: 'Bruno woke up in a bad mood one day and then made it a lifestyle.',
      },
      {
        text: 'ಮನೆಯಲ್ಲಿ ಎಲ್ಲರನ್ನೂ {name} ಜಡ್ಜ್ ಮಾಡುತ್ತೆ; ಗ್ರೇಸ್ ಮಾರ್ಕ್ಸ್ ಕೊಟ್ರೂ ಇನ್ನೂ ಯಾರೂ ಪಾಸ್ ಆಗಿಲ್ಲ.',
        en: 'Bruno judges everyone at home; even with grace marks, nobody has passed yet.',
      },
    ],
    destructive: [
      {
        text: 'ಕೋತಿ ತಾನು ಕೆಡೋದಲ್ದೆ ವನವನ್ನೆಲ್ಲಾ ಕೆಡಿಸಿತು ಅಂತಾರೆ; {name} ಕೆಡಿಸಿದ್ದು ನಮ್ಮ ಹೊಸ ಸೋಫಾ.',
        en: 'The proverb says the monkey not only spoiled itself but the whole grove; what Bruno spoiled was our new sofa.',
      },
      {
        text: '{Name} ಇರೋ ಮನೆಯಲ್ಲಿ ಹೊಸ ಚಪ್ಪಲಿಯ ಆಯಸ್ಸು ಹೆಚ್ಚೆಂದ್ರೆ ಒಂದು ವಾರ.',
        en: 'In a house with Bruno, a new pair of slippers lives a week at most.',
      },
      {
        text: '{Name} ಆಟಿಕೆ ಜೊತೆ ಆಡಲ್ಲ; ಚಿಕ್ಕದೊಂದು ಜೆಸಿಬಿ ಕಂಪನಿ ನಡೆಸುತ್ತೆ.',
        en: "Bruno doesn't play with toys; it runs a small JCB (excavator) company.",
      },
      {
        text: 'ಈ ಮನೆಯ ಪ್ರತಿ ದಿಂಬಿಗೂ ಒಂದು ಕಥೆ ಇದೆ; ಎಲ್ಲಾ ಕಥೆಗಳ ಕ್ಲೈಮ್ಯಾಕ್ಸ್ ಬರೆದಿದ್ದು {name}.',
        en: 'Every pillow in this house has a story; Bruno wrote the climax of every one.',
      },
    ],
    clumsy: [
      {
        text: 'ನೆಲದ ಮೇಲೆ ಏನೂ ಇಲ್ಲದಿದ್ರೂ {name} ಎಡವಿ ಬೀಳುತ್ತೆ, ಆಮೇಲೆ ನೆಲಕ್ಕೇ ಬೈಯುತ್ತೆ.',
        en: 'There is nothing on the floor and Bruno still trips, then tells the floor off.',
      },
      {
        text: '{Name} ಪ್ರತಿ ಜಂಪಿಗೂ ಮುಂಚೆ ಲೆಕ್ಕಾಚಾರ ಹಾಕುತ್ತೆ; ಇಲ್ಲಿವರೆಗೂ ಒಂದು ಲೆಕ್ಕಾನೂ ಸರಿ ಹೋಗಿಲ್ಲ.',
        en: 'Bruno does the maths before every jump; not one calculation has worked out so far.',
      },
      {
        text: 'ಗಾಜಿನ ಬಾಗಿಲು ಇದೆ ಅಂತ {name} ಇನ್ನೂ ಒಪ್ಪಿಕೊಂಡಿಲ್ಲ; ಬಾಗಿಲು ಮಾತ್ರ ದಿನಾ ನೆನಪಿಸುತ್ತೆ.',
        en: 'Bruno still has not accepted that there is a glass door; the door reminds it every day.',
      },
      {
        text: 'ಬಾಳೆಹಣ್ಣಿನ ಸಿಪ್ಪೆ ಇಲ್ಲದೇನೇ ಜಾರಿ ಬೀಳೋ ಟ್ಯಾಲೆಂಟ್ ಇರೋ ಏಕೈಕ ಆರ್ಟಿಸ್ಟ್ {name}.',
        en: 'Bruno is the only artiste with the talent to slip and fall without any banana peel.',
      },
    ],
    vain: [
      {
        text: 'ಕ್ಯಾಮೆರಾ ಕಂಡ್ರೆ ಸಾಕು, {name} ತಕ್ಷಣ ಪೋಸ್; ಯಾವುದೋ ಸಿನಿಮಾ ಪ್ರಮೋಷನಿಗೆ ಬಂದ ಹಾಗೆ.',
        en: 'One look at a camera and Bruno strikes a pose, as if it had come to promote a film.',
      },
      {
        text: '{Name} ಕೊಡೋ ಬಿಲ್ಡಪ್ ನೋಡಿದ್ರೆ ಇನ್ಸ್ಟಾದಲ್ಲಿ ಒಂದು ಮಿಲಿಯನ್ ಫಾಲೋವರ್ಸ್ ಇದ್ದ ಹಾಗೆ.',
        en: "From the build-up Bruno gives, you'd think it had a million Instagram followers.",
      },
      {
        text: '{Name} ಕನ್ನಡಿ ಮುಂದೆ ನಿಲ್ಲೋ ಟೈಮಲ್ಲಿ ಒಂದು ಮೆಗಾ ಸೀರಿಯಲ್ ಎಪಿಸೋಡೇ ಮುಗಿದುಹೋಗುತ್ತೆ.',
        en: 'In the time Bruno stands in front of the mirror, a whole mega-serial episode is over.',
      },
      {
        text: 'ಲೈಕ್ಸ್ ಕಮ್ಮಿ ಬಂದ್ರೆ {name} ಮುನಿಸ್ಕೊಳ್ಳುತ್ತೆ; ಫಿಲ್ಟರ್ ಇಲ್ಲದ ಫೋಟೋ ಹಾಕಿದ್ರೆ ಮಾತೇ ಆಡಲ್ಲ.',
        en: 'Too few likes and Bruno sulks; post a photo without a filter and it stops talking to you.',
      },
    ],
    scaredy: [
      {
        text: 'ಪಟಾಕಿ ಸದ್ದು ಕೇಳಿದ್ರೆ {name} ನೇರ ಮಂಚದ ಕೆಳಗೆ; ಧೈರ್ಯ ಎಲ್ಲಾ ವಾಟ್ಸಾಪ್ ಸ್ಟೇಟಸಲ್ಲಿ ಮಾತ್ರ.',
        en: 'One firecracker and Bruno is straight under the bed; all that courage lives only in WhatsApp statuses.',
      },
      {
        text: '{Name} ಭಯಂಕರ ಧೈರ್ಯಶಾಲಿ, ಯಾವುದೂ ಅಲ್ಲಾಡದೇ ಇರೋ ತನಕ.',
        en: 'Bruno is tremendously brave, as long as nothing moves.',
      },
      {
        text: 'ಒಂದ್ಸಲ ಒಂದು ಎಲೆ ಹಾರಿಹೋಯ್ತು; {name} ಇನ್ನೂ ಆ ಶಾಕಿಂದ ಹೊರಗೆ ಬಂದಿಲ್ಲ.',
        en: "A leaf blew past once; Bruno still hasn't got over the shock.",
      },
      {
        text: 'ವ್ಯಾಕ್ಯೂಮ್ ಕ್ಲೀನರ್ ಆನ್ ಆದ ತಕ್ಷಣ {name} ಎಲ್ಲಿ ಮಾಯ ಆಯ್ತು ಅಂತ ಹುಡುಕೋದೇ ನಮ್ಮ ಕೆಲಸ.',
        en: 'The moment the vacuum cleaner goes on, our job becomes finding where Bruno vanished to.',
      },
    ],
    clingy: [
      {
        text: '{Name} ಮನೆಯವರೆಲ್ಲರ ನೆರಳು; ಬಾತ್ರೂಮ್ ಬಾಗಿಲ ತನಕ ಸೆಕ್ಯೂರಿಟಿ ಡ್ಯೂಟಿ.',
        en: "Bruno is the whole family's shadow; security duty right up to the bathroom door.",
      },
      {
        text: 'ಹತ್ತು ಸೆಕೆಂಡ್ ರೂಮಿಂದ ಆಚೆ ಹೋದ್ರೆ ಸಾಕು, {name} ಮಿಸ್ಸಿಂಗ್ ಕಂಪ್ಲೇಂಟ್ ಕೊಡುತ್ತೆ.',
        en: 'Step out of the room for ten seconds and Bruno files a missing-person complaint.',
      },
      {
        text: '{Name} ಅಂಟ್ಕೊಳ್ಳೋದು ನೋಡಿದ್ರೆ ಫೆವಿಕಾಲ್ ಕಂಪನಿಯವರು ಜಾಹೀರಾತಿಗೆ ಕರೀತಾರೆ.',
        en: 'Seeing how Bruno sticks to you, the Fevicol glue company would sign it up for an advert.',
      },
      {
        text: 'ದಿನಪೂರ್ತಿ {name} ಮಾಡೋ ಒಂದೇ ಕೆಲಸ: ಗಮನ ಕೊಡು, ಮುದ್ದು ಮಾಡು ಅಂತ ತಲೆ ತಿನ್ನೋದು.',
        en: "Bruno's one job all day: 'eating our heads' (Kannada idiom for pestering) for attention and cuddles.",
      },
    ],
    escape: [
      {
        text: 'ಗೇಟ್ ಸ್ವಲ್ಪ ತೆಗೆದ್ರೆ ಸಾಕು, {name} ಎಸ್ಕೇಪ್; ಮತ್ತೆ ಪ್ರತ್ಯಕ್ಷ ಆಗೋದು ಊಟದ ಟೈಮಿಗೆ.',
        en: "Open the gate a little and Bruno has escaped; it 'materialises' again (like a god appearing in a mythological film) at mealtime.",
      },
      {
        text: '{Name} ದಿನಾ ರಾತ್ರಿ ಮುಂಬಾಗಿಲನ್ನ ನೋಡೋ ರೀತಿ ನೋಡಿದ್ರೆ ಯಾವುದೋ ಹೈಸ್ಟ್ ಸಿನಿಮಾದ ಪ್ಲಾನಿಂಗ್ ಅನ್ಸುತ್ತೆ.',
        en: 'The way Bruno eyes the front door every night, it looks like a heist film is being planned.',
      },
      {
        text: 'ಕಾಂಪೌಂಡ್ ಎಷ್ಟು ಎತ್ತರ ಮಾಡಿದ್ರೂ {name} ಹೊಸ ದಾರಿ ಹುಡುಕುತ್ತೆ; ಮನೆ ಬಜೆಟ್ ಎಲ್ಲಾ ಗೋಡೆಗೇ ಹೋಯ್ತು.',
        en: 'However high we build the compound wall, Bruno finds a new way out; the household budget all went on walls.',
      },
      {
        text: '{Name} ಎಷ್ಟು ಸಲ ಓಡಿಹೋಗಿದೆ ಅಂದ್ರೆ, ಏರಿಯಾ ವಾಟ್ಸಾಪ್ ಗ್ರೂಪಲ್ಲಿ ಅದರ ಫೋಟೋ ಪರ್ಮನೆಂಟ್ ಪಿನ್.',
        en: 'Bruno has run off so many times that its photo is permanently pinned in the neighbourhood WhatsApp group.',
      },
    ],
  },
  closers: [
    {
      text: 'ಏನೇ ಹೇಳಿ, {name} ಅಂದ್ರೆ ನಮಗೆ ಪ್ರಾಣ.',
      en: 'Say what you like, Bruno means the world to us.',
    },
    {
      text: 'ರೋಸ್ಟ್ ಮುಗೀತು; {name} ಇದನ್ನೆಲ್ಲಾ ಕೇರ್ ಮಾಡದೆ ಮತ್ತೆ ನಿದ್ದೆಗೆ ಜಾರಿತು.',
      en: "Roast over; Bruno didn't care about any of it and slipped back into sleep.",
    },
    {
      text: 'ಬಾಡಿಗೆ ಇನ್ನೂ ಬಾಕಿ ಇದೆ; {name} ಅದನ್ನ ಮುದ್ದಿನಲ್ಲೇ ತೀರಿಸಿದ್ರೆ ಸಾಕು.',
      en: 'The rent is still pending; Bruno can settle it in cuddles.',
    },
    {
      text: 'ಇದು ರೋಸ್ಟ್ ಅಲ್ಲ, ಪರ್ಫಾರ್ಮೆನ್ಸ್ ರಿವ್ಯೂ: {name} ತುಂಬಾ ಕ್ಯೂಟ್, ಆದ್ರೆ ಕೆಲಸದಿಂದ ಔಟ್.',
      en: 'This was not a roast, it was a performance review: Bruno is very cute, but fired.',
    },
    {
      text: 'ಎಷ್ಟೇ ಕಿರಿಕ್ ಮಾಡಿದ್ರೂ, {name} ಇಲ್ಲದ ಮನೆ ಮನೆನೇ ಅಲ್ಲ.',
      en: "However much trouble it makes, a home without Bruno isn't a home at all.",
    },
    {
      text: 'ಈ ಸಲ ಕಪ್ ನಮ್ದಾಗ್ಲಿ ಬಿಡ್ಲಿ, {name} ಮಾತ್ರ ಯಾವಾಗ್ಲೂ ನಮ್ದೇ.',
      en: "Whether or not the cup is ours this time, Bruno is always ours. (A riff on the cricket fans' chant 'Ee sala cup namde', 'this year the cup is ours'.)",
    },
  ],
  groupClosers: [
    {
      text: 'ನಿಮ್ಮೆಲ್ಲರ ಮೇಲೂ ಪ್ರಾಣ ಇಟ್ಟಿದ್ದೀವಿ, ಆದ್ರೆ ಈ ಮನೆಗೆ ಈಗ ಒಂದು ರಜೆ ಬೇಕು.',
      en: 'We adore every one of you, but this house needs a holiday now.',
    },
    {
      text: '{Count} {nouns}, ಒಂದು ಕುಟುಂಬ, ಮುಗಿಯದ ಕ್ಲೀನಿಂಗ್ ಕೆಲಸ.',
      en: 'Three cats, one family, and a cleaning job that never ends.',
    },
    {
      text: 'ಈ ಗ್ಯಾಂಗ್ ಅಂದ್ರೆ ನಮಗೆ ತುಂಬಾ ಇಷ್ಟ; ಸೋಫಾಗೆ ಮಾತ್ರ ಅಷ್ಟೊಂದು ಇಷ್ಟ ಇಲ್ಲ.',
      en: 'We love this gang; the sofa, not so much.',
    },
    {
      text: 'ಈ ಟೀಮನ್ನ ಯಾರಿಗೂ ಕೊಡಲ್ಲ; ಯಾರೂ ಕೇಳಿಲ್ಲ ಅನ್ನೋದು ಬೇರೆ ವಿಷಯ.',
      en: 'We will never give this team away to anyone; that nobody has asked is a separate matter.',
    },
  ],
  petWords: {
    dog: ['ನಾಯಿ', 'ನಾಯಿಮರಿ', 'ಶ್ವಾನ', 'naayi', 'nayi', 'naayimari', 'nayimari'],
    cat: ['ಬೆಕ್ಕ', 'ಬೆಕ್ಕಿನಮರಿ', 'ಬೆಕ್ಕಿನ ಮರಿ', 'bekku', 'bekkina mari', 'bekkinamari'],
    bird: ['ಹಕ್ಕಿ', 'ಪಕ್ಷಿ', 'ಗಿಳಿ', 'ಗಿಣಿ', 'ಪಾರಿವಾಳ', 'ಕೋಳಿ', 'ಗುಬ್ಬಿ', 'ಮೈನಾ', 'ಬಾತುಕೋಳಿ', 'hakki', 'pakshi', 'gili', 'gini', 'parivala', 'paarivaala', 'koli', 'gubbi'],
    horse: ['ಕುದುರೆ', 'ಕುದುರೆಮರಿ', 'kudure', 'kudre'],
    sheep: ['ಕುರಿ', 'ಕುರಿಮರಿ', 'ಟಗರು', 'kuri', 'kurimari', 'tagaru', 'tagru'],
    cow: ['ಹಸು', 'ಹಸುವ', 'ಕರುವ', 'ದನ', 'ಎಮ್ಮೆ', 'ಗೋವು', 'hasu', 'emme', 'danagalu'],
    elephant: ['ಆನೆ', 'ಆನೆಮರಿ', 'ಗಜ', 'aane', 'aanemari', 'anemari'],
    bear: ['ಕರಡಿ', 'karadi', 'karadi mari'],
    zebra: ['ಜೀಬ್ರಾ', 'ಜೀಬ್ರ', 'jeebra', 'zeebra'],
    giraffe: ['ಜಿರಾಫ', 'ಜಿರಾಫೆ', 'jiraafe', 'jirafe'],
  },
  traitWords: {
    lazy: ['ಸೋಮಾರಿ', 'ಆಲಸಿ', 'ನಿದ್ದೆ', 'ನಿದ್ರೆ', 'ಮಲಗ', 'ಮಲಗು', 'ಮಲ್ಕೊ', 'somari', 'somaari', 'nidde', 'malag', 'malko', 'alasi'],
    greedy: ['ಹೊಟ್ಟೆಬಾಕ', 'ತಿಂಡಿಪೋತ', 'ತಿಂಡಿ', 'ತಿನ್ನು', 'ತಿನ್ನೋ', 'ಕದಿ', 'ಕದ್ದ', 'ಕಳ್ಳ', 'ಹಸಿವು', 'ಊಟ', 'hottebaaka', 'hottebaka', 'thindipotha', 'tindipota', 'thindi', 'tindi', 'thinnu', 'tinnu', 'kaddu', 'kalla', 'hasivu'],
    loud: ['ಬೊಗಳ', 'ಕೂಗು', 'ಕೂಗ', 'ಗಲಾಟೆ', 'ಕಿರುಚ', 'ಸದ್ದು', 'ಶಬ್ದ', 'bogal', 'kiruch', 'galaate', 'galate', 'koog', 'saddu'],
    grumpy: ['ಕೋಪ', 'ಸಿಟ್ಟು', 'ಸಿಡುಕ', 'ಮುನಿಸ', 'ಮುಖ ಊದಿಸ', 'kopa', 'sittu', 'siduk', 'munis'],
    destructive: ['ಕಚ್ಚ', 'ಹರಿದು', 'ಹರಿದ', 'ಹಾಳು ಮಾಡ', 'ಚಪ್ಪಲಿ', 'ದಿಂಬು', 'ಕುಶನ್', 'ಪರಚ', 'ಒಡೆದ', 'ಒಡೆದು', 'kachch', 'kacch', 'haalu maad', 'chappali', 'dimbu', 'parach', 'odedu'],
    clumsy: ['ಬೀಳು', 'ಬಿದ್ದ', 'ಎಡವ', 'ಜಾರಿ', 'ಜಾರು', 'ಎಡವಟ್ಟು', 'beelu', 'bidd', 'edav', 'edavattu', 'jaari'],
    vain: ['ಸೀನ್', 'ಬಿಲ್ಡಪ್', 'ಶೋಕಿ', 'ಡವ್', 'ಕನ್ನಡಿ', 'ಸೆಲ್ಫಿ', 'ಅಲಂಕಾರ', 'ಫ್ಯಾಷನ್', 'shoki', 'shokilala', 'buildup', 'build up', 'scene haak'],
    scaredy: ['ಹೆದರ', 'ಹೆದರು', 'ಭಯ', 'ಪುಕ್ಕಲ', 'ಅಂಜುಬುರುಕ', 'ಪಟಾಕಿ', 'ಗುಡುಗು', 'hedar', 'bhaya', 'pukkal', 'anjuburuka', 'pataki'],
    clingy: ['ಅಂಟು', 'ಅಂಟ್ಕೊ', 'ಅಂಟಿಕೊ', 'ಹಿಂದೆ ಹಿಂದೆ', 'ಬಿಟ್ಟಿರಲ್ಲ', 'ಬಿಟ್ಟು ಇರಲ್ಲ', 'ತಲೆ ತಿನ್ನ', 'antko', 'antiko', 'hinde hinde', 'bittiralla', 'tale tinn', 'thale thinn'],
    escape: ['ಓಡಿಹೋಗ', 'ಓಡಿ ಹೋಗ', 'ತಪ್ಪಿಸಿಕೊ', 'ತಪ್ಪಿಸ್ಕೊ', 'ಎಸ್ಕೇಪ್', 'ಗೇಟ್', 'ಕಾಂಪೌಂಡ್', 'odihog', 'odi hog', 'tappisko', 'thappisko', 'tappisiko'],
  },
  numberWords: {
    'ಎರಡು': 2, 'ಮೂರು': 3, 'ನಾಲ್ಕು': 4, 'ಐದು': 5, 'ಆರು': 6, 'ಏಳು': 7, 'ಎಂಟು': 8, 'ಒಂಬತ್ತು': 9, 'ಹತ್ತು': 10,
    eradu: 2, yeradu: 2, mooru: 3, muru: 3, naalku: 4, nalku: 4, aidu: 5, aaru: 6, elu: 7, yelu: 7, entu: 8, yentu: 8,
    ombattu: 9, ombathu: 9, hattu: 10, hathu: 10,
  },
  notNames: [
    'ನನ್ನ', 'ನಮ್ಮ', 'ನಮ್ಮನೆ', 'ನಮ್ಮನೆಯ', 'ಈ', 'ಆ', 'ಒಂದು', 'ಹೆಸರು', 'ಅನ್ನೋ', 'ಅಂತ', 'ಇವನು', 'ಇವಳು', 'ಇದು', 'ಅವನು', 'ಅವಳು', 'ಅದು', 'ಮಗಾ', 'ಗುರು',
    'nanna', 'namma', 'nan', 'nam', 'nammane', 'ee', 'aa', 'ondu', 'hesaru', 'anno', 'antha', 'anta', 'ivanu', 'ivalu', 'idu', 'avanu', 'avalu', 'adu', 'maga', 'macha', 'guru',
  ],
};
