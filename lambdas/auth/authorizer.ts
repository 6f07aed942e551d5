import type { APIGatewayAuthorizerResult, APIGatewayProxyEvent, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { requireConfig, validateConfigAtColdStart } from '../domain/config.js';
import { authorize } from '../domain/auth/authorizer.js';
import { parseClients } from '../domain/auth/clients.js';
import { logger } from '../domain/observability.js';
import { apiClientRegistry } from '../adapters/composition.js';
import { requestIdOf } from '../http/handler.js';

validateConfigAtColdStart();

/**
 * API Gateway REQUEST authorizer for `/api/*` (docs/tenancy.md). It accepts the key from `x-api-key` or
 * `Authorization: Bearer`, compares its SHA-256 in constant time with the registered clients (the
 * `ApiClients` secret, read through Powertools Parameters and cached 5 minutes), and returns the key as
 * `usageIdentifierKey` so the usage plan keeps metering that one credential.
 *
 * Caching: a REQUEST authorizer can only be cached by API Gateway when every identity source is
 * present, and a request carries its key in one of two headers. So by default the stack declares no
 * identity source and turns the gateway cache off (every request runs this function; warm, it answers
 * from memory in well under a millisecond of work); `-c authCache=gateway` instead names `x-api-key`
 * as the identity source with a 300 s gateway cache (and Bearer-only requests are refused). See README,
 * Security.
 */
export async function handler(event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> {
  // The same request id the endpoint will log and answer with (the caller's x-request-id when sane).
  logger.appendKeys({ request_id: requestIdOf(event as unknown as APIGatewayProxyEvent) });
  try {
    const { decision, result } = await authorize(event, {
      clients: async () => parseClients(await apiClientRegistry().get(requireConfig('API_CLIENTS_SECRET_ARN'))),
    });
    if (decision.allowed) logger.info('authorized', { client_id: decision.clientId, scheme: decision.scheme, method: event.httpMethod, path: event.resource });
    else logger.warn('denied', { reason: decision.reason, method: event.httpMethod, path: event.resource });
    return result;
  } finally {
    logger.removeKeys(['request_id']);
  }
}
