import { validateConfigAtColdStart } from '../domain/config.js';
import { AppError } from '../domain/errors.js';
import { flushMetrics, logger } from '../domain/observability.js';
import type { DetectorAnswer, DetectorEvent } from '../adapters/detector.js';
import { inProcessDetector, petModel } from '../adapters/detection-wiring.js';

validateConfigAtColdStart();
// Load the model during init, outside the billed handler time and before the first request.
await petModel();

/**
 * The detector container Lambda: media intake + YOLO. Invoked synchronously by the API functions
 * through the PetDetector port; AppErrors travel back as data so the caller maps them to 4xx.
 */
export async function handler(event: DetectorEvent): Promise<DetectorAnswer> {
  if (event.action === 'ping') return { ok: true, model: (await petModel()).name };
  try {
    return { ok: true, result: await (await inProcessDetector()).detect(event.request) };
  } catch (err) {
    if (err instanceof AppError && err.status < 500) {
      return { ok: false, error: { status: err.status, code: err.code, message: err.message, extra: err.extra } };
    }
    logger.error('detection failed', { error: err as Error });
    const appError = err instanceof AppError ? err : new AppError(502, 'detector_error', 'Pet detection failed; it is safe to retry.');
    return { ok: false, error: { status: appError.status, code: appError.code, message: appError.message, extra: appError.extra } };
  } finally {
    // Detection rate and latency (lambdas/engines/detection/pet-check.ts), one EMF line per invocation.
    flushMetrics();
  }
}
