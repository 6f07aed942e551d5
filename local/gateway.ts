import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CfnTemplate } from './template.js';
import { resourcesOfType } from './template.js';
import type { LocalFunction } from './functions.js';
import { FunctionTimeout } from './functions.js';
import { errors, GATEWAY_ERRORS, type AppError } from '../lambdas/domain/errors.js';

/** A Lambda authorizer of the template (`AWS::ApiGateway::Authorizer`). */
export interface LocalAuthorizer {
  id: string;
  type: 'REQUEST' | 'TOKEN';
  functionId: string;
  /** e.g. `method.request.header.x-api-key`; all must be present when the result is cached. */
  identitySources: string[];
  /** `AuthorizerResultTtlInSeconds` (CloudFormation's default is 300). */
  ttlS: number;
}

export interface LocalRoute {
  method: string;
  /** Resource path as in API Gateway, e.g. `/api/video-status/{job_id}`. */
  resource: string;
  apiKeyRequired: boolean;
  /** The method's `AuthorizationType`. */
  authorization: 'NONE' | 'CUSTOM' | 'AWS_IAM' | 'COGNITO_USER_POOLS';
  authorizer?: LocalAuthorizer;
  functionId: string;
  pattern: RegExp;
  params: string[];
}

/** API Gateway's own payload limit (10 MB); the functions apply the service's 256 KB guard. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

const functionIdIn = (value: unknown): string | undefined => /"Fn::GetAtt":\["([A-Za-z0-9]+)","Arn"\]/.exec(JSON.stringify(value ?? ''))?.[1];

/** The template's Lambda authorizers by logical id. */
export function authorizersFromTemplate(template: CfnTemplate): Map<string, LocalAuthorizer> {
  const out = new Map<string, LocalAuthorizer>();
  for (const [id, resource] of resourcesOfType(template, 'AWS::ApiGateway::Authorizer')) {
    const p = resource.Properties ?? {};
    const functionId = functionIdIn(p.AuthorizerUri);
    if (!functionId || (p.Type !== 'REQUEST' && p.Type !== 'TOKEN')) continue;
    const sources = typeof p.IdentitySource === 'string' ? p.IdentitySource.split(',').map((x: string) => x.trim()).filter(Boolean) : [];
    out.set(id, { id, type: p.Type, functionId, identitySources: sources, ttlS: Number(p.AuthorizerResultTtlInSeconds ?? 300) });
  }
  return out;
}

/** The RestApi's `BinaryMediaTypes`: request bodies of these types reach the function base64-encoded. */
export function binaryMediaTypesOf(template: CfnTemplate): string[] {
  const api = resourcesOfType(template, 'AWS::ApiGateway::RestApi')[0]?.[1];
  const types = api?.Properties?.BinaryMediaTypes;
  return Array.isArray(types) ? types.map(String) : [];
}

/** API Gateway's match of a request Content-Type against `BinaryMediaTypes` (`*` wildcards, parameters ignored). */
export function isBinaryMediaType(contentType: string | undefined, binaryTypes: readonly string[]): boolean {
  if (binaryTypes.includes('*/*')) return true;
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!essence) return false;
  return binaryTypes.some((t) => {
    const [type, subtype] = t.toLowerCase().split('/');
    const [given, givenSub] = essence.split('/');
    return (type === '*' || type === given) && (subtype === '*' || subtype === givenSub);
  });
}

/** The `Access-Control-Allow-Origin` the template's gateway responses send (lib/constructs/api.ts); `*` when none says. */
export function corsAllowOriginOf(template: CfnTemplate): string {
  for (const [, response] of resourcesOfType(template, 'AWS::ApiGateway::GatewayResponse')) {
    const value = (response.Properties?.ResponseParameters as Record<string, unknown> | undefined)?.['gatewayresponse.header.Access-Control-Allow-Origin'];
    if (typeof value === 'string') return value.replace(/^'|'$/g, '');
  }
  return '*';
}

/** Where the usage plan takes the API key from: the `x-api-key` header or the authorizer's `usageIdentifierKey`. */
export function apiKeySourceOf(template: CfnTemplate): 'HEADER' | 'AUTHORIZER' {
  const api = resourcesOfType(template, 'AWS::ApiGateway::RestApi')[0]?.[1];
  return api?.Properties?.ApiKeySourceType === 'AUTHORIZER' ? 'AUTHORIZER' : 'HEADER';
}

/** Reads the template's API Gateway resources and methods into a route table. */
export function routesFromTemplate(template: CfnTemplate): LocalRoute[] {
  const authorizers = authorizersFromTemplate(template);
  const resources = Object.fromEntries(resourcesOfType(template, 'AWS::ApiGateway::Resource'));
  const pathOf = (ref: unknown): string => {
    if (typeof ref === 'object' && ref && 'Fn::GetAtt' in ref) return '';
    const id = (ref as { Ref: string }).Ref;
    const r = resources[id];
    if (!r) throw new Error(`Unknown API resource ${id}`);
    return `${pathOf(r.Properties!.ParentId)}/${r.Properties!.PathPart}`;
  };
  const routes: LocalRoute[] = [];
  for (const [, method] of resourcesOfType(template, 'AWS::ApiGateway::Method')) {
    const p = method.Properties!;
    const functionId = functionIdIn(p.Integration?.Uri);
    if (!functionId) continue;
    const resource = pathOf(p.ResourceId) || '/';
    const params: string[] = [];
    // API Gateway REST APIs route `/healthz/` to the `/healthz` resource (one trailing slash; the
    // event's `path` keeps it, `resource` does not): docs/integration-guide.md "Methods and trailing slashes".
    const pattern = new RegExp(
      `^${resource.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        params.push(name);
        return '([^/]+)';
      })}${resource === '/' ? '' : '/?'}$`,
    );
    const authorization = (p.AuthorizationType ?? 'NONE') as LocalRoute['authorization'];
    const authorizerId = (p.AuthorizerId as { Ref?: string } | undefined)?.Ref;
    const authorizer = authorizerId ? authorizers.get(authorizerId) : undefined;
    if (authorization === 'CUSTOM' && !authorizer) throw new Error(`Method ${p.HttpMethod} ${resource} names an unknown authorizer ${authorizerId}`);
    routes.push({ method: p.HttpMethod, resource, apiKeyRequired: p.ApiKeyRequired === true, authorization, authorizer, functionId, pattern, params });
  }
  return routes;
}

const envelope = (status: number, code: string, message: string, requestId: string, origin: string): APIGatewayProxyResult => ({
  statusCode: status,
  headers: { 'content-type': 'application/json', 'x-request-id': requestId, 'access-control-allow-origin': origin },
  body: JSON.stringify({ detail: { error: code, message } }),
});

/** API Gateway's own answer of a gateway response type, from the error catalogue as the stack deploys it (lib/constructs/api.ts). */

export interface GatewayOptions {
  routes: LocalRoute[];
  functions: Map<string, LocalFunction>;
  /** Accepted API keys (the usage plan's). */
  apiKeys: () => string[];
  /** Where the usage-plan key comes from (the RestApi's `ApiKeySourceType`; default HEADER). */
  apiKeySource?: 'HEADER' | 'AUTHORIZER';
  stage: string;
  /** The RestApi's `BinaryMediaTypes` ({@link binaryMediaTypesOf}); default none. */
  binaryMediaTypes?: string[];
  /** `Access-Control-Allow-Origin` of the gateway's own error answers ({@link corsAllowOriginOf}); default `*`. */
  corsAllowOrigin?: string;
  log?: (line: string) => void;
  /** Clock for the authorizer cache (tests). */
  now?: () => number;
  /**
   * The local runtime's own endpoints under `/_local/` (callback inbox, playground settings): not part of the
   * template, so they never exist in AWS. Answers `undefined` for a path it does not serve (then 404).
   */
  localEndpoints?: (method: string, path: string, headers: Record<string, string>, body: Buffer) => Promise<APIGatewayProxyResult | undefined> | APIGatewayProxyResult | undefined;
  /**
   * Settles when `functions` is filled. The runtime listens first (the port goes into the functions'
   * environment), so a request that arrives during start-up waits for this instead of finding no function —
   * as API Gateway never answers for a function that is still being deployed. Default: already settled.
   */
  ready?: Promise<void>;
}

/** Path prefix of the local runtime's own endpoints ({@link GatewayOptions.localEndpoints}). */
export const LOCAL_PATH_PREFIX = '/_local/';

const REGION = () => process.env.AWS_REGION ?? 'us-east-1';
const ACCOUNT_ID = '123456789012';
const API_ID = 'local';

/** The deployed gateway responses (lib/constructs/api.ts) for authentication failures. */

type AuthorizerResult = {
  principalId?: unknown;
  policyDocument?: { Statement?: unknown };
  context?: Record<string, unknown> | null;
  usageIdentifierKey?: unknown;
};

/** IAM-style wildcard match of an execute-api resource (`*` any run of characters, `?` one). */
function resourceMatches(pattern: string, arn: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(arn);
}

/** API Gateway's policy evaluation for one method ARN: an explicit Deny wins, else an Allow is needed. */
export function policyAllows(policy: AuthorizerResult['policyDocument'], methodArn: string): boolean {
  const statements = Array.isArray(policy?.Statement) ? policy!.Statement : policy?.Statement ? [policy.Statement] : [];
  let allowed = false;
  for (const st of statements as Array<Record<string, unknown>>) {
    const actions = ([] as unknown[]).concat(st.Action ?? []);
    if (!actions.some((a) => a === '*' || a === 'execute-api:*' || a === 'execute-api:Invoke')) continue;
    const resources = ([] as unknown[]).concat(st.Resource ?? []).map(String);
    if (!resources.some((r) => resourceMatches(r, methodArn))) continue;
    if (st.Effect === 'Deny') return false;
    if (st.Effect === 'Allow') allowed = true;
  }
  return allowed;
}

/** The value of one identity source (`method.request.header.X`, `method.request.querystring.X`, `context.X`). */
function identityValue(source: string, headers: Record<string, string>, query: Record<string, string>, context: Record<string, unknown>): string | undefined {
  const header = /^method\.request\.header\.(.+)$/.exec(source)?.[1];
  if (header) return Object.entries(headers).find(([k]) => k.toLowerCase() === header.toLowerCase())?.[1];
  const q = /^method\.request\.querystring\.(.+)$/.exec(source)?.[1];
  if (q) return query[q];
  const c = /^context\.(.+)$/.exec(source)?.[1];
  if (c) return context[c] === undefined ? undefined : String(context[c]);
  return undefined;
}

/**
 * A local API Gateway: matches requests the way the template's resources do, runs the template's
 * Lambda REQUEST authorizer (event, policy evaluation, identity sources and result cache as API Gateway
 * does them), checks the usage-plan key (from the header or the authorizer, per `ApiKeySourceType`),
 * builds REST proxy events and invokes the same handler modules, and answers its own errors in the
 * same envelope as the deployed gateway responses.
 */
export function createGateway(options: GatewayOptions): http.Server {
  const origin = options.corsAllowOrigin ?? '*';
  const gatewayError = (error: AppError, requestId: string): APIGatewayProxyResult => envelope(error.status, error.code, error.message, requestId, origin);
  const now = options.now ?? Date.now;
  /** API Gateway's authorizer result cache: by authorizer and identity source values, for the authorizer's TTL. */
  const authCache = new Map<string, { result: AuthorizerResult; expires: number }>();
  const server = http.createServer(async (req, res) => {
    const requestId = randomUUID();
    const send = (result: APIGatewayProxyResult): void => {
      const headers: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(result.headers ?? {})) headers[k] = String(v);
      for (const [k, v] of Object.entries(result.multiValueHeaders ?? {})) headers[k] = v.map(String);
      const body = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : Buffer.from(result.body ?? '', 'utf8');
      res.writeHead(result.statusCode, headers);
      res.end(body);
    };
    try {
      await options.ready;
      const url = new URL(req.url ?? '/', 'http://localhost');
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > GATEWAY_MAX_BODY) {
          send(gatewayError(GATEWAY_ERRORS.REQUEST_TOO_LARGE, requestId));
          req.destroy();
          return;
        }
        chunks.push(chunk as Buffer);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      if (url.pathname.startsWith(LOCAL_PATH_PREFIX) && options.localEndpoints) {
        const plain: Record<string, string> = {};
        for (let i = 0; i < req.rawHeaders.length; i += 2) plain[req.rawHeaders[i]!.toLowerCase()] = req.rawHeaders[i + 1]!;
        const answer = await options.localEndpoints(method, url.pathname, plain, Buffer.concat(chunks));
        if (answer) {
          send({ ...answer, headers: { 'x-request-id': requestId, ...answer.headers } });
          return;
        }
      }
      const candidates = options.routes.filter((r) => r.pattern.test(url.pathname));
      // A method of its own wins over the resource's ANY method, as in API Gateway.
      const route = candidates.find((r) => r.method === method) ?? candidates.find((r) => r.method === 'ANY');
      if (!route) {
        // API Gateway answers an unknown path or method with MISSING_AUTHENTICATION_TOKEN (mapped to 404).
        send(gatewayError(GATEWAY_ERRORS.MISSING_AUTHENTICATION_TOKEN, requestId));
        return;
      }
      // Maps, then own properties: a header or parameter named `constructor` or `__proto__` must be data,
      // never a lookup on Object.prototype (found by test/integration/hostile-input.test.ts).
      const headerValues = new Map<string, string[]>();
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i]!;
        headerValues.set(name, [...(headerValues.get(name) ?? []), req.rawHeaders[i + 1]!]);
      }
      const headers: Record<string, string> = Object.fromEntries([...headerValues].map(([k, v]) => [k, v[v.length - 1]!]));
      const multiValueHeaders: Record<string, string[]> = Object.fromEntries(headerValues);
      const headerKey = Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-api-key')?.[1];
      const match = route.pattern.exec(url.pathname)!;
      let pathParameters: Record<string, string> | null = null;
      try {
        pathParameters = route.params.length ? Object.fromEntries(route.params.map((name, i) => [name, decodeURIComponent(match[i + 1]!)])) : null;
      } catch {
        // A malformed %-escape cannot become a path parameter; API Gateway refuses such a request with a 400.
        send(gatewayError(errors.badRequest('The request path is not valid percent-encoding.'), requestId));
        return;
      }
      const queryValues = new Map<string, string[]>();
      for (const [k, v] of url.searchParams) queryValues.set(k, [...(queryValues.get(k) ?? []), v]);
      const query: Record<string, string> = Object.fromEntries([...queryValues].map(([k, v]) => [k, v[v.length - 1]!]));
      const multiQuery: Record<string, string[]> = Object.fromEntries(queryValues);
      /** The request as both the REST proxy event and the REQUEST authorizer event describe it. */
      const requestFields = {
        resource: route.resource,
        path: url.pathname,
        httpMethod: method,
        headers,
        multiValueHeaders,
        queryStringParameters: Object.keys(query).length ? query : null,
        multiValueQueryStringParameters: Object.keys(multiQuery).length ? multiQuery : null,
        pathParameters,
        stageVariables: null,
      };
      const requestContextBase = {
        accountId: ACCOUNT_ID,
        apiId: API_ID,
        protocol: 'HTTP/1.1',
        httpMethod: method,
        path: `/${options.stage}${url.pathname}`,
        stage: options.stage,
        requestId,
        requestTimeEpoch: Date.now(),
        resourceId: route.resource,
        resourcePath: route.resource,
      };
      let usageKey = (options.apiKeySource ?? 'HEADER') === 'HEADER' ? headerKey : undefined;
      let authorizerContext: Record<string, unknown> | null = null;
      if (route.authorization === 'AWS_IAM' || route.authorization === 'COGNITO_USER_POOLS') {
        // SigV4 cannot be verified without AWS credentials; refuse rather than let anything through.
        send(gatewayError(errors.forbidden(`${route.authorization} authorization is not emulated by the local runtime (use authMode=authorizer locally).`), requestId));
        return;
      }
      if (route.authorization === 'CUSTOM') {
        const authorizer = route.authorizer!;
        // The ARN of this method call (the request's own path): a policy is evaluated against it.
        const methodArn = `arn:aws:execute-api:${REGION()}:${ACCOUNT_ID}:${API_ID}/${options.stage}/${method}${url.pathname}`;
        const sourceIp = req.socket.remoteAddress ?? '127.0.0.1';
        const identityValues = authorizer.identitySources.map((source) => identityValue(source, headers, query, { ...requestContextBase, 'identity.sourceIp': sourceIp }));
        const cached = authorizer.ttlS > 0;
        if (cached && identityValues.some((v) => v === undefined || v.trim() === '')) {
          // API Gateway: a cached REQUEST authorizer with a missing identity source → 401 UNAUTHORIZED, function not called.
          send(gatewayError(GATEWAY_ERRORS.ACCESS_DENIED, requestId));
          return;
        }
        const cacheKey = `${authorizer.id}\u0000${identityValues.join('\u0000')}`;
        let result = cached ? authCache.get(cacheKey) : undefined;
        if (result && result.expires <= now()) {
          authCache.delete(cacheKey);
          result = undefined;
        }
        let answer = result?.result;
        if (!answer) {
          const fn = options.functions.get(authorizer.functionId);
          if (!fn) {
            send(gatewayError(errors.badGateway(`No local function ${authorizer.functionId}.`), requestId));
            return;
          }
          try {
            answer = (await fn.invoke({
              type: 'REQUEST',
              methodArn,
              ...requestFields,
              requestContext: { ...requestContextBase, identity: { sourceIp, userAgent: headers['user-agent'] ?? null } },
            })) as AuthorizerResult;
          } catch (err) {
            if ((err as Error).message === 'Unauthorized') {
              send(gatewayError(GATEWAY_ERRORS.ACCESS_DENIED, requestId));
              return;
            }
            throw err;
          }
          if (!answer || typeof answer.principalId !== 'string' || !answer.policyDocument) {
            send(gatewayError(GATEWAY_ERRORS.DEFAULT_5XX, requestId));
            return;
          }
          if (cached) authCache.set(cacheKey, { result: answer, expires: now() + authorizer.ttlS * 1000 });
        }
        // A cached decision is re-evaluated against this request's method ARN, as API Gateway does.
        if (!policyAllows(answer.policyDocument, methodArn)) {
          send(gatewayError(GATEWAY_ERRORS.ACCESS_DENIED, requestId));
          return;
        }
        authorizerContext = { principalId: answer.principalId, ...(answer.context ?? {}) };
        if (options.apiKeySource === 'AUTHORIZER') usageKey = typeof answer.usageIdentifierKey === 'string' ? answer.usageIdentifierKey : undefined;
      }
      if (route.apiKeyRequired && (!usageKey || !options.apiKeys().includes(usageKey))) {
        send(gatewayError(GATEWAY_ERRORS.INVALID_API_KEY, requestId));
        return;
      }
      const raw = Buffer.concat(chunks);
      const text = raw.toString('utf8');
      const contentTypeHeader = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
      // Binary media types (`*/*` in the stack) arrive base64-encoded, byte for byte, as in API Gateway.
      const isText = !isBinaryMediaType(contentTypeHeader, options.binaryMediaTypes ?? []) && Buffer.from(text, 'utf8').equals(raw);
      const event: APIGatewayProxyEvent = {
        ...requestFields,
        body: raw.length === 0 ? null : isText ? text : raw.toString('base64'),
        isBase64Encoded: raw.length > 0 && !isText,
        requestContext: {
          ...requestContextBase,
          authorizer: authorizerContext,
          identity: {
            sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
            apiKey: route.apiKeyRequired ? (usageKey ?? null) : null,
            userAgent: headers['user-agent'] ?? null,
          } as never,
        },
      };
      const fn = options.functions.get(route.functionId);
      if (!fn) {
        send(gatewayError(errors.badGateway(`No local function ${route.functionId}.`), requestId));
        return;
      }
      const result = (await fn.invoke(event)) as APIGatewayProxyResult;
      if (!result || typeof result.statusCode !== 'number') {
        send(gatewayError(errors.badGateway('Malformed Lambda proxy response.'), requestId));
        return;
      }
      send(result);
    } catch (err) {
      if (err instanceof FunctionTimeout) {
        send(gatewayError(GATEWAY_ERRORS.INTEGRATION_TIMEOUT, requestId));
      } else {
        options.log?.(`gateway: function failed: ${(err as Error).stack ?? String(err)}`);
        send(gatewayError(GATEWAY_ERRORS.DEFAULT_5XX, requestId));
      }
    }
  });
  // Requests Node's parser refuses before any handler runs (request line or headers over 16 KB, bad
  // syntax) still get the gateway's envelope and a request id, as API Gateway's DEFAULT_4XX response does.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const malformed = errors.badRequest(status === 431 ? 'The request line or headers are too large.' : 'The request is malformed.');
    const { headers, body } = envelope(status, malformed.code, malformed.message, randomUUID(), origin);
    const lines = Object.entries({ ...headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' }).map(([k, v]) => `${k}: ${v}`);
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
  });
  return server;
}

export async function listen(server: http.Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}
