import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, call } from '../support/runtime.js';
import { ensureModels } from '../../models/setup.js';

let runtime: Awaited<ReturnType<typeof startTestRuntime>>;

beforeAll(async () => {
  await ensureModels();
  runtime = await startTestRuntime();
});
afterAll(async () => runtime?.stop());

describe('Local runtime: foundation endpoints', () => {
  it('answers /healthz without a key with the package version', async () => {
    const res = await call(runtime, 'GET', '/healthz', { key: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('checks the table, both queues and the detector on /healthz?deep=true', async () => {
    const res = await call(runtime, 'GET', '/healthz?deep=true', { key: null });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.checks).sort()).toEqual(['detector', 'notify_queue', 'render_queue', 'table']);
    for (const check of Object.values<{ ok: boolean }>(res.body.checks)) expect(check.ok).toBe(true);
  });

  it('refuses /api/banuba-filters without a key (403 envelope) and with a wrong key', async () => {
    for (const key of [null, 'wrong-key']) {
      const res = await call(runtime, 'GET', '/api/banuba-filters', { key });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ detail: { error: 'forbidden', message: expect.any(String) } });
    }
  });

  it('lists the catalogue with the key, including the three launch filters', async () => {
    const res = await call(runtime, 'GET', '/api/banuba-filters');
    expect(res.status).toBe(200);
    const ids = res.body.filters.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['desi-fire', 'pet-maharaja', 'bollywood-burn']));
    expect(res.body.filters.find((f: { id: string }) => f.id === 'desi-fire')).toMatchObject({
      name: 'Desi Fire',
      description: expect.stringMatching(/spicy overlays and glow effects/i),
      pets: expect.arrayContaining(['dog', 'cat']),
      tags: expect.any(Array),
    });
  });

  it('filters by pet, best first, and rejects an unknown pet with 422', async () => {
    const birds = await call(runtime, 'GET', '/api/banuba-filters?pet=bird');
    expect(birds.status).toBe(200);
    expect(birds.body.filters[0].id).toBe('rangoli-wings');
    for (const f of birds.body.filters) expect(f.pets).toContain('bird');
    const bad = await call(runtime, 'GET', '/api/banuba-filters?pet=unicorn');
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toMatchObject({ error: 'validation_error', issues: [{ path: 'query.pet', message: expect.any(String) }] });
  });

  it('echoes a caller-supplied x-request-id and generates one otherwise', async () => {
    const mine = await call(runtime, 'GET', '/healthz', { key: null, headers: { 'x-request-id': 'req-abc.123' } });
    expect(mine.headers.get('x-request-id')).toBe('req-abc.123');
    const a = await call(runtime, 'GET', '/healthz', { key: null });
    const b = await call(runtime, 'GET', '/healthz', { key: null });
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it('answers unknown routes with 404 in the envelope', async () => {
    const res = await call(runtime, 'GET', '/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.detail.error).toBe('not_found');
  });

  it('serves an OpenAPI 3.1 document generated from the schemas', async () => {
    const res = await call(runtime, 'GET', '/openapi.json', { key: null });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const filters = res.body.paths['/api/banuba-filters'].get;
    expect(filters.parameters).toEqual([expect.objectContaining({ name: 'pet', in: 'query' })]);
    expect(filters.parameters[0].required).not.toBe(true);
    expect(filters.security).toEqual([{ ApiKey: [] }, { BearerKey: [] }]);
    expect(res.body.components.securitySchemes.BearerKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(res.body.paths['/healthz'].get.security).toEqual([]);
  });

  it('answers CORS preflights without a key', async () => {
    const res = await fetch(`${runtime.url}/api/banuba-filters`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('x-api-key');
  });
});
