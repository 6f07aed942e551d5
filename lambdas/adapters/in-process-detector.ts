import type { Config } from '../domain/config.js';
import { loadPetModel, type PetModel } from '../engines/detection/index.js';
import { checkPets } from '../engines/detection/pet-check.js';
import type { DetectionOutcome, DetectRequest, MediaStore, PetDetector } from '../domain/ports.js';

/*
 * The native half of detection (onnxruntime-node, sharp, ffmpeg). Only the detector container and
 * the local runtime load this module; the zip functions reach it through a dynamic import that the
 * Lambda path never takes (detection-wiring.ts), so their bundles stay free of native addons.
 */

/** Loads the model the configuration names (`MODEL_DIR`, `DETECTION_THRESHOLD`, `PET_CLASSES`). */
export const loadConfiguredModel = (config: Config): Promise<PetModel> =>
  loadPetModel({ modelDir: config.MODEL_DIR, threshold: config.DETECTION_THRESHOLD, petClasses: config.PET_CLASSES });

/** What an in-process detector runs with; the composition root supplies the process's model. */
export interface InProcessDetectorDeps {
  model: () => Promise<PetModel>;
  media: MediaStore;
  config: Config;
}

/** Runs intake + detection in this process (the detector Lambda itself, the local runtime, tests). */
export class InProcessPetDetector implements PetDetector {
  constructor(private readonly deps: InProcessDetectorDeps) {}

  async detect(request: DetectRequest): Promise<DetectionOutcome> {
    return checkPets(request, { model: await this.deps.model(), media: this.deps.media, config: this.deps.config });
  }
}
