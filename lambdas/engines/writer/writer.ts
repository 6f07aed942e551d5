import { inLanguageScript } from '../../domain/brahmic.js';
import { sentences, type LanguageCode } from '../../domain/languages.js';
import { logger } from '../../domain/observability.js';
import { PET_LABELS } from '../../domain/schemas/common.js';
import { hasContactDetails, parsePrompt, stripContactDetails } from './prompt.js';
import { TemplateWriter } from './template.js';
import { joinLines, type PetClass, type TextMode, type PetSighting, type RoastWriter, type WrittenScript } from './types.js';

export * from './types.js';
export { parsePrompt, roastSubject, stripContactDetails, hasContactDetails, TRAIT_FAMILIES, type TraitFamily, type RoastSubject } from './prompt.js';
export { PHRASEBOOKS, PHRASEBOOK_LANGUAGES, phrasebookFor } from './phrasebooks/registry.js';
export { TemplateWriter, writeTemplate } from './template.js';
export { titleName, videoTitle } from './title.js';
export { assertAppropriateText, findInappropriate } from './safety.js';

/**
 * Splits a caller's script into narration lines: at line breaks, then at sentence ends in the
 * script's language (ICU rules, lambdas/domain/languages.ts), keeping the punctuation.
 */
export function splitScript(text: string, language: LanguageCode = 'en'): string[] {
  return text
    .split(/\r?\n+/)
    .flatMap((line) => sentences(line, language))
    .filter(Boolean);
}

/**
 * The lines a `text_mode: "script"` text is narrated as (docs/writer.md, "Safety"): {@link splitScript}'s
 * sentences without every sentence that carries contact details. The whole sentence goes, not only the
 * address: "Call me at +91 98765 43210 or mail a@b.com." minus its details would be narrated as "Call me at
 * or mail." An empty result is refused at submission (422, docs/api-contract.md).
 */
export function narratableLines(text: string, language: LanguageCode = 'en'): string[] {
  return splitScript(text, language).filter((line) => !hasContactDetails(line) && /[\p{L}\p{N}]/u.test(line));
}

/** What the writer needs from a job. */
export interface ScriptSubject {
  job_id: string;
  text: string;
  text_mode?: TextMode;
  language: LanguageCode;
  source_lang: LanguageCode;
  detected_pets: Array<{ label: string; confidence: number }>;
  pet_counts?: Record<string, number>;
}

/** The detected pets as the writer sees them: known classes, best first, with how many were seen. */
export function sightings(subject: Pick<ScriptSubject, 'detected_pets' | 'pet_counts'>): PetSighting[] {
  return subject.detected_pets
    .filter((p): p is { label: PetClass; confidence: number } => (PET_LABELS as readonly string[]).includes(p.label))
    .map((p) => ({ label: p.label, confidence: p.confidence, count: Math.max(1, subject.pet_counts?.[p.label] ?? 1) }));
}

/**
 * Writes a job's narration (docs/writer.md): `script` mode narrates the caller's text as given
 * (sentences with contact details removed, {@link narratableLines}), `writer: "verbatim"`, in the source language); `prompt`
 * mode (the default) asks the configured writer, seeded by the job id, and falls back to the template
 * writer if it fails unexpectedly. Contact details are stripped from the result as a last guard.
 * Jobs stored before `text_mode` existed are narrated verbatim, as they were when submitted.
 */
export async function writeScriptFor(
  subject: ScriptSubject,
  writer: RoastWriter,
  fallback: RoastWriter = new TemplateWriter(),
  previousDigest?: string,
): Promise<WrittenScript> {
  const mode = subject.text_mode ?? 'script';
  if (mode === 'script') {
    const lines = narratableLines(subject.text, subject.source_lang);
    return { lines, script: joinLines(lines), writer: 'verbatim', language: subject.source_lang };
  }
  const parsed = parsePrompt(subject.text, subject.language);
  // A name written in another Brahmic script is narrated and captioned in the narration's (docs/writer.md, "Names in another script").
  const petName = parsed.petName === undefined ? undefined : inLanguageScript(parsed.petName, subject.language);
  const request = { prompt: parsed.text, pets: sightings(subject), petName, language: subject.language, seed: subject.job_id, previousDigest };
  let written: WrittenScript;
  try {
    written = await writer.write(request);
  } catch (err) {
    logger.warn('roast writer failed; using the template writer', { job_id: subject.job_id, writer: writer.name, error: (err as Error).message });
    written = await fallback.write(request);
  }
  const lines = written.lines.map((l) => stripContactDetails(l).text).filter(Boolean);
  return { ...written, lines, script: joinLines(lines) };
}
