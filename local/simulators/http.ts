/**
 * HTTP helpers shared by the local simulators (revid.ts, indictrans2.ts and dhruva.ts through it):
 * bounded body reading, lenient JSON parsing and JSON answers. One copy, so every simulator refuses an
 * oversized body and writes its answers the same way.
 */
import type http from 'node:http';

/** Thrown by {@link readBody} when the body exceeds its limit (simulators answer 413). */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`request body larger than ${limitBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The request body as UTF-8 text. Rejects with {@link BodyTooLargeError} once more than `maxBytes`
 * bytes arrived (the request stream is destroyed), or with the stream's error.
 */
export async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Throwing out of the loop ends the iteration, which destroys the request stream.
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `text` parsed as JSON, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Answers `body` as JSON (`content-type` and `content-length` set; `headers` added), or, when `body` is
 * undefined, an empty answer. Does nothing when the response was already sent or the socket is gone.
 */
export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}
