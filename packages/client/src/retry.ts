/**
 * Retry policy of the client: exponential backoff with full jitter (AWS Architecture Blog, "Exponential
 * Backoff and Jitter"), `Retry-After` honoured, and an abortable sleep.
 */
import { PetRoastAbortError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 4, so at most 5 attempts). 0 disables retries. */
  max?: number;
  /** Cap of the first backoff window (default 250 ms); each retry doubles it. */
  baseDelayMs?: number;
  /** Largest backoff window (default 8000 ms). */
  maxDelayMs?: number;
  /**
   * A `Retry-After` longer than this is not waited for: the 429/503 is thrown at once with
   * `retryAfterS` set, so a quota reset hours away does not hang the caller (default 60 000 ms).
   */
  maxRetryAfterMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = { max: 4, baseDelayMs: 250, maxDelayMs: 8000, maxRetryAfterMs: 60_000 };

export function resolveRetryOptions(options: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (options === false) return { ...DEFAULT_RETRY, max: 0 };
  const resolved = { ...DEFAULT_RETRY, ...options };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`retries.${name} must be a non-negative number.`);
  }
  return resolved;
}

/**
 * Full jitter: a uniformly random delay in `[0, min(maxDelayMs, baseDelayMs × 2^retry))`, where
 * `retry` is 0 for the first retry. Spreads retries of many clients instead of synchronising them.
 */
export function backoffDelayMs(retry: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const window = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.floor(random() * window);
}

/**
 * `Retry-After` as milliseconds from `now`: delay-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`); `undefined` when absent or unreadable (`-5`, `1.5`); never
 * negative. The protocol package's parser, the service's own (bundled into this package by tsup).
 */
export { parseRetryAfterMs } from '../../protocol/src/index.js';

/** Resolves after `ms`, or rejects with {@link PetRoastAbortError} as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new PetRoastAbortError(signal.reason));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new PetRoastAbortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
