import { errors } from '../../domain/errors.js';
import { inspectImage } from '../intake/index.js';

// The preview check decodes with sharp (a native module), so it lives apart from catalogue.ts, which every API
// bundle reaches through the composition root: only `effects:add` (publish.ts) needs it.

/** Limits of a preview image (Banuba's previews are small square PNGs). */
export const PREVIEW_LIMITS = { maxBytes: 5 * 1024 * 1024, maxSide: 2048 } as const;

/**
 * Checks a preview image: a real PNG (by its bytes, not its name) no larger than
 * {@link PREVIEW_LIMITS}. Throws an `AppError` (`invalid_media` / `unsupported_media_type`) with the reason.
 */
export async function validatePreviewPng(bytes: Buffer): Promise<{ width: number; height: number }> {
  if (bytes.length > PREVIEW_LIMITS.maxBytes) throw errors.invalidMedia(`The preview is larger than ${PREVIEW_LIMITS.maxBytes / 1024 / 1024} MB.`);
  const info = await inspectImage(bytes, { maxPixels: PREVIEW_LIMITS.maxSide * PREVIEW_LIMITS.maxSide });
  if (info.format !== 'png') throw errors.unsupportedMediaType(`The preview must be a PNG image; this is ${info.format.toUpperCase()}.`);
  if (info.width > PREVIEW_LIMITS.maxSide || info.height > PREVIEW_LIMITS.maxSide) {
    throw errors.invalidMedia(`The preview is ${info.width}×${info.height}; at most ${PREVIEW_LIMITS.maxSide} px a side.`);
  }
  return { width: info.width, height: info.height };
}
