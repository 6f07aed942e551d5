/**
 * The one transport error of the outbound client and the one rule for "may the same call succeed
 * later?" (docs/media-intake.md "Failures"). Every outbound caller — media intake, customer callbacks,
 * provider APIs, video mirroring — decides transience with {@link isTransientStatus} /
 * {@link isTransientFailure}; each caller then maps the failure to its own API error (only media intake
 * maps it to `media_unreachable`, see lambdas/engines/intake/media-fetch.ts).
 */

/** Why an outbound call failed. */
export type OutboundFailure =
  | 'invalid_url'
  | 'blocked'
  | 'dns'
  | 'connect'
  | 'tls'
  | 'timeout'
  | 'network'
  | 'redirect'
  | 'http_status'
  | 'too_large';

/** Failures before or during an exchange that can clear up by themselves. */
const TRANSIENT_REASONS: ReadonlySet<OutboundFailure> = new Set(['dns', 'connect', 'timeout', 'network']);

/**
 * The transience rule for an HTTP status: 408 (request timeout), 429 (rate limited) and every 5xx may
 * succeed later (RFC 9110 §15.5.9, §15.6; RFC 6585 §4); every other status will fail the same way again.
 */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * A failed outbound exchange. Not an `AppError`: it says what happened on the wire, and the caller
 * decides what its own client sees. The message names the host at most, never the URL's path, query
 * or credentials.
 */
export class TransportError extends Error {
  /** The remote HTTP status for `http_status` failures. */
  readonly httpStatus: number | undefined;

  constructor(
    readonly reason: OutboundFailure,
    message: string,
    options: { cause?: unknown; httpStatus?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'TransportError';
    this.httpStatus = options.httpStatus;
  }

  /** True when the same call may succeed later (DNS, connect, timeout, network, or a transient status). */
  get retryable(): boolean {
    if (this.reason === 'http_status') return isTransientStatus(this.httpStatus ?? 0);
    return TRANSIENT_REASONS.has(this.reason);
  }
}

/**
 * The transience rule for anything an outbound call threw: a {@link TransportError} by its reason
 * (see `retryable`); an abort or timeout, or any other rejection of a `fetch` (DNS, refused, reset),
 * may succeed later.
 */
export function isTransientFailure(err: unknown): boolean {
  return err instanceof TransportError ? err.retryable : true;
}
