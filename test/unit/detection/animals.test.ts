import { describe, expect, it } from 'vitest';
import { containment, countAnimals, mergeSameAnimal, sameAnimal, SAME_ANIMAL_CONTAINMENT } from '../../../lambdas/domain/animals.js';
import type { DetectedPet } from '../../../lambdas/domain/ports.js';

const pet = (label: string, confidence: number, x: number, y: number, width: number, height: number, frame_time_s?: number): DetectedPet => ({
  label,
  confidence,
  box: { x, y, width, height },
  ...(frame_time_s === undefined ? {} : { frame_time_s }),
});

// The detector's boxes on pets-eval coco-train2017-000000000394.jpg (one white dog): the whole dog and its head.
const wholeDog = pet('dog', 0.822, 1, 16, 629, 554);
const dogHead = pet('dog', 0.819, 278, 451, 230, 133);
// ... and on coco-train2017-000000000263.jpg (two young elephants, overlapping).
const elephantA = pet('elephant', 0.887, 41, 110, 549, 520);
const elephantB = pet('elephant', 0.688, 2, 3, 373, 536);
// ... and on coco-train2017-000000000581.jpg (one chihuahua, labelled "dog x1"; a plush giraffe beside it): two dog boxes.
const chihuahuaA = pet('dog', 0.668, 1, 311, 275, 188);
const chihuahuaB = pet('dog', 0.531, 6, 139, 259, 328);

describe('Function: containment', () => {
  it('is the share of the smaller box inside the larger', () => {
    expect(containment(wholeDog.box, dogHead.box)).toBeCloseTo(0.895, 2);
    expect(containment(elephantA.box, elephantB.box)).toBeCloseTo(0.717, 2);
    expect(containment(chihuahuaA.box, chihuahuaB.box)).toBeCloseTo(0.782, 2);
    expect(containment({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 0, width: 10, height: 10 })).toBe(0.5);
    expect(containment({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
    expect(containment({ x: 0, y: 0, width: 0, height: 10 }, { x: 0, y: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe('Function: sameAnimal', () => {
  it('a head box inside the body box of the same or a confusable class is the same animal; a bird on a cow is not', () => {
    expect(sameAnimal(wholeDog, dogHead)).toBe(true);
    expect(sameAnimal(wholeDog, { ...dogHead, label: 'cat' })).toBe(true);
    expect(sameAnimal(pet('horse', 0.8, 0, 0, 200, 200), pet('cow', 0.5, 10, 10, 180, 180))).toBe(true);
    expect(sameAnimal(pet('cow', 0.8, 0, 0, 200, 200), pet('bird', 0.7, 50, 10, 30, 30))).toBe(false);
    expect(sameAnimal(pet('dog', 0.8, 0, 0, 200, 200), pet('horse', 0.7, 50, 10, 30, 30))).toBe(false);
  });

  it('two overlapping animals below the containment threshold stay two, and different frames never merge', () => {
    expect(SAME_ANIMAL_CONTAINMENT).toBeGreaterThan(containment(elephantA.box, elephantB.box));
    expect(sameAnimal(elephantA, elephantB)).toBe(false);
    expect(sameAnimal({ ...wholeDog, frame_time_s: 0 }, { ...dogHead, frame_time_s: 1 })).toBe(false);
  });
});

describe('Function: mergeSameAnimal', () => {
  it('keeps the best label and confidence and the larger box of one animal', () => {
    // The head box scored higher here: the animal keeps 0.9 and 'dog' but the whole-body box.
    const merged = mergeSameAnimal([{ ...dogHead, confidence: 0.9 }, { ...wholeDog, label: 'cat', confidence: 0.6 }]);
    expect(merged).toEqual([{ ...dogHead, confidence: 0.9, box: wholeDog.box }]);
  });

  it('leaves two dogs side by side as two, best first', () => {
    const left = pet('dog', 0.7, 0, 0, 100, 100);
    const right = pet('dog', 0.8, 90, 0, 100, 100);
    expect(mergeSameAnimal([left, right])).toEqual([right, left]);
  });
});

describe('Function: countAnimals', () => {
  it('counts animals, not boxes, per image and per video frame (largest count over frames)', () => {
    expect(countAnimals([wholeDog, dogHead])).toEqual({ dog: 1 });
    expect(countAnimals([elephantA, elephantB])).toEqual({ elephant: 2 });
    // Two heavily overlapping boxes of one dog (78.2 % of the smaller inside the larger) are one dog.
    expect(countAnimals([chihuahuaA, chihuahuaB])).toEqual({ dog: 1 });
    const frames = [0, 1.2, 2.4].flatMap((t) => [{ ...wholeDog, frame_time_s: t }, { ...dogHead, frame_time_s: t }]);
    expect(countAnimals(frames)).toEqual({ dog: 1 });
    expect(countAnimals([...frames, pet('dog', 0.7, 700, 0, 100, 100, 2.4)])).toEqual({ dog: 2 });
    expect(countAnimals([pet('horse', 0.8, 0, 0, 200, 200), pet('cow', 0.52, 5, 5, 190, 190), pet('cat', 0.9, 400, 0, 50, 50)])).toEqual({ horse: 1, cat: 1 });
    expect(countAnimals([])).toEqual({});
  });
});
