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

/**
 * Titles and abbreviations that end in a full stop without ending a sentence ("Mr. Biscuit", "Dr. Bruno"):
 * ICU's sentence break suppressions for English (CLDR `segmentations`, the `ss=standard` exceptions), which
 * V8's Intl.Segmenter does not apply. Compared without case.
 */
const NON_FINAL_ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'mx.', 'dr.', 'prof.', 'st.', 'sr.', 'jr.', 'capt.', 'col.', 'gen.', 'lt.', 'sgt.', 'rev.', 'hon.', 'mt.', 'smt.', 'shri.', 'vs.', 'no.']);

/**
 * `text` split into trimmed, non-empty sentences (ICU sentence boundaries for `language`: `.`, `!`, `?`, `।`,
 * `۔` …); a segment that ends in a title or abbreviation ({@link NON_FINAL_ABBREVIATIONS}) runs on into the next.
 */
export function sentences(text: string, language: LanguageCode): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const out: string[] = [];
  let carry = '';
  for (const { segment } of segmenter.segment(text)) {
    const piece = carry + segment;
    const lastWord = piece.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    if (NON_FINAL_ABBREVIATIONS.has(lastWord)) carry = piece;
    else {
      out.push(piece);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
