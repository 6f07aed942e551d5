import type { components, operations } from './generated/openapi.js';
import {
  errorFromResponse,
  InvalidResponseError,
  MediaError,
  PetRoastAbortError,
  PetRoastError,
  PetRoastNetworkError,
  UploadFailedError,
  VideoFailedError,
  VideoNotReadyError,
  WaitTimeoutError,
} from './errors.js';
import { detectContentType, extensionFor, readMediaInput, type MediaInput, type UploadContentType } from './media.js';
import {
  backoffDelayMs,
  parseRetryAfterMs,
  resolveRetryOptions,
  sleep,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './retry.js';
import { CLIENT_VERSION } from './version.js';

type Schemas = components['schemas'];

// Every type below comes from the OpenAPI document the service serves (src/generated/openapi.ts).
/** Body of `POST /api/detect-pets`: exactly one of `image_url`, `video_url`, `upload_key`. */
export type DetectPetsInput = Schemas['DetectPetsRequest'];
export type DetectPetsResult = Schemas['DetectPetsResponse'];
export type UploadTicket = Schemas['UploadResponse'];
/** Body of `POST /api/generate-video`; fields with a default (`language`, `source_lang`, `text_mode`) may be left out. */
export type GenerateVideoInput = Schemas['GenerateVideoRequest'];
export type GenerateVideoResult = Schemas['GenerateVideoResponse'];
export type VideoStatus = Schemas['VideoStatusResponse'];
export type VideoResult = Schemas['VideoResultResponse'];
/** Body of `POST /api/translate-text`; `target_lang` (default `en`) and `task` may be left out. */
export type TranslateInput = Schemas['TranslateRequest'];
export type TranslateResult = Schemas['TranslateResponse'];
export type FiltersInput = NonNullable<operations['banubaFilters']['parameters']['query']>;
export type FiltersResult = Schemas['FiltersResponse'];
export type HealthResult = Schemas['Health'];
/** The OpenAPI 3.1 document; the client checks it has `openapi` and `paths`. */
export type OpenApiDocument = Schemas['OpenApiDocument'] & { paths: Record<string, unknown> };
/** Where a job is: `queued`, `processing`, `completed` or `failed`. */
export type JobStatus = VideoStatus['status'];
export type { UploadContentType, MediaInput, components, operations };

export interface PetRoastClientOptions {
  /** API root, e.g. `https://abc123.execute-api.eu-west-1.amazonaws.com/prod` or `http://localhost:8000`. */
  baseUrl: string;
  /** The usage-plan API key, sent as `x-api-key`. Never sent to any other host. */
  apiKey: string;
  /** A WHATWG `fetch` (default: the global one). */
  fetch?: typeof fetch;
  /** Retry policy for network errors, timeouts, 429 and 5xx; `false` disables retries. */
  retries?: RetryOptions | false;
  /** Per-attempt timeout, headers and body included (default 30 000 ms). */
  timeoutMs?: number;
  userAgent?: string;
  /** Called before each retry sleep: for logs and metrics. */
  onRetry?: (info: RetryInfo) => void;
}

/** Why and when the client retries. */
export interface RetryInfo {
  method: string;
  path: string;
  /** The attempt that failed, 1-based. */
  attempt: number;
  /** How long the client sleeps before the next attempt. */
  delayMs: number;
  error: PetRoastError;
}

export interface CallOptions {
  /** Cancels the call, its retries and its sleeps; the call rejects with `PetRoastAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call (default: the client's `timeoutMs`). */
  timeoutMs?: number;
}

export interface UploadMediaOptions extends CallOptions {
  /** Content-Type of the file; sniffed from the bytes (or the extension) when absent. */
  contentType?: UploadContentType;
}

export interface GenerateVideoOptions extends CallOptions {
  /**
   * `Idempotency-Key` (1..255 printable characters). Default: a new UUID per call, reused on that
   * call's retries. Pass your own stable key (e.g. the post id) to make retries across restarts safe.
   */
  idempotencyKey?: string;
}

export interface WaitForVideoOptions {
  /** Called with the status whenever `status` or `progress` changes (including the first poll). */
  onProgress?: (status: VideoStatus) => void;
  /** Give up after this long with `WaitTimeoutError` (default 15 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** First poll interval (default 2000 ms); grows ×1.5 while nothing changes. */
  pollIntervalMs?: number;
  /** Largest poll interval (default 15 000 ms). */
  maxPollIntervalMs?: number;
}

type HttpMethod = 'GET' | 'POST' | 'DELETE';

interface RequestSpec {
  method: HttpMethod;
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses that count as success. */
  expect: number[];
  /** Keys the success body must have: a cheap check that the answer is the documented object. */
  keys: readonly string[];
  retry?: boolean;
}

/** Retry only what can succeed next time: no answer, 429, and 5xx other than a configuration error. */
export function isRetryable(error: PetRoastError): boolean {
  if (error.code === 'network_error' || error.code === 'timeout') return true;
  if (error.status === 429) return true;
  return error.status >= 500 && error.status !== 501 && error.code !== 'provider_not_configured';
}

const XML_FIELD = (xml: string, tag: string): string | undefined => new RegExp(`<${tag}>([^<]{0,300})</${tag}>`).exec(xml)?.[1];

/**
 * Typed client of the Pet Roast AI HTTP API (docs/endpoints.md; the contract is `GET /openapi.json`).
 *
 * Every call retries network errors, timeouts, 429 (honouring `Retry-After`) and 5xx with
 * exponential backoff and full jitter; it never retries other 4xx. Failures are {@link PetRoastError}s.
 */
export class PetRoastClient {
  private readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly fetchImpl: typeof fetch;
  private readonly retry: ResolvedRetryOptions;
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly onRetry: ((info: RetryInfo) => void) | undefined;

  constructor(options: PetRoastClientOptions) {
    if (!/^https?:\/\//.test(options.baseUrl)) throw new TypeError('baseUrl must be an http(s) URL.');
    // Kept as a prefix (not resolved with new URL) so a stage path such as /prod is preserved.
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.apiKey = options.apiKey;
    // Called as a plain function: a browser's `fetch` called as a method of another object throws "Illegal invocation".
    const fetchFn = options.fetch ?? globalThis.fetch;
    this.fetchImpl = (input, init) => fetchFn(input, init);
    this.retry = resolveRetryOptions(options.retries);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.userAgent = options.userAgent ?? defaultUserAgent();
    this.onRetry = options.onRetry;
  }

  /** `GET /healthz[?deep=true]`. A 503 with per-check results is returned (status `degraded`), not thrown. Not retried. */
  health(options: CallOptions & { deep?: boolean } = {}): Promise<HealthResult> {
    return this.call(
      { method: 'GET', path: '/healthz', query: { deep: options.deep ? 'true' : undefined }, expect: [200, 503], keys: ['status', 'version'], retry: false },
      options,
    );
  }

  /** `GET /openapi.json`: the OpenAPI 3.1 document the service is described by (and this client's types come from). */
  openApi(options: CallOptions = {}): Promise<OpenApiDocument> {
    return this.call({ method: 'GET', path: '/openapi.json', expect: [200], keys: ['openapi', 'paths'] }, options);
  }

  /** `GET /api/banuba-filters[?pet=dog]`: the AR filter catalogue, best first for a pet. */
  listFilters(query: FiltersInput = {}, options: CallOptions = {}): Promise<FiltersResult> {
    return this.call({ method: 'GET', path: '/api/banuba-filters', query: { pet: query.pet }, expect: [200], keys: ['filters'] }, options);
  }

  /** `POST /api/translate-text`. */
  translate(input: TranslateInput, options: CallOptions = {}): Promise<TranslateResult> {
    return this.call({ method: 'POST', path: '/api/translate-text', body: input, expect: [200], keys: ['translated_text', 'target_language'] }, options);
  }

  /**
   * `POST /api/detect-pets` with exactly one of `image_url`, `video_url`, `upload_key`. Returns
   * `has_pets: false` (not an error) when the media shows no pet.
   */
  detectPets(input: DetectPetsInput, options: CallOptions = {}): Promise<DetectPetsResult> {
    return this.call({ method: 'POST', path: '/api/detect-pets', body: input, expect: [200], keys: ['has_pets', 'pets'] }, options);
  }

  /** `POST /api/uploads`: a presigned POST form for one file of `contentType`. Most callers want {@link uploadMedia}. */
  createUpload(contentType: UploadContentType, options: CallOptions = {}): Promise<UploadTicket> {
    return this.call(
      { method: 'POST', path: '/api/uploads', body: { content_type: contentType }, expect: [201, 200], keys: ['upload_key', 'url', 'fields', 'max_bytes'] },
      options,
    );
  }

  /**
   * Uploads a private file and returns its `upload_key` for {@link detectPets} / {@link generateVideo}.
   * Gets a presigned POST from `/api/uploads`, then POSTs `fields` and the `file` part as
   * multipart/form-data to the storage URL (without the API key, which only this API may see).
   */
  async uploadMedia(input: MediaInput, options: UploadMediaOptions = {}): Promise<string> {
    const { bytes, filename } = await readMediaInput(input);
    const contentType = options.contentType ?? detectContentType(bytes, filename);
    const ticket = await this.createUpload(contentType, options);
    if (bytes.length > ticket.max_bytes) {
      throw new MediaError({ status: 0, code: 'media_too_large', message: `The file is ${bytes.length} bytes; uploads are limited to ${ticket.max_bytes}.` });
    }
    const name = filename ?? `upload${extensionFor(contentType)}`;
    await this.withRetries('POST', '(presigned upload)', options, async (signal) => {
      const form = new FormData();
      // S3 requires the policy fields first and ignores anything after the file part.
      for (const [key, value] of Object.entries(ticket.fields)) form.append(key, value);
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType }), name);
      const res = await this.fetchImpl(ticket.url, { method: 'POST', body: form, signal, redirect: 'manual' });
      const text = await res.text();
      if (res.status >= 200 && res.status < 300) return;
      const code = XML_FIELD(text, 'Code');
      const message = XML_FIELD(text, 'Message');
      throw new UploadFailedError({
        status: res.status,
        code: 'upload_failed',
        message: `The storage service refused the upload (HTTP ${res.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}).`,
        detail: { error: 'upload_failed', message: text.slice(0, 500), storage_code: code },
        retryAfterS: msToS(parseRetryAfterMs(res.headers.get('retry-after'))),
      });
    });
    return ticket.upload_key;
  }

  /**
   * `POST /api/generate-video` → 202 with the queued job. Always sends an `Idempotency-Key` (a new
   * UUID unless given) and reuses it on every retry of this call, so a retried request never creates a
   * second job. Throws {@link NoPetsDetectedError} when the media shows no pet.
   */
  generateVideo(input: GenerateVideoInput, options: GenerateVideoOptions = {}): Promise<GenerateVideoResult> {
    const idempotencyKey = options.idempotencyKey ?? globalThis.crypto.randomUUID();
    return this.call(
      {
        method: 'POST',
        path: '/api/generate-video',
        body: input,
        headers: { 'idempotency-key': idempotencyKey },
        expect: [202, 200],
        keys: ['job_id', 'status'],
      },
      options,
    );
  }

  /** `GET /api/video-status/{job_id}`. */
  getStatus(jobId: string, options: CallOptions = {}): Promise<VideoStatus> {
    return this.call({ method: 'GET', path: `/api/video-status/${encodeURIComponent(jobId)}`, expect: [200], keys: ['job_id', 'status'] }, options);
  }

  /** `GET /api/video-result/{job_id}`. Throws `VideoNotReadyError` (409) while the job runs and `VideoFailedError` if it failed. */
  getResult(jobId: string, options: CallOptions = {}): Promise<VideoResult> {
    return this.call({ method: 'GET', path: `/api/video-result/${encodeURIComponent(jobId)}`, expect: [200], keys: ['job_id', 'video_url'] }, options);
  }

  /**
   * `DELETE /api/jobs/{job_id}`: erases the job, its media and video. A 404 on a *retry* counts as
   * success (the earlier attempt erased it but its answer was lost); a 404 on the first attempt throws
   * `JobNotFoundError`.
   */
  async deleteJob(jobId: string, options: CallOptions = {}): Promise<void> {
    const path = `/api/jobs/${encodeURIComponent(jobId)}`;
    await this.withRetries('DELETE', path, options, async (signal, attempt) => {
      const res = await this.send('DELETE', path, undefined, {}, signal);
      if (res.status === 204 || res.status === 200 || (res.status === 404 && attempt > 1)) return;
      throw this.errorOf(res, attempt);
    });
  }

  /**
   * Polls the job until it completes and returns its result. Calls `onProgress` whenever the status
   * or progress changes. The poll interval starts at `pollIntervalMs` and grows while nothing changes.
   *
   * @throws VideoFailedError when the job fails (`reason` from the job's `detail`).
   * @throws WaitTimeoutError after `timeoutMs`; PetRoastAbortError when `signal` fires.
   * @throws JobNotFoundError and other non-retryable errors at once. A 409 `video_not_ready` from the
   *   result endpoint is the only 4xx it keeps waiting through.
   */
  async waitForVideo(jobId: string, options: WaitForVideoOptions = {}): Promise<VideoResult> {
    const timeoutMs = options.timeoutMs ?? 15 * 60_000;
    const firstInterval = options.pollIntervalMs ?? 2000;
    const maxInterval = Math.max(firstInterval, options.maxPollIntervalMs ?? 15_000);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
    let last: VideoStatus | undefined;
    let lastKey = '';
    let interval = firstInterval;
    try {
      for (;;) {
        const status = await this.getStatus(jobId, { signal });
        const key = `${status.status}:${status.progress ?? ''}`;
        if (key !== lastKey) {
          lastKey = key;
          interval = firstInterval;
          options.onProgress?.(status);
        } else {
          interval = Math.min(maxInterval, Math.round(interval * 1.5));
        }
        last = status;
        if (status.status === 'failed') {
          const reason = status.detail ?? 'unknown';
          throw new VideoFailedError({
            status: 409,
            code: 'video_failed',
            message: `The video could not be generated: ${reason}`,
            detail: { error: 'video_failed', message: 'The video could not be generated.', reason, status: 'failed' },
          });
        }
        if (status.status === 'completed') {
          try {
            return await this.getResult(jobId, { signal });
          } catch (err) {
            // The status and result reads can race (e.g. while the video is being mirrored): keep waiting.
            if (!(err instanceof VideoNotReadyError)) throw err;
          }
        }
        await sleep(interval, signal);
      }
    } catch (err) {
      if (err instanceof PetRoastAbortError || signal.aborted) {
        if (options.signal?.aborted) throw err instanceof PetRoastAbortError ? err : new PetRoastAbortError(options.signal.reason);
        if (deadline.signal.aborted) throw new WaitTimeoutError(jobId, timeoutMs, last?.status);
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  /** One JSON API call with retries; the body must be a JSON object with `spec.keys`. */
  private async call<T>(spec: RequestSpec, options: CallOptions): Promise<T> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(spec.query ?? {})) if (value !== undefined) query.set(key, value);
    const path = query.size ? `${spec.path}?${query}` : spec.path;
    const { text, res } = await this.withRetries(
      spec.method,
      path,
      options,
      async (signal, attempt) => {
        const res = await this.send(spec.method, path, spec.body, spec.headers ?? {}, signal);
        if (!spec.expect.includes(res.status)) throw this.errorOf(res, attempt);
        return { text: res.text, res };
      },
      spec.retry !== false,
    );
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      if (res.status >= 300) throw this.errorOf(res, 1);
      throw new InvalidResponseError({ status: res.status, code: 'invalid_response', message: `${spec.method} ${spec.path}: the response is not JSON.`, requestId: res.requestId });
    }
    const missing = missingKeys(json, spec.keys);
    // An accepted non-2xx (a 503 from /healthz) that is not the documented body is an ordinary error.
    if (missing.length > 0 && res.status >= 300) throw this.errorOf(res, 1);
    if (missing.length > 0) {
      throw new InvalidResponseError({
        status: res.status,
        code: 'invalid_response',
        message: `${spec.method} ${spec.path}: the response does not match the API contract.`,
        detail: {
          error: 'invalid_response',
          message: 'The response does not match the API contract.',
          issues: missing.map((key) => ({ path: key, message: 'Required' })),
        },
        requestId: res.requestId,
      });
    }
    return json as T;
  }

  /** One HTTP exchange with the API (body read in full, under the attempt's signal). */
  private async send(
    method: HttpMethod,
    path: string,
    body: unknown,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<{ status: number; text: string; requestId: string | undefined; retryAfter: string | null }> {
    const res = await this.fetchImpl(this.baseUrl + path, {
      method,
      headers: {
        accept: 'application/json',
        'user-agent': this.userAgent,
        'x-api-key': this.apiKey,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      // A redirect could carry the API key to another host; the API never redirects.
      redirect: 'manual',
    });
    const text = await res.text();
    return { status: res.status, text, requestId: res.headers.get('x-request-id') ?? undefined, retryAfter: res.headers.get('retry-after') };
  }

  private errorOf(res: { status: number; text: string; requestId: string | undefined; retryAfter: string | null }, attempt: number): PetRoastError {
    return errorFromResponse({
      status: res.status,
      bodyText: res.text,
      requestId: res.requestId,
      attempts: attempt,
      retryAfterS: msToS(parseRetryAfterMs(res.retryAfter)),
    });
  }

  /**
   * Runs `attempt` until it succeeds, fails with a non-retryable error, or the retries run out. Each
   * attempt gets its own timeout; the caller's signal cancels everything, sleeps included.
   */
  private async withRetries<T>(
    method: string,
    path: string,
    options: CallOptions,
    attempt: (signal: AbortSignal, attemptNumber: number) => Promise<T>,
    retry = true,
  ): Promise<T> {
    const max = retry ? this.retry.max : 0;
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    for (let n = 1; ; n++) {
      if (options.signal?.aborted) throw new PetRoastAbortError(options.signal.reason);
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
      let error: PetRoastError;
      try {
        return await attempt(signal, n);
      } catch (err) {
        if (options.signal?.aborted) throw new PetRoastAbortError(options.signal.reason);
        if (err instanceof PetRoastError) error = err;
        else if (timeout.signal.aborted) {
          error = new PetRoastNetworkError({ status: 0, code: 'timeout', message: `${method} ${path}: no answer within ${timeoutMs} ms.`, cause: err });
        } else {
          const reason = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
          error = new PetRoastNetworkError({ status: 0, code: 'network_error', message: `${method} ${path}: ${reason}`, cause: err });
        }
      } finally {
        clearTimeout(timer);
      }
      error.attempts = n;
      if (n > max || !isRetryable(error)) throw error;
      let delayMs = backoffDelayMs(n - 1, this.retry);
      if (error.retryAfterS !== undefined) {
        const asked = error.retryAfterS * 1000;
        if (asked > this.retry.maxRetryAfterMs) throw error;
        delayMs = Math.max(delayMs, asked);
      }
      this.onRetry?.({ method, path, attempt: n, delayMs, error });
      await sleep(delayMs, options.signal);
    }
  }
}

/** The keys of `keys` that `json` (which must be a JSON object) lacks; every key when it is not an object. */
function missingKeys(json: unknown, keys: readonly string[]): string[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return keys.length ? [...keys] : ['(body)'];
  return keys.filter((key) => !(key in json));
}

/** `pet-roast-client/<version>` plus the runtime: `node/v22.1.0` under Node.js, nothing more in a browser. */
function defaultUserAgent(): string {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return `pet-roast-client/${CLIENT_VERSION}${node ? ` node/v${node}` : ''}`;
}

function msToS(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : ms / 1000;
}
