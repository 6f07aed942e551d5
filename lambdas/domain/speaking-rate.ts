import type { LanguageCode } from './languages.js';

/**
 * How fast each language is spoken by the voices that may narrate it, in characters per second
 * (docs/renderer.md "Speaking rate"): Unicode code points of the text as written, spaces and punctuation
 * included, divided by the seconds of audio the voice makes of it. Characters, not words, because word
 * lengths differ by script (an agglutinative Tamil or Malayalam word holds a whole English phrase), and
 * because the API's text limits are in characters.
 *
 * Measured by `npm run measure:speaking-rate` (scripts/measure-speaking-rate.ts: espeak-ng 1.51 at
 * {@link ESPEAK_RATE_WPM} words per minute, over scripts/data/speaking-rate-corpus.json, rounded down to
 * 0.1); test/unit/speaking-rate.test.ts speaks the corpus again and fails when a figure drifts by more
 * than 10 %. espeak-ng is the slowest voice of every language today, so these are the figures budgets use.
 */
export const SPEAKING_RATE_CPS: Readonly<Record<LanguageCode, number>> = Object.freeze({
  en: 16.1,
  hi: 13.8,
  mr: 13.0,
  bn: 13.6,
  as: 11.6,
  ta: 14.6,
  te: 12.2,
  ml: 14.3,
  kn: 13.3,
  gu: 12.0,
  pa: 13.1,
  or: 11.7,
  ur: 13.1,
});

/** espeak-ng speaking rate in words per minute (default 175; a little slower reads better over video). */
export const ESPEAK_RATE_WPM = 165;

/** Code points of `text` (what {@link SPEAKING_RATE_CPS} counts). */
export const characterCount = (text: string): number => [...text].length;

/**
 * Seconds of narration `text` makes in `language` at the slowest voice's measured rate
 * ({@link SPEAKING_RATE_CPS}). An estimate for budgets and submission checks; the rendered audio is
 * measured again after synthesis.
 */
export function estimateSpeechSeconds(text: string, language: LanguageCode): number {
  return characterCount(text) / SPEAKING_RATE_CPS[language];
}
