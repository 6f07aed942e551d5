import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { modelEntry, RECT_OUTPUT_DIM, type ModelEntry } from './manifest.js';
import { withSymbolicDims } from './onnx-shape.js';
import { decoders, type RawOutputs } from './layouts.js';
import { nonMaxSuppression, type Candidate } from './nms.js';
import {
  channelTables,
  decodeRgb,
  placeImage,
  resizeRgb,
  writeInput,
  type Geometry,
  type InputBuffer,
  type PixelRect,
  type Placement,
  type RgbImage,
} from './preprocess.js';
import { detectionQueue } from './serial.js';

/** `models/files` of this repository: where `models/setup.ts` puts the verified model files. */
export const DEFAULT_MODEL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'files');

/**
 * The model directory: the explicit one (the composition root passes `MODEL_DIR`), else `models/files`
 * (the same rule as `models/setup.ts`).
 */
export function resolveModelDir(modelDir?: string): string {
  return modelDir ?? DEFAULT_MODEL_DIR;
}

export interface ModelLoadOptions {
  /** Directory holding the `.onnx` files (default `models/files`; the composition root passes `MODEL_DIR`). */
  modelDir?: string;
  /** onnxruntime intra-op threads (default 1: one request per Lambda, and sharp gets the other core). */
  intraOpThreads?: number;
  /**
   * Rectangular inference where the manifest allows it (`input.rect_stride`; default true). False runs
   * the manifest's full square input, so that tests and the benchmark can compare both in one run.
   */
  rectangular?: boolean;
}

/** A single model's raw answer, before the pet rule: every class, in original (oriented) pixels. */
export interface ModelDetection {
  /** After NMS, mapped to original pixels and clamped, highest score first. */
  candidates: Candidate[];
  width: number;
  height: number;
  timings: { decode_ms: number; inference_ms: number; post_ms: number };
}

/** Options of a raw single-model detection. */
export interface RawDetectOptions {
  maxPixels?: number;
  /** Raw score floor (default 0.25). */
  threshold?: number;
  /** NMS IoU (default 0.45). */
  iou?: number;
}

/**
 * One ONNX detector: the session (created once), its reused input buffer and tensor, and the
 * pre/post-processing its manifest entry describes.
 */
export class OnnxModel {
  /** The reused input buffer, sized for the manifest's input (a rectangular input uses its start). */
  readonly input: InputBuffer;
  /** The tensor over the whole buffer (the manifest's input size). */
  readonly inputTensor: Tensor;
  private readonly tables: InputBuffer[];
  /** Tensors over the start of the buffer, by input size (rectangular inference; a handful of sizes). */
  private readonly tensors = new Map<string, Tensor>();
  /** The tensor the last fill wrote into: what `infer()` runs by default. */
  private active: Tensor;

  private constructor(
    readonly entry: ModelEntry,
    private readonly session: InferenceSession,
    /** The input shrinks to the image rounded up to this stride (rectangular inference), if set. */
    private readonly rectStride: number | undefined,
  ) {
    const { width, height, dtype } = entry.input;
    this.input = dtype === 'float16' ? new Uint16Array(3 * width * height) : new Float32Array(3 * width * height);
    this.inputTensor = new Tensor(dtype, this.input, [1, 3, height, width]);
    this.active = this.inputTensor;
    this.tables = channelTables(entry);
  }

  get name(): string {
    return this.entry.name;
  }

  /** Creates the session for the named manifest model (graph optimisation "all", explicit thread counts). */
  static async load(name: string, options: ModelLoadOptions = {}): Promise<OnnxModel> {
    const entry = modelEntry(name);
    const file = path.join(resolveModelDir(options.modelDir), entry.file);
    const sessionOptions: InferenceSession.SessionOptions = {
      intraOpNumThreads: options.intraOpThreads ?? 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      // PicoDet's paddle2onnx export warns once per initializer; only errors are worth a log line.
      logSeverityLevel: 3,
    };
    const anchors = RECT_OUTPUT_DIM[entry.output.layout];
    if (entry.input.rect_stride === undefined || anchors === undefined || options.rectangular === false) {
      return new OnnxModel(entry, await InferenceSession.create(file, sessionOptions), undefined);
    }
    // Rectangular inference: the same graph with its input height/width and anchor count symbolic.
    const model = withSymbolicDims(await readFile(file), [
      { name: entry.input.name, dims: { 2: 'height', 3: 'width' } },
      ...entry.output.names.map((output) => ({ name: output, dims: { [anchors]: 'anchors' } })),
    ]);
    return new OnnxModel(entry, await InferenceSession.create(model, sessionOptions), entry.input.rect_stride);
  }

  /** Frees the native session (benchmarks that load models one after another). */
  release(): Promise<void> {
    return this.session.release();
  }

  /**
   * Where an oriented image of this size lands in this model's input. Under rectangular inference
   * (`input.rect_stride`) the placement also carries the input size: the placed image rounded up to
   * a multiple of the stride on each side, at most the manifest's size.
   */
  placementFor(sourceWidth: number, sourceHeight: number): Placement {
    const { resize } = this.entry.preprocessing;
    const { width, height } = this.entry.input;
    const stride = this.rectStride;
    const placement = placeImage(resize, sourceWidth, sourceHeight, width, height);
    if (stride === undefined) return placement;
    const input = {
      width: Math.min(width, Math.ceil(placement.width / stride) * stride),
      height: Math.min(height, Math.ceil(placement.height / stride) * stride),
    };
    return input.width === width && input.height === height ? placement : { ...placement, input };
  }

  /** Writes into the reused buffer and makes the matching tensor the one `infer()` runs. */
  private write(image: RgbImage, placement: Placement, crop?: PixelRect): void {
    writeInput(image, placement, this.entry, this.tables, this.input, crop);
    const size = placement.input;
    if (!size) {
      this.active = this.inputTensor;
      return;
    }
    const key = `${size.width}x${size.height}`;
    let tensor = this.tensors.get(key);
    if (!tensor) {
      tensor = new Tensor(this.entry.input.dtype, this.input.subarray(0, 3 * size.width * size.height), [1, 3, size.height, size.width]);
      this.tensors.set(key, tensor);
    }
    this.active = tensor;
  }

  /** Resizes `image` if needed and writes it into the reused input buffer. */
  async fill(image: RgbImage): Promise<Geometry> {
    const placement = this.placementFor(image.sourceWidth, image.sourceHeight);
    const fitted = await resizeRgb(image, placement.width, placement.height);
    this.write(fitted, placement);
    return { sourceWidth: image.sourceWidth, sourceHeight: image.sourceHeight, placement };
  }

  /** One bare `session.run` on `tensor` (default: the tensor the last fill wrote). */
  async infer(tensor: Tensor = this.active): Promise<RawOutputs> {
    const results = await this.session.run({ [this.entry.input.name]: tensor });
    const raw: RawOutputs = {};
    for (const name of this.entry.output.names) {
      const t = results[name];
      if (!t) throw new Error(`Model ${this.name} returned no '${name}'`);
      const data = t.data;
      if (!(data instanceof Float32Array) && !(data instanceof Uint16Array)) {
        throw new Error(`Model ${this.name} output '${name}' has type ${t.type}`);
      }
      raw[name] = data;
    }
    return raw;
  }

  /** Layout decode, per-class NMS, then mapping to original pixels (clamped to the image). */
  postprocess(outputs: RawOutputs, geometry: Geometry, threshold: number, iou: number): Candidate[] {
    const raw = decoders[this.entry.output.layout](outputs, this.entry, threshold, geometry.placement.input);
    const kept = nonMaxSuppression(raw, iou);
    const { placement: p, sourceWidth: w, sourceHeight: h } = geometry;
    const sx = w / p.width;
    const sy = h / p.height;
    const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
    return kept
      .map((c) => ({
        classId: c.classId,
        score: c.score,
        x1: clamp((c.x1 - p.left) * sx, w),
        y1: clamp((c.y1 - p.top) * sy, h),
        x2: clamp((c.x2 - p.left) * sx, w),
        y2: clamp((c.y2 - p.top) * sy, h),
      }))
      .filter((c) => c.x2 > c.x1 && c.y2 > c.y1);
  }

  /**
   * Decode at this model's size, inference and post-processing, without queueing: callers that
   * already hold the detection queue (the cascade) use this; everyone else uses `detect`.
   */
  async run(bytes: Buffer, options: RawDetectOptions = {}): Promise<ModelDetection> {
    const t0 = performance.now();
    const image = await decodeRgb(bytes, (w, h) => this.placementFor(w, h), { maxPixels: options.maxPixels });
    const geometry = await this.fill(image);
    const t1 = performance.now();
    const outputs = await this.infer();
    const t2 = performance.now();
    const candidates = this.postprocess(outputs, geometry, options.threshold ?? 0.25, options.iou ?? 0.45);
    const t3 = performance.now();
    return {
      candidates,
      width: geometry.sourceWidth,
      height: geometry.sourceHeight,
      timings: { decode_ms: t1 - t0, inference_ms: t2 - t1, post_ms: t3 - t2 },
    };
  }

  /**
   * Detects in the `crop` rectangle of an already decoded image (a tile of the second look), without
   * queueing: the crop is written straight into the input when it already has the placement's size,
   * else it is copied out and resampled first. Candidates come back in the crop's own pixels
   * (`0..crop.width × 0..crop.height`), clamped.
   */
  async runRegion(image: RgbImage, crop: PixelRect, options: { threshold: number; iou: number }): Promise<Candidate[]> {
    const placement = this.placementFor(crop.width, crop.height);
    if (placement.width === crop.width && placement.height === crop.height) {
      this.write(image, placement, crop);
    } else {
      const region = copyRegion(image, crop);
      const fitted = await resizeRgb(region, placement.width, placement.height);
      this.write(fitted, placement);
    }
    const outputs = await this.infer();
    const geometry: Geometry = { sourceWidth: crop.width, sourceHeight: crop.height, placement };
    return this.postprocess(outputs, geometry, options.threshold, options.iou);
  }

  /** Runs this model alone on `bytes` (tests, benchmark, per-model figures); calls are serialised. */
  detect(bytes: Buffer, options: RawDetectOptions = {}): Promise<ModelDetection> {
    return detectionQueue.run(() => this.run(bytes, options));
  }
}

/** The `crop` rectangle of `image` as an image of its own (one copy of its rows). */
function copyRegion(image: RgbImage, crop: PixelRect): RgbImage {
  const data = Buffer.allocUnsafe(crop.width * crop.height * 3);
  const row = crop.width * 3;
  for (let y = 0; y < crop.height; y++) {
    const from = ((crop.y + y) * image.width + crop.x) * 3;
    image.data.copy(data, y * row, from, from + row);
  }
  return { data, width: crop.width, height: crop.height, sourceWidth: crop.width, sourceHeight: crop.height };
}

/** Loads one manifest model by name (tests and the benchmark; the service uses `loadPetModel`). */
export function loadModel(name: string, options: ModelLoadOptions = {}): Promise<OnnxModel> {
  return OnnxModel.load(name, options);
}
