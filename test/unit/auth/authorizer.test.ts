import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import * as crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiResourcePattern, authorize } from '../../../lambdas/domain/auth/authorizer.js';
import { findClient, hashApiKey, newApiKey, parseClients, type ApiClient } from '../../../lambdas/domain/auth/clients.js';
import { credentialFrom } from '../../../lambdas/domain/auth/credentials.js';
import { resetConfig } from '../../../lambdas/domain/config.js';
import { logger } from '../../../lambdas/domain/observability.js';
import { policyAllows } from '../../../local/gateway.js';

// Spy on the constant-time compare the registry uses (the real implementation still runs).
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const KEY = 'prk0123456789abcdef0123456789abcdef';
const OTHER_KEY = 'prkfedcba9876543210fedcba9876543210';
const CLIENTS: ApiClient[] = [
  { id: 'other-app', sha256: hashApiKey(OTHER_KEY) },
  { id: 'app-backend', sha256: hashApiKey(KEY) },
];
const METHOD_ARN = 'arn:aws:execute-api:eu-west-1:111122223333:abc123/prod/GET/api/video-status/job_01JD3YQ5Z8M2W4V6T7R9P0K1C3';
const STAGE_API = 'arn:aws:execute-api:eu-west-1:111122223333:abc123/prod/*/api/*';

const event = (headers: Record<string, string>) => ({ methodArn: METHOD_ARN, headers });
const deps = { clients: async () => CLIENTS };

describe('Function: credentialFrom', () => {
  it('reads x-api-key (any case) or Authorization: Bearer', () => {
    expect(credentialFrom({ 'X-Api-Key': KEY })).toEqual({ ok: true, key: KEY, scheme: 'x-api-key' });
    expect(credentialFrom({ authorization: `Bearer ${KEY}` })).toEqual({ ok: true, key: KEY, scheme: 'bearer' });
    expect(credentialFrom({ Authorization: `bearer  ${KEY}` })).toEqual({ ok: true, key: KEY, scheme: 'bearer' });
  });

  it('accepts both headers only when they carry the same key, and ignores another scheme beside x-api-key', () => {
    expect(credentialFrom({ 'x-api-key': KEY, authorization: `Bearer ${KEY}` })).toMatchObject({ ok: true, key: KEY });
    expect(credentialFrom({ 'x-api-key': KEY, authorization: `Bearer ${OTHER_KEY}` })).toEqual({ ok: false, problem: 'ambiguous' });
    expect(credentialFrom({ 'x-api-key': KEY, authorization: 'AWS4-HMAC-SHA256 Credential=x' })).toMatchObject({ ok: true, key: KEY });
  });

  it('reports missing and malformed credentials', () => {
    expect(credentialFrom({})).toEqual({ ok: false, problem: 'missing' });
    expect(credentialFrom(null)).toEqual({ ok: false, problem: 'missing' });
    expect(credentialFrom({ 'x-api-key': '   ' })).toEqual({ ok: false, problem: 'missing' });
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', `Bearer ${KEY} extra`, `Token ${KEY}`, `Bearer ${KEY}\u0000`]) {
      expect(credentialFrom({ authorization }), authorization).toEqual({ ok: false, problem: 'malformed' });
    }
    for (const key of ['short', 'x'.repeat(257), `${KEY} with space`, `${KEY}é`]) {
      expect(credentialFrom({ 'x-api-key': key }), key).toEqual({ ok: false, problem: 'malformed' });
    }
  });
});

describe('Function: authorize', () => {
  it('allows a registered key from x-api-key: stage-wide /api/* policy, client id and the key as usage-plan identifier', async () => {
    const { decision, result } = await authorize(event({ 'x-api-key': KEY }), deps);
    expect(decision).toEqual({ allowed: true, clientId: 'app-backend', scheme: 'x-api-key' });
    expect(result).toEqual({
      principalId: 'app-backend',
      policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: STAGE_API }] },
      context: { clientId: 'app-backend' },
      usageIdentifierKey: KEY,
    });
  });

  it('allows the same key presented as a Bearer token', async () => {
    const { decision, result } = await authorize(event({ Authorization: `Bearer ${KEY}` }), deps);
    expect(decision).toEqual({ allowed: true, clientId: 'app-backend', scheme: 'bearer' });
    expect(result.usageIdentifierKey).toBe(KEY);
  });

  it('denies a wrong, missing or malformed credential with an explicit Deny and no usage key', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ 'x-api-key': 'prk-this-key-was-never-issued-000' }, 'unknown_key'],
      [{ authorization: 'Bearer prk-this-key-was-never-issued-000' }, 'unknown_key'],
      [{}, 'missing'],
      [{ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, 'malformed'],
      [{ 'x-api-key': KEY.slice(0, 10) }, 'malformed'],
      [{ 'x-api-key': KEY, authorization: `Bearer ${OTHER_KEY}` }, 'ambiguous'],
    ];
    for (const [headers, reason] of cases) {
      const { decision, result } = await authorize(event(headers), deps);
      expect(decision, JSON.stringify(headers)).toEqual({ allowed: false, reason });
      expect(result.policyDocument.Statement).toEqual([{ Action: 'execute-api:Invoke', Effect: 'Deny', Resource: STAGE_API }]);
      expect(result.usageIdentifierKey).toBeUndefined();
      expect(JSON.stringify(result)).not.toContain(KEY.slice(0, 10));
    }
  });

  it('refuses a disabled client and fails closed when the registry cannot be read', async () => {
    const disabled = { clients: async () => [{ id: 'app-backend', sha256: hashApiKey(KEY), disabled: true }] };
    expect((await authorize(event({ 'x-api-key': KEY }), disabled)).decision).toEqual({ allowed: false, reason: 'unknown_key' });
    await expect(authorize(event({ 'x-api-key': KEY }), { clients: async () => parseClients('{"clients":[{"id":"x"}]}') })).rejects.toThrow(/invalid/);
    await expect(authorize(event({ 'x-api-key': KEY }), { clients: async () => parseClients('not json') })).rejects.toThrow(/not JSON/);
  });

  it('scopes the policy to the stage so a cached decision covers every /api/* route and nothing else', () => {
    expect(apiResourcePattern(METHOD_ARN)).toBe(STAGE_API);
    const allow = { Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: STAGE_API }] };
    const base = 'arn:aws:execute-api:eu-west-1:111122223333:abc123';
    expect(policyAllows(allow, `${base}/prod/POST/api/generate-video`)).toBe(true);
    expect(policyAllows(allow, `${base}/prod/DELETE/api/jobs/job_1`)).toBe(true);
    expect(policyAllows(allow, `${base}/prod/GET/healthz`)).toBe(false);
    expect(policyAllows(allow, `${base}/staging/GET/api/banuba-filters`)).toBe(false);
    expect(policyAllows(allow, `arn:aws:execute-api:eu-west-1:111122223333:other/prod/GET/api/banuba-filters`)).toBe(false);
    expect(apiResourcePattern('garbage')).toBe('garbage');
  });
});

describe('Function: findClient', () => {
  beforeEach(() => {
    vi.mocked(crypto.timingSafeEqual).mockClear();
  });

  it('compares 32-byte digests with timingSafeEqual against every client, without stopping at the first match', () => {
    const many: ApiClient[] = [{ id: 'app-backend', sha256: hashApiKey(KEY) }, ...Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, sha256: hashApiKey(newApiKey()) }))];
    expect(findClient(KEY, many)?.id).toBe('app-backend');
    const calls = vi.mocked(crypto.timingSafeEqual).mock.calls;
    expect(calls).toHaveLength(many.length);
    for (const [a, b] of calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
    vi.mocked(crypto.timingSafeEqual).mockClear();
    expect(findClient('prk-not-registered-at-all-0000', many)).toBeUndefined();
    expect(vi.mocked(crypto.timingSafeEqual).mock.calls).toHaveLength(many.length);
  });

  it('never compares the key itself, only its digest', () => {
    findClient(KEY, CLIENTS);
    for (const [a] of vi.mocked(crypto.timingSafeEqual).mock.calls) expect((a as Buffer).toString('utf8')).not.toContain(KEY);
  });

  it('issues 67-character alphanumeric keys that are never stored in clear', () => {
    const key = newApiKey();
    expect(key).toMatch(/^prk[0-9a-f]{64}$/);
    expect(hashApiKey(key)).toBe(crypto.createHash('sha256').update(key).digest('hex'));
    expect(credentialFrom({ 'x-api-key': key })).toMatchObject({ ok: true });
  });
});

describe('Function: handler (authorizer Lambda)', () => {
  const sm = mockClient(SecretsManagerClient);
  const doc = (clients: ApiClient[]) => ({ SecretString: JSON.stringify({ clients }) });
  const lambdaEvent = (headers: Record<string, string>): APIGatewayRequestAuthorizerEvent =>
    ({ type: 'REQUEST', methodArn: METHOD_ARN, resource: '/api/video-status/{job_id}', path: '/api/video-status/x', httpMethod: 'GET', headers, requestContext: { requestId: 'req-1' } }) as unknown as APIGatewayRequestAuthorizerEvent;
  let arn = 0;

  beforeEach(() => {
    sm.reset();
    // A fresh secret name per test: the Powertools cache is per name and lives for the module.
    process.env.API_CLIENTS_SECRET_ARN = `arn:aws:secretsmanager:eu-west-1:111122223333:secret:ApiClients-${++arn}`;
    resetConfig();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    delete process.env.API_CLIENTS_SECRET_ARN;
    resetConfig();
  });

  it('reads the registry once per 300 s: revocations and new clients take effect when the cache expires', async () => {
    const { handler } = await import('../../../lambdas/auth/authorizer.js');
    sm.on(GetSecretValueCommand).resolvesOnce(doc(CLIENTS)).resolves(doc([{ id: 'other-app', sha256: hashApiKey(OTHER_KEY) }]));
    for (let i = 0; i < 5; i++) expect((await handler(lambdaEvent({ 'x-api-key': KEY }))).principalId).toBe('app-backend');
    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    vi.setSystemTime(new Date('2026-11-24T10:04:59Z'));
    expect((await handler(lambdaEvent({ authorization: `Bearer ${KEY}` }))).principalId).toBe('app-backend');
    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    vi.setSystemTime(new Date('2026-11-24T10:05:01Z'));
    const revoked = await handler(lambdaEvent({ 'x-api-key': KEY }));
    expect(revoked.policyDocument.Statement).toEqual([expect.objectContaining({ Effect: 'Deny' })]);
    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(2);
    expect(sm.commandCalls(GetSecretValueCommand)[0]!.args[0].input).toEqual({ SecretId: process.env.API_CLIENTS_SECRET_ARN });
  });

  it('logs the decision with the client id and request id, never the key', async () => {
    const { handler } = await import('../../../lambdas/auth/authorizer.js');
    sm.on(GetSecretValueCommand).resolves(doc(CLIENTS));
    const lines: string[] = [];
    const level = logger.getLevelName();
    logger.setLogLevel('INFO');
    const capture = (chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    };
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const writeErr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      await handler(lambdaEvent({ 'x-api-key': KEY }));
      await handler(lambdaEvent({ authorization: `Bearer ${KEY}` }));
      await handler(lambdaEvent({ 'x-api-key': 'prk-this-key-was-never-issued-000' }));
    } finally {
      write.mockRestore();
      writeErr.mockRestore();
      logger.setLogLevel(level);
    }
    const text = lines.join('');
    expect(text).toContain('"client_id":"app-backend"');
    expect(text).toContain('"request_id":"req-1"');
    expect(text).toContain('"reason":"unknown_key"');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('prk-this-key-was-never-issued-000');
  });
});
