import { decodeTolerantly, safeSharp, sharp, type FailOn } from '../intake/index.js';
import type { ModelEntry, ResizeMode } from './manifest.js';
import { toHalfBits } from './float16.js';

/** A decoded, EXIF-oriented, 8-bit sRGB image (3 channels, HWC), possibly already shrunk. */
export interface RgbImage {
  data: Buffer;
  width: number;
  height: number;
  /** Size of the oriented original that the pixels were taken from. */
  sourceWidth: number;
  sourceHeight: number;
}

/** Where the image sits inside the model input, to map boxes back to original pixels. */
export interface Placement {
  /** Size of the resized image inside the input (before padding). */
  width: number;
  height: number;
  /** Offset of the resized image inside the input. */
  left: number;
  top: number;
  /**
   * Size of the model input this placement is in, when it is smaller than the manifest's square input:
   * rectangular inference (`input.rect_stride`, docs/detection.md §2 "Rectangular input"). Absent: the
   * manifest's `input.width × input.height`.
   */
  input?: { width: number; height: number };
}

/** Maps model-input pixels back to original (oriented) pixels. */
export interface Geometry {
  sourceWidth: number;
  sourceHeight: number;
  placement: Placement;
}

/**
 * Where an image of `sourceWidth × sourceHeight` goes in an input of `inputWidth × inputHeight`:
 * letterboxes keep the aspect ratio with `r = min(S/W, S/H)`, `nw = round(W·r)` (at least 1 px) and
 * pad centred (offset floored, as Ultralytics does) or at the right/bottom only (YOLOX); stretch fills the input.
 */
export function placeImage(
  mode: ResizeMode,
  sourceWidth: number,
  sourceHeight: number,
  inputWidth: number,
  inputHeight: number,
): Placement {
  if (mode === 'stretch') return { width: inputWidth, height: inputHeight, left: 0, top: 0 };
  const r = Math.min(inputWidth / sourceWidth, inputHeight / sourceHeight);
  const width = Math.min(inputWidth, Math.max(1, Math.round(sourceWidth * r)));
  const height = Math.min(inputHeight, Math.max(1, Math.round(sourceHeight * r)));
  if (mode === 'letterbox-top-left') return { width, height, left: 0, top: 0 };
  return { width, height, left: Math.floor((inputWidth - width) / 2), top: Math.floor((inputHeight - height) / 2) };
}

/** Upscale factor from which a resize counts as a thumbnail blow-up and gets Lanczos-3 (docs/detection.md §2). */
export const THUMBNAIL_UPSCALE = 2;

/**
 * Resampling kernel for a resize from `from` to `to` pixels (the larger per-axis factor counts):
 * - downscaling and mild upscaling: bilinear, as the Ultralytics and YOLOX reference pre-processing
 *   does (OpenCV `INTER_LINEAR`, what the models were trained with); it is also faster than Lanczos;
 * - a blow-up of {@link THUMBNAIL_UPSCALE}× or more (a 96–200 px thumbnail into a 416/640 input):
 *   Lanczos-3, which keeps the edges that bilinear interpolation smears (docs/detection.md §2).
 */
export function kernelFor(fromWidth: number, fromHeight: number, toWidth: number, toHeight: number): 'linear' | 'lanczos3' {
  const factor = Math.max(toWidth / fromWidth, toHeight / fromHeight);
  return factor >= THUMBNAIL_UPSCALE ? 'lanczos3' : 'linear';
}

/**
 * Decodes untrusted bytes through `safeSharp` (pixel limit checked from the header, loader allowlist,
 * strict `failOn`, first frame only) straight to `sizeFor(orientedWidth, orientedHeight)`.
 * - The EXIF orientation is applied before anything else, so sizes and boxes are in upright pixels.
 * - Grey, CMYK, 16-bit and palette inputs come out as 8-bit sRGB.
 * - Alpha is dropped (not composited), as OpenCV `imread` and Pillow `convert('RGB')` do in the models'
 *   reference pipelines, when the image keeps its size; a resize resamples premultiplied, so fully
 *   transparent pixels come out black (docs/detection.md §2).
 * - An embedded ICC profile is ignored (the encoded values are taken as sRGB), again as OpenCV `imread` and
 *   Pillow do in those pipelines; it also skips the lcms transform, about 40 % of the decode time on the dev
 *   set's tagged JPEGs (docs/detection.md §2).
 * - JPEG/WebP shrink-on-load makes decoding straight to the model size cheaper than a full decode.
 * - Upscaling (a thumbnail into the model input) uses Lanczos-3, downscaling bilinear ({@link kernelFor}).
 * - A JPEG that libjpeg decodes with a recoverable warning (odd SOS parameters, stray bytes between
 *   markers: `RECOVERABLE_DECODER_WARNINGS` in intake/sharp-safe.ts) is decoded once more with libjpeg's
 *   recovery; truncated or corrupt data is still refused.
 */
export async function decodeRgb(
  bytes: Buffer,
  sizeFor: (width: number, height: number) => { width: number; height: number },
  options: { maxPixels?: number } = {},
): Promise<RgbImage> {
  return decodeTolerantly((failOn) => decodeOnce(bytes, sizeFor, options.maxPixels, failOn));
}

async function decodeOnce(
  bytes: Buffer,
  sizeFor: (width: number, height: number) => { width: number; height: number },
  maxPixels: number | undefined,
  failOn: FailOn,
): Promise<RgbImage> {
  const pipeline = safeSharp(bytes, { maxPixels, failOn, ignoreIcc: true });
  const meta = await pipeline.metadata();
  const sourceWidth = meta.autoOrient?.width ?? meta.width;
  const sourceHeight = meta.autoOrient?.height ?? meta.height;
  if (!sourceWidth || !sourceHeight) throw new Error('Image has no dimensions');
  const size = sizeFor(sourceWidth, sourceHeight);
  const { data, info } = await pipeline
    .autoOrient()
    .removeAlpha()
    .resize(size.width, size.height, {
      fit: 'fill',
      kernel: kernelFor(sourceWidth, sourceHeight, size.width, size.height),
      fastShrinkOnLoad: true,
    })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 || info.width !== size.width || info.height !== size.height) {
    throw new Error(`Unexpected decoded layout ${info.width}x${info.height}x${info.channels}`);
  }
  return { data, width: info.width, height: info.height, sourceWidth, sourceHeight };
}

/**
 * Resamples pixels this module decoded itself (never untrusted bytes, so the raw-input constructor is
 * fine here) to `width × height`.
 */
export async function resizeRgb(image: RgbImage, width: number, height: number): Promise<RgbImage> {
  if (image.width === width && image.height === height) return image;
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, height, { fit: 'fill', kernel: kernelFor(image.width, image.height, width, height) })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { ...image, data, width: info.width, height: info.height };
}

/** A model input buffer: float32 values, or IEEE half bits for float16 models. */
export type InputBuffer = Float32Array | Uint16Array;

/**
 * Per-channel lookup tables from a byte to the model value `(v·scale − mean) / std` (as half bits for
 * float16 inputs), indexed by the *output* plane, so the HWC → CHW copy is one lookup per value.
 */
export function channelTables(entry: ModelEntry): InputBuffer[] {
  const { scale, mean, std } = entry.preprocessing;
  const half = entry.input.dtype === 'float16';
  return [0, 1, 2].map((plane) => {
    const table = half ? new Uint16Array(256) : new Float32Array(256);
    for (let v = 0; v < 256; v++) {
      const x = (v * scale - mean[plane]!) / std[plane]!;
      table[v] = half ? toHalfBits(x) : x;
    }
    return table;
  });
}

/** A rectangle of pixels inside an image (integer pixels, top-left origin). */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Writes `image` — or the `crop` rectangle of it (a tile), which must be `placement.width ×
 * placement.height` — into the CHW input buffer `dst` at the placement offset and fills the rest with
 * the pad value. BGR models read the source channels reversed (the tables are indexed by output plane).
 * One pass over the source pixels writes all three planes. `dst` is sized for the manifest's input; a
 * smaller rectangular input (`placement.input`) uses its first `3 × width × height` values.
 * @throws Error when the buffer or the image/crop does not match the model input or the placement.
 */
export function writeInput(
  image: RgbImage,
  placement: Placement,
  entry: ModelEntry,
  tables: InputBuffer[],
  dst: InputBuffer,
  crop: PixelRect = { x: 0, y: 0, width: image.width, height: image.height },
): void {
  if (dst.length !== 3 * entry.input.width * entry.input.height) throw new Error('Input buffer has the wrong size');
  const { width: inW, height: inH } = placement.input ?? entry.input;
  if (inW > entry.input.width || inH > entry.input.height) throw new Error('Input is larger than the model input');
  if (placement.left + placement.width > inW || placement.top + placement.height > inH) throw new Error('Placement lies outside the input');
  const plane = inW * inH;
  if (crop.width !== placement.width || crop.height !== placement.height) throw new Error('Image does not match placement');
  if (crop.x < 0 || crop.y < 0 || crop.x + crop.width > image.width || crop.y + crop.height > image.height) {
    throw new Error('Crop lies outside the image');
  }
  const bgr = entry.preprocessing.channel_order === 'BGR';
  const pad = entry.preprocessing.pad_value;
  // Table for output plane p reads source channel (bgr ? 2 - p : p); name them by source channel.
  const tr = tables[bgr ? 2 : 0]!;
  const tg = tables[1]!;
  const tb = tables[bgr ? 0 : 2]!;
  const pr = bgr ? 2 * plane : 0;
  const pb = bgr ? 0 : 2 * plane;
  const pg = plane;
  const src = image.data;
  if (placement.width !== inW || placement.height !== inH) {
    for (let p = 0; p < 3; p++) dst.fill(tables[p]![pad]!, p * plane, (p + 1) * plane);
  }
  const rowBytes = image.width * 3;
  for (let y = 0; y < placement.height; y++) {
    let s = (crop.y + y) * rowBytes + crop.x * 3;
    let d = (y + placement.top) * inW + placement.left;
    const end = d + placement.width;
    for (; d < end; d++, s += 3) {
      dst[pr + d] = tr[src[s]!]!;
      dst[pg + d] = tg[src[s + 1]!]!;
      dst[pb + d] = tb[src[s + 2]!]!;
    }
  }
}
