import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { decodeWebhookSecret, WEBHOOK_SECRET_PREFIX } from '../callbacks/signing.js';

/**
 * A Standard Webhooks signing secret: `whsec_` + base64 of 24–64 random bytes (the range the
 * Standard Webhooks spec allows). The validation message never echoes the value.
 */
export const WebhookSigningSecret = z.string().refine((value) => {
  if (!value.startsWith(WEBHOOK_SECRET_PREFIX)) return false;
  try {
    const key = decodeWebhookSecret(value);
    return key.length >= 24 && key.length <= 64;
  } catch {
    return false;
  }
}, 'must be a Standard Webhooks secret: whsec_ followed by the base64 of 24 to 64 bytes');

/** Longest end-card text, in code points (docs/tenancy.md "End card"): two caption-size lines on the 720 px frame. */
export const OUTRO_TEXT_MAX_CHARS = 60;
/** Control characters, line/paragraph separators and bidi embedding/override/isolate controls: never in an outro. */
const OUTRO_FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * A client's end card (docs/tenancy.md "End card"; drawn by the built-in renderer, docs/renderer.md "Opener
 * and end card"): `text` (1–60 code points, NFC, one line of the client's own words in any script, with a
 * letter or digit, no control or bidi-override characters) and/or `handle` (`@` + 1–30 letters, digits,
 * `.` or `_`: the character set and length Instagram allows, which covers TikTok's 24 and X's 15). At least
 * one of the two. Text only: a logo image is not supported yet.
 */
export const ClientOutro = z
  .object({
    text: z
      .string()
      .refine((v) => v === v.normalize('NFC') && v === v.trim(), 'outro.text must be NFC-normalised, without leading or trailing spaces')
      .refine((v) => [...v].length >= 1 && [...v].length <= OUTRO_TEXT_MAX_CHARS, `outro.text must be 1 to ${OUTRO_TEXT_MAX_CHARS} characters`)
      .refine((v) => !OUTRO_FORBIDDEN.test(v), 'outro.text must be one line without control or bidi-override characters')
      .refine((v) => /[\p{L}\p{N}]/u.test(v), 'outro.text must contain a letter or digit')
      .optional(),
    handle: z
      .string()
      .regex(/^@[A-Za-z0-9._]{1,30}$/, 'outro.handle must be @ followed by 1 to 30 letters, digits, "." or "_"')
      .optional(),
  })
  .strict()
  .refine((o) => o.text !== undefined || o.handle !== undefined, 'an outro needs text, a handle or both');
export type ClientOutro = z.infer<typeof ClientOutro>;

/**
 * Registered API clients. The registry (the `ApiClients` secret) holds only the SHA-256 of each
 * client's key, never the key: a leaked secret value does not let anyone call the API. A fast hash is
 * enough because keys are ≥ 160 random bits (see `newApiKey`), not passwords.
 */
export const ApiClient = z.object({
  /** Stable client id: the authorizer's `principalId` and `context.clientId`, and what logs show. */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  /** Lower-case hex SHA-256 of the key's UTF-8 bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The API Gateway API key holding the same value (usage plan); informative. */
  api_key_id: z.string().optional(),
  created_at: z.string().optional(),
  /** A disabled client is refused without deleting its record (revocation with an audit trail). */
  disabled: z.boolean().optional(),
  /**
   * Per-client callback settings (docs/tenancy.md). `default_callback_url`: where this client's jobs
   * without a `callback_url` are called back (instead of the deployment's `DEFAULT_CALLBACK_URL`).
   */
  default_callback_url: z.url({ protocol: /^https?$/, error: 'default_callback_url must be an https URL' }).max(2048).optional(),
  /**
   * This client's own Standard Webhooks secrets, current first; a second one is the previous secret
   * during a rotation (both sign). Absent: the deployment's signing secret signs this client's callbacks.
   * They sign callbacks only and never authenticate API calls; this registry is a Secrets Manager secret.
   */
  signing_secrets: z.array(WebhookSigningSecret).min(1).max(2).optional(),
  /** This client's end card on built-in videos ({@link ClientOutro}); absent: no end card (the default). */
  outro: ClientOutro.optional(),
});
export type ApiClient = z.infer<typeof ApiClient>;

export const ApiClientsDocument = z.object({ clients: z.array(ApiClient).max(1000) });
export type ApiClientsDocument = z.infer<typeof ApiClientsDocument>;

/** The stored form of a key. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * A new API key value: 32 random bytes as 64 hex characters behind a `prk` prefix (easy to spot in a
 * leaked file; letters and digits only, which every API Gateway key and header accepts).
 */
export const newApiKey = (): string => `prk${randomBytes(32).toString('hex')}`;

/** Parses the secret's JSON; throws (the authorizer fails closed) when it is not a valid registry. */
export function parseClients(raw: string): ApiClient[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error('The API clients secret is not JSON.');
  }
  const parsed = ApiClientsDocument.safeParse(json);
  if (!parsed.success) throw new Error(`The API clients secret is invalid: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data.clients;
}

/**
 * The enabled client whose stored hash is the key's SHA-256, or undefined. Every registered hash is
 * compared with `crypto.timingSafeEqual` on two 32-byte digests, and the loop never stops early, so the
 * time taken reveals neither how much of a hash matched nor which client (or whether any) matched.
 */
export function findClient(key: string, clients: readonly ApiClient[]): ApiClient | undefined {
  const presented = createHash('sha256').update(key, 'utf8').digest();
  let found: ApiClient | undefined;
  for (const client of clients) {
    const stored = Buffer.from(client.sha256, 'hex');
    const equal = stored.length === presented.length && timingSafeEqual(presented, stored);
    if (equal && !client.disabled && found === undefined) found = client;
  }
  return found;
}

/** The per-client callback settings of a registry record (docs/tenancy.md). */
export type ClientCallbackSettings = Pick<ApiClient, 'default_callback_url' | 'signing_secrets'>;

/**
 * The callback settings of `clientId` in the registry, or undefined when it is not registered (then
 * the deployment's settings apply). A disabled client keeps its settings: callbacks of its jobs
 * still go to it, signed with its secret, until its jobs are erased.
 */
export function callbackSettingsOf(clients: readonly ApiClient[], clientId: string): ClientCallbackSettings | undefined {
  const client = clients.find((c) => c.id === clientId);
  return client && { default_callback_url: client.default_callback_url, signing_secrets: client.signing_secrets };
}

