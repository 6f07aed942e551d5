import type { ApiErrorCode } from '@pet-roast/protocol';
import { isLanguageCode, LANGUAGE_CODES } from './languages.js';

/**
 * The one error type of the service. Every failure a caller can see is an AppError carrying the
 * HTTP status, the machine-readable `error` code and a human sentence; `extra` fields are merged
 * into the `detail` object of the envelope (docs/reference/spec.md §3). One mapper (lambdas/http/handler.ts) turns it
 * into a response, so no handler builds an error body by hand.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    /** One of the protocol's codes (packages/protocol/src/errors.ts), the list the SDKs map too. */
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  /** The `detail` object of the `{ "detail": { ... } }` envelope. */
  toDetail(): Record<string, unknown> {
    return { error: this.code, message: this.message, ...this.extra };
  }
}

/** The exact no-pet answer that existing integrations show to users (docs/reference/spec.md §3.4). */
export const NO_PETS_MESSAGE =
  'No pets found in the uploaded image. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.';
/**
 * The same answer when the media was a video: the image sentence would tell a user who sent a video
 * that their "image" had no pet (docs/endpoints.md). Same length, one word different; docs/endpoints.md "POST /api/generate-video".
 */
export const NO_PETS_VIDEO_MESSAGE =
  'No pets found in the uploaded video. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.';
export const NO_PETS_SUGGESTION = 'Try uploading a clear photo or video of your pet.';

/** The sentence of every credential refusal (the authorizer's Deny, a missing or unknown key). */
export const CREDENTIALS_REFUSED_MESSAGE = 'Missing or invalid credentials (x-api-key or Authorization: Bearer).';
/** The sentence of a failure on our side that a retry may fix. */
const RETRY_SAFE_FAILURE = 'Something went wrong on our side; it is safe to retry.';

export const errors = {
  /** `no_pets_detected`: {@link NO_PETS_MESSAGE} for an image, {@link NO_PETS_VIDEO_MESSAGE} for a video. */
  noPetsDetected: (media: 'image' | 'video' = 'image', extra: Record<string, unknown> = {}) =>
    new AppError(400, 'no_pets_detected', media === 'video' ? NO_PETS_VIDEO_MESSAGE : NO_PETS_MESSAGE, {
      suggestion: NO_PETS_SUGGESTION,
      ...extra,
    }),
  invalidMedia: (message: string, cause?: unknown) => new AppError(400, 'invalid_media', message, {}, { cause }),
  mediaUnreachable: (message: string, cause?: unknown) => new AppError(400, 'media_unreachable', message, {}, { cause }),
  mediaTooLarge: (message: string) => new AppError(400, 'media_too_large', message),
  unsupportedMediaType: (message: string) => new AppError(400, 'unsupported_media_type', message),
  /**
   * `unsupported_language` naming the field, with a `suggestion`: the code a locale tag or a differently
   * cased code stands for (`hi-IN`, `HI` → `hi`), else the list of supported codes (docs/integration-guide.md §3.4).
   */
  unsupportedLanguage: (field: string, value: string) =>
    new AppError(400, 'unsupported_language', `Language '${value}' in '${field}' is not supported.`, { field, suggestion: languageSuggestion(value) }),
  unsupportedTask: (task: string) =>
    new AppError(400, 'unsupported_task', `Task '${task}' is not supported; the only task is 'translation'.`),
  /** Slurs, hate terms or sexual content in the prompt or script (docs/writer.md, "Safety"); checked before any spend. */
  inappropriateText: (field = 'text') =>
    new AppError(
      400,
      'inappropriate_text',
      `The '${field}' contains language we cannot narrate (slurs, hate or sexual content). Please rephrase it: roasts are about the pet and must be safe to share.`,
      { field },
    ),
  forbidden: (message = 'Forbidden.') => new AppError(403, 'forbidden', message),
  /** The API key or Bearer credential is missing, unknown or refused by the authorizer. */
  credentialsRefused: () => new AppError(403, 'forbidden', CREDENTIALS_REFUSED_MESSAGE),
  /** The usage-plan key check failed (API Gateway's own check, after the authorizer). */
  invalidApiKey: () => new AppError(403, 'forbidden', 'Missing or invalid API key.'),
  jobNotFound: (jobId: string) => new AppError(404, 'job_not_found', `No job with id '${jobId}'.`),
  routeNotFound: (path: string) => new AppError(404, 'not_found', `No route for '${path}'.`),
  /** An unknown path, answered by the gateway before any function runs (it does not name the path). */
  noSuchRoute: () => new AppError(404, 'not_found', 'No such route.'),
  /** 405; the shared wrapper turns `allowed_methods` into the `Allow` header (RFC 9110 §15.5.6). */
  methodNotAllowed: (method: string, path: string, allowed: readonly string[]) =>
    new AppError(405, 'method_not_allowed', `Method ${method} is not allowed on ${path}; use ${allowed.join(' or ')}.`, {
      allowed_methods: [...allowed],
    }),
  videoNotReady: (status: string) =>
    new AppError(409, 'video_not_ready', `The video is not ready yet (status '${status}').`, { status }),
  videoFailed: (reason: string) => new AppError(409, 'video_failed', 'The video could not be generated.', { reason }),
  idempotencyConflict: () =>
    new AppError(
      409,
      'idempotency_conflict',
      'This Idempotency-Key was already used with a different request body.',
    ),
  /** Over `limit` bytes when the limit is known to the one answering, else without it. */
  payloadTooLarge: (limit?: number) =>
    new AppError(413, 'payload_too_large', limit === undefined ? 'The request body is too large.' : `The request body is larger than ${limit} bytes.`),
  /**
   * `script_too_long` (422): a `text_mode: "script"` text longer than can be narrated in one video
   * (lambdas/domain/narration-limits.ts `maxScriptChars`; docs/api-contract.md "Script length").
   */
  /**
   * A `script`-mode text that cannot be narrated in one video (docs/api-contract.md "Script length"): `limit` is
   * the most characters a script of `lines` sentences written in `languageName` fits; at 0 or below, the pauses
   * between that many sentences alone fill the video.
   */
  scriptTooLong: (characters: number, limit: number, languageName: string, lines: number) =>
    new AppError(
      422,
      'script_too_long',
      limit > 0
        ? `The script is ${characters} characters long; written in ${languageName}, a script of ${lines} sentence${lines === 1 ? '' : 's'} fits in one video up to ${limit} characters.`
        : `The script has ${lines} sentences; the pauses between that many sentences alone fill a video: use fewer, longer sentences.`,
      { characters, limit_characters: Math.max(0, limit) },
    ),
  /**
   * `script_language_mismatch` (422): a `text_mode: "script"` text whose letters are not mostly in the script of
   * its `source_lang` (docs/api-contract.md "Script language"): `found` and `expected` are Unicode script names
   * (`Tamil`, `Latin`), `sourceLang` the field's code and `languageName` its English name.
   */
  scriptLanguageMismatch: (sourceLang: string, languageName: string, expected: string, found: string) =>
    new AppError(
      422,
      'script_language_mismatch',
      `The script is written in ${found} letters, but source_lang "${sourceLang}" (${languageName}) is written in ${expected}: ` +
        `set source_lang to the language the script is written in (it is translated to \`language\` when they differ), or send the script in ${languageName}.`,
      { field: 'source_lang', source_lang: sourceLang, expected_script: expected, found_script: found },
    ),
  validation: (issues: Array<{ path: string; message: string }>) =>
    new AppError(422, 'validation_error', 'The request does not match the schema.', { issues }),
  rateLimited: () => new AppError(429, 'rate_limited', 'Too many requests; slow down and retry.'),
  /** The API key's usage-plan quota (`dailyQuota`) is used up. */
  quotaExceeded: () => new AppError(429, 'rate_limited', 'The API key quota is used up for this period.'),
  /** A request the gateway could not even route or parse (`message` says why). */
  badRequest: (message: string) => new AppError(400, 'bad_request', message),
  /** Not answered within the function's or the gateway's time (a retry may succeed). */
  timeout: () => new AppError(504, 'timeout', 'The request took too long; it is safe to retry.'),
  /** An unexpected failure inside a function: the error is logged, never shown. */
  internal: () => new AppError(500, 'internal_error', RETRY_SAFE_FAILURE),
  /** A function failed or answered nothing usable (the gateway's view: 502). */
  badGateway: (message = RETRY_SAFE_FAILURE) => new AppError(502, 'internal_error', message),
  translationProvider: (provider: string, message: string, cause?: unknown) =>
    new AppError(502, 'translation_provider_error', message, { provider }, { cause }),
  detector: (message: string, cause?: unknown) => new AppError(502, 'detector_error', message, {}, { cause }),
  providerNotConfigured: (message: string) => new AppError(503, 'provider_not_configured', message),
};

/**
 * Stands for API Gateway's own message in a gateway response template (`$context.error.messageString`,
 * which is already a quoted JSON string); lib/constructs/api.ts substitutes it.
 */
export const GATEWAY_MESSAGE = '<gateway message>';

/**
 * The answers API Gateway gives itself, before or instead of a function, keyed by gateway response
 * type (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html),
 * each an entry of the catalogue above so they share the service's envelope, codes and sentences.
 * lib/constructs/api.ts turns every entry into a gateway response with the entry's status (except
 * {@link GATEWAY_STATUS_KEPT}) and envelope; the local gateway (local/gateway.ts) answers with the
 * same entries. The authorizer's Deny and a missing identity source (gateway cache mode) are
 * `ACCESS_DENIED` and `UNAUTHORIZED`.
 */
export const GATEWAY_ERRORS = {
  INVALID_API_KEY: errors.invalidApiKey(),
  ACCESS_DENIED: errors.credentialsRefused(),
  UNAUTHORIZED: errors.credentialsRefused(),
  MISSING_AUTHENTICATION_TOKEN: errors.noSuchRoute(),
  THROTTLED: errors.rateLimited(),
  QUOTA_EXCEEDED: errors.quotaExceeded(),
  REQUEST_TOO_LARGE: errors.payloadTooLarge(),
  INTEGRATION_TIMEOUT: errors.timeout(),
  DEFAULT_4XX: errors.badRequest(GATEWAY_MESSAGE),
  DEFAULT_5XX: errors.badGateway(),
} as const satisfies Record<string, AppError>;

/**
 * Gateway response types that keep the gateway's own status (400, 403, 404, 415, … as the case may be)
 * and only rewrite the body; the entry's 400 is what OpenAPI documents.
 */
export const GATEWAY_STATUS_KEPT: ReadonlyArray<keyof typeof GATEWAY_ERRORS> = ['DEFAULT_4XX'];

/**
 * The hint of an `unsupported_language` answer: the ISO 639-1 code a BCP 47 tag or a differently cased code
 * stands for when it is one of ours (`hi-IN`, `HI`, `ta_IN` → "Use 'hi'…"), else the supported codes.
 */
export function languageSuggestion(value: string): string {
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isLanguageCode(primary)) return `Use '${primary}' (ISO 639-1 codes, lower case).`;
  return `Use one of: ${LANGUAGE_CODES.join(', ')}.`;
}
