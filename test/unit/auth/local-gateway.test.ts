import type http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { authorize } from '../../../lambdas/domain/auth/authorizer.js';
import { hashApiKey } from '../../../lambdas/domain/auth/clients.js';
import type { LocalFunction } from '../../../local/functions.js';
import { apiKeySourceOf, createGateway, listen, routesFromTemplate } from '../../../local/gateway.js';
import type { CfnTemplate } from '../../../local/template.js';

const KEY = 'prk0123456789abcdef0123456789abcdef';

/** A minimal template shaped like the synthesized one: two keyed routes behind a REQUEST authorizer, one IAM route. */
function template(authorizer: { ttl: number; identitySource?: string }): CfnTemplate {
  const uri = (fn: string) => ({ 'Fn::Join': ['', ['arn:', { 'Fn::GetAtt': [fn, 'Arn'] }, '/invocations']] });
  const method = (resource: string, http: string, auth: Record<string, unknown>) => ({
    Type: 'AWS::ApiGateway::Method',
    Properties: { HttpMethod: http, ResourceId: { Ref: resource }, ApiKeyRequired: true, Integration: { Type: 'AWS_PROXY', Uri: uri('BackendFn') }, ...auth },
  });
  return {
    Resources: {
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { ApiKeySourceType: 'AUTHORIZER' } },
      ApiRes: { Type: 'AWS::ApiGateway::Resource', Properties: { ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: 'api' } },
      ThingsRes: { Type: 'AWS::ApiGateway::Resource', Properties: { ParentId: { Ref: 'ApiRes' }, PathPart: 'things' } },
      OtherRes: { Type: 'AWS::ApiGateway::Resource', Properties: { ParentId: { Ref: 'ApiRes' }, PathPart: 'other' } },
      IamRes: { Type: 'AWS::ApiGateway::Resource', Properties: { ParentId: { Ref: 'ApiRes' }, PathPart: 'iam' } },
      Auth: {
        Type: 'AWS::ApiGateway::Authorizer',
        Properties: {
          Type: 'REQUEST',
          AuthorizerUri: uri('AuthFn'),
          AuthorizerResultTtlInSeconds: authorizer.ttl,
          ...(authorizer.identitySource ? { IdentitySource: authorizer.identitySource } : {}),
        },
      },
      ThingsGet: method('ThingsRes', 'GET', { AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: 'Auth' } }),
      OtherPost: method('OtherRes', 'POST', { AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: 'Auth' } }),
      IamGet: method('IamRes', 'GET', { AuthorizationType: 'AWS_IAM' }),
    },
  };
}

const fn = (id: string, invoke: (event: any) => Promise<unknown>): LocalFunction => ({ id, entry: `${id}.ts`, timeoutMs: 3000, environment: {}, invoke });

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function start(tpl: CfnTemplate, authorizerImpl?: (event: any) => Promise<unknown>) {
  let clock = 1_000_000;
  const authorizerEvents: any[] = [];
  const backendEvents: any[] = [];
  const functions = new Map<string, LocalFunction>([
    [
      'AuthFn',
      fn('AuthFn', async (event) => {
        authorizerEvents.push(event);
        if (authorizerImpl) return authorizerImpl(event);
        return (await authorize(event, { clients: async () => [{ id: 'app-backend', sha256: hashApiKey(KEY) }] })).result;
      }),
    ],
    [
      'BackendFn',
      fn('BackendFn', async (event) => {
        backendEvents.push(event);
        return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: true }) };
      }),
    ],
  ]);
  const server = createGateway({ routes: routesFromTemplate(tpl), functions, apiKeys: () => [KEY], apiKeySource: apiKeySourceOf(tpl), stage: 'local', now: () => clock });
  servers.push(server);
  const port = await listen(server, 0, '127.0.0.1');
  const request = async (method: string, path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers });
    return { status: res.status, body: (await res.json()) as any };
  };
  return { request, authorizerEvents, backendEvents, advance: (ms: number) => (clock += ms) };
}

describe('Local gateway: Lambda REQUEST authorizer', () => {
  it('builds the REQUEST event, passes the decision context to the function and meters the authorizer-returned key', async () => {
    const gw = await start(template({ ttl: 0 }));
    const res = await gw.request('GET', '/api/things?x=1', { authorization: `Bearer ${KEY}` });
    expect(res.status).toBe(200);
    expect(gw.authorizerEvents[0]).toMatchObject({
      type: 'REQUEST',
      methodArn: expect.stringMatching(/^arn:aws:execute-api:[a-z0-9-]+:\d{12}:local\/local\/GET\/api\/things$/),
      resource: '/api/things',
      httpMethod: 'GET',
      queryStringParameters: { x: '1' },
    });
    expect(gw.backendEvents[0].requestContext.authorizer).toMatchObject({ principalId: 'app-backend', clientId: 'app-backend' });
    expect(gw.backendEvents[0].requestContext.identity.apiKey).toBe(KEY);
  });

  it('without a gateway cache runs the authorizer for every request, and accepts x-api-key or Bearer', async () => {
    const gw = await start(template({ ttl: 0 }));
    expect((await gw.request('GET', '/api/things', { 'x-api-key': KEY })).status).toBe(200);
    expect((await gw.request('POST', '/api/other', { authorization: `Bearer ${KEY}` })).status).toBe(200);
    expect(gw.authorizerEvents).toHaveLength(2);
  });

  it('answers a Deny, a missing key and a thrown Unauthorized with the 403 envelope and never calls the function', async () => {
    const gw = await start(template({ ttl: 0 }));
    const attempts: Array<Record<string, string>> = [{}, { 'x-api-key': 'prk-this-key-was-never-issued-000' }, { authorization: 'Basic YTpi' }];
    for (const headers of attempts) {
      const res = await gw.request('GET', '/api/things', headers);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ detail: { error: 'forbidden', message: expect.any(String) } });
    }
    const thrown = await start(template({ ttl: 0 }), async () => {
      throw new Error('Unauthorized');
    });
    expect((await thrown.request('GET', '/api/things', { 'x-api-key': KEY })).status).toBe(403);
    expect(gw.backendEvents).toHaveLength(0);
    expect(thrown.backendEvents).toHaveLength(0);
  });

  it('refuses an Allow whose usage key is not in the usage plan', async () => {
    const gw = await start(template({ ttl: 0 }), async (event) => ({ ...(await authorize(event, { clients: async () => [{ id: 'a', sha256: hashApiKey(KEY) }] })).result, usageIdentifierKey: 'prk-not-a-usage-plan-key-000000' }));
    const res = await gw.request('GET', '/api/things', { 'x-api-key': KEY });
    expect(res.status).toBe(403);
    expect(res.body.detail.error).toBe('forbidden');
  });

  it('with a 300 s cache keyed on x-api-key: one invocation per key across routes, again after the TTL, and Bearer-only refused', async () => {
    const gw = await start(template({ ttl: 300, identitySource: 'method.request.header.x-api-key' }));
    expect((await gw.request('GET', '/api/things', { 'x-api-key': KEY })).status).toBe(200);
    expect((await gw.request('POST', '/api/other', { 'x-api-key': KEY })).status).toBe(200);
    expect((await gw.request('GET', '/api/things', { 'x-api-key': 'prk-this-key-was-never-issued-000' })).status).toBe(403);
    expect((await gw.request('GET', '/api/things', { 'x-api-key': 'prk-this-key-was-never-issued-000' })).status).toBe(403);
    expect(gw.authorizerEvents).toHaveLength(2);
    gw.advance(299_000);
    expect((await gw.request('GET', '/api/things', { 'x-api-key': KEY })).status).toBe(200);
    expect(gw.authorizerEvents).toHaveLength(2);
    gw.advance(2_000);
    expect((await gw.request('GET', '/api/things', { 'x-api-key': KEY })).status).toBe(200);
    expect(gw.authorizerEvents).toHaveLength(3);
    // A cached REQUEST authorizer needs every identity source: API Gateway answers 401 (our 403 envelope) without calling it.
    expect((await gw.request('GET', '/api/things', { authorization: `Bearer ${KEY}` })).status).toBe(403);
    expect(gw.authorizerEvents).toHaveLength(3);
  });

  it('re-evaluates a cached policy per route, so an Allow for one method only would deny the next route', async () => {
    const gw = await start(template({ ttl: 300, identitySource: 'method.request.header.x-api-key' }), async (event) => ({
      principalId: 'narrow',
      policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }] },
      usageIdentifierKey: KEY,
    }));
    expect((await gw.request('GET', '/api/things', { 'x-api-key': KEY })).status).toBe(200);
    expect((await gw.request('POST', '/api/other', { 'x-api-key': KEY })).status).toBe(403);
  });

  it('refuses IAM-authorized methods locally rather than letting them through unsigned', async () => {
    const gw = await start(template({ ttl: 0 }));
    const res = await gw.request('GET', '/api/iam', { 'x-api-key': KEY });
    expect(res.status).toBe(403);
    expect(res.body.detail.message).toMatch(/not emulated/);
  });
});

describe('Local gateway start-up', () => {
  it('a request that arrives before the functions are loaded waits for them instead of finding no function', async () => {
    // Prepare: a gateway listening with no functions yet, as the runtime is between listen and loading them.
    const tpl = template({ ttl: 0 });
    const functions = new Map<string, LocalFunction>();
    let loaded!: () => void;
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    const server = createGateway({ ready, routes: routesFromTemplate(tpl), functions, apiKeys: () => [KEY], apiKeySource: apiKeySourceOf(tpl), stage: 'local' });
    servers.push(server);
    const port = await listen(server, 0, '127.0.0.1');

    // Act: the request is sent first; the functions arrive only once the gateway has received it.
    let answered = false;
    const pending = fetch(`http://127.0.0.1:${port}/api/things`, { headers: { 'x-api-key': KEY } }).then(async (res) => {
      answered = true;
      return { status: res.status, body: (await res.json()) as any };
    });
    await new Promise<void>((resolve) => server.once('request', () => setImmediate(resolve)));
    expect(answered).toBe(false);
    functions.set('AuthFn', fn('AuthFn', async (event) => (await authorize(event, { clients: async () => [{ id: 'app-backend', sha256: hashApiKey(KEY) }] })).result));
    functions.set('BackendFn', fn('BackendFn', async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: true }) })));
    loaded();

    // Assert: the early request is served by the function, not answered 502.
    expect(await pending).toEqual({ status: 200, body: { ok: true } });
  });
});
