import { describe, expect, it } from 'vitest';
import {
  classifyDeliveryStatus,
  MAX_STEP_DELAY_S,
  nextDelaySeconds,
  scheduleOffsetsS,
  STANDARD_WEBHOOKS_RETRY_DELAYS_S,
  SVIX_RETRY_DELAYS_S,
} from '../../../lambdas/domain/callbacks/retry-schedule.js';

/** Walks the schedule: the delays between consecutive attempts until it says stop. */
function walk(options: Parameters<typeof nextDelaySeconds>[1] = {}): number[] {
  const delays: number[] = [];
  for (let attempt = 1; ; attempt++) {
    const delay = nextDelaySeconds(attempt, options);
    if (delay === null) return delays;
    delays.push(delay);
  }
}

describe('Function: nextDelaySeconds', () => {
  it('follows the Svix schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — 8 attempts in all', () => {
    expect(SVIX_RETRY_DELAYS_S).toEqual([0, 5, 300, 1800, 7200, 18000, 36000, 36000]);
    const delays = walk();
    expect(delays).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000]);
    expect(delays.length + 1).toBe(8);
  });

  it('puts the last attempt 27 h 35 m 05 s after the first', () => {
    const total = walk().reduce((a, b) => a + b, 0);
    expect(total).toBe(27 * 3600 + 35 * 60 + 5);
    expect(scheduleOffsetsS().at(-1)).toBe(total);
    // Svix docs: three failures then a success lands about 35 min 05 s after the first attempt.
    expect(scheduleOffsetsS()[3]).toBe(35 * 60 + 5);
  });

  it('stops after the last attempt', () => {
    expect(nextDelaySeconds(8)).toBeNull();
    expect(nextDelaySeconds(100)).toBeNull();
  });

  it('rejects attempt numbers below 1 or fractional', () => {
    expect(() => nextDelaySeconds(0)).toThrow(TypeError);
    expect(() => nextDelaySeconds(1.5)).toThrow(TypeError);
  });

  it('never schedules a single step longer than the SQS 12 h visibility limit', () => {
    expect(MAX_STEP_DELAY_S).toBe(43_200);
    for (const schedule of [SVIX_RETRY_DELAYS_S, STANDARD_WEBHOOKS_RETRY_DELAYS_S]) {
      for (const random of [() => 0, () => 0.5, () => 0.999999]) {
        for (const delay of walk({ schedule, jitter: 0.2, random, retryAfterS: 10 })) {
          expect(delay).toBeLessThanOrEqual(43_200);
          expect(Number.isInteger(delay)).toBe(true);
        }
      }
    }
  });

  it('clamps the longer Standard Webhooks steps (14 h, 20 h, 24 h) to 12 h', () => {
    const delays = walk({ schedule: STANDARD_WEBHOOKS_RETRY_DELAYS_S });
    expect(delays).toEqual([5, 300, 1800, 7200, 18000, 36000, 43200, 43200, 43200]);
    expect(scheduleOffsetsS(STANDARD_WEBHOOKS_RETRY_DELAYS_S).at(-1)).toBe(75 * 3600 + 35 * 60 + 5);
  });

  describe('scale', () => {
    it('scales the step (local runs) but never the receiver\'s Retry-After', () => {
      expect(nextDelaySeconds(3, { scale: 0.01 })).toBe(18);
      expect(nextDelaySeconds(3, { scale: 0.01, retryAfterS: 120 })).toBe(120);
      expect(nextDelaySeconds(3, { scale: 1 })).toBe(1800);
    });
  });

  describe('Retry-After', () => {
    it('is never undercut: Retry-After 120 after attempt 1 waits 120 s, not 5 s', () => {
      expect(nextDelaySeconds(1, { retryAfterS: 120 })).toBe(120);
    });

    it('does not shorten a longer scheduled step', () => {
      expect(nextDelaySeconds(3, { retryAfterS: 120 })).toBe(1800);
    });

    it('rounds a fractional Retry-After up', () => {
      expect(nextDelaySeconds(1, { retryAfterS: 7.2 })).toBe(8);
    });

    it('wins over a jitter that would make the wait shorter', () => {
      expect(nextDelaySeconds(2, { retryAfterS: 300, jitter: 0.2, random: () => 0 })).toBe(300);
    });

    it('is clamped to the 12 h cap', () => {
      expect(nextDelaySeconds(1, { retryAfterS: 3 * 86_400 })).toBe(43_200);
    });

    it('ignores nonsense values', () => {
      expect(nextDelaySeconds(1, { retryAfterS: Number.NaN })).toBe(5);
      expect(nextDelaySeconds(1, { retryAfterS: -10 })).toBe(5);
    });
  });

  describe('jitter', () => {
    it('stays within ±jitter of the step', () => {
      expect(nextDelaySeconds(3, { jitter: 0.2, random: () => 0 })).toBe(1440);
      expect(nextDelaySeconds(3, { jitter: 0.2, random: () => 0.5 })).toBe(1800);
      expect(nextDelaySeconds(3, { jitter: 0.2, random: () => 0.999999 })).toBe(2160);
    });

    it('is off by default', () => {
      expect(nextDelaySeconds(3, { random: () => 0 })).toBe(1800);
    });
  });
});

describe('Function: classifyDeliveryStatus', () => {
  it.each([200, 201, 202, 204, 299])('treats %i as delivered', (status) => {
    expect(classifyDeliveryStatus(status)).toBe('delivered');
  });

  it('treats 410 Gone as stop-for-good', () => {
    expect(classifyDeliveryStatus(410)).toBe('gone');
  });

  it.each([100, 301, 302, 307, 400, 401, 403, 404, 408, 413, 429, 500, 502, 503, 504])(
    'treats %i as a failed attempt to retry (redirects are failures)',
    (status) => {
      expect(classifyDeliveryStatus(status)).toBe('retry');
    },
  );

  it('treats a timeout or network error (no status) as a failed attempt to retry', () => {
    expect(classifyDeliveryStatus(undefined)).toBe('retry');
  });
});
