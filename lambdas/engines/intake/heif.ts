import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, errors } from '../../domain/errors.js';
import { runTool } from '../process/index.js';

/**
 * HEIC/HEIF stills, what iPhones save by default (docs/media-intake.md "HEIC and HEIF"). sharp's
 * prebuilt libvips reads HEIF containers but has no HEVC decoder, so HEVC-coded images are decoded by
 * libheif's `heif-convert` (Debian's libheif with libde265; `HEIF_CONVERT_PATH`) into a JPEG that the
 * usual sharp pipeline (pixel limit, strict decode) then reads.
 *
 * Before anything is decoded, the ISO-BMFF boxes are read here ({@link readHeifHeader}): the primary
 * item's declared size (`ispe`) against the same pixel cap as every image (40 MP), the declared sizes
 * of all coded items together (grid tiles, thumbnails) against twice that, and a file that ends inside a
 * box is refused as truncated. libheif applies the HEIF transformations (`irot`, `imir`) when it
 * decodes, and the EXIF orientation of a HEIF is informational only (ISO/IEC 23008-12): iPhones keep
 * Orientation 6 next to `irot`, and Debian 12's heif-convert copies that EXIF into the upright JPEG, so
 * the JPEG's EXIF is removed ({@link withoutExif}) and nothing downstream rotates it a second time. Grid (tiled) images, as
 * iPhones write them (512×512 tiles), are assembled by libheif. Alpha is not kept (the JPEG has none):
 * transparent HEIF pixels show their colour values.
 */

/** What the header says about the primary image. */
export interface HeifHeader {
  /** `heic` when the brands name HEVC, else `heif`. */
  brand: string;
  /** Coded size of the primary item (`ispe`), before rotation. */
  codedWidth: number;
  codedHeight: number;
  /** Display size: `irot` of 90° or 270° swaps width and height. */
  width: number;
  height: number;
  /** `irot` angle in degrees, anticlockwise (0, 90, 180, 270). */
  rotation: number;
  /** Item type of the primary item (`hvc1`, `grid`, `av01`, `jpeg`, …). */
  itemType: string;
  /** Number of tiles when the primary item is a `grid`. */
  tiles?: number;
  /** Declared pixels of every coded (non-derived) image item together. */
  codedPixels: number;
}

interface Box {
  type: string;
  start: number;
  /** Start of the payload (after size, type and, for full boxes, nothing: the caller skips version/flags). */
  body: number;
  end: number;
}

const CODED_TYPES = new Set(['hvc1', 'av01', 'jpeg', 'vvc1', 'avc1', 'j2k1', 'unci']);

const formatMp = (pixels: number): string => `${Math.round(pixels / 100_000) / 10} MP`;

function corrupt(detail: string): AppError {
  return errors.invalidMedia(`The HEIC/HEIF image is truncated or corrupt (${detail}).`);
}

/** The boxes in [start, end) of `b`; a box that runs past `end` means the file is cut short. */
function boxesIn(b: Buffer, start: number, end: number): Box[] {
  const out: Box[] = [];
  let i = start;
  while (i + 8 <= end) {
    let size = b.readUInt32BE(i);
    const type = b.toString('latin1', i + 4, i + 8);
    let header = 8;
    if (size === 1) {
      if (i + 16 > end) throw corrupt('a box header is cut short');
      const large = b.readBigUInt64BE(i + 8);
      if (large > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt(`the '${type}' box is impossibly large`);
      size = Number(large);
      header = 16;
    } else if (size === 0) {
      size = end - i;
    }
    if (size < header) throw corrupt(`the '${type}' box has an invalid size`);
    if (i + size > end) throw corrupt(`the data ends inside the '${type}' box`);
    out.push({ type, start: i, body: i + header, end: i + size });
    i += size;
  }
  if (i !== end && end - i < 8 && end - i > 0) throw corrupt('the data ends inside a box header');
  return out;
}

const child = (boxes: Box[], type: string) => boxes.find((x) => x.type === type);

/**
 * Reads a HEIF file's structure without decoding anything.
 * @throws AppError `invalid_media` when a box runs past the end of the file (truncated) or the primary
 *   image's size cannot be found.
 */
export function readHeifHeader(bytes: Buffer): HeifHeader {
  const top = boxesIn(bytes, 0, bytes.length);
  const ftyp = child(top, 'ftyp');
  const brand = ftyp ? bytes.toString('latin1', ftyp.body, ftyp.body + 4) : '';
  const brands = ftyp ? Array.from({ length: Math.max(0, (ftyp.end - ftyp.body - 8) / 4) }, (_, k) => bytes.toString('latin1', ftyp.body + 8 + 4 * k, ftyp.body + 12 + 4 * k)) : [];
  const meta = child(top, 'meta');
  if (!meta) throw corrupt("it has no 'meta' box");
  const metaBoxes = boxesIn(bytes, meta.body + 4, meta.end);

  const pitm = child(metaBoxes, 'pitm');
  if (!pitm) throw corrupt('it names no primary image');
  const primary = bytes[pitm.body] === 0 ? bytes.readUInt16BE(pitm.body + 4) : bytes.readUInt32BE(pitm.body + 4);

  // Item types (iinf → infe, versions 2 and 3 carry item_type).
  const types = new Map<number, string>();
  const iinf = child(metaBoxes, 'iinf');
  if (iinf) {
    const v = bytes[iinf.body]!;
    for (const infe of boxesIn(bytes, iinf.body + 4 + (v === 0 ? 2 : 4), iinf.end)) {
      if (infe.type !== 'infe') continue;
      const iv = bytes[infe.body]!;
      if (iv < 2) continue;
      const id = iv === 2 ? bytes.readUInt16BE(infe.body + 4) : bytes.readUInt32BE(infe.body + 4);
      const at = infe.body + 4 + (iv === 2 ? 2 : 4) + 2;
      types.set(id, bytes.toString('latin1', at, at + 4));
    }
  }

  // Properties (ipco, 1-based) and their associations (ipma).
  const iprp = child(metaBoxes, 'iprp');
  if (!iprp) throw corrupt('it has no item properties');
  const iprpBoxes = boxesIn(bytes, iprp.body, iprp.end);
  const ipco = child(iprpBoxes, 'ipco');
  if (!ipco) throw corrupt('it has no item properties');
  const properties = boxesIn(bytes, ipco.body, ipco.end);
  const associations = new Map<number, number[]>();
  for (const ipma of iprpBoxes.filter((x) => x.type === 'ipma')) {
    const version = bytes[ipma.body]!;
    const wide = (bytes[ipma.body + 3]! & 1) === 1;
    let i = ipma.body + 4;
    const count = bytes.readUInt32BE(i);
    i += 4;
    for (let e = 0; e < count && i < ipma.end; e++) {
      const id = version < 1 ? bytes.readUInt16BE(i) : bytes.readUInt32BE(i);
      i += version < 1 ? 2 : 4;
      const n = bytes[i]!;
      i += 1;
      const list = associations.get(id) ?? [];
      for (let a = 0; a < n && i < ipma.end; a++) {
        list.push(wide ? bytes.readUInt16BE(i) & 0x7fff : bytes[i]! & 0x7f);
        i += wide ? 2 : 1;
      }
      associations.set(id, list);
    }
  }
  const propertyOf = (id: number, type: string): Box | undefined =>
    (associations.get(id) ?? []).map((index) => properties[index - 1]).find((p) => p?.type === type);
  const sizeOf = (id: number): { width: number; height: number } | undefined => {
    const ispe = propertyOf(id, 'ispe');
    if (!ispe || ispe.end - ispe.body < 12) return undefined;
    return { width: bytes.readUInt32BE(ispe.body + 4), height: bytes.readUInt32BE(ispe.body + 8) };
  };

  const size = sizeOf(primary);
  if (!size || size.width === 0 || size.height === 0) throw corrupt('the primary image declares no size');
  const irot = propertyOf(primary, 'irot');
  const rotation = irot ? (bytes[irot.body]! & 3) * 90 : 0;
  let codedPixels = 0;
  for (const [id, type] of types) {
    if (!CODED_TYPES.has(type)) continue;
    const s = sizeOf(id);
    if (s) codedPixels += s.width * s.height;
  }
  const itemType = types.get(primary) ?? '';
  let tiles: number | undefined;
  if (itemType === 'grid') {
    const iref = child(metaBoxes, 'iref');
    if (iref) {
      const v = bytes[iref.body]!;
      for (const ref of boxesIn(bytes, iref.body + 4, iref.end)) {
        const from = v === 0 ? bytes.readUInt16BE(ref.body) : bytes.readUInt32BE(ref.body);
        if (ref.type === 'dimg' && from === primary) tiles = bytes.readUInt16BE(ref.body + (v === 0 ? 2 : 4));
      }
    }
  }
  const quarter = rotation === 90 || rotation === 270;
  const all = [brand, ...brands];
  return {
    brand: all.some((x) => ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx'].includes(x)) ? 'heic' : 'heif',
    codedWidth: size.width,
    codedHeight: size.height,
    width: quarter ? size.height : size.width,
    height: quarter ? size.width : size.height,
    rotation,
    itemType,
    ...(tiles !== undefined ? { tiles } : {}),
    codedPixels,
  };
}

/**
 * Refuses a HEIF whose header declares more than `maxPixels` (the primary image) or more than twice
 * that over all coded items, before anything is decoded.
 * @throws AppError `invalid_media` naming the size and the limit.
 */
export function checkHeifLimits(header: HeifHeader, maxPixels: number): void {
  const pixels = header.codedWidth * header.codedHeight;
  if (pixels > maxPixels) {
    throw errors.invalidMedia(`The image is ${header.width}×${header.height} (${formatMp(pixels)}); the limit is ${formatMp(maxPixels)}.`);
  }
  if (header.codedPixels > 2 * maxPixels) {
    throw errors.invalidMedia(`The image's parts declare ${formatMp(header.codedPixels)} in all; the limit is ${formatMp(maxPixels)}.`);
  }
}

export interface DecodeHeifOptions {
  /** Pixel cap of the primary image; default 40 MP. */
  maxPixels?: number;
  /** Deadline of the decoder process; default 15 s. */
  timeoutMs?: number;
  /** Parent of the private temp directory; default `os.tmpdir()`. */
  tmpDir?: string;
  signal?: AbortSignal;
}

/**
 * `jpeg` without its EXIF APP1 segments (everything else, ICC profile included, is kept byte for byte).
 * Used on libheif's output, whose pixels are already upright (see the module comment).
 */
export function withoutExif(jpeg: Buffer): Buffer {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return jpeg;
  const parts: Buffer[] = [jpeg.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // SOS / EOI: the rest is copied as is
    const end = i + 2 + jpeg.readUInt16BE(i + 2);
    if (end > jpeg.length) break;
    const exif = marker === 0xe1 && jpeg.toString('latin1', i + 4, i + 10) === 'Exif\0\0';
    if (!exif) parts.push(jpeg.subarray(i, end));
    i = end;
  }
  parts.push(jpeg.subarray(i));
  return Buffer.concat(parts);
}

/** JPEG quality of the decoded still (visually lossless for detection and the 720×1280 render). */
const DECODED_JPEG_QUALITY = 95;

/**
 * Decodes the primary image of a HEIC/HEIF into an upright JPEG (transformations applied), after
 * {@link readHeifHeader} and {@link checkHeifLimits}. The bytes go to a private temp file that is
 * removed whatever happens; the decoder is killed at its deadline.
 * @throws AppError `invalid_media` (truncated, corrupt, over the limits, undecodable) or
 *   `detector_error` (502) when the decoder is not installed.
 */
export async function decodeHeif(bytes: Buffer, options: DecodeHeifOptions = {}): Promise<{ jpeg: Buffer; header: HeifHeader }> {
  const header = readHeifHeader(bytes);
  checkHeifLimits(header, options.maxPixels ?? 40_000_000);
  const dir = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'pet-roast-heif-'));
  try {
    const input = join(dir, 'input.heic');
    const output = join(dir, 'decoded.jpg');
    await writeFile(input, bytes, { mode: 0o600, flag: 'wx' });
    let result;
    try {
      result = await runTool('heifConvert', ['--quiet', '-q', String(DECODED_JPEG_QUALITY), input, output], { timeoutMs: options.timeoutMs ?? 15_000, signal: options.signal });
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw errors.detector('The HEIC/HEIF decoder could not be started; it is safe to retry.', err);
    }
    if (result.timedOut) throw errors.invalidMedia('Decoding the HEIC/HEIF image took too long; it is probably malformed.');
    const jpeg = result.code === 0 ? await readFile(output).catch(() => undefined) : undefined;
    if (!jpeg || jpeg.length === 0) {
      // libheif's message stays in the cause (logs); the client message never carries paths or tool output.
      throw errors.invalidMedia('The HEIC/HEIF image could not be decoded (the file is damaged, or its image coding is not supported).', new Error(result.stderr));
    }
    return { jpeg: withoutExif(jpeg), header };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
