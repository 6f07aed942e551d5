import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CfnTemplate } from './template.js';
import { resourcesOfType } from './template.js';
import type { LocalFunction } from './functions.js';
import { FunctionTimeout } from './functions.js';

export interface LocalRoute {
  method: string;
  /** Resource path as in API Gateway, e.g. `/api/video-status/{job_id}`. */
  resource: string;
  apiKeyRequired: boolean;
  functionId: string;
  pattern: RegExp;
  params: string[];
}

/** API Gateway's own payload limit (10 MB); the functions apply the service's 256 KB guard. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

/** Reads the template's API Gateway resources and methods into a route table. */
export function routesFromTemplate(template: CfnTemplate): LocalRoute[] {
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
    const uri = JSON.stringify(p.Integration?.Uri ?? '');
    const fnMatch = /"Fn::GetAtt":\["([A-Za-z0-9]+)","Arn"\]/.exec(uri);
    if (!fnMatch) continue;
    const resource = pathOf(p.ResourceId) || '/';
    const params: string[] = [];
    const pattern = new RegExp(
      `^${resource.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        params.push(name);
        return '([^/]+)';
      })}$`,
    );
    routes.push({ method: p.HttpMethod, resource, apiKeyRequired: p.ApiKeyRequired === true, functionId: fnMatch[1]!, pattern, params });
  }
  return routes;
}

const envelope = (status: number, code: string, message: string, requestId: string): APIGatewayProxyResult => ({
  statusCode: status,
  headers: { 'content-type': 'application/json', 'x-request-id': requestId, 'access-control-allow-origin': '*' },
  body: JSON.stringify({ detail: { error: code, message } }),
});

export interface GatewayOptions {
  routes: LocalRoute[];
  functions: Map<string, LocalFunction>;
  /** Accepted API keys (the usage plan's). */
  apiKeys: () => string[];
  stage: string;
  log?: (line: string) => void;
}

/**
 * A local API Gateway: matches requests the way the template's resources do, checks the API key like
 * the usage plan, builds REST proxy events and invokes the same handler modules, and answers its own
 * errors in the same envelope as the deployed gateway responses.
 */
export function createGateway(options: GatewayOptions): http.Server {
  return http.createServer(async (req, res) => {
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
      const url = new URL(req.url ?? '/', 'http://localhost');
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > GATEWAY_MAX_BODY) {
          send(envelope(413, 'payload_too_large', 'The request body is too large.', requestId));
          req.destroy();
          return;
        }
        chunks.push(chunk as Buffer);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      const candidates = options.routes.filter((r) => r.pattern.test(url.pathname));
      const route = candidates.find((r) => r.method === method);
      if (!route) {
        // API Gateway answers an unknown path or method with MISSING_AUTHENTICATION_TOKEN (mapped to 404).
        send(envelope(404, 'not_found', 'No such route.', requestId));
        return;
      }
      const headers: Record<string, string> = {};
      const multiValueHeaders: Record<string, string[]> = {};
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i]!;
        const value = req.rawHeaders[i + 1]!;
        headers[name] = value;
        (multiValueHeaders[name] ??= []).push(value);
      }
      const apiKey = Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-api-key')?.[1];
      if (route.apiKeyRequired && (!apiKey || !options.apiKeys().includes(apiKey))) {
        send(envelope(403, 'forbidden', 'Missing or invalid API key.', requestId));
        return;
      }
      const match = route.pattern.exec(url.pathname)!;
      const pathParameters = route.params.length
        ? Object.fromEntries(route.params.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]))
        : null;
      const query: Record<string, string> = {};
      const multiQuery: Record<string, string[]> = {};
      for (const [k, v] of url.searchParams) {
        query[k] = v;
        (multiQuery[k] ??= []).push(v);
      }
      const raw = Buffer.concat(chunks);
      const text = raw.toString('utf8');
      const isText = Buffer.from(text, 'utf8').equals(raw);
      const event: APIGatewayProxyEvent = {
        resource: route.resource,
        path: url.pathname,
        httpMethod: method,
        headers,
        multiValueHeaders,
        queryStringParameters: Object.keys(query).length ? query : null,
        multiValueQueryStringParameters: Object.keys(multiQuery).length ? multiQuery : null,
        pathParameters,
        stageVariables: null,
        body: raw.length === 0 ? null : isText ? text : raw.toString('base64'),
        isBase64Encoded: raw.length > 0 && !isText,
        requestContext: {
          accountId: '123456789012',
          apiId: 'local',
          authorizer: null,
          protocol: 'HTTP/1.1',
          httpMethod: method,
          identity: { sourceIp: req.socket.remoteAddress ?? '127.0.0.1', apiKey: apiKey ?? null, userAgent: headers['user-agent'] ?? null } as never,
          path: `/${options.stage}${url.pathname}`,
          stage: options.stage,
          requestId,
          requestTimeEpoch: Date.now(),
          resourceId: route.resource,
          resourcePath: route.resource,
        },
      };
      const fn = options.functions.get(route.functionId);
      if (!fn) {
        send(envelope(502, 'internal_error', `No local function ${route.functionId}.`, requestId));
        return;
      }
      const result = (await fn.invoke(event)) as APIGatewayProxyResult;
      if (!result || typeof result.statusCode !== 'number') {
        send(envelope(502, 'internal_error', 'Malformed Lambda proxy response.', requestId));
        return;
      }
      send(result);
    } catch (err) {
      if (err instanceof FunctionTimeout) {
        send(envelope(504, 'timeout', 'The request took too long; it is safe to retry.', requestId));
      } else {
        options.log?.(`gateway: function failed: ${(err as Error).stack ?? String(err)}`);
        send(envelope(502, 'internal_error', 'Something went wrong on our side; it is safe to retry.', requestId));
      }
    }
  });
}

export async function listen(server: http.Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}
