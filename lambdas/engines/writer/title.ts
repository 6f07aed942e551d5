import { inLanguageScript } from '../../domain/brahmic.js';
import type { LanguageCode } from '../../domain/languages.js';
import { PHRASEBOOKS } from './phrasebooks/registry.js';
import { parsePrompt } from './prompt.js';
import type { TextMode } from './types.js';

/**
 * The video's title in the narration language (docs/renderer.md "Opener and end card"; the built-in renderer
 * shows it over the first second): the language's phrasebook `title.named` with the pet's name, or
 * `title.generic` when there is no name (none given, or nothing but spaces and symbols). The name is put in
 * as given (in the language's script when written in another Brahmic one), never with a case ending (the phrasebook lines keep it apart, docs/writer.md "Phrasebooks").
 */
export function videoTitle(language: LanguageCode, petName?: string | null): string {
  const title = PHRASEBOOKS[language].title;
  // A name written in another Brahmic script, in the title's (docs/writer.md, "Names in another script").
  const name = inLanguageScript((petName ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim(), language);
  return /[\p{L}\p{N}]/u.test(name) ? title.named.text.replace('{name}', name) : title.generic.text;
}

/**
 * The pet's name a job's title uses: the name its prompt gives (`text_mode: "prompt"`, read by
 * {@link parsePrompt} as the writer reads it, so the title and the roast name the same pet), else undefined:
 * a caller's own script (`text_mode: "script"`, or a job stored before `text_mode`) names no pet we can tell apart.
 */
export function titleName(subject: { text: string; text_mode?: TextMode; language: LanguageCode }): string | undefined {
  return subject.text_mode === 'prompt' ? parsePrompt(subject.text, subject.language).petName : undefined;
}
