import { AllProfanity, hindiBadWords } from 'allprofanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { errors } from '../errors.js';

/**
 * The text-safety gate of POST /api/generate-video (docs/writer.md, "Safety"): a prompt or script with
 * slurs, hate terms or sexual content is refused with `400 inappropriate_text` before any detection,
 * storage or rendering (no money is spent on it). Two maintained word lists, no hand-made one:
 *
 * - English: `obscenity`'s English preset (slurs, sexual terms, profanity) with its recommended
 *   transformers (leet-speak, confusable characters, repeated letters, spacing tricks).
 * - Hindi and Hinglish (Devanagari and Roman script): `allprofanity`'s Hindi list.
 *
 * The Hindi list also holds plain animal words that are insults only when aimed at people (kutta
 * "dog", gadha "donkey", ullu "owl", billi "cat"…). In a pet app they name the pet, so they are allowed
 * ({@link ANIMAL_WORDS}); compound insults from the list ("kutte ki aulad", "harami kutta") still match.
 */
const englishMatcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/** Animal words of the Hindi list that name pets here (docs/writer.md, "Safety"). */
export const ANIMAL_WORDS = [
  'kutta', 'kutte', 'kutti', 'kutiya', 'kutta sala', 'kutte ka pilla', 'billi', 'gadha', 'gadhe', 'gadhi', 'ullu', 'bhains', 'janwar', 'jaanvar', 'suar', 'suwar', 'bandar', 'bail',
  'कुत्ता', 'कुत्ते', 'कुत्ती', 'कुतिया', 'बिल्ली', 'गधा', 'गधे', 'उल्लू', 'भैंस', 'जानवर', 'सुअर', 'बंदर', 'बैल',
];

let hindi: AllProfanity | undefined;
function hindiFilter(): AllProfanity {
  if (!hindi) {
    hindi = new AllProfanity({ languages: [], silent: true, enableLeetSpeak: true, whitelistWords: ANIMAL_WORDS });
    hindi.loadCustomDictionary('hindi', hindiBadWords.filter((w) => !ANIMAL_WORDS.includes(w.toLowerCase())));
  }
  return hindi;
}

/** Which list matched (never the matched word itself: it is not echoed back or logged). */
export type InappropriateList = 'english' | 'hindi';

/** The first list that finds inappropriate language in `text`, or undefined when it is clean. */
export function findInappropriate(text: string): InappropriateList | undefined {
  if (englishMatcher.hasMatch(text)) return 'english';
  if (hindiFilter().check(text)) return 'hindi';
  return undefined;
}

/**
 * Throws `400 inappropriate_text` (naming the field) when `text` holds slurs, hate terms or sexual
 * content. Called by createVideoJob before detection, and on every written script.
 */
export function assertAppropriateText(text: string, field = 'text'): void {
  if (findInappropriate(text)) throw errors.inappropriateText(field);
}
