import { z } from 'zod';
import { createDocument, type ZodOpenApiObject, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { ErrorEnvelope } from './schemas/common.js';
import { CallbackEvent } from './schemas/jobs.js';
import { ROUTES, type RouteSpec } from './routes.js';
import { EXAMPLES } from './openapi-examples.js';

/** An OpenAPI document as plain JSON. */
export type OpenApiDocument = Record<string, unknown>;

/**
 * Statuses every route can answer besides its own (docs/api-contract.md, "Statuses"), and why:
 * - 429 `rate_limited`: the stage throttle and the usage-plan quota (lib/constructs/api.ts gateway responses);
 * - 500 `internal_error`: an unexpected error in the function (lambdas/http/handler.ts `errorResponse`);
 * - 502 `internal_error`: the gateway's DEFAULT_5XX when the integration itself fails;
 * - 504 `timeout`: the function or the integration ran out of time.
 * Routes with a body add 413 (gateway and handler body limits); routes that validate input add 422;
 * routes behind the API key add 403.
 */
const GENERIC: Record<number, string> = {
  429: 'rate_limited: throttled by the stage limit or the API key quota is used up; retry later.',
  500: 'internal_error: an unexpected error; safe to retry.',
  502: 'internal_error: the gateway could not run the function; safe to retry.',
  504: 'timeout: the request took too long; safe to retry.',
};

const RequestIdHeader = z
  .string()
  .meta({ description: "The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests.", example: '9b2f6c1e-7d4a-4f0e-9a51-3c2b8d7e6f10' });
const RetryAfterHeader = z.string().meta({ description: 'Seconds to wait before retrying (sent with some 429/503 answers).', example: '30' });

const API_DESCRIPTION = [
  'Checks that media shows a pet, turns roast lines into narrated videos, translates short texts and serves AR filters.',
  '',
  'Every error uses the envelope `{"detail": {"error": "<code>", "message": "<sentence>", ...}}`; validation errors (422) add',
  '`issues: [{path, message}]` with paths such as `body.callback_url`. Every response carries `x-request-id`.',
  '',
  'Authentication: the API key as `x-api-key: <key>` or `Authorization: Bearer <key>`. `npm start` prints the local key.',
  'The completion callback is described under **webhooks** (`videoCompleted`). Guide: docs/integration-guide.md.',
].join('\n');

function responsesOf(route: RouteSpec): ZodOpenApiResponsesObject {
  const hasInput = Boolean(route.request?.body || route.request?.query || route.request?.path || route.request?.headers);
  const table: RouteSpec['responses'] = { ...route.responses };
  const addError = (status: number, description: string): void => {
    table[status] ??= { description, schema: ErrorEnvelope };
  };
  if (route.auth === 'api-key') addError(403, 'forbidden: missing or invalid API key.');
  if (route.method === 'POST') addError(413, 'payload_too_large: the request body is over 256 KiB.');
  if (hasInput) addError(422, 'validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`).');
  for (const [status, description] of Object.entries(GENERIC)) addError(Number(status), description);

  const out: ZodOpenApiResponsesObject = {};
  for (const [status, r] of Object.entries(table).sort(([a], [b]) => Number(a) - Number(b))) {
    const code = Number(status);
    const headers = z.object({
      'x-request-id': RequestIdHeader,
      ...(code === 429 || code === 503 ? { 'retry-after': RetryAfterHeader.optional() } : {}),
    });
    const example = EXAMPLES[`${route.id}.${status}`] ?? (r.schema === ErrorEnvelope ? EXAMPLES[`error.${status}`] : undefined);
    const media = r.schema ? { schema: r.schema, ...(example !== undefined ? { example } : {}) } : undefined;
    const contentType = r.contentType ?? 'application/json';
    out[status as `${1 | 2 | 3 | 4 | 5}${string}`] = {
      description: r.description,
      headers,
      ...(media ? { content: { [contentType]: media } } : r.contentType ? { content: { [contentType]: {} } } : {}),
    };
    if (code >= 400 && !r.schema) throw new Error(`Route ${route.id}: error status ${status} needs the error schema`);
  }
  return out;
}

function operationOf(route: RouteSpec): ZodOpenApiOperationObject {
  const body = route.request?.body;
  const bodyExample = EXAMPLES[`${route.id}.request`];
  return {
    operationId: route.id.charAt(0).toLowerCase() + route.id.slice(1),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    requestParams: {
      ...(route.request?.path ? { path: route.request.path as z.ZodObject } : {}),
      ...(route.request?.query ? { query: route.request.query as z.ZodObject } : {}),
      ...(route.request?.headers ? { header: route.request.headers } : {}),
    },
    ...(body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: body, ...(bodyExample !== undefined ? { example: bodyExample } : {}) } },
          },
        }
      : {}),
    responses: responsesOf(route),
    // Either scheme: the same key in `x-api-key` or as a Bearer token (the REQUEST authorizer accepts both).
    security: route.auth === 'api-key' ? [{ ApiKey: [] }, { BearerKey: [] }] : [],
  };
}

const WebhookHeaders = z.object({
  'webhook-id': z.string().meta({ description: 'Event id (`msg_` + ULID); the same on every retry of one event: dedupe on it.', example: 'msg_01JD3YQ5Z8M2W4V6T7R9P0K1C3' }),
  'webhook-timestamp': z.string().regex(/^\d+$/).meta({ description: 'Unix seconds of this attempt; reject deliveries more than 5 minutes off.', example: '1732960000' }),
  'webhook-signature': z.string().meta({
    description:
      'Standard Webhooks v1: space-separated `v1,<base64 HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<raw body>")>`, one per active signing secret (`whsec_…`, key = base64-decoded rest). Verify with the `standardwebhooks` library.',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  }),
  'x-revid-signature': z.string().regex(/^[0-9a-f]{64}$/).meta({
    description: 'Legacy: lower-case hex HMAC-SHA256 of the raw body with the first secret. Signs no timestamp, so prefer `webhook-signature`.',
    example: '5d41402abc4b2a76b9719d911017c592ae1b6fd3f4d5f0b1c1a2b3c4d5e6f708',
  }),
});

/**
 * The OpenAPI 3.1 document of the API, generated by zod-openapi from the route table
 * (lambdas/domain/routes.ts) and the same zod schemas that validate requests: schemas with a
 * `.meta({ id })` become named components, so every `$ref` points into `#/components/schemas`.
 *
 * @param version  The service version (`info.version`).
 * @param serverUrl  The URL the document was fetched from, listed first in `servers` when given.
 */
export function buildOpenApi(version: string, serverUrl?: string): OpenApiDocument {
  const paths: NonNullable<ZodOpenApiObject['paths']> = {};
  for (const route of ROUTES) {
    (paths[route.path] ??= {})[route.method.toLowerCase() as 'get' | 'post' | 'delete'] = operationOf(route);
  }
  const tags = [...new Set([...ROUTES.flatMap((r) => r.tags), 'webhooks'])].map((name) => ({ name, description: TAGS[name] ?? name }));
  const document = createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Pet Roast AI',
        version,
        description: API_DESCRIPTION,
        license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
      },
      servers: [
        ...(serverUrl ? [{ url: serverUrl, description: 'This deployment.' }] : []),
        { url: 'http://localhost:8000', description: 'Local runtime (`npm start`).' },
        {
          url: 'https://{api_id}.execute-api.{region}.amazonaws.com/{stage}',
          description: 'A deployed stage (the stack output `ApiUrl`).',
          variables: {
            api_id: { default: 'abc123', description: 'The REST API id.' },
            region: { default: 'ap-south-1' },
            stage: { default: 'prod' },
          },
        },
      ],
      tags,
      security: [{ ApiKey: [] }, { BearerKey: [] }],
      paths,
      webhooks: {
        videoCompleted: {
          post: {
            operationId: 'videoCompleted',
            summary: 'Completion callback: POSTed to `callback_url` (or the client default) when a job ends.',
            description:
              'Sent once per job when it completes or fails, retried on non-2xx/timeouts with backoff for about a day (honouring `Retry-After` on 429/503). ' +
              'Verify the signature on the raw body before parsing, answer 2xx quickly, and dedupe on `webhook-id`. See docs/revid-and-webhooks.md.',
            tags: ['webhooks'],
            security: [],
            requestParams: { header: WebhookHeaders },
            requestBody: {
              required: true,
              content: { 'application/json': { schema: CallbackEvent, example: EXAMPLES['callback.request'] } },
            },
            responses: {
              '200': { description: 'Any 2xx ends delivery.' },
              '410': { description: 'Gone: the receiver no longer wants this event; delivery stops.' },
              '429': { description: 'Retried after `Retry-After` (or the backoff).' },
              '503': { description: 'Retried after `Retry-After` (or the backoff).' },
            },
          },
        },
      },
      components: {
        securitySchemes: {
          ApiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'The API key (`npm start` prints the local one).' },
          BearerKey: { type: 'http', scheme: 'bearer', description: 'The same API key as `Authorization: Bearer <key>`.' },
        },
      },
    },
  );
  return document as unknown as OpenApiDocument;
}

const TAGS: Record<string, string> = {
  operations: 'Health and the API description.',
  filters: 'The AR filter catalogue.',
  translation: 'Short-text translation between English and 12 Indian languages.',
  detection: 'Pet detection and private uploads.',
  videos: 'Roast video jobs.',
  webhooks: 'Incoming provider webhooks and the outgoing completion callback.',
};
