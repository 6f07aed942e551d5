import { beforeAll, describe, expect, it } from 'vitest';
import { loadPetModel, type PetModel } from '../../../lambdas/core/detection/index.js';
import { ensureAllModels, evalImage, evalManifest } from './helpers.js';

/**
 * SPEC §6 on the pets-eval DEV split with the production configuration: recall ≥ 0.95 and
 * false-positive rate ≤ 0.05, image-level (any pet reported), the 2 ambiguous images excluded.
 */
describe('Accuracy: production configuration on pets-eval (dev split)', () => {
  let model: PetModel;

  beforeAll(async () => {
    await ensureAllModels();
    model = await loadPetModel({ intraOpThreads: 1 });
  }, 60_000);

  it('reaches recall ≥ 0.95 and FPR ≤ 0.05', { timeout: 120_000 }, async () => {
    // Prepare
    const items = evalManifest().filter((e) => !e.ambiguous);
    let tp = 0;
    let fn = 0;
    let fp = 0;
    let tn = 0;
    const errors: string[] = [];

    // Act
    for (const item of items) {
      const verdict = await model.detect(evalImage(item.file));
      const predicted = verdict.pets.length > 0;
      if (item.has_pet && predicted) tp++;
      else if (item.has_pet) {
        fn++;
        errors.push(`missed ${item.file}`);
      } else if (predicted) {
        fp++;
        errors.push(`false alarm ${item.file}`);
      } else tn++;
    }

    // Assess
    const recall = tp / (tp + fn);
    const fpr = fp / (fp + tn);
    expect(items).toHaveLength(76);
    expect(recall, errors.join('; ')).toBeGreaterThanOrEqual(0.95);
    expect(fpr, errors.join('; ')).toBeLessThanOrEqual(0.05);
  });
});
