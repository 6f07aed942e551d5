import type { DetectedPet } from '../ports.js';
import type { ServiceConfig, StageConfig } from './manifest.js';
import type { OnnxModel } from './model.js';
import { candidateFloor, judgeStage } from './pet-rule.js';
import { detectionQueue } from './serial.js';

/** What one `detect` call found (the shape the detector service codes against). */
export interface PetVerdict {
  /** Pets whose calibrated confidence reached the threshold, highest first, in original pixels. */
  pets: DetectedPet[];
  timings: { decode_ms: number; inference_ms: number; post_ms: number };
  /** Size of the EXIF-oriented original image. */
  width: number;
  height: number;
  /** The models that ran for this image, in order (the cascade stops early when it can). */
  models: string[];
}

/** A pet detector: the production configuration is built by `loadPetModel`. */
export interface PetModel {
  readonly name: string;
  readonly threshold: number;
  /** Decodes untrusted image bytes (errors propagate) and finds the pets in them. */
  detect(bytes: Buffer, opts?: { maxPixels?: number }): Promise<PetVerdict>;
}

export interface CascadeStage {
  model: OnnxModel;
  config: StageConfig;
  petClassIds: ReadonlySet<number>;
}

/**
 * The production decision rule: the stages of `service.stages` in order, each decoding the image at
 * its own model's size; the first stage that is sure (pet, or clearly no pet) answers.
 */
export class PetCascade implements PetModel {
  constructor(
    readonly name: string,
    readonly threshold: number,
    private readonly stages: readonly CascadeStage[],
    private readonly service: Pick<ServiceConfig, 'nms_iou'>,
  ) {
    if (stages.length === 0) throw new Error('A cascade needs at least one stage');
  }

  detect(bytes: Buffer, opts: { maxPixels?: number } = {}): Promise<PetVerdict> {
    return detectionQueue.run(async () => {
      const timings = { decode_ms: 0, inference_ms: 0, post_ms: 0 };
      const models: string[] = [];
      let width = 0;
      let height = 0;
      for (const [i, stage] of this.stages.entries()) {
        const { model, config } = stage;
        models.push(model.name);
        const threshold = candidateFloor(config, this.threshold);
        const result = await model.run(bytes, { maxPixels: opts.maxPixels, threshold, iou: this.service.nms_iou });
        const t0 = performance.now();
        const judgement = judgeStage(result.candidates, config, model.entry.classes, stage.petClassIds, this.threshold);
        timings.decode_ms += result.timings.decode_ms;
        timings.inference_ms += result.timings.inference_ms;
        timings.post_ms += result.timings.post_ms + (performance.now() - t0);
        width = result.width;
        height = result.height;
        if (judgement.decision !== 'next' || i === this.stages.length - 1) {
          return { pets: judgement.decision === 'pet' ? judgement.pets : [], timings, width, height, models };
        }
      }
      throw new Error('unreachable: the last stage always answers');
    });
  }
}
