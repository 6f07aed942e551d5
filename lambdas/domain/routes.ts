import { z } from 'zod';
import { ErrorEnvelope, OpenApiDocumentSchema } from './schemas/common.js';
import { ArCloudManifest, ArCloudPath, FiltersQuery, FiltersResponse } from './schemas/filters.js';
import { HealthQuery, HealthResponse } from './schemas/health.js';
import { DetectPetsRequest, DetectPetsResponse, UploadRequest, UploadResponse } from './schemas/media.js';
import { TranslateRequestSchema, TranslateResponseSchema } from './schemas/translate.js';
import {
  GenerateVideoHeaders,
  GenerateVideoRequest,
  GenerateVideoResponse,
  JobPath,
  VideoResultResponse,
  VideoStatusResponse,
} from './schemas/jobs.js';

/**
 * The HTTP API in one table. The CDK stack creates one Lambda and one API Gateway method per row,
 * the local runtime routes by the synthesized template built from it, and /openapi.json is generated
 * from the same zod schemas that validate requests — so the three cannot disagree.
 *
 * A `Need` is what a function touches; the stack grants exactly that (lib/pet-roast-stack.ts, `bind`):
 * `table`/`bucket` read and write (and delete objects), `table:read` reads items only, `bucket:read`
 * reads and presigns GETs only, `bucket:put` writes (presigned POST uploads) only, `queues:read` reads the queues' attributes (health checks) without
 * sending, `render-queue`/`callback-queue` send, `effects` point-reads published AR effects (`EFFECT#` items) and
 * GETs `effects/*` objects only.
 */
export type Need =
  | 'table'
  | 'table:read'
  | 'bucket'
  | 'bucket:read'
  | 'bucket:put'
  | 'render-queue'
  | 'callback-queue'
  | 'queues:read'
  | 'detector'
  | 'revid-secret'
  | 'signing-secret'
  | 'translation'
  /** Published AR effects: point reads of their `EFFECT#` items and presigned GETs under `effects/` only (docs/ar-cloud.md). */
  | 'effects';

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
  /** Longer Markdown for the OpenAPI operation. */
  description?: string;
  tags: string[];
  /** `headers`: request headers the handler reads (documented as header parameters; names as sent). */
  request?: { body?: z.ZodType; query?: z.ZodType; path?: z.ZodType; headers?: z.ZodObject };
  /**
   * The statuses the handler itself answers. lambdas/domain/openapi.ts adds the ones every route shares
   * (403 behind the key, 413 with a body, 422 with input, 429, 500, 502, 504). `contentType` defaults to JSON.
   */
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  /**
   * Files the handler reads at run time, as package paths (`pkg/dist/file.js`): the stack copies each beside
   * the bundle (same base name); locally they are read from node_modules.
   */
  assets?: string[];
  /** What the function touches; the stack grants exactly these and sets the matching environment. */
  needs?: Need[];
  /**
   * A repository script (`tsx <script> <outDir>`) that writes generated files the handler reads beside its
   * bundle; the stack runs it after bundling (e.g. the playground's esbuild browser bundle).
   */
  buildScript?: string;
  /** Function settings; defaults in lib/constructs/node-function.ts. */
  timeoutSeconds?: number;
  memoryMb?: number;
}

/** The playground's browser bundle: what playground/build.ts writes and lambdas/api/playground.ts serves (docs/playground.md). */
export const PLAYGROUND_FILES = { script: 'playground.js', styles: 'playground.css' } as const;

/** The API reference page's scripts: name in the URL (`/docs/<name>-<version>.js`) → package file (docs/api-contract.md). */
export const DOCS_ASSETS: Record<string, string> = { scalar: '@scalar/api-reference/dist/browser/standalone.js' };

const errorResponses = (codes: Record<number, string>): RouteSpec['responses'] =>
  Object.fromEntries(Object.entries(codes).map(([status, description]) => [status, { description, schema: ErrorEnvelope }]));

const common = errorResponses({ 403: 'forbidden: missing or invalid API key.' });
const mediaErrors = errorResponses({
  400: 'no_pets_detected, invalid_media, media_unreachable, media_too_large or unsupported_media_type.',
  502: 'detector_error: the detector failed; safe to retry.',
});
const jobErrors = errorResponses({ 404: 'job_not_found' });

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
    needs: ['table:read', 'queues:read', 'detector'],
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
    responses: { 200: { description: 'The document (OpenAPI 3.1 JSON).', schema: OpenApiDocumentSchema } },
  },
  {
    id: 'ApiDocs',
    method: 'GET',
    path: '/docs',
    entry: 'lambdas/api/docs.ts',
    auth: 'none',
    summary: 'The API reference page (HTML; renders /openapi.json with Scalar, served from this API).',
    tags: ['operations'],
    responses: { 200: { description: 'The page.', schema: z.string(), contentType: 'text/html' } },
    assets: Object.values(DOCS_ASSETS),
  },
  {
    id: 'ApiDocsAsset',
    method: 'GET',
    path: '/docs/{asset}',
    entry: 'lambdas/api/docs.ts',
    auth: 'none',
    summary: "The API reference page's script (the viewer's standalone bundle).",
    tags: ['operations'],
    request: { path: z.object({ asset: z.string().max(128).describe('File name, e.g. scalar-0.1.0.js.') }) },
    responses: {
      200: { description: 'The script.', schema: z.string(), contentType: 'text/javascript' },
      ...errorResponses({ 404: 'not_found: no such asset.' }),
    },
    assets: Object.values(DOCS_ASSETS),
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
    needs: ['effects'],
    responses: { 200: { description: 'The filters.', schema: FiltersResponse }, ...common },
  },
  {
    id: 'ArCloudManifest',
    method: 'GET',
    path: '/v1/effects/{uuid}',
    entry: 'lambdas/api/ar-cloud-manifest.ts',
    // Public: Banuba's SDK sends no credentials; the unguessable per-deployment id is the only key (docs/ar-cloud.md).
    auth: 'none',
    summary: "Banuba AR Cloud manifest of the published effects (the SDK's AR Cloud URL).",
    tags: ['filters'],
    request: { path: ArCloudPath },
    needs: ['effects'],
    responses: {
      200: { description: 'The manifest, in Banuba\'s exact shape.', schema: ArCloudManifest },
      ...errorResponses({ 404: 'not_found: unknown id, or AR Cloud is off.', 422: 'The id is malformed.' }),
    },
  },
  {
    id: 'TranslateText',
    method: 'POST',
    path: '/api/translate-text',
    entry: 'lambdas/api/translate-text.ts',
    auth: 'api-key',
    summary: 'Translate a short text between English and the 12 Indian languages.',
    tags: ['translation'],
    request: { body: TranslateRequestSchema },
    responses: {
      200: { description: 'The translation.', schema: TranslateResponseSchema },
      ...common,
      ...errorResponses({
        400: 'unsupported_language (names the field) or unsupported_task.',
        502: 'translation_provider_error: every provider of the pair\'s route failed (after retries and fail-over; `attempted` lists them); safe to retry.',
        503: 'provider_not_configured: no configured provider serves this language pair; the message names the setting to add.',
      }),
    },
    needs: ['table', 'translation'],
    timeoutSeconds: 29,
  },
  {
    id: 'DetectPets',
    method: 'POST',
    path: '/api/detect-pets',
    entry: 'lambdas/api/detect-pets.ts',
    auth: 'api-key',
    summary: 'Check that an image, a video or an upload shows a pet.',
    tags: ['detection'],
    request: { body: DetectPetsRequest },
    responses: { 200: { description: 'The verdict (has_pets may be false).', schema: DetectPetsResponse }, ...common, ...mediaErrors },
    needs: ['detector'],
  },
  {
    id: 'Uploads',
    method: 'POST',
    path: '/api/uploads',
    entry: 'lambdas/api/uploads.ts',
    auth: 'api-key',
    summary: 'A presigned S3 POST for a private upload (then pass upload_key to detect-pets or generate-video).',
    tags: ['detection'],
    request: { body: UploadRequest },
    responses: { 201: { description: 'The form to POST the file with.', schema: UploadResponse }, ...common },
    needs: ['bucket:put'],
  },
  {
    id: 'GenerateVideo',
    method: 'POST',
    path: '/api/generate-video',
    entry: 'lambdas/api/generate-video.ts',
    auth: 'api-key',
    summary: 'Create a roast video job (detects the pet first; Idempotency-Key supported).',
    tags: ['videos'],
    request: { body: GenerateVideoRequest, headers: GenerateVideoHeaders },
    responses: {
      202: { description: 'The job was accepted.', schema: GenerateVideoResponse },
      ...common,
      ...mediaErrors,
      ...errorResponses({
        400: 'inappropriate_text (slurs, hate or sexual content in `text`; checked before the media is fetched), no_pets_detected, invalid_media, media_unreachable, media_too_large or unsupported_media_type.',
        409: 'idempotency_conflict: the key was used with another body.',
        422:
          'validation_error: the request does not match the schema (`issues` names each field); or script_too_long: a `text_mode: "script"` text longer than ' +
          'one video can narrate in the language it is written in (at most 60 s at the slowest voice\'s measured speaking rate, sped up at most 1.25×; ' +
          '`limit_characters` gives the limit for this script, `characters` its length; see docs/api-contract.md "Script length"); or script_language_mismatch: ' +
          'a `text_mode: "script"` text not written in the script of its `source_lang` (e.g. Tamil letters with `source_lang: "en"`; `expected_script`, ' +
          '`found_script`; see docs/api-contract.md "Script language").',
      }),
    },
    needs: ['table', 'bucket', 'render-queue', 'detector'],
  },
  {
    id: 'VideoStatus',
    method: 'GET',
    path: '/api/video-status/{job_id}',
    entry: 'lambdas/api/video-status.ts',
    auth: 'api-key',
    summary: "A job's status and progress.",
    tags: ['videos'],
    request: { path: JobPath },
    responses: { 200: { description: 'The job.', schema: VideoStatusResponse }, ...common, ...jobErrors },
    needs: ['table:read'],
  },
  {
    id: 'VideoResult',
    method: 'GET',
    path: '/api/video-result/{job_id}',
    entry: 'lambdas/api/video-result.ts',
    auth: 'api-key',
    summary: "A completed job's video URL (time-limited when mirrored).",
    tags: ['videos'],
    request: { path: JobPath },
    responses: {
      200: { description: 'The video.', schema: VideoResultResponse },
      ...common,
      ...jobErrors,
      ...errorResponses({ 409: 'video_not_ready (with status) or video_failed (with reason).' }),
    },
    needs: ['table:read', 'bucket:read'],
  },
  {
    id: 'DeleteJob',
    method: 'DELETE',
    path: '/api/jobs/{job_id}',
    entry: 'lambdas/api/delete-job.ts',
    auth: 'api-key',
    summary: 'Erase a job, its media and its video, and cancel its pending callback.',
    tags: ['videos'],
    request: { path: JobPath },
    responses: { 204: { description: 'Erased.' }, ...common, ...jobErrors },
    needs: ['table', 'bucket'],
  },
  {
    id: 'RevidWebhook',
    method: 'POST',
    path: '/webhooks/revid',
    entry: 'lambdas/webhooks/revid.ts',
    auth: 'none',
    summary: "Revid's render webhook (authenticated by the per-render token in the URL).",
    tags: ['webhooks'],
    responses: { 202: { description: 'Received.' }, ...errorResponses({ 403: 'forbidden: bad or missing token.' }) },
    needs: ['table', 'render-queue'],
  },
];

/**
 * Routes a deployment opts into, kept out of {@link ROUTES} (and so out of /openapi.json, whose contract
 * is the same for every deployment): the playground page (docs/playground.md), created in AWS only with
 * context `playground=true` and always by the local runtime. Its HTML is public like /docs; every API
 * call it makes carries the key the user types into it.
 */
export const OPTIONAL_ROUTES: Array<RouteSpec & { optIn: 'playground' }> = [
  {
    id: 'Playground',
    method: 'GET',
    path: '/playground',
    entry: 'lambdas/api/playground.ts',
    auth: 'none',
    optIn: 'playground',
    summary: 'The playground: try detection, filters, roast videos, callbacks and translation in a browser (HTML).',
    tags: ['operations'],
    responses: { 200: { description: 'The page.', schema: z.string(), contentType: 'text/html' } },
    buildScript: 'playground/build.ts',
  },
];

/** The routes a deployment with these opt-ins serves: {@link ROUTES} plus the enabled {@link OPTIONAL_ROUTES}. */
export function deployedRoutes(optIns: { playground?: boolean }): RouteSpec[] {
  return [...ROUTES, ...OPTIONAL_ROUTES.filter((r) => optIns[r.optIn] === true)];
}

/**
 * The methods a resource path answers (its routes' methods, then OPTIONS for CORS preflights), for
 * `405` + `Allow`; empty for a path that is not a route. API Gateway sends every other method of a
 * route's resource to the route's function through an `ANY` method (lib/constructs/api.ts), and the
 * shared wrapper answers it (docs/integration-guide.md "Methods and trailing slashes").
 */
export function allowedMethods(resource: string): string[] {
  const methods = [...ROUTES, ...OPTIONAL_ROUTES].filter((r) => r.path === resource).map((r) => r.method as string);
  return methods.length ? [...new Set(methods), 'OPTIONS'] : [];
}

/** Registers more routes (each issue's endpoints add theirs in routes-*.ts modules imported below). */
export function routeById(id: string): RouteSpec {
  const route = [...ROUTES, ...OPTIONAL_ROUTES].find((r) => r.id === id);
  if (!route) throw new Error(`Unknown route ${id}`);
  return route;
}
