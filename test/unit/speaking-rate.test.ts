import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../lambdas/domain/languages.js';
import { characterCount, estimateSpeechSeconds, SPEAKING_RATE_CPS } from '../../lambdas/domain/speaking-rate.js';
import { measureRate, readCorpus } from '../../scripts/measure-speaking-rate.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rate-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('speaking rate table (docs/renderer.md "Speaking rate")', () => {
  it.each(LANGUAGE_CODES)('%s: the table matches espeak-ng speaking the corpus within a tenth', async (language) => {
    const corpus = await readCorpus();
    const measured = await measureRate(corpus[language].text, language, dir);
    expect(Math.abs(measured - SPEAKING_RATE_CPS[language]) / measured).toBeLessThan(0.1);
  });

  it('estimates seconds from code points, not UTF-16 units', () => {
    // U+1D401 MATHEMATICAL BOLD CAPITAL B is two UTF-16 units and one character.
    expect(characterCount('𝐁𝐫𝐮𝐧𝐨')).toBe(5);
    expect(estimateSpeechSeconds('x'.repeat(161), 'en')).toBeCloseTo(10, 5);
    expect(estimateSpeechSeconds('क'.repeat(138), 'hi')).toBeCloseTo(10, 5);
  });
});
