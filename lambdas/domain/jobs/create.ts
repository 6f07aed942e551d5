import { ulid } from 'ulid';
import type { Config } from '../config.js';
import { errors } from '../errors.js';
import type { FilterCatalogue } from '../filters.js';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../languages.js';
import { maxScriptChars, scriptCharacters } from '../narration-limits.js';
import { dominantScript, isWrittenIn, LANGUAGE_SCRIPT } from '../scripts.js';
import { assertAppropriateText, narratableLines } from '../../engines/writer/index.js';
import { logger } from '../observability.js';
import type { DetectedPet, MediaSource, PetDetector } from '../ports.js';
import type { GenerateVideoRequest } from '../schemas/jobs.js';
import type { ClientOutro } from '../auth/clients.js';
import { MAX_STORED_BOXES, MAX_TRACK_BOXES_PER_FRAME, type Job } from './model.js';
import { countAnimals } from '../animals.js';
import type { JobStore, WorkQueues } from './ports.js';

export interface CreateJobDeps {
  detector: PetDetector;
  store: JobStore;
  queues: WorkQueues;
  catalogue: FilterCatalogue;
  config: Pick<Config, 'RETENTION_DAYS'>;
  /** Validates a callback URL against the outbound rules (public https host). */
  assertCallbackUrl: (url: string) => Promise<unknown>;
  /**
   * Validates `music_url` against the outbound rules without fetching it (lambdas/engines/intake/music-fetch.ts
   * `assertMusicUrl`: 400 `media_unreachable` for a private address, like a media URL).
   */
  assertMusicUrl: (url: string) => Promise<unknown>;
  now?: () => Date;
  newJobId?: () => string;
}

export const newJobId = (): string => `job_${ulid()}`;

/**
 * Refuses at submission a `text_mode: "script"` text that cannot be narrated in one video
 * (docs/api-contract.md "Script length"): its lines as the writer will narrate them (`narratableLines`:
 * sentences with contact details removed), counted in characters against `maxScriptChars` of the language the text is written in (the
 * measured rate of that language's slowest voice, the 60 s frame and the 1.25× speed-up bound). A script
 * that passes here and still runs long once translated or spoken is sped up within the bound by the
 * renderer, or the job fails with a message saying so.
 * @throws AppError 422 `script_too_long` naming the limit.
 */
export function assertScriptFits(text: string, language: LanguageCode): void {
  const lines = narratableLines(text, language);
  const characters = scriptCharacters(lines);
  const limit = maxScriptChars(language, lines.length);
  if (characters > limit) throw errors.scriptTooLong(characters, limit, LANGUAGES[language], lines.length);
}

/**
 * Refuses at submission a `text_mode: "script"` text written in another script than its `source_lang`'s
 * (docs/api-contract.md "Script language"): `source_lang` is declared, never detected, and a script is
 * narrated (or translated) as that language, so Tamil letters sent as `en` would be read by the English voice.
 * The text counts as written in the language when at least half of its letters (sentences with contact details removed) are
 * in the language's script (`isWrittenIn`, lambdas/domain/scripts.ts: a pet's name or an English
 * word inside an Indic script passes). Languages that share a script (Hindi and Marathi in Devanagari,
 * Bengali and Assamese in Bengali) cannot be told apart by it and pass.
 * @throws AppError 422 `script_language_mismatch` naming the script found and the one expected.
 */
export function assertScriptLanguage(text: string, language: LanguageCode): void {
  const clean = narratableLines(text, language).join(' ');
  if (isWrittenIn(clean, language)) return;
  throw errors.scriptLanguageMismatch(language, LANGUAGES[language], LANGUAGE_SCRIPT[language], dominantScript(clean) ?? 'another script');
}

/** Checks a language field and narrows it (400 `unsupported_language` naming the field). */
export function languageField(field: string, value: string): LanguageCode {
  if (!isLanguageCode(value)) throw errors.unsupportedLanguage(field, value);
  return value;
}

/**
 * POST /api/generate-video (docs/reference/spec.md §3.4): validate, detect on exactly the bytes that will be rendered,
 * store them, write the job (conditional put) and enqueue the render. Money is only spent after a pet
 * was found, and never on a text that is refused (`400 inappropriate_text`, checked before detection:
 * docs/writer.md, "Safety"). `clientId` (the caller, docs/tenancy.md) owns the job and its stored media; an
 * `upload_key` of another client is answered like one that names nothing. `outro` (the caller's end card, from
 * the authorizer: docs/tenancy.md "End card") is kept on the job for the built-in renderer.
 */
export async function createVideoJob(request: GenerateVideoRequest, deps: CreateJobDeps, clientId: string, outro?: ClientOutro) {
  const language = languageField('language', request.language);
  const sourceLang = languageField('source_lang', request.source_lang);
  if (request.filter_id !== undefined && !deps.catalogue.has(request.filter_id)) {
    throw errors.validation([{ path: 'body.filter_id', message: `unknown filter '${request.filter_id}'; see GET /api/banuba-filters` }]);
  }
  // Before detection, storage or rendering: nothing is fetched or spent for a refused text.
  assertAppropriateText(request.text);
  if (request.text_mode === 'script' && narratableLines(request.text, sourceLang).length === 0) {
    throw errors.validation([{ path: 'body.text', message: 'a script needs words to narrate (letters or digits, once the sentences with contact details are removed)' }]);
  }
  if (request.text_mode === 'script') {
    // The script's language first: its length limit is that language's.
    assertScriptLanguage(request.text, sourceLang);
    assertScriptFits(request.text, sourceLang);
  }
  if (request.callback_url) await deps.assertCallbackUrl(request.callback_url);
  if (request.music_url) await deps.assertMusicUrl(request.music_url);

  const jobId = (deps.newJobId ?? newJobId)();
  const source = (
    request.image_url ? { image_url: request.image_url } : request.video_url ? { video_url: request.video_url } : { upload_key: request.upload_key! }
  ) as MediaSource;
  const detection = await deps.detector.detect({ source, storePrefix: `media/${jobId}`, owner: clientId });
  if (!detection.has_pets) throw errors.noPetsDetected(detection.media.kind);
  if (!detection.media_key) throw errors.detector('The detector did not store the validated media.');

  const now = (deps.now ?? (() => new Date()))();
  const detectedPets = summarizePets(detection.pets);
  const job: Job = {
    job_id: jobId,
    client_id: clientId,
    status: 'queued',
    version: 0,
    detail: 'Waiting to render.',
    progress: 0,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    expires_at: Math.floor(now.getTime() / 1000) + deps.config.RETENTION_DAYS * 86_400,
    text: request.text,
    text_mode: request.text_mode,
    language,
    source_lang: sourceLang,
    filter_id: request.filter_id ?? null,
    caption_style: request.caption_style,
    music: request.music,
    ...(request.music_url ? { music_url: request.music_url } : {}),
    callback_url: request.callback_url ?? null,
    metadata: request.metadata ?? null,
    ...(request.voice ? { voice: request.voice } : {}),
    ...(outro ? { outro } : {}),
    media_key: detection.media_key,
    media_kind: detection.media.kind,
    media_content_type: detection.media_content_type ?? 'application/octet-stream',
    detected_pets: detectedPets,
    ...petBoxes(detection.pets),
    ...petTrack(detection.pets),
    pet_counts: countPets(detection.pets),
    callback_state: 'none',
  };
  await deps.store.create(job);
  try {
    await deps.queues.sendRender({ type: 'render', job_id: jobId });
  } catch (err) {
    // The job is durable; the reconciler re-drives queued jobs that never reached the worker.
    logger.error('render enqueue failed; the reconciler will re-drive the job', { job_id: jobId, error: err as Error });
  }
  return {
    job_id: jobId,
    status: job.status,
    detected_pets: detectedPets,
    recommended_filters: deps.catalogue.recommend(detectedPets),
  };
}

/**
 * The pets' boxes for the renderer's framing (Job.pet_boxes): for a video, those of the frame with the
 * best pet, so every box belongs to the same moment; the best {@link MAX_STORED_BOXES}, whole pixels, each with
 * its class (the filter look sits on the pet the roast is about: docs/renderer.md "Filter looks").
 */
export function petBoxes(pets: DetectedPet[]): Pick<Job, 'pet_boxes' | 'pet_frame_time_s'> {
  if (pets.length === 0) return {};
  const best = pets.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  const sameFrame = pets.filter((p) => p.frame_time_s === best.frame_time_s);
  const boxes = [...sameFrame]
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, MAX_STORED_BOXES)
    .map(({ box, label }) => ({ label, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) }));
  return best.frame_time_s === undefined ? { pet_boxes: boxes } : { pet_boxes: boxes, pet_frame_time_s: best.frame_time_s };
}

/**
 * For a video, the pets' boxes in every sampled frame (Job.pet_track): the best
 * {@link MAX_TRACK_BOXES_PER_FRAME} of each frame, whole pixels, in time order; nothing for a photo.
 */
export function petTrack(pets: DetectedPet[]): Pick<Job, 'pet_track'> {
  const timed = pets.filter((p) => p.frame_time_s !== undefined);
  if (timed.length === 0) return {};
  const byFrame = new Map<number, DetectedPet[]>();
  for (const p of timed) byFrame.set(p.frame_time_s!, [...(byFrame.get(p.frame_time_s!) ?? []), p]);
  const track = [...byFrame.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([t, frame]) =>
      [...frame]
        .sort((a, b) => b.confidence - a.confidence)
        .slice(0, MAX_TRACK_BOXES_PER_FRAME)
        .map(({ box, label }) => ({ t, label, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) })),
    );
  return { pet_track: track };
}

/** The best confidence per pet label, best first (what jobs, responses and callbacks carry). */
export function summarizePets(pets: Array<{ label: string; confidence: number }>): Array<{ label: string; confidence: number }> {
  const best = new Map<string, number>();
  for (const p of pets) best.set(p.label, Math.max(best.get(p.label) ?? 0, p.confidence));
  return [...best.entries()]
    .map(([label, confidence]) => ({ label, confidence: Math.round(confidence * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence);
}

/**
 * How many animals of each class were seen together (what the writer is told): per image or video
 * frame, boxes of one animal (a whole-dog box and its head box) count once, and the largest count over
 * frames is kept (the same dog in eight frames is one dog). The rule is `countAnimals`
 * (lambdas/domain/animals.ts, docs/detection.md §3 "One animal, one count").
 */
export function countPets(pets: readonly DetectedPet[]): Record<string, number> {
  return countAnimals(pets);
}
