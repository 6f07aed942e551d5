import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { findClient, type ApiClient, type ClientOutro } from './clients.js';
import { credentialFrom, type CredentialProblem, type CredentialScheme } from './credentials.js';

/** How long the registry (and, in `authCache=gateway` mode, API Gateway's decision) is cached. */
export const AUTH_CACHE_TTL_S = 300;

export interface AuthorizerDeps {
  /** The registered clients; the adapter caches them (Powertools Parameters, `AUTH_CACHE_TTL_S`). */
  clients: () => Promise<readonly ApiClient[]>;
}

/** What was decided, for logs and tests (never contains the key). */
export type AuthDecision =
  | { allowed: true; clientId: string; scheme: CredentialScheme }
  | { allowed: false; reason: CredentialProblem | 'unknown_key' };

export interface AuthorizerAnswer {
  decision: AuthDecision;
  result: APIGatewayAuthorizerResult;
}

/**
 * The resource pattern a decision covers: every method under `/api/` of this API stage
 * (`arn:…:execute-api:region:account:apiId/stage/*\/api/*`). API Gateway may reuse a cached decision
 * for any route of the stage, so an Allow scoped to the one method that triggered it would wrongly
 * deny the caller's next, different route. A method ARN that cannot be read yields a pattern that
 * matches nothing but itself.
 */
export function apiResourcePattern(methodArn: string): string {
  const parts = methodArn.split(':');
  if (parts.length !== 6 || parts[0] !== 'arn' || parts[2] !== 'execute-api') return methodArn;
  const [apiId, stage] = parts[5]!.split('/');
  if (!apiId || !stage) return methodArn;
  return `${parts.slice(0, 5).join(':')}:${apiId}/${stage}/*/api/*`;
}

function policy(effect: 'Allow' | 'Deny', resource: string): APIGatewayAuthorizerResult['policyDocument'] {
  return { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] };
}

/**
 * The REQUEST authorizer's decision. Allow: an IAM policy over the stage's `/api/*` methods,
 * `principalId` and `context.clientId` = the client id (handlers see it in
 * `requestContext.authorizer`), and `usageIdentifierKey` = the presented key, so with
 * `apiKeySourceType: AUTHORIZER` the usage plan's throttle and quota apply to the same single
 * credential. Anything else: an explicit Deny (API Gateway answers 403 ACCESS_DENIED, rewritten to the
 * service envelope). A Deny is returned rather than thrown so a wrong key is not a function error
 * (errors alarm); a registry that cannot be read does throw (fail closed, 5xx, alarmed).
 */
export async function authorize(event: Pick<APIGatewayRequestAuthorizerEvent, 'headers' | 'methodArn'>, deps: AuthorizerDeps): Promise<AuthorizerAnswer> {
  const resource = apiResourcePattern(event.methodArn ?? '');
  const credential = credentialFrom(event.headers);
  if (!credential.ok) return deny(credential.problem, resource);
  const client = findClient(credential.key, await deps.clients());
  if (!client) return deny('unknown_key', resource);
  return {
    decision: { allowed: true, clientId: client.id, scheme: credential.scheme },
    result: {
      principalId: client.id,
      policyDocument: policy('Allow', resource),
      // The client's end card travels with the request (docs/tenancy.md "End card"), so the render worker
      // never needs the registry, which holds every client's key hashes and signing secrets.
      context: { clientId: client.id, ...outroContext(client.outro) },
      usageIdentifierKey: credential.key,
    },
  };
}

function deny(reason: CredentialProblem | 'unknown_key', resource: string): AuthorizerAnswer {
  return { decision: { allowed: false, reason }, result: { principalId: 'anonymous', policyDocument: policy('Deny', resource) } };
}

/**
 * The authorizer `context` entries of a client's end card (context values are flat strings):
 * `outroText` and `outroHandle`, each present when set (docs/tenancy.md "End card").
 */
export function outroContext(outro: ClientOutro | undefined): { outroText?: string; outroHandle?: string } {
  return { ...(outro?.text !== undefined ? { outroText: outro.text } : {}), ...(outro?.handle !== undefined ? { outroHandle: outro.handle } : {}) };
}
