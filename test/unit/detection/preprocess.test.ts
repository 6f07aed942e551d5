import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { modelEntry, type ModelEntry } from '../../../lambdas/engines/detection/manifest.js';
import {
  channelTables,
  decodeRgb,
  placeImage,
  resizeRgb,
  writeInput,
  type RgbImage,
} from '../../../lambdas/engines/detection/preprocess.js';
import { badInput } from './helpers.js';

describe('Function: placeImage', () => {
  it('letterboxes centred with r = min(S/W, S/H), nw = round(W·r) and a floored offset', () => {
    // Act: the classic 768x576 dog.jpg into 640
    const placement = placeImage('letterbox-centre', 768, 576, 640, 640);

    // Assess
    expect(placement).toEqual({ width: 640, height: 480, left: 0, top: 80 });
  });

  it('letterboxes top-left for YOLOX (padding only right and bottom)', () => {
    // Act
    const placement = placeImage('letterbox-top-left', 500, 376, 416, 416);

    // Assess
    expect(placement).toEqual({ width: 416, height: 313, left: 0, top: 0 });
  });

  it('stretches to the whole input for PicoDet', () => {
    // Act / Assess
    expect(placeImage('stretch', 1920, 1080, 320, 320)).toEqual({ width: 320, height: 320, left: 0, top: 0 });
  });

  it('never produces an empty image, even for 1x1 or 10000x1 inputs', () => {
    // Act
    const tiny = placeImage('letterbox-centre', 1, 1, 640, 640);
    const sliver = placeImage('letterbox-centre', 10000, 1, 640, 640);

    // Assess
    expect(tiny).toEqual({ width: 640, height: 640, left: 0, top: 0 });
    expect(sliver.width).toBe(640);
    expect(sliver.height).toBe(1);
    expect(sliver.top).toBe(319);
  });

  it('uses an odd padding split the Ultralytics way (the extra pixel goes bottom/right)', () => {
    // Act: nh = round(501·640/1000) = 321, pad 319 → top 159, bottom 160
    const placement = placeImage('letterbox-centre', 1000, 501, 640, 640);

    // Assess
    expect(placement.height).toBe(321);
    expect(placement.top).toBe(159);
  });
});

describe('Function: writeInput', () => {
  const tinyEntry = (base: ModelEntry, overrides: Partial<ModelEntry['preprocessing']>, dtype: 'float32' | 'float16' = 'float32') => ({
    ...base,
    input: { ...base.input, width: 4, height: 4, dtype },
    preprocessing: { ...base.preprocessing, ...overrides },
  });
  const image: RgbImage = {
    // 2x1 pixels: red, then (10, 20, 30)
    data: Buffer.from([255, 0, 0, 10, 20, 30]),
    width: 2,
    height: 1,
    sourceWidth: 2,
    sourceHeight: 1,
  };

  it('writes CHW RGB scaled by 1/255 at the placement and pads with 114', () => {
    // Prepare
    const entry = tinyEntry(modelEntry('yolov8n-coco-int8'), {});
    const dst = new Float32Array(3 * 16);

    // Act
    writeInput(image, { width: 2, height: 1, left: 1, top: 2 }, entry, channelTables(entry), dst);

    // Assess
    const at = (plane: number, x: number, y: number) => dst[plane * 16 + y * 4 + x]!;
    expect(at(0, 1, 2)).toBeCloseTo(1, 6);
    expect(at(1, 1, 2)).toBe(0);
    expect(at(0, 2, 2)).toBeCloseTo(10 / 255, 6);
    expect(at(2, 2, 2)).toBeCloseTo(30 / 255, 6);
    expect(at(0, 0, 0)).toBeCloseTo(114 / 255, 6);
    expect(at(2, 3, 3)).toBeCloseTo(114 / 255, 6);
  });

  it('reverses channels and keeps raw 0-255 values for YOLOX (BGR, no scaling)', () => {
    // Prepare
    const entry = tinyEntry(modelEntry('yolox-nano-coco-416'), {});
    const dst = new Float32Array(3 * 16);

    // Act
    writeInput(image, { width: 2, height: 1, left: 0, top: 0 }, entry, channelTables(entry), dst);

    // Assess: plane 0 is blue
    expect([dst[0], dst[16], dst[32]]).toEqual([0, 0, 255]);
    expect([dst[1], dst[17], dst[33]]).toEqual([30, 20, 10]);
    expect(dst[5]).toBe(114);
  });

  it('writes a smaller rectangular input (placement.input) as CHW planes of that size at the buffer start', () => {
    // Prepare: a 4x4 model input used as 4 wide x 2 high
    const entry = tinyEntry(modelEntry('yolox-nano-coco-416'), {});
    const dst = new Float32Array(3 * 16).fill(-1);

    // Act
    writeInput(image, { width: 2, height: 1, left: 0, top: 0, input: { width: 4, height: 2 } }, entry, channelTables(entry), dst);

    // Assess: planes of 8 values, pixel (1, 0) in each, the rest of the 4x2 padded, the tail untouched
    expect([dst[1], dst[8 + 1], dst[16 + 1]]).toEqual([30, 20, 10]);
    expect([dst[2], dst[7], dst[8 + 7], dst[16 + 7]]).toEqual([114, 114, 114, 114]);
    expect(Array.from(dst.subarray(24))).toEqual(new Array(24).fill(-1));
  });

  it('refuses a rectangular input larger than the model input or a placement outside it', () => {
    const entry = tinyEntry(modelEntry('yolox-nano-coco-416'), {});
    const tables = channelTables(entry);
    expect(() => writeInput(image, { width: 2, height: 1, left: 0, top: 0, input: { width: 8, height: 2 } }, entry, tables, new Float32Array(48))).toThrow(/larger/);
    expect(() => writeInput(image, { width: 2, height: 1, left: 3, top: 0, input: { width: 4, height: 2 } }, entry, tables, new Float32Array(48))).toThrow(/outside/);
  });

  it('applies ImageNet mean/std for PicoDet', () => {
    // Prepare
    const entry = tinyEntry(modelEntry('picodet-s-coco-320'), {});
    const dst = new Float32Array(3 * 16);

    // Act
    writeInput(image, { width: 2, height: 1, left: 0, top: 0 }, entry, channelTables(entry), dst);

    // Assess
    expect(dst[0]).toBeCloseTo((1 - 0.485) / 0.229, 5);
    expect(dst[16]).toBeCloseTo((0 - 0.456) / 0.224, 5);
    expect(dst[33]).toBeCloseTo((30 / 255 - 0.406) / 0.225, 5);
  });

  it('writes IEEE half bits for the float16 model', () => {
    // Prepare
    const entry = tinyEntry(modelEntry('yolov5n-coco-fp16'), {}, 'float16');
    const dst = new Uint16Array(3 * 16);

    // Act
    writeInput(image, { width: 2, height: 1, left: 0, top: 0 }, entry, channelTables(entry), dst);

    // Assess: 1.0 = 0x3c00, 0 = 0, pad 114/255 ≈ 0.44706 → 0x3727 (1.788 × 2^-2)
    expect(dst[0]).toBe(0x3c00);
    expect(dst[16]).toBe(0);
    expect(dst[2]).toBe(0x3727);
  });

  it('refuses an image that does not match its placement', () => {
    // Prepare
    const entry = tinyEntry(modelEntry('yolov8n-coco-int8'), {});

    // Act / Assess
    expect(() =>
      writeInput(image, { width: 3, height: 1, left: 0, top: 0 }, entry, channelTables(entry), new Float32Array(48)),
    ).toThrow(/placement/);
  });
});

describe('Function: decodeRgb', () => {
  it('applies EXIF orientation 6 before sizing (376x500 stored → 500x376 upright)', async () => {
    // Prepare
    const bytes = badInput('dog-exif-orientation-6.jpg');
    const seen: Array<[number, number]> = [];

    // Act
    const image = await decodeRgb(bytes, (w, h) => {
      seen.push([w, h]);
      return { width: 50, height: 38 };
    });

    // Assess
    expect(seen).toEqual([[500, 376]]);
    expect([image.sourceWidth, image.sourceHeight, image.width, image.height]).toEqual([500, 376, 50, 38]);
    expect(image.data).toHaveLength(50 * 38 * 3);
  });

  it.each([
    ['grayscale JPEG', 'cat-grayscale.jpg'],
    ['CMYK JPEG', 'cat-cmyk.jpg'],
    ['16-bit PNG', 'cat-16bit-rgb.png'],
    ['RGBA PNG', 'dog-rgba-transparent-corners.png'],
    ['animated GIF', 'animated-24-frames-tiny.gif'],
    ['WebP', 'dog-photo.webp'],
  ])('turns a %s into 8-bit, 3-channel pixels', async (_, file) => {
    // Act
    const image = await decodeRgb(badInput(file), () => ({ width: 32, height: 24 }));

    // Assess
    expect(image.data).toHaveLength(32 * 24 * 3);
    expect(image.data.some((v) => v > 0)).toBe(true);
  });

  it('drops alpha instead of compositing (transparent corners keep their stored black)', async () => {
    // Prepare: a 2x2 RGBA PNG, left column fully transparent with RGB (200, 0, 0)
    const png = await sharp(Buffer.from([200, 0, 0, 0, 9, 9, 9, 255, 200, 0, 0, 0, 9, 9, 9, 255]), {
      raw: { width: 2, height: 2, channels: 4 },
    })
      .png()
      .toBuffer();

    // Act
    const image = await decodeRgb(png, (w, h) => ({ width: w, height: h }));

    // Assess
    expect(Array.from(image.data.subarray(0, 6))).toEqual([200, 0, 0, 9, 9, 9]);
  });

  it('on a resize, keeps the colour of partly transparent pixels and turns fully transparent ones black (premultiplied resampling)', async () => {
    // Prepare: 4x4 RGBA (200, 0, 0), once at alpha 128 and once at alpha 0
    const rgba = (alpha: number) =>
      sharp(Buffer.from(Array.from({ length: 16 }, () => [200, 0, 0, alpha]).flat()), { raw: { width: 4, height: 4, channels: 4 } })
        .png()
        .toBuffer();

    // Act
    const half = await decodeRgb(await rgba(128), () => ({ width: 2, height: 2 }));
    const clear = await decodeRgb(await rgba(0), () => ({ width: 2, height: 2 }));

    // Assess (docs/detection.md §2)
    expect(Math.abs(half.data[0]! - 200)).toBeLessThanOrEqual(2);
    expect(Array.from(clear.data.subarray(0, 3))).toEqual([0, 0, 0]);
  });

  it('takes the stored values of an ICC-tagged image as they are (no profile transform, as OpenCV and Pillow read them)', async () => {
    // Prepare: a flat sRGB (40, 200, 60) written as Display P3 (values converted, profile attached)
    const png = await sharp(Buffer.from(Array.from({ length: 16 }, () => [40, 200, 60]).flat()), {
      raw: { width: 4, height: 4, channels: 3 },
    })
      .withIccProfile('p3', { attach: true })
      .png()
      .toBuffer();
    const tagged = await sharp(png).metadata();
    const stored = Array.from((await sharp(png, { ignoreIcc: true }).raw().toBuffer()).subarray(0, 3));
    const transformed = Array.from((await sharp(png).raw().toBuffer()).subarray(0, 3));

    // Act
    const image = await decodeRgb(png, (w, h) => ({ width: w, height: h }));

    // Assess: the profile is there and sharp's default transform would give other values; the detector keeps the stored ones
    expect(tagged.icc).toBeDefined();
    expect(transformed).not.toEqual(stored);
    expect(Array.from(image.data.subarray(0, 3))).toEqual(stored);
  });

  it('rejects a pixel bomb from its header, quickly and without decoding it', async () => {
    // Prepare
    // Act
    const decoding = decodeRgb(badInput('png-bomb-60000x60000.png'), () => ({ width: 640, height: 640 }), {
      maxPixels: 40_000_000,
    });

    // Assess
    await expect(decoding).rejects.toThrow(/pixel limit/);
  });
});

describe('Function: resizeRgb', () => {
  it('resamples decoded pixels and leaves an image of the right size untouched', async () => {
    // Prepare
    const image: RgbImage = { data: Buffer.alloc(4 * 4 * 3, 77), width: 4, height: 4, sourceWidth: 8, sourceHeight: 8 };

    // Act
    const same = await resizeRgb(image, 4, 4);
    const smaller = await resizeRgb(image, 2, 3);

    // Assess
    expect(same).toBe(image);
    expect([smaller.width, smaller.height, smaller.data.length]).toEqual([2, 3, 18]);
    expect(smaller.data.every((v) => v === 77)).toBe(true);
    expect([smaller.sourceWidth, smaller.sourceHeight]).toEqual([8, 8]);
  });
});
