import middy from '@middy/core';
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { z } from 'zod';
import { getConfig, validateConfigAtColdStart } from '../domain/config.js';
import { AppError, errors } from '../domain/errors.js';
import { allowedMethods } from '../domain/routes.js';
import { flushMetrics, logger } from '../domain/observability.js';
import { assertWellFormed, bodyBytes, decodeText } from './body.js';

/** Request bodies over this many bytes are refused with 413 before parsing (docs/reference/spec.md §3). */
export const MAX_BODY_BYTES = 256 * 1024;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** CORS headers of every response; the allowed origin is `CORS_ALLOW_ORIGIN` (default `*`). */
export function corsHeaders(): Record<string, string> {
  return {
    'access-control-allow-origin': getConfig().CORS_ALLOW_ORIGIN,
    'access-control-allow-headers': 'content-type,x-api-key,authorization,idempotency-key,x-request-id',
    'access-control-allow-methods': 'GET,POST,DELETE,OPTIONS',
    'access-control-expose-headers': 'x-request-id,retry-after',
    'access-control-max-age': '600',
  };
}

/** What a handler returns: a status, an optional JSON body (or `text` sent as is, e.g. HTML) and extra headers. */
export interface HttpResult {
  status: number;
  body?: unknown;
  /** A non-JSON body, sent verbatim; give its `content-type` in `headers`. */
  text?: string;
  headers?: Record<string, string>;
}

export interface HttpInput<B, Q, P> {
  body: B;
  query: Q;
  path: P;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Raw body string as received (base64-decoded), for signature checks. */
  rawBody: string;
  requestId: string;
  event: APIGatewayProxyEvent;
  context: Context;
}

export interface HttpSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  body?: B;
  query?: Q;
  path?: P;
  /** Skip JSON parsing (e.g. the provider webhook authenticates the raw body first). */
  rawBody?: boolean;
}

/** Lower-cases header names; the last value wins for repeated headers. */
export function normalizeHeaders(event: Pick<APIGatewayProxyEvent, 'headers'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(event.headers ?? {})) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
}

/**
 * The body as text, decoded strictly with its declared charset (UTF-8 by default, a BOM dropped);
 * see lambdas/http/body.ts.
 * @throws AppError 400 `invalid_encoding`, 415 `unsupported_content_type`.
 */
export function decodeBody(event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded' | 'headers'>): string {
  return decodeText(bodyBytes(event), normalizeHeaders(event)['content-type']);
}

/** zod issues → the `issues: [{path, message}]` of a 422. */
export function toIssues(error: z.ZodError, prefix: string): Array<{ path: string; message: string }> {
  return error.issues.slice(0, 20).map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/** The one mapper from any thrown value to the `{"detail": {...}}` envelope. */
export function errorResponse(err: unknown, requestId: string): APIGatewayProxyResult {
  let appError: AppError;
  if (err instanceof Error && err.name === 'TimeoutError' && /middy|aborted/i.test(`${err.stack}`)) {
    // The function is about to hit its own timeout: answer before the gateway does.
    logger.error('request timed out', { cause: describeCause(err) });
    appError = errors.timeout();
  } else if (err instanceof AppError) {
    appError = err;
    if (appError.status >= 500) logger.error('request failed', { error: appError.code, cause: describeCause(err) });
  } else {
    logger.error('unhandled error', { cause: describeCause(err) });
    appError = errors.internal();
  }
  const headers: Record<string, string> = {};
  const retryAfter = appError.extra.retry_after_s;
  if (typeof retryAfter === 'number') headers['retry-after'] = String(Math.ceil(retryAfter));
  const allowed = appError.extra.allowed_methods;
  if (Array.isArray(allowed)) headers.allow = allowed.join(', ');
  return json(appError.status, { detail: appError.toDetail() }, requestId, headers);
}

function describeCause(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: String(err) };
  const cause = err.cause instanceof Error ? { cause: err.cause.message } : {};
  return { name: err.name, message: err.message, stack: err.stack, ...cause };
}

export function json(
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): APIGatewayProxyResult {
  return {
    statusCode: status,
    headers: {
      ...corsHeaders(),
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'x-request-id': requestId,
      ...headers,
    },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

function parseJsonBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw errors.validation([{ path: 'body', message: 'Body is not valid JSON.' }]);
  }
}

function validate<S extends z.ZodType>(schema: S | undefined, value: unknown, where: string): z.infer<S> {
  if (!schema) return value as z.infer<S>;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!parsed.success) throw errors.validation(toIssues(parsed.error, where));
  return parsed.data;
}

/**
 * Wraps a thin endpoint function with everything every endpoint shares: request id, CORS and
 * preflight, body-size guard, JSON parsing, zod validation (→ 422), structured logging, and the error
 * envelope. Built on middy so the order of these concerns is explicit and testable.
 */
export function httpHandler<
  B extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  P extends z.ZodType = z.ZodUnknown,
>(spec: HttpSpec<B, Q, P>, fn: (input: HttpInput<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<HttpResult>) {
  validateConfigAtColdStart();
  return middy<APIGatewayProxyEvent, APIGatewayProxyResult, Error, Context>()
    .before(async (request) => {
      const requestId = requestIdOf(request.event);
      (request.internal as Record<string, unknown>).started = Date.now();
      logger.appendKeys({ request_id: requestId });
    })
    .after(async (request) => {
      const started = (request.internal as Record<string, unknown>).started as number;
      logger.info('request', {
        method: request.event.httpMethod,
        path: request.event.resource ?? request.event.path,
        status: request.response?.statusCode,
        latency_ms: Date.now() - started,
      });
      flushMetrics();
      logger.removeKeys(['request_id', 'job_id']);
    })
    .onError(async (request) => {
      request.response = errorResponse(request.error, requestIdOf(request.event));
      logger.info('request', {
        method: request.event.httpMethod,
        path: request.event.resource ?? request.event.path,
        status: request.response.statusCode,
        error: request.error instanceof AppError ? request.error.code : 'internal_error',
      });
      flushMetrics();
      logger.removeKeys(['request_id', 'job_id']);
    })
    .handler(async (event, context) => {
      const requestId = requestIdOf(event);
      if (event.httpMethod === 'OPTIONS') return json(204, undefined, requestId);
      // Another method on a route's resource arrives through the resource's ANY method: 405 + Allow.
      const allowed = event.resource ? allowedMethods(event.resource) : [];
      if (allowed.length > 0 && !allowed.includes(event.httpMethod)) {
        throw errors.methodNotAllowed(event.httpMethod, event.resource, allowed);
      }
      const bytes = bodyBytes(event);
      if (bytes.length > MAX_BODY_BYTES) throw errors.payloadTooLarge(MAX_BODY_BYTES);
      // A raw-body route (the provider webhook) authenticates before it reads the body: bytes as UTF-8, lenient.
      const rawBody = spec.rawBody ? bytes.toString('utf8') : decodeText(bytes, normalizeHeaders(event)['content-type']);
      const parsed = spec.rawBody ? undefined : parseJsonBody(rawBody);
      // Ill-formed Unicode anywhere (a lone surrogate) is a 422 naming the field, before schemas or stores see it.
      assertWellFormed([
        ['body', parsed],
        ['query', event.queryStringParameters ?? {}],
        ['path', event.pathParameters ?? {}],
      ]);
      const body = spec.rawBody ? rawBody : validate(spec.body, parsed, 'body');
      const query = validate(spec.query, event.queryStringParameters ?? {}, 'query');
      const path = validate(spec.path, event.pathParameters ?? {}, 'path');
      const result = await fn({
        body: body as z.infer<B>,
        query,
        path,
        headers: normalizeHeaders(event),
        rawBody,
        requestId,
        event,
        context,
      });
      if (result.text !== undefined) return { ...json(result.status, undefined, requestId, result.headers), body: result.text };
      return json(result.status, result.body, requestId, result.headers);
    });
}

const requestIds = new WeakMap<object, string>();

/** The caller's `x-request-id` when it is sane, else API Gateway's id, else a new one; stable per event. */
export function requestIdOf(event: APIGatewayProxyEvent): string {
  let id = requestIds.get(event);
  if (!id) {
    const given = normalizeHeaders(event)['x-request-id'];
    id = given && REQUEST_ID.test(given) ? given : (event.requestContext?.requestId ?? randomUUID());
    requestIds.set(event, id);
  }
  return id;
}
