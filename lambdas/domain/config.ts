import { z } from 'zod';
import pkg from '../../package.json' with { type: 'json' };
import type { ConfigKey } from './config-keys.js';
import { VIDEO_PROVIDERS } from './schemas/jobs.js';

/** `DETECTION_THRESHOLD` when unset: the public threshold on the calibrated pet score (docs/detection.md). */
export const DEFAULT_DETECTION_THRESHOLD = 0.5;
/** `PET_CLASSES` when unset: the COCO animal classes that count as pets (docs/detection.md). */
export const DEFAULT_PET_CLASSES: readonly string[] = ['bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe'];

const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const bool = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => v === 'on' || v === 'true' || v === '1');

/**
 * Every setting of the service, read once from `process.env` and validated here, the one door
 * (docs/configuration.md). The names are `CONFIG_KEYS` (config-keys.ts, shared with the CDK stack);
 * `satisfies` below makes the compiler refuse a name missing on either side. Resource names and URLs
 * are optional because each function only receives what it uses; `requireConfig` fails fast with the
 * variable's name when a function reaches for one it was not given. Core code receives values from the
 * composition root (lambdas/adapters/composition.ts); only adapters and handlers call `getConfig`.
 * Secrets are never values here: `*_SECRET_ARN` names a Secrets Manager secret (see adapters/secrets.ts).
 */
const shape = {
  STAGE: z.string().default('dev'),
  JOBS_TABLE_NAME: z.string().optional(),
  MEDIA_BUCKET_NAME: z.string().optional(),
  RENDER_QUEUE_URL: z.string().optional(),
  /** The callback queue (completion callbacks); the variable keeps its deployed name (docs/architecture.md "Names"). */
  NOTIFY_QUEUE_URL: z.string().optional(),
  /** `lambda` (AWS: invoke DETECTOR_FUNCTION_NAME) or `in-process` (local runtime, tests). */
  DETECTOR_MODE: z.enum(['lambda', 'in-process']).default('in-process'),
  DETECTOR_FUNCTION_NAME: z.string().optional(),
  MODEL_DIR: z.string().optional(),
  DETECTION_THRESHOLD: z.coerce.number().min(0).max(1).default(DEFAULT_DETECTION_THRESHOLD),
  PET_CLASSES: csv.default([...DEFAULT_PET_CLASSES]),
  MAX_IMAGE_BYTES: z.coerce.number().int().positive().default(15 * 1024 * 1024),
  MAX_VIDEO_BYTES: z.coerce.number().int().positive().default(100 * 1024 * 1024),
  MAX_PIXELS: z.coerce.number().int().positive().default(40_000_000),
  VIDEO_FRAMES: z.coerce.number().int().min(1).max(32).default(8),
  VIDEO_WINDOW_S: z.coerce.number().positive().default(30),
  /** Test/local only: exact `host:port` pairs that may bypass the SSRF guard. The stack never sets it. */
  OUTBOUND_ALLOWED_HOSTS: csv.default([]),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  UPLOAD_EXPIRES_S: z.coerce.number().int().min(60).max(3600).default(900),
  FILTERS_CATALOGUE_PATH: z.string().optional(),
  /**
   * The per-deployment id in Banuba's AR Cloud manifest URL, `GET /v1/effects/<AR_CLOUD_ID>` (a UUID,
   * docs/ar-cloud.md). Unset: AR Cloud is off and that route answers 404 for every id.
   */
  AR_CLOUD_ID: z.uuid().optional(),
  PUBLIC_BASE_URL: z.string().optional(),
  DEFAULT_CALLBACK_URL: z.string().optional(),
  REVID_BASE_URL: z.string().default('https://www.revid.ai'),
  REVID_API_KEY_SECRET_ARN: z.string().optional(),
  REVID_VIDEO_HOSTS: csv.default(['cdn.revid.ai']),
  REVID_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  MIRROR_VIDEOS: bool.default(true),
  WEBHOOK_SIGNING_SECRET_ARN: z.string().optional(),
  /** The registry of API clients (SHA-256 of each key) read by the REQUEST authorizer. */
  API_CLIENTS_SECRET_ARN: z.string().optional(),
  INDICTRANS2_URL: z.string().optional(),
  INDICTRANS2_API_KEY_SECRET_ARN: z.string().optional(),
  DHRUVA_URL: z.string().optional(),
  DHRUVA_API_KEY_SECRET_ARN: z.string().optional(),
  BHASHINI_CONFIG_URL: z.string().optional(),
  BHASHINI_SECRET_ARN: z.string().optional(),
  AMAZON_TRANSLATE: bool.default(false),
  TRANSLATION_ROUTES: z.string().optional(),
  /** Local runtime only: `1` or a list of providers that are simulators (labelled so in responses). */
  TRANSLATION_SIMULATED: z.string().optional(),
  /** The service version reported by /healthz, /openapi.json and the Revid User-Agent; default package.json's. */
  APP_VERSION: z.string().min(1).default(pkg.version),
  /** Multiplies callback retry delays; 1 in AWS, small in local runs and tests. */
  CALLBACK_DELAY_SCALE: z.coerce.number().min(0).max(1).default(1),
  /** Base of the render worker's exponential backoff on retryable provider errors. */
  RENDER_BACKOFF_BASE_S: z.coerce.number().min(0).max(900).default(15),
  RECONCILE_STALE_QUEUED_S: z.coerce.number().min(0).default(300),
  RECONCILE_STALE_PROCESSING_S: z.coerce.number().min(0).default(900),
  RENDER_DEADLINE_S: z.coerce.number().min(60).default(3600),
  /** Seconds between provider polls while a render is pending after a webhook hint. */
  SYNC_POLL_S: z.coerce.number().min(0).max(900).default(30),
  /** The callback queue's dead-letter queue; the variable keeps its deployed name (docs/architecture.md "Names"). */
  NOTIFY_DLQ_URL: z.string().optional(),
  CALLBACK_RETRY_SCHEDULE: z.enum(['standard-webhooks', 'svix']).default('standard-webhooks'),
  RENDER_MAX_RECEIVES: z.coerce.number().int().min(1).default(5),
  /**
   * Which provider renders new jobs (docs/video-providers.md): `builtin` (this service: ffmpeg,
   * espeak-ng) or `revid` (Revid.ai). The stack sets it (context `videoProvider`); `npm start` uses builtin.
   */
  VIDEO_PROVIDER: z.enum(VIDEO_PROVIDERS).default('revid'),
  /** What a job Revid cannot render (account error, spent retry budget) does: re-render with `builtin`, or fail (`none`). */
  VIDEO_FALLBACK: z.enum(['builtin', 'none']).default('builtin'),
  /**
   * Narration engine of the built-in renderer (docs/renderer.md "Narration"): `espeak` (espeak-ng, all
   * 13 languages, offline) or `polly` (Amazon Polly's neural voice for English and Hindi, espeak-ng for
   * the languages Polly has no voice for). The stack sets it (context `ttsEngine`).
   */
  TTS_ENGINE: z.enum(['espeak', 'polly']).default('espeak'),
  /**
   * The narration's speech route per language (docs/voices.md "Routes"): a provider list (`polly,bhashini,google`)
   * or JSON with `default` and language keys; espeak-ng is always the last resort. Unset: polly, bhashini, google, espeak.
   */
  TTS_ROUTES: z.string().optional(),
  /** Speech providers answered by local simulators (comma list), reported as `narration.simulated` (local only). */
  TTS_SIMULATED: z.string().optional(),
  /** Google Cloud Text-to-Speech: the API key's secret turns it on (context `googleTtsSecretArn`); the URL is for the local simulator. */
  GOOGLE_TTS_API_KEY_SECRET_ARN: z.string().optional(),
  GOOGLE_TTS_URL: z.string().url().optional(),
  /** Bhashini TTS (ULCA pipeline): the account secret `{"userID","ulcaApiKey"}` turns it on (context `bhashiniTtsSecretArn`). */
  BHASHINI_TTS_SECRET_ARN: z.string().optional(),
  /** The pipeline config URL (default: the public ULCA `getModelsPipeline`). */
  BHASHINI_TTS_CONFIG_URL: z.string().url().optional(),
  /** Seconds a render claim holds; longer than the render function's timeout (jobs/lease.ts RENDER_LEASE_S). */
  RENDER_LEASE_S: z.coerce.number().int().min(0).default(960),
  /** Who writes roasts from prompts (docs/writer.md): `template` (offline; local default) or `bedrock` (the stack's default). */
  ROAST_WRITER: z.enum(['bedrock', 'template']).default('template'),
  /** Bedrock model or inference profile id for the `bedrock` writer (Amazon Nova Micro by default). */
  BEDROCK_MODEL_ID: z.string().min(1).default('amazon.nova-micro-v1:0'),
  /** Optional Bedrock Guardrail applied to the generated English roast (both or neither). */
  BEDROCK_GUARDRAIL_ID: z.string().optional(),
  BEDROCK_GUARDRAIL_VERSION: z.string().optional(),
  /** Per-attempt deadline of a Converse call (the writer tries twice, then uses the template writer). */
  BEDROCK_TIMEOUT_MS: z.coerce.number().int().min(100).max(20_000).default(6000),
  /**
   * The external tools of video sampling and the built-in renderer (domain/system-tools.ts); default: the
   * name, found on `PATH`. The detector image sets the first two to its static ffmpeg build.
   */
  FFMPEG_PATH: z.string().min(1).default('ffmpeg'),
  FFPROBE_PATH: z.string().min(1).default('ffprobe'),
  ESPEAK_NG_PATH: z.string().min(1).default('espeak-ng'),
  /** libheif's `heif-convert`, which decodes HEIC/HEIF stills (engines/intake/heif.ts). */
  HEIF_CONVERT_PATH: z.string().min(1).default('heif-convert'),
  /** The word-timing speech helper built from speech/espeak-words (docs/renderer.md "Word timings"). */
  ESPEAK_NG_WORDS_PATH: z.string().min(1).default('espeak-ng-words'),
  /** `Access-Control-Allow-Origin` on every HTTP response. */
  CORS_ALLOW_ORIGIN: z.string().min(1).default('*'),
  /** Lifetime of the presigned media URL handed to the video provider: must outlive the render (6 h). */
  MEDIA_URL_TTL_S: z.coerce.number().int().min(900).max(7 * 86_400).default(6 * 3600),
  /** Lifetime of the presigned URL of a mirrored video in results and callbacks (24 h). */
  VIDEO_URL_TTL_S: z.coerce.number().int().min(60).max(7 * 86_400).default(24 * 3600),
  /** Local/tests only (the emulator): path-style S3 addressing. The stack never sets it. */
  AWS_S3_FORCE_PATH_STYLE: bool.default(false),
  /**
   * The AWS SDK's own endpoint overrides (the SDK reads them itself); read here only to turn an SQS
   * event's queue ARN into the URL the emulator serves (adapters/work-queues.ts). The stack never sets them.
   */
  AWS_ENDPOINT_URL: z.string().optional(),
  AWS_ENDPOINT_URL_SQS: z.string().optional(),
} satisfies Record<ConfigKey, z.ZodType>;

export const ConfigSchema = z.object(shape);

export type Config = z.infer<typeof ConfigSchema>;

let cached: Config | undefined;

/** The parsed configuration; parsed on first use and cached for the life of the process. */
export function getConfig(): Config {
  if (!cached) {
    cached = parseConfig(process.env);
  }
  return cached;
}

/**
 * Validates an environment. Unknown variables are ignored (the process has many).
 * @throws Error naming every bad setting, e.g. `Invalid configuration: DETECTION_THRESHOLD: Too big: expected number to be <=1`
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid configuration: ${problems.join('; ')}`);
}

/**
 * Called once per cold start by every Lambda entry point (the HTTP wrapper, the SQS wrapper, the
 * authorizer, the detector, the reconciler): a bad setting fails the init with its name instead of
 * the first request that reads it. Does not cache, so tests that set variables later still work.
 * @throws Error naming every bad setting (see {@link parseConfig})
 */
export function validateConfigAtColdStart(env: Record<string, string | undefined> = process.env): void {
  parseConfig(env);
}

/** Test hook: forget the cached configuration so the next `getConfig` re-reads the environment. */
export function resetConfig(): void {
  cached = undefined;
}

/** A configuration value the calling function cannot work without. */
export function requireConfig<K extends keyof Config>(key: K): NonNullable<Config[K]> {
  const value = getConfig()[key];
  if (value === undefined || value === null || value === '') {
    throw new Error(`Missing required configuration: ${String(key)}`);
  }
  return value as NonNullable<Config[K]>;
}
