import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RETRY,
  detectContentType,
  ForbiddenError,
  InvalidResponseError,
  JobNotFoundError,
  MediaError,
  NoPetsDetectedError,
  parseRetryAfterMs,
  PetRoastAbortError,
  PetRoastClient,
  PetRoastError,
  PetRoastNetworkError,
  RateLimitedError,
  ServerError,
  UploadFailedError,
  ValidationError,
  VideoFailedError,
  WaitTimeoutError,
  type PetRoastClientOptions,
  type RetryInfo,
  type VideoStatus,
} from '@pet-roast/client';
import { NO_PETS_MESSAGE, NO_PETS_SUGGESTION } from '../../../lambdas/domain/errors.js';
import { startFakeApi, type FakeApi } from './support/fake-api.js';
import { sendError, sendJson, startTestServer, type FakeHandler, type TestServer } from './support/http-server.js';

const JOB_ID = 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3';
const FAST = { max: 4, baseDelayMs: 1, maxDelayMs: 5 };
const ACCEPTED = { job_id: JOB_ID, status: 'queued', detected_pets: [{ label: 'dog', confidence: 0.93 }], recommended_filters: ['desi-fire'] };

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A fake server whose n-th request (0-based) is answered by `answers[n]` (the last one repeats). */
async function scripted(answers: FakeHandler[]): Promise<TestServer> {
  let n = 0;
  const server = await startTestServer((req, res) => answers[Math.min(n++, answers.length - 1)]!(req, res));
  servers.push(server);
  return server;
}

function clientFor(server: { url: string }, options: Partial<PetRoastClientOptions> = {}): PetRoastClient {
  return new PetRoastClient({ baseUrl: server.url, apiKey: 'test-key', retries: FAST, timeoutMs: 2000, ...options });
}

const generate = (client: PetRoastClient, key?: string) =>
  client.generateVideo({ text: 'Roast my lazy dog!', image_url: 'https://cdn.example.com/dog.jpg' }, { idempotencyKey: key });

const ok202: FakeHandler = (_req, res) => sendJson(res, 202, ACCEPTED);
const fail = (status: number, code = 'internal_error', extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): FakeHandler =>
  (_req, res) => sendError(res, status, code, `failed with ${status}`, extra, headers);

describe('PetRoastClient retries', () => {
  it('retries a 429 after the Retry-After seconds, then succeeds', async () => {
    // Prepare
    const server = await scripted([fail(429, 'rate_limited', {}, { 'retry-after': '1' }), ok202]);
    const retries: RetryInfo[] = [];
    const client = clientFor(server, { onRetry: (info) => retries.push(info) });

    // Act
    const job = await generate(client);

    // Assess
    expect(job.job_id).toBe(JOB_ID);
    expect(server.requests).toHaveLength(2);
    expect(retries).toHaveLength(1);
    expect(retries[0]!.delayMs).toBeGreaterThanOrEqual(1000);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('throws RateLimitedError at once when Retry-After is longer than maxRetryAfterMs', async () => {
    const server = await scripted([fail(429, 'rate_limited', {}, { 'retry-after': '3600' })]);
    const err = await generate(clientFor(server)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err).toMatchObject({ status: 429, code: 'rate_limited', retryAfterS: 3600, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('retries 503 and 500 with backoff, sending the same Idempotency-Key every time', async () => {
    const server = await scripted([fail(503, 'video_provider_error'), fail(500), ok202]);
    const retries: RetryInfo[] = [];
    const client = clientFor(server, { retries: { max: 4, baseDelayMs: 20, maxDelayMs: 30 }, onRetry: (i) => retries.push(i) });

    await generate(client);

    expect(server.requests).toHaveLength(3);
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
    expect(retries.map((r) => r.error.status)).toEqual([503, 500]);
    // Full jitter: each delay lies in [0, min(maxDelay, base × 2^retry)).
    expect(retries[0]!.delayMs).toBeLessThan(20);
    expect(retries[1]!.delayMs).toBeLessThan(30);
  });

  it('uses the caller’s Idempotency-Key and a fresh one per call otherwise', async () => {
    const server = await scripted([ok202]);
    const client = clientFor(server);
    await generate(client, 'post-p_981');
    await generate(client);
    await generate(client);
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toBe('post-p_981');
    expect(keys[1]).not.toBe(keys[2]);
  });

  it('gives up after retries.max retries with a ServerError carrying the detail', async () => {
    const server = await scripted([fail(502, 'detector_error', {}, { 'x-request-id': 'req-502' })]);
    const err = await clientFor(server, { retries: { max: 2, baseDelayMs: 1 } })
      .detectPets({ image_url: 'https://cdn.example.com/dog.jpg' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ status: 502, code: 'detector_error', attempts: 3, requestId: 'req-502' });
    expect((err as PetRoastError).detail).toEqual({ error: 'detector_error', message: 'failed with 502' });
    expect(server.requests).toHaveLength(3);
  });

  it('times out a hanging server, retries, then throws a typed timeout error', async () => {
    const server = await scripted([() => undefined]); // never answers
    const err = await clientFor(server, { timeoutMs: 100, retries: { max: 2, baseDelayMs: 1 } })
      .getStatus(JOB_ID)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PetRoastNetworkError);
    expect(err).toMatchObject({ status: 0, code: 'timeout', attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it('recovers when a hanging attempt is followed by a good one', async () => {
    const server = await scripted([() => undefined, ok202]);
    const job = await generate(clientFor(server, { timeoutMs: 100 }));
    expect(job.status).toBe('queued');
    expect(server.requests[0]!.headers['idempotency-key']).toBe(server.requests[1]!.headers['idempotency-key']);
  });

  it('retries connection errors as network_error', async () => {
    const server = await scripted([ok202]);
    const url = server.url;
    await server.close();
    servers.pop();
    const err = await clientFor({ url }, { retries: { max: 1, baseDelayMs: 1 } }).health().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'network_error', status: 0, attempts: 1 }); // health() is never retried
    const err2 = await clientFor({ url }, { retries: { max: 1, baseDelayMs: 1 } }).listFilters().catch((e: unknown) => e);
    expect(err2).toMatchObject({ code: 'network_error', attempts: 2 });
  });

  it.each([
    [400, 'no_pets_detected', NoPetsDetectedError, { suggestion: NO_PETS_SUGGESTION }],
    [400, 'unsupported_language', PetRoastError, { field: 'language' }],
    [403, 'forbidden', ForbiddenError, {}],
    [404, 'job_not_found', JobNotFoundError, {}],
    [409, 'idempotency_conflict', PetRoastError, {}],
    [422, 'validation_error', ValidationError, { issues: [{ path: 'body.text', message: 'Too small' }] }],
    [503, 'provider_not_configured', ServerError, {}],
  ] as const)('never retries %i %s and exposes the detail', async (status, code, ErrorClass, extra) => {
    const server = await scripted([fail(status, code, extra, { 'x-request-id': 'req-42' })]);
    const err = (await generate(clientFor(server)).catch((e: unknown) => e)) as PetRoastError;
    expect(err).toBeInstanceOf(ErrorClass);
    expect(err).toMatchObject({ status, code, requestId: 'req-42', attempts: 1 });
    expect(err.detail).toMatchObject({ error: code, ...extra });
    expect(server.requests).toHaveLength(1);
  });

  it('exposes suggestion and issues as properties', async () => {
    const server = await scripted([
      fail(400, 'no_pets_detected', { suggestion: NO_PETS_SUGGESTION }),
      fail(422, 'validation_error', { issues: [{ path: 'body.text', message: 'Too small' }] }),
    ]);
    const client = clientFor(server);
    const noPet = (await generate(client).catch((e: unknown) => e)) as NoPetsDetectedError;
    expect(noPet.suggestion).toBe(NO_PETS_SUGGESTION);
    const invalid = (await generate(client).catch((e: unknown) => e)) as ValidationError;
    expect(invalid.issues).toEqual([{ path: 'body.text', message: 'Too small' }]);
  });

  it('turns a non-envelope error body into a useful error', async () => {
    const server = await scripted([(_req, res) => { res.writeHead(400, { 'content-type': 'text/html' }); res.end('<h1>Bad</h1>'); }]);
    const err = await clientFor(server).listFilters().catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, code: 'http_400', message: 'HTTP 400: <h1>Bad</h1>' });
  });

  it('rejects a 2xx body that is not the documented object with InvalidResponseError naming the missing key', async () => {
    const server = await scripted([(_req, res) => sendJson(res, 200, { items: [] })]);
    const err = await clientFor(server).listFilters().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect((err as PetRoastError).issues).toEqual([{ path: 'filters', message: 'Required' }]);
  });

  it('sends the API key and user agent, keeps a stage path and encodes the query', async () => {
    const server = await scripted([(_req, res) => sendJson(res, 200, { filters: [] })]);
    await new PetRoastClient({ baseUrl: `${server.url}/prod/`, apiKey: 'k-1', userAgent: 'my-app/1.0' }).listFilters({ pet: 'dog' });
    const [req] = server.requests;
    expect(req!.url).toBe('/prod/api/banuba-filters?pet=dog');
    expect(req!.headers['x-api-key']).toBe('k-1');
    expect(req!.headers['user-agent']).toBe('my-app/1.0');
  });

  it('returns a degraded deep health check instead of throwing', async () => {
    const body = { status: 'degraded', version: '0.1.0', checks: { table: { ok: false, latency_ms: 5, error: 'timeout' } } };
    const server = await scripted([(_req, res) => sendJson(res, 503, body)]);
    await expect(clientFor(server).health({ deep: true })).resolves.toEqual(body);
    expect(server.requests[0]!.url).toBe('/healthz?deep=true');
  });

  it('throws the envelope of a 503 health answer that is not a health report', async () => {
    const server = await scripted([fail(503, 'provider_not_configured')]);
    await expect(clientFor(server).health()).rejects.toMatchObject({ status: 503, code: 'provider_not_configured' });
  });

  it('treats a 404 on a retried DELETE as already erased, but not on the first attempt', async () => {
    const server = await scripted([fail(500), fail(404, 'job_not_found'), fail(404, 'job_not_found')]);
    const client = clientFor(server);
    await expect(client.deleteJob(JOB_ID)).resolves.toBeUndefined();
    await expect(client.deleteJob(JOB_ID)).rejects.toBeInstanceOf(JobNotFoundError);
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE', 'DELETE']);
  });

  it('stops retrying as soon as the caller aborts', async () => {
    const server = await scripted([fail(503, 'video_provider_error')]);
    const controller = new AbortController();
    const client = clientFor(server, { retries: { max: 10, baseDelayMs: 10_000, maxDelayMs: 10_000 }, onRetry: () => controller.abort() });
    const err = await client.getStatus(JOB_ID, { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PetRoastAbortError);
    // Had the retry loop ignored the abort, a second request would have been sent after its back-off.
    expect(server.requests).toHaveLength(1);
  });
});

describe('retry helpers', () => {
  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-24T10:30:00Z');
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
    expect(parseRetryAfterMs('Tue, 24 Nov 2026 10:30:05 GMT', now)).toBe(5000);
    expect(parseRetryAfterMs('Tue, 24 Nov 2026 10:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });

  it('honours an HTTP-date Retry-After', async () => {
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000).toUTCString();
    const server = await scripted([fail(503, 'video_provider_error', {}, { 'retry-after': at }), ok202]);
    const retries: RetryInfo[] = [];
    await generate(clientFor(server, { onRetry: (i) => retries.push(i) }));
    expect(retries[0]!.delayMs).toBeGreaterThan(0);
    expect(server.requests[1]!.at).toBeGreaterThanOrEqual(Date.parse(at) - 5);
  });

  it('draws full-jitter delays within the doubling window, capped at maxDelayMs', () => {
    expect(backoffDelayMs(0, DEFAULT_RETRY, () => 0.999)).toBe(249);
    expect(backoffDelayMs(3, DEFAULT_RETRY, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(10, DEFAULT_RETRY, () => 0.999)).toBe(7992);
    expect(backoffDelayMs(2, DEFAULT_RETRY, () => 0)).toBe(0);
  });
});

describe('PetRoastClient.waitForVideo', () => {
  let api: FakeApi;
  afterEach(async () => api?.close());

  const newJob = async (client: PetRoastClient) =>
    (await client.generateVideo({ text: 'Roast!', image_url: 'https://cdn.example.com/dog.jpg', metadata: { post_id: 'p_1' } })).job_id;

  it('reports each change once and resolves with the result', async () => {
    api = await startFakeApi({
      script: [
        { status: 'queued', progress: 0 },
        { status: 'queued', progress: 0 },
        { status: 'processing', progress: 40 },
        { status: 'processing', progress: 40 },
        { status: 'processing', progress: 80 },
        { status: 'completed', progress: 100 },
      ],
    });
    const client = clientFor(api);
    const jobId = await newJob(client);
    const seen: VideoStatus[] = [];

    const result = await client.waitForVideo(jobId, { pollIntervalMs: 5, onProgress: (s) => seen.push(s) });

    expect(result).toMatchObject({ job_id: jobId, status: 'completed', video_url: expect.stringContaining(jobId) });
    expect(seen.map((s) => `${s.status}:${s.progress}`)).toEqual(['queued:0', 'processing:40', 'processing:80', 'completed:100']);
    expect(seen[0]!.metadata).toEqual({ post_id: 'p_1' });
  });

  it('keeps waiting through 409 video_not_ready from the result endpoint', async () => {
    api = await startFakeApi({ script: [{ status: 'completed', progress: 100 }], resultNotReadyTimes: 2 });
    const client = clientFor(api);
    const jobId = await newJob(client);
    const result = await client.waitForVideo(jobId, { pollIntervalMs: 5 });
    expect(result.status).toBe('completed');
    const results = api.requests.filter((r) => r.path.startsWith('/api/video-result/'));
    expect(results).toHaveLength(3);
  });

  it('throws VideoFailedError with the reason when the job fails', async () => {
    api = await startFakeApi({ script: [{ status: 'processing', progress: 10 }, { status: 'failed', progress: null, detail: 'provider rejected the render' }] });
    const client = clientFor(api);
    const err = await client.waitForVideo(await newJob(client), { pollIntervalMs: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VideoFailedError);
    expect(err).toMatchObject({ code: 'video_failed', reason: 'provider rejected the render' });
  });

  it('throws WaitTimeoutError with the last status after timeoutMs', async () => {
    api = await startFakeApi({ script: [{ status: 'processing', progress: 50 }] });
    const client = clientFor(api);
    const err = await client.waitForVideo(await newJob(client), { pollIntervalMs: 5, timeoutMs: 150 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(err).toMatchObject({ code: 'wait_timeout', lastStatus: 'processing' });
  });

  it('honours an abort signal during the wait', async () => {
    api = await startFakeApi({ script: [{ status: 'queued', progress: 0 }] });
    const client = clientFor(api);
    const jobId = await newJob(client);
    const controller = new AbortController();
    let polls = 0;
    const waiting = client.waitForVideo(jobId, { pollIntervalMs: 10_000, signal: controller.signal, onProgress: () => { polls++; setTimeout(() => controller.abort(), 20); } });
    await expect(waiting).rejects.toBeInstanceOf(PetRoastAbortError);
    // The abort ended the wait before the next poll (the job stays queued forever, so only the abort can end it).
    expect(polls).toBe(1);
  });

  it('fails at once on an unknown job (404 is not retried)', async () => {
    api = await startFakeApi();
    const err = await clientFor(api).waitForVideo(JOB_ID, { pollIntervalMs: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobNotFoundError);
    expect(api.requests).toHaveLength(1);
  });

  it('grows the poll interval while nothing changes', async () => {
    api = await startFakeApi({
      script: [...Array.from({ length: 5 }, () => ({ status: 'queued' as const, progress: 0 })), { status: 'completed', progress: 100 }],
    });
    const client = clientFor(api);
    await client.waitForVideo(await newJob(client), { pollIntervalMs: 10, maxPollIntervalMs: 40 });
    const polls = api.requests.filter((r) => r.path.startsWith('/api/video-status/')).map((r) => r.at);
    const gaps = polls.slice(1).map((t, i) => t - polls[i]!);
    expect(gaps.at(-1)!).toBeGreaterThanOrEqual(gaps[0]!);
    expect(gaps.at(-1)!).toBeGreaterThanOrEqual(30);
  });
});

describe('PetRoastClient.uploadMedia', () => {
  let api: FakeApi;
  let dir: string;
  let png: Buffer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pet-roast-client-'));
    png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#a0522d' } }).png().toBuffer();
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  afterEach(async () => api?.close());

  it('posts the presigned fields, then the file, as multipart/form-data without the API key', async () => {
    api = await startFakeApi();
    const file = path.join(dir, 'rex.png');
    await writeFile(file, png);

    const key = await clientFor(api).uploadMedia(file);

    expect(JSON.parse(api.requests[0]!.body.toString())).toEqual({ content_type: 'image/png' });
    const post = api.requests.find((r) => r.path === '/_storage')!;
    expect(post.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(post.headers['x-api-key']).toBeUndefined();
    const raw = post.body.toString('latin1');
    const names = [...raw.matchAll(/; name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['key', 'Content-Type', 'Policy', 'X-Amz-Algorithm', 'X-Amz-Signature', 'file']);
    expect(raw).toContain('filename="rex.png"');
    const stored = api.uploads.get(key)!;
    expect(stored.file).toMatchObject({ name: 'rex.png', type: 'image/png' });
    expect(stored.file!.bytes.equals(png)).toBe(true);
    await expect(clientFor(api).detectPets({ upload_key: key })).resolves.toMatchObject({ has_pets: true });
  });

  it('accepts a Buffer or a Readable and names the part after the sniffed type', async () => {
    api = await startFakeApi();
    const client = clientFor(api);
    const fromBuffer = await client.uploadMedia(png);
    const fromStream = await client.uploadMedia(Readable.from([png.subarray(0, 10), png.subarray(10)]));
    expect(api.uploads.get(fromBuffer)!.file!.name).toBe('upload.png');
    expect(api.uploads.get(fromStream)!.file!.bytes.equals(png)).toBe(true);
  });

  it('uses an explicit contentType as given', async () => {
    api = await startFakeApi();
    const key = await clientFor(api).uploadMedia(png, { contentType: 'image/png' });
    expect(api.uploads.get(key)!.fields['Content-Type']).toBe('image/png');
  });

  it('refuses a recognised but unsupported format locally, before any request', async () => {
    api = await startFakeApi();
    const m4b = Buffer.concat([Buffer.from([0, 0, 0, 28]), Buffer.from('ftypM4B \0\0\0\0M4B mp42isom', 'latin1')]);
    const err = await clientFor(api).uploadMedia(m4b).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MediaError);
    expect(err).toMatchObject({ code: 'unsupported_media_type' });
    expect(api.requests).toHaveLength(0);
  });

  it('uploads an iPhone HEIC as image/heic (the service decodes it with libheif)', () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
    expect(detectContentType(heic, 'IMG_0001.HEIC')).toBe('image/heic');
  });

  it('falls back to the extension only for bytes the sniffer does not know', () => {
    const unknown = Buffer.from([0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(detectContentType(unknown, 'clip.mp4')).toBe('video/mp4');
    expect(() => detectContentType(Buffer.from('hello world, this is text'), 'x.jpg')).toThrow(MediaError);
    expect(detectContentType(png, 'misnamed.mp4')).toBe('image/png');
  });

  it('reports a storage refusal as UploadFailedError without retrying it', async () => {
    const server = await scripted([
      (req, res) =>
        sendJson(res, 201, { upload_key: 'uploads/k1', url: `http://${req.headers.host}/bucket`, fields: { key: 'uploads/k1' }, expires_in: 900, max_bytes: 1024 }),
      (_req, res) => {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end('<Error><Code>AccessDenied</Code><Message>Policy Condition failed</Message></Error>');
      },
    ]);
    const err = await clientFor(server).uploadMedia(png).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadFailedError);
    expect(err).toMatchObject({ status: 403, code: 'upload_failed', message: expect.stringContaining('AccessDenied: Policy Condition failed') });
    expect(server.requests.map((r) => r.path)).toEqual(['/api/uploads', '/bucket']);
  });

  it('refuses a file larger than the presigned max_bytes before posting it', async () => {
    const server = await scripted([
      (req, res) =>
        sendJson(res, 201, { upload_key: 'uploads/k2', url: `http://${req.headers.host}/bucket`, fields: { key: 'uploads/k2' }, expires_in: 900, max_bytes: 10 }),
    ]);
    const err = await clientFor(server).uploadMedia(png).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'media_too_large', status: 0 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('PetRoastClient against the fake API', () => {
  let api: FakeApi;
  beforeAll(async () => {
    api = await startFakeApi();
  });
  afterAll(async () => api.close());

  it('translates, lists filters and reports the exact no-pet error', async () => {
    const client = clientFor(api);
    await expect(client.translate({ text: 'Lazy dog', source_lang: 'en', target_lang: 'hi' })).resolves.toMatchObject({
      translated_text: '[hi] Lazy dog',
      task: 'translation',
    });
    const { filters } = await client.listFilters({ pet: 'dog' });
    expect(filters.map((f) => f.id)).toContain('desi-fire');
    const err = (await client
      .generateVideo({ text: 'Roast!', image_url: 'https://cdn.example.com/aurora.jpg' })
      .catch((e: unknown) => e)) as NoPetsDetectedError;
    expect(err).toBeInstanceOf(NoPetsDetectedError);
    expect(err.message).toBe(NO_PETS_MESSAGE);
    expect(err.suggestion).toBe(NO_PETS_SUGGESTION);
  });

  it('gets 409 idempotency_conflict when a key is reused with another body', async () => {
    const client = clientFor(api);
    await client.generateVideo({ text: 'One', image_url: 'https://cdn.example.com/dog.jpg' }, { idempotencyKey: 'k-conflict' });
    const err = await client
      .generateVideo({ text: 'Two', image_url: 'https://cdn.example.com/dog.jpg' }, { idempotencyKey: 'k-conflict' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 409, code: 'idempotency_conflict' });
  });
});
