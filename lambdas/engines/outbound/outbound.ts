/**
 * The outbound module (docs/media-intake.md "Module layout"), split by concern:
 * - `address-policy.ts` which IP addresses may be connected to;
 * - `target.ts` URL checks, the policy and its defaults, one DNS lookup and the addresses to pin;
 * - `connection.ts` the undici connector that dials only pinned, re-checked addresses;
 * - `redirects.ts` which redirects are followed and how each hop's request is rewritten;
 * - `exchange.ts` one exchange: request headers, the pinned connection, redirects, the deadline, error mapping;
 * - `body.ts` reading a response body under the byte cap and the deadline;
 * - `client.ts` the calls: `fetchBytes`, `streamToSink`, `createSafeFetch`, `assertPublicUrl`;
 * - `errors.ts` the one transport error ({@link TransportError}) and the one transience rule;
 * - `retry-after.ts` the one `Retry-After` parser;
 * - `http-fetch.ts` the narrow fetch contract provider clients depend on; `abort.ts` signal helpers.
 */
export { addressBlockReason, isPublicAddress } from './address-policy.js';
export {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TOTAL_TIMEOUT_MS,
  type LookupFn,
  type OutboundPolicy,
} from './target.js';
export { createSafeDispatcher } from './connection.js';
export {
  assertPublicUrl,
  createSafeFetch,
  fetchBytes,
  streamToSink,
  type FetchedBytes,
  type SafeFetch,
  type SafeRequestInit,
  type SafeResponse,
  type StreamedToSink,
} from './client.js';
export { TransportError, isTransientFailure, isTransientStatus, type OutboundFailure } from './errors.js';
export { parseRetryAfter } from './retry-after.js';
export { raceSignal } from './abort.js';
export { defaultHttpFetch, isAbortError, type HttpFetch, type HttpRequestInit, type HttpResponseLike } from './http-fetch.js';
