import { z } from 'zod';
import rawManifest from '../../../models/manifest.json' with { type: 'json' };

/** How an image is fitted into the square model input. */
export const ResizeMode = z.enum(['letterbox-centre', 'letterbox-top-left', 'stretch']);
export type ResizeMode = z.infer<typeof ResizeMode>;

/** The output layouts the decoders in `layouts.ts` understand. */
export const OutputLayout = z.enum(['ultralytics-v8', 'yolov5', 'yolox', 'picodet']);
export type OutputLayout = z.infer<typeof OutputLayout>;

const triple = z.tuple([z.number(), z.number(), z.number()]);
/**
 * Layouts that allow rectangular inference, with the index of the output dimension that counts anchors
 * (it shrinks with the input): `[1, N, 5 + nc]` for yolox, whose raw head leaves the grid to the decoder.
 * Not ultralytics-v8: an export at a fixed imgsz bakes the anchor count into the head's Reshape
 * constants (yolov8n-coco-int8 at 640×480 fails in `/model.22/dfl/Reshape`, measured).
 */
export const RECT_OUTPUT_DIM: Partial<Record<OutputLayout, number>> = { yolox: 1 };


export const ModelEntrySchema = z.object({
  name: z.string().min(1),
  file: z.string().regex(/^[\w.-]+\.onnx$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  licence: z.string(),
  licence_holder: z.string(),
  source: z.object({ repo: z.string(), path: z.string(), commit: z.string(), url: z.url(), notes: z.string() }),
  input: z.object({
    name: z.string(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    dtype: z.enum(['float32', 'float16']),
    /**
     * Rectangular inference (docs/detection.md §2 "Rectangular input"): the input shrinks to the
     * letterboxed image rounded up to a multiple of this stride (the model's largest), instead of the
     * full square. The loader makes the graph's fixed input/output sizes symbolic (`onnx-shape.ts`).
     * Only for top-left letterboxes, whose pad lies right and bottom, and layouts in `RECT_OUTPUT_DIM`.
     */
    rect_stride: z.number().int().positive().optional(),
  }),
  /** A channel value fed to the model is `(pixel * scale - mean[c]) / std[c]`, channels in `channel_order`. */
  preprocessing: z.object({
    resize: ResizeMode,
    pad_value: z.number().int().min(0).max(255),
    channel_order: z.enum(['RGB', 'BGR']),
    scale: z.number().positive(),
    mean: triple,
    std: triple,
  }),
  output: z.object({
    layout: OutputLayout,
    names: z.array(z.string()).min(1),
    shape: z.array(z.number().int()).optional(),
    strides: z.array(z.number().int().positive()).optional(),
    reg_max: z.number().int().positive().optional(),
  }),
  classes: z.array(z.string()).length(80),
}).superRefine((entry, ctx) => {
  if (entry.input.rect_stride === undefined) return;
  if (entry.preprocessing.resize !== 'letterbox-top-left' || !(entry.output.layout in RECT_OUTPUT_DIM)) {
    ctx.addIssue({ code: 'custom', message: 'rect_stride needs a top-left letterbox and a yolox layout', path: ['input', 'rect_stride'] });
  }
});
export type ModelEntry = z.infer<typeof ModelEntrySchema>;


/**
 * One stage of the production cascade (docs/detection.md). A stage's raw pet scores are calibrated so
 * that `pet_threshold` lands on the public threshold 0.5 (see `calibrate` in pet-rule.ts). A stage
 * answers "pet" when a calibrated pet score reaches the public threshold, answers "no pet" when its
 * best raw pet score is below `reject_below`, and otherwise hands the image to the next stage.
 * The last stage has no `reject_below`: it always answers.
 */
export const StageSchema = z.object({
  model: z.string(),
  pet_threshold: z.number().gt(0).lt(1),
  reject_below: z.number().gt(0).lt(1).optional(),
});
export type StageConfig = z.infer<typeof StageSchema>;

/**
 * The second look over tiles (docs/detection.md §3 "Second look", `tiling.ts`). It runs when no
 * stage found a pet in the whole image, the first stage's best raw pet score there reached
 * `first_stage_floor` (something faintly pet-like was seen: the first stage was inconclusive, not
 * sure), and tiles of the first model's input size would show the image at least `min_gain` times
 * larger than the full-image pass. The image is cut into at most `max_tiles` tiles overlapping by
 * `overlap` (native pixels while they fit); the first model runs on every tile with the thresholds of
 * `stages[0]`. When no tile is sure, the next model takes a zoom-in look at the best distinct pet
 * boxes the tiles found (at most `next_stage_looks`, raw score ≥ `stages[0].reject_below`): a square
 * region `look_scale` × the box's longer side (at least `look_min_side` original pixels) around each,
 * judged with `stages[1]`. Tile thresholds are their own (more looks mean more chances of a false alarm).
 */
export const TilingSchema = z.object({
  overlap: z.number().min(0).lt(1),
  max_tiles: z.number().int().positive(),
  min_gain: z.number().gt(1),
  first_stage_floor: z.number().min(0).lt(1),
  next_stage_looks: z.number().int().min(0),
  look_scale: z.number().gt(1),
  look_min_side: z.number().int().positive(),
  stages: z.array(StageSchema.omit({ model: true })).min(1).max(2),
});
export type TilingConfig = z.infer<typeof TilingSchema>;

/**
 * The second opinion on grayscale input (docs/detection.md §2 "Grayscale input"). The cascade's models
 * lose much of their score on grey pixels (yolov8n-coco-int8: 0.70 on the colour dev photo
 * coco-train2017-000000000394, 0.14–0.22 on grey copies of it), so a grey image the cascade judged "no
 * pet" while its last stage still saw a pet-like box (best raw pet score ≥ `last_stage_floor`) is shown
 * to `model`, which keeps its score on grey (picodet-s-coco-320: 0.96 colour, 0.93 grey on that photo);
 * its pet boxes count from raw `pet_threshold`, calibrated like a stage. Production: floor 0.05, threshold
 * 0.8 (0.5 let the horse-silhouette thumbnail of the SYNTHETIC hard set through as a "dog" at 0.76).
 */
export const GreySchema = z.object({
  model: z.string().min(1),
  last_stage_floor: z.number().gt(0).lt(1),
  pet_threshold: z.number().gt(0).lt(1),
});
export type GreyConfig = z.infer<typeof GreySchema>;

/** The configuration the service runs: `loadPetModel()` builds exactly this. */
export const ServiceSchema = z
  .object({
    name: z.string().min(1),
    description: z.string(),
    stages: z.array(StageSchema).min(1),
    nms_iou: z.number().gt(0).lt(1),
    tiling: TilingSchema.optional(),
    grey: GreySchema.optional(),
    chosen_on: z.string(),
  })
  .superRefine((service, ctx) => {
    service.stages.forEach((stage, i) => {
      const last = i === service.stages.length - 1;
      if (last !== (stage.reject_below === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'every stage but the last needs reject_below', path: ['stages', i] });
      }
      if (stage.reject_below !== undefined && stage.reject_below > stage.pet_threshold) {
        ctx.addIssue({ code: 'custom', message: 'reject_below must not exceed pet_threshold', path: ['stages', i] });
      }
    });
  });
export type ServiceConfig = z.infer<typeof ServiceSchema>;

export const ManifestSchema = z.object({
  schema_version: z.literal(1),
  service: ServiceSchema,
  models: z.array(ModelEntrySchema).min(1),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The parsed, validated `models/manifest.json` (fails at import when the file is malformed). */
export const manifest: Manifest = ManifestSchema.superRefine((m, ctx) => {
  for (const stage of m.service.stages) {
    if (!m.models.some((entry) => entry.name === stage.model)) {
      ctx.addIssue({ code: 'custom', message: `service stage names unknown model '${stage.model}'`, path: ['service'] });
    }
  }
}).parse(rawManifest);

/** The manifest entry of a model, by name. */
export function modelEntry(name: string): ModelEntry {
  const entry = manifest.models.find((m) => m.name === name);
  if (!entry) {
    throw new Error(`Unknown model '${name}'; known: ${manifest.models.map((m) => m.name).join(', ')}`);
  }
  return entry;
}
