/**
 * Verifying the completion callbacks the service POSTs to an app backend (docs/revid-and-webhooks.md,
 * "Completion callbacks"; the `videoCompleted` webhook of the OpenAPI document). Standard Webhooks v1
 * signatures are computed by the official `standardwebhooks` library; the legacy `x-revid-signature` (hex
 * HMAC-SHA256 of the raw body) with `fast-sha256`, the HMAC that library is built on. Neither needs
 * `node:crypto`, so this works in browsers and edge runtimes too.
 */
import { hmac } from 'fast-sha256';
import { Webhook } from 'standardwebhooks';
import type { components } from './generated/openapi.js';

/** The body of a completion callback (`video.completed` / `video.failed`). */
export type CallbackEventPayload = components['schemas']['CallbackEvent'];

/** Raw body as received: the exact string or bytes, never a parsed object. */
export type RawBody = string | Uint8Array;

/** Header bag in any letter case: a plain object (node:http, Lambda, Express) or a `Headers`. */
export type HeaderSource = Record<string, string | string[] | undefined> | { get(name: string): string | null };

/** Why a delivery was rejected; stable strings so callers can log or count them. */
export type WebhookVerificationReason =
  | 'missing_headers'
  | 'invalid_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature';

/** A delivery failed verification. Answer 401 and change no state. The message names no secret. */
export class WebhookVerificationError extends Error {
  constructor(
    readonly reason: WebhookVerificationReason,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/** The delivery is authentic but its body is not a callback event this client understands (answer 400). */
export class WebhookPayloadError extends Error {
  constructor(
    message: string,
    readonly issues: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'WebhookPayloadError';
  }
}

/** A verified delivery: the event, its idempotency key and which scheme authenticated it. */
export interface VerifiedCallback {
  event: CallbackEventPayload;
  /** `webhook-id` (the same on every retry); for legacy-only deliveries `legacy:<type>:<job_id>`. */
  id: string;
  scheme: 'standard-webhooks' | 'legacy';
}

const SW_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  }
  let found: string | undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    // A repeated header is ambiguous: never pick one silently.
    if (found !== undefined || values.length !== 1) throw new WebhookVerificationError('invalid_headers', `Header ${name} appears more than once.`);
    found = values[0];
  }
  return found;
}

function bodyText(rawBody: RawBody): string {
  if (typeof rawBody === 'string') return rawBody;
  if (rawBody instanceof Uint8Array) return new TextDecoder().decode(rawBody);
  throw new TypeError('Webhook payload was provided as a parsed object; pass the exact raw body (string or bytes) instead.');
}

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Constant-time comparison of two equal-length ASCII strings. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * True when `header` (bare hex or `sha256=<hex>`, any case) is the HMAC-SHA256 of the raw body keyed
 * with the secret string as configured, as UTF-8 (a `whsec_` prefix included): the service's legacy
 * scheme (docs/revid-and-webhooks.md). No id or timestamp is signed: dedupe on the event.
 */
export function verifyLegacySignature(rawBody: RawBody, header: string | null | undefined, secret: string): boolean {
  if (typeof header !== 'string' || !secret) return false;
  const hex = header.trim().replace(/^sha256=/i, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) return false;
  const encoder = new TextEncoder();
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  return sameText(hex, toHex(hmac(encoder.encode(secret), body)));
}

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** Accepted clock skew of `webhook-timestamp`, seconds, both directions (default 300, as the official libraries). */
  toleranceS?: number;
  /** The receiver's clock (tests). */
  now?: Date;
}

/** The replay window every official Standard Webhooks library uses, seconds. */
export const DEFAULT_TOLERANCE_S = 300;

/**
 * Checks the three Standard Webhooks headers against any of `secrets`: the signature is computed by the
 * `standardwebhooks` library (`Webhook.sign`: secret decoding and HMAC); the timestamp window and the
 * constant-time comparison follow its `verify`, with the tolerance and clock as options.
 */
function verifyStandard(headers: HeaderSource, text: string, secrets: readonly string[], options: VerifyWebhookOptions): string {
  const id = headerValue(headers, 'webhook-id');
  const timestampHeader = headerValue(headers, 'webhook-timestamp');
  const signatureHeader = headerValue(headers, 'webhook-signature');
  if (!id || !timestampHeader || !signatureHeader) throw new WebhookVerificationError('missing_headers', 'Missing required headers');
  // The library reads the timestamp with parseInt ("12abc" would pass); only digits are a timestamp.
  if (!/^\d{1,12}$/.test(timestampHeader)) throw new WebhookVerificationError('invalid_timestamp', 'Invalid webhook-timestamp header');
  const timestamp = Number(timestampHeader);
  const toleranceS = options.toleranceS ?? DEFAULT_TOLERANCE_S;
  const nowS = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (nowS - timestamp > toleranceS) throw new WebhookVerificationError('timestamp_too_old', 'Message timestamp too old');
  if (timestamp - nowS > toleranceS) throw new WebhookVerificationError('timestamp_too_new', 'Message timestamp too new');

  let expected: string[];
  try {
    expected = secrets.map((secret) => new Webhook(secret).sign(id, new Date(timestamp * 1000), text).slice('v1,'.length));
  } catch (err) {
    throw new TypeError(`Unusable webhook secret: ${(err as Error).message}`);
  }
  let matched = false;
  for (const entry of signatureHeader.split(' ')) {
    const comma = entry.indexOf(',');
    // Only v1 entries count: an unknown version is skipped, never a downgrade.
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    const given = entry.slice(comma + 1);
    for (const candidate of expected) if (sameText(given, candidate)) matched = true;
  }
  if (!matched) throw new WebhookVerificationError('no_matching_signature', 'No matching signature found');
  return id;
}

/** The outline of a callback event; the issues found, empty when it fits. */
function eventIssues(json: unknown): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  const o = json as { type?: unknown; timestamp?: unknown; data?: Record<string, unknown> } | null;
  if (o === null || typeof o !== 'object') return [{ path: '', message: 'Expected an object' }];
  if (o.type !== 'video.completed' && o.type !== 'video.failed') issues.push({ path: 'type', message: 'Expected "video.completed" or "video.failed"' });
  if (typeof o.timestamp !== 'string') issues.push({ path: 'timestamp', message: 'Expected a string' });
  const data = o.data;
  if (data === null || typeof data !== 'object') return [...issues, { path: 'data', message: 'Expected an object' }];
  if (typeof data.job_id !== 'string') issues.push({ path: 'data.job_id', message: 'Expected a string' });
  if (data.status !== 'completed' && data.status !== 'failed') issues.push({ path: 'data.status', message: 'Expected "completed" or "failed"' });
  if (!Array.isArray(data.detected_pets)) issues.push({ path: 'data.detected_pets', message: 'Expected an array' });
  return issues;
}

/**
 * Like {@link verifyWebhook}, also returning the idempotency key and the scheme used.
 *
 * Standard Webhooks headers win whenever any of them is present (a partial set is rejected, never
 * downgraded to the legacy check), with a tolerance on `webhook-timestamp` (300 s by default, as the official libraries).
 * Only when none is present is `x-revid-signature` accepted; it carries no timestamp, so dedupe such
 * deliveries on the returned `id`.
 * @throws WebhookVerificationError, WebhookPayloadError as {@link verifyWebhook}.
 * @throws TypeError for a parsed (non-raw) body or an unusable secret (a configuration error: answer 500).
 */
export function verifyWebhookDelivery(
  headers: HeaderSource,
  rawBody: RawBody,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): VerifiedCallback {
  const secrets = typeof secret === 'string' ? [secret] : [...secret];
  if (secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s === '')) throw new TypeError('A webhook secret is required.');
  const text = bodyText(rawBody);
  let id: string | undefined;
  let scheme: VerifiedCallback['scheme'];
  if (SW_HEADERS.some((name) => headerValue(headers, name) !== undefined)) {
    id = verifyStandard(headers, text, secrets, options);
    scheme = 'standard-webhooks';
  } else {
    const legacy = headerValue(headers, 'x-revid-signature');
    if (legacy === undefined) throw new WebhookVerificationError('missing_headers', 'Missing required headers');
    if (!secrets.some((s) => verifyLegacySignature(rawBody, legacy, s))) {
      throw new WebhookVerificationError('no_matching_signature', 'No matching signature found');
    }
    scheme = 'legacy';
  }

  // Parse only now: nothing unauthenticated reaches JSON.parse.
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebhookPayloadError('The callback body is not valid JSON.');
  }
  const issues = eventIssues(json);
  if (issues.length > 0) throw new WebhookPayloadError('The callback body is not a video callback event.', issues);
  const event = json as CallbackEventPayload;
  return { event, id: id ?? `legacy:${event.type}:${event.data.job_id}`, scheme };
}

/**
 * Verifies a completion callback against the exact raw body and returns the parsed event.
 *
 * @param headers the request headers in any letter case (node:http, Lambda, or a `Headers`).
 * @param rawBody the body exactly as received; never a re-serialised object.
 * @param secret the endpoint's `whsec_…` secret, or several during a rotation.
 * @throws WebhookVerificationError when the delivery is not authentic or its timestamp is more than
 *   `toleranceS` (300 s) off (answer 401); `reason` says why.
 * @throws WebhookPayloadError when it is authentic but not a callback event (answer 400).
 */
export function verifyWebhook(
  headers: HeaderSource,
  rawBody: RawBody,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): CallbackEventPayload {
  return verifyWebhookDelivery(headers, rawBody, secret, options).event;
}
