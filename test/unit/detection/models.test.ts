import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type OnnxModel } from '../../../lambdas/engines/detection/model.js';
import { manifest } from '../../../lambdas/engines/detection/manifest.js';
import { boxIou, ensureAllModels, evalImage, type Box } from './helpers.js';

/**
 * Every output layout, decoded with the real model on a real photo: the classic darknet dog.jpg
 * (768x576: dog, bicycle, truck/car). Reference boxes and scores are the ones published with the model files
 * (their data sheet), copied here so the repository carries them.
 */
const DOG_REFERENCE: Box = [131, 220, 308, 539]; // yolov8n, original pixels
const expected: Record<string, { dog: number; box: Box }> = {
  'yolov8n-coco-int8': { dog: 0.956, box: [131, 220, 308, 539] },
  'yolo11n-coco-int8-320': { dog: 0.833, box: [130, 182, 311, 543] },
  'yolov5n-coco-fp16': { dog: 0.775, box: [133, 215, 313, 547] },
  'yolox-nano-coco-416': { dog: 0.85, box: [133, 205, 323, 543] },
  'picodet-s-coco-320': { dog: 0.894, box: [130, 210, 325, 542] },
};

describe('Class: OnnxModel (every layout on a real photo)', () => {
  const models = new Map<string, OnnxModel>();

  beforeAll(async () => {
    await ensureAllModels();
    for (const entry of manifest.models) models.set(entry.name, await loadModel(entry.name));
  }, 60_000);

  it('covers every model of the manifest', () => {
    // Assess
    expect([...models.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('%s finds the dog, the bicycle and the vehicle where the model data sheet says', async (name) => {
    // Prepare
    const model = models.get(name)!;
    const bytes = evalImage('darknet-dog-bicycle-truck.jpg');

    // Act
    const result = await model.detect(bytes, { threshold: 0.25, iou: 0.45 });

    // Assess
    const labels = result.candidates.map((c) => model.entry.classes[c.classId]);
    const dog = result.candidates.find((c) => model.entry.classes[c.classId] === 'dog')!;
    const box: Box = [dog.x1, dog.y1, dog.x2, dog.y2];
    expect([result.width, result.height]).toEqual([768, 576]);
    expect(dog.score).toBeGreaterThan(expected[name]!.dog - 0.05);
    expect(dog.score).toBeLessThan(expected[name]!.dog + 0.05);
    expect(boxIou(box, expected[name]!.box)).toBeGreaterThan(0.9);
    expect(boxIou(box, DOG_REFERENCE)).toBeGreaterThan(0.8);
    expect(labels).toContain('bicycle');
    expect(labels.some((l) => l === 'truck' || l === 'car')).toBe(true);
  });

  it('runs the float16 model on half-bit tensors', () => {
    // Prepare
    const model = models.get('yolov5n-coco-fp16')!;

    // Assess
    expect(model.inputTensor.type).toBe('float16');
    expect(model.input).toBeInstanceOf(Uint16Array);
    expect(model.inputTensor.dims).toEqual([1, 3, 640, 640]);
  });

  it('exposes a bare infer() whose raw output matches the manifest layout', async () => {
    // Prepare
    const model = models.get('yolov8n-coco-int8')!;

    // Act
    const outputs = await model.infer();

    // Assess
    expect(outputs.output0).toBeInstanceOf(Float32Array);
    expect(outputs.output0).toHaveLength(84 * 8400);
  });

  it('maps boxes into the oriented frame of an EXIF orientation-6 photo', async () => {
    // Prepare
    const { badInput } = await import('./helpers.js');
    const bytes = badInput('dog-exif-orientation-6.jpg');

    for (const model of models.values()) {
      // Act
      const result = await model.detect(bytes, { threshold: 0.25 });

      // Assess
      const dog = result.candidates.find((c) => model.entry.classes[c.classId] === 'dog');
      expect([result.width, result.height]).toEqual([500, 376]);
      expect(dog, model.name).toBeDefined();
      for (const c of result.candidates) {
        expect(c.x1).toBeGreaterThanOrEqual(0);
        expect(c.y1).toBeGreaterThanOrEqual(0);
        expect(c.x2).toBeLessThanOrEqual(500);
        expect(c.y2).toBeLessThanOrEqual(376);
      }
      // An upright puppy lying on a blanket is wider than tall; the stored (rotated) frame would make it taller.
      expect(dog!.x2 - dog!.x1).toBeGreaterThan(dog!.y2 - dog!.y1);
    }
  });
});
