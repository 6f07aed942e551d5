import { buildOpenApi } from '../domain/openapi.js';
import { getConfig } from '../domain/config.js';
import { httpHandler } from '../http/handler.js';

const documents = new Map<string, Record<string, unknown>>();

/**
 * GET /openapi.json (docs/api-contract.md): the OpenAPI 3.1 document, built once per container and
 * server URL from the route table. The URL the caller used (host and stage) is listed first in `servers`.
 */
export const handler = httpHandler({}, async ({ headers, event }) => {
  const host = headers['host'];
  const local = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host ?? '');
  const proto = local ? 'http' : 'https';
  // execute-api hosts carry the stage in the path; custom domains and the local runtime do not.
  const stage = host?.includes('.execute-api.') && event.requestContext?.stage ? `/${event.requestContext.stage}` : '';
  const serverUrl = host && /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) ? `${proto}://${host}${stage}` : '';
  let document = documents.get(serverUrl);
  if (!document) {
    document = buildOpenApi(getConfig().APP_VERSION, serverUrl || undefined);
    if (documents.size < 8) documents.set(serverUrl, document); // Host is caller-chosen: bound the cache.
  }
  return { status: 200, body: document };
});
