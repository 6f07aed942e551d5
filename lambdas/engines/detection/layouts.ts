import type { ModelEntry, OutputLayout } from './manifest.js';
import type { Candidate } from './nms.js';
import { fromHalfBits } from './float16.js';

/** The raw output arrays of one run, by output name (float16 outputs stay Uint16Array half bits). */
export type RawOutputs = Record<string, Float32Array | Uint16Array>;

/**
 * Turns a model's raw outputs into candidate boxes in model-input pixels. Each anchor keeps only its
 * best class (single-label, as Ultralytics and YOLOX inference do), so a box the model calls "teddy
 * bear" is never also counted as a "bear". Candidates below `threshold` are dropped.
 */
export type LayoutDecoder = (outputs: RawOutputs, entry: ModelEntry, threshold: number, input?: InputSize) => Candidate[];

/** Size of the input a run was made with (default the manifest's; smaller under rectangular inference). */
export interface InputSize {
  width: number;
  height: number;
}

function output(outputs: RawOutputs, name: string | undefined): Float32Array | Uint16Array {
  const data = name === undefined ? undefined : outputs[name];
  if (!data) throw new Error(`Model output '${name}' is missing`);
  return data;
}

function asFloat32(data: Float32Array | Uint16Array, name: string): Float32Array {
  if (!(data instanceof Float32Array)) throw new Error(`Model output '${name}' must be float32`);
  return data;
}

/**
 * Ultralytics YOLOv8 / YOLO11: one output `[1, 4 + nc, N]`, channel-major; rows 0-3 are cx, cy, w, h
 * in input pixels (already decoded), rows 4.. are sigmoid class probabilities; no objectness.
 */
export const decodeUltralytics: LayoutDecoder = (outputs, entry, threshold) => {
  const name = entry.output.names[0]!;
  const o = asFloat32(output(outputs, name), name);
  const nc = entry.classes.length;
  const n = o.length / (4 + nc);
  if (!Number.isInteger(n)) throw new Error(`Output '${name}' has ${o.length} values, not a multiple of ${4 + nc}`);
  const out: Candidate[] = [];
  for (let j = 0; j < n; j++) {
    let best = -1;
    let score = threshold;
    for (let c = 0, k = 4 * n + j; c < nc; c++, k += n) {
      const s = o[k]!;
      if (s >= score) {
        score = s;
        best = c;
      }
    }
    if (best < 0) continue;
    const cx = o[j]!;
    const cy = o[n + j]!;
    const hw = o[2 * n + j]! / 2;
    const hh = o[3 * n + j]! / 2;
    out.push({ classId: best, score, x1: cx - hw, y1: cy - hh, x2: cx + hw, y2: cy + hh });
  }
  return out;
};

/**
 * YOLOv5: one output `[1, N, 5 + nc]`, row-major; cx, cy, w, h in input pixels, objectness, then
 * class probabilities (all sigmoid already); score = obj × cls. Works on float32 or on float16 half
 * bits (decoded lazily: rows whose objectness is below the threshold are skipped unread).
 */
export const decodeYolov5: LayoutDecoder = (outputs, entry, threshold) => {
  const name = entry.output.names[0]!;
  const o = output(outputs, name);
  const nc = entry.classes.length;
  const stride = 5 + nc;
  const n = o.length / stride;
  if (!Number.isInteger(n)) throw new Error(`Output '${name}' has ${o.length} values, not a multiple of ${stride}`);
  const read = o instanceof Uint16Array ? (i: number) => fromHalfBits(o[i]!) : (i: number) => o[i]!;
  const out: Candidate[] = [];
  for (let j = 0, row = 0; j < n; j++, row += stride) {
    const obj = read(row + 4);
    if (obj < threshold) continue;
    let best = -1;
    let cls = threshold / obj;
    for (let c = 0; c < nc; c++) {
      const s = read(row + 5 + c);
      if (s >= cls) {
        cls = s;
        best = c;
      }
    }
    if (best < 0) continue;
    const cx = read(row);
    const cy = read(row + 1);
    const hw = read(row + 2) / 2;
    const hh = read(row + 3) / 2;
    out.push({ classId: best, score: obj * cls, x1: cx - hw, y1: cy - hh, x2: cx + hw, y2: cy + hh });
  }
  return out;
};

/**
 * YOLOX (decode_in_inference off): one output `[1, N, 5 + nc]`; rows ordered by stride (8, 16, 32),
 * each grid row-major. p0..p3 are grid offsets and log sizes, p4 objectness and p5.. class
 * probabilities (sigmoid already); cx = (p0 + gx)·s, w = exp(p2)·s; score = obj × cls.
 */
export const decodeYolox: LayoutDecoder = (outputs, entry, threshold, input = entry.input) => {
  const name = entry.output.names[0]!;
  const o = asFloat32(output(outputs, name), name);
  const nc = entry.classes.length;
  const stride = 5 + nc;
  const strides = entry.output.strides ?? [8, 16, 32];
  const out: Candidate[] = [];
  let row = 0;
  for (const s of strides) {
    const gw = Math.ceil(input.width / s);
    const gh = Math.ceil(input.height / s);
    for (let gy = 0; gy < gh; gy++) {
      for (let gx = 0; gx < gw; gx++, row += stride) {
        if (row + stride > o.length) throw new Error(`Output '${name}' is shorter than the grid`);
        const obj = o[row + 4]!;
        if (obj < threshold) continue;
        let best = -1;
        let cls = threshold / obj;
        for (let c = 0; c < nc; c++) {
          const v = o[row + 5 + c]!;
          if (v >= cls) {
            cls = v;
            best = c;
          }
        }
        if (best < 0) continue;
        const cx = (o[row]! + gx) * s;
        const cy = (o[row + 1]! + gy) * s;
        const hw = (Math.exp(o[row + 2]!) * s) / 2;
        const hh = (Math.exp(o[row + 3]!) * s) / 2;
        out.push({ classId: best, score: obj * cls, x1: cx - hw, y1: cy - hh, x2: cx + hw, y2: cy + hh });
      }
    }
  }
  if (row !== o.length) throw new Error(`Output '${name}' has ${o.length / stride} rows, the grid has ${row / stride}`);
  return out;
};

/**
 * PP-PicoDet (no post-processing in the graph): per stride s, a score output `[1, N, nc]` (sigmoid,
 * no objectness) and a box output `[1, N, 4·(reg_max+1)]` of DFL logits for the l, t, r, b distances.
 * Anchor centre = (g + 0.5)·s; distance = Σ k·softmax(bins)_k · s.
 */
export const decodePicodet: LayoutDecoder = (outputs, entry, threshold) => {
  const nc = entry.classes.length;
  const strides = entry.output.strides ?? [8, 16, 32, 64];
  const bins = (entry.output.reg_max ?? 7) + 1;
  const names = entry.output.names;
  if (names.length !== 2 * strides.length) throw new Error('PicoDet needs one score and one box output per stride');
  const out: Candidate[] = [];
  const dist = new Float64Array(4);
  strides.forEach((s, level) => {
    const scores = asFloat32(output(outputs, names[level]), names[level]!);
    const boxes = asFloat32(output(outputs, names[level + strides.length]), names[level + strides.length]!);
    const gw = Math.ceil(entry.input.width / s);
    const n = scores.length / nc;
    if (boxes.length !== n * 4 * bins) throw new Error(`PicoDet level ${level}: box and score outputs disagree`);
    for (let j = 0; j < n; j++) {
      let best = -1;
      let score = threshold;
      for (let c = 0, k = j * nc; c < nc; c++, k++) {
        const v = scores[k]!;
        if (v >= score) {
          score = v;
          best = c;
        }
      }
      if (best < 0) continue;
      for (let side = 0; side < 4; side++) {
        const base = (j * 4 + side) * bins;
        let max = -Infinity;
        for (let k = 0; k < bins; k++) max = Math.max(max, boxes[base + k]!);
        let sum = 0;
        let acc = 0;
        for (let k = 0; k < bins; k++) {
          const e = Math.exp(boxes[base + k]! - max);
          sum += e;
          acc += k * e;
        }
        dist[side] = (acc / sum) * s;
      }
      const cx = ((j % gw) + 0.5) * s;
      const cy = (Math.floor(j / gw) + 0.5) * s;
      out.push({ classId: best, score, x1: cx - dist[0]!, y1: cy - dist[1]!, x2: cx + dist[2]!, y2: cy + dist[3]! });
    }
  });
  return out;
};

export const decoders: Record<OutputLayout, LayoutDecoder> = {
  'ultralytics-v8': decodeUltralytics,
  yolov5: decodeYolov5,
  yolox: decodeYolox,
  picodet: decodePicodet,
};
