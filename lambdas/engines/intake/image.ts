import { AppError, errors } from '../../domain/errors.js';
import { checkHeifLimits, readHeifHeader } from './heif.js';
import { DEFAULT_MAX_PIXELS, safeSharp } from './sharp-safe.js';
import { sniff, type ImageFormat } from './sniff.js';

/**
 * Cheap, header-only inspection of an untrusted image (docs/reference/reliability.md D1–D3): magic-byte sniffing, the
 * declared dimensions against the pixel cap (decompression bombs are refused from the header and never
 * decoded), a structural completeness walk for JPEG/PNG/WebP (a truncated file is refused without
 * decoding it), then `safeSharp(...).metadata()`.
 */

export interface ImageInfo {
  format: ImageFormat;
  mime: string;
  /** Display width after EXIF orientation. */
  width: number;
  /** Display height after EXIF orientation. */
  height: number;
  /** EXIF orientation (1–8) when present. */
  orientation?: number;
  /** Frames in an animation (only the first is ever decoded). */
  pages?: number;
  channels?: number;
  hasAlpha?: boolean;
}

export interface InspectImageOptions {
  /** Pixel cap (width × height); default 40 MP. */
  maxPixels?: number;
  /** libvips timeout for the header read; default 5 s. */
  timeoutSeconds?: number;
}

const formatMp = (pixels: number): string => {
  const mp = pixels / 1_000_000;
  return `${mp >= 100 ? Math.round(mp) : Math.round(mp * 10) / 10} MP`;
};

function tooManyPixels(width: number, height: number, maxPixels: number): AppError {
  return errors.invalidMedia(
    `The image is ${width}×${height} (${formatMp(width * height)}); the limit is ${formatMp(maxPixels)}.`,
  );
}

/**
 * Maps an error from sharp/libvips over untrusted bytes to a client-facing AppError (400).
 * Use it around decodes too, so every pipeline reports bad input the same way.
 * @param format the format `sniff` found: when the bytes are one of the accepted formats and the
 *   decoder still calls them unsupported, the message says what arrived (e.g. an AVIF using a feature
 *   the decoder lacks) instead of listing that very format as supported (docs/media-intake.md).
 */
export function mapSharpError(err: unknown, maxPixels: number = DEFAULT_MAX_PIXELS, format?: ImageFormat): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/exceeds pixel limit/i.test(message)) {
    return errors.invalidMedia(`The image has more pixels than the ${formatMp(maxPixels)} limit.`, err);
  }
  if (/unsupported image format|is not a known file format|blocked/i.test(message)) {
    if (format) {
      return errors.unsupportedMediaType(
        `The file is ${format === 'avif' ? 'an' : 'a'} ${format.toUpperCase()} image that uses a feature our decoder does not support; send it as a JPEG or PNG.`,
      );
    }
    return errors.unsupportedMediaType('The image format is not supported. Send a JPEG, PNG, WebP, GIF, AVIF or HEIC/HEIF image.');
  }
  if (/empty/i.test(message)) return errors.invalidMedia('The image is empty (0 bytes).', err);
  if (/timeout/i.test(message)) return errors.invalidMedia('The image took too long to read; it is probably malformed.', err);
  const detail = message.split('\n')[0]?.slice(0, 160) ?? '';
  return errors.invalidMedia(`The image is truncated or corrupt${detail ? ` (${detail})` : ''}.`, err);
}

interface Structure {
  complete: boolean;
  width?: number;
  height?: number;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * Walks JPEG markers (skipping APPn segments by length, so an EXIF thumbnail's own SOS/EOI is not
 * mistaken for the main image's) and entropy-coded data up to EOI. Reads the frame size from SOF.
 */
function jpegStructure(b: Buffer): Structure {
  const out: Structure = { complete: false };
  let i = 2;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) {
      const next = b.indexOf(0xff, i);
      if (next < 0) break;
      i = next;
      continue;
    }
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd9) return { ...out, complete: true };
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (i + 4 > b.length) break;
    const length = b.readUInt16BE(i + 2);
    if (length < 2) return out;
    if (SOF_MARKERS.has(marker) && out.width === undefined && i + 9 <= b.length) {
      out.height = b.readUInt16BE(i + 5);
      out.width = b.readUInt16BE(i + 7);
    }
    let j = i + 2 + length;
    if (marker === 0xda) {
      // Entropy-coded data: 0xFF is followed by 0x00 (stuffing), RSTn or fill; anything else is the next marker.
      for (;;) {
        j = b.indexOf(0xff, j);
        if (j < 0 || j + 1 >= b.length) return out;
        const n = b[j + 1]!;
        if (n === 0x00 || (n >= 0xd0 && n <= 0xd7)) j += 2;
        else if (n === 0xff) j += 1;
        else break;
      }
    }
    i = j;
  }
  return out;
}

/** Walks PNG chunks by their lengths up to IEND; reads IHDR. CRCs are left to libpng. */
function pngStructure(b: Buffer): Structure {
  const out: Structure = { complete: false };
  if (b.length >= 24 && b.toString('latin1', 12, 16) === 'IHDR') {
    out.width = b.readUInt32BE(16);
    out.height = b.readUInt32BE(20);
  }
  let i = 8;
  while (i + 8 <= b.length) {
    const length = b.readUInt32BE(i);
    if (length > 0x7fffffff) return out;
    if (b.toString('latin1', i + 4, i + 8) === 'IEND') return { ...out, complete: true };
    i += 12 + length;
  }
  return out;
}

/** RIFF size against the bytes present; canvas size from VP8X / VP8 / VP8L. */
function webpStructure(b: Buffer): Structure {
  if (b.length < 30) return { complete: false };
  const out: Structure = { complete: b.readUInt32LE(4) + 8 <= b.length };
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X') {
    out.width = 1 + b.readUIntLE(24, 3);
    out.height = 1 + b.readUIntLE(27, 3);
  } else if (chunk === 'VP8 ') {
    out.width = b.readUInt16LE(26) & 0x3fff;
    out.height = b.readUInt16LE(28) & 0x3fff;
  } else if (chunk === 'VP8L') {
    const b1 = b[21]!;
    const b2 = b[22]!;
    const b3 = b[23]!;
    const b4 = b[24]!;
    out.width = 1 + (((b2 & 0x3f) << 8) | b1);
    out.height = 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6));
  }
  return out;
}

function structureOf(format: ImageFormat, bytes: Buffer): Structure | undefined {
  switch (format) {
    case 'jpeg':
      return jpegStructure(bytes);
    case 'png':
      return pngStructure(bytes);
    case 'webp':
      return webpStructure(bytes);
    case 'gif':
      return bytes.length >= 10 ? { complete: true, width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) } : { complete: false };
    default:
      return undefined; // AVIF: sharp reads the header; failOn 'warning' catches the rest at decode.
  }
}

/**
 * Format and EXIF-oriented size of an untrusted image, without decoding pixel data.
 * For HEIC/HEIF the size comes from the ISO-BMFF header (intake/heif.ts `readHeifHeader`).
 * @throws AppError `invalid_media` (empty, text, truncated, corrupt, over the pixel cap) or
 *   `unsupported_media_type` (SVG, PDF, TIFF, videos, anything outside JPEG/PNG/WebP/GIF/AVIF/HEIC/HEIF).
 */
export async function inspectImage(bytes: Buffer, options: InspectImageOptions = {}): Promise<ImageInfo> {
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const sniffed = sniff(bytes, { expect: 'image' });
  if (sniffed.kind !== 'image') throw errors.unsupportedMediaType('Expected an image.');

  if (sniffed.format === 'heic' || sniffed.format === 'heif') {
    // sharp cannot decode HEVC: the ISO-BMFF header gives the size (and the rotation), checked here
    // before libheif decodes anything (intake/heif.ts).
    const header = readHeifHeader(bytes);
    checkHeifLimits(header, maxPixels);
    return { format: sniffed.format, mime: sniffed.mime, width: header.width, height: header.height };
  }

  // Bombs are refused from the declared size before libvips sees them.
  const structure = structureOf(sniffed.format, bytes);
  if (structure?.width !== undefined && structure.height !== undefined) {
    if (structure.width === 0 || structure.height === 0) {
      throw errors.invalidMedia(`The image header declares an empty ${structure.width}×${structure.height} image.`);
    }
    if (structure.width * structure.height > maxPixels) throw tooManyPixels(structure.width, structure.height, maxPixels);
  }

  let metadata;
  try {
    metadata = await safeSharp(bytes, { maxPixels, timeoutSeconds: options.timeoutSeconds ?? 5 }).metadata();
  } catch (err) {
    throw mapSharpError(err, maxPixels, sniffed.format);
  }
  const width = metadata.width;
  const height = metadata.height;
  if (!width || !height) throw errors.invalidMedia('The image has no readable dimensions.');
  if (width * height > maxPixels) throw tooManyPixels(width, height, maxPixels);
  const expected = sniffed.format === 'avif' ? 'heif' : sniffed.format;
  if (metadata.format !== expected) {
    throw errors.invalidMedia(`The image looks like ${sniffed.format.toUpperCase()} but does not decode as one.`);
  }
  if (structure && !structure.complete) {
    throw errors.invalidMedia('The image is truncated or corrupt (the data ends before the end-of-image marker).');
  }

  const rotated = (metadata.orientation ?? 1) >= 5;
  return {
    format: sniffed.format,
    mime: sniffed.mime,
    width: metadata.autoOrient?.width ?? (rotated ? height : width),
    height: metadata.autoOrient?.height ?? (rotated ? width : height),
    ...(metadata.orientation !== undefined ? { orientation: metadata.orientation } : {}),
    ...(metadata.pages !== undefined ? { pages: metadata.pages } : {}),
    ...(metadata.channels !== undefined ? { channels: metadata.channels } : {}),
    ...(metadata.hasAlpha !== undefined ? { hasAlpha: metadata.hasAlpha } : {}),
  };
}
