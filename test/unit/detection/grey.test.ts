import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isGreyscale, loadPetModel, type PetModel } from '../../../lambdas/engines/detection/index.js';
import { sharp } from '../../../lambdas/engines/intake/sharp-safe.js';
import { FIELD_CASES } from '../../support/shared-data.js';
import { ensureAllModels, evalImage } from './helpers.js';

/**
 * Grayscale input (docs/detection.md §2 "Grayscale input"): the field case gray-dog.png and its siblings in
 * every grey encoding are found by the second opinion on grey, which never runs on a colour photo.
 */

const field = readFileSync(path.join(FIELD_CASES, 'gray-dog.png'));
let grey: Buffer;
const variants: Record<string, () => Promise<Buffer>> = {
  'field case (8-bit grey PNG)': async () => field,
  '16-bit grey PNG': () => sharp(grey).toColourspace('grey16').png().toBuffer(),
  'grey + alpha PNG': () => sharp(grey).ensureAlpha(1).png().toBuffer(),
  'palette PNG of grey pixels': () => sharp(field).png({ palette: true, colours: 256 }).toBuffer(),
  'grey JPEG': () => sharp(grey).jpeg({ quality: 90 }).toBuffer(),
  'grey WebP': () => sharp(grey).webp({ quality: 85 }).toBuffer(),
};

let withGrey: PetModel;
let withoutGrey: PetModel;
beforeAll(async () => {
  await ensureAllModels();
  grey = await sharp(field).extractChannel(0).toColourspace('b-w').png().toBuffer();
  withGrey = await loadPetModel();
  withoutGrey = await loadPetModel({ grey: false });
}, 60_000);

describe('Function: isGreyscale', () => {
  it.each(Object.keys(variants))('%s is grey', async (name) => {
    expect(await isGreyscale(await variants[name]!())).toBe(true);
  });

  it('colour photos are not', async () => {
    expect(await isGreyscale(evalImage('coco-train2017-000000000394.jpg'))).toBe(false);
    expect(await isGreyscale(evalImage('skimage-chelsea-cat.png'))).toBe(false);
  });
});

describe('The second opinion on grey', () => {
  it.each(Object.keys(variants))('%s: a dog at ≥ 0.5 (the cascade alone misses most of them)', async (name) => {
    const bytes = await variants[name]!();
    const verdict = await withGrey.detect(bytes);
    expect(verdict.pets[0]?.label).toBe('dog');
    expect(verdict.pets[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('the field case was missed without it, and the colour original never takes the grey path', async () => {
    expect((await withoutGrey.detect(field)).pets).toEqual([]);
    const colour = await withGrey.detect(evalImage('coco-train2017-000000000394.jpg'));
    expect(colour.models).not.toContain('picodet-s-coco-320');
    expect(colour.pets[0]).toMatchObject({ label: 'dog', confidence: 0.822 });
  });

  it('a grey photo without a pet stays without one', async () => {
    const verdict = await withGrey.detect(evalImage('kodak-gray-kodim13-landscape.png'));
    expect(verdict.pets).toEqual([]);
  });
});
