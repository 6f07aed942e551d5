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
 * The signing and verification themselves are the protocol package's (packages/protocol/src/webhooks.ts),
 * the one implementation the SDKs verify with; this module adds what only the service does: new secrets
 * and event ids, the configured secret list, and the headers of one delivery attempt.
 */
import { randomBytes } from 'node:crypto';
import { decodeWebhookSecret, legacySignature, signStandardWebhook, WEBHOOK_SECRET_PREFIX, type RawBody } from '@pet-roast/protocol';

export {
  decodeWebhookSecret,
  DEFAULT_TOLERANCE_S,
  legacySignature,
  signStandardWebhook,
  verifyLegacySignature,
  verifyStandardWebhook,
  WEBHOOK_SECRET_PREFIX,
  WebhookVerificationError,
  type HeaderSource,
  type RawBody,
  type VerifiedWebhook,
  type WebhookVerificationReason,
} from '@pet-roast/protocol';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

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
 * The signing secrets held by one configured value: whitespace-separated entries, the current secret
 * first, then during rotation the previous one (docs/endpoints.md "Completion callbacks"). **Every** entry is
 * decoded here, so a malformed one is found once, when the function starts (the callback worker checks
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
