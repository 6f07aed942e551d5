import { beforeAll, describe, expect, it } from 'vitest';
import { loadPetModel, type PetModel, type PetVerdict } from '../../../lambdas/engines/detection/index.js';
import { devSplit, ensureHardSet, hardSetImage, yolov8PetBox, type DevPart, type HardItem } from '../../../scripts/dev-sets.js';
import { ensureAllModels, evalImage, evalManifest } from './helpers.js';

interface Scored {
  name: string;
  has_pet: boolean;
  verdict: PetVerdict;
}

/** Image-level recall and false-positive rate (a pet counts when any pet is reported). */
function figures(rows: readonly Scored[]) {
  const pets = rows.filter((r) => r.has_pet);
  const empty = rows.filter((r) => !r.has_pet);
  const missed = pets.filter((r) => r.verdict.pets.length === 0).map((r) => r.name);
  const alarms = empty.filter((r) => r.verdict.pets.length > 0).map((r) => r.name);
  return {
    recall: (pets.length - missed.length) / pets.length,
    fpr: alarms.length / empty.length,
    pets: pets.length,
    empty: empty.length,
    errors: [...missed.map((f) => `missed ${f}`), ...alarms.map((f) => `false alarm ${f}`)].join('; '),
  };
}

const line = (label: string, f: ReturnType<typeof figures>) =>
  `${label}: recall ${f.recall.toFixed(3)} (${f.pets} pets), FPR ${f.fpr.toFixed(3)} (${f.empty} without) ${f.errors ? `— ${f.errors}` : ''}`;

/**
 * The production configuration on the dev sets of docs/detection.md §4 (image-level; the 2
 * ambiguous pets-eval images excluded). The thresholds were chosen on the tuning part of pets-eval
 * and of the synthetic set only; the check parts are reported beside them. Every figure is printed.
 */
describe('Accuracy: production configuration on the dev sets', () => {
  let model: PetModel;
  const real = new Map<DevPart, Scored[]>();

  beforeAll(async () => {
    await ensureAllModels();
    model = await loadPetModel({ intraOpThreads: 1 });
    const items = evalManifest();
    const parts = devSplit(items);
    for (const item of items.filter((e) => !e.ambiguous)) {
      const part = parts.get(item.file)!;
      const rows = real.get(part) ?? [];
      rows.push({ name: item.file, has_pet: item.has_pet, verdict: await model.detect(evalImage(item.file)) });
      real.set(part, rows);
    }
  }, 180_000);

  it('reaches recall ≥ 0.95 and FPR ≤ 0.05 on the whole pets-eval dev split (docs/reference/spec.md), and reports both parts', () => {
    // Prepare
    const tuning = figures(real.get('tuning')!);
    const check = figures(real.get('check')!);
    const all = figures([...real.get('tuning')!, ...real.get('check')!]);
    console.log([line('real tuning', tuning), line('real check', check), line('real all', all)].join('\n'));

    // Assess
    expect([tuning.pets, tuning.empty, check.pets, check.empty]).toEqual([19, 19, 19, 19]);
    expect(all.recall, all.errors).toBeGreaterThanOrEqual(0.95);
    expect(all.fpr, all.errors).toBeLessThanOrEqual(0.05);
    // Issue 14's bar on real photos is FPR ≤ 0.03 (at most 1 of 38): met on the whole split.
    expect(all.fpr, all.errors).toBeLessThanOrEqual(0.03);
    // The check part was never used to choose a threshold; it must not fall apart (one error per part
    // is 0.053 at 19 images).
    expect(check.recall, check.errors).toBeGreaterThanOrEqual(0.94);
    expect(check.fpr, check.errors).toBeLessThanOrEqual(0.06);
    // Per part at the measured level (tuning 18/19 pets, 0/19 false alarms; check 19/19, 1/19).
    expect(tuning.recall, tuning.errors).toBeGreaterThanOrEqual(0.94);
    expect(tuning.fpr, tuning.errors).toBeLessThanOrEqual(0.03);
  });

  it('never takes the second look on an ordinary photo of the dev split', () => {
    // Assess: the tile path is only for images much larger or more elongated than the model input;
    // "ordinary" here is a long side of at most 1024 px and an aspect ratio below 2:1.
    const rows = [...real.get('tuning')!, ...real.get('check')!];
    const longSide = (r: Scored) => Math.max(r.verdict.width, r.verdict.height);
    const ordinary = rows.filter((r) => longSide(r) <= 1024 && longSide(r) / Math.min(r.verdict.width, r.verdict.height) < 2);
    expect(ordinary.length).toBeGreaterThan(60);
    expect(ordinary.filter((r) => (r.verdict.tiles ?? 0) > 0).map((r) => r.name)).toEqual([]);
  });

  it('meets the measured bars on the SYNTHETIC hard set (thumbnails, small pets, panoramas, same scenes without)', { timeout: 600_000 }, async () => {
    // Prepare
    const hard = await ensureHardSet({ petBox: await yolov8PetBox() });
    const rows = new Map<string, Scored[]>();
    for (const item of hard) {
      const scored = { name: `${item.part}/${item.file}`, has_pet: item.has_pet, verdict: await model.detect(hardSetImage(item)) };
      for (const key of [item.part, `${item.part} ${item.kind}`]) rows.set(key, [...(rows.get(key) ?? []), scored]);
    }
    const report = (key: string) => figures(rows.get(key)!);
    const kinds: HardItem['kind'][] = ['thumbnail', 'small-pet', 'panorama'];
    console.log(
      (['tuning', 'check'] as const)
        .flatMap((part) => [line(`synthetic ${part}`, report(part)), ...kinds.map((k) => line(`  ${part} ${k}`, report(`${part} ${k}`)))])
        .join('\n'),
    );

    // Assess
    const tuning = report('tuning');
    const check = report('check');
    expect(tuning.pets + check.pets).toBe(74);
    for (const [part, f] of [['tuning', tuning], ['check', check]] as const) {
      expect(f.recall, f.errors).toBeGreaterThanOrEqual(SYNTHETIC_BARS[part].recall);
      expect(f.fpr, f.errors).toBeLessThanOrEqual(SYNTHETIC_BARS[part].fpr);
      // Per kind, so that a regression in one kind is not hidden by another: pets found, false alarms.
      for (const kind of kinds) {
        const scored = rows.get(`${part} ${kind}`)!;
        const found = scored.filter((r) => r.has_pet && r.verdict.pets.length > 0).length;
        const alarms = scored.filter((r) => !r.has_pet && r.verdict.pets.length > 0).length;
        const [minFound, maxAlarms] = SYNTHETIC_BARS[part][kind];
        expect(found, `${part} ${kind}: ${report(`${part} ${kind}`).errors}`).toBeGreaterThanOrEqual(minFound);
        expect(alarms, `${part} ${kind}: ${report(`${part} ${kind}`).errors}`).toBeLessThanOrEqual(maxAlarms);
      }
    }
  });
});

/**
 * Bars at the figures measured on the synthetic set with the chosen tile settings (docs/detection.md
 * §4 "Figures"): part recall / FPR just below / above them, and per kind [pets found at least, false
 * alarms at most] of 19 thumbnails, 10 small pets and 8 panoramas (and as many without) per part.
 * The issue's targets (recall ≥ 0.95, FPR ≤ 0.03) are NOT met there; these bars make a regression fail.
 */
const SYNTHETIC_BARS = {
  tuning: { recall: 0.89, fpr: 0.03, thumbnail: [16, 0], 'small-pet': [9, 1], panorama: [8, 0] },
  check: { recall: 0.83, fpr: 0.19, thumbnail: [18, 3], 'small-pet': [6, 2], panorama: [7, 2] },
} as const;
