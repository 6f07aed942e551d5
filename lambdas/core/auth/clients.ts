import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

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
