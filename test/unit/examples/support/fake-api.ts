/**
 * An in-memory FAKE of the Pet Roast HTTP API (docs/endpoints.md, docs/api-contract.md) for the example client, CLI and guide tests.
 * It validates every request with the service's own zod schemas and answers with the documented
 * envelopes, so a client or a curl example that passes here speaks the real contract. It is not the
 * service: detection is decided by `isPet`, and jobs advance one step per status poll.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { ulid } from 'ulid';
import type { z } from 'zod';
import { NO_PETS_MESSAGE, NO_PETS_SUGGESTION } from '../../../../lambdas/domain/errors.js';
import { FilterCatalogue } from '../../../../lambdas/domain/filters.js';
import { isLanguageCode } from '../../../../lambdas/domain/languages.js';
import { buildOpenApi } from '../../../../lambdas/domain/openapi.js';
import { FiltersQuery } from '../../../../lambdas/domain/schemas/filters.js';
import { JobId } from '../../../../lambdas/domain/schemas/common.js';
import { DetectPetsRequest, UploadRequest } from '../../../../lambdas/domain/schemas/media.js';
import { TranslateRequestSchema } from '../../../../lambdas/domain/schemas/translate.js';
import { GenerateVideoRequest, type JobStatus } from '../../../../lambdas/domain/schemas/jobs.js';
import { sendError, sendJson, startTestServer, type RecordedRequest, type TestServer } from './http-server.js';

/** The roast the fake reports once a job is past `queued`. */
const FAKE_SCRIPT = 'Meet this dog: no job, no rent, and somehow still the boss of this entire house. Still, we love you, this dog. Mostly.';

export interface FakeMediaSource {
  upload?: { bytes: Buffer; filename: string; contentType: string };
  url?: string;
}

export interface FakeApiOptions {
  apiKey?: string;
  /** Whether a media source shows a pet (default: yes unless the file name or URL mentions "aurora"). */
  isPet?: (source: FakeMediaSource) => boolean;
  /** The states a job walks through, one per status poll (default queued → processing 30/70 → completed). */
  script?: Array<{ status: JobStatus; progress: number | null; detail?: string | null }>;
  /** Make result reads answer 409 `video_not_ready` this many times after the job completed. */
  resultNotReadyTimes?: number;
}

export interface FakeJob {
  job_id: string;
  request: z.output<typeof GenerateVideoRequest>;
  step: number;
  resultNotReady: number;
}

export interface FakeApi extends TestServer {
  apiKey: string;
  uploads: Map<string, { fields: Record<string, string>; file?: { name: string; type: string; bytes: Buffer } }>;
  jobs: Map<string, FakeJob>;
  /** Requests to the API, storage posts excluded. */
  apiRequests(): RecordedRequest[];
}

const DEFAULT_SCRIPT: NonNullable<FakeApiOptions['script']> = [
  { status: 'queued', progress: 0 },
  { status: 'processing', progress: 30 },
  { status: 'processing', progress: 70 },
  { status: 'completed', progress: 100 },
];

const catalogue = FilterCatalogue.load();

const issuesOf = (error: z.ZodError, where: string) =>
  error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function parseJson(req: RecordedRequest): unknown {
  try {
    return req.body.length ? JSON.parse(req.body.toString('utf8')) : undefined;
  } catch {
    return Symbol.for('invalid-json');
  }
}

/** Starts the fake on a loopback port. */
export async function startFakeApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  const apiKey = options.apiKey ?? 'test-key';
  const isPet = options.isPet ?? ((s: FakeMediaSource) => !/aurora/i.test(s.upload?.filename ?? s.url ?? ''));
  const script = options.script ?? DEFAULT_SCRIPT;
  const uploads: FakeApi['uploads'] = new Map();
  const jobs = new Map<string, FakeJob>();
  const idempotency = new Map<string, { hash: string; body: unknown }>();
  let baseUrl = '';

  const validate = <S extends z.ZodType>(res: ServerResponse, schema: S, value: unknown, where: string): z.output<S> | undefined => {
    if (value === Symbol.for('invalid-json')) {
      sendError(res, 422, 'validation_error', 'The request does not match the schema.', { issues: [{ path: 'body', message: 'Body is not valid JSON.' }] });
      return undefined;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    sendError(res, 422, 'validation_error', 'The request does not match the schema.', { issues: issuesOf(parsed.error, where) });
    return undefined;
  };

  /** Resolves a media source; answers 400 itself when an upload_key names nothing uploaded. */
  const sourceOf = (res: ServerResponse, body: { image_url?: string; video_url?: string; upload_key?: string }): FakeMediaSource | undefined => {
    if (body.upload_key !== undefined) {
      const file = uploads.get(body.upload_key)?.file;
      if (!file) {
        sendError(res, 400, 'invalid_media', `Nothing was uploaded under upload_key '${body.upload_key}'.`);
        return undefined;
      }
      return { upload: { bytes: file.bytes, filename: file.name, contentType: file.type } };
    }
    return { url: body.image_url ?? body.video_url };
  };

  const server = await startTestServer(async (req, res) => {
    const requestId = typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID();
    res.setHeader('x-request-id', requestId);
    const route = `${req.method} ${req.path}`;

    if (route === 'POST /_storage') {
      const form = await new Request(`${baseUrl}/_storage`, {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type']) },
        body: req.body,
      }).formData();
      const key = form.get('key');
      const pending = typeof key === 'string' ? uploads.get(key) : undefined;
      const file = form.get('file');
      if (!pending || !(file instanceof Blob)) {
        res.writeHead(400, { 'content-type': 'application/xml' });
        res.end('<Error><Code>InvalidArgument</Code><Message>Bad form</Message></Error>');
        return;
      }
      if (form.get('Content-Type') !== (file as Blob).type) {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end('<Error><Code>AccessDenied</Code><Message>Policy Condition failed: Content-Type</Message></Error>');
        return;
      }
      pending.file = { name: (file as File).name, type: file.type, bytes: Buffer.from(await file.arrayBuffer()) };
      res.writeHead(204);
      res.end();
      return;
    }

    if (route === 'GET /healthz') {
      const deep = req.query.get('deep') === 'true';
      return sendJson(res, 200, { status: 'ok', version: '0.1.0', ...(deep ? { checks: { table: { ok: true, latency_ms: 3 } } } : {}) });
    }

    if (route === 'GET /openapi.json') return sendJson(res, 200, buildOpenApi('0.1.0'));

    if (req.path.startsWith('/api/') && req.headers['x-api-key'] !== apiKey) {
      return sendError(res, 403, 'forbidden', 'Missing or invalid API key.');
    }

    if (route === 'GET /api/banuba-filters') {
      const query = validate(res, FiltersQuery, Object.fromEntries(req.query), 'query');
      // No effect is published to AR Cloud in the fake (docs/ar-cloud.md).
      if (query) sendJson(res, 200, { filters: catalogue.list(query.pet).map((f) => ({ ...f, ar_cloud: false, preview_url: null })) });
      return;
    }

    if (route === 'POST /api/uploads') {
      const body = validate(res, UploadRequest, parseJson(req), 'body');
      if (!body) return;
      const uploadKey = `uploads/${randomUUID()}`;
      const fields = {
        key: uploadKey,
        'Content-Type': body.content_type,
        Policy: Buffer.from(JSON.stringify({ conditions: [['eq', '$Content-Type', body.content_type]] })).toString('base64'),
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Signature': 'fake-signature',
      };
      uploads.set(uploadKey, { fields });
      const maxBytes = body.content_type.startsWith('video/') ? 100 * 1024 * 1024 : 15 * 1024 * 1024;
      return sendJson(res, 201, { upload_key: uploadKey, url: `${baseUrl}/_storage`, fields, expires_in: 900, max_bytes: maxBytes });
    }

    if (route === 'POST /api/detect-pets') {
      const body = validate(res, DetectPetsRequest, parseJson(req), 'body');
      if (!body) return;
      const source = sourceOf(res, body);
      if (!source) return;
      const pet = isPet(source);
      return sendJson(res, 200, {
        has_pets: pet,
        pets: pet ? [{ label: 'dog', confidence: 0.93, box: { x: 128, y: 210, width: 320, height: 260 } }] : [],
        media: { kind: body.video_url ? 'video' : 'image', format: 'jpeg', width: 768, height: 576, frames_checked: 1 },
        model: { name: 'fake-detector', threshold: 0.5 },
        timings_ms: { fetch: 1, decode: 1, inference: 1, total: 3 },
      });
    }

    if (route === 'POST /api/generate-video') {
      const raw = parseJson(req);
      const body = validate(res, GenerateVideoRequest, raw, 'body');
      if (!body) return;
      const key = req.headers['idempotency-key'];
      // Like the service (Powertools idempotency on the validated body): same content, same hash.
      const hash = createHash('sha256').update(canonicalJson(body)).digest('hex');
      if (typeof key === 'string') {
        const seen = idempotency.get(key);
        if (seen && seen.hash !== hash) {
          return sendError(res, 409, 'idempotency_conflict', 'This Idempotency-Key was already used with a different request body.');
        }
        if (seen) return sendJson(res, 202, seen.body);
      }
      for (const field of ['language', 'source_lang'] as const) {
        if (!isLanguageCode(body[field])) {
          return sendError(res, 400, 'unsupported_language', `Language '${body[field]}' in '${field}' is not supported.`, { field });
        }
      }
      if (body.filter_id !== undefined && !catalogue.has(body.filter_id)) {
        return sendError(res, 422, 'validation_error', 'The request does not match the schema.', {
          issues: [{ path: 'body.filter_id', message: `unknown filter '${body.filter_id}'` }],
        });
      }
      const source = sourceOf(res, body);
      if (!source) return;
      if (!isPet(source)) {
        return sendError(res, 400, 'no_pets_detected', NO_PETS_MESSAGE, { suggestion: NO_PETS_SUGGESTION });
      }
      const jobId = `job_${ulid()}`;
      jobs.set(jobId, { job_id: jobId, request: body, step: -1, resultNotReady: options.resultNotReadyTimes ?? 0 });
      const response = {
        job_id: jobId,
        status: 'queued',
        detected_pets: [{ label: 'dog', confidence: 0.93 }],
        recommended_filters: catalogue.list('dog').slice(0, 3).map((f) => f.id),
      };
      if (typeof key === 'string') idempotency.set(key, { hash, body: response });
      return sendJson(res, 202, response);
    }

    const jobRoute = /^\/api\/(video-status|video-result|jobs)\/([^/]+)$/.exec(req.path);
    if (jobRoute) {
      const [, kind, rawId] = jobRoute as unknown as [string, string, string];
      const expectedMethod = kind === 'jobs' ? 'DELETE' : 'GET';
      if (req.method !== expectedMethod) return sendError(res, 405, 'method_not_allowed', `Method ${req.method} is not allowed here.`);
      const jobId = decodeURIComponent(rawId);
      if (!JobId.safeParse(jobId).success) {
        return sendError(res, 422, 'validation_error', 'The request does not match the schema.', {
          issues: [{ path: 'path.job_id', message: 'must be job_ followed by a 26-character ULID' }],
        });
      }
      const job = jobs.get(jobId);
      if (!job) return sendError(res, 404, 'job_not_found', `No job with id '${jobId}'.`);
      if (kind === 'jobs') {
        jobs.delete(jobId);
        res.writeHead(204, { 'x-request-id': requestId });
        res.end();
        return;
      }
      if (kind === 'video-status') {
        job.step = Math.min(job.step + 1, script.length - 1);
        const state = script[Math.max(job.step, 0)]!;
        return sendJson(res, 200, {
          job_id: jobId,
          status: state.status,
          detail: state.detail ?? null,
          progress: state.progress,
          updated_at: new Date().toISOString(),
          language: job.request.language,
          filter_id: job.request.filter_id ?? null,
          metadata: job.request.metadata ?? null,
          provider: state.status === 'queued' ? null : 'builtin',
          script: state.status === 'queued' ? null : FAKE_SCRIPT,
          writer: state.status === 'queued' ? null : 'template',
          narration: state.status === 'completed' ? { language: 'en', provider: 'espeak', voice: 'en-us' } : null,
        });
      }
      const state = script[Math.max(job.step, 0)]!;
      if (state.status === 'failed') return sendError(res, 409, 'video_failed', 'The video could not be generated.', { reason: state.detail ?? 'render failed' });
      if (state.status !== 'completed' || job.resultNotReady-- > 0) {
        const status = state.status === 'completed' ? 'processing' : state.status;
        return sendError(res, 409, 'video_not_ready', `The video is not ready yet (status '${status}').`, { status });
      }
      return sendJson(res, 200, {
        job_id: jobId,
        status: 'completed',
        video_url: `https://videos.example.com/${jobId}.mp4?X-Amz-Expires=3600`,
        thumbnail_url: `https://videos.example.com/${jobId}.jpg`,
        duration_s: 12.5,
        detail: null,
        provider: 'builtin',
        script: FAKE_SCRIPT,
        writer: 'template',
        narration: { language: 'en', provider: 'espeak', voice: 'en-us' },
      });
    }

    if (route === 'POST /api/translate-text') {
      const body = validate(res, TranslateRequestSchema, parseJson(req), 'body');
      if (!body) return;
      for (const field of ['source_lang', 'target_lang'] as const) {
        if (!isLanguageCode(body[field])) {
          return sendError(res, 400, 'unsupported_language', `Language '${body[field]}' in '${field}' is not supported.`, { field });
        }
      }
      if (body.task !== 'translation') return sendError(res, 400, 'unsupported_task', `Task '${body.task}' is not supported; the only task is 'translation'.`);
      const same = body.source_lang === body.target_lang;
      return sendJson(res, 200, {
        translated_text: same ? body.text : `[${body.target_lang}] ${body.text}`,
        source_language: body.source_lang,
        target_language: body.target_lang,
        task: 'translation',
        provider_metadata: { provider: same ? 'none' : 'indictrans2', model: same ? 'none' : 'fake', latency_ms: 1, cached: false },
      });
    }

    sendError(res, 404, 'not_found', 'No such route.');
  });
  baseUrl = server.url;

  return {
    ...server,
    apiKey,
    uploads,
    jobs,
    apiRequests: () => server.requests.filter((r) => r.path !== '/_storage'),
  };
}
