import { BAD_INPUTS, FIELD_CASES, PETS_EVAL } from '../../support/shared-data.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRgb } from '../../../lambdas/engines/detection/preprocess.js';
import { mapSharpError } from '../../../lambdas/engines/intake/image.js';
import { isRecoverableDecoderWarning, sharp } from '../../../lambdas/engines/intake/sharp-safe.js';

/**
 * Field case 1 (issue 13): phone JPEGs that libjpeg decodes with a *recoverable* warning are accepted
 * with exactly the pixels of the clean file; truncated or corrupt scans are still refused.
 * Siblings are built here, byte by byte, from dev photos.
 */

interface Segment {
  marker: number;
  at: number;
}

/** Marker segments of a JPEG up to EOI (entropy-coded data skipped). */
function segments(b: Buffer): Segment[] {
  const out: Segment[] = [];
  let i = 2;
  while (i < b.length - 1) {
    if (b[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = b[i + 1]!;
    out.push({ marker, at: i });
    if (marker === 0xd9) break;
    const length = b.readUInt16BE(i + 2);
    let j = i + 2 + length;
    if (marker === 0xda) {
      for (;;) {
        j = b.indexOf(0xff, j);
        const n = b[j + 1]!;
        if (n === 0x00 || (n >= 0xd0 && n <= 0xd7)) j += 2;
        else break;
      }
    }
    i = j;
  }
  return out;
}

const at = (b: Buffer, marker: number): number => {
  const seg = segments(b).find((s) => s.marker === marker);
  if (!seg) throw new Error(`no marker ${marker.toString(16)}`);
  return seg.at;
};
const insert = (b: Buffer, offset: number, bytes: number[]): Buffer =>
  Buffer.concat([b.subarray(0, offset), Buffer.from(bytes), b.subarray(offset)]);

/** Baseline SOS with Se = 0 (what Samsung cameras write; libjpeg: JWRN_NOT_SEQUENTIAL). */
function spectralEndZero(b: Buffer): Buffer {
  const out = Buffer.from(b);
  const sos = at(out, 0xda);
  const components = out[sos + 4]!;
  out[sos + 5 + 2 * components + 1] = 0;
  return out;
}

const photo = (name: string) => readFileSync(join(PETS_EVAL, name));
/** 768×576, with a DRI segment and restart markers in its scan. */
const dog = photo('darknet-dog-bicycle-truck.jpg');
const cat = photo('dogsvscats-cat-0001.jpg');

const rgb = (bytes: Buffer) => decodeRgb(bytes, (width, height) => ({ width, height }));
const refusal = async (bytes: Buffer) => mapSharpError(await rgb(bytes).then(() => undefined, (e: unknown) => e));

describe('Recoverable libjpeg warnings (field case 1)', () => {
  it('the field case (Se=0 baseline SOS) decodes to exactly the pixels of the clean photo', async () => {
    // Prepare
    const field = readFileSync(join(FIELD_CASES, 'jpeg-sos-spectral-end-zero.jpg'));
    const strict = await sharp(field, { failOn: 'warning' }).raw().toBuffer().then(() => undefined, (e: unknown) => e);

    // Act
    const decoded = await rgb(field);
    const clean = await rgb(dog);

    // Assess: libvips' strict mode does stop on it; the service decodes it anyway, identically.
    expect(isRecoverableDecoderWarning(strict)).toBe(true);
    expect(decoded.width).toBe(768);
    expect(decoded.height).toBe(576);
    expect(decoded.data.equals(clean.data)).toBe(true);
  });

  it.each([
    ['Se=0 baseline SOS in another photo', () => spectralEndZero(cat), cat],
    ['3 stray bytes before SOF', () => insert(dog, at(dog, 0xc0), [0x12, 0x34, 0x56]), dog],
    ['1 stray byte before DQT', () => insert(cat, at(cat, 0xdb), [0x00]), cat],
    ['CR LF between the last header segment and SOS', () => insert(dog, at(dog, 0xda), [0x0d, 0x0a]), dog],
    ['stray bytes before SOF and an odd SOS together', () => insert(spectralEndZero(cat), at(cat, 0xc0), [0x7f]), cat],
    ['a stray restart marker between header segments', () => insert(dog, at(dog, 0xc0), [0xff, 0xd3]), dog],
    ['a trailing restart marker before EOI', () => insert(dog, at(dog, 0xd9), [0xff, 0xd7]), dog],
  ])('sibling: %s → accepted with the clean pixels', async (_name, build, clean) => {
    // Act
    const decoded = await rgb(build());

    // Assess
    expect(decoded.data.equals((await rgb(clean)).data)).toBe(true);
  });

  it.each([
    ['the shared truncated photo', () => readFileSync(join(BAD_INPUTS, 'truncated-half-cat.jpg'))],
    ['a scan cut at 60 %', () => dog.subarray(0, Math.floor(dog.length * 0.6))],
    [
      'garbage inside the entropy-coded data (extraneous bytes before a restart marker)',
      () => {
        const b = Buffer.from(dog);
        const middle = Math.floor((at(dog, 0xda) + at(dog, 0xd9)) / 2);
        for (let k = 0; k < 200; k++) b[middle + k] = (k * 37) & 0x7f;
        return b;
      },
    ],
    ['a DRI of 0 that leaves the restart markers unexpected', () => insert(dog, at(dog, 0xda), [0xff, 0xdd, 0, 4, 0, 0])],
  ])('still refused: %s → 400 invalid_media "truncated or corrupt"', async (_name, build) => {
    // Act
    const err = await refusal(build());

    // Assess
    expect(err.status).toBe(400);
    expect(err.code).toBe('invalid_media');
    expect(err.message).toMatch(/truncated or corrupt/);
  });

  it.each([
    ['VipsJpeg: Invalid SOS parameters for sequential JPEG', true],
    ['VipsJpeg: Corrupt JPEG data: 3 extraneous bytes before marker 0xc0', true],
    ['VipsJpeg: Warning: unknown JFIF revision number 2.01', true],
    ['VipsJpeg: Corrupt JPEG data: 64 extraneous bytes before marker 0xd4', false],
    ['VipsJpeg: Corrupt JPEG data: 2 extraneous bytes before marker 0xd9', false],
    ['VipsJpeg: premature end of JPEG image', false],
    ['VipsJpeg: Corrupt JPEG data: bad Huffman code', false],
    ['VipsJpeg: Corrupt JPEG data: found marker 0xd5 instead of RST4', false],
  ])('classifies %j as recoverable=%s', (message, recoverable) => {
    expect(isRecoverableDecoderWarning(new Error(message))).toBe(recoverable);
  });
});
