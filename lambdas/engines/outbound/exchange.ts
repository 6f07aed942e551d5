import { request } from 'undici';
import type { Dispatcher } from 'undici';
import { newAgent } from './connection.js';
import { TransportError } from './errors.js';
import { isRedirect, nextHop, type HopRequest } from './redirects.js';
import { blocked, checkUrl, resolveAddresses, type ResolvedPolicy, type Target } from './target.js';

/**
 * One exchange of the SSRF-safe client (client.ts; docs/media-intake.md): the request headers a caller
 * may send, the validated, pinned connection, the redirects followed hop by hop, the total deadline, and
 * every failure mapped to a {@link TransportError} that does not echo the URL's path or query.
 */

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
/** The abort reason of a deadline (told apart from a caller's abort). */
export class TimeoutMarker extends Error {}

/** One in-flight exchange: the response of the last hop plus what must be released afterwards. */
export interface Exchange {
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
export function toTransportError(err: unknown, host: string, timedOut: boolean, totalMs: number): TransportError {
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
export function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** The first value of a response header. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** One exchange's request and limits (the policy's, or a call's overrides). */
export interface OpenOptions {
  method: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Uint8Array;
  signal?: AbortSignal;
  followRedirects: boolean;
  totalTimeoutMs: number;
  maxBytes: number;
}

/** Validates, resolves, pins and sends; follows validated redirects; returns the last hop's response. */
export async function open(input: string, o: OpenOptions, p: ResolvedPolicy): Promise<Exchange> {
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
