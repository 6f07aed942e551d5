import { Headers } from 'undici';
import type { Dispatcher } from 'undici';
import { TransportError } from './errors.js';
import { discard, headerValue, toTransportError, type Exchange } from './exchange.js';

/**
 * Reading an exchange's response body (docs/media-intake.md): the byte cap (a declared Content-Length
 * over it is refused before a byte is read; a streamed body is aborted at cap + 1), the deadline, and
 * the release of the connection however reading ends.
 */

/** The `too_large` failure of a body over `maxBytes`. */
export function tooLarge(maxBytes: number): TransportError {
  return new TransportError('too_large', `The response is larger than the ${formatBytes(maxBytes)} limit.`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

/** Refuses a declared Content-Length over the cap before reading a byte. */
export function checkDeclaredLength(ex: Exchange): number | undefined {
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
export async function* cappedChunks(ex: Exchange): AsyncGenerator<Buffer> {
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

/** The whole capped body in memory (a declared Content-Length over the cap is refused first). */
export async function collect(ex: Exchange): Promise<Buffer> {
  checkDeclaredLength(ex);
  const chunks: Buffer[] = [];
  for await (const chunk of cappedChunks(ex)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** undici's raw response headers as a WHATWG Headers object. */
export function toHeaders(raw: Dispatcher.ResponseData['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** The `http_status` failure of a non-2xx answer. */
export function statusError(ex: Exchange): TransportError {
  return new TransportError('http_status', `'${ex.target.host}' answered HTTP ${ex.res.statusCode}.`, {
    httpStatus: ex.res.statusCode,
  });
}

/** Drops the body, releases the exchange and rethrows `err`. */
export function releaseOnError(ex: Exchange, err: unknown): never {
  discard(ex.res.body);
  ex.finish();
  throw err;
}
