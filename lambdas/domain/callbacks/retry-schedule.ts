/**
 * When to retry a customer callback (docs/revid-and-webhooks.md "Callback retries"): the schedules and
 * the one delay rule that `deliverCallback` applies.
 *
 * Two schedules: the Standard Webhooks example (10 attempts over 75 h 35 m 05 s, "about 3 days"; the
 * deployment default, `CALLBACK_RETRY_SCHEDULE`) and Svix's published one (immediately, then 5 s,
 * 5 min, 30 min, 2 h, 5 h, 10 h and 10 h — 8 attempts, the last 27 h 35 m 05 s after the first; the
 * default of {@link nextDelaySeconds} when no schedule is given). One SQS visibility hop is at most
 * 43,200 s; the sender takes a longer step as several hops.
 */

/** Delay in seconds *before* attempt n+1 (index 0 = the first attempt, sent immediately). */
export const SVIX_RETRY_DELAYS_S: readonly number[] = Object.freeze([0, 5, 300, 1_800, 7_200, 18_000, 36_000, 36_000]);

/** The Standard Webhooks spec's example schedule: 10 attempts, 75 h 35 m 05 s in total. */
export const STANDARD_WEBHOOKS_RETRY_DELAYS_S: readonly number[] = Object.freeze([
  0, 5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400,
]);

/** The schedule {@link nextDelaySeconds} uses when none is given. */
export const DEFAULT_RETRY_DELAYS_S = SVIX_RETRY_DELAYS_S;

/** The schedules a deployment can choose (`CALLBACK_RETRY_SCHEDULE`). */
export const RETRY_SCHEDULES = { 'standard-webhooks': STANDARD_WEBHOOKS_RETRY_DELAYS_S, svix: SVIX_RETRY_DELAYS_S } as const;
/** The deployment default: the Standard Webhooks schedule ("about 3 days"). */
export const DEFAULT_RETRY_SCHEDULE: keyof typeof RETRY_SCHEDULES = 'standard-webhooks';

/** SQS `ChangeMessageVisibility` maximum: no single wait may be longer. */
export const MAX_STEP_DELAY_S = 43_200;

export interface NextDelayOptions {
  /** Seconds from the receiver's `Retry-After` (429/503). The delay is never shorter (up to the cap). */
  retryAfterS?: number;
  /** Symmetric jitter as a fraction of the step, e.g. 0.2 for ±20 %. Default 0 (exact schedule). */
  jitter?: number;
  /** Source of randomness in [0, 1) for the jitter; injectable for tests. */
  random?: () => number;
  /** Override the schedule (delays before each attempt, first entry 0). */
  schedule?: readonly number[];
  /** Multiplies the (jittered) step, not `retryAfterS`; default 1 (local runs and tests use small values). */
  scale?: number;
  /** Cap of the returned delay; default {@link MAX_STEP_DELAY_S}. A sender that chains visibility
   * hops (re-hiding the message until the attempt is due) passes Infinity to get the true step. */
  maxStepS?: number;
}

/**
 * Seconds to wait before the next attempt, after attempt number `attempt` (1-based) failed; `null`
 * when that was the last attempt of the schedule. The result is a whole number of seconds, at least
 * `retryAfterS`, and never above {@link MAX_STEP_DELAY_S} — a `Retry-After` longer than 12 h is clamped,
 * and the sender simply re-checks then.
 */
export function nextDelaySeconds(attempt: number, options: NextDelayOptions = {}): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) throw new TypeError('attempt must be an integer >= 1.');
  const schedule = options.schedule ?? DEFAULT_RETRY_DELAYS_S;
  const base = schedule[attempt];
  if (base === undefined) return null;

  const jitter = Math.min(Math.max(options.jitter ?? 0, 0), 1);
  const random = options.random ?? Math.random;
  let delay = jitter > 0 ? base * (1 + jitter * (2 * random() - 1)) : base;
  delay = Math.max(0, Math.round(delay));
  if (options.scale !== undefined && options.scale !== 1) delay = Math.round(delay * options.scale);

  const retryAfter = options.retryAfterS;
  if (retryAfter !== undefined && Number.isFinite(retryAfter) && retryAfter > 0) {
    delay = Math.max(delay, Math.ceil(retryAfter));
  }
  return Math.min(delay, options.maxStepS ?? MAX_STEP_DELAY_S);
}

/** Seconds from the first attempt to each attempt (the "time since start" column of the spec's table). */
export function scheduleOffsetsS(schedule: readonly number[] = DEFAULT_RETRY_DELAYS_S): number[] {
  let total = 0;
  return schedule.map((delay) => (total += delay));
}

/** What one delivery attempt's outcome means. `status` is `undefined` for a timeout or network error. */
export type DeliveryOutcome = 'delivered' | 'gone' | 'retry';

/**
 * The delivery rule of Standard Webhooks senders, deliberately wider than the outbound transience rule
 * (lambdas/engines/outbound/errors.ts): a receiver's 4xx is often a deployment in progress, so only 410
 * stops the schedule.
 * - 2xx: delivered.
 * - 410 Gone: the receiver asks us to stop for good (disable the endpoint, no further attempts).
 * - anything else — 1xx, 3xx (redirects are never followed), other 4xx, 5xx, timeouts, network
 *   errors: a failed attempt to retry on the schedule.
 */
export function classifyDeliveryStatus(status: number | undefined): DeliveryOutcome {
  if (status === undefined) return 'retry';
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 410) return 'gone';
  return 'retry';
}
