import { AllProfanity, bengaliBadWords, hindiBadWords, tamilBadWords, teluguBadWords } from 'allprofanity';
import type { LanguageCode } from '../../domain/languages.js';
import { PHRASEBOOKS } from './phrasebooks/registry.js';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { errors } from '../../domain/errors.js';

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
export type InappropriateList = 'english' | 'hindi' | 'bengali' | 'tamil' | 'telugu';

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

/**
 * `allprofanity`'s lists for the scripts of our languages beyond Hindi (allprofanity 2.x ships Bengali,
 * Tamil and Telugu; none for Malayalam, Kannada, Gujarati, Gurmukhi, Odia or Urdu): docs/writer.md, "Bedrock
 * writer". Bengali's list also serves Assamese (same script, many shared words).
 */
const NATIVE_LISTS: Partial<Record<LanguageCode, { list: InappropriateList; words: readonly string[] }>> = {
  bn: { list: 'bengali', words: bengaliBadWords },
  as: { list: 'bengali', words: bengaliBadWords },
  ta: { list: 'tamil', words: tamilBadWords },
  te: { list: 'telugu', words: teluguBadWords },
};
/**
 * Everyday words on those lists that are not insults on their own and that pet roasts use (docs/writer.md,
 * "Bedrock writer"): Tamil நாய் "dog", புள்ள "kid", பால் "milk", மாட்டு "cow's", வெட்ட "to cut"; Telugu దొంగ "thief",
 * పిచ్చి "crazy"; Bengali পাগল "crazy". The phrasebooks' pet words are allowed as well.
 */
export const EVERYDAY_WORDS: readonly string[] = ['நாய்', 'naai', 'কুত্তা', 'kutta', 'புள்ள', 'பால்', 'மாட்டு', 'வெட்ட', 'pulla', 'paal', 'దొంగ', 'పిచ్చి', 'donga', 'picchi', 'পাগল', 'pagol', 'pagal'];
const nativeMatchers = new Map<InappropriateList, RegExp>();

/**
 * Checks a WRITTEN script in `language` (a Bedrock answer, docs/writer.md "Bedrock writer"): the English and
 * Hindi lists as {@link findInappropriate}, plus the language's own `allprofanity` list where one exists,
 * matched at word starts (so inflected forms match, and a listed word inside another word does not: Bengali
 * বাল inside জ্বালাস "you pester"). Those lists also hold everyday words that are insults only when aimed at
 * people (Tamil நாய் "dog"): the phrasebooks' pet words and {@link EVERYDAY_WORDS} are allowed; anything else
 * listed refuses the answer: an over-strict list only costs a fallback to the reviewed phrasebook, never an
 * unsafe line.
 */
export function findInappropriateWritten(text: string, language: LanguageCode): InappropriateList | undefined {
  const general = findInappropriate(text);
  if (general) return general;
  const native = NATIVE_LISTS[language];
  if (!native) return undefined;
  let matcher = nativeMatchers.get(native.list);
  if (!matcher) {
    const allowed = new Set(
      [...Object.values(PHRASEBOOKS).flatMap((b) => (b ? Object.values(b.petWords).flat() : [])), ...EVERYDAY_WORDS].map((w) => w.normalize('NFC').toLowerCase()),
    );
    const words = native.words.map((w) => w.normalize('NFC').toLowerCase()).filter((w) => !allowed.has(w));
    const alternation = (list: string[]): string => list.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)';
    const latin = words.filter((w) => /^[\p{Script=Latin}\s'-]+$/u.test(w));
    const script = words.filter((w) => !latin.includes(w));
    // Native-script words at a word start (inflections follow); romanised words whole ("bal" is not "ball").
    matcher = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:${alternation(script)})|(?:${alternation(latin)})(?![\\p{L}\\p{M}]))`, 'u');
    nativeMatchers.set(native.list, matcher);
  }
  return matcher.test(text.normalize('NFC').toLowerCase()) ? native.list : undefined;
}
