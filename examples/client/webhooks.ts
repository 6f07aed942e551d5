/**
 * Verifying the completion callbacks the service POSTs to an app backend (SPEC 3.10). The HMAC work is
 * the service's own signer module, so the client and the sender cannot disagree.
 */
import type { z } from 'zod';
import { CallbackEvent } from '../../lambdas/core/schemas/jobs.js';
import {
  DEFAULT_TOLERANCE_S,
  verifyLegacySignature,
  verifyStandardWebhook,
  WebhookVerificationError,
  type HeaderSource,
  type RawBody,
} from '../../lambdas/core/callbacks/signing.js';

export { WebhookVerificationError, type WebhookVerificationReason } from '../../lambdas/core/callbacks/signing.js';

/** The body of a completion callback (`video.completed` / `video.failed`). */
export type CallbackEventPayload = z.output<typeof CallbackEvent>;

/** The delivery is authentic but its body is not a callback event this client understands. */
export class WebhookPayloadError extends Error {
  constructor(
    message: string,
    readonly issues: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'WebhookPayloadError';
  }
}

export interface VerifyWebhookOptions {
  /** Accepted clock skew for `webhook-timestamp`, both directions (default 300 s, as the official libraries). */
  toleranceS?: number;
  /** The receiver's clock (tests). */
  now?: Date;
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
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(', ') : value;
  }
  return undefined;
}

/**
 * Like {@link verifyWebhook}, also returning the idempotency key and the scheme used.
 *
 * Standard Webhooks headers win whenever any of them is present (a partial set is rejected, never
 * downgraded to the legacy check). Only when none is present is `X-Revid-Signature` (hex HMAC of the
 * raw body) accepted; it carries no timestamp, so dedupe such deliveries on the returned `id`.
 */
export function verifyWebhookDelivery(
  headers: HeaderSource,
  rawBody: RawBody,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): VerifiedCallback {
  const secrets = typeof secret === 'string' ? [secret] : [...secret];
  let id: string | undefined;
  let scheme: VerifiedCallback['scheme'];
  if (SW_HEADERS.some((name) => headerValue(headers, name) !== undefined)) {
    id = verifyStandardWebhook(headers, rawBody, secrets, {
      toleranceS: options.toleranceS ?? DEFAULT_TOLERANCE_S,
      now: options.now,
    }).id;
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
  const text = typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebhookPayloadError('The callback body is not valid JSON.');
  }
  const parsed = CallbackEvent.safeParse(json);
  if (!parsed.success) {
    throw new WebhookPayloadError(
      'The callback body is not a video callback event.',
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  return { event: parsed.data, id: id ?? `legacy:${parsed.data.type}:${parsed.data.data.job_id}`, scheme };
}

/**
 * Verifies a completion callback against the exact raw body and returns the parsed event.
 *
 * @param headers the request headers in any letter case (node:http, Lambda, or a `Headers`).
 * @param rawBody the body exactly as received; never a re-serialised object.
 * @param secret the endpoint's `whsec_…` secret, or several during a rotation.
 * @throws WebhookVerificationError when the delivery is not authentic or is outside the tolerance
 *   (answer 401); `reason` says why.
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
