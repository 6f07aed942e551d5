import { errorOf, FIELD_CASES, PETS_EVAL } from '../../support/shared-data.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHeif, readHeifHeader } from '../../../lambdas/engines/intake/heif.js';
import { inspectImage } from '../../../lambdas/engines/intake/image.js';
import { sharp } from '../../../lambdas/engines/intake/sharp-safe.js';
import { makeHeifSiblings, writeHeif, encodeHevc, type HeifSiblings } from '../../support/heif-writer.js';

/**
 * HEIC/HEIF stills with the real libheif (docs/media-intake.md "HEIC and HEIF"): the header read before
 * decoding (size, rotation, grid, truncation, declared-size bombs) and the decoded pixels (upright, the
 * grid assembled), for the iPhone field case and siblings written from a dev photo.
 */

const PHOTO = path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg');
const fieldCase = readFileSync(path.join(FIELD_CASES, 'heic-dog.heic'));
let dir: string;
let heif: HeifSiblings;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'heif-unit-'));
  heif = makeHeifSiblings(PHOTO, { width: 768, height: 576 }, fieldCase, dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Mean absolute difference per channel value between two images of the same size (0–255). */
async function meanDiff(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((i) => sharp(i).removeAlpha().raw().toBuffer()));
  expect(x!.length).toBe(y!.length);
  let sum = 0;
  for (let i = 0; i < x!.length; i++) sum += Math.abs(x![i]! - y![i]!);
  return sum / x!.length;
}

describe('readHeifHeader', () => {
  it('the iPhone-style field case: heic, one HEVC item, 768×576, no rotation', () => {
    expect(readHeifHeader(fieldCase)).toMatchObject({ brand: 'heic', itemType: 'hvc1', width: 768, height: 576, rotation: 0 });
  });

  it('siblings: mif1, irot 90 (display size swapped), a 6-tile grid', () => {
    expect(readHeifHeader(heif.mif1)).toMatchObject({ itemType: 'hvc1', width: 768, height: 576 });
    expect(readHeifHeader(heif.rotated)).toMatchObject({ codedWidth: 576, codedHeight: 768, width: 768, height: 576, rotation: 90 });
    expect(readHeifHeader(heif.grid)).toMatchObject({ itemType: 'grid', tiles: 6, width: 768, height: 576 });
  });

  it.each([0.02, 0.3, 0.6, 0.99])('a file cut at %s of its length is refused as truncated, without decoding', async (fraction) => {
    const cut = fieldCase.subarray(0, Math.floor(fieldCase.length * fraction));
    const err = await errorOf(inspectImage(cut));
    expect(err.code).toBe('invalid_media');
    expect(err.message).toMatch(/truncated or corrupt/);
  });

  it('a header declaring 8000×6000 (48 MP) is refused before decoding; so are tiles declaring more than twice the cap', async () => {
    const declared = await errorOf(decodeHeif(heif.declared48mp));
    expect(declared.code).toBe('invalid_media');
    expect(declared.message).toBe('The image is 8000×6000 (48 MP); the limit is 40 MP.');
    const tile = encodeHevc(PHOTO, path.join(dir, 'tile.heic'));
    const manyTiles = writeHeif({ brand: 'heic', compatible: ['mif1', 'heic'], tiles: Array.from({ length: 4 }, () => ({ ...tile, width: 6000, height: 4000 })), grid: { rows: 2, columns: 2, width: 6000, height: 6000 } });
    const err = await errorOf(inspectImage(manyTiles));
    expect(err.message).toMatch(/declare 96 MP in all; the limit is 40 MP/);
  });

  it('HEIC-branded bytes with no HEIF structure → invalid_media (not a decoder crash)', async () => {
    const junk = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);
    expect((await errorOf(inspectImage(junk))).code).toBe('invalid_media');
  });
});

describe('decodeHeif (libheif)', () => {
  it('decodes the field case to a 768×576 JPEG that looks like the dev photo it was made from', async () => {
    const { jpeg } = await decodeHeif(fieldCase);
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 768, height: 576 });
    expect(await meanDiff(jpeg, readFileSync(PHOTO))).toBeLessThan(8);
  });

  it('applies irot once: the sideways-coded sibling decodes upright, like the unrotated one', async () => {
    const upright = (await decodeHeif(heif.mif1)).jpeg;
    const rotated = (await decodeHeif(heif.rotated)).jpeg;
    expect((await sharp(rotated).metadata()).orientation ?? 1).toBe(1);
    expect(await meanDiff(rotated, upright)).toBeLessThan(4);
  });

  it('assembles the grid: the 6 tiles decode to the whole photo', async () => {
    const grid = (await decodeHeif(heif.grid)).jpeg;
    expect(await sharp(grid).metadata()).toMatchObject({ width: 768, height: 576 });
    expect(await meanDiff(grid, readFileSync(PHOTO))).toBeLessThan(8);
  });
});
