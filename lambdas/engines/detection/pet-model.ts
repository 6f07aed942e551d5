/**
 * Pet detection core (no AWS): decoding untrusted image bytes, the ONNX detectors of
 * `models/manifest.json`, and the calibrated cascade the service runs. See docs/detection.md.
 */
import { DEFAULT_DETECTION_THRESHOLD, DEFAULT_PET_CLASSES } from '../../domain/config.js';
import { manifest, modelEntry } from './manifest.js';
import { OnnxModel } from './model.js';
import { PetCascade, type CascadeStage, type GreyOpinion, type PetModel } from './pet-cascade.js';

export type { PetModel, PetVerdict } from './pet-cascade.js';
export { PetCascade, isGreyscale } from './pet-cascade.js';
export { DEFAULT_MODEL_DIR, OnnxModel, loadModel, resolveModelDir, type ModelDetection, type ModelLoadOptions } from './model.js';
export { manifest, modelEntry, type ModelEntry, type ServiceConfig, type StageConfig } from './manifest.js';
export { calibrate, rawFor, judgeStage } from './pet-rule.js';
export { nonMaxSuppression, iou, type Candidate } from './nms.js';
export { toHalfBits, fromHalfBits, halfArrayToFloat32 } from './float16.js';
export { placeImage, decodeRgb, kernelFor, writeInput, channelTables } from './preprocess.js';
export { planTiles, tileToOriginal, mergeTileCandidates, axisStarts, distinctLeads, zoomInRect, type TilePlan, type TilingOptions } from './tiling.js';

export interface PetModelOptions {
  /** Directory of the `.onnx` files (default `models/files`; the composition root passes `MODEL_DIR`). */
  modelDir?: string;
  /** Public threshold on the calibrated pet score (default 0.5; the composition root passes `DETECTION_THRESHOLD`). */
  threshold?: number;
  /** COCO class names that count as pets (default: the 10 animal classes; the composition root passes `PET_CLASSES`). */
  petClasses?: string[];
  /** onnxruntime intra-op threads per session (default 1). */
  intraOpThreads?: number;
  /**
   * The second look over tiles of `service.tiling` (default true). `false` gives the full-image
   * cascade alone, for the benchmark's same-run comparison.
   */
  tiling?: boolean;
  /**
   * Rectangular inference where the manifest allows it (default true, docs/detection.md §2). `false`
   * runs every stage on its full square input, for the benchmark's same-run comparison.
   */
  rectangular?: boolean;
  /**
   * The second opinion on grayscale input (`service.grey`, default true). `false` gives the cascade
   * without it, for the benchmark's same-run comparison.
   */
  grey?: boolean;
}

/**
 * Loads the production configuration (`service` in `models/manifest.json`): every stage's session is
 * created now, once per process, so no request pays for a model load. (An extra warm-up inference at
 * load time was tried and did not make import + load + first verdict any faster on 2 cores.)
 */
export async function loadPetModel(options: PetModelOptions = {}): Promise<PetModel> {
  const threshold = options.threshold ?? DEFAULT_DETECTION_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`Detection threshold must be in (0, 1], got ${threshold}`);
  const petClasses = options.petClasses ?? DEFAULT_PET_CLASSES;
  const { service } = manifest;
  const stages: CascadeStage[] = await Promise.all(
    service.stages.map(async (stage) => {
      const entry = modelEntry(stage.model);
      const petClassIds = new Set(
        petClasses.map((label) => {
          const id = entry.classes.indexOf(label);
          if (id < 0) throw new Error(`Pet class '${label}' is not a class of ${entry.name}`);
          return id;
        }),
      );
      const model = await OnnxModel.load(stage.model, {
        modelDir: options.modelDir,
        intraOpThreads: options.intraOpThreads,
        rectangular: options.rectangular,
      });
      return { model, config: stage, petClassIds };
    }),
  );
  // The second opinion on grayscale input (docs/detection.md §2 "Grayscale input").
  let grey: GreyOpinion | undefined;
  if (service.grey && options.grey !== false) {
    const entry = modelEntry(service.grey.model);
    const petClassIds = new Set(
      petClasses.map((label) => {
        const id = entry.classes.indexOf(label);
        if (id < 0) throw new Error(`Pet class '${label}' is not a class of ${entry.name}`);
        return id;
      }),
    );
    const model = await OnnxModel.load(service.grey.model, { modelDir: options.modelDir, intraOpThreads: options.intraOpThreads, rectangular: options.rectangular });
    grey = { model, config: service.grey, petClassIds };
  }
  return new PetCascade(service.name, threshold, stages, options.tiling === false ? { ...service, tiling: undefined } : service, grey);
}
