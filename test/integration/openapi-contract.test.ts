import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONAL_ROUTES, ROUTES } from '../../lambdas/domain/routes.js';
import { REPO_ROOT } from '../../local/runtime.js';
import { ensureModels } from '../../models/setup.js';
import { openApiValidator } from '../support/openapi-validator.js';
import { call, startTestRuntime } from '../support/runtime.js';
import { runScript } from '../support/scripts.js';
import { PETS_EVAL } from '../support/shared-data.js';
import { zipOf } from '../support/zip.js';

const run = promisify(execFile);
const DOG_PHOTO = path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg');
const EXAMPLES_FILE = path.join(REPO_ROOT, 'lambdas/domain/openapi-examples.json');
const RECORD = process.env.RECORD_OPENAPI_EXAMPLES === '1';

let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
let document: Record<string, any>;
let validator: ReturnType<typeof openApiValidator>;
/** `${method} ${path template}` → statuses seen live and checked. */
const seen = new Map<string, Set<number>>();
const recorded: Record<string, unknown> = {};

beforeAll(async () => {
  await ensureModels();
  runtime = await startTestRuntime();
  const res = await call(runtime, 'GET', '/openapi.json', { key: null });
  expect(res.status).toBe(200);
  document = res.body;
  validator = openApiValidator(document);
});
afterAll(async () => {
  if (RECORD) await writeFile(EXAMPLES_FILE, `${JSON.stringify(recorded, null, 2)}\n`);
  await runtime?.stop();
});

/** Calls the live service and checks the answer against the document; returns it. */
async function checked(
  method: string,
  template: string,
  options: Parameters<typeof call>[3] & { params?: Record<string, string>; query?: string; example?: string } = {},
) {
  let url = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? `missing-${name}`));
  if (options.query) url += `?${options.query}`;
  const res = await call(runtime, method, url, options);
  const problems = validator.check(method, template, res);
  expect(problems, `${method} ${url} → ${res.status} ${res.text.slice(0, 300)}`).toEqual([]);
  expect(res.headers.get('x-request-id')).toBeTruthy();
  const route = ROUTES.find((r) => r.method === method && r.path === template);
  const key = `${method} ${template}`;
  (seen.get(key) ?? seen.set(key, new Set()).get(key)!).add(res.status);
  // Shared errors are recorded once as `error.<status>`; an explicit `example` name wins over the first answer seen.
  const shared = [403, 413, 422, 500, 502, 504].includes(res.status);
  if (route && route.id !== 'OpenApi' && res.body !== undefined) {
    if (options.example) recorded[options.example] = res.body;
    else recorded[shared ? `error.${res.status}` : `${route.id}.${res.status}`] ??= res.body;
  }
  if (route && options.body !== undefined && res.status < 300) recorded[`${route.id}.request`] ??= options.body;
  return res;
}

describe('OpenAPI document', () => {
  it('passes `redocly lint` (recommended ruleset, redocly.yaml) with no errors and no warnings', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const { stdout, stderr } = await run(
        'npx',
        ['--no-install', 'redocly', 'lint', file, '--config', path.join(REPO_ROOT, 'redocly.yaml'), '--format', 'stylish'],
        { cwd: REPO_ROOT, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
      ).catch((err: { stdout: string; stderr: string }) => {
        throw new Error(`redocly lint failed:\n${err.stdout}\n${err.stderr}`);
      });
      expect(`${stdout}${stderr}`).toMatch(/Your API description is valid/);
      expect(`${stdout}${stderr}`).not.toMatch(/\b(error|warning)\s{2}/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('has only named components: every $ref points into #/components and resolves', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    expect(JSON.stringify(document)).not.toContain('$defs');
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/(schemas|parameters|headers)\//);
      const [, , kind, name] = ref.split('/');
      expect(document.components[kind!][name!], ref).toBeDefined();
    }
  });

  it('describes every route of the table, its headers, security and the completion callback', () => {
    for (const route of ROUTES) {
      const op = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      for (const status of [429, 500, 502, 504]) expect(op.responses[status], `${route.id} ${status}`).toBeDefined();
      if (route.method === 'POST') expect(op.responses[413], `${route.id} 413`).toBeDefined();
      if (route.auth === 'api-key') expect(op.security).toEqual([{ ApiKey: [] }, { BearerKey: [] }]);
      else expect(op.security).toEqual([]);
      for (const response of Object.values<any>(op.responses)) expect(response.headers['x-request-id'].required).toBe(true);
    }
    // Deliberately left out: opt-in routes (the playground page, HTML) differ per deployment, the document does not (docs/api-contract.md).
    for (const route of OPTIONAL_ROUTES) expect(document.paths[route.path], route.path).toBeUndefined();
    const generate = document.paths['/api/generate-video'].post;
    expect(generate.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'Idempotency-Key' }));
    const hook = document.webhooks.videoCompleted.post;
    expect(hook.parameters.map((p: { name: string }) => p.name)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature', 'x-revid-signature']);
    expect(hook.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CallbackEvent' });
    expect(document.servers.map((s: { url: string }) => s.url)).toContain(runtime.url);
    expect(document.components.securitySchemes).toMatchObject({ ApiKey: { in: 'header', name: 'x-api-key' }, BearerKey: { scheme: 'bearer' } });
  });
});

describe('live answers of every route conform to the document (ajv)', () => {
  it('generic answers of every route: 403 without the key, 422 on bad input, 413 on a huge body', async () => {
    for (const route of ROUTES) {
      if (route.auth === 'api-key') {
        const res = await checked(route.method, route.path, { key: null, params: { job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3' } });
        expect(res.status, route.id).toBe(403);
      }
      if (route.method === 'POST' && route.request?.body) {
        const res = await checked(route.method, route.path, { raw: '{"not valid json' });
        expect(res.status, route.id).toBe(422);
        const big = await checked(route.method, route.path, { raw: JSON.stringify({ text: 'x'.repeat(300 * 1024) }) });
        expect(big.status, route.id).toBe(413);
      }
      if (route.request?.path) {
        const res = await checked(route.method, route.path, { params: { job_id: 'not-a-job', asset: 'not-an-asset' } });
        expect([404, 422], route.id).toContain(res.status);
      }
    }
  }, 60_000);

  it('operations, filters and translation', async () => {
    expect((await checked('GET', '/healthz', { key: null })).status).toBe(200);
    expect([200, 503]).toContain((await checked('GET', '/healthz', { key: null, query: 'deep=true' })).status);
    expect((await checked('GET', '/openapi.json', { key: null })).status).toBe(200);
    const page = await checked('GET', '/docs', { key: null });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const script = /<script src="([^"]+)"/.exec(page.text)?.[1];
    expect(script).toMatch(/^docs\/scalar-[\w.-]+\.js$/);
    const asset = await checked('GET', '/docs/{asset}', { key: null, params: { asset: script!.slice('docs/'.length) } });
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.text).toContain('createApiReference');
    expect((await checked('GET', '/api/banuba-filters', { query: 'pet=dog' })).status).toBe(200);
    const bearer = await checked('GET', '/api/banuba-filters', { key: null, headers: { authorization: `Bearer ${runtime.apiKey}` } });
    expect(bearer.status).toBe(200);
    // The AR Cloud manifest with one published effect: public (the Banuba SDK sends no key); a wrong id is the unknown-route 404.
    const dir = await mkdtemp(path.join(tmpdir(), 'contract-effect-'));
    try {
      await writeFile(path.join(dir, 'effect.zip'), await zipOf({ 'config.json': '{}' }));
      await writeFile(path.join(dir, 'preview.png'), await sharp({ create: { width: 16, height: 16, channels: 3, background: '#f80' } }).png().toBuffer());
      const added = await runScript('scripts/effects.ts', ['add', 'desi-fire', path.join(dir, 'effect.zip'), path.join(dir, 'preview.png')]);
      expect(added.code, added.stderr).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const arCloudId = new URL(runtime.arCloudManifestUrl).pathname.split('/').pop()!;
    const manifest = await checked('GET', '/v1/effects/{uuid}', { key: null, params: { uuid: arCloudId } });
    expect(manifest.status).toBe(200);
    expect(manifest.body.effects).toHaveLength(1);
    expect((await checked('GET', '/api/banuba-filters', { query: 'pet=cat', example: 'BanubaFilters.200' })).body.filters).toContainEqual(
      expect.objectContaining({ id: 'desi-fire', ar_cloud: true, preview_url: expect.any(String) }),
    );
    expect((await checked('GET', '/v1/effects/{uuid}', { key: null, params: { uuid: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404);
    expect((await checked('POST', '/api/translate-text', { body: { text: 'Your dog is a couch potato.', source_lang: 'en', target_lang: 'hi' } })).status).toBe(200);
    const unsupported = await checked('POST', '/api/translate-text', { body: { text: 'Hi', source_lang: 'en', target_lang: 'xx' } });
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.detail).toMatchObject({ error: 'unsupported_language', field: 'target_lang' });
    expect((await checked('POST', '/webhooks/revid', { key: null, body: {} })).status).toBe(403);
  }, 60_000);

  it('the upload → detect → generate → status → result → delete flow, idempotency and errors', async () => {
    const upload = await checked('POST', '/api/uploads', { body: { content_type: 'image/jpeg' } });
    expect(upload.status).toBe(201);
    const form = new FormData();
    for (const [k, v] of Object.entries<string>(upload.body.fields)) form.append(k, v);
    form.append('file', new Blob([await readFile(DOG_PHOTO)], { type: 'image/jpeg' }), 'dog.jpg');
    expect((await fetch(upload.body.url, { method: 'POST', body: form })).status).toBeLessThan(300);
    const uploadKey: string = upload.body.upload_key;

    const detect = await checked('POST', '/api/detect-pets', { body: { upload_key: uploadKey } });
    expect(detect.status).toBe(200);
    expect(detect.body.has_pets).toBe(true);
    const missing = await checked('POST', '/api/detect-pets', { body: { upload_key: 'uploads/none/missing.jpg' } });
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect(missing.status).toBeLessThan(500);

    const body = { text: 'Roast my lazy dog who sleeps all day!', upload_key: uploadKey, metadata: { order: '42' } };
    const idem = { 'Idempotency-Key': `contract-${Date.now()}` };
    const created = await checked('POST', '/api/generate-video', { body, headers: idem });
    expect(created.status).toBe(202);
    const replay = await checked('POST', '/api/generate-video', { body, headers: idem });
    expect(replay.body.job_id).toBe(created.body.job_id);
    const conflict = await checked('POST', '/api/generate-video', { body: { ...body, text: 'Another roast' }, headers: idem });
    expect(conflict.status).toBe(409);
    const badCallback = await checked('POST', '/api/generate-video', { body: { ...body, callback_url: 'not a url' }, example: 'error.422' });
    expect(badCallback.status).toBe(422);

    const jobId: string = created.body.job_id;
    let status = await checked('GET', '/api/video-status/{job_id}', { params: { job_id: jobId } });
    const notReady = await checked('GET', '/api/video-result/{job_id}', { params: { job_id: jobId } });
    expect([200, 409]).toContain(notReady.status);
    // The local runtime renders with the built-in renderer (a real video): on a loaded 2-core machine that can
    // take minutes, so the ceiling is generous; the loop ends as soon as the job is terminal.
    const deadline = Date.now() + 240_000;
    while (!['completed', 'failed'].includes(status.body.status) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      status = await checked('GET', '/api/video-status/{job_id}', { params: { job_id: jobId } });
    }
    expect(status.body.status, JSON.stringify(status.body)).toBe('completed');
    recorded['VideoStatus.200'] = status.body;
    const result = await checked('GET', '/api/video-result/{job_id}', { params: { job_id: jobId } });
    expect(result.status).toBe(200);
    // The callback example: the same job's event, assembled from its live answers (as callbackBody builds it).
    recorded['callback.request'] ??= {
      type: 'video.completed',
      timestamp: status.body.updated_at,
      data: {
        job_id: jobId,
        status: 'completed',
        video_url: result.body.video_url,
        detail: status.body.detail,
        detected_pets: created.body.detected_pets,
        metadata: status.body.metadata,
        script: status.body.script,
        writer: status.body.writer,
        script_subject: status.body.script_subject,
      },
    };
    expect((await checked('DELETE', '/api/jobs/{job_id}', { params: { job_id: jobId } })).status).toBe(204);
    expect((await checked('GET', '/api/video-status/{job_id}', { params: { job_id: jobId } })).status).toBe(404);
  }, 300_000);

  it('every route of the table was called live, and every example in the document matches its schema', () => {
    for (const route of ROUTES) expect(seen.get(`${route.method} ${route.path}`)?.size ?? 0, `${route.id} never called`).toBeGreaterThan(0);
    const success = ROUTES.filter((r) => r.id !== 'RevidWebhook');
    for (const route of success) {
      const ok = Object.keys(route.responses).map(Number).filter((s) => s < 300);
      expect([...(seen.get(`${route.method} ${route.path}`) ?? [])].some((s) => ok.includes(s)), `${route.id}: no success answer checked`).toBe(true);
    }
    // Examples in the document are recorded answers; each must still match its schema.
    let examples = 0;
    for (const [p, item] of Object.entries<any>(document.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        for (const [status, response] of Object.entries<any>(op.responses)) {
          const media = response.content?.['application/json'];
          if (media?.example === undefined) continue;
          examples++;
          expect(validator.check(method, p, { status: Number(status), headers: new Headers({ 'x-request-id': 'x' }), body: media.example })).toEqual([]);
        }
      }
    }
    if (!RECORD) expect(examples).toBeGreaterThanOrEqual(10);
    const callback = document.webhooks.videoCompleted.post.requestBody.content['application/json'].example;
    if (!RECORD) expect(validator.checkComponent('CallbackEvent', callback)).toEqual([]);
  });
});
