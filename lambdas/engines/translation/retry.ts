import { AppError, errors } from '../../domain/errors.js';
import { isAbortError, isTransientStatus, TransportError } from '../outbound/index.js';
import { logger } from '../../domain/observability.js';
import type { ProviderName } from './types.js';

/**
 * Timeouts and retries for provider calls (docs/reference/external-apis.md §4.5: ~10 s per hosted call, 2–3 retries).
 *
 * Each attempt gets its own deadline. 5xx, 408, 429, timeouts and network errors are retried with
 * exponential backoff and full jitter; other 4xx and malformed answers are not (they would fail the
 * same way again). A 429/503 `Retry-After` is honoured when it is within `maxRetryAfterMs`; a longer
 * one ends the retries at once, since waiting that long inside a synchronous API call helps nobody
 * and retrying earlier would ignore the provider's request. `budgetMs` bounds the whole sequence so a
 * call stays inside API Gateway's 29 s integration timeout.
 */
export interface RetryPolicy {
  /** Attempts in total, including the first (default 3). */
  attempts: number;
  /** Per-attempt deadline in ms (default 10,000). */
  timeoutMs: number;
  /** Backoff base: attempt n waits up to base × 2^(n-1) ms, fully jittered (default 250). */
  baseDelayMs: number;
  /** Upper bound of one backoff wait (default 2,000). */
  maxDelayMs: number;
  /** Longest `Retry-After` honoured (default 5,000); longer ones stop retrying. */
  maxRetryAfterMs: number;
  /** Wall-clock budget for all attempts and waits together (default 25,000). */
  budgetMs: number;
  /** Injectable for tests. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable for tests: a number in [0, 1). */
  random: () => number;
  now: () => number;
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  attempts: 3,
  timeoutMs: 10_000,
  baseDelayMs: 250,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 5_000,
  budgetMs: 25_000,
  sleep,
  random: Math.random,
  now: Date.now,
});

export const retryPolicy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({ ...DEFAULT_RETRY_POLICY, ...overrides });

export type ProviderFailureKind = 'http' | 'timeout' | 'network' | 'protocol' | 'rate_limited' | 'refused';

/**
 * One failed attempt, before retry decisions. `detail` is for logs only (status line, the provider's
 * own error text, truncated); it never reaches the caller and never holds a key.
 */
export class ProviderCallError extends Error {
  constructor(
    readonly kind: ProviderFailureKind,
    message: string,
    readonly init: { status?: number; retryAfterMs?: number; detail?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: init.cause });
    this.name = 'ProviderCallError';
  }

  get status(): number | undefined {
    return this.init.status;
  }

  /** The outbound transience rule (lambdas/engines/outbound/errors.ts) applied to this failure's kind and status. */
  get retryable(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network' || this.kind === 'rate_limited') return true;
    const status = this.init.status;
    return this.kind === 'http' && status !== undefined && isTransientStatus(status);
  }
}

/** An HTTP status as a failure of the right kind. */
export function httpFailure(status: number, retryAfterS: number | undefined, detail?: string): ProviderCallError {
  const retryAfterMs = retryAfterS === undefined ? undefined : retryAfterS * 1000;
  return new ProviderCallError(status === 429 ? 'rate_limited' : 'http', `HTTP ${status}`, { status, retryAfterMs, detail });
}

/**
 * Any thrown value as a ProviderCallError: aborts are timeouts, AWS SDK errors are classified by their
 * HTTP status and `$retryable`, and anything else thrown by fetch (DNS, refused, reset) is a network error.
 */
export function classifyFailure(err: unknown): ProviderCallError {
  if (err instanceof ProviderCallError) return err;
  if (isAbortError(err)) return new ProviderCallError('timeout', 'timed out', { cause: err });
  // The SSRF-safe client's transport failure, classified by its reason and the one transience rule.
  if (err instanceof TransportError) {
    const kind: ProviderFailureKind =
      err.reason === 'timeout' ? 'timeout' : err.retryable ? 'network' : err.reason === 'blocked' || err.reason === 'invalid_url' ? 'refused' : 'protocol';
    const message = err.reason === 'too_large' ? 'the response is too large' : err.reason === 'redirect' ? 'too many redirects' : err.reason;
    return new ProviderCallError(kind, message, { detail: `outbound ${err.reason}`, cause: err });
  }
  const sdk = err as { name?: string; $metadata?: { httpStatusCode?: number }; $retryable?: { throttling?: boolean } };
  const status = sdk?.$metadata?.httpStatusCode;
  if (typeof status === 'number' || sdk?.$retryable) {
    const throttled = sdk.$retryable?.throttling === true || sdk.name === 'ThrottlingException' || status === 429;
    if (throttled) return new ProviderCallError('rate_limited', 'throttled', { status: status ?? 429, detail: sdk.name, cause: err });
    if (sdk.$retryable && (status === undefined || status < 500)) {
      return new ProviderCallError('http', 'retryable error', { status: 503, detail: sdk.name, cause: err });
    }
    return new ProviderCallError('http', `HTTP ${status}`, { status, detail: sdk.name, cause: err });
  }
  return new ProviderCallError('network', 'network error', { detail: (err as Error)?.message, cause: err });
}

/** The caller-safe 502 for a provider that failed for good. */
export function providerError(provider: ProviderName, failure: ProviderCallError, attempts: number): AppError {
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  const message = {
    http: `Translation provider '${provider}' failed (HTTP ${failure.status ?? '?'})${tries}.`,
    rate_limited: `Translation provider '${provider}' is rate limiting requests${tries}.`,
    timeout: `Translation provider '${provider}' did not answer in time${tries}.`,
    network: `Translation provider '${provider}' could not be reached${tries}.`,
    refused: `Translation provider '${provider}' could not be called: its address is not allowed by the outbound policy.`,
    protocol: `Translation provider '${provider}' returned an unusable answer: ${failure.message}`,
  }[failure.kind];
  return errors.translationProvider(provider, message, failure);
}

/** Runs `fn` with the deadline and retry policy; throws `AppError` 502 naming `provider` when it gives up. */
export async function callWithRetry<T>(
  provider: ProviderName,
  fn: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy,
  outer?: AbortSignal,
): Promise<T> {
  const started = policy.now();
  for (let attempt = 1; ; attempt += 1) {
    const remaining = policy.budgetMs - (policy.now() - started);
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException('provider call timed out', 'TimeoutError')),
      Math.max(1, Math.min(policy.timeoutMs, remaining)),
    );
    const onOuterAbort = (): void => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    let failure: ProviderCallError;
    try {
      if (outer?.aborted) throw outer.reason;
      return await fn(controller.signal);
    } catch (err) {
      if (err instanceof AppError) throw err;
      failure = classifyFailure(err);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
    logger.warn('translation provider call failed', {
      provider,
      attempt,
      kind: failure.kind,
      status: failure.status,
      detail: failure.init.detail?.slice(0, 300),
    });
    if (outer?.aborted || !failure.retryable || attempt >= policy.attempts) throw providerError(provider, failure, attempt);
    const retryAfterMs = failure.init.retryAfterMs;
    if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) throw providerError(provider, failure, attempt);
    const backoff = policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const delay = Math.max(backoff, retryAfterMs ?? 0);
    if (policy.now() - started + delay >= policy.budgetMs) throw providerError(provider, failure, attempt);
    try {
      await policy.sleep(delay, outer);
    } catch {
      throw providerError(provider, failure, attempt);
    }
  }
}
