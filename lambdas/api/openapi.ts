import { buildOpenApi } from '../core/openapi.js';
import { VERSION } from '../core/version.js';
import { httpHandler } from '../http/handler.js';

let document: Record<string, unknown> | undefined;

/** GET /openapi.json (SPEC 3.11): built once per container from the route table. */
export const handler = httpHandler({}, async () => {
  document ??= buildOpenApi(VERSION);
  return { status: 200, body: document };
});
