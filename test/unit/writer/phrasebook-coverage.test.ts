import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../lambdas/domain/languages.js';
import { PHRASEBOOKS, PHRASEBOOK_LANGUAGES } from '../../../lambdas/engines/writer/phrasebooks/registry.js';

/**
 * Every narration language has a native phrasebook (docs/writer.md, "Phrasebooks"): no language falls back
 * to an English script translated by the render worker. Goes to test/unit/writer/ once all 13 books are
 * registered in lambdas/engines/writer/phrasebooks/registry.ts.
 */
describe('phrasebook coverage', () => {
  it.each(LANGUAGE_CODES)('%s has a registered native phrasebook in its own language', (language) => {
    expect(PHRASEBOOKS[language]?.language).toBe(language);
  });

  it('registers exactly the 13 languages of lambdas/domain/languages.ts', () => {
    expect([...PHRASEBOOK_LANGUAGES].sort()).toEqual([...LANGUAGE_CODES].sort());
  });
});
