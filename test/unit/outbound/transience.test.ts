import { describe, expect, it } from 'vitest';
import { isTransientFailure, isTransientStatus, parseRetryAfter, TransportError } from '../../../lambdas/engines/outbound/index.js';
import { MediaFetchError, toMediaError } from '../../../lambdas/engines/intake/media-fetch.js';
import { AppError } from '../../../lambdas/domain/errors.js';

/** The one transience rule, the one Retry-After parser and the one place that maps a transport failure to an API error. */
describe('Module: outbound transience rule', () => {
  it.each([408, 429, 500, 502, 503, 504, 599])('%i may succeed later', (status) => {
    expect(isTransientStatus(status)).toBe(true);
    expect(new TransportError('http_status', 'x', { httpStatus: status }).retryable).toBe(true);
  });

  it.each([200, 301, 400, 401, 402, 403, 404, 409, 410, 413, 422])('%i will fail the same way again', (status) => {
    expect(isTransientStatus(status)).toBe(false);
    expect(new TransportError('http_status', 'x', { httpStatus: status }).retryable).toBe(false);
  });

  it('treats dns, connect, timeout and network as transient, and policy or size refusals as final', () => {
    for (const reason of ['dns', 'connect', 'timeout', 'network'] as const) expect(new TransportError(reason, 'x').retryable).toBe(true);
    for (const reason of ['invalid_url', 'blocked', 'tls', 'redirect', 'too_large'] as const) {
      expect(isTransientFailure(new TransportError(reason, 'x'))).toBe(false);
    }
    // Anything else a fetch rejects with (abort, reset) may clear up.
    expect(isTransientFailure(new TypeError('fetch failed'))).toBe(true);
  });

  it('is not an API error', () => {
    expect(new TransportError('blocked', 'x')).not.toBeInstanceOf(AppError);
  });
});

describe('Function: parseRetryAfter', () => {
  const now = new Date('2026-11-24T10:30:00Z');
  it('reads delta-seconds and HTTP-dates, never negative', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(' 7 ', now)).toBe(7);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:30:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:00 GMT', now)).toBe(0);
  });

  it('gives undefined for absent or unreadable values', () => {
    for (const value of [null, undefined, '', 'soon', '-5', '1.5', '9'.repeat(20)]) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('Function: toMediaError (media intake)', () => {
  it('maps a body over the cap to 400 media_too_large and everything else to 400 media_unreachable, keeping the transport facts', () => {
    const tooLarge = toMediaError(new TransportError('too_large', 'The response is larger than the 1 MB limit.')) as MediaFetchError;
    expect(tooLarge).toBeInstanceOf(MediaFetchError);
    expect(tooLarge.toDetail()).toEqual({ error: 'media_too_large', message: 'The response is larger than the 1 MB limit.' });
    const status = toMediaError(new TransportError('http_status', "'cdn.example.com' answered HTTP 503.", { httpStatus: 503 })) as MediaFetchError;
    expect(status).toMatchObject({ status: 400, code: 'media_unreachable', reason: 'http_status', httpStatus: 503, retryable: true });
  });

  it('leaves other errors alone', () => {
    const other = new Error('boom');
    expect(toMediaError(other)).toBe(other);
  });
});
