/**
 * HTTP plumbing of the Revid simulator (local/simulators/revid.ts): JSON answers, forced error answers,
 * authentication, bounded bodies and ranged media.
 */
import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { readBody as readBounded, sendJson as sendSimulatorJson } from '../http.js';
import type { ForcedResponse } from './types.js';

const MAX_BODY_BYTES = 1024 * 1024;

/** Answers JSON (marked `x-simulator: revid`) unless the response is already gone. */
export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendSimulatorJson(res, status, body, { 'x-simulator': 'revid', ...headers });
}

/** A forced error answer `{success:0, error}`, with `Retry-After` on 429 (default 5 s) and on 503 when given. */
export function sendForced(res: http.ServerResponse, forced: ForcedResponse): void {
  const headers: Record<string, string> = {};
  if (forced.status === 429 || (forced.status === 503 && forced.retryAfterS !== undefined)) {
    headers['retry-after'] = String(forced.retryAfterS ?? 5);
  }
  sendJson(res, forced.status, { success: 0, error: forced.error ?? defaultErrorText(forced.status) }, headers);
}

/** How a request authenticates: the `key` header, or `Authorization: Bearer`, compared in constant time. */
export function authenticate(req: http.IncomingMessage, apiKey: string): 'key' | 'bearer' | 'none' | 'invalid' {
  const key = req.headers.key;
  const authorization = req.headers.authorization;
  if (typeof key === 'string') return safeEqual(key, apiKey) ? 'key' : 'invalid';
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    return match?.[1] && safeEqual(match[1], apiKey) ? 'bearer' : 'invalid';
  }
  return 'none';
}

/** Serves `bytes` for GET and HEAD, with single `Range` requests (206, 416). */
export function serveBytes(req: http.IncomingMessage, res: http.ServerResponse, bytes: Buffer, type: string): void {
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
  let start = 0;
  let end = bytes.length - 1;
  let status = 200;
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1]);
      end = range[2] ? Math.min(Number(range[2]), end) : end;
    } else {
      start = Math.max(0, bytes.length - Number(range[2]));
    }
    if (start > end || start >= bytes.length) {
      res.writeHead(416, { 'content-range': `bytes */${bytes.length}` });
      res.end();
      return;
    }
    status = 206;
  }
  const slice = bytes.subarray(start, end + 1);
  res.writeHead(status, {
    'content-type': type,
    'content-length': String(slice.length),
    'accept-ranges': 'bytes',
    ...(status === 206 ? { 'content-range': `bytes ${start}-${end}/${bytes.length}` } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : slice);
}

/** The body as UTF-8 text; rejects beyond 1 MiB. */
export function readBody(req: http.IncomingMessage): Promise<string> {
  return readBounded(req, MAX_BODY_BYTES);
}

/** The `error` text Revid gives with a status. */
export function defaultErrorText(status: number): string {
  switch (status) {
    case 401:
      return 'Unauthorized: missing or invalid API key';
    case 402:
      return 'insufficient_credits: not enough credits to render this video';
    case 403:
      return 'Forbidden: this feature is not available on your plan';
    case 404:
      return 'Not found';
    case 409:
      return 'Project state conflict';
    case 422:
      return 'Unprocessable request';
    case 429:
      return 'Too many requests: rate limit exceeded';
    default:
      return status >= 500 ? 'Internal server error' : `HTTP ${status}`;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
