import type { APIGatewayProxyEvent } from 'aws-lambda';
import { ClientOutro } from '../domain/auth/clients.js';
import { iamClientId } from '../domain/auth/ownership.js';
import { errors } from '../domain/errors.js';
import { logger } from '../domain/observability.js';

/**
 * The id of the API client that made this request: the one place handlers learn who is calling
 * (docs/tenancy.md).
 *
 * - With the REQUEST authorizer (`authMode=authorizer`, and the local runtime), API Gateway passes the
 *   authorizer's `context` in `requestContext.authorizer`: `clientId` (the registry id), which is also
 *   the `principalId`.
 * - With IAM auth (`authMode=iam`), the SigV4 caller's `requestContext.identity.userArn` (an assumed
 *   role's session name dropped, see `iamClientId`), else `identity.caller`.
 *
 * Both come from the gateway, never from anything the client sends. A request that reaches an `/api/*`
 * handler without either is a deployment mistake (a method without an authorizer): it is refused with
 * 403 and logged as an error rather than served as nobody's, or everybody's.
 * @throws AppError 403 `forbidden` when the event carries no caller identity.
 */
export function callerClientId(event: Pick<APIGatewayProxyEvent, 'requestContext'>): string {
  const context = event.requestContext;
  const authorizer = context?.authorizer as Record<string, unknown> | null | undefined;
  const fromAuthorizer = authorizer?.clientId ?? authorizer?.principalId;
  if (typeof fromAuthorizer === 'string' && fromAuthorizer !== '') return fromAuthorizer;
  const identity = context?.identity;
  if (typeof identity?.userArn === 'string' && identity.userArn !== '') return iamClientId(identity.userArn);
  if (typeof identity?.caller === 'string' && identity.caller !== '') return identity.caller;
  logger.error('request without a caller identity: is the method behind the authorizer (or IAM)?');
  throw errors.credentialsRefused();
}

/**
 * The calling client's end card (docs/tenancy.md "End card"), from the REQUEST authorizer's `context`
 * (`outroText`, `outroHandle`: the registry's `outro`), checked again with the registry's own schema;
 * undefined when the client has none, under IAM auth (no registry), or when the context does not hold a
 * valid outro (logged: the video then has no end card rather than a wrong one).
 */
export function callerOutro(event: Pick<APIGatewayProxyEvent, 'requestContext'>): ClientOutro | undefined {
  const authorizer = event.requestContext?.authorizer as Record<string, unknown> | null | undefined;
  const text = authorizer?.outroText;
  const handle = authorizer?.outroHandle;
  if (text === undefined && handle === undefined) return undefined;
  const parsed = ClientOutro.safeParse({ ...(text !== undefined ? { text } : {}), ...(handle !== undefined ? { handle } : {}) });
  if (parsed.success) return parsed.data;
  logger.error('the authorizer context holds an outro the registry schema refuses; no end card', { issues: parsed.error.issues.length });
  return undefined;
}
