/**
 * The pets-eval images with their bytes, and the figures the detection benchmark computes over them
 * (scripts/bench-detect.ts). Which images and which split: scripts/dev-sets.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDevManifest, PETS_EVAL_DIR, type DevItem } from '../dev-sets.js';

/** A pets-eval entry with its file's bytes. */
export interface EvalItem extends DevItem {
  bytes: Buffer;
}

/** Every pets-eval entry (ambiguous ones included) with its bytes, from `PETS_EVAL_DIR`. */
export function loadEvalSet(): EvalItem[] {
  return loadDevManifest().map((e) => ({ ...e, bytes: fs.readFileSync(path.join(PETS_EVAL_DIR, e.file)) }));
}

/** The `q` quantile (0..1) of `values` (nearest rank, lower); NaN for none. */
export const quantile = (values: number[], q: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/** Milliseconds with one decimal. */
export const ms = (v: number): string => v.toFixed(1);
/** Bytes in MiB. */
export const mb = (bytes: number): number => bytes / (1024 * 1024);

/** Image-level confusion counts, recall and FPR, and which files were missed or falsely flagged. */
export interface Score {
  recall: number;
  fpr: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  misses: string[];
  falseAlarms: string[];
}

/** Recall and FPR with `has_pet` image-level; ambiguous items excluded. */
export function score(items: EvalItem[], predicted: (item: EvalItem, index: number) => boolean): Score {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  items.forEach((item, i) => {
    if (item.ambiguous) return;
    const p = predicted(item, i);
    if (item.has_pet && p) tp++;
    else if (item.has_pet) {
      fn++;
      misses.push(item.file);
    } else if (p) {
      fp++;
      falseAlarms.push(item.file);
    } else tn++;
  });
  return { recall: tp / (tp + fn), fpr: fp / (fp + tn), tp, fn, fp, tn, misses, falseAlarms };
}

/** `recall 0.974 (37/38)  fpr 0.026 (1/38)`. */
export const fmt = (s: Score): string =>
  `recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn})  fpr ${s.fpr.toFixed(3)} (${s.fp}/${s.fp + s.tn})`;
