import { createHash } from 'node:crypto';

/**
 * Tenant isolation (docs/tenancy.md): every job, upload and stored media object belongs to the API
 * client that created it, and a client only ever sees, uses or deletes its own. Another client's
 * object is answered exactly like an object that does not exist (OWASP API1:2023, broken object-level
 * authorisation: a 403 would confirm that the id exists).
 *
 * The client id comes from the gateway, never from the request body or headers:
 * - `authMode=authorizer`: the REQUEST authorizer's `context.clientId` (the registry's client id);
 * - `authMode=iam`: the SigV4 caller's ARN (`requestContext.identity.userArn`), see {@link iamClientId}.
 */

/**
 * The client id of an IAM (SigV4) caller: its ARN, with the session name of an assumed role dropped
 * (`arn:aws:sts::123456789012:assumed-role/AppBackend/i-0abc` → `arn:aws:sts::123456789012:assumed-role/AppBackend`).
 * The role is the principal that holds `execute-api:Invoke`; session names change with every
 * credential refresh (an EC2 instance id, a Lambda function name, a CLI session), and a job must not
 * become unreachable because its owner's credentials were renewed.
 */
export function iamClientId(userArn: string): string {
  const assumed = /^(arn:[^:]+:sts::\d{12}:assumed-role\/[^/]+)\/[^/]+$/.exec(userArn);
  return assumed ? assumed[1]! : userArn;
}

/**
 * The opaque owner segment of an upload key: the first 32 hex characters (128 bits) of the SHA-256
 * of the client id. Fixed-length and path-safe whatever the id looks like (an IAM ARN has `:` and
 * `/`), and it does not spell the client id out in URLs that travel through apps and logs.
 */
export const ownerTag = (clientId: string): string => createHash('sha256').update(clientId, 'utf8').digest('hex').slice(0, 32);

/** Upload keys handed out by POST /api/uploads: `uploads/<owner tag>/<ULID>/<image|video>`. */
export const UPLOAD_KEY = /^uploads\/([0-9a-f]{32})\/[0-9A-HJKMNP-TV-Z]{26}\/(image|video)$/;

/** The S3 prefix of every upload of one client (the erasure script lists it). */
export const uploadPrefixOf = (clientId: string): string => `uploads/${ownerTag(clientId)}/`;

/** A new upload key of `clientId` (`id` is a ULID; `kind` the declared media kind). */
export const uploadKeyOf = (clientId: string, id: string, kind: 'image' | 'video'): string => `${uploadPrefixOf(clientId)}${id}/${kind}`;

/** True when `key` is a well-formed upload key issued to `clientId`. */
export function isUploadOf(key: string, clientId: string): boolean {
  const match = UPLOAD_KEY.exec(key);
  return match !== null && match[1] === ownerTag(clientId);
}

/**
 * True when `clientId` owns the object. An object without an owner (a job created before ownership
 * was recorded) is owned by nobody: no client can read or delete it through the API; it expires
 * with the retention period.
 */
export const isOwnedBy = (object: { client_id?: string } | undefined, clientId: string): boolean =>
  object !== undefined && typeof object.client_id === 'string' && object.client_id === clientId;

/** S3 user metadata name (`x-amz-meta-client-id`) recording the owner of a stored media object. */
export const OWNER_METADATA = 'client-id';
