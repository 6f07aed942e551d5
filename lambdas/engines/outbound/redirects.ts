import { TransportError } from './errors.js';
import { checkUrl, type ResolvedPolicy, type Target } from './target.js';

/**
 * Redirects (docs/media-intake.md, step 4): undici never follows one; the client follows at most
 * `maxRedirects` hops, each `Location` going through the whole target check again, with the method,
 * body and headers rewritten as a browser's fetch would (RFC 9110 §15.4) and credentials dropped on a
 * cross-origin hop.
 */

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** The only caller headers kept on a cross-origin redirect (credentials such as `key`, `x-api-key`,
 * `authorization` or `cookie` must never reach another origin). */
const CROSS_ORIGIN_SAFE_HEADERS: ReadonlySet<string> = new Set(['accept', 'accept-language', 'user-agent', 'content-type']);

/** True for the statuses that carry a `Location` to follow. */
export function isRedirect(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

/** One hop's request: where it goes and what it sends (header names lower-case). */
export interface HopRequest {
  target: Target;
  method: string;
  body: string | Buffer | Uint8Array | undefined;
  headers: Record<string, string>;
}

/**
 * The request of the next hop after a redirect answer to `current`.
 * @param hop 0-based index of the hop that answered `status`
 * @throws TransportError `redirect` (too many hops, no Location) or `blocked` (the Location is refused)
 */
export function nextHop(
  hop: number,
  status: number,
  location: string | undefined,
  current: HopRequest,
  p: ResolvedPolicy,
): HopRequest {
  const from = current.target;
  if (hop >= p.maxRedirects) {
    throw new TransportError('redirect', `Too many redirects (more than ${p.maxRedirects}); the last one came from '${from.host}'.`);
  }
  if (!location) throw new TransportError('redirect', `'${from.host}' answered a redirect without a Location.`);
  let target: Target;
  try {
    target = checkUrl(new URL(location, from.url), p);
  } catch (err) {
    const reason = err instanceof TransportError ? err.message : 'invalid Location.';
    throw new TransportError('blocked', `A redirect was refused: ${reason}`, { cause: err });
  }
  let { method, body, headers } = current;
  if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
    if (method !== 'HEAD') method = 'GET';
    body = undefined;
    headers = { ...headers };
    delete headers['content-type'];
  }
  if (target.url.origin !== from.url.origin) {
    headers = Object.fromEntries(Object.entries(headers).filter(([name]) => CROSS_ORIGIN_SAFE_HEADERS.has(name)));
    headers['accept-encoding'] = 'identity';
  }
  return { target, method, body, headers };
}
