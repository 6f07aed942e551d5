import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRoastVideo, type BuiltinRenderOutput } from '../../../../lambdas/engines/renderer/index.js';
import { FILTER_LOOKS } from '../../../../lambdas/engines/renderer/looks.js';
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

/**
 * Clips: a 1080×1920 clip of a blue "pet" moving right over grey (4 s, shorter than the video, so it loops),
 * its box given per sampled frame as the detector reports it (every 0.5 s). The crown must follow it:
 * measured in each frame against where the blue pet is in that frame, after the crop and scale.
 */
describe('filter looks on clips', () => {
  const PET = { width: 250, height: 300, y: 1000 };
  const xAt = (t: number) => 100 + 100 * t;
  let clip: string;
  let plainClip: BuiltinRenderOutput;
  let royalClip: BuiltinRenderOutput;
  beforeAll(async () => {
    clip = path.join(work, 'moving-pet.mp4');
    const { execFileSync } = await import('node:child_process');
    execFileSync('ffmpeg', [
      '-v', 'error', '-y',
      '-f', 'lavfi', '-i', 'color=c=0x808080:s=1080x1920:r=30:d=4',
      '-f', 'lavfi', '-i', `color=c=0x1428DC:s=${PET.width}x${PET.height}:r=30:d=4`,
      '-filter_complex', `[0:v][1:v]overlay=x='100+100*t':y=${PET.y}:shortest=1,format=yuv420p`,
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '18', clip,
    ]);
    const track = Array.from({ length: 8 }, (_, i) => ({ timeS: i * 0.5, x: xAt(i * 0.5), y: PET.y, width: PET.width, height: PET.height }));
    const base = {
      media: { path: clip, kind: 'video' as const },
      boxes: [track[0]!],
      subjectTrack: track,
      script: { lines: ['Your Majesty, the sofa is not a throne.', 'Nor is the kitchen table.'], language: 'en' as const },
      workDir: work,
      captionStyle: 'none' as const,
    };
    plainClip = await renderRoastVideo(base);
    royalClip = await renderRoastVideo({ ...base, filterId: 'pet-maharaja' });
  }, RENDER_TIMEOUT);

  it('reports the look, and the graded frames differ measurably from the unfiltered ones', async () => {
    expect(plainClip.filterApplied).toBeNull();
    expect(royalClip.filterApplied).toBe('pet-maharaja');
    expect(royalClip.durationS).toBeGreaterThan(4.5);
    for (const t of [0.5, royalClip.durationS - 0.3]) {
      const a = await sharp(await frameAt(plainClip.videoPath, t)).removeAlpha().raw().toBuffer();
      const b = await sharp(await frameAt(royalClip.videoPath, t)).removeAlpha().raw().toBuffer();
      let diff = 0;
      for (let i = 0; i < a.length; i++) diff += Math.abs(a[i]! - b[i]!);
      expect(diff / a.length, `mean absolute difference at ${t} s`).toBeGreaterThan(3);
    }
  }, RENDER_TIMEOUT);

  it('puts the crown on the moving pet in every measured frame, through the loop', async () => {
    expect(await bbox(await frameAt(plainClip.videoPath, 1), isGold)).toMatchObject({ count: 0 });
    const seen: number[] = [];
    // Within the sampled span (0–3.5 s; after the last sample the box is held), and after the loop back to the start (4 s).
    for (const t of [0.4, 1.5, 2.6, 3.4, 4.3]) {
      const png = await frameAt(royalClip.videoPath, t);
      const pet = await bbox(png, isBlue);
      const crown = await bbox(png, isGold);
      expect(pet.count, `pet pixels at ${t} s`).toBeGreaterThan(1000);
      expect(crown.count, `crown pixels at ${t} s`).toBeGreaterThan(300);
      expect(Math.abs(crown.y1 - pet.y0), `at ${t} s: crown bottom ${crown.y1} vs pet top ${pet.y0}`).toBeLessThanOrEqual(8);
      expect(Math.abs((crown.x0 + crown.x1) / 2 - (pet.x0 + pet.x1) / 2), `at ${t} s: crown centre vs pet centre`).toBeLessThanOrEqual(8);
      const ratio = (crown.x1 - crown.x0) / (pet.x1 - pet.x0);
      expect(ratio).toBeGreaterThan(0.6);
      expect(ratio).toBeLessThan(0.8);
      seen.push(pet.x0);
    }
    // The pet did move (and so did the crown with it): ≥ 150 px across the first four frames.
    expect(seen[3]! - seen[0]!).toBeGreaterThan(150);
  }, RENDER_TIMEOUT);
});
