/**
 * Typed errors of the Pet Roast client. Every failure is a {@link PetRoastError} carrying the HTTP
 * status (0 when no response was received or the client refused locally), the API's machine-readable
 * `code` and the whole `detail` object of the `{"detail": {...}}` envelope (docs/api-contract.md), so callers can
 * `switch (err.code)` or use `instanceof` on the subclasses.
 */
import type { ApiErrorCode } from '../../protocol/src/index.js';
import type { components } from './generated/openapi.js';

/** Where a job is: `queued`, `processing`, `completed` or `failed`. */
type JobStatus = components['schemas']['VideoStatusResponse']['status'];

/** The API's wording of `no_pets_detected` for an image (kept equal to the service's by test/unit/client/package.test.ts). */
export const NO_PETS_MESSAGE =
  'No pets found in the uploaded image. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.';
/** The API's `suggestion` with `no_pets_detected`. */
export const NO_PETS_SUGGESTION = 'Try uploading a clear photo or video of your pet.';

/** Error codes the API answers with (docs/api-contract.md): the protocol package's list, the service's own. */
export { API_ERROR_CODES, type ApiErrorCode } from '../../protocol/src/index.js';

/** Codes the client raises itself, when there is no API answer to report. */
export const CLIENT_ERROR_CODES = [
  'network_error',
  'timeout',
  'aborted',
  'wait_timeout',
  'invalid_response',
  'upload_failed',
] as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
/**
 * Every code a {@link PetRoastError} can carry. The `string & {}` arm keeps editor completion for the
 * known codes while admitting codes a newer server may add (e.g. `internal_error`, `not_found`).
 */
export type PetRoastErrorCode = ApiErrorCode | ClientErrorCode | (string & {});

/** One schema violation of a 422 `validation_error`. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export interface PetRoastErrorInit {
  status: number;
  code: PetRoastErrorCode;
  message: string;
  /** The `detail` object of the error envelope (includes `error` and `message`). */
  detail?: Record<string, unknown>;
  /** `x-request-id` of the failing response: quote it when asking for support. */
  requestId?: string;
  /** How many HTTP attempts were made, retries included. */
  attempts?: number;
  /** Seconds the server asked to wait (`Retry-After`). */
  retryAfterS?: number;
  cause?: unknown;
}

/** Base class of every error the client throws. */
export class PetRoastError extends Error {
  /** HTTP status, or 0 when no response was received or the client refused locally. */
  readonly status: number;
  readonly code: PetRoastErrorCode;
  readonly detail: Record<string, unknown>;
  readonly requestId: string | undefined;
  /** How many HTTP attempts were made, retries included (set by the client). */
  attempts: number;
  readonly retryAfterS: number | undefined;

  constructor(init: PetRoastErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail ?? { error: init.code, message: init.message };
    this.requestId = init.requestId;
    this.attempts = init.attempts ?? 1;
    this.retryAfterS = init.retryAfterS;
  }

  /** What the API suggests the user do (e.g. on `no_pets_detected`). */
  get suggestion(): string | undefined {
    return typeof this.detail.suggestion === 'string' ? this.detail.suggestion : undefined;
  }

  /** Schema violations of a 422 `validation_error`; empty otherwise. */
  get issues(): ValidationIssue[] {
    const issues = this.detail.issues;
    return Array.isArray(issues) ? (issues as ValidationIssue[]) : [];
  }
}

/** 400 `no_pets_detected`: the media decoded fine but shows no pet. Show `message` and `suggestion` to the user. */
export class NoPetsDetectedError extends PetRoastError {
  /**
   * Without arguments it carries the API's exact wording (docs/endpoints.md "POST /api/detect-pets"), for callers that learn "no pet"
   * from `detectPets` (`has_pets: false`) rather than from a 400.
   */
  constructor(init: Partial<PetRoastErrorInit> = {}) {
    super({
      status: 400,
      code: 'no_pets_detected',
      message: NO_PETS_MESSAGE,
      detail: { error: 'no_pets_detected', message: NO_PETS_MESSAGE, suggestion: NO_PETS_SUGGESTION },
      ...init,
    });
  }
}

/** 400 `invalid_media`, `media_unreachable`, `media_too_large` or `unsupported_media_type`. */
export class MediaError extends PetRoastError {}

/** 403 `forbidden`: missing or wrong API key. */
export class ForbiddenError extends PetRoastError {}

/** 404 `job_not_found`. */
export class JobNotFoundError extends PetRoastError {}

/** 409 `video_not_ready`; `jobStatus` says where the job is. */
export class VideoNotReadyError extends PetRoastError {
  get jobStatus(): JobStatus | undefined {
    return typeof this.detail.status === 'string' ? (this.detail.status as JobStatus) : undefined;
  }
}

/** 409 `video_failed`, or a job that `waitForVideo` saw reach `failed`; `reason` says why. */
export class VideoFailedError extends PetRoastError {
  get reason(): string | undefined {
    return typeof this.detail.reason === 'string' ? this.detail.reason : undefined;
  }
}

/** 409 `idempotency_conflict`: the key was used before with a different body. */
export class IdempotencyConflictError extends PetRoastError {}

/** 422 `validation_error`; see {@link PetRoastError.issues}. */
export class ValidationError extends PetRoastError {}

/** 429 `rate_limited`, after the client's retries ran out (or the wait asked for was too long). */
export class RateLimitedError extends PetRoastError {}

/** 5xx: a dependency or the service failed; the client already retried. */
export class ServerError extends PetRoastError {}

/** No HTTP answer: connection refused/reset, DNS failure (`network_error`) or no answer in time (`timeout`). */
export class PetRoastNetworkError extends PetRoastError {}

/** The caller's `AbortSignal` fired. */
export class PetRoastAbortError extends PetRoastError {
  constructor(cause?: unknown) {
    super({ status: 0, code: 'aborted', message: 'The operation was aborted.', cause });
  }
}

/** `waitForVideo` gave up: the job did not finish within `timeoutMs`. `lastStatus` is the last status seen. */
export class WaitTimeoutError extends PetRoastError {
  constructor(
    readonly jobId: string,
    readonly timeoutMs: number,
    readonly lastStatus: JobStatus | undefined,
  ) {
    super({
      status: 0,
      code: 'wait_timeout',
      message: `Job ${jobId} did not finish within ${Math.round(timeoutMs / 1000)} s (last status: ${lastStatus ?? 'unknown'}).`,
    });
  }
}

/** 400 `inappropriate_text`: the prompt or script holds slurs, hate or sexual content; nothing was created or charged. Show `message`. */
export class InappropriateTextError extends PetRoastError {}

/** The server answered 2xx with a body that does not match the API contract. */
export class InvalidResponseError extends PetRoastError {}

/** The presigned upload (`POST` to the storage URL) was refused. */
export class UploadFailedError extends PetRoastError {}

const MEDIA_CODES = new Set(['invalid_media', 'media_unreachable', 'media_too_large', 'unsupported_media_type']);

/** The subclass for an API error code, so `instanceof` and `switch (err.code)` agree. */
export function errorClassFor(status: number, code: string): new (init: PetRoastErrorInit) => PetRoastError {
  if (code === 'no_pets_detected') return NoPetsDetectedError;
  if (MEDIA_CODES.has(code)) return MediaError;
  if (code === 'inappropriate_text') return InappropriateTextError;
  if (code === 'forbidden' || status === 403) return ForbiddenError;
  if (code === 'job_not_found') return JobNotFoundError;
  if (code === 'video_not_ready') return VideoNotReadyError;
  if (code === 'video_failed') return VideoFailedError;
  if (code === 'idempotency_conflict') return IdempotencyConflictError;
  if (code === 'validation_error' || status === 422) return ValidationError;
  if (code === 'rate_limited' || status === 429) return RateLimitedError;
  if (status >= 500) return ServerError;
  return PetRoastError;
}

/**
 * The error for a non-2xx response. The envelope is `{"detail": {"error", "message", ...}}`; anything
 * else (a proxy's HTML page, an empty 502) still yields a useful code and message.
 */
export function errorFromResponse(input: {
  status: number;
  bodyText: string;
  requestId?: string;
  attempts?: number;
  retryAfterS?: number;
}): PetRoastError {
  let detail: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(input.bodyText);
    const candidate = (parsed as { detail?: unknown } | null)?.detail;
    if (candidate && typeof candidate === 'object' && !Array.isArray(candidate)) {
      const d = candidate as Record<string, unknown>;
      if (typeof d.error === 'string' && typeof d.message === 'string') detail = d;
    }
  } catch {
    // Not JSON: described below.
  }
  if (!detail) {
    const code = input.status === 429 ? 'rate_limited' : input.status === 403 ? 'forbidden' : `http_${input.status}`;
    const snippet = input.bodyText.replace(/\s+/g, ' ').trim().slice(0, 200);
    detail = { error: code, message: `HTTP ${input.status}${snippet ? `: ${snippet}` : ''}` };
  }
  const code = detail.error as string;
  const ErrorClass = errorClassFor(input.status, code);
  return new ErrorClass({
    status: input.status,
    code,
    message: detail.message as string,
    detail,
    requestId: input.requestId,
    attempts: input.attempts,
    retryAfterS: input.retryAfterS,
  });
}
