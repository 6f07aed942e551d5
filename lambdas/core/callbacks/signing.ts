/**
 * Signing and verification of the callbacks this service sends to app backends (docs/revid-and-webhooks.md §3).
 *
 * Two schemes are emitted on every delivery:
 * - **Standard Webhooks v1** (docs/revid-and-webhooks.md §3): `webhook-id`, `webhook-timestamp` and
 *   `webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`, where the key is the
 *   base64-decoded part of a `whsec_…` secret. Receivers can use the official `standardwebhooks` or Svix
 *   libraries. During secret rotation every secret signs, giving a space-separated list.
 * - **Legacy** `x-revid-signature: <hex HMAC-SHA256(secret, body)>` for integrations written against the
 *   original guide. See {@link legacySignature} for the key choice.
 *
 * This module is shared with the client SDK's `verifyWebhook`, so it depends on `node:crypto` only.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefix of a Standard Webhooks symmetric secret. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** Replay window used by every official Standard Webhooks library (both directions). */
export const DEFAULT_TOLERANCE_S = 300;

const TIMESTAMP_PATTERN = /^\d{1,12}$/;
// Standard base64; padding may be omitted (the Python reference accepts 0, 1 or 2 '=').
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Why a delivery was rejected; stable strings so callers can log or count them. */
export type WebhookVerificationReason =
  | 'missing_headers'
  | 'invalid_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature';

/** A delivery failed verification. Callers answer 401 and change no state. The message names no secret. */
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

/** Header bag in any letter case: a plain object (Lambda/API Gateway, node:http) or a `Headers`-like. */
export type HeaderSource =
  | Record<string, string | string[] | undefined>
  | { get(name: string): string | null };

/** `whsec_` + base64 of 32 random bytes (256-bit key; the spec allows 24–64 bytes). */
export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * A new event id: `msg_` + a ULID-shaped value (48-bit millisecond time + 80 random bits, Crockford
 * base32), so ids sort by creation time. It matches `^[A-Za-z0-9_]+$`: no `.`, which would make the
 * signed string `id.timestamp.body` ambiguous.
 */
export function newWebhookId(now: Date = new Date()): string {
  let time = Math.max(0, Math.floor(now.getTime()));
  let timePart = '';
  for (let i = 0; i < 10; i++) {
    timePart = CROCKFORD[time % 32] + timePart;
    time = Math.floor(time / 32);
  }
  let randomPart = '';
  for (const byte of randomBytes(16)) randomPart += CROCKFORD[byte & 31];
  return `msg_${timePart}${randomPart}`;
}

/**
 * The HMAC key of a Standard Webhooks secret: the base64 after an optional `whsec_` prefix.
 * @throws TypeError for an empty, `whsec_`-only or non-base64 secret (a configuration error, not a
 *   verification failure, so callers should answer 500 rather than 401). The message never echoes it.
 */
export function decodeWebhookSecret(secret: string): Buffer {
  if (typeof secret !== 'string') throw new TypeError('Webhook secret must be a string.');
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  if (encoded === '') throw new TypeError("Webhook secret can't be empty.");
  if (!BASE64_PATTERN.test(encoded)) {
    throw new TypeError('Webhook secret must be base64, optionally prefixed with whsec_.');
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) throw new TypeError("Webhook secret can't be empty.");
  return key;
}

/**
 * The signing secrets held by one configured value: whitespace-separated entries, the current secret
 * first, then during rotation the previous one (README "Completion callbacks"). **Every** entry is
 * decoded here, so a malformed one is found once, when the function starts (the notify worker checks
 * at cold start), and not as a failure of each delivery.
 * @param source how to name the value in the error, e.g. `the webhook signing secret`.
 * @returns the entries, in order.
 * @throws SigningSecretError naming the bad entry by position (`entry 2 of 2, the previous secret`)
 *   and what is wrong with it; never its value.
 */
export function parseSigningSecrets(value: string, source = 'the webhook signing secret'): string[] {
  const entries = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
  if (entries.length === 0) throw new SigningSecretError(`${source} holds no secret.`);
  entries.forEach((entry, i) => {
    try {
      decodeWebhookSecret(entry);
    } catch (err) {
      const role = i === 0 ? 'the current secret' : i === 1 ? 'the previous secret' : 'an extra secret';
      throw new SigningSecretError(`Entry ${i + 1} of ${entries.length} in ${source} (${role}) is unusable: ${(err as Error).message}`);
    }
  });
  return entries;
}

/** A configured signing secret that cannot sign (a deployment error, not a delivery failure). */
export class SigningSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningSecretError';
  }
}

function assertMessageId(id: string): void {
  if (typeof id !== 'string' || id === '' || id.length > 255 || /[.\s]/.test(id)) {
    throw new TypeError('Webhook id must be 1..255 characters without "." or whitespace.');
  }
}

function assertTimestamp(timestamp: number): void {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0 || !TIMESTAMP_PATTERN.test(String(timestamp))) {
    throw new TypeError('Webhook timestamp must be a non-negative integer number of Unix seconds.');
  }
}

function assertRawBody(body: unknown): asserts body is RawBody {
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    throw new TypeError(
      'Webhook payload was provided as a parsed object; pass the exact raw body (string or bytes) instead.',
    );
  }
}

function hmacV1(key: Buffer, id: string, timestamp: number, body: RawBody): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`, 'utf8').update(body).digest();
}

/**
 * The `webhook-signature` value: one `v1,<base64>` entry per secret, space-separated, in the order
 * given (rotation: sign with old and new secret so receivers holding either one verify).
 * `body` must be the exact bytes that will be sent.
 */
export function signStandardWebhook(input: {
  id: string;
  /** Unix seconds of this attempt. */
  timestamp: number;
  body: RawBody;
  secrets: readonly string[];
}): string {
  assertMessageId(input.id);
  assertTimestamp(input.timestamp);
  assertRawBody(input.body);
  if (!Array.isArray(input.secrets) || input.secrets.length === 0) {
    throw new TypeError('At least one webhook secret is required.');
  }
  return input.secrets
    .map((secret) => `v1,${hmacV1(decodeWebhookSecret(secret), input.id, input.timestamp, input.body).toString('base64')}`)
    .join(' ');
}

/**
 * The legacy `x-revid-signature` value: lower-case hex HMAC-SHA256 of the raw body.
 *
 * Key choice: the secret **string exactly as configured, as UTF-8 bytes** (including a `whsec_` prefix
 * if it has one), not its base64-decoded form. This is what GitHub (`X-Hub-Signature-256`) and Stripe
 * do, and what an integration written against the original guide does
 * (`hmac.new(secret.encode(), body, sha256).hexdigest()`). Unlike Standard Webhooks, no id or
 * timestamp is signed, so this header gives no replay protection; receivers should dedupe on
 * `webhook-id` / the event's `job_id`.
 */
export function legacySignature(body: RawBody, secret: string): string {
  assertRawBody(body);
  if (typeof secret !== 'string' || secret === '') throw new TypeError("Webhook secret can't be empty.");
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest('hex');
}

/** Headers of one delivery attempt (lower-case names, as HTTP/2 and API Gateway HTTP APIs deliver them). */
// A type alias (not an interface) so it is assignable to `Record<string, string>` header bags.
export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
  'x-revid-signature': string;
  'content-type': string;
};

/**
 * Headers for one delivery attempt of event `id`. Keep `id` stable across retries of the same event;
 * each attempt gets a fresh timestamp and signature. `secrets[0]` is the current secret: it alone keys
 * the legacy header (that scheme has no room for a second value); all secrets sign `webhook-signature`.
 */
export function buildWebhookHeaders(input: {
  id: string;
  body: RawBody;
  secrets: readonly string[];
  now?: Date;
}): WebhookHeaders {
  const timestamp = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const signature = signStandardWebhook({ id: input.id, timestamp, body: input.body, secrets: input.secrets });
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signature,
    'x-revid-signature': legacySignature(input.body, input.secrets[0] as string),
    'content-type': 'application/json',
  };
}

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const value = (headers as { get(n: string): string | null }).get(name);
    return value === null ? undefined : value;
  }
  let found: string | string[] | undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    if (found !== undefined) throw new WebhookVerificationError('invalid_headers', `Header ${name} appears more than once.`);
    found = value;
  }
  if (Array.isArray(found)) {
    // A repeated header is ambiguous (stripe-node rejects it too); never pick one silently.
    if (found.length !== 1) throw new WebhookVerificationError('invalid_headers', `Header ${name} appears more than once.`);
    return found[0];
  }
  return found;
}

/** Result of a successful verification: the event id (the idempotency key) and the attempt's timestamp. */
export interface VerifiedWebhook {
  id: string;
  timestamp: number;
}

/**
 * Verifies a Standard Webhooks v1 delivery against the raw body, before anything parses it.
 *
 * Checks, in order: the three headers are present; `webhook-timestamp` matches `^\d{1,12}$` (stricter
 * than the reference library's `parseInt`); it lies within ±`toleranceS` of `now`; some `v1` entry of
 * `webhook-signature` equals the HMAC under some secret. Non-`v1` entries are ignored (no downgrade).
 * Comparison is `crypto.timingSafeEqual` on equal-length buffers.
 *
 * @param secrets one secret or several (during rotation any one may match); with or without `whsec_`.
 * @throws WebhookVerificationError when the delivery is not authentic or is stale.
 * @throws TypeError for an unusable secret or a body that is not a string/bytes.
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

  const id = readHeader(headers, 'webhook-id');
  const timestampHeader = readHeader(headers, 'webhook-timestamp');
  const signatureHeader = readHeader(headers, 'webhook-signature');
  if (!id || !timestampHeader || !signatureHeader) {
    throw new WebhookVerificationError('missing_headers', 'Missing required headers');
  }
  if (!TIMESTAMP_PATTERN.test(timestampHeader)) {
    throw new WebhookVerificationError('invalid_timestamp', 'Invalid webhook-timestamp header');
  }
  const timestamp = Number(timestampHeader);
  const nowS = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (nowS - timestamp > toleranceS) throw new WebhookVerificationError('timestamp_too_old', 'Message timestamp too old');
  if (timestamp - nowS > toleranceS) throw new WebhookVerificationError('timestamp_too_new', 'Message timestamp too new');

  const expected = keys.map((key) => Buffer.from(hmacV1(key, id, timestamp, rawBody).toString('base64'), 'ascii'));
  let matched = false;
  for (const entry of signatureHeader.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    const given = Buffer.from(entry.slice(comma + 1), 'utf8');
    for (const candidate of expected) {
      // Length is public (always 44 base64 chars), so checking it first leaks nothing.
      if (given.length === candidate.length && timingSafeEqual(given, candidate)) matched = true;
    }
  }
  if (!matched) throw new WebhookVerificationError('no_matching_signature', 'No matching signature found');
  return { id, timestamp };
}

/**
 * Checks a legacy `x-revid-signature` header (bare hex, or `sha256=<hex>`, any hex case) against the raw
 * body, keyed as {@link legacySignature}. Constant-time. Returns false rather than throwing, so the
 * caller must check the result. Gives no replay protection: prefer {@link verifyStandardWebhook}.
 */
export function verifyLegacySignature(rawBody: RawBody, header: string | null | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const hex = header.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return false;
  const expected = Buffer.from(legacySignature(rawBody, secret), 'hex');
  return timingSafeEqual(Buffer.from(hex, 'hex'), expected);
}
