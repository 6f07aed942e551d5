import { describe, expect, it } from 'vitest';
import { decodePicodet, decodeUltralytics, decodeYolov5, decodeYolox } from '../../../lambdas/engines/detection/layouts.js';
import { modelEntry } from '../../../lambdas/engines/detection/manifest.js';
import { toHalfBits } from '../../../lambdas/engines/detection/float16.js';

/** Hand-built raw outputs: each decoder's arithmetic checked without a model. */

describe('Function: decodeUltralytics', () => {
  it('reads the channel-major [1, 84, N] layout, best class per anchor, no objectness', () => {
    // Prepare: N = 3 anchors; anchor 1 is a dog (16) at 0.8 with a weaker cat (15) at 0.6
    const entry = modelEntry('yolo11n-coco-int8-320');
    const n = 3;
    const o = new Float32Array(84 * n);
    const set = (row: number, j: number, v: number) => (o[row * n + j] = v);
    set(0, 1, 100); // cx
    set(1, 1, 50); // cy
    set(2, 1, 40); // w
    set(3, 1, 20); // h
    set(4 + 16, 1, 0.8);
    set(4 + 15, 1, 0.6);
    set(4 + 2, 2, 0.1); // anchor 2 below threshold

    // Act
    const out = decodeUltralytics({ output0: o }, entry, 0.25);

    // Assess
    expect(out).toEqual([{ classId: 16, score: expect.closeTo(0.8, 6), x1: 80, y1: 40, x2: 120, y2: 60 }]);
  });

  it('fails loudly when the output size does not fit the class count', () => {
    // Act / Assess
    expect(() => decodeUltralytics({ output0: new Float32Array(85) }, modelEntry('yolov8n-coco-int8'), 0.25)).toThrow(/multiple/);
  });
});

describe('Function: decodeYolov5', () => {
  it('multiplies objectness by class probability and reads float16 half bits', () => {
    // Prepare: 2 rows of 85 half values; row 0 obj 0.9 × dog 0.5 = 0.45; row 1 obj 0.1 (skipped)
    const entry = modelEntry('yolov5n-coco-fp16');
    const rows = new Float32Array(2 * 85);
    rows.set([320, 240, 64, 32, 0.9], 0);
    rows[5 + 16] = 0.5;
    rows.set([10, 10, 4, 4, 0.1], 85);
    rows[85 + 5] = 1;
    const half = Uint16Array.from(rows, toHalfBits);

    // Act
    const out = decodeYolov5({ output: half }, entry, 0.25);

    // Assess
    expect(out).toHaveLength(1);
    expect(out[0]!.classId).toBe(16);
    expect(out[0]!.score).toBeCloseTo(0.45, 3);
    expect([out[0]!.x1, out[0]!.y1, out[0]!.x2, out[0]!.y2]).toEqual([288, 224, 352, 256]);
  });
});

describe('Function: decodeYolox', () => {
  it('decodes the grid: cx = (p0 + gx)·s, w = exp(p2)·s, rows ordered stride 8, 16, 32', () => {
    // Prepare: 3549 rows; put a cat in the stride-16 grid at gx = 3, gy = 2
    const entry = modelEntry('yolox-nano-coco-416');
    const o = new Float32Array(3549 * 85);
    const row = 52 * 52 + 2 * 26 + 3;
    o.set([0.5, 0.25, Math.log(4), Math.log(2), 0.8], row * 85);
    o[row * 85 + 5 + 15] = 0.75;

    // Act
    const out = decodeYolox({ output: o }, entry, 0.25);

    // Assess: cx = 3.5·16 = 56, cy = 2.25·16 = 36, w = 64, h = 32, score 0.6
    expect(out).toHaveLength(1);
    expect(out[0]!.classId).toBe(15);
    expect(out[0]!.score).toBeCloseTo(0.6, 6);
    expect(out[0]!.x1).toBeCloseTo(24, 4);
    expect(out[0]!.y1).toBeCloseTo(20, 4);
    expect(out[0]!.x2).toBeCloseTo(88, 4);
    expect(out[0]!.y2).toBeCloseTo(52, 4);
  });

  it('rejects an output that does not match the grid', () => {
    // Act / Assess
    expect(() => decodeYolox({ output: new Float32Array(100 * 85) }, modelEntry('yolox-nano-coco-416'), 0.25)).toThrow();
  });
});

describe('Function: decodePicodet', () => {
  it('decodes DFL distances (softmax expectation × stride) around cell centres (g + 0.5)·s', () => {
    // Prepare: stride 32 level (index 2, 10x10 cells); anchor at gx = 4, gy = 1 is a bird at 0.9
    const entry = modelEntry('picodet-s-coco-320');
    const names = entry.output.names;
    const sizes = [1600, 400, 100, 25];
    const outputs: Record<string, Float32Array> = {};
    sizes.forEach((n, level) => {
      outputs[names[level]!] = new Float32Array(n * 80);
      outputs[names[level + 4]!] = new Float32Array(n * 32);
    });
    const j = 1 * 10 + 4;
    outputs[names[2]!]![j * 80 + 14] = 0.9;
    // Sides l, t, r, b: one dominant bin each (2, 1, 3, 0) → distances ≈ 2, 1, 3, 0 cells
    const box = outputs[names[6]!]!;
    [2, 1, 3, 0].forEach((bin, side) => (box[(j * 4 + side) * 8 + bin] = 50));

    // Act
    const out = decodePicodet(outputs, entry, 0.25);

    // Assess: centre (144, 48)
    expect(out).toHaveLength(1);
    expect(out[0]!.classId).toBe(14);
    expect(out[0]!.score).toBeCloseTo(0.9, 6);
    expect(out[0]!.x1).toBeCloseTo(144 - 64, 3);
    expect(out[0]!.y1).toBeCloseTo(48 - 32, 3);
    expect(out[0]!.x2).toBeCloseTo(144 + 96, 3);
    expect(out[0]!.y2).toBeCloseTo(48, 3);
  });
});
