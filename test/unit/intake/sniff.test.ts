import { BAD_INPUTS } from '../../support/shared-data.js';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import {
  IMAGE_CONTENT_TYPES,
  VIDEO_CONTENT_TYPES,
  kindOfContentType,
  sniff,
} from '../../../lambdas/engines/intake/sniff.js';

/** Magic-byte sniffing (docs/reference/reliability.md C8): Content-Type and extensions never decide the type. */

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string) => Buffer.from(s, 'latin1');
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + compatible.length * 4;
  const box = Buffer.alloc(size);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + i * 4, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(32)]);
};
const riff = (form: string) => Buffer.concat([ascii('RIFF'), hex('24000000'), ascii(form), Buffer.alloc(32)]);

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    return (err as AppError).code;
  }
};

describe('Function: sniff', () => {
  it.each([
    ['JPEG', hex('ffd8ffe000104a464946'), 'image', 'jpeg', 'image/jpeg'],
    ['PNG', Buffer.concat([hex('89504e470d0a1a0a'), Buffer.alloc(16)]), 'image', 'png', 'image/png'],
    ['GIF87a', ascii('GIF87a\x01\x00\x01\x00'), 'image', 'gif', 'image/gif'],
    ['GIF89a', ascii('GIF89a\x01\x00\x01\x00'), 'image', 'gif', 'image/gif'],
    ['WebP', riff('WEBP'), 'image', 'webp', 'image/webp'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'image', 'avif', 'image/avif'],
    ['AVIF via mif1', ftyp('mif1', 'avif'), 'image', 'avif', 'image/avif'],
    ['HEIC (iPhone: heic, mif1, miaf)', ftyp('heic', 'mif1', 'heic', 'miaf'), 'image', 'heic', 'image/heic'],
    ['HEIC via mif1', ftyp('mif1', 'mif1', 'heic'), 'image', 'heic', 'image/heic'],
    ['HEIF (mif1 without a coding brand)', ftyp('mif1', 'mif1', 'miaf'), 'image', 'heif', 'image/heif'],
    ['MP4 isom', ftyp('isom', 'isom', 'mp41'), 'video', 'mp4', 'video/mp4'],
    ['MP4 mp42', ftyp('mp42'), 'video', 'mp4', 'video/mp4'],
    ['3GP', ftyp('3gp5'), 'video', 'mp4', 'video/mp4'],
    ['QuickTime', ftyp('qt  '), 'video', 'mov', 'video/quicktime'],
    ['old QuickTime', Buffer.concat([hex('00000008'), ascii('wide'), Buffer.alloc(16)]), 'video', 'mov', 'video/quicktime'],
    ['WebM', Buffer.concat([hex('1a45dfa3 9f 4286810142f7810142f2810442f381084282'), ascii('\x84webm'), Buffer.alloc(8)]), 'video', 'webm', 'video/webm'],
    ['Matroska', Buffer.concat([hex('1a45dfa3 a3 4286810142f7810142f2810442f381084282'), ascii('\x88matroska'), Buffer.alloc(8)]), 'video', 'mkv', 'video/x-matroska'],
  ])('recognises %s', (_name, bytes, kind, format, mime) => {
    expect(sniff(bytes)).toEqual({ kind, format, mime });
  });

  it.each([
    ['SVG', ascii('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>'), 'unsupported_media_type', /SVG/],
    ['SVG with prolog', ascii('\ufeff<?xml version="1.0"?>\n<!-- cat -->\n<svg></svg>'), 'unsupported_media_type', /SVG/],
    ['PDF', ascii('%PDF-1.7\n%âãÏÓ\n'), 'unsupported_media_type', /PDF/],
    ['TIFF little-endian', hex('49492a0008000000'), 'unsupported_media_type', /TIFF/],
    ['TIFF big-endian', hex('4d4d002a00000008'), 'unsupported_media_type', /TIFF/],
    ['BMP', Buffer.concat([ascii('BM'), hex('3a000000 00000000 36000000 28000000'), Buffer.alloc(40)]), 'unsupported_media_type', /BMP/],
    ['ICO', hex('0000010001001010'), 'unsupported_media_type', /ICO/],
    ['JPEG 2000', hex('0000000c6a5020200d0a870a'), 'unsupported_media_type', /JPEG 2000/],
    ['JPEG XL', hex('ff0afa7f'), 'unsupported_media_type', /JPEG XL/],
    ['M4A', ftyp('M4A ', 'isom'), 'unsupported_media_type', /audio/],
    ['AVI', riff('AVI '), 'unsupported_media_type', /AVI/],
    ['WAV', riff('WAVE'), 'unsupported_media_type', /WAV/],
    ['HLS playlist', ascii('#EXTM3U\n#EXTINF:10,\nfile:///etc/passwd\n'), 'unsupported_media_type', /HLS/],
    ['ZIP', hex('504b0304140000000800'), 'unsupported_media_type', /ZIP/],
    ['Ogg', ascii('OggS\x00\x02\x00\x00'), 'unsupported_media_type', /Ogg/],
    ['FLV', ascii('FLV\x01\x05\x00\x00\x00\x09'), 'unsupported_media_type', /FLV/],
    ['MPEG-TS', Buffer.concat([Buffer.from([0x47]), Buffer.alloc(187), Buffer.from([0x47]), Buffer.alloc(187), Buffer.from([0x47])]), 'unsupported_media_type', /MPEG-TS/],
    ['unknown binary', hex('00ff00ff1234567890abcdef00'), 'unsupported_media_type', /unrecognised/],
    ['empty', Buffer.alloc(0), 'invalid_media', /empty/],
    ['HTML', ascii('<!DOCTYPE html><html><body>Not found</body></html>'), 'invalid_media', /HTML page/],
    ['HTML without doctype', ascii('  \n<html lang="en"><head></head></html>'), 'invalid_media', /HTML page/],
    ['JSON', ascii('{"error":"not found"}'), 'invalid_media', /JSON/],
    ['plain text', ascii('This is not an image, it is plain text.'), 'invalid_media', /plain text/],
    ['text starting with BM', ascii('BMW owners love their dogs, says a survey of 12 people.'), 'invalid_media', /plain text/],
    ['text starting with G', ascii('GET / HTTP/1.1\r\nHost: example.com\r\n\r\n' + 'x'.repeat(400)), 'invalid_media', /plain text/],
  ])('refuses %s', (_name, bytes, code, message) => {
    expect(codeOf(() => sniff(bytes))).toBe(code);
    expect(() => sniff(bytes)).toThrow(message);
  });

  it('ignores what the file name says (PNG bytes named .jpg)', () => {
    const bytes = readFileSync(join(BAD_INPUTS, 'png-content-with-jpg-extension.jpg'));
    expect(sniff(bytes).format).toBe('png');
  });

  it('refuses the other kind when one is expected', () => {
    expect(codeOf(() => sniff(ftyp('isom'), { expect: 'image' }))).toBe('unsupported_media_type');
    expect(() => sniff(ftyp('isom'), { expect: 'image' })).toThrow(/Expected an image but the file is a MP4 video/);
    expect(codeOf(() => sniff(hex('ffd8ffe0'), { expect: 'video' }))).toBe('unsupported_media_type');
    expect(sniff(hex('ffd8ffe0'), { expect: 'image' }).format).toBe('jpeg');
  });

  it('lists the accepted Content-Types for presigned uploads', () => {
    expect(IMAGE_CONTENT_TYPES).toEqual(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic', 'image/heif']);
    expect(VIDEO_CONTENT_TYPES).toEqual(['video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska']);
    expect(kindOfContentType('image/JPEG; charset=binary')).toBe('image');
    expect(kindOfContentType('video/webm')).toBe('video');
    expect(kindOfContentType('image/svg+xml')).toBeUndefined();
    expect(kindOfContentType('image/heic')).toBe('image');
    expect(kindOfContentType('image/tiff')).toBeUndefined();
    expect(kindOfContentType('video/x-msvideo')).toBeUndefined();
  });
});
