/**
 * Seconds to wait according to a `Retry-After` header (RFC 9110 §10.2.3): either delta-seconds
 * (`120`) or an HTTP-date. Returns `undefined` when absent or unreadable; never negative. The one
 * parser for every outbound caller (callbacks, Revid, translation providers); each caller applies its
 * own ceiling (how long it is willing to wait), not the parser.
 * @param now the reference time for an HTTP-date (default: the current time)
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds) ? seconds : undefined;
  }
  // Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with the day name; V8's Date.parse
  // alone would read `-5` or `1.5` as years.
  if (!/^[A-Za-z]{3}/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
