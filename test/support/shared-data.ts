import path from 'node:path';
import { expect } from 'vitest';
import { AppError } from '../../lambdas/domain/errors.js';

/** `../shared` beside the repository (present for every developer and in CI), wherever the clone lives. */
export const SHARED_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const BAD_INPUTS = path.join(SHARED_DIR, 'data', 'bad-inputs');
export const PETS_EVAL = path.join(SHARED_DIR, 'data', 'pets-eval');

/** The AppError a promise rejects with (fails the test if it resolves or rejects with anything else). */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** Field cases (issue 13): inputs reproduced from public bug reports; see its manifest.json. */
export const FIELD_CASES = path.join(SHARED_DIR, 'data', 'field-cases');
