import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A minimal HEIF (ISO/IEC 23008-12) writer for test fixtures: HEVC images coded by libheif's
 * `heif-enc` (one per tile), re-assembled the way phones write them — a single image or a `grid` of
 * tiles (iPhones: 512×512 tiles), an `irot` rotation, the brand of choice (`heic`, or `mif1` with
 * `heic` only among the compatible brands), and optionally a declared size (`ispe`) that is not the
 * coded one (a header that lies about its size). Small files, written to a temp dir, never committed.
 */

/** One HEVC-coded image as heif-enc wrote it: its decoder configuration box and its coded data. */
export interface HevcImage {
  /** The whole `hvcC` box (size and type included). */
  hvcC: Buffer;
  /** The image item's coded data (length-prefixed NAL units). */
  data: Buffer;
  width: number;
  height: number;
}

interface RawBox {
  type: string;
  start: number;
  body: number;
  end: number;
}

function boxes(b: Buffer, start: number, end: number): RawBox[] {
  const out: RawBox[] = [];
  for (let i = start; i + 8 <= end; ) {
    const size = b.readUInt32BE(i);
    out.push({ type: b.toString('latin1', i + 4, i + 8), start: i, body: i + 8, end: i + size });
    i += size;
  }
  return out;
}

const readN = (b: Buffer, at: number, n: number): number => (n === 0 ? 0 : n === 2 ? b.readUInt16BE(at) : n === 4 ? b.readUInt32BE(at) : Number(b.readBigUInt64BE(at)));

/** Codes `jpegFile` (any image heif-enc reads) as HEVC with heif-enc and returns its hvcC box and data. */
export function encodeHevc(imageFile: string, outFile: string, quality = 80): HevcImage {
  execFileSync('heif-enc', ['-q', String(quality), '-o', outFile, imageFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const b = readFileSync(outFile);
  const meta = boxes(b, 0, b.length).find((x) => x.type === 'meta')!;
  const inner = boxes(b, meta.body + 4, meta.end);
  const iprp = inner.find((x) => x.type === 'iprp')!;
  const ipco = boxes(b, iprp.body, iprp.end).find((x) => x.type === 'ipco')!;
  const props = boxes(b, ipco.body, ipco.end);
  const hvcC = props.find((x) => x.type === 'hvcC')!;
  const ispe = props.find((x) => x.type === 'ispe')!;
  const pitm = inner.find((x) => x.type === 'pitm')!;
  const primary = b.readUInt16BE(pitm.body + 4);
  // iloc: find the primary item's extents.
  const iloc = inner.find((x) => x.type === 'iloc')!;
  const version = b[iloc.body]!;
  let i = iloc.body + 4;
  const offsetSize = b[i]! >> 4;
  const lengthSize = b[i]! & 15;
  const baseSize = b[i + 1]! >> 4;
  const indexSize = version >= 1 ? b[i + 1]! & 15 : 0;
  i += 2;
  const count = version < 2 ? b.readUInt16BE(i) : b.readUInt32BE(i);
  i += version < 2 ? 2 : 4;
  for (let k = 0; k < count; k++) {
    const id = version < 2 ? b.readUInt16BE(i) : b.readUInt32BE(i);
    i += version < 2 ? 2 : 4;
    if (version >= 1) i += 2;
    i += 2; // data_reference_index
    const base = readN(b, i, baseSize);
    i += baseSize;
    const extents = b.readUInt16BE(i);
    i += 2;
    const parts: Buffer[] = [];
    for (let e = 0; e < extents; e++) {
      i += indexSize;
      const offset = readN(b, i, offsetSize);
      i += offsetSize;
      const length = readN(b, i, lengthSize);
      i += lengthSize;
      parts.push(b.subarray(base + offset, base + offset + length));
    }
    if (id === primary) {
      return { hvcC: Buffer.from(b.subarray(hvcC.start, hvcC.end)), data: Buffer.concat(parts), width: b.readUInt32BE(ispe.body + 4), height: b.readUInt32BE(ispe.body + 8) };
    }
  }
  throw new Error('heif-enc wrote no primary item');
}

const u8 = (n: number) => Buffer.from([n & 0xff]);
const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body]);
};
const fullBox = (type: string, version: number, flags: number, ...parts: Buffer[]) => box(type, u8(version), u8(flags >> 16), u16(flags & 0xffff), ...parts);
const ispe = (w: number, h: number) => fullBox('ispe', 0, 0, u32(w), u32(h));

export interface HeifLayout {
  /** Major brand; compatible brands follow. */
  brand: string;
  compatible: string[];
  /** One image, or the tiles of a grid in row-major order. */
  tiles: HevcImage[];
  /** Grid layout when there are several tiles. */
  grid?: { rows: number; columns: number; width: number; height: number };
  /** `irot` on the primary item, degrees anticlockwise. */
  rotation?: 0 | 90 | 180 | 270;
  /** Declared size of the primary item (`ispe`), when it should differ from the coded one. */
  declared?: { width: number; height: number };
  /**
   * An `Exif` metadata item describing the primary image (`cdsc`) with this Orientation tag (1–8), as
   * iPhones write next to `irot` (orientation 6 for a photo taken upright, irot 270).
   */
  exifOrientation?: number;
}

/** A minimal Exif payload (HEIF Exif item: 4-byte TIFF header offset, then big-endian TIFF) with one Orientation tag. */
function exifWithOrientation(orientation: number): Buffer {
  const tiff = Buffer.concat([
    Buffer.from('MM\0*', 'latin1'), u32(8), // header, IFD0 at 8
    u16(1), u16(0x0112), u16(3), u32(1), u16(orientation), u16(0), // one entry: Orientation SHORT
    u32(0), // no next IFD
  ]);
  return Buffer.concat([u32(0), tiff]);
}

/** Writes a HEIF file with the given layout. */
export function writeHeif(layout: HeifLayout): Buffer {
  const { tiles, grid } = layout;
  const primaryId = grid ? tiles.length + 1 : 1;
  const gridData = grid ? Buffer.concat([u8(0), u8(0), u8(grid.rows - 1), u8(grid.columns - 1), u16(grid.width), u16(grid.height)]) : undefined;
  const exifData = layout.exifOrientation ? exifWithOrientation(layout.exifOrientation) : undefined;
  const payloads = [...tiles.map((t) => t.data), ...(gridData ? [gridData] : []), ...(exifData ? [exifData] : [])];
  const exifId = exifData ? payloads.length : undefined;

  // Properties: per tile its hvcC and ispe; then the primary's ispe and irot.
  const properties: Buffer[] = [];
  const assoc = new Map<number, number[]>();
  tiles.forEach((t, k) => {
    properties.push(t.hvcC, ispe(t.width, t.height));
    assoc.set(k + 1, [0x80 | (properties.length - 1), properties.length]);
  });
  if (grid) {
    properties.push(ispe(layout.declared?.width ?? grid.width, layout.declared?.height ?? grid.height));
    assoc.set(primaryId, [properties.length]);
  } else if (layout.declared) {
    properties[1] = ispe(layout.declared.width, layout.declared.height);
  }
  if (layout.rotation) {
    properties.push(box('irot', u8(layout.rotation / 90)));
    assoc.get(primaryId)!.push(0x80 | properties.length);
  }
  const ipma = fullBox(
    'ipma', 0, 0, u32(assoc.size),
    ...[...assoc].map(([id, list]) => Buffer.concat([u16(id), u8(list.length), ...list.map(u8)])),
  );
  const infes = payloads.map((_, k) => {
    const id = k + 1;
    const type = id === exifId ? 'Exif' : grid && id === primaryId ? 'grid' : 'hvc1';
    return fullBox('infe', 2, grid && id !== primaryId && id !== exifId ? 1 : 0, u16(id), u16(0), Buffer.from(type, 'latin1'), u8(0));
  });
  const references = [
    ...(grid ? [box('dimg', u16(primaryId), u16(tiles.length), ...tiles.map((_, k) => u16(k + 1)))] : []),
    ...(exifId ? [box('cdsc', u16(exifId), u16(1), u16(primaryId))] : []),
  ];
  const iref = references.length ? [fullBox('iref', 0, 0, ...references)] : [];
  const ilocFor = (offsets: number[]) =>
    fullBox('iloc', 0, 0, u8(0x44), u8(0x00), u16(payloads.length), ...payloads.map((p, k) => Buffer.concat([u16(k + 1), u16(0), u16(1), u32(offsets[k]!), u32(p.length)])));
  const metaFor = (offsets: number[]) =>
    fullBox(
      'meta', 0, 0,
      fullBox('hdlr', 0, 0, u32(0), Buffer.from('pict', 'latin1'), u32(0), u32(0), u32(0), u8(0)),
      fullBox('pitm', 0, 0, u16(primaryId)),
      ilocFor(offsets),
      fullBox('iinf', 0, 0, u16(infes.length), ...infes),
      ...iref,
      box('iprp', box('ipco', ...properties), ipma),
    );
  const ftyp = box('ftyp', Buffer.from(layout.brand, 'latin1'), u32(0), ...layout.compatible.map((c) => Buffer.from(c, 'latin1')));
  const metaLength = metaFor(payloads.map(() => 0)).length;
  let at = ftyp.length + metaLength + 8;
  const offsets = payloads.map((p) => {
    const o = at;
    at += p.length;
    return o;
  });
  return Buffer.concat([ftyp, metaFor(offsets), box('mdat', ...payloads)]);
}

/**
 * Codes `image` (a JPEG/PNG file) as a `rows`×`columns` grid of equal HEVC tiles, as iPhones do, using
 * `cut` to write each tile's pixels (left, top, width, height) to a file heif-enc reads.
 */
export function gridOf(
  image: { width: number; height: number },
  rows: number,
  columns: number,
  dir: string,
  cut: (left: number, top: number, width: number, height: number, file: string) => void,
): { tiles: HevcImage[]; grid: { rows: number; columns: number; width: number; height: number } } {
  const tileW = Math.ceil(image.width / columns / 2) * 2;
  const tileH = Math.ceil(image.height / rows / 2) * 2;
  const tiles: HevcImage[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const file = path.join(dir, `tile-${r}-${c}.png`);
      cut(c * tileW, r * tileH, tileW, tileH, file);
      tiles.push(encodeHevc(file, path.join(dir, `tile-${r}-${c}.heic`)));
    }
  }
  return { tiles, grid: { rows, columns, width: image.width, height: image.height } };
}

/** Writes `bytes` to `file` and returns the path (fixture helper). */
export function save(file: string, bytes: Buffer): string {
  writeFileSync(file, bytes);
  return file;
}

/** The HEIF siblings of the iPhone field case, made from one dev photo (see {@link makeHeifSiblings}). */
export interface HeifSiblings {
  /** Brand `mif1` (heic only among the compatible brands), one HEVC image. */
  mif1: Buffer;
  /**
   * Coded sideways (the photo turned 90° clockwise) with `irot` 90° anticlockwise, and an Exif item
   * whose Orientation says 6 (as iPhones keep it next to `irot`): upright when shown, rotated once.
   */
  rotated: Buffer;
  /** A 2×3 grid of HEVC tiles, as iPhones write 12 MP photos (512×512 tiles). */
  grid: Buffer;
  /** The field case cut at 60 %. */
  truncated: Buffer;
  /** One 768×576 image whose header declares 8000×6000 (48 MP). */
  declared48mp: Buffer;
}

/** Builds {@link HeifSiblings} from `photo` (a JPEG or PNG file of width×height) and the field case, in `dir`. */
export function makeHeifSiblings(photo: string, size: { width: number; height: number }, fieldCase: Buffer, dir: string): HeifSiblings {
  const single = encodeHevc(photo, path.join(dir, 'single.heic'));
  const sideways = path.join(dir, 'sideways.png');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', photo, '-vf', 'transpose=clock', sideways]);
  const turned = encodeHevc(sideways, path.join(dir, 'sideways.heic'));
  const rows = 2;
  const columns = 3;
  const tiled = gridOf(size, rows, columns, dir, (left, top, width, height, file) => {
    const padW = Math.ceil(size.width / columns / 2) * 2 * columns;
    const padH = Math.ceil(size.height / rows / 2) * 2 * rows;
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', photo, '-vf', `pad=${padW}:${padH},crop=${width}:${height}:${left}:${top}`, file]);
  });
  const heic = { brand: 'heic', compatible: ['mif1', 'heic', 'miaf'] };
  return {
    mif1: writeHeif({ brand: 'mif1', compatible: ['mif1', 'heic'], tiles: [single] }),
    rotated: writeHeif({ ...heic, tiles: [turned], rotation: 90, exifOrientation: 6 }),
    grid: writeHeif({ ...heic, ...tiled }),
    truncated: fieldCase.subarray(0, Math.floor(fieldCase.length * 0.6)),
    declared48mp: writeHeif({ ...heic, tiles: [single], declared: { width: 8000, height: 6000 } }),
  };
}
