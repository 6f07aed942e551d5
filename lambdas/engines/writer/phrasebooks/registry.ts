import { LANGUAGE_CODES, type LanguageCode } from '../../../domain/languages.js';
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
 * The native phrasebooks by narration language (docs/writer.md, "Phrasebooks"): every language of
 * lambdas/domain/languages.ts has one, so every roast is written in its narration language.
 */
export const PHRASEBOOKS: Readonly<Record<LanguageCode, NativePhrasebook>> = {
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
};

/** Languages with a native phrasebook (all of them), in the order of lambdas/domain/languages.ts. */
export const PHRASEBOOK_LANGUAGES: readonly LanguageCode[] = LANGUAGE_CODES;

/** The phrasebook of `language`. */
export const phrasebookFor = (language: LanguageCode): NativePhrasebook => PHRASEBOOKS[language];
