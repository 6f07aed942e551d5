/**
 * Framing geometry of the built-in renderer (docs/renderer.md "Zoom and pan"): where the 9:16 frame
 * sits on the photo or clip, and how the camera moves toward the pets. Pure functions, no I/O.
 *
 * All rectangles are in pixels of the EXIF-oriented original (the API's `Box` coordinates). Windows are
 * interpolated edge by edge, so every intermediate window contains whatever both end windows contain:
 * the pets, which both windows hold by construction, stay fully in frame throughout.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Width / height of the output frame (720×1280). */
export const ASPECT = 9 / 16;
/** Deepest zoom of the camera move relative to the first frame (×1.3). */
export const MAX_ZOOM = 1.3;
/** Shallowest zoom: below it the move would be imperceptible, so the frame starts wider instead. */
export const MIN_ZOOM = 1.1;
/** Space kept around the pets in the closest window, as a fraction of the pets' box on each side. */
export const PET_MARGIN = 0.12;
/** Photos wider than this (width / height) are shown whole over a blurred, darkened copy. */
export const COVER_MAX_ASPECT = 0.75;
/**
 * Panoramas: from this width / height on (2:1, wider than any phone camera's 4:3 or 16:9 frame), a photo
 * shown whole would be a thin strip with the pets a few percent of the frame height (a 10:1 panorama:
 * a 72 px strip in 1280). The frame is then the smallest 9:16 window around the pets instead (over the
 * blurred copy where it is taller than the photo), never the whole strip.
 */
export const PANORAMA_MIN_ASPECT = 2;

export type Fill = 'cover' | 'contain';

export interface StillPlan {
  /** 'cover': the frame is a crop of the photo; 'contain': the photo sits over its blurred copy. */
  fill: Fill;
  /** The first frame (and the full canvas): 9:16, may extend beyond the photo in 'contain'. */
  start: Rect;
  /** The last frame: 9:16, inside `start`, holding the pets with a margin. */
  end: Rect;
  /** Union of the pets' boxes (clamped to the photo), or the centre of the photo when there are none. */
  pets: Rect;
}

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;

/** True when `outer` contains `inner` (with `epsilon` pixels of tolerance). */
export function contains(outer: Rect, inner: Rect, epsilon = 1e-6): boolean {
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    right(inner) <= right(outer) + epsilon &&
    bottom(inner) <= bottom(outer) + epsilon
  );
}

/** The union of `boxes` clamped to a width×height picture; the central 60 % when no box is usable. */
export function petUnion(boxes: readonly Rect[], width: number, height: number): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    const bx0 = Math.max(0, Math.min(width, b.x));
    const by0 = Math.max(0, Math.min(height, b.y));
    const bx1 = Math.max(0, Math.min(width, b.x + b.width));
    const by1 = Math.max(0, Math.min(height, b.y + b.height));
    if (!(bx1 > bx0 && by1 > by0)) continue;
    x0 = Math.min(x0, bx0);
    y0 = Math.min(y0, by0);
    x1 = Math.max(x1, bx1);
    y1 = Math.max(y1, by1);
  }
  if (!(x1 > x0 && y1 > y0)) return { x: width * 0.2, y: height * 0.2, width: width * 0.6, height: height * 0.6 };
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A 9:16 rectangle of `width` centred on (cx, cy). */
const frameAt = (cx: number, cy: number, width: number): Rect => ({ x: cx - width / 2, y: cy - width / ASPECT / 2, width, height: width / ASPECT });

/** Moves `r` (no larger than `bounds`) the least distance that puts it inside `bounds`. */
function shiftInside(r: Rect, bounds: Rect): Rect {
  const x = Math.min(Math.max(r.x, bounds.x), right(bounds) - r.width);
  const y = Math.min(Math.max(r.y, bounds.y), bottom(bounds) - r.height);
  return { ...r, x, y };
}

/** `r` grown by `fraction` of its size on each side, then clipped to `bounds`. */
function grow(r: Rect, fraction: number, bounds: Rect): Rect {
  const x0 = Math.max(bounds.x, r.x - r.width * fraction);
  const y0 = Math.max(bounds.y, r.y - r.height * fraction);
  const x1 = Math.min(right(bounds), right(r) + r.width * fraction);
  const y1 = Math.min(bottom(bounds), bottom(r) + r.height * fraction);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The 9:16 canvas over a width×height picture: the largest 9:16 crop holding the pets ('cover') for
 * portrait pictures (tall strips included, whose crop is centred on the pets); panoramas a 9:16 window
 * around the pets ({@link PANORAMA_MIN_ASPECT}); otherwise the whole picture over its blurred copy ('contain').
 */
export function planCanvas(width: number, height: number, pets: Rect): { fill: Fill; canvas: Rect } {
  const picture: Rect = { x: 0, y: 0, width, height };
  const aspect = width / height;
  const cx = pets.x + pets.width / 2;
  const cy = pets.y + pets.height / 2;
  if (aspect <= COVER_MAX_ASPECT) {
    const cover = shiftInside(aspect >= ASPECT ? frameAt(cx, cy, height * ASPECT) : frameAt(cx, cy, width), picture);
    if (contains(cover, grow(pets, PET_MARGIN / 2, picture))) return { fill: 'cover', canvas: cover };
  }
  if (aspect >= PANORAMA_MIN_ASPECT) return { fill: 'contain', canvas: panoramaCanvas(width, height, pets) };
  // Contain: the picture's long side (relative to 9:16) touches the frame, centred.
  const canvasWidth = aspect >= ASPECT ? width : height * ASPECT;
  return { fill: 'contain', canvas: frameAt(width / 2, height / 2, canvasWidth) };
}

/**
 * The canvas over a panorama ({@link PANORAMA_MIN_ASPECT}): the smallest 9:16 window that holds the
 * pets with {@link PET_MARGIN} on each side and is at least as wide as the photo is tall × 9/16 (so the
 * photo always fills the frame's width), centred on the pets along the strip (kept inside it) and on the
 * photo across it. Never wider than the whole panorama shown whole. Two pets far apart make a wide
 * window that holds both.
 */
function panoramaCanvas(width: number, height: number, pets: Rect): Rect {
  const picture: Rect = { x: 0, y: 0, width, height };
  const target = grow(pets, PET_MARGIN, picture);
  const needed = Math.max(target.width, target.height * ASPECT, height * ASPECT);
  const canvasWidth = Math.min(width, needed);
  const cx = Math.min(Math.max(target.x + target.width / 2, canvasWidth / 2), width - canvasWidth / 2);
  return frameAt(cx, height / 2, canvasWidth);
}

/**
 * The camera move over a still: from the canvas (`start`) to a closer 9:16 window around the pets
 * (`end`), zooming between {@link MIN_ZOOM} and {@link MAX_ZOOM}. When the pets already fill the canvas,
 * the first frame is widened instead (showing the blurred copy around the photo), so the move exists
 * and the pets stay whole.
 */
export function planStill(width: number, height: number, boxes: readonly Rect[]): StillPlan {
  const pets = petUnion(boxes, width, height);
  let { fill, canvas } = planCanvas(width, height, pets);
  const cx = pets.x + pets.width / 2;
  const cy = pets.y + pets.height / 2;
  const target = grow(pets, PET_MARGIN, canvas);
  // A 9:16 window centred on the pets that holds `target` (which clipping may have made lopsided).
  const halfWidth = Math.max(cx - target.x, right(target) - cx);
  const halfHeight = Math.max(cy - target.y, bottom(target) - cy);
  const tightWidth = Math.max(2 * halfWidth, 2 * halfHeight * ASPECT);
  const endWidth = Math.min(canvas.width, Math.max(tightWidth, canvas.width / MAX_ZOOM));
  const end = shiftInside(frameAt(cx, cy, endWidth), canvas);
  if (canvas.width / end.width < MIN_ZOOM) {
    // Too little room: keep the end window and start wider, centred on it.
    const widened = endWidth * MIN_ZOOM;
    canvas = frameAt(end.x + end.width / 2, end.y + end.height / 2, widened);
    fill = 'contain';
  }
  return { fill, start: canvas, end, pets };
}

/**
 * Progress of the move at frame `i` of `frames`, in [0, 1]: a sine ease that never stops (its speed at
 * the ends is about a third of the peak), so there is no still stretch and no sudden start.
 */
export function moveProgress(i: number, frames: number): number {
  if (frames <= 1) return 1;
  const u = 0.1 + (0.8 * i) / (frames - 1);
  const ease = (v: number) => (1 - Math.cos(Math.PI * v)) / 2;
  return (ease(u) - ease(0.1)) / (ease(0.9) - ease(0.1));
}

/** The window at progress p: every edge moves linearly from `a` to `b`. */
export function lerpRect(a: Rect, b: Rect, p: number): Rect {
  const x0 = a.x + (b.x - a.x) * p;
  const y0 = a.y + (b.y - a.y) * p;
  const x1 = right(a) + (right(b) - right(a)) * p;
  const y1 = bottom(a) + (bottom(b) - bottom(a)) * p;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The 9:16 crop of a width×height video around the pets: the largest 9:16 window centred on them
 * ('cover') when it holds them, otherwise the whole frame over its blurred copy ('contain').
 */
export function planClip(width: number, height: number, boxes: readonly Rect[]): { fill: Fill; crop: Rect; pets: Rect } {
  const pets = petUnion(boxes, width, height);
  const picture: Rect = { x: 0, y: 0, width, height };
  const cx = pets.x + pets.width / 2;
  const cy = pets.y + pets.height / 2;
  const aspect = width / height;
  const cover = shiftInside(aspect >= ASPECT ? frameAt(cx, cy, height * ASPECT) : frameAt(cx, cy, width), picture);
  if (contains(cover, pets)) return { fill: 'cover', crop: cover, pets };
  return { fill: 'contain', crop: picture, pets };
}
