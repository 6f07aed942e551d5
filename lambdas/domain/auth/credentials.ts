/**
 * The caller's credential, read from either header the API accepts (docs/tenancy.md): the `x-api-key`
 * header existing integrations already send, or `Authorization: Bearer <key>` (RFC 6750). Both carry
 * the same API key; which one a client uses is its choice.
 */

/** API Gateway API key values are 20–128 characters; we accept printable ASCII up to 256. */
const KEY_PATTERN = /^[\x21-\x7e]{20,256}$/;
/** RFC 6750 `b64token` after the scheme; the scheme name is case-insensitive (RFC 7235). */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export type CredentialScheme = 'x-api-key' | 'bearer';

/** Why no usable credential was found; logged (never the value) and answered with 403. */
export type CredentialProblem = 'missing' | 'malformed' | 'ambiguous';

export type CredentialResult =
  | { ok: true; key: string; scheme: CredentialScheme }
  | { ok: false; problem: CredentialProblem };

/** Case-insensitive header lookup; a blank value counts as absent. */
function header(headers: Record<string, string | undefined> | null | undefined, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() === name && typeof v === 'string' && v.trim() !== '') return v;
  }
  return undefined;
}

/**
 * Extracts the API key from `x-api-key` or `Authorization: Bearer`. When both are sent they must
 * carry the same key (the key is also the usage-plan identifier, so it has to be unambiguous). An
 * `Authorization` header with another scheme is ignored when `x-api-key` is present (a SigV4 or Basic
 * header added by a proxy), and is `malformed` when it is the only credential.
 */
export function credentialFrom(headers: Record<string, string | undefined> | null | undefined): CredentialResult {
  const apiKey = header(headers, 'x-api-key');
  const authorization = header(headers, 'authorization');
  const bearer = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
  if (apiKey === undefined && authorization === undefined) return { ok: false, problem: 'missing' };
  if (apiKey === undefined && bearer === undefined) return { ok: false, problem: 'malformed' };
  if (apiKey !== undefined && bearer !== undefined && apiKey !== bearer) return { ok: false, problem: 'ambiguous' };
  const key = (apiKey ?? bearer)!;
  if (!KEY_PATTERN.test(key)) return { ok: false, problem: 'malformed' };
  return { ok: true, key, scheme: apiKey !== undefined ? 'x-api-key' : 'bearer' };
}
