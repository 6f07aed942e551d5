/**
 * Verifying the completion callbacks the service POSTs to an app backend (docs/revid-and-webhooks.md,
 * "Completion callbacks"; the `videoCompleted` webhook of the OpenAPI document). The signature checks
 * (Standard Webhooks v1 and the legacy `x-revid-signature`) are the protocol package's, the very code the
 * service signs with (packages/protocol/src/webhooks.ts, bundled into this package by tsup); its HMAC is
 * `fast-sha256`, so this works in browsers and edge runtimes too.
 */
import {
  DEFAULT_TOLERANCE_S,
  headerValue,
  LEGACY_SIGNATURE_HEADER,
  STANDARD_WEBHOOK_HEADERS,
  verifyLegacySignature,
  verifyStandardWebhook,
  WebhookVerificationError,
  type HeaderSource,
  type RawBody,
} from '../../protocol/src/index.js';
import type { components } from './generated/openapi.js';

export { DEFAULT_TOLERANCE_S, verifyLegacySignature, WebhookVerificationError };
export type { HeaderSource, RawBody, WebhookVerificationReason } from '../../protocol/src/index.js';

/** The body of a completion callback (`video.completed` / `video.failed`). */
export type CallbackEventPayload = components['schemas']['CallbackEvent'];

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

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** Accepted clock skew of `webhook-timestamp`, seconds, both directions (default 300, as the official libraries). */
  toleranceS?: number;
  /** The receiver's clock (tests). */
  now?: Date;
}

function bodyText(rawBody: RawBody): string {
  if (typeof rawBody === 'string') return rawBody;
  if (rawBody instanceof Uint8Array) return new TextDecoder().decode(rawBody);
  throw new TypeError('Webhook payload was provided as a parsed object; pass the exact raw body (string or bytes) instead.');
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
  if (STANDARD_WEBHOOK_HEADERS.some((name) => headerValue(headers, name) !== undefined)) {
    try {
      id = verifyStandardWebhook(headers, text, secrets, options).id;
    } catch (err) {
      if (err instanceof WebhookVerificationError) throw err;
      throw new TypeError(`Unusable webhook secret: ${(err as Error).message}`);
    }
    scheme = 'standard-webhooks';
  } else {
    const legacy = headerValue(headers, LEGACY_SIGNATURE_HEADER);
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
