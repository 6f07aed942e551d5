import { describe, expect, it } from 'vitest';
import { iou, nonMaxSuppression, type Candidate } from '../../../lambdas/engines/detection/nms.js';

const box = (classId: number, score: number, x1: number, y1: number, x2: number, y2: number): Candidate => ({
  classId,
  score,
  x1,
  y1,
  x2,
  y2,
});

describe('Function: iou', () => {
  it('is 1 for identical boxes, 0 for disjoint or touching ones, exact for a half overlap', () => {
    // Prepare
    const a = box(0, 1, 0, 0, 10, 10);

    // Act / Assess
    expect(iou(a, a)).toBe(1);
    expect(iou(a, box(0, 1, 10, 0, 20, 10))).toBe(0);
    expect(iou(a, box(0, 1, 20, 20, 30, 30))).toBe(0);
    expect(iou(a, box(0, 1, 5, 0, 15, 10))).toBeCloseTo(50 / 150, 10);
  });

  it('is 0 for degenerate boxes', () => {
    // Act / Assess
    expect(iou(box(0, 1, 5, 5, 5, 5), box(0, 1, 5, 5, 5, 5))).toBe(0);
  });
});

describe('Function: nonMaxSuppression', () => {
  it('keeps the best of overlapping boxes of one class and sorts by score', () => {
    // Prepare
    const candidates = [
      box(16, 0.6, 1, 1, 101, 101),
      box(16, 0.9, 0, 0, 100, 100),
      box(16, 0.7, 200, 200, 300, 300),
    ];

    // Act
    const kept = nonMaxSuppression(candidates, 0.45);

    // Assess
    expect(kept.map((c) => c.score)).toEqual([0.9, 0.7]);
  });

  it('never suppresses across classes (per-class NMS)', () => {
    // Prepare: a dog and a teddy bear on the same box
    const candidates = [box(16, 0.8, 0, 0, 100, 100), box(77, 0.9, 0, 0, 100, 100)];

    // Act
    const kept = nonMaxSuppression(candidates, 0.45);

    // Assess
    expect(kept.map((c) => c.classId)).toEqual([77, 16]);
  });

  it('keeps boxes whose overlap is at or below the IoU threshold', () => {
    // Prepare: IoU exactly 1/3
    const candidates = [box(15, 0.9, 0, 0, 10, 10), box(15, 0.8, 5, 0, 15, 10)];

    // Act
    const strict = nonMaxSuppression(candidates, 0.3);
    const loose = nonMaxSuppression(candidates, 0.34);

    // Assess
    expect(strict).toHaveLength(1);
    expect(loose).toHaveLength(2);
  });

  it('caps the number of detections and leaves its input untouched', () => {
    // Prepare
    const candidates = Array.from({ length: 10 }, (_, i) => box(0, i / 10, i * 20, 0, i * 20 + 10, 10));
    const copy = candidates.map((c) => ({ ...c }));

    // Act
    const kept = nonMaxSuppression(candidates, 0.5, 3);

    // Assess
    expect(kept.map((c) => c.score)).toEqual([0.9, 0.8, 0.7]);
    expect(candidates).toEqual(copy);
  });

  it('returns nothing for nothing', () => {
    // Act / Assess
    expect(nonMaxSuppression([], 0.45)).toEqual([]);
  });
});
