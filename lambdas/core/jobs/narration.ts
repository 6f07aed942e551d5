import type { LanguageCode } from '../languages.js';
import type { Narration } from '../providers/video-provider.js';
import type { Job } from './model.js';

/**
 * The narration of a job: its roast, already in the narration language, split into sentences (one
 * caption line each) with the language's own sentence rules (`Intl.Segmenter`, ICU: `.`, `!`, `?`, the
 * Devanagari danda `।`, the Urdu full stop `۔` …). A text without sentence breaks is one line.
 */
export function narrationFor(job: Pick<Job, 'language'>, text: string): Narration {
  return { lines: sentences(text, job.language), language: job.language };
}

/** `text` split into trimmed, non-empty sentences (ICU sentence boundaries for `language`). */
export function sentences(text: string, language: LanguageCode): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
