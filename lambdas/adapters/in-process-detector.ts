import { getConfig, requireConfig } from '../core/config.js';
import { loadPetModel, type PetModel } from '../core/detection/index.js';
import { checkPets } from '../core/detection/pet-check.js';
import type { DetectionOutcome, DetectRequest, PetDetector } from '../core/ports.js';
import { S3MediaStore } from './s3-media-store.js';

/*
 * The native half of detection (onnxruntime-node, sharp, ffmpeg). Only the detector container and
 * the local runtime load this module; the zip functions reach it through a dynamic import that the
 * Lambda path never takes, so their bundles stay free of native addons.
 */

let model: Promise<PetModel> | undefined;

/** The process's one model instance (sessions are created once per process). */
export function sharedModel(): Promise<PetModel> {
  model ??= loadPetModel({
    modelDir: getConfig().MODEL_DIR,
    threshold: getConfig().DETECTION_THRESHOLD,
    petClasses: getConfig().PET_CLASSES,
  }).catch((err) => {
    model = undefined;
    throw err;
  });
  return model;
}

/** Runs intake + detection in this process (the detector Lambda itself, the local runtime, tests). */
export class InProcessPetDetector implements PetDetector {
  async detect(request: DetectRequest): Promise<DetectionOutcome> {
    const media = new S3MediaStore(requireConfig('MEDIA_BUCKET_NAME'));
    return checkPets(request, { model: await sharedModel(), media });
  }
}
