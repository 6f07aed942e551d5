import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRoastVideo, type BuiltinRenderOutput } from '../../../../lambdas/core/providers/builtin/index.js';
import { FILTER_LOOKS } from '../../../../lambdas/core/providers/builtin/looks.js';
import { frameAt } from './media-checks.js';

/**
 * Filter looks (docs/renderer.md "Filter looks") on pixels: a grey photo with a blue "pet" where its
 * box says, rendered with and without `pet-maharaja`. Where the blue pet lands in a frame is measured
 * from that frame (the zoom moves it); the gold crown must sit on its top edge, centred; the grade
 * must change the picture measurably.
 */
const RENDER_TIMEOUT = 300_000;
const BOX = { x: 250, y: 560, width: 220, height: 300 };

let work: string;
let photo: string;
let plain: BuiltinRenderOutput;
let royal: BuiltinRenderOutput;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'looks-test-'));
  photo = path.join(work, 'pet.png');
  const pet = await sharp({ create: { width: BOX.width, height: BOX.height, channels: 3, background: { r: 20, g: 40, b: 220 } } }).png().toBuffer();
  await sharp({ create: { width: 720, height: 1280, channels: 3, background: { r: 128, g: 128, b: 128 } } })
    .composite([{ input: pet, left: BOX.x, top: BOX.y }])
    .png()
    .toFile(photo);
  const base = { media: { path: photo, kind: 'image' as const }, boxes: [BOX], script: { lines: ['Your Majesty, the sofa is not a throne.'], language: 'en' as const }, workDir: work, captionStyle: 'none' as const };
  plain = await renderRoastVideo(base);
  royal = await renderRoastVideo({ ...base, filterId: 'pet-maharaja' });
}, RENDER_TIMEOUT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bounding box of the pixels of a frame matching `test`. */
async function bbox(png: Buffer, test: (r: number, g: number, b: number) => boolean) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let [x0, y0, x1, y1, count] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * 3;
      if (test(data[i]!, data[i + 1]!, data[i + 2]!)) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
        count++;
      }
    }
  }
  return { x0, y0, x1, y1, count };
}
const isBlue = (r: number, g: number, b: number) => b > 150 && r < 90 && g < 100;
const isGold = (r: number, g: number, b: number) => r > 200 && g > 170 && b < 90;

describe('filter looks', () => {
  it('every catalogue filter has a look', async () => {
    const { readFile } = await import('node:fs/promises');
    const catalogue = JSON.parse(await readFile('config/banuba-filters.json', 'utf8')) as { filters: Array<{ id: string }> };
    for (const f of catalogue.filters) expect(FILTER_LOOKS[f.id], f.id).toBeDefined();
  });

  it('reports the look applied', () => {
    expect(plain.filterApplied).toBeNull();
    expect(royal.filterApplied).toBe('pet-maharaja');
  });

  it('grades the picture: the filtered frames differ measurably from the unfiltered ones', async () => {
    for (const t of [0.5, royal.durationS - 0.3]) {
      const a = await sharp(await frameAt(plain.videoPath, t)).removeAlpha().raw().toBuffer();
      const b = await sharp(await frameAt(royal.videoPath, t)).removeAlpha().raw().toBuffer();
      let diff = 0;
      for (let i = 0; i < a.length; i++) diff += Math.abs(a[i]! - b[i]!);
      expect(diff / a.length, `mean absolute difference at ${t} s`).toBeGreaterThan(3);
    }
  }, RENDER_TIMEOUT);

  it('puts the crown on the pet’s head, where the box is in each frame (measured, through the zoom)', async () => {
    expect(await bbox(await frameAt(plain.videoPath, 1), isGold)).toMatchObject({ count: 0 });
    for (const t of [0.3, royal.durationS / 2, royal.durationS - 0.3]) {
      const png = await frameAt(royal.videoPath, t);
      const pet = await bbox(png, isBlue);
      const crown = await bbox(png, isGold);
      expect(pet.count).toBeGreaterThan(1000);
      expect(crown.count, `crown pixels at ${t} s`).toBeGreaterThan(300);
      const petWidth = pet.x1 - pet.x0;
      // Sitting on the top edge (its outline overlaps it by a few pixels), centred, 0.7 of its width.
      expect(Math.abs(crown.y1 - pet.y0), `crown bottom ${crown.y1} vs pet top ${pet.y0}`).toBeLessThanOrEqual(8);
      expect(Math.abs((crown.x0 + crown.x1) / 2 - (pet.x0 + pet.x1) / 2)).toBeLessThanOrEqual(8);
      expect((crown.x1 - crown.x0) / petWidth).toBeGreaterThan(0.6);
      expect((crown.x1 - crown.x0) / petWidth).toBeLessThan(0.8);
    }
  }, RENDER_TIMEOUT);
});
