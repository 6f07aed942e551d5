import { BAD_INPUTS, errorOf, PETS_EVAL } from '../../support/shared-data.js';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectImage, mapSharpError } from '../../../lambdas/engines/intake/image.js';
import { sharp } from '../../../lambdas/engines/intake/sharp-safe.js';
import { sniff } from '../../../lambdas/engines/intake/sniff.js';

/**
 * Header-only image inspection (docs/reference/reliability.md D1–D3, C8) over the shared bad-input set and generated
 * fixtures: bombs are refused from the header, truncated files without a decode, and only
 * JPEG/PNG/WebP/GIF/AVIF get through.
 */


interface ManifestEntry {
  file: string;
  expected: string;
  bytes: number;
  sha256: string;
}
const manifest = JSON.parse(readFileSync(join(BAD_INPUTS, 'manifest.json'), 'utf8')) as ManifestEntry[];

/** The AppError code each manifest verdict maps to. */
const expectedCode = (entry: ManifestEntry): string | undefined => {
  if (entry.expected.startsWith('accept')) return undefined;
  if (entry.expected.includes('unsupported format')) return 'unsupported_media_type';
  return 'invalid_media'; // empty, not an image, corrupt/truncated, too many pixels
};


/** A structurally valid PNG (IHDR, one tiny IDAT, IEND) that declares any size. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth 1
  ihdr[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('Function: inspectImage', () => {
  describe('the shared bad-input set behaves as its manifest says', () => {
    it.each(manifest.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
      // Prepare
      const bytes = readFileSync(join(BAD_INPUTS, entry.file));
      expect(bytes.length).toBe(entry.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
      const code = expectedCode(entry);

      // Act
      const outcome = inspectImage(bytes, { maxPixels: 40_000_000 });

      // Assess
      if (code === undefined) {
        const info = await outcome;
        expect(info.width).toBeGreaterThan(0);
        expect(info.height).toBeGreaterThan(0);
        expect(info.format).toBe(sniff(bytes).format);
      } else {
        const err = await errorOf(outcome);
        expect(err.code).toBe(code);
        expect(err.status).toBe(400);
        expect(err.message.length).toBeGreaterThan(10);
      }
    });

    it('gives the EXIF-oriented size of the orientation-6 photo', async () => {
      const info = await inspectImage(readFileSync(join(BAD_INPUTS, 'dog-exif-orientation-6.jpg')));
      expect(info).toMatchObject({ format: 'jpeg', width: 500, height: 376, orientation: 6 });
    });

    it('refuses both bombs from the header, saying how big they are', async () => {
      // The exact sizes come from the headers (a decode of 3.6e9 / 4.3e9 pixels would fail with sharp's own
      // limit message instead); how fast that is belongs to the benchmark, not to a test.
      const png = await errorOf(inspectImage(readFileSync(join(BAD_INPUTS, 'png-bomb-60000x60000.png'))));
      const jpeg = await errorOf(inspectImage(readFileSync(join(BAD_INPUTS, 'jpeg-header-65500x65500.jpg'))));
      expect(png.message).toBe('The image is 60000×60000 (3600 MP); the limit is 40 MP.');
      expect(jpeg.message).toBe('The image is 65500×65500 (4290 MP); the limit is 40 MP.');
    });

    it('says why the other rejects are refused', async () => {
      const message = async (file: string) => (await errorOf(inspectImage(readFileSync(join(BAD_INPUTS, file))))).message;
      expect(await message('empty-zero-bytes.jpg')).toMatch(/empty \(0 bytes\)/);
      expect(await message('text-file-named-as.jpg')).toMatch(/plain text, not an image/);
      expect(await message('truncated-half-cat.jpg')).toMatch(/truncated or corrupt/);
      expect(await message('cat-face-drawing.svg')).toMatch(/SVG/);
    });
  });

  describe('generated fixtures', () => {
    let photo: Buffer;
    beforeAll(async () => {
      photo = await sharp(readFileSync(join(BAD_INPUTS, 'dog-photo.webp')), { failOn: 'none' }).raw().toBuffer();
    });
    const rawPhoto = () => sharp(photo, { raw: { width: 500, height: 332, channels: 3 } });

    it('accepts AVIF and reports it as avif', async () => {
      const avif = await rawPhoto().resize(64).avif({ quality: 40, effort: 0 }).toBuffer();
      await expect(inspectImage(avif)).resolves.toMatchObject({ format: 'avif', mime: 'image/avif', width: 64 });
    });

    it('accepts progressive JPEG and refuses it truncated', async () => {
      const jpeg = await rawPhoto().jpeg({ progressive: true }).toBuffer();
      await expect(inspectImage(jpeg)).resolves.toMatchObject({ format: 'jpeg', width: 500, height: 332 });
      for (const cut of [0.3, 0.6, 0.95]) {
        const err = await errorOf(inspectImage(jpeg.subarray(0, Math.floor(jpeg.length * cut))));
        expect(err.code).toBe('invalid_media');
      }
    });

    it('is not fooled by the end marker of an embedded EXIF thumbnail', async () => {
      const thumb = await rawPhoto().resize(64).jpeg().toBuffer();
      const main = await rawPhoto().jpeg().toBuffer();
      // APP1 "Exif" segment carrying a complete JPEG (with its own SOS and EOI) right after SOI.
      const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), thumb]);
      const app1 = Buffer.alloc(4);
      app1.writeUInt16BE(0xffe1, 0);
      app1.writeUInt16BE(payload.length + 2, 2);
      const withThumb = Buffer.concat([main.subarray(0, 2), app1, payload, main.subarray(2)]);
      await expect(inspectImage(withThumb)).resolves.toMatchObject({ format: 'jpeg', width: 500 });
      const truncated = withThumb.subarray(0, 2 + app1.length + payload.length + 2000);
      expect((await errorOf(inspectImage(truncated))).code).toBe('invalid_media');
    });

    it('refuses a PNG without IEND and a WebP shorter than its RIFF size', async () => {
      const png = await rawPhoto().png().toBuffer();
      expect((await errorOf(inspectImage(png.subarray(0, png.length - 12)))).message).toMatch(/truncated/);
      const webp = await rawPhoto().webp().toBuffer();
      expect((await errorOf(inspectImage(webp.subarray(0, webp.length - 100)))).code).toBe('invalid_media');
    });

    it.each([
      [17_000, 17_000],
      [10_000, 10_000],
      [40_001, 1_000],
    ])('refuses a %i×%i PNG from its header (D2)', async (width, height) => {
      const err = await errorOf(inspectImage(pngHeaderOnly(width, height)));
      expect(err.code).toBe('invalid_media');
      expect(err.message).toContain(`${width}×${height}`);
    });

    it('applies a custom pixel cap exactly', async () => {
      const at = await sharp({ create: { width: 40, height: 25, channels: 3, background: '#888' } }).png().toBuffer();
      const over = await sharp({ create: { width: 40, height: 26, channels: 3, background: '#888' } }).png().toBuffer();
      await expect(inspectImage(at, { maxPixels: 1000 })).resolves.toMatchObject({ width: 40, height: 25 });
      expect((await errorOf(inspectImage(over, { maxPixels: 1000 }))).message).toMatch(/40×26/);
    });

    it('reads an animated GIF as its first frame (pages=1) and reports the frame count', async () => {
      const info = await inspectImage(readFileSync(join(BAD_INPUTS, 'animated-24-frames-tiny.gif')));
      expect(info).toMatchObject({ format: 'gif', width: 14, height: 25, pages: 24 });
    });

    it.each([
      ['TIFF', () => rawPhoto().tiff().toBuffer()],
      ['MP4 given as an image', async () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\0\0isommp41', 'latin1'), Buffer.alloc(64)])],
    ])('refuses %s as unsupported_media_type (D1)', async (_name, make) => {
      const bytes = await make();
      expect((await errorOf(inspectImage(bytes))).code).toBe('unsupported_media_type');
    });

    it('refuses a JPEG whose body is not JPEG', async () => {
      const fake = Buffer.concat([Buffer.from('ffd8ffe000104a464946000101', 'hex'), Buffer.alloc(200, 0x13)]);
      expect((await errorOf(inspectImage(fake))).code).toBe('invalid_media');
    });
  });

  it('passes every photo of the pets-eval set (no false rejects from the structure walk)', async () => {
    const files = readdirSync(PETS_EVAL).filter((f) => /\.(jpe?g|png)$/i.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const info = await inspectImage(readFileSync(join(PETS_EVAL, file)));
      expect(info.width, file).toBeGreaterThan(0);
    }
  });

  describe('Function: mapSharpError', () => {
    it.each([
      ['Input image exceeds pixel limit', 'invalid_media', /40 MP limit/],
      ['Input buffer contains unsupported image format', 'unsupported_media_type', /not supported/],
      ['VipsJpeg: premature end of JPEG image', 'invalid_media', /truncated or corrupt \(VipsJpeg: premature end of JPEG image\)/],
      ['Input Buffer is empty', 'invalid_media', /empty/],
      ['timeout: 100% complete', 'invalid_media', /too long/],
    ])('maps "%s" to %s', (message, code, text) => {
      const mapped = mapSharpError(new Error(message), 40_000_000);
      expect(mapped.code).toBe(code);
      expect(mapped.message).toMatch(text);
    });
  });
});
