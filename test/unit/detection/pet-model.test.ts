import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPetModel, manifest, type PetModel } from '../../../lambdas/engines/detection/index.js';
import { badInput, boxIou, ensureAllModels, evalImage, type Box } from './helpers.js';

describe('Function: loadPetModel (the production cascade)', () => {
  let model: PetModel;

  beforeAll(async () => {
    await ensureAllModels();
    model = await loadPetModel({ intraOpThreads: 1 });
  }, 60_000);

  it('is the configuration named in the manifest, at threshold 0.5', () => {
    // Assess
    expect(model.name).toBe(manifest.service.name);
    expect(model.threshold).toBe(0.5);
  });

  it('finds the dog on dog.jpg with a calibrated confidence and an original-pixel box', async () => {
    // Act
    const verdict = await model.detect(evalImage('darknet-dog-bicycle-truck.jpg'));

    // Assess
    expect([verdict.width, verdict.height]).toEqual([768, 576]);
    expect(verdict.pets).toHaveLength(1);
    const [dog] = verdict.pets;
    const box: Box = [dog!.box.x, dog!.box.y, dog!.box.x + dog!.box.width, dog!.box.y + dog!.box.height];
    expect(dog!.label).toBe('dog');
    expect(dog!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(boxIou(box, [131, 220, 308, 539])).toBeGreaterThan(0.85);
    expect(verdict.timings.decode_ms).toBeGreaterThan(0);
    expect(verdict.timings.inference_ms).toBeGreaterThan(0);
  });

  it('lists only pets, every one at or above the threshold, highest first', async () => {
    // Act
    const verdict = await model.detect(evalImage('darknet-person-dog-horse.jpg'));

    // Assess
    const labels = verdict.pets.map((p) => p.label);
    const confidences = verdict.pets.map((p) => p.confidence);
    expect(labels).toEqual(expect.arrayContaining(['dog', 'horse']));
    expect(labels).not.toContain('person');
    expect(confidences.every((c) => c >= 0.5)).toBe(true);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('keeps every box inside the EXIF-oriented 500x376 frame of an orientation-6 photo', async () => {
    // Act
    const verdict = await model.detect(badInput('dog-exif-orientation-6.jpg'));

    // Assess
    expect([verdict.width, verdict.height]).toEqual([500, 376]);
    expect(verdict.pets.length).toBeGreaterThan(0);
    for (const { box } of verdict.pets) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(500);
      expect(box.y + box.height).toBeLessThanOrEqual(376);
    }
  });

  it('answers "no pet" for a 1x1 PNG without crashing', async () => {
    // Act
    const verdict = await model.detect(badInput('tiny-1x1.png'));

    // Assess
    expect(verdict.pets).toEqual([]);
    expect([verdict.width, verdict.height]).toEqual([1, 1]);
  });

  it.each([
    [1, 5000],
    [16000, 2],
  ])('answers "no pet" for a thin %i×%i strip through a bounded second look (it used to decode hundreds of megapixels and time out)', async (w, h) => {
    // Prepare: a flat grey strip (a valid image, not a pet)
    const strip = await sharp({ create: { width: w, height: h, channels: 3, background: { r: 128, g: 128, b: 128 } } }).png().toBuffer();

    // Act
    const verdict = await model.detect(strip);

    // Assess
    expect(verdict.pets).toEqual([]);
    expect([verdict.width, verdict.height]).toEqual([w, h]);
    expect(verdict.tiles).toBeLessThanOrEqual(manifest.service.tiling!.max_tiles);
  });

  it('stops after the first stage when it is sure, and asks the second stage otherwise', async () => {
    // Act: a clear dog, a clear non-pet photo and the curly dog asleep in a shoe rack (all 640 px
    // wide, too small for the second look), and the 810x1080 bus photo (large enough for it)
    const clear = await model.detect(evalImage('darknet-dog-bicycle-truck.jpg'));
    const empty = await model.detect(evalImage('coco-train2017-000000000009.jpg'));
    const hard = await model.detect(evalImage('coco-train2017-000000000042.jpg'));
    const bus = await model.detect(evalImage('yolov5-bus.jpg'));

    // Assess
    const [first, second] = manifest.service.stages.map((s) => s.model);
    expect(clear.models).toEqual([first]);
    expect(empty.models).toEqual([first]);
    expect(hard.models).toEqual([first, second]);
    expect(hard.pets.map((p) => p.label)).toContain('dog');
    for (const v of [clear, empty, hard]) expect(v.tiles).toBe(0);
    // No pet in the whole bus photo, so it is looked at again over tiles, and still has none.
    expect(bus.models[0]).toBe(first);
    expect(bus.models[1]).toMatch(new RegExp(`^${first}×\\d+ tiles$`));
    expect(bus.tiles).toBeGreaterThan(1);
    expect(bus.pets).toEqual([]);
  });

  it('gives the same verdicts to concurrent calls as to sequential ones (buffers are not shared mid-call)', async () => {
    // Prepare
    const files = ['darknet-dog-bicycle-truck.jpg', 'skimage-chelsea-cat.png', 'yolov5-zidane.jpg', 'darknet-horses.jpg'];
    const sequential = [];
    for (const f of files) sequential.push((await model.detect(evalImage(f))).pets);

    // Act
    const concurrent = await Promise.all(files.map((f) => model.detect(evalImage(f))));

    // Assess
    expect(concurrent.map((v) => v.pets)).toEqual(sequential);
  });

  it('honours the threshold and pet-class options', async () => {
    // Prepare
    const strict = await loadPetModel({ threshold: 0.99, intraOpThreads: 1 });
    const catsOnly = await loadPetModel({ petClasses: ['cat'], intraOpThreads: 1 });
    const bytes = evalImage('darknet-dog-bicycle-truck.jpg');

    // Act
    const strictVerdict = await strict.detect(bytes);
    const catVerdict = await catsOnly.detect(bytes);

    // Assess
    expect(strictVerdict.pets).toEqual([]);
    expect(catVerdict.pets.every((p) => p.label === 'cat')).toBe(true);
  });

  it('refuses a pet class the models do not know', async () => {
    // Act / Assess
    await expect(loadPetModel({ petClasses: ['unicorn'] })).rejects.toThrow(/unicorn/);
  });

  it('lets decode errors propagate to the caller', async () => {
    // Act / Assess
    await expect(model.detect(Buffer.from('not an image at all'))).rejects.toThrow();
  });
});
