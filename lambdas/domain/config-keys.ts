/**
 * The names of every environment variable the service reads, in one list that both the Lambda code
 * (lambdas/domain/config.ts validates each with zod) and the CDK stack (lib/, which sets them) import, so
 * a name cannot be misspelt on either side. Depends on nothing, so CDK code can import it cheaply.
 */
export const CONFIG_KEYS = [
  'STAGE',
  'JOBS_TABLE_NAME',
  'MEDIA_BUCKET_NAME',
  'RENDER_QUEUE_URL',
  'NOTIFY_QUEUE_URL',
  'NOTIFY_DLQ_URL',
  'DETECTOR_MODE',
  'DETECTOR_FUNCTION_NAME',
  'MODEL_DIR',
  'DETECTION_THRESHOLD',
  'PET_CLASSES',
  'MAX_IMAGE_BYTES',
  'MAX_VIDEO_BYTES',
  'MAX_PIXELS',
  'VIDEO_FRAMES',
  'VIDEO_WINDOW_S',
  'FFMPEG_PATH',
  'FFPROBE_PATH',
  'ESPEAK_NG_PATH',
  'HEIF_CONVERT_PATH',
  'ESPEAK_NG_WORDS_PATH',
  'OUTBOUND_ALLOWED_HOSTS',
  'RETENTION_DAYS',
  'UPLOAD_EXPIRES_S',
  'MEDIA_URL_TTL_S',
  'VIDEO_URL_TTL_S',
  'FILTERS_CATALOGUE_PATH',
  'AR_CLOUD_ID',
  'CORS_ALLOW_ORIGIN',
  'PUBLIC_BASE_URL',
  'DEFAULT_CALLBACK_URL',
  'REVID_BASE_URL',
  'REVID_API_KEY_SECRET_ARN',
  'REVID_VIDEO_HOSTS',
  'REVID_MAX_CONCURRENCY',
  'MIRROR_VIDEOS',
  'WEBHOOK_SIGNING_SECRET_ARN',
  'API_CLIENTS_SECRET_ARN',
  'INDICTRANS2_URL',
  'INDICTRANS2_API_KEY_SECRET_ARN',
  'DHRUVA_URL',
  'DHRUVA_API_KEY_SECRET_ARN',
  'BHASHINI_CONFIG_URL',
  'BHASHINI_SECRET_ARN',
  'AMAZON_TRANSLATE',
  'TRANSLATION_ROUTES',
  'TRANSLATION_SIMULATED',
  'APP_VERSION',
  'CALLBACK_DELAY_SCALE',
  'CALLBACK_RETRY_SCHEDULE',
  'RENDER_BACKOFF_BASE_S',
  'RENDER_MAX_RECEIVES',
  'RENDER_DEADLINE_S',
  'RECONCILE_STALE_QUEUED_S',
  'RECONCILE_STALE_PROCESSING_S',
  'SYNC_POLL_S',
  'VIDEO_PROVIDER',
  'VIDEO_FALLBACK',
  'TTS_ENGINE',
  'TTS_ROUTES',
  'TTS_SIMULATED',
  'GOOGLE_TTS_API_KEY_SECRET_ARN',
  'GOOGLE_TTS_URL',
  'BHASHINI_TTS_SECRET_ARN',
  'BHASHINI_TTS_CONFIG_URL',
  'RENDER_LEASE_S',
  'ROAST_WRITER',
  'BEDROCK_MODEL_ID',
  'BEDROCK_GUARDRAIL_ID',
  'BEDROCK_GUARDRAIL_VERSION',
  'BEDROCK_TIMEOUT_MS',
  'AWS_S3_FORCE_PATH_STYLE',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_SQS',
] as const;

/** One environment variable of the service. */
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/** `ENV.JOBS_TABLE_NAME === 'JOBS_TABLE_NAME'`: typed names for code that sets the environment. */
export const ENV: { readonly [K in ConfigKey]: K } = Object.freeze(
  Object.fromEntries(CONFIG_KEYS.map((key) => [key, key])) as { [K in ConfigKey]: K },
);

/** A function's environment as the stack writes it: only known names, string values. */
export type FunctionEnvironment = { [K in ConfigKey]?: string };

/**
 * Variables read by Powertools for AWS Lambda itself (its documented contract), set by the stack;
 * listed here so the stack writes them by typed name too.
 */
export const POWERTOOLS_ENV = Object.freeze({
  SERVICE_NAME: 'POWERTOOLS_SERVICE_NAME',
  METRICS_NAMESPACE: 'POWERTOOLS_METRICS_NAMESPACE',
  LOG_LEVEL: 'POWERTOOLS_LOG_LEVEL',
} as const);
