import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CircuitOpenError, ProviderBreakers } from '../../../lambdas/engines/translation/breaker.js';
import { quiet } from './helpers.js';

/**
 * The breaker's clock is vitest's fake clock (setTimeout/setInterval/Date are replaced before the
 * breaker exists), so opening, the half-open delay and the rolling window are driven by advancing
 * time, never by sleeping.
 */
describe('Class: ProviderBreakers (opossum, injected clock)', () => {
  beforeEach(() => {
    quiet();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  const policy = { volumeThreshold: 3, errorThresholdPercentage: 50, resetTimeout: 30_000, rollingCountTimeout: 60_000, rollingCountBuckets: 6 };
  const upstream503 = () => Object.assign(new Error('HTTP 503'), { retryable: true });
  const counts = (err: unknown) => (err as { retryable?: boolean }).retryable === true;
  const failing = (breakers: ProviderBreakers, calls: { n: number }) =>
    breakers.run('indictrans2', async () => {
      calls.n += 1;
      throw upstream503();
    }, counts);
  const succeeding = (breakers: ProviderBreakers, calls: { n: number }) =>
    breakers.run('indictrans2', async () => {
      calls.n += 1;
      return 'ok';
    }, counts);

  it('opens after repeated upstream failures, skips the provider while open, probes once when half-open and closes on success', async () => {
    const breakers = new ProviderBreakers(policy);
    const calls = { n: 0 };
    for (let i = 0; i < 3; i += 1) await expect(failing(breakers, calls)).rejects.toThrow('HTTP 503');
    expect(breakers.state('indictrans2')).toBe('open');
    expect(breakers.allows('indictrans2')).toBe(false);

    // Open: rejected without calling the provider.
    await expect(succeeding(breakers, calls)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(calls.n).toBe(3);

    // Still open just before resetTimeout, half-open at it.
    await vi.advanceTimersByTimeAsync(29_999);
    expect(breakers.state('indictrans2')).toBe('open');
    await vi.advanceTimersByTimeAsync(1);
    expect(breakers.state('indictrans2')).toBe('half_open');
    expect(breakers.allows('indictrans2')).toBe(true);

    // Exactly one probe: while it is in flight, other requests are still skipped.
    let release!: (v: string) => void;
    const probe = breakers.run('indictrans2', () => new Promise<string>((resolve) => (release = resolve)), counts);
    expect(breakers.allows('indictrans2')).toBe(false);
    await expect(succeeding(breakers, calls)).rejects.toBeInstanceOf(CircuitOpenError);
    release('probe ok');
    await expect(probe).resolves.toBe('probe ok');
    expect(breakers.state('indictrans2')).toBe('closed');
    await expect(succeeding(breakers, calls)).resolves.toBe('ok');
  });

  it('re-opens for another resetTimeout when the half-open probe fails', async () => {
    const breakers = new ProviderBreakers(policy);
    const calls = { n: 0 };
    for (let i = 0; i < 3; i += 1) await expect(failing(breakers, calls)).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(breakers.state('indictrans2')).toBe('half_open');
    await expect(failing(breakers, calls)).rejects.toThrow('HTTP 503');
    expect(breakers.state('indictrans2')).toBe('open');
    expect(calls.n).toBe(4);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(breakers.state('indictrans2')).toBe('open');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(breakers.state('indictrans2')).toBe('half_open');
  });

  it('does not count failures that say nothing about the provider (a 400, a bad key)', async () => {
    const breakers = new ProviderBreakers(policy);
    for (let i = 0; i < 6; i += 1) {
      await expect(
        breakers.run('dhruva', async () => {
          throw Object.assign(new Error('HTTP 400'), { retryable: false });
        }, counts),
      ).rejects.toThrow('HTTP 400');
    }
    expect(breakers.state('dhruva')).toBe('closed');
  });

  it('stays closed while most calls succeed, and forgets failures once they leave the rolling window', async () => {
    const breakers = new ProviderBreakers(policy);
    const calls = { n: 0 };
    await expect(failing(breakers, calls)).rejects.toThrow();
    await expect(failing(breakers, calls)).rejects.toThrow();
    for (let i = 0; i < 3; i += 1) await succeeding(breakers, calls);
    await expect(failing(breakers, calls)).rejects.toThrow(); // 3 of 6 = 50 %: not above the threshold
    expect(breakers.state('indictrans2')).toBe('closed');

    // A minute later the old calls are gone: one failure among one call would be 100 %, but it is
    // below the volume threshold, and two more failures make 3/3 → open.
    await vi.advanceTimersByTimeAsync(61_000);
    await expect(failing(breakers, calls)).rejects.toThrow();
    expect(breakers.state('indictrans2')).toBe('closed');
    await expect(failing(breakers, calls)).rejects.toThrow();
    await expect(failing(breakers, calls)).rejects.toThrow();
    expect(breakers.state('indictrans2')).toBe('open');
  });

  it('keeps one circuit per provider', async () => {
    const breakers = new ProviderBreakers(policy);
    const calls = { n: 0 };
    for (let i = 0; i < 3; i += 1) await expect(failing(breakers, calls)).rejects.toThrow();
    expect(breakers.state('indictrans2')).toBe('open');
    expect(breakers.state('amazon-translate')).toBe('closed');
    await expect(breakers.run('amazon-translate', async () => 'fine', counts)).resolves.toBe('fine');
  });
});
