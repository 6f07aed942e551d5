import type { LanguageCode } from './languages.js';

/**
 * The writing system each language is written in, as the Unicode `Script_Extensions` value that a
 * correct translation's letters carry. Assamese shares the Bengali block, Marathi the Devanagari one;
 * Urdu is written in the Arabic script (ULCA calls it `Aran`, Unicode `Arab`).
 */
export const LANGUAGE_SCRIPT: Readonly<Record<LanguageCode, string>> = Object.freeze({
  en: 'Latin',
  hi: 'Devanagari',
  mr: 'Devanagari',
  bn: 'Bengali',
  as: 'Bengali',
  ta: 'Tamil',
  te: 'Telugu',
  ml: 'Malayalam',
  kn: 'Kannada',
  gu: 'Gujarati',
  pa: 'Gurmukhi',
  or: 'Oriya',
  ur: 'Arabic',
});

/** Share of letters that must be in the target script for a text to count as written in it. */
export const MIN_SCRIPT_SHARE = 0.5;

/**
 * Chunks with fewer letters than this are not judged on their own (a name or "OK!" may legitimately
 * stay in Latin letters); they still count towards the whole text's share.
 */
export const MIN_LETTERS_PER_CHUNK = 16;

// Letters and combining marks: Indic vowel signs (matras) are marks, not letters, yet they carry the script.
const LETTER = /[\p{L}\p{M}]/u;
const SCRIPT_PATTERNS = new Map<string, RegExp>(
  [...new Set(Object.values(LANGUAGE_SCRIPT))].map((script) => [script, new RegExp(`\\p{scx=${script}}`, 'u')]),
);
// Marks such as the nukta or Vedic tone marks are `Inherited`: neutral, neither for nor against.
const NEUTRAL = /[\p{scx=Inherited}\p{scx=Common}]/u;
/**
 * Letters of the scripts the service's languages use. Only these are evidence either way: letters of
 * other scripts (CJK, Cyrillic, private use…) a provider copied through say nothing about an English
 * echo, so they are not counted.
 */
const KNOWN_SCRIPT = new RegExp([...SCRIPT_PATTERNS.keys()].map((script) => `\\p{scx=${script}}`).join('|'), 'u');

export interface ScriptStats {
  /** Letters (incl. combining marks) of one of the service's scripts. */
  letters: number;
  /** Of those, how many are in the expected script. */
  inScript: number;
}

/** Counts the letters of `text` and how many of them are in the script of `language`. */
export function scriptStats(text: string, language: LanguageCode): ScriptStats {
  const pattern = SCRIPT_PATTERNS.get(LANGUAGE_SCRIPT[language]) as RegExp;
  let letters = 0;
  let inScript = 0;
  for (const ch of text) {
    if (!LETTER.test(ch) || NEUTRAL.test(ch) || !KNOWN_SCRIPT.test(ch)) continue;
    letters += 1;
    if (pattern.test(ch)) inScript += 1;
  }
  return { letters, inScript };
}

/** True when at least {@link MIN_SCRIPT_SHARE} of the letters are in the expected script (or there are none). */
export function isInScript(stats: ScriptStats): boolean {
  return stats.letters === 0 || stats.inScript / stats.letters >= MIN_SCRIPT_SHARE;
}

/** True when `text` is written in the script of `language` (texts without letters pass). */
export function isWrittenIn(text: string, language: LanguageCode): boolean {
  return isInScript(scriptStats(text, language));
}

/**
 * The script of the service's languages that most letters of `text` are in (a `LANGUAGE_SCRIPT` value, e.g.
 * `Tamil`), or undefined when `text` has no letter of any of them. Used to say what a refused text is
 * written in (jobs/create.ts `assertScriptLanguage`).
 */
export function dominantScript(text: string): string | undefined {
  let best: { script: string; letters: number } | undefined;
  for (const [script, pattern] of SCRIPT_PATTERNS) {
    let letters = 0;
    for (const ch of text) if (LETTER.test(ch) && !NEUTRAL.test(ch) && pattern.test(ch)) letters += 1;
    if (letters > 0 && (!best || letters > best.letters)) best = { script, letters };
  }
  return best?.script;
}

/**
 * Checks a provider's outputs: every chunk with enough letters, and the text as a whole, must be in the
 * target's script. Returns the index of the first failing chunk, `-1` for the whole text, or
 * `undefined` when all is well. The typical failure is an English echo of the input.
 */
export function findScriptMismatch(outputs: readonly string[], target: LanguageCode): number | undefined {
  const total: ScriptStats = { letters: 0, inScript: 0 };
  for (const [index, output] of outputs.entries()) {
    const stats = scriptStats(output, target);
    if (stats.letters >= MIN_LETTERS_PER_CHUNK && !isInScript(stats)) return index;
    total.letters += stats.letters;
    total.inScript += stats.inScript;
  }
  return isInScript(total) ? undefined : -1;
}
