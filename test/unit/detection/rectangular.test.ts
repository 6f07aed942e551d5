import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR, loadModel, type OnnxModel } from '../../../lambdas/engines/detection/model.js';
import { encodeFields, parseFields, withSymbolicDims, type SymbolicDims } from '../../../lambdas/engines/detection/onnx-shape.js';
import { boxIou, ensureAllModels, evalImage, type Box } from './helpers.js';

/**
 * Rectangular inference (docs/detection.md §2 "Rectangular input"): YOLOX-Nano runs on the letterboxed
 * image rounded up to a multiple of 32 instead of the full 416×416 square. The graph's fixed sizes are
 * made symbolic in the serialized model (onnx-shape.ts); nothing else in it changes.
 */
const YOLOX = 'yolox-nano-coco-416';
const SYMBOLIC: SymbolicDims[] = [
  { name: 'images', dims: { 2: 'height', 3: 'width' } },
  { name: 'output', dims: { 1: 'anchors' } },
];

describe('Function: withSymbolicDims (ONNX wire-format surgery)', () => {
  let original: Buffer;
  beforeAll(async () => {
    await ensureAllModels();
    original = readFileSync(path.join(DEFAULT_MODEL_DIR, `${YOLOX}.onnx`));
  }, 60_000);

  it('re-encodes an untouched model byte for byte (the parser loses nothing)', () => {
    expect(Buffer.compare(Buffer.from(encodeFields(parseFields(original))), original)).toBe(0);
  });

  it('makes the input height/width and the anchor count symbolic; at 416×416 the outputs are bit-identical', async () => {
    // Prepare
    const options = { intraOpNumThreads: 1, graphOptimizationLevel: 'all' as const, logSeverityLevel: 3 as const };
    const fixed = await InferenceSession.create(original, options);
    const symbolic = await InferenceSession.create(withSymbolicDims(original, SYMBOLIC), options);
    const data = new Float32Array(3 * 416 * 416).map((_, i) => (i * 7919) % 256);

    // Act
    const a = (await fixed.run({ images: new Tensor('float32', data, [1, 3, 416, 416]) })).output!;
    const b = (await symbolic.run({ images: new Tensor('float32', data, [1, 3, 416, 416]) })).output!;
    const rect = (await symbolic.run({ images: new Tensor('float32', data.subarray(0, 3 * 416 * 320), [1, 3, 320, 416]) })).output!;

    // Assess
    expect(symbolic.inputMetadata[0]).toMatchObject({ name: 'images', shape: [1, 3, 'height', 'width'] });
    expect(Buffer.compare(Buffer.from((a.data as Float32Array).buffer), Buffer.from((b.data as Float32Array).buffer))).toBe(0);
    // Strides 8/16/32 over 416×320: 52·40 + 26·20 + 13·10 anchors.
    expect(rect.dims).toEqual([1, 2730, 85]);
  });

  it('refuses a model without the named input, and a truncated model', () => {
    expect(() => withSymbolicDims(original, [{ name: 'pixels', dims: { 2: 'h' } }])).toThrow(/no input or output named pixels/);
    expect(() => withSymbolicDims(original, [{ name: 'images', dims: { 7: 'h' } }])).toThrow(/no dimension 7/);
    expect(() => withSymbolicDims(original.subarray(0, original.length - 100), SYMBOLIC)).toThrow(/Malformed protobuf/);
  });
});

describe('Class: OnnxModel with rect_stride (YOLOX-Nano)', () => {
  let rect: OnnxModel;
  let square: OnnxModel;
  beforeAll(async () => {
    await ensureAllModels();
    rect = await loadModel(YOLOX);
    square = await loadModel(YOLOX, { rectangular: false });
  }, 60_000);

  it.each([
    [768, 576, { width: 416, height: 312 }, { width: 416, height: 320 }],
    [376, 500, { width: 313, height: 416 }, { width: 320, height: 416 }],
    [1920, 1080, { width: 416, height: 234 }, { width: 416, height: 256 }],
    [6000, 576, { width: 416, height: 40 }, { width: 416, height: 64 }],
  ])('places a %i×%i image in %o of an input of %o', (w, h, placed, input) => {
    const placement = rect.placementFor(w, h);
    expect({ width: placement.width, height: placement.height }).toEqual(placed);
    expect(placement.input).toEqual(input);
    expect(square.placementFor(w, h).input).toBeUndefined();
  });

  it('uses the full square for a square image (no input size needed)', () => {
    expect(rect.placementFor(1000, 1000).input).toBeUndefined();
  });

  it('finds the same dog as the square input on a 4:3 photo (box IoU > 0.95, score within 0.03)', async () => {
    // Act
    const a = await rect.detect(evalImage('darknet-dog-bicycle-truck.jpg'));
    const b = await square.detect(evalImage('darknet-dog-bicycle-truck.jpg'));

    // Assess
    const dog = (r: typeof a) => r.candidates.find((c) => rect.entry.classes[c.classId] === 'dog')!;
    const box = (c: ReturnType<typeof dog>): Box => [c.x1, c.y1, c.x2, c.y2];
    expect(boxIou(box(dog(a)), box(dog(b)))).toBeGreaterThan(0.95);
    expect(Math.abs(dog(a).score - dog(b).score)).toBeLessThan(0.03);
    expect(await rect.infer().then((o) => o.output!.length)).toBe(2730 * 85);
  });
});
