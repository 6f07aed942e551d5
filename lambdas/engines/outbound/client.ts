import { Readable } from 'node:stream';
import type { Headers } from 'undici';
import { cappedChunks, checkDeclaredLength, collect, releaseOnError, statusError, toHeaders } from './body.js';
import { discard, headerValue, open, TimeoutMarker, toTransportError, type Exchange } from './exchange.js';
import { checkUrl, resolveAddresses, resolvePolicy, type OutboundPolicy } from './target.js';

/**
 * The SSRF-safe outbound HTTP client (docs/media-intake.md): every outbound call of the service (user
 * media URLs, customer callbacks, provider APIs, video mirroring) goes through it. It validates the
 * target (target.ts), dials only the validated address (connection.ts), follows re-validated redirects
 * (redirects.ts) in one exchange (exchange.ts), and enforces a total deadline over DNS + connect + headers + body (20 s by default)
 * and a byte cap while streaming (body.ts).
 *
 * Every failure is a {@link TransportError} (not an API error) whose message says why without echoing
 * the URL's path, query or credentials; callers map it to their own error (media intake:
 * lambdas/engines/intake/media-fetch.ts).
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
 * backpressure) without buffering it: for mirroring rendered videos. The cap and deadline are the
 * policy's (the caller's: video mirroring passes its own, lambdas/adapters/job-media.ts).
 * @throws TransportError as {@link fetchBytes}; an error thrown by `sink` is rethrown as is.
 */
export async function streamToSink(
  url: string,
  policy: OutboundPolicy | undefined,
  sink: (chunk: Buffer) => unknown,
): Promise<StreamedToSink> {
  const p = resolvePolicy(policy ?? {});
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
