import { beforeAll, describe, expect, it } from 'vitest';
import { loadPetModel, type PetModel } from '../../../lambdas/engines/detection/index.js';
import { badInput, badInputsManifest, ensureAllModels } from './helpers.js';

/**
 * Every file of ../shared/data/bad-inputs at the detection level, as its manifest says: accepted files
 * give the expected has_pet, rejected ones make `detect` throw (the caller maps the error to a 4xx).
 * Format sniffing happens before detection in the service; here the bytes go straight to `detect`.
 */
const MAX_PIXELS = 40_000_000;

describe('Function: PetModel.detect on bad inputs', () => {
  let model: PetModel;

  beforeAll(async () => {
    await ensureAllModels();
    model = await loadPetModel({ intraOpThreads: 1 });
  }, 60_000);

  const entries = badInputsManifest();

  it('covers all 15 files', () => {
    // Assess
    expect(entries).toHaveLength(15);
  });

  it.each(entries.filter((e) => e.expected.startsWith('accept')).map((e) => [e.file, e] as const))(
    'accepts %s',
    async (_, entry) => {
      // Act
      const verdict = await model.detect(badInput(entry.file), { maxPixels: MAX_PIXELS });

      // Assess
      const hasPet = verdict.pets.length > 0;
      expect(verdict.width).toBeGreaterThan(0);
      expect(hasPet).toBe(entry.has_pet_if_accepted ?? false);
    },
  );

  it.each(entries.filter((e) => e.expected.startsWith('reject')).map((e) => [e.file, e] as const))(
    'rejects %s by throwing, promptly',
    async (_, entry) => {
      // Act
      const detecting = model.detect(badInput(entry.file), { maxPixels: MAX_PIXELS });

      // Assess (speed is the benchmark's business: npm run bench:detect)
      await expect(detecting).rejects.toThrow();
    },
  );

  it('rejects both pixel bombs from their headers, without allocating their pixels', async () => {
    // Prepare: a forced collection first (vitest runs workers with --expose-gc), so the delta is this test's
    if (!globalThis.gc) throw new Error('run with --expose-gc (vitest.config.ts execArgv)');
    globalThis.gc();
    const before = process.memoryUsage().rss;

    // Act
    const results = await Promise.allSettled(
      ['png-bomb-60000x60000.png', 'jpeg-header-65500x65500.jpg'].map((f) => model.detect(badInput(f), { maxPixels: MAX_PIXELS })),
    );

    // Assess: 3.6e9 and 4.3e9 pixels would need gigabytes
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect(String((r as PromiseRejectedResult).reason)).toMatch(/pixel limit/);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('keeps working after every rejection', async () => {
    // Act
    const verdict = await model.detect(badInput('dog-photo.webp'));

    // Assess
    expect(verdict.pets.map((p) => p.label)).toContain('dog');
  });
});
