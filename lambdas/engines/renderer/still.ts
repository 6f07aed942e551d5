import { safeSharp, sharp } from '../intake/index.js';
import { FRAME } from './captions.js';
import { RenderInputError } from './errors.js';
import { runTool, toolFailure } from './process.js';
import { lerpRect, moveProgress, type Rect, type StillPlan } from './framing.js';
import { RESAMPLE_WASM_BASE64 } from './resample-wasm.js';

/**
 * The photo path of the built-in renderer (docs/renderer.md "Zoom and pan"). The oriented photo is
 * composed ONCE with sharp into an oversampled 9:16 canvas (photo over its blurred, darkened copy when
 * it does not fill the frame), converted to YUV 4:2:0, and every video frame is then resampled from
 * that canvas with bilinear interpolation at the exact sub-pixel window of the move. Unlike ffmpeg's
 * `zoompan` (which crops at whole input pixels and so shakes on a 1× still), nothing is rounded, so the
 * motion is smooth; and no still is decoded per frame.
 */

/** A YUV 4:2:0 (BT.709, limited range) raster of the canvas; `scale` canvas pixels per photo pixel. */
export interface StillCanvas {
  width: number;
  height: number;
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
  /** Canvas pixels per pixel of the oriented photo. */
  scale: number;
  /** Photo coordinates of the canvas's top-left corner. */
  originX: number;
  originY: number;
}

/** Bytes of one 720×1280 yuv420p frame. */
export const FRAME_BYTES = FRAME.width * FRAME.height * 1.5;

/** Darkening of the blurred copy behind a photo that does not fill the frame (multiplier). */
const BACKDROP_BRIGHTNESS = 0.55;
/**
 * What transparent pixels (PNG, WebP, GIF, AVIF, HEIF alpha) are shown over: white, as image viewers,
 * browsers and chat apps show a cut-out sticker (docs/renderer.md "Transparency"); black, the old
 * default, made a cut-out pet a silhouette on a black frame.
 */
export const TRANSPARENT_BACKGROUND = '#ffffff';

/** Oriented size of an image (EXIF orientations 5–8 swap width and height). */
export async function orientedSize(bytes: Buffer): Promise<{ width: number; height: number }> {
  const meta = await safeSharp(bytes).metadata();
  if (!meta.width || !meta.height) throw new RenderInputError('The photo has no readable dimensions.');
  const swap = (meta.orientation ?? 1) >= 5;
  return swap ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
}

/**
 * Composes the canvas for `plan`: 9:16, large enough that the closest window (`plan.end`) is at least
 * 720 px wide, so the last frame is never upscaled from the canvas.
 * @throws RenderInputError when the photo's pixels cannot be decoded.
 */
export async function buildStillCanvas(bytes: Buffer, photo: { width: number; height: number }, plan: StillPlan): Promise<StillCanvas> {
  const zoom = plan.start.width / plan.end.width;
  // 9n × 16n with n even, so both sides are even (4:2:0) and the aspect is exact.
  const n = 2 * Math.ceil((FRAME.width * zoom) / 18);
  const width = 9 * n;
  const height = 16 * n;
  const scale = width / plan.start.width;
  const { start } = plan;

  // The visible part of the photo and where it lands on the canvas.
  const ix0 = Math.max(0, start.x);
  const iy0 = Math.max(0, start.y);
  const ix1 = Math.min(photo.width, start.x + start.width);
  const iy1 = Math.min(photo.height, start.y + start.height);
  const region = {
    left: Math.max(0, Math.floor(ix0)),
    top: Math.max(0, Math.floor(iy0)),
    width: Math.min(photo.width - Math.floor(ix0), Math.ceil(ix1 - Math.floor(ix0))),
    height: Math.min(photo.height - Math.floor(iy0), Math.ceil(iy1 - Math.floor(iy0))),
  };
  const left = Math.max(0, Math.round((region.left - start.x) * scale));
  const top = Math.max(0, Math.round((region.top - start.y) * scale));
  const fgWidth = Math.max(1, Math.min(width - left, Math.round(region.width * scale)));
  const fgHeight = Math.max(1, Math.min(height - top, Math.round(region.height * scale)));

  let rgb: Buffer;
  let channels = 3;
  try {
    const foreground = await safeSharp(bytes)
      .rotate()
      .extract(region)
      .resize(fgWidth, fgHeight, { fit: 'fill', kernel: 'lanczos3' })
      .flatten({ background: TRANSPARENT_BACKGROUND })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const covers = left === 0 && top === 0 && fgWidth === width && fgHeight === height;
    if (covers) {
      rgb = foreground.data;
      channels = foreground.info.channels;
    } else {
      // Blurred, darkened copy of the part shown (a panorama's strip around the pets, not its middle)
      // covering the canvas: blurred small (cheap), then enlarged.
      const backdrop = await safeSharp(bytes)
        .rotate()
        .extract(region)
        .resize(Math.round(width / 8), Math.round(height / 8), { fit: 'cover' })
        .flatten({ background: TRANSPARENT_BACKGROUND })
        .blur(4)
        .linear(BACKDROP_BRIGHTNESS, 0)
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
      const composed = await sharp(backdrop.data, { raw: { width: backdrop.info.width, height: backdrop.info.height, channels: backdrop.info.channels } })
        .resize(width, height, { fit: 'fill' })
        .composite([{ input: foreground.data, raw: { width: fgWidth, height: fgHeight, channels: foreground.info.channels }, left, top }])
        .raw()
        .toBuffer({ resolveWithObject: true });
      rgb = composed.data;
      channels = composed.info.channels;
    }
  } catch (err) {
    throw new RenderInputError('The photo could not be decoded (it is damaged or not an image).', err instanceof Error ? err.message : String(err), { cause: err });
  }
  return { ...rgbToYuv420(rgb, width, height, channels), width, height, scale, originX: start.x, originY: start.y };
}

/**
 * Applies an ffmpeg filter chain on YUV 4:2:0 frames (a filter look's colour grade, looks.ts) to the
 * canvas ONCE, instead of to every frame resampled from it (docs/renderer.md "Speed"): one ffmpeg run,
 * the planes through stdin and back through stdout. The grade is per pixel (`eq`, `lutyuv`), so grading
 * the canvas and then resampling gives the frames graded after resampling, up to rounding.
 * @throws RenderError when ffmpeg fails or returns a different number of bytes.
 */
export async function gradeCanvas(canvas: StillCanvas, filters: string, signal?: AbortSignal): Promise<StillCanvas> {
  const { width, height } = canvas;
  const bytes = width * height * 1.5;
  const result = await runTool(
    'ffmpeg',
    [
      '-hide_banner', '-nostdin', '-v', 'error',
      '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-s', `${width}x${height}`, '-i', 'pipe:0',
      '-vf', filters, '-f', 'rawvideo', '-pix_fmt', 'yuv420p', 'pipe:1',
    ],
    { timeoutMs: 30_000, signal, input: Buffer.concat([canvas.y, canvas.u, canvas.v]), maxStdout: bytes },
  );
  if (result.code !== 0 || result.timedOut || result.stdout.length !== bytes) throw toolFailure('ffmpeg', 'grading the photo', result);
  const out = result.stdout;
  const luma = width * height;
  return { ...canvas, y: out.subarray(0, luma), u: out.subarray(luma, luma * 1.25), v: out.subarray(luma * 1.25, bytes) };
}

/** Interleaved RGB (3 channels, or 4 with alpha ignored) → planar YUV 4:2:0, BT.709 limited range (chroma averaged over 2×2). */
export function rgbToYuv420(rgb: Uint8Array, width: number, height: number, channels = 3): { y: Uint8Array; u: Uint8Array; v: Uint8Array } {
  if (channels !== 3 && channels !== 4) throw new Error(`Expected RGB or RGBA pixels, got ${channels} channels.`);
  const y = new Uint8Array(width * height);
  const cw = width / 2;
  const u = new Uint8Array(cw * (height / 2));
  const v = new Uint8Array(cw * (height / 2));
  for (let i = 0, p = 0; i < width * height; i++, p += channels) {
    y[i] = Math.round(16 + 0.1826 * rgb[p]! + 0.6142 * rgb[p + 1]! + 0.062 * rgb[p + 2]!);
  }
  for (let row = 0; row < height / 2; row++) {
    for (let col = 0; col < cw; col++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dy, dx] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
        const p = ((2 * row + dy) * width + 2 * col + dx) * channels;
        r += rgb[p]!;
        g += rgb[p + 1]!;
        b += rgb[p + 2]!;
      }
      r /= 4;
      g /= 4;
      b /= 4;
      u[row * cw + col] = Math.round(128 - 0.1006 * r - 0.3386 * g + 0.4392 * b);
      v[row * cw + col] = Math.round(128 + 0.4392 * r - 0.3989 * g - 0.0403 * b);
    }
  }
  return { y, u, v };
}

/** The move's window at frame i, in canvas pixels. */
export function windowAt(canvas: StillCanvas, plan: StillPlan, i: number, frames: number): Rect {
  const w = lerpRect(plan.start, plan.end, moveProgress(i, frames));
  return { x: (w.x - canvas.originX) * canvas.scale, y: (w.y - canvas.originY) * canvas.scale, width: w.width * canvas.scale, height: w.height * canvas.scale };
}

/** The slice of the WebAssembly JS API used here (the project's TypeScript lib has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: { memory: { buffer: ArrayBuffer; grow(pages: number): number }; resample: (...args: number[]) => void } };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
/** The kernel (resample.wat), compiled once per process. */
let kernelModule: object | undefined;

/**
 * A reusable sampler writing yuv420p 720×1280 frames of the canvas: bilinear interpolation at the exact
 * fractional `window` (canvas pixels), 8-bit sub-pixel weights, rounded to nearest. The pixel loops run
 * in a WebAssembly SIMD kernel (resample.wat; docs/renderer.md "Speed"); this function only plans the
 * source rows and columns of each output row and column.
 *
 * The frames are written into `slots` output areas of the kernel's memory, in turn, and returned as
 * Buffers over that memory (no copy, no allocation per frame: a fresh 1.4 MB Buffer per frame cost more
 * Node CPU in allocation and garbage collection than the resampling, docs/renderer.md "Speed"). A
 * returned frame therefore stays valid only until `slots` further calls: the caller copies it, or (the
 * encoder's feed) waits until the pipe has taken it before that slot comes round again.
 */
export function frameSampler(canvas: StillCanvas, slots = 1): (window: Rect) => Buffer {
  if (!(Number.isInteger(slots) && slots >= 1)) throw new Error(`frameSampler needs at least one output slot, got ${slots}.`);
  kernelModule ??= new wasm.Module(Buffer.from(RESAMPLE_WASM_BASE64, 'base64'));
  const { width: W, height: H } = FRAME;
  const cw = canvas.width / 2;
  const ch = canvas.height / 2;
  // Linear memory: the three planes (16 bytes of slack after each: the kernel reads 8 columns at a
  // time), the column and row plans, the row buffer, the output frame.
  let top = 0;
  const take = (bytes: number) => {
    const at = top;
    top = (top + bytes + 16 + 15) & ~15;
    return at;
  };
  const yAt = take(canvas.width * canvas.height);
  const uAt = take(cw * ch);
  const vAt = take(cw * ch);
  const xsAt = take(W * 4);
  const fxsAt = take(W * 4);
  const rowsAt = take(H * 8);
  const rowBufAt = take((canvas.width + 16) * 2);
  const outAts = Array.from({ length: slots }, () => take(FRAME_BYTES));
  const exported = new wasm.Instance(kernelModule, {}).exports;
  const heap = exported.memory;
  if (heap.buffer.byteLength < top) heap.grow(Math.ceil((top - heap.buffer.byteLength) / 65536));
  const bytes = new Uint8Array(heap.buffer);
  bytes.set(canvas.y, yAt);
  bytes.set(canvas.u, uAt);
  bytes.set(canvas.v, vAt);
  const xs = new Int32Array(heap.buffer, xsAt, W);
  const fxs = new Int32Array(heap.buffer, fxsAt, W);
  const rows = new Int32Array(heap.buffer, rowsAt, H * 2);

  const frames = outAts.map((at) => Buffer.from(heap.buffer, at, FRAME_BYTES));
  let next = 0;

  /** Plans one plane's columns and rows for `window` and runs the kernel on it, writing at `outAt`. */
  const plane = (srcAt: number, srcW: number, srcH: number, window: Rect, outAt: number, outW: number, outH: number) => {
    const sx = window.width / outW;
    const sy = window.height / outH;
    const maxX = srcW - 1;
    let colFirst = maxX;
    let colLast = 0;
    for (let x = 0; x < outW; x++) {
      let fx = window.x + (x + 0.5) * sx - 0.5;
      fx = fx < 0 ? 0 : fx > maxX ? maxX : fx;
      const x0 = Math.min(Math.floor(fx), maxX - 1);
      xs[x] = x0;
      fxs[x] = Math.round((fx - x0) * 256);
      if (x0 < colFirst) colFirst = x0;
      if (x0 + 1 > colLast) colLast = x0 + 1;
    }
    const maxY = srcH - 1;
    for (let row = 0; row < outH; row++) {
      let fy = window.y + (row + 0.5) * sy - 0.5;
      fy = fy < 0 ? 0 : fy > maxY ? maxY : fy;
      const y0 = Math.min(Math.floor(fy), maxY - 1);
      rows[2 * row] = y0;
      rows[2 * row + 1] = Math.round((fy - y0) * 256);
    }
    exported.resample(srcAt, srcW, outAt, outW, outH, xsAt, fxsAt, rowsAt, rowBufAt, colFirst, colLast);
  };

  return (window: Rect) => {
    const slot = next;
    next = (next + 1) % slots;
    const outAt = outAts[slot]!;
    plane(yAt, canvas.width, canvas.height, window, outAt, W, H);
    const half: Rect = { x: window.x / 2, y: window.y / 2, width: window.width / 2, height: window.height / 2 };
    plane(uAt, cw, ch, half, outAt + W * H, W / 2, H / 2);
    plane(vAt, cw, ch, half, outAt + W * H * 1.25, W / 2, H / 2);
    return frames[slot]!;
  };
}
