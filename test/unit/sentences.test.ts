import { describe, expect, it } from 'vitest';
import { errors } from '../../lambdas/domain/errors.js';
import { sentences } from '../../lambdas/domain/languages.js';
import { GenerateVideoRequest } from '../../lambdas/domain/schemas/jobs.js';
import { splitScript } from '../../lambdas/engines/writer/index.js';

describe('sentences and scripts (docs/api-contract.md "Script length")', () => {
  it('a title is not a sentence end ("Mr. Biscuit", "Dr. Bruno")', () => {
    expect(splitScript('Mr. Biscuit steals socks.')).toEqual(['Mr. Biscuit steals socks.']);
    expect(sentences('Meet Dr. Bruno. He sleeps. Mrs. Paws does not!', 'en')).toEqual(['Meet Dr. Bruno.', 'He sleeps.', 'Mrs. Paws does not!']);
    // Ordinary full stops still end sentences, in any script.
    expect(sentences('Bruno sleeps. Bruno eats.', 'en')).toEqual(['Bruno sleeps.', 'Bruno eats.']);
    expect(sentences('ब्रूनो सोता है। ब्रूनो खाता है।', 'hi')).toHaveLength(2);
  });

  it('a title at the very end stays one sentence', () => {
    expect(sentences('Roast my dog, Mr.', 'en')).toEqual(['Roast my dog, Mr.']);
  });

  it('refuses a text of white space only (as it refuses an empty one)', () => {
    const base = { image_url: 'https://example.com/dog.jpg' };
    expect(GenerateVideoRequest.safeParse({ ...base, text: '   \n\t ' }).success).toBe(false);
    expect(GenerateVideoRequest.safeParse({ ...base, text: '' }).success).toBe(false);
    expect(GenerateVideoRequest.safeParse({ ...base, text: ' Roast Bruno ' }).success).toBe(true);
  });

  it('names the sentence count when the pauses alone fill the video, never "up to 0 characters"', () => {
    const err = errors.scriptTooLong(5000, -12, 'English', 250);
    expect(err.message).toMatch(/250 sentences/);
    expect(err.message).not.toMatch(/up to -?\d+ characters/);
    expect(errors.scriptTooLong(1442, 1004, 'English', 24).message).toContain('written in English, a script of 24 sentences fits in one video up to 1004 characters');
  });
});
