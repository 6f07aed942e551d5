import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../lambdas/engines/detection/manifest.js';
import type { Candidate } from '../../../lambdas/engines/detection/nms.js';
import { calibrate, candidateFloor, judgeStage, rawFor, toDetectedPet } from '../../../lambdas/engines/detection/pet-rule.js';

const classes = manifest.models[0]!.classes;
const pets = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
const cand = (classId: number, score: number, x1 = 10, y1 = 20, x2 = 110, y2 = 220): Candidate => ({ classId, score, x1, y1, x2, y2 });

describe('Function: calibrate', () => {
  it('maps 0 → 0, the stage threshold → 0.5 and 1 → 1', () => {
    // Act / Assess
    expect(calibrate(0, 0.15)).toBe(0);
    expect(calibrate(0.15, 0.15)).toBe(0.5);
    expect(calibrate(1, 0.15)).toBe(1);
    expect(calibrate(0.5, 0.5)).toBe(0.5);
    expect(calibrate(0.9, 0.5)).toBeCloseTo(0.9, 12);
  });

  it('is monotone and inverted by rawFor', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (a, b, t) => {
          // Act
          const [lo, hi] = a <= b ? [a, b] : [b, a];

          // Assess
          expect(calibrate(lo, t)).toBeLessThanOrEqual(calibrate(hi, t));
          expect(rawFor(calibrate(a, t), t)).toBeCloseTo(a, 9);
        },
      ),
    );
  });
});

describe('Function: candidateFloor', () => {
  it('keeps every raw score that could reach the public threshold or keep the image alive', () => {
    // Prepare
    const [stage1, stage2] = manifest.service.stages;

    // Act / Assess
    expect(candidateFloor(stage1!, 0.5)).toBeCloseTo(stage1!.reject_below!, 12);
    expect(candidateFloor(stage2!, 0.5)).toBeCloseTo(stage2!.pet_threshold, 12);
    expect(candidateFloor(stage2!, 0.9)).toBeCloseTo(rawFor(0.9, stage2!.pet_threshold), 12);
  });
});

describe('Function: judgeStage', () => {
  const first = { model: 'a', pet_threshold: 0.5, reject_below: 0.05 };
  const last = { model: 'b', pet_threshold: 0.15 };

  it('answers pet with calibrated confidences when a pet box reaches the threshold', () => {
    // Act
    const j = judgeStage([cand(16, 0.75), cand(15, 0.4), cand(0, 0.99)], first, classes, pets, 0.5);

    // Assess
    expect(j.decision).toBe('pet');
    expect(j.pets).toEqual([{ label: 'dog', confidence: 0.75, box: { x: 10, y: 20, width: 100, height: 200 } }]);
    expect(j.bestRaw).toBe(0.75);
  });

  it('ignores non-pet classes, teddy bears included', () => {
    // Act
    const j = judgeStage([cand(77, 0.99), cand(0, 0.9)], first, classes, pets, 0.5);

    // Assess
    expect(j.decision).toBe('no-pet');
    expect(j.pets).toEqual([]);
  });

  it('hands an uncertain image to the next stage, and rejects a clearly empty one', () => {
    // Act
    const unsure = judgeStage([cand(15, 0.2)], first, classes, pets, 0.5);
    const empty = judgeStage([cand(15, 0.04)], first, classes, pets, 0.5);

    // Assess
    expect(unsure.decision).toBe('next');
    expect(empty.decision).toBe('no-pet');
  });

  it('always answers at the last stage, calibrating its own threshold onto 0.5', () => {
    // Act
    const yes = judgeStage([cand(15, 0.15)], last, classes, pets, 0.5);
    const no = judgeStage([cand(15, 0.149)], last, classes, pets, 0.5);

    // Assess
    expect(yes.decision).toBe('pet');
    expect(yes.pets[0]!.confidence).toBe(0.5);
    expect(no.decision).toBe('no-pet');
  });

  it('honours a stricter public threshold', () => {
    // Act
    const j = judgeStage([cand(16, 0.75)], first, classes, pets, 0.8);

    // Assess
    expect(j.decision).toBe('next');
  });

  it('sorts pets by confidence, highest first', () => {
    // Act
    const j = judgeStage([cand(15, 0.6), cand(16, 0.9, 200, 200, 300, 300), cand(14, 0.7, 400, 0, 450, 40)], first, classes, pets, 0.5);

    // Assess
    expect(j.pets.map((p) => p.label)).toEqual(['dog', 'bird', 'cat']);
  });
});

describe('Function: toDetectedPet', () => {
  it('rounds the box to integer pixels and the confidence to 3 decimals', () => {
    // Act
    const pet = toDetectedPet(cand(15, 0.5, 10.4, 20.6, 100.5, 200.2), classes, 0.87654);

    // Assess
    expect(pet).toEqual({ label: 'cat', confidence: 0.877, box: { x: 10, y: 21, width: 91, height: 179 } });
  });
});
