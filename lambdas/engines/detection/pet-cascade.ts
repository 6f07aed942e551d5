import type { DetectedPet } from '../../domain/ports.js';
import type { GreyConfig, ServiceConfig, StageConfig, TilingConfig } from './manifest.js';
import type { OnnxModel } from './model.js';
import type { Candidate } from './nms.js';
import { candidateFloor, judgeStage, toDetectedPet } from './pet-rule.js';
import { decodeRgb } from './preprocess.js';
import { detectionQueue } from './serial.js';
import { distinctLeads, mergeTileCandidates, planTiles, tileToOriginal, zoomInRect, type TilePlan } from './tiling.js';

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
  /** Tiles the second look ran (0 or absent: the image never entered the tile path). */
  tiles?: number;
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

/** The second opinion on grayscale input (`service.grey`, docs/detection.md §2 "Grayscale input"). */
export interface GreyOpinion {
  model: OnnxModel;
  config: GreyConfig;
  petClassIds: ReadonlySet<number>;
}

/** Largest difference between the colour channels of a pixel that still counts as grey (8-bit values). */
export const GREY_TOLERANCE = 2;

/**
 * Whether the image is grayscale: every pixel of a 64 px-wide decode (EXIF-oriented, sRGB) has its
 * three channels within {@link GREY_TOLERANCE} of each other. Covers 1- and 2-channel PNGs (8- and 16-bit),
 * grey palettes, grey JPEGs and WebPs, and grey pixels stored as RGB.
 */
export async function isGreyscale(bytes: Buffer, maxPixels?: number): Promise<boolean> {
  const image = await decodeRgb(bytes, (w, h) => ({ width: Math.min(64, w), height: Math.max(1, Math.round((Math.min(64, w) * h) / w)) }), { maxPixels });
  const d = image.data;
  for (let i = 0; i < d.length; i += 3) {
    const r = d[i]!;
    const g = d[i + 1]!;
    const b = d[i + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) > GREY_TOLERANCE) return false;
  }
  return true;
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
    private readonly service: Pick<ServiceConfig, 'nms_iou' | 'tiling'>,
    private readonly grey?: GreyOpinion,
  ) {
    if (stages.length === 0) throw new Error('A cascade needs at least one stage');
  }

  /**
   * The tile plan of an image of this oriented size, or undefined when the image does not qualify
   * for the second look (tiling off, or the tiles would not show it at least `min_gain` times larger
   * than the full-image pass: every ordinary photo near the model's input size).
   */
  tilePlan(width: number, height: number): TilePlan | undefined {
    const tiling = this.service.tiling;
    if (!tiling) return undefined;
    const { input } = this.stages[0]!.model.entry;
    const plan = planTiles(width, height, Math.min(input.width, input.height), {
      overlap: tiling.overlap,
      maxTiles: tiling.max_tiles,
      minGain: tiling.min_gain,
    });
    return plan.gain >= tiling.min_gain ? plan : undefined;
  }

  detect(bytes: Buffer, opts: { maxPixels?: number } = {}): Promise<PetVerdict> {
    return detectionQueue.run(async () => {
      const timings = { decode_ms: 0, inference_ms: 0, post_ms: 0 };
      const models: string[] = [];
      let width = 0;
      let height = 0;
      let firstStageBest = 0;
      let lastStageBest = 0;
      for (const [i, stage] of this.stages.entries()) {
        const { model, config } = stage;
        models.push(model.name);
        const last = i === this.stages.length - 1;
        // The last stage keeps candidates down to the grey opinion's floor, so its best pet score says whether to ask.
        const threshold = last && this.grey ? Math.min(candidateFloor(config, this.threshold), this.grey.config.last_stage_floor) : candidateFloor(config, this.threshold);
        const result = await model.run(bytes, { maxPixels: opts.maxPixels, threshold, iou: this.service.nms_iou });
        const t0 = performance.now();
        const judgement = judgeStage(result.candidates, config, model.entry.classes, stage.petClassIds, this.threshold);
        timings.decode_ms += result.timings.decode_ms;
        timings.inference_ms += result.timings.inference_ms;
        timings.post_ms += result.timings.post_ms + (performance.now() - t0);
        width = result.width;
        height = result.height;
        if (i === 0) firstStageBest = judgement.bestRaw;
        lastStageBest = last ? judgement.bestRaw : 0;
        if (judgement.decision === 'pet') return { pets: judgement.pets, timings, width, height, models, tiles: 0 };
        if (judgement.decision === 'no-pet' || last) break;
      }
      // Grey input the last stage was unsure about: the model that keeps its score on grey decides.
      if (this.grey && lastStageBest >= this.grey.config.last_stage_floor) {
        const t0 = performance.now();
        const grey = await isGreyscale(bytes, opts.maxPixels);
        timings.decode_ms += performance.now() - t0;
        if (grey) {
          const { model, config, petClassIds } = this.grey;
          const rule = { model: model.name, pet_threshold: config.pet_threshold };
          models.push(model.name);
          const result = await model.run(bytes, { maxPixels: opts.maxPixels, threshold: candidateFloor(rule, this.threshold), iou: this.service.nms_iou });
          timings.decode_ms += result.timings.decode_ms;
          timings.inference_ms += result.timings.inference_ms;
          timings.post_ms += result.timings.post_ms;
          const judgement = judgeStage(result.candidates, rule, model.entry.classes, petClassIds, this.threshold);
          if (judgement.decision === 'pet') return { pets: judgement.pets, timings, width, height, models, tiles: 0 };
        }
      }
      // No stage saw a pet in the whole image. When the image is much larger or more elongated than
      // the model input, small animals were only a few pixels there: look again, tile by tile.
      const plan = firstStageBest >= (this.service.tiling?.first_stage_floor ?? 1) ? this.tilePlan(width, height) : undefined;
      if (!plan) return { pets: [], timings, width, height, models, tiles: 0 };
      const pets = await this.secondLook(bytes, plan, opts, timings, models);
      return { pets, timings, width, height, models, tiles: plan.tiles.length };
    });
  }

  /**
   * The second look (docs/detection.md §3 "Second look"; caller holds the detection queue):
   * 1. the first stage's model on every tile of `plan` with `tiling.stages[0]`: a tile box at its
   *    pet threshold is a pet;
   * 2. otherwise the next stage's model takes a zoom-in look (`zoomInRect`) at each of the best
   *    `next_stage_looks` distinct tile pet boxes with raw score ≥ `stages[0].reject_below`, judged
   *    with `tiling.stages[1]`: the tile shows a small animal at native size, the look at about
   *    640 / (2 × its size) times that.
   * Pets are merged across seams in original pixels. Timings and the models that ran (with their
   * tile and look counts) are added to `timings` and `models`.
   */
  private async secondLook(
    bytes: Buffer,
    plan: TilePlan,
    opts: { maxPixels?: number },
    timings: PetVerdict['timings'],
    models: string[],
  ): Promise<DetectedPet[]> {
    const tiling = this.service.tiling as TilingConfig;
    const t0 = performance.now();
    const image = await decodeRgb(bytes, () => ({ width: plan.workWidth, height: plan.workHeight }), { maxPixels: opts.maxPixels });
    timings.decode_ms += performance.now() - t0;
    const classes = this.stages[0]!.model.entry.classes;
    const done = (found: Candidate[]) => mergeTileCandidates(found, this.service.nms_iou).map((c) => toDetectedPet(c, classes, c.score));

    // 1. The first model on every tile; each tile's best pet box is a lead for the zoom-in look.
    const first = this.stages[0]!;
    const firstConfig = { model: first.model.name, ...tiling.stages[0]! };
    models.push(`${first.model.name}×${plan.tiles.length} tiles`);
    const found: Candidate[] = [];
    const leads: Candidate[] = [];
    for (const tile of plan.tiles) {
      const t1 = performance.now();
      const inTile = await first.model.runRegion(image, tile, { threshold: candidateFloor(firstConfig, this.threshold), iou: this.service.nms_iou });
      const t2 = performance.now();
      const mapped = tileToOriginal(inTile, tile, plan);
      found.push(...judgeStage(mapped, firstConfig, classes, first.petClassIds, this.threshold).calibrated);
      const lead = mapped.filter((c) => first.petClassIds.has(c.classId)).sort((a, b) => b.score - a.score)[0];
      if (lead && lead.score >= (firstConfig.reject_below ?? 1)) leads.push(lead);
      timings.inference_ms += t2 - t1;
      timings.post_ms += performance.now() - t2;
    }
    const next = this.stages[1];
    const nextRule = tiling.stages[1];
    if (found.length > 0 || !next || !nextRule) return done(found);

    // 2. Zoom-in looks of the next model at the best distinct leads.
    const looks = distinctLeads(leads, tiling.next_stage_looks);
    if (looks.length === 0) return done(found);
    const nextConfig = { model: next.model.name, ...nextRule };
    models.push(`${next.model.name}×${looks.length} looks`);
    for (const lead of looks) {
      const rect = zoomInRect(lead, plan, tiling.look_scale, tiling.look_min_side);
      const t1 = performance.now();
      const inRect = await next.model.runRegion(image, rect, { threshold: candidateFloor(nextConfig, this.threshold), iou: this.service.nms_iou });
      const t2 = performance.now();
      found.push(...judgeStage(tileToOriginal(inRect, rect, plan), nextConfig, next.model.entry.classes, next.petClassIds, this.threshold).calibrated);
      timings.inference_ms += t2 - t1;
      timings.post_ms += performance.now() - t2;
    }
    return done(found);
  }
}
