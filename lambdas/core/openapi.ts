import { z } from 'zod';
import { ROUTES, type RouteSpec } from './routes.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
};

function parameters(route: RouteSpec): JsonSchema[] {
  const params: JsonSchema[] = [];
  for (const where of ['path', 'query'] as const) {
    const schema = route.request?.[where];
    if (!schema) continue;
    const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      params.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: prop,
        ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
      });
    }
  }
  return params;
}

/** The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas. */
export function buildOpenApi(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of ROUTES) {
    const operation: JsonSchema = {
      operationId: route.id.charAt(0).toLowerCase() + route.id.slice(1),
      summary: route.summary,
      tags: route.tags,
      parameters: parameters(route),
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema ? { content: { 'application/json': { schema: toSchema(r.schema, 'output') } } } : {}),
          },
        ]),
      ),
      // Either scheme: the same key in `x-api-key` or as a Bearer token (the REQUEST authorizer accepts both).
      ...(route.auth === 'api-key' ? { security: [{ ApiKey: [] }, { BearerKey: [] }] } : { security: [] }),
    };
    if (route.request?.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toSchema(route.request.body, 'input') } },
      };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pet Roast AI',
      version,
      description:
        'Checks that media shows a pet, turns roast lines into narrated videos, translates short texts and serves AR filters. ' +
        'Every error uses the envelope {"detail": {"error", "message", ...}}.',
    },
    components: {
      securitySchemes: {
        ApiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
        BearerKey: { type: 'http', scheme: 'bearer', description: 'The same API key as `Authorization: Bearer <key>`.' },
      },
    },
    security: [{ ApiKey: [] }, { BearerKey: [] }],
    paths,
  };
}
