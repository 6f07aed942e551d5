/**
 * Signing and verification of the completion callbacks (docs/revid-and-webhooks.md, "Completion
 * callbacks"), one implementation for the service (which signs) and the SDKs (which verify):
 *
 * - **Standard Webhooks v1**: `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64
 *   HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`, the key being the base64 after `whsec_`. During a
 *   secret rotation every secret signs, giving a space-separated list.
 * - **Legacy** `x-revid-signature`: hex HMAC-SHA256 of the raw body keyed with the secret string as
 *   configured (UTF-8, `whsec_` prefix included), for integrations written against the original guide.
 *
 * HMAC-SHA256 is `fast-sha256` (pure JavaScript), so this runs in Node.js, browsers and edge runtimes.
 * vectors/webhooks.json holds known answers every implementation (the Python client's too) is tested on.
 */
import { hmac } from 'fast-sha256';

/** Prefix of a Standard Webhooks symmetric secret. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** Replay window of every official Standard Webhooks library, seconds, both directions. */
export const DEFAULT_TOLERANCE_S = 300;
/** The three Standard Webhooks headers. */
export const STANDARD_WEBHOOK_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;
/** The legacy signature header. */
export const LEGACY_SIGNATURE_HEADER = 'x-revid-signature';

const TIMESTAMP_PATTERN = /^\d{1,12}$/;
// Standard base64; padding may be omitted (the Python reference accepts 0, 1 or 2 '=').
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

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

/** Raw body as received: the exact string or bytes, never a parsed object. */
export type RawBody = string | Uint8Array;

/** Header bag in any letter case: a plain object (node:http, Lambda, Express) or a `Headers`-like. */
export type HeaderSource = Record<string, string | string[] | undefined> | { get(name: string): string | null };

/** Result of a successful Standard Webhooks verification: the event id (idempotency key) and the attempt's timestamp. */
export interface VerifiedWebhook {
  id: string;
  timestamp: number;
}

const encoder = new TextEncoder();
const utf8 = (body: RawBody): Uint8Array => (typeof body === 'string' ? encoder.encode(body) : body);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Constant-time comparison of two strings (length is public). */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function assertRawBody(body: unknown): asserts body is RawBody {
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    throw new TypeError('Webhook payload was provided as a parsed object; pass the exact raw body (string or bytes) instead.');
  }
}

/**
 * The HMAC key of a Standard Webhooks secret: the base64 after an optional `whsec_` prefix.
 * @throws TypeError for an empty, `whsec_`-only or non-base64 secret (a configuration error: answer
 *   500, not 401). The message never echoes the secret.
 */
export function decodeWebhookSecret(secret: string): Uint8Array {
  if (typeof secret !== 'string') throw new TypeError('Webhook secret must be a string.');
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  if (encoded === '') throw new TypeError("Webhook secret can't be empty.");
  if (!BASE64_PATTERN.test(encoded)) throw new TypeError('Webhook secret must be base64, optionally prefixed with whsec_.');
  const binary = atob(encoded.padEnd(Math.ceil(encoded.length / 4) * 4, '='));
  const key = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  if (key.length === 0) throw new TypeError("Webhook secret can't be empty.");
  return key;
}

function hmacV1(key: Uint8Array, id: string, timestamp: number, body: RawBody): string {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const content = utf8(body);
  const message = new Uint8Array(prefix.length + content.length);
  message.set(prefix);
  message.set(content, prefix.length);
  return toBase64(hmac(key, message));
}

/**
 * The `webhook-signature` value: one `v1,<base64>` entry per secret, space-separated, in the order
 * given (rotation: old and new secret both sign). `body` must be the exact bytes that are sent.
 * @throws TypeError for an id with `.` or whitespace (or empty, or over 255 characters), a timestamp
 *   that is not whole non-negative Unix seconds, a parsed body, no secret or an unusable one.
 */
export function signStandardWebhook(input: { id: string; timestamp: number; body: RawBody; secrets: readonly string[] }): string {
  if (typeof input.id !== 'string' || input.id === '' || input.id.length > 255 || /[.\s]/.test(input.id)) {
    throw new TypeError('Webhook id must be 1..255 characters without "." or whitespace.');
  }
  if (!Number.isSafeInteger(input.timestamp) || input.timestamp < 0 || !TIMESTAMP_PATTERN.test(String(input.timestamp))) {
    throw new TypeError('Webhook timestamp must be a non-negative integer number of Unix seconds.');
  }
  assertRawBody(input.body);
  if (!Array.isArray(input.secrets) || input.secrets.length === 0) throw new TypeError('At least one webhook secret is required.');
  return input.secrets.map((secret) => `v1,${hmacV1(decodeWebhookSecret(secret), input.id, input.timestamp, input.body)}`).join(' ');
}

/**
 * The legacy `x-revid-signature` value: lower-case hex HMAC-SHA256 of the raw body, keyed with the
 * secret string exactly as configured, as UTF-8 (GitHub's and Stripe's choice, and what an integration
 * written against the original guide computes). No id or timestamp is signed: no replay protection.
 */
export function legacySignature(body: RawBody, secret: string): string {
  assertRawBody(body);
  if (typeof secret !== 'string' || secret === '') throw new TypeError("Webhook secret can't be empty.");
  return toHex(hmac(encoder.encode(secret), utf8(body)));
}

/**
 * One header's value from a header bag, any letter case.
 * @throws WebhookVerificationError `invalid_headers` when it appears more than once (ambiguous: never
 *   pick one silently).
 */
export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  }
  let found: string | undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    if (found !== undefined || values.length !== 1) throw new WebhookVerificationError('invalid_headers', `Header ${name} appears more than once.`);
    found = values[0];
  }
  return found;
}

/**
 * Verifies a Standard Webhooks v1 delivery against the raw body, before anything parses it. Checks, in
 * order: the three headers are present; `webhook-timestamp` matches `^\d{1,12}$` (stricter than the
 * reference library's `parseInt`); it lies within ±`toleranceS` of `now`; some `v1` entry of
 * `webhook-signature` equals the HMAC under some secret (non-`v1` entries are skipped: no downgrade),
 * compared in constant time.
 * @param secrets one secret or several (during rotation any one may match); with or without `whsec_`.
 * @throws WebhookVerificationError when the delivery is not authentic or is stale.
 * @throws TypeError for an unusable secret or a body that is not a string or bytes.
 */
export function verifyStandardWebhook(
  headers: HeaderSource,
  rawBody: RawBody,
  secrets: string | readonly string[],
  options: { toleranceS?: number; now?: Date } = {},
): VerifiedWebhook {
  assertRawBody(rawBody);
  const secretList = typeof secrets === 'string' ? [secrets] : [...secrets];
  if (secretList.length === 0) throw new TypeError('At least one webhook secret is required.');
  const keys = secretList.map(decodeWebhookSecret);
  const toleranceS = options.toleranceS ?? DEFAULT_TOLERANCE_S;
  const id = headerValue(headers, 'webhook-id');
  const timestampHeader = headerValue(headers, 'webhook-timestamp');
  const signatureHeader = headerValue(headers, 'webhook-signature');
  if (!id || !timestampHeader || !signatureHeader) throw new WebhookVerificationError('missing_headers', 'Missing required headers');
  if (!TIMESTAMP_PATTERN.test(timestampHeader)) throw new WebhookVerificationError('invalid_timestamp', 'Invalid webhook-timestamp header');
  const timestamp = Number(timestampHeader);
  const nowS = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (nowS - timestamp > toleranceS) throw new WebhookVerificationError('timestamp_too_old', 'Message timestamp too old');
  if (timestamp - nowS > toleranceS) throw new WebhookVerificationError('timestamp_too_new', 'Message timestamp too new');
  const expected = keys.map((key) => hmacV1(key, id, timestamp, rawBody));
  let matched = false;
  for (const entry of signatureHeader.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    const given = entry.slice(comma + 1);
    for (const candidate of expected) if (constantTimeEqual(given, candidate)) matched = true;
  }
  if (!matched) throw new WebhookVerificationError('no_matching_signature', 'No matching signature found');
  return { id, timestamp };
}

/**
 * Checks a legacy `x-revid-signature` header (bare hex or `sha256=<hex>`, any hex case) against the raw
 * body, keyed as {@link legacySignature}; constant-time. Returns false rather than throwing, so the
 * caller must check the result (an empty secret is false too).
 */
export function verifyLegacySignature(rawBody: RawBody, header: string | null | undefined, secret: string): boolean {
  if (typeof header !== 'string' || typeof secret !== 'string' || secret === '') return false;
  const hex = header.trim().replace(/^sha256=/i, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) return false;
  return constantTimeEqual(hex, legacySignature(rawBody, secret));
}
