import type { Config } from '../../domain/config.js';
import { AppError, errors } from '../../domain/errors.js';
import type { DetectedPet, DetectionOutcome, DetectRequest, MediaStore } from '../../domain/ports.js';
import type { PetModel } from './pet-model.js';
import { fetchMedia } from '../intake/index.js';
import { isImageSequence, sniff, type ImageFormat } from '../intake/index.js';
import { inspectImage, mapSharpError } from '../intake/index.js';
import { decodeHeif } from '../intake/index.js';
import { sampleImageSequence, sampleVideoFrames, type SampledVideo } from '../intake/index.js';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { metrics } from '../../domain/observability.js';
import { METRIC } from '../../domain/metric-names.js';
import { isUploadOf, OWNER_METADATA, UPLOAD_KEY } from '../../domain/auth/ownership.js';
import { mergeSameAnimal } from '../../domain/animals.js';


/** The answer for an upload_key that names no upload of the caller (absent, expired or another client's). */
export const NO_UPLOAD = 'No file was uploaded for this upload_key (or it has expired).';

export interface PetCheckDeps {
  model: PetModel;
  media: MediaStore;
  /** The service's configuration, from the composition root (lambdas/adapters/composition.ts). */
  config: Config;
  /** Total time budget: synchronous callers sit behind API Gateway's 29 s limit (docs/reference/reliability.md E7). */
  budgetMs?: number;
}

/** Default budget: answers (a verdict or a clear error) well inside API Gateway's 29 s. */
export const DETECTION_BUDGET_MS = 24_000;

const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * Media intake and detection in one pass (docs/reference/architecture-reference.md §2, the detector owns intake): fetch once
 * (SSRF-safe) or read the upload, sniff by magic bytes, check the header, detect, and when a pet is
 * found and a prefix is given, store exactly the bytes that passed so the render uses them.
 */
export async function checkPets(request: DetectRequest, deps: PetCheckDeps): Promise<DetectionOutcome> {
  const config = deps.config;
  const started = performance.now();
  const deadline = started + (deps.budgetMs ?? DETECTION_BUDGET_MS);
  const remaining = (reserveMs = 0): number => Math.max(1000, Math.floor(deadline - performance.now() - reserveMs));
  const source = request.source;

  let bytes: Buffer;
  const fetchStarted = performance.now();
  if ('image_url' in source) {
    ({ bytes } = await fetchMedia(source.image_url, { allowedHosts: config.OUTBOUND_ALLOWED_HOSTS, maxBytes: config.MAX_IMAGE_BYTES, totalTimeoutMs: Math.min(20_000, remaining(3000)) }));
  } else if ('video_url' in source) {
    // Leave time to sample and detect: a video that cannot be fetched in time is refused, not a 504.
    ({ bytes } = await fetchMedia(source.video_url, { allowedHosts: config.OUTBOUND_ALLOWED_HOSTS, maxBytes: config.MAX_VIDEO_BYTES, totalTimeoutMs: remaining(8000) }));
  } else {
    // Upload keys handed out by POST /api/uploads; nothing else in the bucket is readable through a request.
    if (!UPLOAD_KEY.test(source.upload_key)) {
      throw errors.validation([{ path: 'body.upload_key', message: 'must be an upload_key returned by POST /api/uploads' }]);
    }
    // Another client's upload is answered exactly like one that was never made (docs/tenancy.md), and
    // before the bucket is read, so neither the answer nor its timing depends on the object existing.
    const owned = request.owner !== undefined && isUploadOf(source.upload_key, request.owner);
    const object = owned ? await deps.media.get(source.upload_key, Math.max(config.MAX_IMAGE_BYTES, config.MAX_VIDEO_BYTES)) : undefined;
    if (!object) throw errors.mediaUnreachable(NO_UPLOAD);
    bytes = object.body;
  }
  const fetchMs = performance.now() - fetchStarted;

  const type = sniff(bytes);
  const cap = type.kind === 'image' ? config.MAX_IMAGE_BYTES : config.MAX_VIDEO_BYTES;
  if (bytes.length > cap) throw errors.mediaTooLarge(`The ${type.kind} is ${bytes.length} bytes; the limit is ${cap} bytes.`);
  if ('image_url' in source && type.kind !== 'image') {
    throw errors.unsupportedMediaType(`image_url points to a ${type.format} video; pass it as video_url.`);
  }
  if ('video_url' in source && type.kind !== 'video') {
    throw errors.unsupportedMediaType(`video_url points to a ${type.format} image; pass it as image_url.`);
  }

  let pets: DetectedPet[] = [];
  let decodeMs = 0;
  let inferenceMs = 0;
  let media: DetectionOutcome['media'];
  /** Detects in sampled frames; boxes go back from the scaled frames to the media's own pixel grid. */
  const detectInFrames = async (video: SampledVideo, withTimes: boolean): Promise<void> => {
    for (const frame of video.frames) {
      const verdict = await detectSafely(deps.model, frame.bytes, config.MAX_PIXELS);
      decodeMs += verdict.timings.decode_ms;
      inferenceMs += verdict.timings.inference_ms + verdict.timings.post_ms;
      const sx = video.width / verdict.width;
      const sy = video.height / verdict.height;
      for (const pet of verdict.pets) {
        pets.push({
          ...pet,
          box: {
            x: Math.round(pet.box.x * sx),
            y: Math.round(pet.box.y * sy),
            width: Math.round(pet.box.width * sx),
            height: Math.round(pet.box.height * sy),
          },
          ...(withTimes ? { frame_time_s: Math.round(frame.timeS * 100) / 100 } : {}),
        });
      }
    }
  };
  if (type.kind === 'image' && type.format === 'avif' && isImageSequence(bytes)) {
    // Animated AVIF: sharp's libheif reads still images only; the first frame is judged through the
    // video path (docs/media-intake.md §3.2).
    const sampleStarted = performance.now();
    const sequence = await sampleImageSequence(bytes, { maxPixels: config.MAX_PIXELS, timeoutMs: remaining(3000) });
    decodeMs += performance.now() - sampleStarted;
    await detectInFrames(sequence, false);
    media = { kind: 'image', format: 'avif', width: sequence.width, height: sequence.height, frames_checked: sequence.frames.length };
  } else if (type.kind === 'image') {
    const inspectStarted = performance.now();
    const info = await inspectImage(bytes, { maxPixels: config.MAX_PIXELS });
    // HEIC/HEIF: libheif decodes to an upright JPEG that the detector reads like any photo (intake/heif.ts).
    const pixels = info.format === 'heic' || info.format === 'heif' ? (await decodeHeif(bytes, { maxPixels: config.MAX_PIXELS, timeoutMs: remaining(3000) })).jpeg : bytes;
    decodeMs += performance.now() - inspectStarted;
    const verdict = await detectSafely(deps.model, pixels, config.MAX_PIXELS);
    decodeMs += verdict.timings.decode_ms;
    inferenceMs += verdict.timings.inference_ms + verdict.timings.post_ms;
    pets = verdict.pets;
    media = { kind: 'image', format: info.format, width: verdict.width, height: verdict.height, frames_checked: 1 };
  } else {
    const sampleStarted = performance.now();
    const video = await sampleVideoFrames(bytes, {
      frames: config.VIDEO_FRAMES,
      windowS: config.VIDEO_WINDOW_S,
      timeoutMs: remaining(3000),
    });
    decodeMs += performance.now() - sampleStarted;
    await detectInFrames(video, true);
    media = { kind: 'video', format: video.format, width: video.width, height: video.height, frames_checked: video.frames.length };
  }
  // One detection per animal and frame: a head box inside its body box is the same dog (docs/detection.md §3 "One animal, one count").
  pets = mergeSameAnimal(pets).slice(0, 50);

  const outcome: DetectionOutcome = {
    has_pets: pets.length > 0,
    pets,
    media,
    model: { name: deps.model.name, threshold: deps.model.threshold },
    timings_ms: { fetch: round(fetchMs), decode: round(decodeMs), inference: round(inferenceMs), total: 0 },
  };
  if (outcome.has_pets && request.storePrefix) {
    const key = `${request.storePrefix}/source.${extensionOf(type.format)}`;
    await deps.media.put(key, bytes, type.mime, request.owner === undefined ? undefined : { [OWNER_METADATA]: request.owner });
    outcome.media_key = key;
    outcome.media_content_type = type.mime;
  }
  outcome.timings_ms.total = round(performance.now() - started);
  // Pet detection rate and latency (dashboard); only media that decoded counts, refusals are 4xx.
  metrics.addMetric(outcome.has_pets ? METRIC.PetsDetected : METRIC.NoPetDetected, MetricUnit.Count, 1);
  metrics.addMetric(METRIC.DetectionLatency, MetricUnit.Milliseconds, outcome.timings_ms.total);
  return outcome;
}

async function detectSafely(model: PetModel, bytes: Buffer, maxPixels: number) {
  try {
    return await model.detect(bytes, { maxPixels });
  } catch (err) {
    if (err instanceof AppError) throw err;
    // The header already passed inspection, so a failure here is either libvips refusing the pixel data
    // (the caller's problem: 400) or the model runtime failing (ours: 502, safe to retry).
    if (/onnxruntime|session|tensor|\bort\b/i.test((err as Error).message ?? '')) {
      throw errors.detector('Pet detection failed; it is safe to retry.', err);
    }
    throw mapSharpError(err, maxPixels, sniffedImageFormat(bytes));
  }
}

function sniffedImageFormat(bytes: Buffer): ImageFormat | undefined {
  try {
    const sniffed = sniff(bytes);
    return sniffed.kind === 'image' ? sniffed.format : undefined;
  } catch {
    return undefined;
  }
}

function extensionOf(format: string): string {
  const map: Record<string, string> = { jpeg: 'jpg' };
  return map[format] ?? format;
}
