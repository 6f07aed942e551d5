import type { LanguageCode } from '../../domain/languages.js';

/**
 * Fix-ups of espeak-ng 1.51's own voices, applied to the text espeak-ng reads and nowhere else (other
 * voices and the captions get the text as the speech normaliser leaves it: docs/renderer.md "Text").
 *
 * Assamese (`as`): Unicode normalisation (NFC and NFKC alike) decomposes য় U+09DF into য U+09AF + ◌় U+09BC,
 * and ড় / ঢ় (U+09DC, U+09DD) into ড / ঢ + ◌়, because the precomposed letters are composition exclusions.
 * The `as` voice reads the nukta after য by name ("ontostho-jo bindu") and then the word's vowel signs by
 * name too; ড় and ঢ় it misreads even precomposed. So য + ◌় becomes the precomposed য়, and ড়/ঢ় become ৰ
 * (U+09F0), which is how Assamese pronounces them. Measured on the Assamese phrasebook's 93 distinct words
 * with য়, ড় or ঢ়: 59 were spelled out before, none after (test/unit/speech/espeak-text.test.ts).
 * The `bn` and `or` voices read the decomposed forms correctly and are left alone.
 */
export function espeakInput(text: string, language: LanguageCode): string {
  if (language !== 'as') return text;
  return text.replace(/\u09AF\u09BC/gu, '\u09DF').replace(/[\u09A1\u09A2]\u09BC|[\u09DC\u09DD]/gu, '\u09F0');
}
