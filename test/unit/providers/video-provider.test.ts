import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import { TransportError } from '../../../lambdas/engines/outbound/index.js';
import { RevidError } from '../../../lambdas/engines/revid/client.js';
import {
  classifyProviderError,
  fallbackProvider,
  selectProvider,
  type VideoProvider,
  type VideoProviders,
} from '../../../lambdas/domain/providers/video-provider.js';

const provider = (name: 'builtin' | 'revid'): VideoProvider => ({
  name,
  mode: name === 'builtin' ? 'inline' : 'remote',
  start: async () => {
    throw new Error('not called');
  },
});
const revid = provider('revid');
const builtin = provider('builtin');
const providers = (over: Partial<VideoProviders> = {}): VideoProviders => ({ selected: 'revid', fallback: 'builtin', revid, builtin, ...over });
const revidError = (reason: ConstructorParameters<typeof RevidError>[0]['reason'], httpStatus: number | undefined, retryable: boolean) =>
  new RevidError({ message: `Revid said ${httpStatus}`, reason, retryable, httpStatus });

describe('Function: selectProvider', () => {
  it('returns the provider VIDEO_PROVIDER names', () => {
    expect(selectProvider(providers({ selected: 'revid' }))).toBe(revid);
    expect(selectProvider(providers({ selected: 'builtin' }))).toBe(builtin);
  });

  it('refuses a selected provider the deployment did not wire (no silent switch)', () => {
    expect(() => selectProvider(providers({ selected: 'revid', revid: undefined }))).toThrow(/VIDEO_PROVIDER=revid is selected but not configured/);
  });
});

describe('Function: classifyProviderError', () => {
  it.each([
    ['401 unauthorized', revidError('unauthorized', 401, false)],
    ['402 out of credits', revidError('insufficient_credits', 402, false)],
    ['403 forbidden', revidError('forbidden', 403, false)],
  ])('Revid %s is an account error', (_name, err) => {
    expect(classifyProviderError(err)).toBe('account');
  });

  it.each([
    ['429', revidError('rate_limited', 429, true)],
    ['500', revidError('server_error', 500, true)],
    ['timeout', revidError('timeout', undefined, true)],
    ['a transient outbound error', new TransportError('timeout', 'The server did not answer in time.')],
    ['an unexpected exception', new TypeError('x is undefined')],
    ['a 5xx AppError', new AppError(503, 'provider_not_configured', 'down')],
  ])('%s is transient', (_name, err) => {
    expect(classifyProviderError(err)).toBe('transient');
  });

  it.each([
    ['a Revid 400', revidError('bad_request', 400, false)],
    ['a Revid 404', revidError('not_found', 404, false)],
    ['the renderer’s input error (retryable: false)', Object.assign(new Error('The stored media is corrupt.'), { retryable: false })],
    ['a 4xx AppError', new AppError(400, 'invalid_media', 'bad')],
  ])('%s is permanent', (_name, err) => {
    expect(classifyProviderError(err)).toBe('permanent');
  });

  it('takes the kind an error names itself (providerFailure) over its retryable flag', () => {
    expect(classifyProviderError(Object.assign(new Error('refused'), { providerFailure: 'account', retryable: false }))).toBe('account');
    expect(classifyProviderError(Object.assign(new Error('bad input'), { providerFailure: 'permanent', retryable: true }))).toBe('permanent');
  });

  it('knows no provider’s reason strings: a non-Revid error with reason insufficient_credits is classified by its flag', () => {
    expect(classifyProviderError(Object.assign(new Error('x'), { reason: 'insufficient_credits', retryable: false }))).toBe('permanent');
    expect(classifyProviderError(Object.assign(new Error('x'), { reason: 'unauthorized', retryable: true }))).toBe('transient');
  });
});

describe('Function: fallbackProvider', () => {
  it('re-renders Revid’s account errors and spent budgets with builtin', () => {
    expect(fallbackProvider(providers(), 'revid', 'account')).toBe(builtin);
    expect(fallbackProvider(providers(), 'revid', 'budget')).toBe(builtin);
  });

  it('does not fall back for a permanent input error, a transient error, from builtin, with VIDEO_FALLBACK=none, or without builtin', () => {
    expect(fallbackProvider(providers(), 'revid', 'permanent')).toBeUndefined();
    expect(fallbackProvider(providers(), 'revid', 'transient')).toBeUndefined();
    expect(fallbackProvider(providers(), 'builtin', 'budget')).toBeUndefined();
    expect(fallbackProvider(providers({ fallback: 'none' }), 'revid', 'account')).toBeUndefined();
    expect(fallbackProvider(providers({ builtin: undefined }), 'revid', 'account')).toBeUndefined();
  });
});
