import type { DetectedPet } from '../../domain/ports.js';
import type { StageConfig } from './manifest.js';
import type { Candidate } from './nms.js';

/**
 * Maps a raw model score onto the public pet-score scale with the one monotone, piecewise-linear
 * map that sends 0 → 0, `petThreshold` → 0.5 and 1 → 1. Every model's operating point then sits at
 * the public threshold (docs/reference/spec.md: "pets at ≥ 0.5"), and the reported confidence is the value compared.
 */
export function calibrate(raw: number, petThreshold: number): number {
  const s = Math.min(1, Math.max(0, raw));
  return s < petThreshold ? (0.5 * s) / petThreshold : 0.5 + (0.5 * (s - petThreshold)) / (1 - petThreshold);
}

/** The inverse of `calibrate`: the raw score that calibrates to `calibrated`. */
export function rawFor(calibrated: number, petThreshold: number): number {
  const c = Math.min(1, Math.max(0, calibrated));
  return c < 0.5 ? (c / 0.5) * petThreshold : petThreshold + ((c - 0.5) / 0.5) * (1 - petThreshold);
}

/**
 * The raw score floor a stage's decoder must keep so that no candidate that could matter is lost:
 * anything that might calibrate to the public threshold, and anything that keeps the image alive
 * for the next stage (`reject_below`).
 */
export function candidateFloor(stage: StageConfig, threshold: number): number {
  const floor = Math.min(rawFor(threshold, stage.pet_threshold), stage.reject_below ?? 1);
  return Math.max(0.01, floor);
}

export type StageDecision = 'pet' | 'no-pet' | 'next';

export interface StageJudgement {
  decision: StageDecision;
  /** The pets to report when the decision is 'pet' (calibrated, highest first); empty otherwise. */
  pets: DetectedPet[];
  /** Best raw pet score of the stage (0 when none). */
  bestRaw: number;
  /** The reported pets as candidates (original pixels, `score` = calibrated confidence), highest first. */
  calibrated: Candidate[];
}

/**
 * Applies one cascade stage to the candidates of its model (original pixels, after NMS).
 * Only `petClassIds` count; a box is reported when its calibrated score reaches `threshold`.
 */
export function judgeStage(
  candidates: readonly Candidate[],
  stage: StageConfig,
  classNames: readonly string[],
  petClassIds: ReadonlySet<number>,
  threshold: number,
): StageJudgement {
  let bestRaw = 0;
  const calibrated: Candidate[] = [];
  for (const c of candidates) {
    if (!petClassIds.has(c.classId)) continue;
    bestRaw = Math.max(bestRaw, c.score);
    const confidence = calibrate(c.score, stage.pet_threshold);
    if (confidence >= threshold) calibrated.push({ ...c, score: confidence });
  }
  calibrated.sort((a, b) => b.score - a.score);
  const pets = calibrated.map((c) => toDetectedPet(c, classNames, c.score));
  if (pets.length > 0) return { decision: 'pet', pets, bestRaw, calibrated };
  const decision = stage.reject_below === undefined || bestRaw < stage.reject_below ? 'no-pet' : 'next';
  return { decision, pets, bestRaw, calibrated };
}

/** A candidate as the API shows it: label, calibrated confidence (3 decimals), integer pixel box. */
export function toDetectedPet(c: Candidate, classNames: readonly string[], confidence: number): DetectedPet {
  const x = Math.round(c.x1);
  const y = Math.round(c.y1);
  return {
    label: classNames[c.classId] ?? `class-${c.classId}`,
    // Rounding to nearest never moves a score that reached a 3-decimal threshold below it.
    confidence: Math.round(confidence * 1000) / 1000,
    box: { x, y, width: Math.max(0, Math.round(c.x2) - x), height: Math.max(0, Math.round(c.y2) - y) },
  };
}
