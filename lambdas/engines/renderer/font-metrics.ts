import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RenderInputError } from './errors.js';

/**
 * The metrics of a caption font that decide where libass puts its ink, read from the font file itself
 * (OpenType tables `head`, `hhea`, `hmtx`, `cmap`; docs/renderer.md "Captions"). libass sizes a font so that
 * its line (hhea ascender − descender) is the ASS font size in pixels and sits a bottom-aligned line's
 * descender on the margin; glyphs that reach below the descender (Nastaliq's deep descenders reach 2.5× below
 * it) are drawn below the margin. These metrics let the captions place the ink, not the line, inside the
 * caption area.
 */
export interface FontMetrics {
  /** Font units per em (`head.unitsPerEm`). */
  unitsPerEm: number;
  /** Line ascender and descender as libass uses them (`hhea`), font units, descender positive downwards. */
  ascender: number;
  descender: number;
  /** The lowest point of any glyph (`head.yMin`), font units, positive downwards. */
  lowest: number;
  /** Advance width of a code point's default glyph (`cmap` + `hmtx`), font units; undefined if it has none. */
  advance(codePoint: number): number | undefined;
}

/** Where Debian's fonts-noto-core (the renderer image's caption fonts) installs its files. */
export const NOTO_FONT_DIR = '/usr/share/fonts/truetype/noto';

const cache = new Map<string, FontMetrics>();

/**
 * The metrics of a font file (cached per file).
 * @param file a font file name under {@link NOTO_FONT_DIR}, or an absolute path.
 * @throws RenderInputError when the file is missing or is not an OpenType font with those tables.
 */
export function fontMetrics(file: string): FontMetrics {
  const full = path.isAbsolute(file) ? file : path.join(NOTO_FONT_DIR, file);
  const known = cache.get(full);
  if (known) return known;
  let buf: Buffer;
  try {
    buf = readFileSync(full);
  } catch {
    throw new RenderInputError(`The caption font ${full} is missing (Debian package fonts-noto-core).`);
  }
  const tables = new Map<string, number>();
  for (let i = 0; i < buf.readUInt16BE(4); i++) tables.set(buf.toString('latin1', 12 + i * 16, 16 + i * 16), buf.readUInt32BE(20 + i * 16));
  const at = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new RenderInputError(`The caption font ${full} has no '${tag}' table.`);
    return offset;
  };
  const head = at('head');
  const hhea = at('hhea');
  const hmtx = at('hmtx');
  const longMetrics = buf.readUInt16BE(hhea + 34);
  const glyphOf = cmapLookup(buf, at('cmap'));
  const metrics: FontMetrics = {
    unitsPerEm: buf.readUInt16BE(head + 18),
    ascender: buf.readInt16BE(hhea + 4),
    descender: -buf.readInt16BE(hhea + 6),
    lowest: -buf.readInt16BE(head + 38),
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      if (!glyph) return undefined;
      return buf.readUInt16BE(hmtx + 4 * Math.min(glyph, longMetrics - 1));
    },
  };
  cache.set(full, metrics);
  return metrics;
}

/** The glyph id of a code point from the font's Unicode `cmap` subtable (format 12, else format 4); 0 if none. */
function cmapLookup(buf: Buffer, cmap: number): (codePoint: number) => number {
  const subtables: Array<{ format: number; offset: number }> = [];
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
    const platform = buf.readUInt16BE(cmap + 4 + i * 8);
    const encoding = buf.readUInt16BE(cmap + 6 + i * 8);
    const offset = cmap + buf.readUInt32BE(cmap + 8 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: buf.readUInt16BE(offset), offset });
  }
  const f12 = subtables.find((s) => s.format === 12);
  if (f12) {
    const groups = buf.readUInt32BE(f12.offset + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const o = f12.offset + 16 + g * 12;
        const start = buf.readUInt32BE(o);
        if (cp >= start && cp <= buf.readUInt32BE(o + 4)) return buf.readUInt32BE(o + 8) + (cp - start);
      }
      return 0;
    };
  }
  const f4 = subtables.find((s) => s.format === 4);
  if (!f4) return () => 0;
  const segX2 = buf.readUInt16BE(f4.offset + 6);
  const ends = f4.offset + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (cp > buf.readUInt16BE(ends + s)) continue;
      const start = buf.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const rangeOffset = buf.readUInt16BE(ranges + s);
      if (rangeOffset === 0) return (cp + buf.readInt16BE(deltas + s)) & 0xffff;
      const glyph = buf.readUInt16BE(ranges + s + rangeOffset + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + buf.readInt16BE(deltas + s)) & 0xffff;
    }
    return 0;
  };
}
