import { FIELD_CASES, PETS_EVAL } from '../../../support/shared-data.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPetModel, type PetModel } from '../../../../lambdas/engines/detection/index.js';
import { renderRoastVideo, type BuiltinRenderOutput } from '../../../../lambdas/engines/renderer/index.js';
import { ensureAllModels } from '../../detection/helpers.js';
import { makeHdrFixtures, type HdrFixtures } from '../../../support/hdr-fixtures.js';
import { makeHeifSiblings } from '../../../support/heif-writer.js';
import { RenderInputError } from '../../../../lambdas/engines/renderer/errors.js';
import { frameAt, signalStats } from './media-checks.js';

/**
 * Phone media as users send it, through the real built-in renderer, measured in the rendered pixels
 * (docs/renderer.md "HDR clips", "Panoramas", "Transparency"): HDR clips against the SDR render of the
 * same clip (signalstats), panoramas and strips by the height of the pet the project's detector finds
 * in the rendered frames, transparent stills by the luma where the picture is transparent.
 */
const RENDER_TIMEOUT = 300_000;
const SCRIPT = { lines: ['Look at this face.'], language: 'en' as const };

let model: PetModel;
let work: string;

beforeAll(async () => {
  await ensureAllModels();
  model = await loadPetModel({ intraOpThreads: 1 });
  work = mkdtempSync(path.join(tmpdir(), 'field-media-'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const boxesOf = async (bytes: Buffer) => (await model.detect(bytes)).pets.map((p) => p.box);

async function render(file: string, kind: 'image' | 'video', boxes: Array<{ x: number; y: number; width: number; height: number }>): Promise<BuiltinRenderOutput> {
  return renderRoastVideo({ media: { path: file, kind }, boxes, script: SCRIPT, workDir: work });
}

/** Height of the tallest pet the detector finds in the rendered frame at `fraction` of the video, over the frame height (0 when none). */
async function petHeightAt(out: BuiltinRenderOutput, fraction: number): Promise<number> {
  const png = await frameAt(out.videoPath, out.durationS * fraction);
  const pets = (await model.detect(png)).pets;
  return pets.length ? Math.max(...pets.map((p) => p.box.height)) / 1280 : 0;
}

describe('HDR phone clips render like their SDR original', () => {
  let fx: HdrFixtures;
  beforeAll(() => {
    fx = makeHdrFixtures(path.join(FIELD_CASES, 'sdr-vertical-dog.mp4'), work, 2);
  }, 120_000);

  it('the field case: hdr-hlg-vertical-dog.mp4 against sdr-vertical-dog.mp4 (mean saturation and luma of the rendered frames)', async () => {
    // Act
    const sdr = await signalStats((await render(path.join(FIELD_CASES, 'sdr-vertical-dog.mp4'), 'video', [])).videoPath);
    const hlg = await signalStats((await render(path.join(FIELD_CASES, 'hdr-hlg-vertical-dog.mp4'), 'video', [])).videoPath);

    // Assess: before tone mapping the HLG render measured 13.3 saturation and 86 luma against 25.5 and 120.
    console.log(`render: SDR ${sdr.saturation.toFixed(1)} sat / ${sdr.luma.toFixed(1)} luma; HLG ${hlg.saturation.toFixed(1)} / ${hlg.luma.toFixed(1)} (${hlg.frames} frames)`);
    expect(hlg.frames).toBeGreaterThan(30);
    expect(Math.abs(hlg.saturation - sdr.saturation)).toBeLessThan(0.1 * sdr.saturation);
    expect(Math.abs(hlg.luma - sdr.luma)).toBeLessThan(0.08 * sdr.luma);
  }, RENDER_TIMEOUT);

  it.each([
    ['PQ / HDR10', 'pq', 0.1, 0.08],
    ['HLG in MOV', 'hlgMov', 0.1, 0.08],
    ['BT.2020 SDR', 'bt2020Sdr', 0.04, 0.02],
    ['10-bit SDR (not tone-mapped)', 'sdr10', 0.04, 0.02],
    ['landscape HLG (fitted over its blurred copy)', 'hlgLandscape', 0.1, 0.08],
  ] as const)('sibling: %s', async (_name, key, satTolerance, lumaTolerance) => {
    const sdr = await signalStats((await render(key === 'hlgLandscape' ? fx.sdrLandscape : fx.sdr, 'video', [])).videoPath);
    const other = await signalStats((await render(fx[key], 'video', [])).videoPath);
    console.log(`render ${key}: ${other.saturation.toFixed(1)} sat / ${other.luma.toFixed(1)} luma (SDR ${sdr.saturation.toFixed(1)} / ${sdr.luma.toFixed(1)})`);
    expect(Math.abs(other.saturation - sdr.saturation)).toBeLessThan(satTolerance * sdr.saturation);
    expect(Math.abs(other.luma - sdr.luma)).toBeLessThan(lumaTolerance * sdr.luma);
  }, RENDER_TIMEOUT);
});

describe('panoramas and strips: the pet, not the whole strip', () => {
  const dogPhoto = readFileSync(path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg'));

  /** The dev dog photo (768×576) scaled to `petH` px tall and pasted at (x, y) on a blurred, stretched copy of itself of width×height. */
  async function strip(name: string, width: number, height: number, petH: number, x: number, y: number): Promise<string> {
    const file = path.join(work, name);
    const backdrop = await sharp(dogPhoto).resize(width, height, { fit: 'fill' }).blur(20).toBuffer();
    const pet = await sharp(dogPhoto).resize({ height: petH }).toBuffer();
    writeFileSync(file, await sharp(backdrop).composite([{ input: pet, left: x, top: y }]).jpeg({ quality: 90 }).toBuffer());
    return file;
  }

  it.each([
    ['panorama-6000x600-dog.jpg (the field case)', () => path.join(FIELD_CASES, 'panorama-6000x600-dog.jpg'), 0.3],
    ['panorama-6000x576-dog.jpg', () => path.join(FIELD_CASES, 'panorama-6000x576-dog.jpg'), 0.3],
    ['sibling: a 20:1 strip (6000×300)', () => strip('strip-20x1.jpg', 6000, 300, 300, 4400, 0), 0.2],
    ['sibling: a 3:1 photo (1728×576)', () => strip('photo-3x1.jpg', 1728, 576, 576, 900, 0), 0.3],
    ['sibling: a tall 1:8 strip (600×4800)', () => strip('strip-1x8.jpg', 600, 4800, 450, 0, 3600), 0.15],
  ])('%s: the dog fills a sensible part of the frame height all through the video', async (_name, make, minFraction) => {
    // Prepare
    const file = await make();
    const boxes = await boxesOf(readFileSync(file));
    expect(boxes.length).toBeGreaterThan(0);

    // Act
    const out = await render(file, 'image', boxes);

    // Assess: shown whole, the 6000×600 field case left the dog at about 7 % of the frame height.
    const heights = [await petHeightAt(out, 0.05), await petHeightAt(out, 0.5), await petHeightAt(out, 0.95)];
    console.log(`${path.basename(file)}: pet height / frame height at 5 %, 50 %, 95 %: ${heights.map((h) => h.toFixed(2)).join(', ')}`);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(minFraction);
  }, RENDER_TIMEOUT);
});

describe('HEIC/HEIF stills (iPhone photos)', () => {
  it('the field case and a sideways-coded HEIC (irot 90 + EXIF Orientation 6) render upright, the dog taller than wide', async () => {
    const fieldCase = readFileSync(path.join(FIELD_CASES, 'heic-dog.heic'));
    const siblings = makeHeifSiblings(path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg'), { width: 768, height: 576 }, fieldCase, work);
    for (const [name, bytes] of [['field', fieldCase], ['rotated', siblings.rotated]] as const) {
      const file = path.join(work, `${name}.heic`);
      writeFileSync(file, bytes);
      const out = await render(file, 'image', [{ x: 133, y: 207, width: 192, height: 336 }]);
      const pets = (await model.detect(await frameAt(out.videoPath, out.durationS * 0.5))).pets;
      expect(pets.length, name).toBeGreaterThan(0);
      // The sitting dog is taller than wide; rotated twice it would lie on its side.
      expect(pets[0]!.box.height, name).toBeGreaterThan(pets[0]!.box.width);
    }
  }, RENDER_TIMEOUT);

  it('a truncated HEIC fails the render permanently with a clear reason', async () => {
    const file = path.join(work, 'cut.heic');
    const fieldCase = readFileSync(path.join(FIELD_CASES, 'heic-dog.heic'));
    writeFileSync(file, fieldCase.subarray(0, Math.floor(fieldCase.length * 0.6)));
    const err = await render(file, 'image', []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderInputError);
    expect((err as Error).message).toMatch(/truncated or corrupt/);
  }, RENDER_TIMEOUT);
});

describe('animated stills show their first frame, the one the detector judged', () => {
  it.each(['gif', 'webp'] as const)('a 2-frame animated %s (dog, then a landscape with no pet): the dog is in the video', async (format) => {
    // Prepare
    const frame = (file: string) => sharp(readFileSync(path.join(PETS_EVAL, file))).resize(384, 288, { fit: 'fill' }).toBuffer();
    const frames = [await frame('darknet-dog-bicycle-truck.jpg'), await frame('pixabay-aurora.jpg')];
    const animated = sharp(frames, { join: { animated: true } });
    const file = path.join(work, `animated.${format}`);
    writeFileSync(file, await (format === 'gif' ? animated.gif({ loop: 0 }) : animated.webp({ loop: 0 })).toBuffer());
    const verdict = await model.detect(readFileSync(file));
    expect(verdict.pets.length).toBeGreaterThan(0);

    // Act
    const out = await render(file, 'image', verdict.pets.map((p) => p.box));

    // Assess: the pet is shown all through (the aurora frame never is)
    for (const at of [0.1, 0.5, 0.9]) expect(await petHeightAt(out, at)).toBeGreaterThan(0.2);
  }, RENDER_TIMEOUT);
});

describe('transparent stills show over white, not black', () => {
  /** The dev dog photo at 720×1280 with everything outside a central ellipse fully transparent (RGB 0 there, as cut-out tools write). */
  async function cutout(format: 'png' | 'webp'): Promise<string> {
    const rgb = await sharp(readFileSync(path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg'))).resize(720, 1280, { fit: 'cover' }).removeAlpha().raw().toBuffer();
    const rgba = Buffer.alloc(720 * 1280 * 4);
    for (let i = 0; i < 720 * 1280; i++) {
      const dx = ((i % 720) - 360) / 300;
      const dy = (Math.floor(i / 720) - 640) / 420;
      const a = dx * dx + dy * dy <= 1 ? 255 : 0;
      for (let c = 0; c < 3; c++) rgba[4 * i + c] = a === 0 ? 0 : rgb[3 * i + c]!;
      rgba[4 * i + 3] = a;
    }
    const file = path.join(work, `cutout.${format}`);
    const img = sharp(rgba, { raw: { width: 720, height: 1280, channels: 4 } });
    writeFileSync(file, await (format === 'png' ? img.png() : img.webp({ quality: 90, alphaQuality: 100 })).toBuffer());
    return file;
  }

  it.each(['png', 'webp'] as const)('a cut-out %s: the transparent corners render white (luma ≥ 220), the pet in colour', async (format) => {
    const out = await render(await cutout(format), 'image', []);
    // The first frame shows the whole 9:16 picture; its top-left and bottom-right corners are transparent.
    const corner = await signalStats(out.videoPath, "select='eq(n,0)',crop=80:80:8:8");
    const other = await signalStats(out.videoPath, "select='eq(n,0)',crop=80:80:632:1192");
    const middle = await signalStats(out.videoPath, "select='eq(n,0)',crop=200:200:260:540");
    console.log(`${format}: corner luma ${corner.luma.toFixed(1)}, ${other.luma.toFixed(1)}; middle luma ${middle.luma.toFixed(1)} sat ${middle.saturation.toFixed(1)}`);
    expect(corner.luma).toBeGreaterThanOrEqual(220);
    expect(other.luma).toBeGreaterThanOrEqual(220);
    expect(middle.luma).toBeLessThan(200);
  }, RENDER_TIMEOUT);
});
