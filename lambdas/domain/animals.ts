import type { DetectedPet } from './ports.js';

/**
 * Counting animals, not boxes (docs/detection.md §3 "One animal, one count"). A detector often returns a
 * box for the whole animal and another for a part of it (its head, its front half), or one box per
 * class for an animal it cannot decide on (a horse box and a cow box on the same horse). Ordinary
 * non-maximum suppression keeps both: their IoU is small (a head box is a tenth of the body box) or
 * their classes differ. Here a box that lies mostly inside another box of the same or a confusable
 * class, in the same image or video frame, is taken for the same animal.
 */

/**
 * Share of the smaller box's area that must lie inside the larger box for the two to be one animal.
 * Chosen on the labelled dev set (docs/detection.md §3 "One animal, one count": the detections of every dev image replayed with each threshold): of
 * the two dog boxes on the one chihuahua of coco-train2017-000000000581, the smaller lies 78.2 % inside the
 * other (IoU 0.42), and the dog-head box of coco-train2017-000000000394 89.5 % inside the dog's box, while of
 * the two elephants of coco-train2017-000000000263, which overlap more than any other pair of distinct
 * animals there, the smaller lies 71.7 % inside the other; any value in (0.717, 0.782] counts all three
 * right, and 0.75 is the middle of that window.
 */
export const SAME_ANIMAL_CONTAINMENT = 0.75;

/**
 * Pairs of COCO animal classes the detector confuses on one animal (docs/detection.md §3 "One animal, one count"): pets and
 * small four-legged animals (cat, dog, sheep, bear), and large grazing animals (horse, cow, zebra, sheep).
 * Birds are confusable with nothing: a bird on a cow's back is a second animal.
 */
export const CONFUSABLE_CLASSES: readonly (readonly [string, string])[] = Object.freeze([
  ['cat', 'dog'],
  ['dog', 'sheep'],
  ['dog', 'bear'],
  ['cat', 'bear'],
  ['horse', 'cow'],
  ['horse', 'zebra'],
  ['cow', 'sheep'],
  ['cow', 'bear'],
] as const);

/** True when `a` and `b` are the same class or a pair of {@link CONFUSABLE_CLASSES}. */
export function confusable(a: string, b: string): boolean {
  return a === b || CONFUSABLE_CLASSES.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

type Box = DetectedPet['box'];

/** Area of the intersection of two boxes divided by the area of the smaller one (0..1; 0 when either is empty). */
export function containment(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const smaller = Math.min(a.width * a.height, b.width * b.height);
  if (w <= 0 || h <= 0 || smaller <= 0) return 0;
  return (w * h) / smaller;
}

/**
 * Whether two detections are one animal: the same frame (`frame_time_s`, absent for a photo), the same
 * or a confusable class, and the smaller box at least {@link SAME_ANIMAL_CONTAINMENT} inside the larger.
 */
export function sameAnimal(a: DetectedPet, b: DetectedPet): boolean {
  return a.frame_time_s === b.frame_time_s && confusable(a.label, b.label) && containment(a.box, b.box) >= SAME_ANIMAL_CONTAINMENT;
}

/**
 * One detection per animal, per image or video frame: detections are taken best confidence first; one
 * that is the {@link sameAnimal} as a detection already kept is folded into it. The kept detection keeps
 * its label and confidence (the best of the animal) and takes the larger of the two boxes, so the box
 * framed by the renderer is the whole animal rather than its head. Order: best confidence first.
 */
export function mergeSameAnimal(pets: readonly DetectedPet[]): DetectedPet[] {
  const kept: DetectedPet[] = [];
  // The box each kept animal had when its best detection was kept: containment is judged against the
  // animal's detections, not against a box that grew while folding.
  const members: DetectedPet[][] = [];
  for (const pet of [...pets].sort((a, b) => b.confidence - a.confidence)) {
    const i = kept.findIndex((_, k) => members[k]!.some((m) => sameAnimal(m, pet)));
    if (i < 0) {
      kept.push({ ...pet, box: { ...pet.box } });
      members.push([pet]);
      continue;
    }
    members[i]!.push(pet);
    const k = kept[i]!;
    if (pet.box.width * pet.box.height > k.box.width * k.box.height) k.box = { ...pet.box };
  }
  return kept;
}

/**
 * How many animals of each class were seen together: per image (or video frame, by `frame_time_s`) the
 * animals of {@link mergeSameAnimal} by the label of their best detection, then the largest count over
 * frames (the same dog in eight frames is one dog).
 */
export function countAnimals(pets: readonly DetectedPet[]): Record<string, number> {
  const out: Record<string, number> = {};
  const frames = new Map<string, DetectedPet[]>();
  for (const p of pets) {
    const key = String(p.frame_time_s ?? 'image');
    frames.set(key, [...(frames.get(key) ?? []), p]);
  }
  for (const inFrame of frames.values()) {
    const counts = new Map<string, number>();
    for (const animal of mergeSameAnimal(inFrame)) counts.set(animal.label, (counts.get(animal.label) ?? 0) + 1);
    for (const [label, n] of counts) out[label] = Math.max(out[label] ?? 0, n);
  }
  return out;
}
