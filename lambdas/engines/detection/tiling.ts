import { greedySuppress, iou as iouOf, type Candidate } from './nms.js';
import type { PixelRect } from './preprocess.js';

/**
 * Slicing-aided second look (SAHI: Akyon et al., "Slicing Aided Hyper Inference and Fine-tuning for
 * Small Object Detection", ICIP 2022): the image is resampled once to a working size and cut into
 * overlapping tiles of the model's input size; each tile is detected on its own, boxes are mapped back
 * to original pixels and merged across tile seams. See docs/detection.md §3 "Second look".
 */

/** How the tile path is planned (`service.tiling` in models/manifest.json). */
export interface TilingOptions {
  /** Fraction of a tile shared with its neighbour along each axis (SAHI's default 0.2). */
  overlap: number;
  /** Most tiles per image (bounds the cost of the second look). */
  maxTiles: number;
  /**
   * The tile path runs only when the tiles show the image at least this many times larger than the
   * full-image pass did (`zoom / fullZoom`). Ordinary photos near the model size never reach it.
   */
  minGain: number;
}

/** Where the tiles of one image are. */
export interface TilePlan {
  /** Original (oriented) size. */
  width: number;
  height: number;
  /** Working size = round(original × zoom); every tile is a rectangle of it. */
  workWidth: number;
  workHeight: number;
  /** Scale from original pixels to working pixels. */
  zoom: number;
  /** How many times larger things look in a tile than in the full-image letterbox: zoom / min(S/W, S/H). */
  gain: number;
  /** Tiles in working pixels, row-major; each is `tileSize × tileSize` (smaller only when the working image is). */
  tiles: PixelRect[];
  tileSize: number;
}

/**
 * Start offsets of tiles of length `tile` covering `length`, neighbours sharing at least
 * `overlap × tile` pixels, first flush with 0 and last flush with the end (as SAHI shifts its last
 * slice), evenly spread. With `maxCount` the count is capped (the overlap then shrinks, or gaps open
 * for extreme aspect ratios).
 */
export function axisStarts(length: number, tile: number, overlap: number, maxCount = Infinity): number[] {
  if (length <= tile) return [0];
  const step = tile * (1 - overlap);
  const count = Math.min(maxCount, Math.ceil((length - tile) / step) + 1);
  if (count <= 1) return [Math.floor((length - tile) / 2)];
  return Array.from({ length: count }, (_, i) => Math.round((i * (length - tile)) / (count - 1)));
}

function countAt(width: number, height: number, zoom: number, tile: number, overlap: number): number {
  const w = Math.round(width * zoom);
  const h = Math.round(height * zoom);
  return axisStarts(w, tile, overlap).length * axisStarts(h, tile, overlap).length;
}

/**
 * The longest working side `maxTiles` tiles can cover along one axis with neighbours overlapping by
 * `overlap`: `tileSize × (1 + (maxTiles − 1)(1 − overlap))` (21 382 px for 64 tiles of 416 at 20 %).
 */
export function maxCoveredLength(tileSize: number, options: Pick<TilingOptions, 'overlap' | 'maxTiles'>): number {
  return tileSize * (1 + (options.maxTiles - 1) * (1 - options.overlap));
}

/**
 * Plans the tiles of a `width × height` image for a model with a square `tileSize` input.
 * - Zoom 1 (native pixels, SAHI's setting) when the short side is at least `tileSize`; a short side
 *   below `tileSize` (a small panorama) is upscaled so it fills one tile row.
 * - When that needs more than `maxTiles` tiles, the zoom shrinks (in 10 % steps) until the grid fits,
 *   but never below one tile row.
 * - The long side is never zoomed beyond {@link maxCoveredLength}: `maxTiles` tiles could not cover
 *   more, so a thin strip (1 × 5000 px, 2 × 16 000 px) stays a strip shorter than a tile instead of
 *   being upscaled to a working image of hundreds of megapixels (a 1 × 5000 strip filling one
 *   416-px row would be 416 × 2 080 000 px). Such tiles are shorter than `tileSize`.
 * `gain` says how much the plan helps; callers tile only when it reaches `minGain`.
 */
export function planTiles(width: number, height: number, tileSize: number, options: TilingOptions): TilePlan {
  const shortSide = Math.min(width, height);
  const capZoom = maxCoveredLength(tileSize, options) / Math.max(width, height);
  const floorZoom = Math.min(tileSize / shortSide, capZoom); // one tile row/column exactly, within the cap
  let zoom = Math.min(Math.max(1, tileSize / shortSide), capZoom);
  while (zoom > floorZoom && countAt(width, height, zoom, tileSize, options.overlap) > options.maxTiles) {
    zoom = Math.max(floorZoom, zoom * 0.9);
  }
  const workWidth = Math.max(1, Math.round(width * zoom));
  const workHeight = Math.max(1, Math.round(height * zoom));
  const xs = axisStarts(workWidth, tileSize, options.overlap, options.maxTiles);
  const ys = axisStarts(workHeight, tileSize, options.overlap, Math.max(1, Math.floor(options.maxTiles / xs.length)));
  const tw = Math.min(tileSize, workWidth);
  const th = Math.min(tileSize, workHeight);
  const tiles: PixelRect[] = [];
  for (const y of ys) for (const x of xs) tiles.push({ x, y, width: tw, height: th });
  const fullZoom = Math.min(tileSize / width, tileSize / height);
  return { width, height, workWidth, workHeight, zoom, gain: zoom / fullZoom, tiles, tileSize };
}

/**
 * Maps candidates found in one tile (in that tile's own pixels, `0..tile.width × 0..tile.height`)
 * back to original pixels: `x = (tile.x + x_tile) · width / workWidth`, clamped to the image.
 * Boxes that end up with no area are dropped.
 */
export function tileToOriginal(candidates: readonly Candidate[], tile: PixelRect, plan: TilePlan): Candidate[] {
  const sx = plan.width / plan.workWidth;
  const sy = plan.height / plan.workHeight;
  const cx = (v: number) => Math.min(plan.width, Math.max(0, (tile.x + v) * sx));
  const cy = (v: number) => Math.min(plan.height, Math.max(0, (tile.y + v) * sy));
  return candidates
    .map((c) => ({ ...c, x1: cx(c.x1), y1: cy(c.y1), x2: cx(c.x2), y2: cy(c.y2) }))
    .filter((c) => c.x2 > c.x1 && c.y2 > c.y1);
}

/** Intersection over the smaller box's area (0 when either has no area). */
export function intersectionOverSmaller(a: Candidate, b: Candidate): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min((a.x2 - a.x1) * (a.y2 - a.y1), (b.x2 - b.x1) * (b.y2 - b.y1));
  return smaller > 0 ? (w * h) / smaller : 0;
}

/**
 * Merges boxes from overlapping tiles (original pixels): greedy per-class NMS, highest score first,
 * where a box is dropped when it overlaps a kept box of its class by IoU > `iou` **or** lies mostly
 * inside it (intersection over the smaller box > `ios`). The second test is SAHI's IOS match: an
 * animal cut by a tile seam shows up as a whole box in one tile and a partial box in the next, whose
 * IoU can be low although it lies inside the whole one.
 */
export function mergeTileCandidates(candidates: readonly Candidate[], iou: number, ios = 0.6): Candidate[] {
  return greedySuppress(candidates, (k, c) => k.classId === c.classId && (iouOf(k, c) > iou || intersectionOverSmaller(k, c) > ios));
}

/**
 * The leads of the zoom-in look (docs/detection.md §3 "Second look"): from the best pet box of each
 * tile (original pixels), the `count` highest-scoring distinct ones — a box overlapping a higher one
 * by IoU > `iou` (any class: overlapping tiles see the same animal) is the same lead.
 */
export function distinctLeads(candidates: readonly Candidate[], count: number, iou = 0.3): Candidate[] {
  return greedySuppress(candidates, (k, c) => iouOf(k, c) > iou, count);
}

/**
 * The square region (working pixels of `plan`) that the zoom-in look shows the next model: centred on
 * `lead` (original pixels), with a side of `scale` × the lead's longer side but at least `minSide`
 * original pixels, clamped to the working image and shifted inside it. Integer pixels, never empty.
 */
export function zoomInRect(lead: Candidate, plan: TilePlan, scale: number, minSide: number): PixelRect {
  const sx = plan.workWidth / plan.width;
  const sy = plan.workHeight / plan.height;
  const side = Math.max(minSide, scale * Math.max(lead.x2 - lead.x1, lead.y2 - lead.y1));
  const width = Math.max(1, Math.min(plan.workWidth, Math.round(side * sx)));
  const height = Math.max(1, Math.min(plan.workHeight, Math.round(side * sy)));
  const cx = ((lead.x1 + lead.x2) / 2) * sx;
  const cy = ((lead.y1 + lead.y2) / 2) * sy;
  const x = Math.max(0, Math.min(plan.workWidth - width, Math.round(cx - width / 2)));
  const y = Math.max(0, Math.min(plan.workHeight - height, Math.round(cy - height / 2)));
  return { x, y, width, height };
}
