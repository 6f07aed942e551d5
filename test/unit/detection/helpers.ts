import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureModels } from '../../../models/setup.js';
import { BAD_INPUTS, PETS_EVAL, SHARED_DIR } from '../../support/shared-data.js';

export const sharedDir = SHARED_DIR;
export const evalDir = PETS_EVAL;
export const badInputsDir = BAD_INPUTS;

/** Every manifest model in models/files (copied and verified on a fresh clone), quietly. */
export const ensureAllModels = () => ensureModels({ all: true, log: () => undefined });

export const evalImage = (file: string): Buffer => readFileSync(path.join(evalDir, file));
export const badInput = (file: string): Buffer => readFileSync(path.join(badInputsDir, file));

export interface EvalEntry {
  file: string;
  has_pet: boolean;
  ambiguous?: boolean;
}
export const evalManifest = (): EvalEntry[] => JSON.parse(readFileSync(path.join(evalDir, 'manifest.json'), 'utf8')) as EvalEntry[];

export interface BadInputEntry {
  file: string;
  expected: string;
  has_pet_if_accepted: boolean | null;
}
export const badInputsManifest = (): BadInputEntry[] =>
  JSON.parse(readFileSync(path.join(badInputsDir, 'manifest.json'), 'utf8')) as BadInputEntry[];

export type Box = [x1: number, y1: number, x2: number, y2: number];

export function boxIou(a: Box, b: Box): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter);
}
