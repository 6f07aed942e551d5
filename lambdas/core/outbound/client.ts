import { Readable } from 'node:stream';
import { Headers, request } from 'undici';
import type { Dispatcher } from 'undici';
import { newAgent } from './connection.js';
import { TransportError } from './errors.js';
import { isRedirect, nextHop, type HopRequest } from './redirects.js';
import { blocked, checkUrl, resolveAddresses, resolvePolicy, type OutboundPolicy, type ResolvedPolicy, type Target } from './target.js';

/**
 * The SSRF-safe outbound HTTP client (docs/media-intake.md): every outbound call of the service (user
 * media URLs, customer callbacks, provider APIs, video mirroring) goes through it. It validates the
 * target (target.ts), dials only the validated address (connection.ts), follows re-validated redirects
 * (redirects.ts), and enforces a total deadline over DNS + connect + headers + body (20 s by default)
 * and a byte cap while streaming.
 *
 * Every failure is a {@link TransportError} (not an API error) whose message says why without echoing
 * the URL's path, query or credentials; callers map it to their own error (media intake:
 * lambdas/core/intake/media-fetch.ts).
 */

/** Options of one call made with {@link createSafeFetch}. */
export interface SafeRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Uint8Array;
  signal?: AbortSignal;
  /** Overrides the policy's total deadline for this call. */
  timeoutMs?: number;
  /** Follow up to `maxRedirects` validated redirects (default true). Callback senders pass false: a 3xx is a failure. */
  followRedirects?: boolean;
  /** Overrides the policy's body cap for this call. */
  maxBytes?: number;
}

/**
 * A response whose body has not been read yet. The body can be consumed once, through `body`,
 * `bytes()`, `text()` or `json()`; every path enforces the byte cap and the deadline. A caller that only
 * needs the status should call `cancel()` (the deadline releases the connection otherwise).
 */
export interface SafeResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  /** The final URL after redirects. */
  url: string;
  redirected: boolean;
  /** The capped body as a Node stream (created on first access). */
  readonly body: Readable;
  bytes(): Promise<Buffer>;
  text(): Promise<string>;
  json(): Promise<unknown>;
  cancel(): Promise<void>;
}

export type SafeFetch = (url: string, init?: SafeRequestInit) => Promise<SafeResponse>;

/** What {@link fetchBytes} returns. `contentType` is informational only: the type is decided by `sniff`. */
export interface FetchedBytes {
  bytes: Buffer;
  contentType?: string;
  finalUrl: string;
  status: number;
}

/** What {@link streamToSink} returns. */
export interface StreamedToSink {
  bytes: number;
  contentType?: string;
  contentLength?: number;
  finalUrl: string;
  status: number;
}

/** Deadline of {@link streamToSink} (mirroring a rendered video), in ms. */
export const STREAM_TOTAL_TIMEOUT_MS = 60_000;
/** Cap of {@link streamToSink}: mirroring a rendered video into the service's bucket (docs/revid-and-webhooks.md). */
export const MIRROR_MAX_BYTES = 200 * 1024 * 1024;

/** Request headers a caller may not set: hop-by-hop, framing, proxy credentials, and encoding (always identity). */
const DROPPED_REQUEST_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect',
  'content-length',
  'accept-encoding',
]);
class TimeoutMarker extends Error {}

/** One in-flight exchange: the response of the last hop plus what must be released afterwards. */
interface Exchange {
  res: Dispatcher.ResponseData;
  target: Target;
  redirected: boolean;
  timedOut: () => boolean;
  callerSignal?: AbortSignal;
  finish: () => void;
  maxBytes: number;
  totalTimeoutMs: number;
}

function describeTimeout(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);

/** Maps anything thrown during an exchange to a TransportError, without leaking the URL's path or query. */
function toTransportError(err: unknown, host: string, timedOut: boolean, totalMs: number): TransportError {
  if (err instanceof TransportError) return err;
  if (timedOut || err instanceof TimeoutMarker) {
    return new TransportError('timeout', `The request to '${host}' did not complete within ${describeTimeout(totalMs)}.`);
  }
  const e = err as { code?: string; name?: string } | undefined;
  const code = e?.code ?? '';
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new TransportError('connect', `Connecting to '${host}' timed out.`, { cause: err });
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new TransportError('timeout', `The request to '${host}' timed out.`, { cause: err });
  }
  if (code === 'ECONNREFUSED') return new TransportError('connect', `'${host}' refused the connection.`, { cause: err });
  if (CONNECT_CODES.has(code)) return new TransportError('connect', `Could not connect to '${host}' (${code}).`, { cause: err });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new TransportError('dns', `Host '${host}' could not be resolved.`, { cause: err });
  }
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL') || code === 'EPROTO') {
    return new TransportError('tls', `The TLS connection to '${host}' failed (${code}).`, { cause: err });
  }
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return new TransportError('too_large', `The response from '${host}' is too large.`, { cause: err });
  }
  if (e?.name === 'AbortError' || code === 'UND_ERR_ABORTED' || code === 'ABORT_ERR') {
    return new TransportError('network', `The request to '${host}' was cancelled.`, { cause: err });
  }
  return new TransportError('network', `The request to '${host}' failed${code ? ` (${code})` : ''}.`, { cause: err });
}

function sanitiseHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (!DROPPED_REQUEST_HEADERS.has(lower)) out[lower] = value;
  }
  // Asked uncompressed so the byte cap counts what is stored; a server compressing anyway is passed through.
  out['accept-encoding'] = 'identity';
  out['user-agent'] ??= 'pet-roast-ai';
  return out;
}

/** Drops a response body; undici reports destroying an unfinished body as an error, which is expected here. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

interface OpenOptions {
  method: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Uint8Array;
  signal?: AbortSignal;
  followRedirects: boolean;
  totalTimeoutMs: number;
  maxBytes: number;
}

/** Validates, resolves, pins and sends; follows validated redirects; returns the last hop's response. */
async function open(input: string, o: OpenOptions, p: ResolvedPolicy): Promise<Exchange> {
  let hopRequest: HopRequest = {
    target: checkUrl(input, p), // throws before any DNS or socket
    method: o.method.toUpperCase(),
    body: o.body,
    headers: sanitiseHeaders(o.headers),
  };
  const pins = new Map<string, string[]>();
  const agent = newAgent(p, async (endpoint) => {
    const pinned = pins.get(endpoint.key);
    if (!pinned) throw blocked(`Connection to '${endpoint.host}' was not validated.`);
    return pinned;
  });

  const controller = new AbortController();
  let timedOut = false;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onCallerAbort);
    agent.destroy().catch(() => undefined);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutMarker('deadline'));
    finish();
  }, o.totalTimeoutMs);
  const onCallerAbort = () => {
    controller.abort(o.signal?.reason);
    finish();
  };
  if (o.signal?.aborted) onCallerAbort();
  else o.signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    for (let hop = 0; ; hop++) {
      const { target } = hopRequest;
      try {
        // One lookup per host for the whole exchange: a same-host redirect reuses the pinned answer.
        if (!pins.has(target.key)) pins.set(target.key, await resolveAddresses(target, p, controller.signal));
      } catch (err) {
        if (hop > 0 && err instanceof TransportError && err.reason === 'blocked') {
          throw new TransportError('blocked', `A redirect was refused: ${err.message}`, { cause: err });
        }
        throw err;
      }
      const res = await request(target.url, {
        dispatcher: agent,
        method: hopRequest.method as Dispatcher.HttpMethod,
        headers: hopRequest.headers,
        body: hopRequest.body,
        signal: controller.signal,
      });
      if (!o.followRedirects || !isRedirect(res.statusCode)) {
        return {
          res,
          target,
          redirected: hop > 0,
          timedOut: () => timedOut,
          ...(o.signal ? { callerSignal: o.signal } : {}),
          finish,
          maxBytes: o.maxBytes,
          totalTimeoutMs: o.totalTimeoutMs,
        };
      }
      discard(res.body);
      hopRequest = nextHop(hop, res.statusCode, headerValue(res.headers.location), hopRequest, p);
    }
  } catch (err) {
    finish();
    // A caller that aborts gets its own abort reason back, as with fetch.
    if (o.signal?.aborted && !timedOut) throw o.signal.reason;
    throw toTransportError(err, hopRequest.target.host, timedOut, o.totalTimeoutMs);
  }
}

function tooLarge(maxBytes: number): TransportError {
  return new TransportError('too_large', `The response is larger than the ${formatBytes(maxBytes)} limit.`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

/** Refuses a declared Content-Length over the cap before reading a byte. */
function checkDeclaredLength(ex: Exchange): number | undefined {
  const declared = headerValue(ex.res.headers['content-length']);
  if (declared === undefined || !/^\d+$/.test(declared)) return undefined;
  const length = Number(declared);
  if (length > ex.maxBytes) throw tooLarge(ex.maxBytes);
  return length;
}

/**
 * The body of an exchange, chunk by chunk, aborted at cap + 1 byte or at the deadline. Releases the
 * connection and the timer when iteration ends for any reason (completion, error, or the consumer
 * stopping early).
 */
async function* cappedChunks(ex: Exchange): AsyncGenerator<Buffer> {
  let total = 0;
  try {
    for await (const chunk of ex.res.body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > ex.maxBytes) throw tooLarge(ex.maxBytes);
      yield chunk;
    }
  } catch (err) {
    if (ex.callerSignal?.aborted && !ex.timedOut()) throw ex.callerSignal.reason;
    throw toTransportError(err, ex.target.host, ex.timedOut(), ex.totalTimeoutMs);
  } finally {
    discard(ex.res.body);
    ex.finish();
  }
}

async function collect(ex: Exchange): Promise<Buffer> {
  checkDeclaredLength(ex);
  const chunks: Buffer[] = [];
  for await (const chunk of cappedChunks(ex)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function toHeaders(raw: Dispatcher.ResponseData['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

function statusError(ex: Exchange): TransportError {
  return new TransportError('http_status', `'${ex.target.host}' answered HTTP ${ex.res.statusCode}.`, {
    httpStatus: ex.res.statusCode,
  });
}

function releaseOnError(ex: Exchange, err: unknown): never {
  discard(ex.res.body);
  ex.finish();
  throw err;
}

/**
 * Validates `url` exactly as a fetch would (scheme, port, credentials, literal addresses, one DNS lookup
 * with every answer checked) without connecting. Used to check a `callback_url` at submission; the
 * fetch re-validates at send time because DNS may have changed.
 * @throws TransportError saying why the URL is refused (`invalid_url`, `blocked`, `dns`, `timeout`).
 */
export async function assertPublicUrl(url: string, policy: OutboundPolicy = {}): Promise<URL> {
  const p = resolvePolicy(policy);
  const target = checkUrl(url, p);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutMarker('deadline')), p.totalTimeoutMs);
  try {
    await resolveAddresses(target, p, controller.signal);
  } catch (err) {
    throw toTransportError(err, target.host, controller.signal.aborted, p.totalTimeoutMs);
  } finally {
    clearTimeout(timer);
  }
  return target.url;
}

/**
 * GETs `url` into memory, following at most `maxRedirects` validated redirects.
 * Defaults: 15 MB, 20 s (target.ts).
 * @throws TransportError: `http_status` for a non-2xx answer, `too_large` over the cap, or why the
 * target was refused or unreachable.
 */
export async function fetchBytes(url: string, policy: OutboundPolicy = {}): Promise<FetchedBytes> {
  const p = resolvePolicy(policy);
  const ex = await open(url, { method: 'GET', followRedirects: true, totalTimeoutMs: p.totalTimeoutMs, maxBytes: p.maxBytes }, p);
  try {
    if (ex.res.statusCode < 200 || ex.res.statusCode > 299) throw statusError(ex);
    const bytes = await collect(ex);
    const contentType = headerValue(ex.res.headers['content-type']);
    return { bytes, ...(contentType ? { contentType } : {}), finalUrl: ex.target.url.href, status: ex.res.statusCode };
  } catch (err) {
    releaseOnError(ex, err);
  }
}

/**
 * GETs `url` and hands the body to `sink` chunk by chunk (awaiting it, so a slow sink applies
 * backpressure) without buffering it: for mirroring rendered videos. Defaults: {@link MIRROR_MAX_BYTES},
 * {@link STREAM_TOTAL_TIMEOUT_MS}.
 * @throws TransportError as {@link fetchBytes}; an error thrown by `sink` is rethrown as is.
 */
export async function streamToSink(
  url: string,
  policy: OutboundPolicy | undefined,
  sink: (chunk: Buffer) => unknown,
): Promise<StreamedToSink> {
  const p = resolvePolicy(policy ?? {}, { maxBytes: MIRROR_MAX_BYTES, totalTimeoutMs: STREAM_TOTAL_TIMEOUT_MS });
  const ex = await open(url, { method: 'GET', followRedirects: true, totalTimeoutMs: p.totalTimeoutMs, maxBytes: p.maxBytes }, p);
  try {
    if (ex.res.statusCode < 200 || ex.res.statusCode > 299) throw statusError(ex);
    const contentLength = checkDeclaredLength(ex);
    let bytes = 0;
    for await (const chunk of cappedChunks(ex)) {
      bytes += chunk.length;
      await sink(chunk);
    }
    const contentType = headerValue(ex.res.headers['content-type']);
    return {
      bytes,
      ...(contentType ? { contentType } : {}),
      ...(contentLength !== undefined ? { contentLength } : {}),
      finalUrl: ex.target.url.href,
      status: ex.res.statusCode,
    };
  } catch (err) {
    releaseOnError(ex, err);
  }
}

/**
 * A fetch-like function for provider APIs and customer callbacks. Any status is returned as is
 * (including 3xx when `followRedirects` is false); only policy violations, network failures and the
 * deadline throw. The deadline covers reading the body too.
 */
export function createSafeFetch(policy: OutboundPolicy = {}): SafeFetch {
  const p = resolvePolicy(policy);
  return async (url, init = {}) => {
    const ex = await open(
      url,
      {
        method: init.method ?? 'GET',
        headers: init.headers,
        body: init.body,
        signal: init.signal,
        followRedirects: init.followRedirects ?? true,
        totalTimeoutMs: init.timeoutMs ?? p.totalTimeoutMs,
        maxBytes: init.maxBytes ?? p.maxBytes,
      },
      p,
    );
    return toSafeResponse(ex);
  };
}

function toSafeResponse(ex: Exchange): SafeResponse {
  let used = false;
  let stream: Readable | undefined;
  const take = (): AsyncGenerator<Buffer> => {
    if (used) throw new TypeError('The response body has already been read.');
    used = true;
    try {
      checkDeclaredLength(ex);
    } catch (err) {
      releaseOnError(ex, err);
    }
    return cappedChunks(ex);
  };
  const bytes = async (): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of take()) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  return {
    status: ex.res.statusCode,
    ok: ex.res.statusCode >= 200 && ex.res.statusCode <= 299,
    headers: toHeaders(ex.res.headers),
    url: ex.target.url.href,
    redirected: ex.redirected,
    get body(): Readable {
      stream ??= Readable.from(take(), { objectMode: false });
      return stream;
    },
    bytes,
    text: async () => (await bytes()).toString('utf8'),
    json: async () => JSON.parse((await bytes()).toString('utf8')) as unknown,
    cancel: async () => {
      used = true;
      discard(ex.res.body);
      ex.finish();
    },
  };
}
