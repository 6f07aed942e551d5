import type { z } from 'zod';
import { ErrorEnvelope } from './schemas/common.js';
import { FiltersQuery, FiltersResponse } from './schemas/filters.js';
import { HealthQuery, HealthResponse } from './schemas/health.js';

/**
 * The HTTP API in one table. The CDK stack creates one Lambda and one API Gateway method per row,
 * the local runtime routes by the synthesized template built from it, and /openapi.json is generated
 * from the same zod schemas that validate requests — so the three cannot disagree.
 */
export type Need =
  | 'table'
  | 'bucket'
  | 'render-queue'
  | 'notify-queue'
  | 'detector'
  | 'revid-secret'
  | 'signing-secret'
  | 'translation';

export interface RouteSpec {
  /** Stable PascalCase id: the construct id stem (`${id}Function`) and the OpenAPI operationId. */
  id: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** API Gateway resource path, e.g. `/api/video-status/{job_id}`. */
  path: string;
  /** Handler module (exports `handler`), relative to the repository root. */
  entry: string;
  /** `api-key`: behind the usage plan's key; `none`: public (health, OpenAPI, provider webhook). */
  auth: 'api-key' | 'none';
  summary: string;
  tags: string[];
  request?: { body?: z.ZodType; query?: z.ZodType; path?: z.ZodType };
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  /** What the function touches; the stack grants exactly these and sets the matching environment. */
  needs?: Need[];
  /** Function settings; defaults in lib/constructs/node-function.ts. */
  timeoutSeconds?: number;
  memoryMb?: number;
}

const errorResponses = (codes: Record<number, string>): RouteSpec['responses'] =>
  Object.fromEntries(Object.entries(codes).map(([status, description]) => [status, { description, schema: ErrorEnvelope }]));

const common = errorResponses({ 403: 'Missing or invalid API key.', 422: 'The request does not match the schema.', 429: 'Throttled.' });

export const ROUTES: RouteSpec[] = [
  {
    id: 'Healthz',
    method: 'GET',
    path: '/healthz',
    entry: 'lambdas/api/healthz.ts',
    auth: 'none',
    summary: 'Liveness, and with ?deep=true the table, queues and detector.',
    tags: ['operations'],
    request: { query: HealthQuery },
    needs: ['table', 'render-queue', 'notify-queue', 'detector'],
    responses: { 200: { description: 'Healthy.', schema: HealthResponse }, 503: { description: 'A dependency failed.', schema: HealthResponse } },
  },
  {
    id: 'OpenApi',
    method: 'GET',
    path: '/openapi.json',
    entry: 'lambdas/api/openapi.ts',
    auth: 'none',
    summary: 'This OpenAPI 3.1 document.',
    tags: ['operations'],
    responses: { 200: { description: 'The document.' } },
  },
  {
    id: 'BanubaFilters',
    method: 'GET',
    path: '/api/banuba-filters',
    entry: 'lambdas/api/banuba-filters.ts',
    auth: 'api-key',
    summary: 'The AR filter catalogue, optionally only the filters suited to one pet, best first.',
    tags: ['filters'],
    request: { query: FiltersQuery },
    responses: { 200: { description: 'The filters.', schema: FiltersResponse }, ...common },
  },
];

/** Registers more routes (each issue's endpoints add theirs in routes-*.ts modules imported below). */
export function routeById(id: string): RouteSpec {
  const route = ROUTES.find((r) => r.id === id);
  if (!route) throw new Error(`Unknown route ${id}`);
  return route;
}
