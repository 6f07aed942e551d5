import { describe, expect, it } from 'vitest';
import { findInappropriate } from '../../../lambdas/engines/writer/safety.js';
import { freeFormTrait } from '../../../lambdas/engines/writer/prompt.js';
import { writeTemplate } from '../../../lambdas/engines/writer/template.js';

// docs/writer.md, "Free-form traits".

describe('Function: freeFormTrait', () => {
  it.each([
    ['Roast my dog Sheru who thinks he is a wolf', 'thinks he is a wolf'],
    ['Roast my dog Sheru who steals socks and thinks he is a wolf', 'thinks he is a wolf'],
    ['Roast Bruno, a beagle that always watches cricket with me!', 'always watches cricket with me'],
    ['Roast my parrot Mithu who sings Bollywood songs', 'sings Bollywood songs'],
    // Recognised trait words (steal → greedy/destructive, bark → loud, sleep → lazy): the families' jabs roast them.
    ['Roast my dog Sheru who steals socks', undefined],
    ['Roast my dog Sheru who barks at the mailman', undefined],
    ['Roast my dog Max who sleeps all day', undefined],
    // Descriptions, not behaviours; too short; contact details; listed words.
    ['Roast my dog that is 3 years old', undefined],
    ['Roast my dog who snores', undefined],
    ['Roast my dog who texts me at +91 98765 43210', undefined],
    ['Roast my dog who chases the fucking mailman', undefined],
  ])('%s → %s', (prompt, expected) => {
    expect(freeFormTrait(prompt)).toBe(expected);
  });
});

describe('Template writer: a free-form trait in English', () => {
  const pets = [{ label: 'dog' as const, count: 1, confidence: 0.9 }];
  it('puts the owner’s phrase verbatim in every English script, which passes the safety check', () => {
    for (let i = 0; i < 40; i++) {
      const written = writeTemplate({ prompt: 'Roast my dog Sheru who thinks he is a wolf', pets, language: 'en', seed: `job_free_${i}` });
      expect(written.script).toContain('Sheru thinks he is a wolf');
      expect(findInappropriate(written.script)).toBeUndefined();
    }
  });

  it('keeps both: the recognised trait’s jab and the free-form phrase', () => {
    const written = writeTemplate({ prompt: 'Roast my dog Sheru who steals socks and thinks he is a wolf', pets, language: 'en', seed: 'job_free_both' });
    expect(written.script).toContain('thinks he is a wolf');
    expect(written.lines.length).toBeGreaterThanOrEqual(4);
  });

  it.each(['hi', 'ta', 'pa'] as const)('leaves it out of a %s script (the recognised trait vocabulary only)', (language) => {
    for (let i = 0; i < 10; i++) {
      const written = writeTemplate({ prompt: 'Roast my dog Sheru who thinks he is a wolf', pets, language, seed: `job_free_${i}` });
      expect(written.script).not.toMatch(/wolf/u);
    }
  });
});
