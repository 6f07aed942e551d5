/**
 * Keeps docs/integration-guide.md honest: every code block in it is a verbatim quote of a file (or a
 * `region`) under examples/guide, and every one of those is executed here: TypeScript and curl
 * examples against the fake API here; the Python ones (python_client.py, fastapi_receiver.py)
 * against the local service in clients/python/tests, run by test/integration/python-client.test.ts. After editing an example, refresh the quotes with
 * `UPDATE_GUIDE=1 npx vitest run test/unit/examples/guide.test.ts`.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorFromResponse, IdempotencyConflictError, InappropriateTextError, MediaError, NoPetsDetectedError, PetRoastClient, PetRoastNetworkError, ServerError, ValidationError } from '@pet-roast/client';
import { waitForRoast, startRoast } from '../../../examples/guide/background-job.js';
import { createClient } from '../../../examples/guide/client-setup.js';
import * as endpoints from '../../../examples/guide/endpoints.js';
import { explain } from '../../../examples/guide/errors.js';
import { roastUpload } from '../../../examples/guide/upload-detect-generate.js';
import { handlePetRoastCallback } from '../../../examples/guide/webhook-handler.js';
import { NO_PETS_MESSAGE, NO_PETS_SUGGESTION } from '../../../lambdas/domain/errors.js';
import { buildWebhookHeaders, generateWebhookSecret, legacySignature, newWebhookId } from '../../../lambdas/domain/callbacks/signing.js';
import { startFakeApi, type FakeApi } from './support/fake-api.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const GUIDE = path.join(ROOT, 'docs/integration-guide.md');
const GUIDE_DIR = path.join(ROOT, 'examples/guide');

/** `<!-- snippet: examples/guide/x.ts#region -->` followed by one fenced block. */
// A block's body never contains a fence, so an empty placeholder block cannot swallow the next one.
const SNIPPET = /<!-- snippet: (\S+?)(?:#([\w-]+))? -->\n+```(\w+)\n((?:(?!```)[\s\S])*?)\n?```/g;
const FENCE = /```(\w*)\n((?:(?!```)[\s\S])*?)\n?```/g;

function regionOf(file: string, region?: string): string {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  if (!region) return text.trimEnd();
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*(\/\/|#) #?region (\S+)\s*$/.test(l) && l.trim().endsWith(` ${region}`));
  const end = lines.findIndex((l, i) => i > start && /^\s*(\/\/|#) #?endregion (\S+)\s*$/.test(l) && l.trim().endsWith(` ${region}`));
  if (start < 0 || end < 0) throw new Error(`${file} has no region '${region}'`);
  return lines.slice(start + 1, end).join('\n').trimEnd();
}

function regionsIn(file: string): string[] {
  const text = readFileSync(path.join(GUIDE_DIR, file), 'utf8');
  return [...text.matchAll(/^\s*(?:\/\/|#) #?region (\S+)\s*$/gm)].map((m) => m[1]!);
}

if (process.env.UPDATE_GUIDE) {
  const text = readFileSync(GUIDE, 'utf8');
  writeFileSync(GUIDE, text.replace(SNIPPET, (_m, file: string, region: string | undefined, lang: string) =>
    `<!-- snippet: ${file}${region ? `#${region}` : ''} -->\n\`\`\`${lang}\n${regionOf(file, region)}\n\`\`\``));
}

describe('docs/integration-guide.md', () => {
  const guide = readFileSync(GUIDE, 'utf8');
  const snippets = [...guide.matchAll(SNIPPET)].map((m) => ({ file: m[1]!, region: m[2], lang: m[3]!, body: m[4]! }));

  it('quotes every example verbatim from examples/guide', () => {
    expect(snippets.length).toBeGreaterThan(20);
    for (const s of snippets) {
      expect(s.file.startsWith('examples/guide/'), s.file).toBe(true);
      expect(s.body, `${s.file}#${s.region ?? ''} differs from the guide: run UPDATE_GUIDE=1 npx vitest run ${path.relative(ROOT, import.meta.filename)}`).toBe(
        regionOf(s.file, s.region),
      );
    }
  });

  it('quotes every region of every example file at least once', () => {
    const quoted = new Set(snippets.map((s) => `${path.basename(s.file)}#${s.region ?? ''}`));
    for (const file of ['client-setup.ts', 'endpoints.ts', 'upload-detect-generate.ts', 'background-job.ts', 'webhook-handler.ts', 'errors.ts', 'curl.sh', 'python_client.py', 'fastapi_receiver.py']) {
      const regions = regionsIn(file);
      expect(regions.length, file).toBeGreaterThan(0);
      for (const region of regions) expect(quoted.has(`${file}#${region}`), `${file}#${region} is not in the guide`).toBe(true);
    }
  });

  it('has no code block that is not a checked quote (JSON samples must parse)', () => {
    const quotedBodies = new Set(snippets.map((s) => s.body));
    for (const [, lang, body] of guide.matchAll(FENCE)) {
      if (['ts', 'typescript', 'js', 'sh', 'bash', 'shell', 'python', 'py'].includes(lang!)) {
        expect(quotedBodies.has(body!), `unquoted ${lang} block:\n${body!.slice(0, 200)}`).toBe(true);
      } else if (lang === 'json') {
        expect(() => JSON.parse(body!), body).not.toThrow();
      } else {
        expect(['', 'text', 'http'], `code block language '${lang}'`).toContain(lang);
      }
    }
  });

  it('shows the exact no-pet answer (docs/endpoints.md "POST /api/generate-video")', () => {
    expect(guide).toContain(NO_PETS_MESSAGE);
    expect(guide).toContain(NO_PETS_SUGGESTION);
  });
});

describe('integration guide examples (executed)', () => {
  let api: FakeApi;
  let client: PetRoastClient;
  let dir: string;
  let jpeg: Buffer;

  beforeAll(async () => {
    api = await startFakeApi();
    client = createClient({ PET_ROAST_API_URL: api.url, PET_ROAST_API_KEY: api.apiKey });
    dir = await mkdtemp(path.join(tmpdir(), 'pet-roast-guide-'));
    jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#deb887' } }).jpeg().toBuffer();
    await writeFile(path.join(dir, 'dog.jpg'), jpeg);
    await writeFile(path.join(dir, 'aurora.jpg'), jpeg);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const completeJob = async (jobId: string) => {
    for (let i = 0; i < 4; i++) await client.getStatus(jobId);
  };

  it('client setup: needs a key and points at the configured URL', async () => {
    expect(() => createClient({})).toThrow('PET_ROAST_API_KEY');
    await expect(client.health()).resolves.toMatchObject({ status: 'ok' });
  });

  it('client calls, one per endpoint', async () => {
    expect(await endpoints.checkHealth(client)).toBe(true);
    expect(await endpoints.listOperations(client)).toEqual(expect.arrayContaining(['/api/generate-video', '/api/video-status/{job_id}']));
    expect(await endpoints.filtersForDog(client)).toContain('desi-fire: Desi Fire');
    expect(await endpoints.translateToHindi(client)).toBe('[hi] Your dog is a couch potato.');
    const uploadKey = await endpoints.uploadPhoto(client, path.join(dir, 'dog.jpg'));
    expect(api.uploads.get(uploadKey)!.file!.type).toBe('image/jpeg');
    expect(await endpoints.hasPet(client, uploadKey)).toBe(true);
    const jobId = await endpoints.createRoast(client, 'https://cdn.example.com/pets/u123/dog.jpg', 'https://backend.example.com/webhooks/pet-roast');
    expect(api.jobs.get(jobId)!.request).toMatchObject({ language: 'hi', filter_id: 'desi-fire', metadata: { post_id: 'p_981' } });
    expect(await endpoints.showStatus(client, jobId)).toBe('queued 0%');
    await completeJob(jobId);
    expect(await endpoints.videoUrlOf(client, jobId)).toContain(jobId);
    await endpoints.eraseJob(client, jobId);
    expect(api.jobs.has(jobId)).toBe(false);
  });

  it('synchronous upload pattern: upload → detect → generate, and the no-pet answer', async () => {
    const ok = await roastUpload(client, path.join(dir, 'dog.jpg'), 'Roast my lazy dog!', 'p_1');
    expect(ok).toMatchObject({ ok: true, jobId: expect.stringMatching(/^job_/), pets: [{ label: 'dog' }] });
    // Running the whole flow again for the same post re-uploads, so the body differs: the post's key refuses a second job.
    await expect(roastUpload(client, path.join(dir, 'dog.jpg'), 'Roast my lazy dog!', 'p_1')).rejects.toBeInstanceOf(IdempotencyConflictError);
    const noPet = await roastUpload(client, path.join(dir, 'aurora.jpg'), 'Roast my lazy dog!', 'p_2');
    expect(noPet.ok).toBe(false);
    expect(!noPet.ok && noPet.error).toMatchObject({ message: NO_PETS_MESSAGE, suggestion: NO_PETS_SUGGESTION });
  });

  it('background-job pattern: start (idempotent per post), then wait (completed, failed, aborted)', async () => {
    const jobId = await startRoast(client, { id: 'p_7', imageUrl: 'https://cdn.example.com/dog.jpg', text: 'Roast!' });
    expect(await startRoast(client, { id: 'p_7', imageUrl: 'https://cdn.example.com/dog.jpg', text: 'Roast!' })).toBe(jobId);
    expect(api.jobs.get(jobId)!.request.metadata).toEqual({ post_id: 'p_7' });

    // Jobs that finish on the first poll keep the example's 2 s poll interval out of the test's time.
    const done = await startFakeApi({ script: [{ status: 'completed', progress: 100 }] });
    try {
      const c = createClient({ PET_ROAST_API_URL: done.url, PET_ROAST_API_KEY: done.apiKey });
      const doneJob = await startRoast(c, { id: 'p_9', imageUrl: 'https://cdn.example.com/dog.jpg', text: 'Roast!' });
      await expect(waitForRoast(c, doneJob)).resolves.toEqual({ videoUrl: expect.stringContaining(doneJob) });
      const controller = new AbortController();
      controller.abort();
      await expect(waitForRoast(c, doneJob, controller.signal)).rejects.toMatchObject({ code: 'aborted' });
    } finally {
      await done.close();
    }

    const failing = await startFakeApi({ script: [{ status: 'failed', progress: null, detail: 'render rejected' }] });
    try {
      const c = createClient({ PET_ROAST_API_URL: failing.url, PET_ROAST_API_KEY: failing.apiKey });
      const failedJob = await startRoast(c, { id: 'p_8', imageUrl: 'https://cdn.example.com/dog.jpg', text: 'Roast!' });
      await expect(waitForRoast(c, failedJob)).resolves.toEqual({ failed: 'render rejected' });
    } finally {
      await failing.close();
    }
  }, 20_000);

  it('curl examples, run with bash against the fake', async () => {
    // A fresh fake: the client examples above already used the generate example's Idempotency-Key.
    const api = await startFakeApi();
    const client = createClient({ PET_ROAST_API_URL: api.url, PET_ROAST_API_KEY: api.apiKey });
    const env = {
      ...process.env,
      PET_ROAST_API_URL: api.url,
      PET_ROAST_API_KEY: api.apiKey,
      IMAGE_URL: 'https://cdn.example.com/pets/u123/dog.jpg',
      CALLBACK_URL: 'https://backend.example.com/webhooks/pet-roast',
      UPLOAD_KEY: '',
      JOB_ID: '',
    };
    const sh = async (region: string) => {
      const { stdout } = await run('bash', ['-c', `set -euo pipefail\n${regionOf('examples/guide/curl.sh', region)}`], { cwd: dir, env });
      return stdout;
    };
    expect(JSON.parse(await sh('health'))).toMatchObject({ status: 'ok' });
    expect((await sh('openapi')).split('\n')).toContain('/api/generate-video');
    expect(JSON.parse(await sh('filters')).filters.map((f: { id: string }) => f.id)).toContain('desi-fire');
    expect(JSON.parse(await sh('translate'))).toMatchObject({ translated_text: '[hi] Your dog is a couch potato.', target_language: 'hi' });

    env.UPLOAD_KEY = (await sh('upload')).trim().split('\n').at(-1)!;
    expect(api.uploads.get(env.UPLOAD_KEY)!.file).toMatchObject({ name: 'dog.jpg', type: 'image/jpeg' });
    expect(JSON.parse(await sh('detect'))).toMatchObject({ has_pets: true });

    const job = JSON.parse(await sh('generate'));
    expect(job).toMatchObject({ status: 'queued', job_id: expect.stringMatching(/^job_/) });
    expect(api.requests.at(-1)!.headers['idempotency-key']).toBe('post-p_981');
    env.JOB_ID = job.job_id;
    expect(JSON.parse(await sh('status'))).toMatchObject({ job_id: job.job_id, status: 'queued' });
    for (let i = 0; i < 4; i++) await client.getStatus(job.job_id);
    expect(JSON.parse(await sh('result'))).toMatchObject({ status: 'completed', video_url: expect.any(String) });
    expect((await sh('delete')).trim()).toBe('204');
    await api.close();
  }, 20_000);

  it('TypeScript webhook verification: genuine, forged, stale, duplicate, legacy', async () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({
      type: 'video.completed',
      timestamp: '2026-11-24T10:30:00Z',
      data: { job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', status: 'completed', video_url: 'https://v.example.com/x.mp4', detail: null, detected_pets: [], metadata: null, script: 'Meet Bruno: no job, no rent, and still the boss.', writer: 'template', narration: null },
    });
    const handled = new Set<string>();
    const queue: unknown[] = [];
    const handle = (headers: Record<string, string>, raw = body, secrets = [secret]) =>
      handlePetRoastCallback(headers, Buffer.from(raw), secrets, async (id) => handled.has(id) || (handled.add(id), false), async (e) => void queue.push(e));

    const headers = buildWebhookHeaders({ id: newWebhookId(), body, secrets: [secret] });
    expect(await handle(headers)).toBe(200);
    expect(await handle(headers)).toBe(200); // redelivery
    expect(queue).toHaveLength(1);
    expect(await handle(headers, body.replace('x.mp4', 'y.mp4'))).toBe(401);
    expect(await handle(headers, body, [generateWebhookSecret()])).toBe(401);
    const stale = buildWebhookHeaders({ id: newWebhookId(), body, secrets: [secret], now: new Date(Date.now() - 600_000) });
    expect(await handle(stale)).toBe(401);
    expect(await handle({ 'x-revid-signature': legacySignature(body, secret) })).toBe(200);
    expect(await handle({ 'x-revid-signature': legacySignature(body, secret) })).toBe(200);
    expect(queue).toHaveLength(2);
    const notAnEvent = '{"hello":"world"}';
    expect(await handle(buildWebhookHeaders({ id: newWebhookId(), body: notAnEvent, secrets: [secret] }), notAnEvent)).toBe(400);
    await expect(handle(headers, body, ['not base64!'])).rejects.toThrow(TypeError);
  });

  it('error handling example', () => {
    expect(explain(new NoPetsDetectedError())).toEqual({ userMessage: `${NO_PETS_MESSAGE} ${NO_PETS_SUGGESTION}`, tryLater: false });
    expect(explain(new MediaError({ status: 400, code: 'media_unreachable', message: 'The URL answered 404.' }))).toEqual({ userMessage: 'The URL answered 404.', tryLater: false });
    expect(explain(new ServerError({ status: 502, code: 'detector_error', message: 'x' })).tryLater).toBe(true);
    expect(explain(new PetRoastNetworkError({ status: 0, code: 'timeout', message: 'x' })).tryLater).toBe(true);
    expect(explain(new ValidationError({ status: 422, code: 'validation_error', message: 'x' })).tryLater).toBe(false);
    expect(explain(new ServerError({ status: 503, code: 'provider_not_configured', message: 'x' }))).toEqual({ userMessage: 'Roasts are unavailable right now.', tryLater: true });
    const refused = errorFromResponse({ status: 400, bodyText: JSON.stringify({ detail: { error: 'inappropriate_text', message: 'Please rephrase it.', field: 'text' } }) });
    expect(refused).toBeInstanceOf(InappropriateTextError);
    expect(explain(refused)).toEqual({ userMessage: 'Please rephrase it.', tryLater: false });
    expect(() => explain(new Error('boom'))).toThrow('boom');
  });
});
