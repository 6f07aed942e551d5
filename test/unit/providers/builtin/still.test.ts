import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { planStill } from '../../../../lambdas/engines/renderer/framing.js';
import { buildStillCanvas, frameSampler, orientedSize, windowAt } from '../../../../lambdas/engines/renderer/still.js';
import { RESAMPLE_WASM_BASE64 } from '../../../../lambdas/engines/renderer/resample-wasm.js';
import { compileResampleWat } from '../../../../scripts/wasm-source.js';
import { badInputsDir } from '../../detection/helpers.js';

/** BT.709 limited-range luma of 8-bit sRGB values. */
const luma = (r: number, g: number, b: number) => 16 + 0.1826 * r + 0.6142 * g + 0.062 * b;

describe('buildStillCanvas over the odd photos intake accepts', () => {
  it.each([
    'dog-photo.webp',
    'cat-grayscale.jpg',
    'cat-cmyk.jpg',
    'dog-exif-orientation-6.jpg',
    'cat-16bit-rgb.png',
    'dog-rgba-transparent-corners.png',
    'png-content-with-jpg-extension.jpg',
    'animated-24-frames-tiny.gif',
    'tiny-1x1.png',
  ])('%s: an 8-bit 9:16 canvas whose centre has the photo’s own brightness', async (file) => {
    const bytes = readFileSync(path.join(badInputsDir, file));
    const photo = await orientedSize(bytes);
    const plan = planStill(photo.width, photo.height, []);
    const canvas = await buildStillCanvas(bytes, photo, plan);
    expect(canvas.width * 16).toBe(canvas.height * 9);
    expect(canvas.y).toHaveLength(canvas.width * canvas.height);
    expect(canvas.u).toHaveLength((canvas.width * canvas.height) / 4);

    // The centre tenth of the photo, as sharp renders it in 8-bit sRGB, vs the same spot of the canvas.
    const w = Math.max(1, Math.round(photo.width / 10));
    const h = Math.max(1, Math.round(photo.height / 10));
    const left = Math.floor((photo.width - w) / 2);
    const top = Math.floor((photo.height - h) / 2);
    const region = await sharp(bytes).rotate().extract({ left, top, width: w, height: h }).flatten({ background: '#000' }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const mean = [0, 1, 2].map((c) => {
      let total = 0;
      for (let i = 0; i < w * h; i++) total += region.data[i * region.info.channels + Math.min(c, region.info.channels - 1)]!;
      return total / (w * h);
    });
    const expected = luma(mean[0]!, mean[1]!, mean[2]!);
    const cx0 = Math.floor((left - canvas.originX) * canvas.scale);
    const cy0 = Math.floor((top - canvas.originY) * canvas.scale);
    const cw = Math.max(1, Math.floor(w * canvas.scale));
    const ch = Math.max(1, Math.floor(h * canvas.scale));
    let sum = 0;
    for (let y = cy0; y < cy0 + ch; y++) for (let x = cx0; x < cx0 + cw; x++) sum += canvas.y[y * canvas.width + x]!;
    expect(Math.abs(sum / (cw * ch) - expected)).toBeLessThan(8);
  });

  it('honours EXIF orientation 6 (the stored 376×500 JPEG is shown 500×376)', async () => {
    expect(await orientedSize(readFileSync(path.join(badInputsDir, 'dog-exif-orientation-6.jpg')))).toEqual({ width: 500, height: 376 });
  });
});

describe('frameSampler', () => {
  it('reproduces the canvas exactly when the window is the canvas at 1:1', () => {
    const width = 720;
    const height = 1280;
    const y = Uint8Array.from({ length: width * height }, (_, i) => (i * 7) % 251);
    const u = new Uint8Array((width * height) / 4).fill(100);
    const v = new Uint8Array((width * height) / 4).fill(150);
    const sample = frameSampler({ width, height, y, u, v, scale: 1, originX: 0, originY: 0 });
    const frame = sample({ x: 0, y: 0, width, height });
    expect(Buffer.compare(frame.subarray(0, width * height), Buffer.from(y))).toBe(0);
    expect(frame[width * height]).toBe(100);
    expect(frame[frame.length - 1]).toBe(150);
  });

  it('moves content by the fractional window offset (a half-pixel shift averages neighbours)', () => {
    const width = 720;
    const height = 1280;
    const y = Uint8Array.from({ length: width * height }, (_, i) => ((i % width) % 2 === 0 ? 40 : 200));
    const flat = new Uint8Array((width * height) / 4).fill(128);
    const sample = frameSampler({ width, height, y, u: flat, v: flat, scale: 1, originX: 0, originY: 0 });
    const frame = sample({ x: 0.5, y: 0, width, height });
    // Columns alternate 40/200 in the canvas; half a pixel over, every sample is their mean.
    const row = frame.subarray(640 * width, 640 * width + 700);
    for (const value of row) expect(Math.abs(value - 120)).toBeLessThanOrEqual(2);
  });

  it('agrees (±1 level) with a direct floating-point bilinear interpolation, edges clamped, on all three planes', () => {
    // 9n × 16n canvas of noise (the renderer's largest, ×1.3 zoom), windows at random zooms and
    // fractional offsets, some reaching past the canvas edges (clamped to the edge pixels).
    const width = 936;
    const height = 1664;
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const noise = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
    const canvas = { width, height, y: noise(width * height), u: noise((width * height) / 4), v: noise((width * height) / 4), scale: 1, originX: 0, originY: 0 };
    const sample = frameSampler(canvas);
    const bilinear = (src: Uint8Array, srcW: number, srcH: number, fx: number, fy: number) => {
      const cx = Math.min(Math.max(fx, 0), srcW - 1);
      const cy = Math.min(Math.max(fy, 0), srcH - 1);
      const x0 = Math.min(Math.floor(cx), srcW - 2);
      const y0 = Math.min(Math.floor(cy), srcH - 2);
      const tx = cx - x0;
      const ty = cy - y0;
      const at = (x: number, y: number) => src[y * srcW + x]!;
      return (at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx) * (1 - ty) + (at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx) * ty;
    };
    for (let trial = 0; trial < 6; trial++) {
      const w = 720 * (1 + 0.3 * rand());
      const window = { x: (width - w) * rand() - (trial === 5 ? 3.25 : 0), y: (height - (w * 16) / 9) * rand(), width: w, height: (w * 16) / 9 };
      const frame = sample(window);
      let worst = 0;
      const planes = [
        { src: canvas.y, srcW: width, srcH: height, outW: 720, outH: 1280, at: 0, win: window },
        { src: canvas.u, srcW: width / 2, srcH: height / 2, outW: 360, outH: 640, at: 720 * 1280, win: { x: window.x / 2, y: window.y / 2, width: window.width / 2, height: window.height / 2 } },
        { src: canvas.v, srcW: width / 2, srcH: height / 2, outW: 360, outH: 640, at: 720 * 1280 * 1.25, win: { x: window.x / 2, y: window.y / 2, width: window.width / 2, height: window.height / 2 } },
      ];
      for (const p of planes) {
        // Every 7th row and column: ~20 000 samples per plane and trial.
        for (let row = 0; row < p.outH; row += 7) {
          for (let x = 0; x < p.outW; x += 7) {
            const fx = p.win.x + ((x + 0.5) * p.win.width) / p.outW - 0.5;
            const fy = p.win.y + ((row + 0.5) * p.win.height) / p.outH - 0.5;
            worst = Math.max(worst, Math.abs(frame[p.at + row * p.outW + x]! - bilinear(p.src, p.srcW, p.srcH, fx, fy)));
          }
        }
      }
      // 8-bit weights and rounding: within one level (plus float slack) of the exact value.
      expect(worst).toBeLessThan(1.5);
    }
  });

  it('runs the kernel compiled from resample.wat (the generated module is up to date: `npm run build:wasm`)', async () => {
    expect(Buffer.from(await compileResampleWat()).toString('base64')).toBe(RESAMPLE_WASM_BASE64);
  });

  it('walks the planned move: window at frame 0 is the first window, the last frame the last', async () => {
    const bytes = readFileSync(path.join(badInputsDir, 'dog-photo.webp'));
    const photo = await orientedSize(bytes);
    const plan = planStill(photo.width, photo.height, [{ x: 300, y: 100, width: 120, height: 150 }]);
    const canvas = await buildStillCanvas(bytes, photo, plan);
    const first = windowAt(canvas, plan, 0, 90);
    const last = windowAt(canvas, plan, 89, 90);
    expect(first.x).toBeCloseTo(0, 6);
    expect(first.width).toBeCloseTo(canvas.width, 6);
    expect(last.width).toBeCloseTo(plan.end.width * canvas.scale, 6);
    expect(last.width).toBeGreaterThanOrEqual(720 - 1e-6); // the closest frame is never upscaled from the canvas
  });
});
