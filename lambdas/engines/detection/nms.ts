/** A detection in some pixel space, corners inclusive-exclusive (x1 < x2, y1 < y2). */
export interface Candidate {
  classId: number;
  score: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Intersection over union of two boxes (0 when either has no area). */
export function iou(a: Candidate, b: Candidate): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Greedy suppression, the one loop behind every NMS variant here: candidates highest score first; one
 * is dropped when `duplicate(kept, candidate)` holds for a box already kept. Returns the kept boxes,
 * highest first, at most `maxKept` of them.
 */
export function greedySuppress(
  candidates: readonly Candidate[],
  duplicate: (kept: Candidate, candidate: Candidate) => boolean,
  maxKept = Infinity,
): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.length >= maxKept) break;
    if (!kept.some((k) => duplicate(k, c))) kept.push(c);
  }
  return kept;
}

/**
 * Greedy per-class non-maximum suppression: within each class, a box is dropped when it overlaps a
 * higher-scoring kept box by more than `iouThreshold`. Boxes of different classes never suppress each
 * other. Returns the kept boxes sorted by score, highest first, at most `maxDetections` of them.
 */
export function nonMaxSuppression(candidates: readonly Candidate[], iouThreshold: number, maxDetections = 100): Candidate[] {
  return greedySuppress(candidates, (k, c) => k.classId === c.classId && iou(k, c) > iouThreshold, maxDetections);
}
