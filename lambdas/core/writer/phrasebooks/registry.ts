import { LANGUAGE_CODES, type LanguageCode } from '../../languages.js';
import { ASSAMESE } from './as.js';
import { BENGALI } from './bn.js';
import { ENGLISH } from './en.js';
import { GUJARATI } from './gu.js';
import { HINDI } from './hi.js';
import { KANNADA } from './kn.js';
import { MALAYALAM } from './ml.js';
import { MARATHI } from './mr.js';
import { ODIA } from './or.js';
import { PUNJABI } from './pa.js';
import { TAMIL } from './ta.js';
import { TELUGU } from './te.js';
import { URDU } from './ur.js';
import type { NativePhrasebook } from './types.js';

/**
 * The native phrasebooks by narration language (docs/writer.md, "Phrasebooks"). Adding a language is one
 * import above and one entry here. Once every language of lambdas/core/languages.ts has an entry,
 * {@link PHRASEBOOKS} is typed as a full `Record<LanguageCode, NativePhrasebook>`; until then a language
 * without a phrasebook is written in English and translated by the render worker (docs/writer.md, "Flow").
 */
const BOOKS = {
  en: ENGLISH,
  hi: HINDI,
  bn: BENGALI,
  ta: TAMIL,
  te: TELUGU,
  ml: MALAYALAM,
  kn: KANNADA,
  gu: GUJARATI,
  mr: MARATHI,
  pa: PUNJABI,
  or: ODIA,
  as: ASSAMESE,
  ur: URDU,
} as const satisfies Partial<Record<LanguageCode, NativePhrasebook>>;

/** A language that has a native phrasebook. */
export type PhrasebookLanguage = keyof typeof BOOKS;

/** Every registered phrasebook, by language (a full record once all 13 languages are registered). */
export const PHRASEBOOKS: Readonly<Partial<Record<LanguageCode, NativePhrasebook>> & Record<PhrasebookLanguage, NativePhrasebook>> = BOOKS;

/** Languages with a native phrasebook, in the order of lambdas/core/languages.ts. */
export const PHRASEBOOK_LANGUAGES: readonly PhrasebookLanguage[] = LANGUAGE_CODES.filter((l): l is PhrasebookLanguage => Object.hasOwn(BOOKS, l));

/** The phrasebook of `language`, or undefined when it has none yet (then the English one writes and the render worker translates). */
export const phrasebookFor = (language: LanguageCode): NativePhrasebook | undefined => (PHRASEBOOKS as Partial<Record<LanguageCode, NativePhrasebook>>)[language];

/** True when `language` is written natively by the template writer. */
export const hasPhrasebook = (language: LanguageCode): language is PhrasebookLanguage => phrasebookFor(language) !== undefined;
