import { describe, expect, it } from 'vitest';
import { alignmentWeight } from '../../../lambdas/engines/speech/alignment.js';
import { measureAlignment } from '../../../scripts/measure-word-alignment.js';

/**
 * The word alignment for voices without timings (engines/speech/alignment.ts) measured against espeak-ng's
 * own word events on the template writer's lines (scripts/measure-word-alignment.ts; the full table over
 * 13 languages is in docs/voices.md "Word timings"). Bounds are those measured, with a margin.
 */
describe('word alignment to audio without timings', () => {
  it('weighs a word by its vowel-bearing letters plus one (a virama silences the letter before it)', () => {
    expect(alignmentWeight('सिंहासन')).toBe(5); // स ह स न + 1
    expect(alignmentWeight('कुत्ता')).toBe(3); // क त (त् silenced) + 1
    expect(alignmentWeight('நாய்')).toBe(2); // ந (ய் silenced) + 1
    expect(alignmentWeight('dog')).toBe(4);
  });

  it('finds espeak-ng word starts in Hindi, Tamil and Malayalam audio within the documented error', async () => {
    const { perLanguage, overall } = await measureAlignment(['hi', 'ta', 'ml']);
    expect(perLanguage.map((r) => r.language)).toEqual(['hi', 'ta', 'ml']);
    for (const row of perLanguage) expect(row.words).toBeGreaterThan(100);
    const byLanguage = Object.fromEntries(perLanguage.map((r) => [r.language, r]));
    // Measured: hi mean 75 / p95 237 ms, ta 75 / 200, ml 94 / 269 (197 ms mean before the 150 ms pause threshold).
    expect(byLanguage.hi!.meanMs).toBeLessThan(100);
    expect(byLanguage.ta!.meanMs).toBeLessThan(100);
    expect(byLanguage.ml!.meanMs).toBeLessThan(130);
    expect(overall.p95Ms).toBeLessThan(320);
  }, 180_000);
});
