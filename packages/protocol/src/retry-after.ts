/**
 * `Retry-After` (RFC 9110 §10.2.3): either delay-seconds (`120`) or an HTTP-date. The one parser of the
 * service (callbacks, Revid, translation providers) and the SDKs (vectors/retry-after.json holds the
 * known answers every implementation is tested against, the Python client's included). Each caller
 * applies its own ceiling (how long it is willing to wait), not the parser.
 */

/** Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with the day name. */
const HTTP_DATE_START = /^[A-Za-z]{3}/;

/**
 * Milliseconds to wait from `nowMs`, or `undefined` when the value is absent or unreadable (a negative
 * or fractional number, `1e3`, an unknown date). Never negative: a date in the past means 0.
 * @param nowMs the reference time of an HTTP-date, epoch milliseconds (default: the current time)
 */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds * 1000) ? seconds * 1000 : undefined;
  }
  // V8's Date.parse alone would read `-5` or `1.5` as years.
  if (!HTTP_DATE_START.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Whole seconds to wait (an HTTP-date rounds up), or `undefined` when absent or unreadable; never
 * negative. See {@link parseRetryAfterMs}.
 * @param now the reference time of an HTTP-date (default: the current time)
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | undefined {
  const ms = parseRetryAfterMs(value, now.getTime());
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}
