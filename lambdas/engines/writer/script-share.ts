import type { LanguageCode } from '../../domain/languages.js';
import { LANGUAGE_SCRIPT } from '../../domain/scripts.js';

/**
 * Share (0..1) of the letters of `text` that are in `language`'s own script (the Unicode script name of
 * lambdas/domain/scripts.ts), not counting the letters of `name` (a pet's name is narrated
 * as the user wrote it, in any script). A text without letters counts as 1. Used to refuse a Bedrock answer
 * in the wrong script, and by the tests ("≥ 95 % of letters in the language's script").
 */
export function ownScriptShare(text: string, language: LanguageCode, name?: string): number {
  const own = new RegExp(`\\p{Script=${LANGUAGE_SCRIPT[language]}}`, 'u');
  const rest = name ? text.split(name).join(' ') : text;
  const letters = [...rest].filter((c) => /\p{L}/u.test(c));
  if (!letters.length) return 1;
  return letters.filter((c) => own.test(c)).length / letters.length;
}

/** The least {@link ownScriptShare} a written script must have (docs/writer.md, "Budget"). */
export const MIN_OWN_SCRIPT_SHARE = 0.95;
