import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageCode } from '../../lambdas/domain/languages.js';
import { maxScriptChars, scriptCharacters } from '../../lambdas/domain/narration-limits.js';
import { splitScript } from '../../lambdas/engines/writer/index.js';

const corpus = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../scripts/data/speaking-rate-corpus.json'), 'utf8')) as Record<
  LanguageCode,
  { text: string }
>;

/**
 * The speaking-rate corpus text of `language` (scripts/data/speaking-rate-corpus.json) repeated word by word to the
 * longest `script`-mode text that still fits one video (docs/api-contract.md "Script length"), plus `extra` words.
 */
export function scriptAtLimit(language: LanguageCode, extra = 0): string {
  const words = corpus[language].text.split(' ');
  let text = '';
  let i = 0;
  for (;;) {
    const next = (text ? `${text} ` : '') + words[i % words.length];
    const lines = splitScript(next, language);
    if (scriptCharacters(lines) > maxScriptChars(language, lines.length)) break;
    text = next;
    i++;
  }
  for (let k = 0; k < extra; k++, i++) text += ` ${words[i % words.length]}`;
  return text;
}
