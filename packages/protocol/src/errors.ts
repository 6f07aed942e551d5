/**
 * The machine-readable `error` codes of the API's envelope `{"detail": {"error": <code>, "message": …}}`
 * (docs/api-contract.md). The service's AppError takes only these, and the SDKs map each to a typed
 * error, so a new code is added here once.
 */
export const API_ERROR_CODES = [
  'no_pets_detected',
  'invalid_media',
  'media_unreachable',
  'media_too_large',
  'unsupported_media_type',
  'unsupported_language',
  'unsupported_task',
  'inappropriate_text',
  'script_too_long',
  'script_language_mismatch',
  'bad_request',
  'invalid_encoding',
  'unsupported_content_type',
  'forbidden',
  'not_found',
  'job_not_found',
  'method_not_allowed',
  'video_not_ready',
  'video_failed',
  'media_gone',
  'idempotency_conflict',
  'payload_too_large',
  'validation_error',
  'rate_limited',
  'internal_error',
  'translation_provider_error',
  'video_provider_error',
  'detector_error',
  'provider_not_configured',
  'timeout',
] as const;

/** An `error` code of the API's envelope. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
