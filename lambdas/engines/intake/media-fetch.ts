import { AppError } from '../../domain/errors.js';
import { fetchBytes, TransportError, type FetchedBytes, type OutboundFailure, type OutboundPolicy } from '../outbound/index.js';

/**
 * Media intake's view of the outbound client: the one place where a transport failure becomes an API
 * error, `400 media_too_large` for a body over the cap and `400 media_unreachable` for everything else
 * (docs/media-intake.md "Failures"). Callbacks, provider APIs and video mirroring map transport
 * failures their own way.
 */

/**
 * A user's media URL that could not be fetched. Keeps the transport facts (`reason`, `httpStatus`,
 * `retryable`) for logs; the client sees only the code and the message (which never echoes the URL's
 * path, query or credentials).
 */
export class MediaFetchError extends AppError {
  readonly reason: OutboundFailure;
  readonly httpStatus: number | undefined;
  readonly retryable: boolean;

  constructor(failure: TransportError) {
    super(400, failure.reason === 'too_large' ? 'media_too_large' : 'media_unreachable', failure.message, {}, { cause: failure });
    this.name = 'MediaFetchError';
    this.reason = failure.reason;
    this.httpStatus = failure.httpStatus;
    this.retryable = failure.retryable;
  }
}

/** A {@link TransportError} as the media error the client sees; anything else unchanged. */
export function toMediaError(err: unknown): unknown {
  return err instanceof TransportError ? new MediaFetchError(err) : err;
}

/**
 * GETs a user's media URL into memory with the SSRF-safe client.
 * @throws MediaFetchError (400 `media_unreachable` / `media_too_large`) when it cannot be fetched
 */
export async function fetchMedia(url: string, policy: OutboundPolicy): Promise<FetchedBytes> {
  try {
    return await fetchBytes(url, policy);
  } catch (err) {
    throw toMediaError(err);
  }
}
