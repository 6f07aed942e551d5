/** ISO 639-1 codes the service speaks (docs/reference/spec.md §2): English plus 12 Indian languages. */
export const LANGUAGES = {
  en: 'English',
  hi: 'Hindi',
  bn: 'Bengali',
  ta: 'Tamil',
  te: 'Telugu',
  ml: 'Malayalam',
  kn: 'Kannada',
  gu: 'Gujarati',
  mr: 'Marathi',
  pa: 'Punjabi',
  or: 'Odia',
  as: 'Assamese',
  ur: 'Urdu',
} as const;

export type LanguageCode = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];

export const isLanguageCode = (value: unknown): value is LanguageCode =>
  typeof value === 'string' && Object.hasOwn(LANGUAGES, value);

/** `text` split into trimmed, non-empty sentences (ICU sentence boundaries for `language`: `.`, `!`, `?`, `।`, `۔` …). */
export function sentences(text: string, language: LanguageCode): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
