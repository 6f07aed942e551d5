/**
 * Per-job capability tokens for the inbound Revid webhook URL (docs/reference/spec.md §3.9, docs/reference/reliability.md §2).
 *
 * Revid does not sign its webhooks, so the `webhookUrl` given at render time carries the job id and an
 * unguessable token. Only the token's SHA-256 is stored with the job: a leaked table does not let
 * anyone forge a completion. A fast hash is enough because the token is 256 random bits, not a password.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const MAX_TOKEN_LENGTH = 512;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A fresh token: 32 random bytes (256 bits) as base64url, 43 URL-safe characters, no padding. */
export function newWebhookToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The value to store: lower-case hex SHA-256 of the token's UTF-8 bytes. */
export function hashToken(token: string): string {
  if (typeof token !== 'string' || token === '') throw new TypeError('Token must be a non-empty string.');
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * True when `token` hashes to `storedHash`. Compares the two 32-byte digests with
 * `crypto.timingSafeEqual`, so timing reveals nothing about the stored hash. Any malformed input
 * (missing, empty, oversized token; a stored value that is not 64 hex chars) is simply `false`.
 */
export function tokenMatches(token: string | null | undefined, storedHash: string | null | undefined): boolean {
  if (typeof token !== 'string' || token === '' || token.length > MAX_TOKEN_LENGTH) return false;
  if (typeof storedHash !== 'string' || !SHA256_HEX.test(storedHash.toLowerCase())) return false;
  const given = createHash('sha256').update(token, 'utf8').digest();
  return timingSafeEqual(given, Buffer.from(storedHash, 'hex'));
}
